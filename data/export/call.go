package export

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"time"

	"talktrack/model"
)

// Call is a logged call with the names an export shows beside its ids.
type Call struct {
	// ID is talktrack's id for the call.
	ID int64
	// AccountID is the account's id from the CRM (or its name key when the
	// source had no id column); AccountName is its name.
	AccountID, AccountName string
	// ContactID and ContactName say who was spoken to; both are empty when
	// unknown.
	ContactID, ContactName string
	// StartedAt is when the call began.
	StartedAt time.Time
	// Duration is how long it lasted.
	Duration time.Duration
	// Outcome is how it ended.
	Outcome model.Outcome
	// Notes are the rep's notes, as typed.
	Notes string
	// FollowUp is the agreed follow-up day, "" when none (kept as the
	// YYYY-MM-DD the rep chose, so no time zone can move it).
	FollowUp string
	// Offers are the offers made during the call, ordered by product id.
	Offers []Offer
	// Cues are what the customer signalled, in the order heard.
	Cues []model.Cue
}

// Offer is one offer made during a call, with the product's name.
type Offer struct {
	// ProductID and ProductName identify the product; the name falls back
	// to the id when the product is no longer in the catalogue.
	ProductID, ProductName string
	// Response is the customer's answer.
	Response model.Response
}

// queryer is what both *sql.DB and *sql.Tx offer for reading.
type queryer interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// query selects the calls an export contains.
type query struct {
	format Format
	since  time.Time // zero: from the first call
	all    bool      // include calls already exported in format
}

// loadCalls reads the calls q selects, oldest first, with their offers.
func loadCalls(ctx context.Context, db queryer, q query) ([]Call, error) {
	calls, err := loadCallRows(ctx, db, q)
	if err != nil || len(calls) == 0 {
		return calls, err
	}
	if err := loadOffers(ctx, db, calls); err != nil {
		return nil, err
	}
	if err := loadCues(ctx, db, calls); err != nil {
		return nil, err
	}
	return calls, nil
}

// loadCallRows reads the calls without their offers.
func loadCallRows(ctx context.Context, db queryer, q query) ([]Call, error) {
	bound := q.lowerBound()
	rows, err := db.QueryContext(ctx, `
SELECT c.id, c.account_id, COALESCE(a.name, ''), c.contact_id, COALESCE(p.name, ''),
       c.started_at, c.duration_s, c.outcome, c.notes, c.follow_up
  FROM calls c
  LEFT JOIN accounts a ON a.id = c.account_id
  LEFT JOIN contacts p ON p.id = c.contact_id AND c.contact_id <> ''
 WHERE c.started_at >= ?
   AND (? OR NOT EXISTS (SELECT 1 FROM call_exports e WHERE e.call_id = c.id AND e.format = ?))
 ORDER BY c.started_at, c.id`, bound, q.all, string(q.format))
	if err != nil {
		return nil, fmt.Errorf("read calls to export: %w", err)
	}
	defer rows.Close()
	var calls []Call
	for rows.Next() {
		var c Call
		var started, outcome string
		var seconds int64
		if err := rows.Scan(&c.ID, &c.AccountID, &c.AccountName, &c.ContactID, &c.ContactName,
			&started, &seconds, &outcome, &c.Notes, &c.FollowUp); err != nil {
			return nil, fmt.Errorf("read calls to export: %w", err)
		}
		if c.StartedAt, err = parseInstant(started); err != nil {
			return nil, model.Errorf(model.EINTERNAL, "call %d has a start time that is not a time (%q): fix it in the database or re-import the data", c.ID, started)
		}
		c.FollowUp = dayOf(c.FollowUp)
		if !q.since.IsZero() && c.StartedAt.Before(q.since) {
			continue
		}
		c.Duration = time.Duration(seconds) * time.Second
		c.Outcome = model.Outcome(outcome)
		calls = append(calls, c)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read calls to export: %w", err)
	}
	// The text order is right but for stored fractions of a second; order
	// by the instants themselves so a CRM timeline reads as it happened.
	sort.SliceStable(calls, func(i, j int) bool { return calls[i].StartedAt.Before(calls[j].StartedAt) })
	return calls, nil
}

// lowerBound is a started_at text that no selected call sorts before, so
// that the index narrows the scan. It is the day before Since, not Since
// itself, because a start time written by hand or by another tool may use a
// space for the "T" or carry a fraction of a second, and those sort
// differently as text on the same day; the exact cut is made on the parsed
// time.
func (q query) lowerBound() string {
	if q.since.IsZero() {
		return ""
	}
	return q.since.UTC().AddDate(0, 0, -1).Format(dayLayout)
}

// instantLayouts are the shapes a stored start time may take: the store's
// own RFC 3339 in UTC first, then what an import or a hand edit may leave.
// A time without a zone is UTC, as the schema stores every instant.
var instantLayouts = []string{time.RFC3339Nano, "2006-01-02 15:04:05Z07:00", "2006-01-02 15:04:05", "2006-01-02T15:04:05"}

// parseInstant reads a stored start time.
func parseInstant(s string) (time.Time, error) {
	var err error
	for _, layout := range instantLayouts {
		var t time.Time
		if t, err = time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, err
}

// dayOf reads a stored follow-up date as YYYY-MM-DD; a value with a time
// after the date keeps its date, and anything else is kept as stored.
func dayOf(s string) string {
	if len(s) >= len(dayLayout) {
		if _, err := time.Parse(dayLayout, s[:len(dayLayout)]); err == nil {
			return s[:len(dayLayout)]
		}
	}
	return s
}

// countExported counts the calls q would select with all set that were
// left out because they were exported in q.format before.
func countExported(ctx context.Context, db queryer, q query) (int, error) {
	rows, err := db.QueryContext(ctx, `
SELECT c.started_at FROM calls c JOIN call_exports e ON e.call_id = c.id AND e.format = ?
 WHERE c.started_at >= ?`, string(q.format), q.lowerBound())
	if err != nil {
		return 0, fmt.Errorf("count exported calls: %w", err)
	}
	defer rows.Close()
	n := 0
	for rows.Next() {
		var started string
		if err := rows.Scan(&started); err != nil {
			return 0, fmt.Errorf("count exported calls: %w", err)
		}
		if t, err := parseInstant(started); err == nil && !t.Before(q.since) {
			n++
		}
	}
	return n, rows.Err()
}

// loadOffers fills in the offers of calls. The ids travel as one JSON array
// so that any number of calls costs one query, not one per call.
func loadOffers(ctx context.Context, db queryer, calls []Call) error {
	index := make(map[int64]int, len(calls))
	for i, c := range calls {
		index[c.ID] = i
	}
	idsJSON, err := json.Marshal(callIDs(calls))
	if err != nil {
		return err
	}
	rows, err := db.QueryContext(ctx, `
SELECT o.call_id, o.product_id, COALESCE(p.name, ''), o.response
  FROM call_offers o
  LEFT JOIN products p ON p.id = o.product_id
 WHERE o.call_id IN (SELECT value FROM json_each(?))
 ORDER BY o.call_id, o.product_id`, string(idsJSON))
	if err != nil {
		return fmt.Errorf("read offers to export: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var callID int64
		var o Offer
		var response string
		if err := rows.Scan(&callID, &o.ProductID, &o.ProductName, &response); err != nil {
			return fmt.Errorf("read offers to export: %w", err)
		}
		if strings.TrimSpace(o.ProductName) == "" {
			o.ProductName = o.ProductID
		}
		o.Response = model.Response(response)
		i := index[callID]
		calls[i].Offers = append(calls[i].Offers, o)
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("read offers to export: %w", err)
	}
	return nil
}

// callIDs lists the ids of calls.
func callIDs(calls []Call) []int64 {
	ids := make([]int64, len(calls))
	for i, c := range calls {
		ids[i] = c.ID
	}
	return ids
}
