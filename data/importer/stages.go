package importer

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"talktrack/model"
)

// Stage inference: an account whose source has no stage column gets a
// journey stage derived from what it bought, marked as inferred, and
// derived again whenever later imports of holdings or purchases change the
// picture (accounts whose stage came from a file keep it). Time is measured
// from the newest date the database knows of (any purchase, won or not,
// and any holding's start), not from today, so an export is read as of
// when it was taken. The rules, first match wins:
//
//  1. Nothing won or held: onboarding (nothing to grow yet).
//  2. Held, but no purchase date known at all: adoption.
//  3. The latest won purchase is more than 18 months old: at_risk (they
//     stopped buying).
//  4. The first won purchase is less than 90 days old: onboarding (bought
//     recently, not live yet).
//  5. Won on at least 3 different days, at least 2 different products, the
//     latest within 6 months: advocate (they keep coming back for more).
//  6. Won on at least 2 different days: value_realized (they came back).
//  7. Otherwise (one purchase, more than 90 days ago): adoption.
//
// The stage's start date follows the rule: the purchase that decided it,
// or the day the 90-day or 18-month threshold was crossed.
const (
	onboardingDays = 90
	lapsedDays     = 548 // 18 months
	advocateDays   = 183 // 6 months
)

// stageEvidence is what inference needs of one account's purchases, kept
// in constant space however many there are.
type stageEvidence struct {
	held      bool
	last      string    // latest won day
	days      [3]string // the earliest three distinct won days, ascending
	nDays     int
	products  [2]string // two distinct products won, enough for rule 5
	nProducts int
}

// won records a won purchase or a holding; day is "" when unknown.
func (e *stageEvidence) won(product, day string) {
	e.held = true
	if e.nProducts < 2 && (e.nProducts == 0 || e.products[0] != product) {
		e.products[e.nProducts] = product
		e.nProducts++
	}
	if day == "" {
		return
	}
	if day > e.last {
		e.last = day
	}
	for i := 0; i < e.nDays; i++ {
		if e.days[i] == day {
			return
		}
	}
	// Insert day keeping the earliest three in order.
	i := e.nDays
	for i > 0 && e.days[i-1] > day {
		i--
	}
	if i >= len(e.days) {
		return
	}
	copy(e.days[i+1:], e.days[i:len(e.days)-1])
	e.days[i] = day
	if e.nDays < len(e.days) {
		e.nDays++
	}
}

// evidence gathers stage evidence per account and the newest date seen.
type evidence struct {
	accounts map[string]*stageEvidence
	newest   string
}

func newEvidence() *evidence { return &evidence{accounts: map[string]*stageEvidence{}} }

// saw notes a date of any purchase or holding, for the "as of" day.
func (ev *evidence) saw(day string) {
	if day > ev.newest {
		ev.newest = day
	}
}

// won records a won purchase or holding of account.
func (ev *evidence) won(account, product, day string) {
	e := ev.accounts[account]
	if e == nil {
		e = &stageEvidence{}
		ev.accounts[account] = e
	}
	e.won(product, day)
	ev.saw(day)
}

// asOf is the day inference measures from: the newest date known, or
// today when there is none.
func (ev *evidence) asOf(now time.Time) time.Time {
	if t, err := time.Parse("2006-01-02", ev.newest); err == nil {
		return t
	}
	return time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.UTC)
}

// inferStage applies the rules above.
func inferStage(e *stageEvidence, asOf time.Time) (model.Stage, string) {
	if e == nil || !e.held {
		return model.StageOnboarding, ""
	}
	if e.nDays == 0 {
		return model.StageAdoption, ""
	}
	first, _ := time.Parse("2006-01-02", e.days[0])
	last, _ := time.Parse("2006-01-02", e.last)
	age := func(t time.Time) int { return int(asOf.Sub(t).Hours() / 24) }
	switch {
	case age(last) > lapsedDays:
		return model.StageAtRisk, day(last.AddDate(0, 0, lapsedDays))
	case age(first) < onboardingDays:
		return model.StageOnboarding, e.days[0]
	case e.nDays >= 3 && e.nProducts >= 2 && age(last) <= advocateDays:
		return model.StageAdvocate, e.days[2]
	case e.nDays >= 2:
		return model.StageValueRealized, e.days[1]
	}
	return model.StageAdoption, day(first.AddDate(0, 0, onboardingDays))
}

func day(t time.Time) string { return t.Format("2006-01-02") }

// inferredAccount is an account whose stage is derived from its data.
type inferredAccount struct {
	id, stage, since string
}

// loadInferred lists the accounts whose stage is inferred.
func loadInferred(ctx context.Context, tx *sql.Tx) ([]inferredAccount, error) {
	rows, err := tx.QueryContext(ctx, `SELECT id, stage, stage_since FROM accounts WHERE stage_inferred = 1`)
	if err != nil {
		return nil, fmt.Errorf("read inferred stages: %w", err)
	}
	defer rows.Close()
	var out []inferredAccount
	for rows.Next() {
		var a inferredAccount
		if err := rows.Scan(&a.id, &a.stage, &a.since); err != nil {
			return nil, fmt.Errorf("read inferred stages: %w", err)
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// loadPurchaseEvidence feeds ev with the stored purchases, leaving out
// those skip says are being replaced.
func loadPurchaseEvidence(ctx context.Context, tx *sql.Tx, ev *evidence, skip func(sourceID string) bool) error {
	rows, err := tx.QueryContext(ctx, `SELECT source_id, account_id, product_id, date, stage FROM purchases`)
	if err != nil {
		return fmt.Errorf("read purchases: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var src, acc, prod, date, stage string
		if err := rows.Scan(&src, &acc, &prod, &date, &stage); err != nil {
			return fmt.Errorf("read purchases: %w", err)
		}
		if skip != nil && skip(src) {
			continue
		}
		ev.saw(date)
		if stage == stageWon {
			ev.won(acc, prod, date)
		}
	}
	return rows.Err()
}

// loadHoldingEvidence feeds ev with the stored holdings, leaving out those
// skip says are being replaced.
func loadHoldingEvidence(ctx context.Context, tx *sql.Tx, ev *evidence, skip func(account, product string) bool) error {
	rows, err := tx.QueryContext(ctx, `SELECT account_id, product_id, since FROM holdings`)
	if err != nil {
		return fmt.Errorf("read holdings: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var acc, prod, since string
		if err := rows.Scan(&acc, &prod, &since); err != nil {
			return fmt.Errorf("read holdings: %w", err)
		}
		if skip != nil && skip(acc, prod) {
			continue
		}
		ev.won(acc, prod, since)
	}
	return rows.Err()
}

// stageChange is a re-derived stage to write.
type stageChange struct {
	id, stage, since string
}

// planStages re-infers every inferred account from the evidence build
// gathers (only called when there is such an account) and counts the
// changes in the summary as "account stages".
func planStages(ctx context.Context, tx *sql.Tx, build func() (*evidence, error), now time.Time, sum *Summary) ([]stageChange, error) {
	accounts, err := loadInferred(ctx, tx)
	if err != nil {
		return nil, err
	}
	if len(accounts) == 0 {
		return nil, nil
	}
	ev, err := build()
	if err != nil {
		return nil, err
	}
	asOf := ev.asOf(now)
	c := sum.count("account stages")
	var changes []stageChange
	for _, a := range accounts {
		st, since := inferStage(ev.accounts[a.id], asOf)
		if string(st) == a.stage && since == a.since {
			c.Unchanged++
			continue
		}
		c.Updated++
		changes = append(changes, stageChange{a.id, string(st), since})
	}
	sum.note("the journey stages of %s %s inferred from data were derived again as of %s",
		thousands(len(accounts)), plural(len(accounts), "account", "accounts"), day(asOf))
	return changes, nil
}

// writeStages stores re-derived stages.
func writeStages(ctx context.Context, tx *sql.Tx, changes []stageChange) error {
	if len(changes) == 0 {
		return nil
	}
	stmt, err := tx.PrepareContext(ctx, `UPDATE accounts SET stage = ?, stage_since = ? WHERE id = ?`)
	if err != nil {
		return fmt.Errorf("prepare stage update: %w", err)
	}
	defer stmt.Close()
	for _, c := range changes {
		if _, err := stmt.ExecContext(ctx, c.stage, c.since, c.id); err != nil {
			return fmt.Errorf("update the stage of %s: %w", c.id, err)
		}
	}
	return nil
}

// Purchase stages as stored.
const (
	stageWon  = "won"
	stageLost = "lost"
	stageOpen = "open"
)
