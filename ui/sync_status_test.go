package ui

import (
	"strings"
	"testing"
	"time"

	"talktrack/model"
)

func TestTitleBarShowsLastSyncAndWhatWaits(t *testing.T) {
	store := newFakeStore()
	store.syncStatus = model.SyncStatus{LastSync: fixedNow.Add(-3 * time.Hour), PendingCalls: 2, PendingPainChanges: 1}
	h := newHarness(t, store, 120, 30)
	h.press("esc") // leave Today, if it opened first
	h.send(showPortfolioMsg{})
	title := strings.SplitN(h.screen(), "\n", 2)[0]
	if !strings.Contains(title, "synced 3h ago · 3 to send") {
		t.Errorf("title bar %q, want the last sync and 3 changes to send", title)
	}

	// A call logged meanwhile (the store now has 3 calls waiting) shows
	// when the rep is back on the portfolio.
	store.mu.Lock()
	store.syncStatus.PendingCalls = 3
	store.mu.Unlock()
	h.send(showPortfolioMsg{})
	if title := strings.SplitN(h.screen(), "\n", 2)[0]; !strings.Contains(title, "4 to send") {
		t.Errorf("title bar %q after a call, want 4 to send", title)
	}
}

func TestTitleBarSaysNothingOfSyncForABookNeverSynced(t *testing.T) {
	store := newFakeStore()
	store.syncStatus = model.SyncStatus{PendingCalls: 5}
	h := newHarness(t, store, 120, 30)
	if strings.Contains(h.screen(), "synced") || strings.Contains(h.screen(), "to send") {
		t.Errorf("a book never synced mentions sync:\n%s", h.screen())
	}
}

func TestSinceSync(t *testing.T) {
	for _, c := range []struct {
		d    time.Duration
		want string
	}{{10 * time.Second, "just now"}, {5 * time.Minute, "5m ago"}, {3 * time.Hour, "3h ago"}, {72 * time.Hour, "3d ago"}} {
		if got := sinceSync(c.d); got != c.want {
			t.Errorf("sinceSync(%s) = %q, want %q", c.d, got, c.want)
		}
	}
}
