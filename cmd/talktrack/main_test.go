package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// fixedNow is the clock every command test runs at, so demo data and
// briefings are the same on every machine.
var fixedNow = time.Date(2026, 11, 2, 10, 0, 0, 0, time.UTC)

// demoTemplate is a demo database built once for the package and copied
// into each test that needs one.
var demoTemplate string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "talktrack-cli")
	if err != nil {
		panic(err)
	}
	demoTemplate = filepath.Join(dir, "demo.db")
	if err := writeDemo(context.Background(), demoTemplate, demoOptions(fixedNow, 0, 0), false); err != nil {
		panic(err)
	}
	binary = filepath.Join(dir, "talktrack")
	if err := buildBinary(binary); err != nil {
		panic(err)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// result is what one command line printed and returned.
type result struct {
	stdout, stderr string
	code           int
}

// runCLI runs talktrack in process with args and the given environment.
func runCLI(t *testing.T, env map[string]string, args ...string) result {
	t.Helper()
	var out, errb bytes.Buffer
	a := &app{stdin: strings.NewReader(""), stdout: &out, stderr: &errb,
		now: func() time.Time { return fixedNow }, getenv: func(k string) string { return env[k] }}
	code := a.run(context.Background(), args)
	return result{stdout: out.String(), stderr: errb.String(), code: code}
}

// demoCopy gives the test its own copy of the demo database.
func demoCopy(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile(demoTemplate)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "book.db")
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func fileHash(t *testing.T, path string) [32]byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return sha256.Sum256(b)
}

// wantError asserts a failed command: non-zero exit, one line on stderr
// that contains every fragment, nothing on stdout.
func wantError(t *testing.T, r result, fragments ...string) {
	t.Helper()
	if r.code == 0 {
		t.Fatalf("exit code 0, want failure; stdout=%q", r.stdout)
	}
	msg := strings.TrimSpace(r.stderr)
	if strings.Count(msg, "\n") != 0 {
		t.Errorf("stderr has more than one line:\n%s", msg)
	}
	if strings.Contains(msg, "goroutine") || strings.Contains(msg, "panic") {
		t.Errorf("stderr looks like a crash: %s", msg)
	}
	for _, f := range fragments {
		if !strings.Contains(msg, f) {
			t.Errorf("stderr %q does not mention %q", msg, f)
		}
	}
}

func decode[T any](t *testing.T, s string) T {
	t.Helper()
	var v T
	if err := json.Unmarshal([]byte(s), &v); err != nil {
		t.Fatalf("output is not the expected JSON: %v\n%s", err, s)
	}
	return v
}
