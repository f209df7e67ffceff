package ui

import (
	"strings"
	"testing"
)

func TestQuitKeys(t *testing.T) {
	tests := []struct {
		name     string
		setup    func(h *harness)
		keys     []string
		wantQuit bool
		check    func(t *testing.T, h *harness)
	}{
		{name: "q on the portfolio", keys: []string{"q"}, wantQuit: true},
		{name: "ctrl+c on the portfolio", keys: []string{"ctrl+c"}, wantQuit: true},
		{
			name: "q in the filter is a letter", setup: func(h *harness) { h.press("/") }, keys: []string{"q"},
			check: func(t *testing.T, h *harness) {
				if v := h.m.portfolio.filter.Value(); v != "q" {
					t.Errorf("filter = %q, want q", v)
				}
			},
		},
		{name: "ctrl+c in the filter", setup: func(h *harness) { h.press("/") }, keys: []string{"ctrl+c"}, wantQuit: true},
		{name: "q on an account", setup: func(h *harness) { h.openAccount("Fjord Analytics") }, keys: []string{"q"}, wantQuit: true},
		{
			name: "q in the notes is a letter", setup: func(h *harness) { h.startCall("Northwind Outfitters") }, keys: []string{"q", "?"},
			check: func(t *testing.T, h *harness) {
				if v := h.m.call.notes.Value(); v != "q?" {
					t.Errorf("notes = %q, want q?", v)
				}
				if h.m.showHelp {
					t.Error("? in the notes toggled help")
				}
			},
		},
		{name: "ctrl+c in the notes", setup: func(h *harness) { h.startCall("Northwind Outfitters") }, keys: []string{"ctrl+c"}, wantQuit: true},
		{name: "q on the suggestions", setup: func(h *harness) { h.startCall("Northwind Outfitters") }, keys: []string{"tab", "q"}, wantQuit: true},
		{
			name: "q in the follow-up date is a letter", setup: func(h *harness) { h.startCall("Northwind Outfitters") },
			keys: []string{"ctrl+s", "f", "q"},
			check: func(t *testing.T, h *harness) {
				if v := h.m.call.followInput.Value(); v != "q" {
					t.Errorf("follow-up input = %q, want q", v)
				}
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, newFakeStore(), 80, 24)
			if tt.setup != nil {
				tt.setup(h)
			}
			h.press(tt.keys...)
			if h.quit != tt.wantQuit {
				t.Errorf("quit = %v, want %v", h.quit, tt.wantQuit)
			}
			if tt.check != nil {
				tt.check(t, h)
			}
		})
	}
}

// TestQuitSavesDraftFirst quits with typing not yet saved: the draft is
// written before the program ends.
func TestQuitSavesDraftFirst(t *testing.T) {
	h := newHarness(t, newFakeStore(), 80, 24)
	h.startCall("Northwind Outfitters")
	_ = h.update(keyPress("w")) // typed; the autosave timer is dropped
	_ = h.update(keyPress("x"))
	h.press("ctrl+c")
	if !h.quit {
		t.Fatal("ctrl+c did not quit")
	}
	if d := h.store.drafts["acc-0042"]; d.Notes != "wx" {
		t.Errorf("draft at quit = %q, want wx", d.Notes)
	}
}

func TestQuitWhenDraftCannotBeSaved(t *testing.T) {
	store := newFakeStore()
	h := newHarness(t, store, 80, 24)
	h.startCall("Northwind Outfitters")
	_ = h.update(keyPress("w"))
	store.saveErr = errTest("disk is full")
	h.press("ctrl+c")
	if h.quit {
		t.Fatal("quit although the notes could not be saved")
	}
	if !strings.Contains(h.screen(), "ctrl+c again quits anyway") {
		t.Errorf("no way out offered:\n%s", h.screen())
	}
	h.press("ctrl+c")
	if !h.quit {
		t.Error("a second ctrl+c did not quit")
	}
}

type errTest string

func (e errTest) Error() string { return string(e) }

func TestEscGoesBack(t *testing.T) {
	h := newHarness(t, newFakeStore(), 80, 24)
	h.startCall("Northwind Outfitters")
	h.press("ctrl+s", "f", "esc")
	if h.m.call.phase != phaseOutcome {
		t.Errorf("esc in the date input: phase %v, want the outcome prompt", h.m.call.phase)
	}
	h.press("esc")
	if h.m.call.phase != phaseTalking || !h.m.call.notes.Focused() {
		t.Errorf("esc in the outcome prompt: phase %v", h.m.call.phase)
	}
	h.press("esc")
	if h.m.screen != screenAccount {
		t.Errorf("esc in the call: screen %v", h.m.screen)
	}
	h.press("esc")
	if h.m.screen != screenPortfolio {
		t.Errorf("esc on the account: screen %v", h.m.screen)
	}
}

func TestHelpToggle(t *testing.T) {
	screens := []struct {
		name  string
		setup func(h *harness)
		want  string
	}{
		{"portfolio", func(h *harness) {}, "prev stage"},
		{"account", func(h *harness) { h.openAccount("Northwind Outfitters") }, "next suggestion"},
		{"call suggestions", func(h *harness) { h.startCall("Northwind Outfitters"); h.press("tab") }, "not now"},
		{"outcome", func(h *harness) { h.startCall("Northwind Outfitters"); h.press("ctrl+s") }, "outcome and save"},
	}
	for _, sc := range screens {
		t.Run(sc.name, func(t *testing.T) {
			h := newHarness(t, newFakeStore(), 80, 24)
			sc.setup(h)
			h.press("?")
			if !h.m.showHelp || !strings.Contains(h.screen(), sc.want) {
				t.Errorf("help does not list %q:\n%s", sc.want, h.screen())
			}
			checkFits(t, h.screen(), 80, 24)
			h.press("?")
			if h.m.showHelp {
				t.Error("? did not close the help")
			}
		})
	}
}
