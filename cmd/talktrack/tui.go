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
	p := tea.NewProgram(ui.New(store, ui.Options{Demo: store.IsDemo(ctx), Now: a.now}), tea.WithContext(ctx))
	_, err = p.Run()
	return err
}
