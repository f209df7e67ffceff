package ui

import (
	"context"
	"slices"
	"time"

	tea "charm.land/bubbletea/v2"

	"talktrack/model"
	"talktrack/printable"
)

// storeTimeout bounds every store call so a locked database turns into an
// error in the status line instead of a frozen screen.
const storeTimeout = 10 * time.Second

// Every store call below runs in a tea.Cmd on its own goroutine. Each
// constructor takes copies of what it needs as arguments, so the closure
// never reads the screens' state, and answers with a typed message. What
// comes from the store is made printable (printable.Clean) before a screen
// sees it: a note or a name cannot send escape sequences to the terminal.

// portfolioLoadedMsg answers a portfolio query; seq tells stale answers apart.
type portfolioLoadedMsg struct {
	seq   int
	query model.PortfolioQuery
	page  model.PortfolioPage
	err   error
}

func loadPortfolio(store Store, seq int, q model.PortfolioQuery) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), storeTimeout)
		defer cancel()
		page, err := store.Portfolio(ctx, q)
		return portfolioLoadedMsg{seq: seq, query: q, page: printable.Clean(page), err: err}
	}
}

// accountLoadedMsg answers an account view query.
type accountLoadedMsg struct {
	seq  int
	id   string
	view model.AccountView
	err  error
}

func loadAccount(store Store, seq int, id string, now time.Time) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), storeTimeout)
		defer cancel()
		v, err := store.AccountView(ctx, id, now)
		return accountLoadedMsg{seq: seq, id: id, view: printable.Clean(v), err: err}
	}
}

// draftLoadedMsg answers the question "is there a call in progress for
// this account?" before a call starts.
type draftLoadedMsg struct {
	accountID string
	draft     model.Draft
	found     bool
	err       error
}

func loadDraft(store Store, accountID string) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), storeTimeout)
		defer cancel()
		d, err := store.Draft(ctx, accountID)
		if model.ErrorCode(err) == model.ENOTFOUND {
			return draftLoadedMsg{accountID: accountID}
		}
		if err != nil {
			return draftLoadedMsg{accountID: accountID, err: err}
		}
		return draftLoadedMsg{accountID: accountID, draft: printable.Clean(d), found: true}
	}
}

// draftSavedMsg reports an autosave; change is the edit it saved up to.
type draftSavedMsg struct {
	accountID string
	change    int
	at        time.Time
	err       error
}

func saveDraft(store Store, d model.Draft, change int) tea.Cmd {
	d.Offers = slices.Clone(d.Offers)
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), storeTimeout)
		defer cancel()
		err := store.SaveDraft(ctx, d)
		return draftSavedMsg{accountID: d.AccountID, change: change, at: d.UpdatedAt, err: err}
	}
}

// callLoggedMsg reports the end of a call.
type callLoggedMsg struct {
	call model.Call
	id   int64
	err  error
}

// logTimeout bounds logging a call. It is long: an import holds the
// database for its whole run, and a call must not be refused for that;
// the draft keeps the notes safe meanwhile.
const logTimeout = 10 * time.Minute

func logCall(store Store, c model.Call) tea.Cmd {
	c.Offers = slices.Clone(c.Offers)
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), logTimeout)
		defer cancel()
		id, err := store.LogCall(ctx, c)
		return callLoggedMsg{call: c, id: id, err: err}
	}
}

// draftDiscardedMsg reports that a call was thrown away.
type draftDiscardedMsg struct {
	accountID string
	err       error
}

func discardDraft(store Store, accountID, draftID string) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), storeTimeout)
		defer cancel()
		return draftDiscardedMsg{accountID: accountID, err: store.DeleteDraft(ctx, draftID)}
	}
}

// saveRetryDelay is the pause before a failed draft save is tried again.
// Each try waits up to storeTimeout for the database (an import holds it
// for its whole run), so a draft is retried until it lands.
const saveRetryDelay = time.Second

// draftDueMsg fires one draft delay after the first unsaved edit: time to
// save everything typed since.
type draftDueMsg struct {
	accountID string
}

func draftDue(delay time.Duration, accountID string) tea.Cmd {
	return tea.Tick(delay, func(time.Time) tea.Msg {
		return draftDueMsg{accountID: accountID}
	})
}

// timerTickMsg redraws the call timer; gen ties it to one call so a
// restarted call does not run two clocks.
type timerTickMsg struct{ gen int }

func timerTick(gen int) tea.Cmd {
	return tea.Tick(time.Second, func(time.Time) tea.Msg { return timerTickMsg{gen: gen} })
}

// Navigation between screens is asked for with these messages (see
// common.navigate), so screens do not reach into each other.
type (
	// openAccountMsg opens the account screen.
	openAccountMsg struct{ id, name string }
	// showPortfolioMsg goes back to the portfolio.
	showPortfolioMsg struct{}
	// startCallMsg asks to start (or resume) a call with the shown account.
	startCallMsg struct{ accountID string }
	// leaveCallMsg goes back from a call to its account, keeping the draft.
	leaveCallMsg struct{}
)
