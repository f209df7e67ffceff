package model

import "time"

// SyncStatus is what the laptop knows about its last sync with the team
// hub, read from the local database alone (never from the network).
type SyncStatus struct {
	// LastSync is when the last sync completed; zero when never.
	LastSync time.Time
	// PendingCalls counts calls logged here that the hub does not have yet.
	PendingCalls int
	// PendingPainChanges counts pain changes made here not sent yet.
	PendingPainChanges int
}

// Pending is everything waiting to be sent.
func (s SyncStatus) Pending() int { return s.PendingCalls + s.PendingPainChanges }

// PainChange is one change of a pain point: its state after the change,
// who made it and when. A pain point shows its latest change by ChangedAt
// (ties broken by ID); every change is kept as its history.
type PainChange struct {
	// ID is the change's global id (a UUID).
	ID string
	// PainID is the pain point's global id.
	PainID string
	// AccountID is the account the pain belongs to.
	AccountID string
	// Category, Title, Severity, Status and NotedAt are the pain point as
	// the change leaves it.
	Category string
	Title    string
	Severity int
	Status   PainStatus
	NotedAt  time.Time
	// ChangedAt is when the change was made, by the clock of the laptop
	// that made it.
	ChangedAt time.Time
	// ChangedBy is the rep who made it; empty for this laptop's user.
	ChangedBy string
}

// Newer reports whether c wins over d under the "latest change wins" rule.
func (c PainChange) Newer(d PainChange) bool {
	if !c.ChangedAt.Equal(d.ChangedAt) {
		return c.ChangedAt.After(d.ChangedAt)
	}
	return c.ID > d.ID
}

// TeamOfferStat counts how the whole team's customers of one segment
// answered offers of one product: statistics for ranking offers, gathered
// by the hub over every rep's calls (including territories this rep cannot
// read), and pulled by sync.
type TeamOfferStat struct {
	// ProductID is the product offered.
	ProductID string
	// Segment is the accounts' industry|size_band (Account.Segment).
	Segment string
	// Response is the customers' answer.
	Response Response
	// Answers counts the offers answered so.
	Answers int
}
