package ui

import (
	"context"
	"fmt"
	"time"

	tea "charm.land/bubbletea/v2"

	"talktrack/model"
)

// syncStatusReader is a store that knows when the book was last synced
// with the team hub and what waits to be sent. It reads the local
// database only: the screens never wait on the network.
type syncStatusReader interface {
	SyncStatus(ctx context.Context) (model.SyncStatus, error)
}

// syncStatusMsg answers loadSyncStatus.
type syncStatusMsg struct {
	status model.SyncStatus
	err    error
}

// loadSyncStatus reads the sync status, when the store has one.
func loadSyncStatus(store Store) tea.Cmd {
	reader, ok := store.(syncStatusReader)
	if !ok {
		return nil
	}
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), storeTimeout)
		defer cancel()
		st, err := reader.SyncStatus(ctx)
		return syncStatusMsg{status: st, err: err}
	}
}

// syncInfo is the title bar's note on the team hub: "synced 2h ago",
// then what waits to be sent. A book that was never synced says nothing:
// it is not a team's.
func syncInfo(st model.SyncStatus, now time.Time) string {
	if st.LastSync.IsZero() {
		return ""
	}
	info := "synced " + sinceSync(now.Sub(st.LastSync))
	if n := st.Pending(); n > 0 {
		info += fmt.Sprintf(" · %d to send", n)
	}
	return info
}

// sinceSync writes an age as "just now", "5m ago", "3h ago", "2d ago".
func sinceSync(d time.Duration) string {
	switch {
	case d < time.Minute:
		return "just now"
	case d < time.Hour:
		return fmt.Sprintf("%dm ago", int(d.Minutes()))
	case d < 48*time.Hour:
		return fmt.Sprintf("%dh ago", int(d.Hours()))
	}
	return fmt.Sprintf("%dd ago", int(d.Hours()/24))
}
