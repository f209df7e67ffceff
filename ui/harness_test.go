package ui

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// harness drives the root model like the Bubble Tea runtime does, but
// synchronously: every command runs at once and its message is fed back.
type harness struct {
	t     *testing.T
	m     *root
	store *fakeStore
	quit  bool
	// ticks lists the timer ticks asked for, by call generation.
	ticks []int
	// retries counts the failed draft saves scheduled to be tried again.
	retries int
}

// cmdWait bounds a command; the slowest one here is the draft delay
// (1ms in tests), so reaching it means a command hangs.
const cmdWait = 2 * time.Second

func newHarness(t *testing.T, store *fakeStore, w, h int) *harness {
	t.Helper()
	return newHarnessAt(t, store, w, h, func() time.Time { return fixedNow })
}

// newHarnessAt is newHarness with a clock the test moves.
func newHarnessAt(t *testing.T, store *fakeStore, w, h int, now func() time.Time) *harness {
	t.Helper()
	m := New(store, Options{Now: now, DraftDelay: time.Millisecond, Demo: true}).(*root)
	hs := &harness{t: t, m: m, store: store}
	// The call clock would sleep a second per tick; count ticks instead.
	m.c.tick = func(gen int) tea.Cmd {
		hs.ticks = append(hs.ticks, gen)
		return nil
	}
	// A failed save would be retried at once, forever; count instead.
	m.c.retrySave = func(string) tea.Cmd {
		hs.retries++
		return nil
	}
	hs.send(tea.WindowSizeMsg{Width: w, Height: h})
	hs.run(m.Init())
	return hs
}

// send delivers one message and runs what it returns.
func (h *harness) send(msg tea.Msg) {
	h.t.Helper()
	_, cmd := h.m.Update(msg)
	h.run(cmd)
}

// update delivers one message without running the returned command.
func (h *harness) update(msg tea.Msg) tea.Cmd {
	_, cmd := h.m.Update(msg)
	return cmd
}

// run runs a command and delivers its messages.
func (h *harness) run(cmd tea.Cmd) {
	h.t.Helper()
	for _, msg := range h.collect(cmd) {
		h.send(msg)
	}
}

// collect runs a command (and the batches in it) and returns the
// messages without delivering them. Quitting is recorded, not returned.
func (h *harness) collect(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	done := make(chan tea.Msg, 1)
	go func() { done <- cmd() }()
	var msg tea.Msg
	select {
	case msg = <-done:
	case <-time.After(cmdWait):
		h.t.Fatalf("a command did not return within %v", cmdWait)
	}
	switch msg := msg.(type) {
	case nil:
		return nil
	case tea.BatchMsg:
		var out []tea.Msg
		for _, c := range msg {
			out = append(out, h.collect(c)...)
		}
		return out
	case tea.QuitMsg:
		h.quit = true
		return nil
	}
	return []tea.Msg{msg}
}

// press sends keys by name: "enter", "ctrl+s", "a", "/".
func (h *harness) press(keys ...string) {
	h.t.Helper()
	for _, k := range keys {
		h.send(keyPress(k))
	}
}

// typeText types each character of s.
func (h *harness) typeText(s string) {
	h.t.Helper()
	for _, r := range s {
		h.send(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
}

// screen is the plain text on screen.
func (h *harness) screen() string { return ansi.Strip(h.m.View().Content) }

func keyPress(k string) tea.KeyPressMsg {
	special := map[string]rune{
		"enter": tea.KeyEnter, "esc": tea.KeyEscape, "tab": tea.KeyTab, "up": tea.KeyUp, "down": tea.KeyDown,
		"pgup": tea.KeyPgUp, "pgdown": tea.KeyPgDown, "home": tea.KeyHome, "end": tea.KeyEnd, "backspace": tea.KeyBackspace,
	}
	var mod tea.KeyMod
	name := k
	for {
		if rest, ok := strings.CutPrefix(name, "ctrl+"); ok {
			mod |= tea.ModCtrl
			name = rest
			continue
		}
		if rest, ok := strings.CutPrefix(name, "shift+"); ok {
			mod |= tea.ModShift
			name = rest
			continue
		}
		break
	}
	if code, ok := special[name]; ok {
		return tea.KeyPressMsg{Code: code, Mod: mod}
	}
	r := []rune(name)[0]
	if mod != 0 {
		return tea.KeyPressMsg{Code: r, Mod: mod}
	}
	return tea.KeyPressMsg{Code: r, Text: name}
}

// openAccount filters for an account by name and opens it.
func (h *harness) openAccount(name string) {
	h.t.Helper()
	if h.m.portfolio.filter.Value() != "" {
		h.press("esc") // clears the last filter
	}
	h.press("/")
	h.typeText(name)
	h.press("enter")
	if h.m.screen != screenAccount || h.m.account.av == nil || h.m.account.av.Account.Name != name {
		h.t.Fatalf("opening %q: screen %v, account %+v, filter %q, %d rows, status %q", name, h.m.screen, h.m.account.id, h.m.portfolio.filter.Value(), h.m.portfolio.win.total, h.m.c.status.text)
	}
}

// startCall opens an account and presses c.
func (h *harness) startCall(name string) {
	h.t.Helper()
	h.openAccount(name)
	h.press("c")
	if h.m.screen != screenCall || h.m.call == nil {
		h.t.Fatalf("c on %q did not start a call; status %q", name, h.m.c.status.text)
	}
}
