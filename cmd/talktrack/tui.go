package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"
	"time"

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
	p := tea.NewProgram(ui.New(store, ui.Options{Demo: store.IsDemo(ctx), Now: a.now, Owner: owner, Cues: cues}),
		tea.WithContext(ctx), tea.WithFPS(120), tea.WithoutSignalHandler())
	stop := quitOnSignals(p)
	defer stop()
	_, err = p.Run()
	return err
}

// shutdownGrace is how long a signalled TUI may take to save the call
// draft before it is stopped anyway.
const shutdownGrace = 3 * time.Second

// quitOnSignals makes an interrupt, a terminate (a shutdown, kill) or a
// hang-up (the terminal closed) quit the TUI as q does: the call draft is
// saved first, so the last words typed are not lost. Bubble Tea's own
// handler quit at once on a terminate.
func quitOnSignals(p *tea.Program) (stop func()) {
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
	done := make(chan struct{})
	go func() {
		select {
		case <-sig:
			p.Send(ui.ShutdownMsg{})
			select {
			case <-time.After(shutdownGrace):
				p.Kill()
			case <-done:
			}
		case <-done:
		}
	}()
	return func() {
		signal.Stop(sig)
		close(done)
	}
}
