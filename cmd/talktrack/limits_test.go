package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestHugeCellIsRefusedInBoundedMemory: a 50 MB cell is refused with its
// line and column by a real import process whose memory stays far below
// the file's size.
func TestHugeCellIsRefusedInBoundedMemory(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "accounts.csv")
	f, err := os.Create(file)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString("Account Name,Industry\nAcme,retail\n\"")
	chunk := []byte(strings.Repeat("A", 1<<20))
	for range 50 {
		f.Write(chunk)
	}
	f.WriteString("\",retail\n")
	f.Close()
	db := filepath.Join(dir, "book.db")

	// On Linux a child's peak memory counts this process's own at the
	// moment it was started (the child shares it until exec): allow it.
	parent := selfRSSMB(t)
	p := start(t, nil, "import", "accounts", file, "--db", db)
	r := p.wait()
	if r.code != 1 || !strings.Contains(r.stderr, "line 3, Account Name: a value is longer than 64 KiB (65,536 bytes)") {
		t.Errorf("code %d, stderr %q", r.code, clip(r.stderr))
	}
	if ru, ok := p.cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		if mb := ru.Maxrss / 1024; mb > 80+parent {
			t.Errorf("the import used %d MB of memory for a 50 MB file (this test process holds %d MB); want it bounded by the limits", mb, parent)
		}
	}
	if _, err := os.Stat(db); err == nil {
		t.Error("a refused first import left a database")
	}
}

// selfRSSMB is this process's resident memory in MB, from /proc (0 where
// there is none).
func selfRSSMB(t *testing.T) int64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			var kb int64
			fmt.Sscan(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), &kb)
			return kb / 1024
		}
	}
	return 0
}

// TestLogRefusesWhatIsNotACall: invalid UTF-8 notes, notes over the limit,
// a duration of years and a follow-up before the call are refused with one
// sentence, and the database is untouched.
func TestLogRefusesWhatIsNotACall(t *testing.T) {
	db := demoCopy(t)
	before := fileHash(t, db)
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--note", "caf\xe9 au lait"}, "not valid UTF-8"},
		{[]string{"--note", strings.Repeat("n", 20_001)}, "the notes have 20001 characters; a call's notes hold at most 20000"},
		{[]string{"--duration", "1000000h"}, "a call lasts at most 24 hours"},
		{[]string{"--follow-up", "2020-01-01"}, "2020-01-01"},
	} {
		r := runCLI(t, nil, append([]string{"log", "ACC-00007", "--outcome", "connected", "--db", db}, tc.args...)...)
		wantError(t, r, tc.want)
	}
	if fileHash(t, db) != before {
		t.Error("the database changed")
	}
	// The same follow-up a day later is fine.
	if r := runCLI(t, nil, "log", "ACC-00007", "--outcome", "connected", "--follow-up", "2026-11-02", "--db", db); r.code != 0 {
		t.Errorf("a follow-up on the call's day was refused: %s", r.stderr)
	}
}

// TestDemoRefusesABookBeyondMemory: --accounts far beyond memory gets one
// sentence, not a Go stack trace.
func TestDemoRefusesABookBeyondMemory(t *testing.T) {
	db := filepath.Join(t.TempDir(), "big.db")
	r := runProcess(t, nil, "demo", "--accounts", "100000000", "--db", db)
	if r.code != 1 || strings.Count(strings.TrimSpace(r.stderr), "\n") != 0 || !strings.Contains(r.stderr, "--accounts must be between 1 and 500000") {
		t.Errorf("code %d, stderr %q", r.code, clip(r.stderr))
	}
}

// TestInterruptedDemoLeavesNothing: Ctrl+C while a large demo book is
// generated stops at once and leaves no temporary file.
func TestInterruptedDemoLeavesNothing(t *testing.T) {
	dir := t.TempDir()
	p := start(t, nil, "demo", "--accounts", "200000", "--db", filepath.Join(dir, "big.db"))
	waitForFile(t, dir, "tmp-demo", 5*time.Second)
	if err := p.cmd.Process.Signal(syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	done := make(chan result, 1)
	go func() { done <- p.wait() }()
	select {
	case r := <-done:
		if r.code != 1 || !strings.Contains(r.stderr, "the demo was interrupted") {
			t.Errorf("code %d, stderr %q", r.code, clip(r.stderr))
		}
	case <-time.After(5 * time.Second):
		p.cmd.Process.Kill()
		t.Fatal("the demo did not stop within 5 s of Ctrl+C")
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		t.Errorf("the interrupted demo left %s", e.Name())
	}
}

// TestDamagedPageIsFoundBeforeWriting: a page damaged in the middle of the
// file is reported before anything is written to it.
func TestDamagedPageIsFoundBeforeWriting(t *testing.T) {
	db := demoCopy(t)
	b, err := os.ReadFile(db)
	if err != nil {
		t.Fatal(err)
	}
	const page = 4096
	mid := (len(b) / page / 2) * page
	for i := mid + 8; i < mid+page; i++ {
		b[i] = byte(i * 7)
	}
	if err := os.WriteFile(db, b, 0o600); err != nil {
		t.Fatal(err)
	}
	before := fileHash(t, db)
	r := runCLI(t, nil, "log", "ACC-00007", "--outcome", "busy", "--db", db)
	wantError(t, r, "is damaged")
	if fileHash(t, db) != before {
		t.Error("the damaged database was written to")
	}
}
