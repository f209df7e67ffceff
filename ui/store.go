package ui

import (
	"context"
	"time"

	"talktrack/model"
)

// Store is what the screens need from storage: a subset of model.Store, so
// the SQLite store plugs in as is and tests can use a small fake.
type Store interface {
	// Portfolio returns one window of the portfolio table.
	Portfolio(ctx context.Context, q model.PortfolioQuery) (model.PortfolioPage, error)
	// AccountView loads an account with its briefing computed at now.
	AccountView(ctx context.Context, id string, now time.Time) (model.AccountView, error)
	// SaveDraft writes (or replaces) the call draft d.ID durably.
	SaveDraft(ctx context.Context, d model.Draft) error
	// Draft returns the account's newest call draft; ENOTFOUND when there
	// is none.
	Draft(ctx context.Context, accountID string) (model.Draft, error)
	// DeleteDraft removes the call draft with this id, if any.
	DeleteDraft(ctx context.Context, draftID string) error
	// LogCall stores a call and deletes its own draft (c.DraftID) in the
	// same transaction.
	LogCall(ctx context.Context, c model.Call) (int64, error)
	// Today builds the day's queue.
	Today(ctx context.Context, q model.TodayQuery) (model.Today, error)
	// MarkFollowUpsDone marks the account's open follow-ups done.
	MarkFollowUpsDone(ctx context.Context, accountID string, at time.Time) (int, error)
	// RefreshHealth brings the stored health scores up to date.
	RefreshHealth(ctx context.Context, now time.Time) (int, error)
}

// Every full store can drive the screens.
var _ Store = model.Store(nil)
