package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"sync"
	"testing"

	"talktrack/data"
	"talktrack/model"
)

// binary is the talktrack command built once for the package by TestMain,
// for the tests that run several real processes against one file.
var binary string

// buildBinary builds this command into path.
func buildBinary(path string) error {
	build := exec.Command("go", "build", "-o", path, ".")
	build.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := build.CombinedOutput(); err != nil {
		return fmt.Errorf("build: %v\n%s", err, out)
	}
	return nil
}

// process is a real talktrack process started with args.
type process struct {
	cmd            *exec.Cmd
	stdout, stderr syncBuffer
}

// syncBuffer is a bytes.Buffer that a test may read while the process
// still writes to it.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// start runs the built binary with args, with TALKTRACK_DB unset and the
// given extra environment ("KEY=value").
func start(t *testing.T, env []string, args ...string) *process {
	t.Helper()
	p := &process{cmd: exec.Command(binary, args...)}
	p.cmd.Env = append(os.Environ(), "TALKTRACK_DB=")
	p.cmd.Env = append(p.cmd.Env, env...)
	p.cmd.Stdout, p.cmd.Stderr = &p.stdout, &p.stderr
	if err := p.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	return p
}

// wait waits for the process and returns what it printed and its exit code.
func (p *process) wait() result {
	err := p.cmd.Wait()
	code := 0
	if err != nil {
		code = -1
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		}
	}
	return result{stdout: p.stdout.String(), stderr: p.stderr.String(), code: code}
}

// runProcess runs the built binary to the end.
func runProcess(t *testing.T, env []string, args ...string) result {
	t.Helper()
	return start(t, env, args...).wait()
}

// TestLogKeepsTheDraftOpenInTheTUI: `talktrack log` on an account, run as
// a real process while a call on that account is being written (its draft
// saved as the TUI saves it), logs its own call and leaves the draft.
func TestLogKeepsTheDraftOpenInTheTUI(t *testing.T) {
	db := demoCopy(t)
	st, err := data.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	draft := model.Draft{ID: model.NewDraftID(), AccountID: "ACC-00042", StartedAt: fixedNow, Notes: "typed in the TUI, not logged yet"}
	if err := st.SaveDraft(context.Background(), draft); err != nil {
		t.Fatal(err)
	}
	st.Close()

	if r := runProcess(t, nil, "log", "ACC-00042", "--outcome", "busy", "--note", "from the CLI", "--db", db); r.code != 0 {
		t.Fatalf("log: %s", r.stderr)
	}
	st, err = data.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	got, err := st.Draft(context.Background(), "ACC-00042")
	if err != nil || got.ID != draft.ID || got.Notes != draft.Notes {
		t.Errorf("after a log the draft is %+v, %v; want the TUI's notes kept", got, err)
	}
}
