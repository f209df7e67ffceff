package ui

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestGoldens renders the main screens at the smallest supported size and
// a roomy one, as plain text, and compares them with testdata/*.golden.
// Run `go test ./ui -update` after an intended change and read the diff.
func TestGoldens(t *testing.T) {
	screens := []struct {
		name  string
		setup func(h *harness)
	}{
		{"portfolio", func(h *harness) {}},
		{"portfolio_filtered", func(h *harness) {
			h.press("/")
			h.typeText("nor")
		}},
		{"portfolio_help", func(h *harness) { h.press("s", "s", "s", "3", "?") }},
		{"today", func(h *harness) {}},
		{"account", func(h *harness) { h.openAccount("Northwind Outfitters") }},
		{"account_at_risk", func(h *harness) { h.openAccount("Harbor Point Dental") }},
		// Wide characters and Cyrillic in names, pains, lines and prices.
		{"account_ja", func(h *harness) { h.openAccount("株式会社長谷川海運") }},
		{"account_ru", func(h *harness) { h.openAccount("ООО «Вектор Логистик»") }},
		{"call", func(h *harness) {
			h.startCall("Northwind Outfitters")
			h.typeText("Jonas confirms the big promotion on 4 Dec.\nWants month-end reports automated before Q1.")
			h.press("tab", "down", "i")
		}},
		{"call_restored", func(h *harness) { h.startCall("Alder & Finch Legal") }},
		{"call_outcome", func(h *harness) {
			h.startCall("Northwind Outfitters")
			h.typeText("Left a message with reception.")
			h.press("ctrl+s", "f")
			h.typeText("+7")
			h.press("enter")
		}},
	}
	sizes := []struct{ w, h int }{{80, 24}, {120, 40}}
	for _, sc := range screens {
		for _, sz := range sizes {
			name := fmt.Sprintf("%s_%dx%d", sc.name, sz.w, sz.h)
			t.Run(name, func(t *testing.T) {
				store := newFakeStore
				if strings.HasPrefix(sc.name, "account_ja") || strings.HasPrefix(sc.name, "account_ru") {
					store = newLanguageStore
				}
				if sc.name == "today" {
					store = todayStore
				}
				h := newHarness(t, store(), sz.w, sz.h)
				sc.setup(h)
				got := h.screen()
				checkFits(t, got, sz.w, sz.h)
				compareGolden(t, name, got)
			})
		}
	}
}

// checkFits fails when the screen has the wrong number of lines or a line
// wider than the terminal.
func checkFits(t *testing.T, screen string, w, h int) {
	t.Helper()
	lines := strings.Split(screen, "\n")
	if len(lines) != h {
		t.Errorf("screen has %d lines, want %d", len(lines), h)
	}
	for i, l := range lines {
		if n := ansi.StringWidth(l); n > w {
			t.Errorf("line %d is %d columns wide (terminal %d): %q", i+1, n, w, l)
		}
	}
}

func compareGolden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden")
	// Trailing spaces are invisible in a diff; drop them on both sides.
	got = trimLines(got)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./ui -update to create it)", err)
	}
	if got != trimLines(string(want)) {
		t.Errorf("%s differs from the golden file; run go test ./ui -update and check the diff.\n--- got:\n%s\n--- want:\n%s", name, got, want)
	}
}

func trimLines(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	return strings.Join(lines, "\n")
}

// TestTinyTerminals renders every screen in terminals far below the
// supported size: cut to fit, never a crash.
func TestTinyTerminals(t *testing.T) {
	sizes := []struct{ w, h int }{{40, 12}, {20, 5}, {1, 1}, {0, 0}}
	for _, sz := range sizes {
		h := newHarness(t, newFakeStore(), 80, 24)
		h.startCall("Northwind Outfitters")
		h.press("tab", "ctrl+s")
		for _, step := range []func(){
			func() { h.press("esc", "esc") },
			func() { h.press("esc") },
			func() { h.press("?") },
		} {
			h.send(tea.WindowSizeMsg{Width: sz.w, Height: sz.h})
			_ = h.screen()
			step()
			_ = h.screen()
		}
	}
}
