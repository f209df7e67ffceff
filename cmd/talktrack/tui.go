package main

import (
	"context"

	tea "charm.land/bubbletea/v2"

	"talktrack/ui"
)

// runTUI opens the database and runs the terminal UI until the user quits.
func runTUI(ctx context.Context, a *app) error {
	store, err := a.open(ctx)
	if err != nil {
		return err
	}
	defer store.Close()
	// Bubble Tea draws changes at a fixed frame rate, so a keystroke's
	// answer waits half a frame on average: at its most, 120 frames a
	// second, that is 4 ms instead of 8.
	owner, err := a.owner("", false)
	if err != nil {
		return err
	}
	// Without cue rules the call screen still works; it just does not listen.
	cues, _ := cueDetector(ctx, store)
	p := tea.NewProgram(ui.New(store, ui.Options{Demo: store.IsDemo(ctx), Now: a.now, Owner: owner, Cues: cues}), tea.WithContext(ctx), tea.WithFPS(120))
	_, err = p.Run()
	return err
}
