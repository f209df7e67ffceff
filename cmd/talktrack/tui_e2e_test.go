package main

import (
	"context"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"talktrack/data"
	"talktrack/model"
)

// TestCallDraftSurvivesKill9 drives the real binary in tmux: start a call,
// type notes, kill the process with SIGKILL, start again, resume the call
// from its draft and log it with an outcome. It needs tmux and is skipped
// without it or with -short.
func TestCallDraftSurvivesKill9(t *testing.T) {
	needTmux(t)
	dir := t.TempDir()
	bin := binary
	db := demoCopy(t)
	acc := findAccount(t, db, "ACC-00042")

	tm := newTmux(t, filepath.Join(dir, "tmux.sock"), bin+" --db "+db)
	tm.openAccount(acc.Name)
	tm.keys("c")
	tm.waitFor("Notes")
	note := "Budget freeze until March; wants a quote for Q2"
	tm.literal(note)
	tm.waitFor(note[:20])
	// The draft must reach the database within about a second of typing;
	// then the process dies without any chance to clean up.
	waitForDraft(t, db, acc.ID, note, 3*time.Second)
	tm.kill9()
	waitForDraft(t, db, acc.ID, note, 0)

	tm = newTmux(t, filepath.Join(dir, "tmux2.sock"), bin+" --db "+db)
	tm.openAccount(acc.Name)
	tm.keys("c")
	tm.waitFor("Budget freeze until March")
	tm.keys("C-s")
	tm.waitFor("Connected")
	tm.keys("3")
	tm.waitFor("Call logged")

	calls := decode[[]callRow](t, runCLI(t, nil, "calls", acc.ID, "--json", "--db", db).stdout)
	if len(calls) == 0 || calls[0].Notes != note || calls[0].Outcome != "left_message" {
		t.Fatalf("newest call of %s is %+v, want the restored notes with left_message", acc.ID, calls)
	}
}

// needTmux skips an end-to-end terminal test in -short mode or without
// tmux.
func needTmux(t *testing.T) {
	t.Helper()
	if testing.Short() {
		t.Skip("end-to-end terminal test skipped in -short mode")
	}
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux is not installed")
	}
}

// findAccount reads an account of the database at db.
func findAccount(t *testing.T, db, id string) model.Account {
	t.Helper()
	st, err := data.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	acc, err := st.FindAccount(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	return acc
}

// openAccount opens an account of the demo by name: the demo has
// follow-ups due, so the app opens on Today, and esc shows the portfolio.
func (s *tmuxSession) openAccount(name string) {
	s.t.Helper()
	s.waitFor("Follow-ups due")
	s.keys("Escape")
	s.waitFor("250 accounts")
	s.keys("/")
	s.literal(name)
	s.keys("Enter")
	s.waitFor("Account")
}

// waitForDraft polls the database until the account's draft holds notes,
// failing after within (at least one look is always taken).
func waitForDraft(t *testing.T, db, accountID, notes string, within time.Duration) {
	t.Helper()
	deadline := time.Now().Add(within)
	for {
		st, err := data.Open(db)
		if err != nil {
			t.Fatal(err)
		}
		d, err := st.Draft(context.Background(), accountID)
		st.Close()
		if err == nil && d.Notes == notes {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("the draft of %s holds %q (err %v), want %q", accountID, d.Notes, err, notes)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

type callRow struct {
	Notes   string
	Outcome string
}

// tmuxSession is the real binary running in a detached tmux session.
type tmuxSession struct {
	t      *testing.T
	socket string
}

func newTmux(t *testing.T, socket, command string) *tmuxSession {
	t.Helper()
	s := &tmuxSession{t: t, socket: socket}
	s.run("-f", "/dev/null", "new-session", "-d", "-s", "tt", "-x", "100", "-y", "30", "-e", "TERM=xterm-256color", command)
	t.Cleanup(func() { _ = exec.Command("tmux", "-S", socket, "kill-server").Run() })
	return s
}

func (s *tmuxSession) run(args ...string) string {
	s.t.Helper()
	out, err := exec.Command("tmux", append([]string{"-S", s.socket}, args...)...).CombinedOutput()
	if err != nil {
		s.t.Fatalf("tmux %v: %v\n%s", args, err, out)
	}
	return string(out)
}

func (s *tmuxSession) keys(k string)    { s.run("send-keys", "-t", "tt", k) }
func (s *tmuxSession) literal(k string) { s.run("send-keys", "-t", "tt", "-l", k) }

// waitFor polls the screen until it shows text, failing after a deadline.
func (s *tmuxSession) waitFor(text string) {
	s.t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	var screen string
	for time.Now().Before(deadline) {
		screen = s.run("capture-pane", "-p", "-t", "tt")
		if strings.Contains(screen, text) {
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	s.t.Fatalf("screen never showed %q; last screen:\n%s", text, screen)
}

// kill9 sends SIGKILL to the program in the pane, as a crash would.
func (s *tmuxSession) kill9() {
	s.t.Helper()
	pid, err := strconv.Atoi(strings.TrimSpace(s.run("display-message", "-p", "-t", "tt", "#{pane_pid}")))
	if err != nil {
		s.t.Fatal(err)
	}
	if err := syscall.Kill(pid, syscall.SIGKILL); err != nil {
		s.t.Fatal(err)
	}
	// The session ends with its only program; the server may be gone already.
	_ = exec.Command("tmux", "-S", s.socket, "kill-server").Run()
}

// TestCallDraftSurvivesTermAndHangUp: a shutdown (SIGTERM) or a closed
// terminal (SIGHUP) right after typing saves the words typed last, which
// the draft's autosave had not reached yet.
func TestCallDraftSurvivesTermAndHangUp(t *testing.T) {
	needTmux(t)
	for _, sig := range []syscall.Signal{syscall.SIGTERM, syscall.SIGHUP} {
		t.Run(sig.String(), func(t *testing.T) {
			dir := t.TempDir()
			db := demoCopy(t)
			acc := findAccount(t, db, "ACC-00042")
			tm := newTmux(t, filepath.Join(dir, "tmux.sock"), binary+" --db "+db)
			tm.openAccount(acc.Name)
			tm.keys("c")
			tm.waitFor("Notes")
			tm.literal("FIRST-PART ")
			waitForDraft(t, db, "ACC-00042", "FIRST-PART ", 3*time.Second)
			tm.literal("SECOND-PART")
			tm.waitFor("SECOND-PART")
			tm.signal(sig)
			waitForDraft(t, db, "ACC-00042", "FIRST-PART SECOND-PART", 5*time.Second)
		})
	}
}

// signal sends sig to the program in the pane.
func (s *tmuxSession) signal(sig syscall.Signal) {
	s.t.Helper()
	pid, err := strconv.Atoi(strings.TrimSpace(s.run("display-message", "-p", "-t", "tt", "#{pane_pid}")))
	if err != nil {
		s.t.Fatal(err)
	}
	if err := syscall.Kill(pid, sig); err != nil {
		s.t.Fatal(err)
	}
}
