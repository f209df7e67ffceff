package model

import (
	"context"
	"time"
)

// HeldProduct is a holding together with the product it holds.
type HeldProduct struct {
	Holding
	Product Product
}

// AccountView is everything the account screen and `show` display.
type AccountView struct {
	Account  Account
	Contacts []Contact
	// Holdings are ordered by family, then tier.
	Holdings []HeldProduct
	// Pains are open ones first, then by severity (highest first), then newest.
	Pains []PainPoint
	// RecentCalls are the latest calls, newest first.
	RecentCalls []Call
	Briefing    Briefing
	// Competitors are the competitors noted on the account from calls,
	// newest first.
	Competitors []NotedCompetitor
	// Draft is the unsaved call for this account, if any.
	Draft *Draft
	// Health is the account's health score with its reasons.
	Health Health
	// Brief holds open follow-ups, the offer history and how similar
	// accounts answered the same offers.
	Brief AccountBrief
	// Input is what Briefing was computed from, nil when not kept: the call
	// screen computes the briefing again for what it hears on the call,
	// so offers, their sizes and their talking points agree with the
	// briefing the account will have once the call is logged.
	Input *BriefingInput `json:"-"`
}

// PortfolioSort names a portfolio column to sort by.
type PortfolioSort string

// Portfolio sort keys.
const (
	SortName        PortfolioSort = "name"
	SortStage       PortfolioSort = "stage"
	SortRenewal     PortfolioSort = "renewal"
	SortARR         PortfolioSort = "arr"
	SortOpenPains   PortfolioSort = "pains"
	SortLastContact PortfolioSort = "last_contact"
	// SortHealth orders by health score, lowest first.
	SortHealth PortfolioSort = "health"
)

// PortfolioQuery asks for one window of the portfolio table.
type PortfolioQuery struct {
	// Filter narrows to accounts whose name contains it (case and
	// punctuation ignored); names that start with it come first.
	Filter string
	// Stage narrows to one stage; empty means all.
	Stage Stage
	// Owner narrows to one owner's accounts (case ignored); empty means all.
	Owner string
	// Sort and Desc order the rows; an empty Sort means by name.
	Sort PortfolioSort
	Desc bool
	// Offset and Limit pick the window.
	Offset, Limit int
}

// PortfolioRow is one line of the portfolio table.
type PortfolioRow struct {
	ID          string
	Name        string
	Stage       Stage
	RenewalDate time.Time
	ARR         float64
	// Currency is the ISO 4217 code ARR is in; "" for the playbook's.
	Currency  string
	OpenPains int
	// TopSuggestion is the best suggestion's product name, "" when none.
	TopSuggestion string
	// TopKind is the kind of the top suggestion.
	TopKind SuggestionKind
	// LastContact is the start of the latest call; zero when never called.
	LastContact time.Time
	// Health is the stored health score, -1 until computed.
	Health int
	// HasDraft marks an unsaved call draft.
	HasDraft bool
}

// PortfolioPage is one window of the portfolio and the size of the whole.
type PortfolioPage struct {
	Rows []PortfolioRow
	// Total counts all accounts matching the query, not just this window.
	Total int
}

// Store is what the screens and commands need from storage.
type Store interface {
	// FindAccount resolves an id or an exact, case-insensitive name.
	// Unknown gives ENOTFOUND; a name shared by several accounts gives
	// ECONFLICT naming their ids.
	FindAccount(ctx context.Context, ref string) (Account, error)
	// Accounts lists accounts ordered by name; an empty stage means all.
	Accounts(ctx context.Context, stage Stage) ([]Account, error)
	// Portfolio returns one window of the portfolio table.
	Portfolio(ctx context.Context, q PortfolioQuery) (PortfolioPage, error)
	// AccountView loads an account with its briefing computed at now.
	AccountView(ctx context.Context, id string, now time.Time) (AccountView, error)
	// LogCall stores a call and its offers, deletes the draft it was
	// written in (c.DraftID, if any) in the same transaction, and returns
	// the call's id. No other draft is touched.
	LogCall(ctx context.Context, c Call) (int64, error)
	// Calls lists calls newest first; an empty accountID means all accounts.
	Calls(ctx context.Context, accountID string) ([]Call, error)
	// SaveDraft writes (or replaces) the draft d.ID durably.
	SaveDraft(ctx context.Context, d Draft) error
	// Draft returns the account's newest draft; ENOTFOUND when there is
	// none.
	Draft(ctx context.Context, accountID string) (Draft, error)
	// DeleteDraft removes the draft with this id, if any, and no other.
	DeleteDraft(ctx context.Context, draftID string) error
	// Today builds the day's queue at q.Now, for one owner or everyone.
	Today(ctx context.Context, q TodayQuery) (Today, error)
	// MarkFollowUpsDone marks the account's open follow-ups agreed before
	// at as done and returns how many.
	MarkFollowUpsDone(ctx context.Context, accountID string, at time.Time) (int, error)
	// RefreshHealth brings the stored health scores (the portfolio's
	// column) up to date for now and returns how many it scored.
	RefreshHealth(ctx context.Context, now time.Time) (int, error)
}
