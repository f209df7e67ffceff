package ui

import (
	"context"

	tea "charm.land/bubbletea/v2"
	"time"
)

// showTodayMsg asks the root for the Today screen.
type showTodayMsg struct{}

// healthRefreshedMsg reports how many stored health scores were brought
// up to date.
type healthRefreshedMsg struct {
	n   int
	err error
}

// refreshHealth brings the stored health scores up to date: once a day and
// after imports every account (about two seconds at 100k), otherwise only
// those called since.
func refreshHealth(store Store, now time.Time) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		n, err := store.RefreshHealth(ctx, now)
		return healthRefreshedMsg{n: n, err: err}
	}
}

// healthRefreshed shows the new scores in the portfolio when any changed.
func (m *root) healthRefreshed(msg healthRefreshedMsg) tea.Cmd {
	if msg.err != nil {
		m.c.fail(msg.err)
		return nil
	}
	if msg.n == 0 || !m.portfolio.win.loaded {
		return nil
	}
	return m.portfolio.fetch()
}
