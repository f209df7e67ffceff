package data

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"

	"talktrack/model"
)

// Today builds the day's queue: follow-ups due or overdue, renewals in the
// next 90 days and lapsed ones, at-risk and slipping accounts, and calls
// left as drafts, each with why it is there. Stored health scores are
// brought up to date first. An owner nobody has is an EINVALID naming the
// owners there are.
func (s *Store) Today(ctx context.Context, q model.TodayQuery) (model.Today, error) {
	t := model.Today{Day: q.Now, Owner: strings.TrimSpace(q.Owner)}
	if _, err := s.RefreshHealth(ctx, q.Now); err != nil {
		return t, err
	}
	cat, err := s.Catalog(ctx)
	if err != nil {
		return t, err
	}
	err = s.view(ctx, func(tx *sql.Tx) error {
		if t.Owner != "" {
			// The queue names the owner as the book spells it.
			owner, err := requireOwner(ctx, tx, t.Owner)
			if err != nil {
				return err
			}
			t.Owner = owner
		}
		tq := todayQuery{ctx: ctx, tx: tx, q: q, owner: t.Owner, today: FormatDay(q.Now), cat: cat}
		var err error
		if t.FollowUps, err = tq.followUps(); err != nil {
			return err
		}
		if t.Renewals, t.Lapsed, err = tq.renewals(); err != nil {
			return err
		}
		if t.AtRisk, err = tq.atRisk(); err != nil {
			return err
		}
		t.Drafts, err = tq.drafts()
		return err
	})
	return t, err
}

// requireOwner returns the owner as the accounts spell it, or fails with
// EINVALID naming the owners there are.
func requireOwner(ctx context.Context, q queryer, owner string) (string, error) {
	var spelled string
	err := q.QueryRowContext(ctx, `SELECT owner FROM accounts WHERE owner = ? COLLATE NOCASE LIMIT 1`, owner).Scan(&spelled)
	if err != sql.ErrNoRows {
		return spelled, internalf(err, "look up owner %q", owner)
	}
	owners, err := Owners(ctx, q)
	if err != nil {
		return "", err
	}
	if len(owners) == 0 {
		return "", model.Errorf(model.EINVALID, "no account is owned by %q: no account has an owner", owner)
	}
	if len(owners) > 20 {
		owners = append(owners[:20], "…")
	}
	return "", model.Errorf(model.EINVALID, "no account is owned by %q: owners are %s", owner, strings.Join(owners, ", "))
}

// Owners lists the distinct account owners by name.
func Owners(ctx context.Context, q queryer) ([]string, error) {
	rows, err := q.QueryContext(ctx, `SELECT DISTINCT owner FROM accounts WHERE owner != '' ORDER BY owner COLLATE NOCASE`)
	if err != nil {
		return nil, internalf(err, "list owners")
	}
	var out []string
	err = eachRow(rows, func() error {
		var o string
		err := rows.Scan(&o)
		out = append(out, o)
		return err
	})
	return out, internalf(err, "list owners")
}

// Owners lists the distinct account owners by name.
func (s *Store) Owners(ctx context.Context) ([]string, error) {
	owners, err := Owners(ctx, s.db)
	return owners, mapError(s.path, err)
}

// todayQuery reads the sections of one day's queue in one transaction.
type todayQuery struct {
	ctx   context.Context
	tx    *sql.Tx
	q     model.TodayQuery
	owner string
	today string
	// cat orders ARRs of several currencies (see model.Catalog.ListValue).
	cat *model.Catalog
}

// ownerCond restricts accounts a to the owner as parameter n, if any.
func (tq todayQuery) ownerCond(n int) (string, []any) {
	if tq.owner == "" {
		return "", nil
	}
	return fmt.Sprintf(` AND a.owner = ?%d COLLATE NOCASE`, n), []any{tq.owner}
}

// section cuts items to the query's limit.
func (tq todayQuery) section(items []model.TodayItem) model.TodaySection {
	total := len(items)
	if tq.q.Limit > 0 && len(items) > tq.q.Limit {
		items = items[:tq.q.Limit]
	}
	if items == nil {
		items = []model.TodayItem{}
	}
	return model.TodaySection{Items: items, Total: total}
}

// todayAccountColumns are the account facts every queue item carries.
const todayAccountColumns = `a.id, a.name, a.owner, a.arr, a.stage, a.health, a.currency`

func scanTodayAccount(it *model.TodayItem) []any {
	return []any{&it.AccountID, &it.AccountName, &it.Owner, &it.ARR, &it.Stage, &it.Health, &it.Currency}
}

// followUps are the open follow-ups due by today, one per account (its
// latest call's), latest due first. A follow-up is open until a connected
// call is logged after the call that agreed it, or it is marked done.
//
// At 100k accounts tens of thousands are open: they are picked and sorted
// by their raw columns, and only the ones kept are read in full and
// described.
func (tq todayQuery) followUps() (model.TodaySection, error) {
	// A follow-up is open while the account's latest conversation
	// (accounts.last_conversation_at) began before the call that agreed
	// it, or no conversation since answered it (followUpAnswered).
	owner, args := tq.ownerCond(2)
	rows, err := tq.tx.QueryContext(tq.ctx, `SELECT c.account_id, c.id, c.follow_up
		  FROM calls c JOIN accounts a ON a.id = c.account_id
		 WHERE c.follow_up != '' AND c.follow_up <= ?1`+owner+`
		   AND (a.last_conversation_at <= c.started_at OR NOT `+followUpAnswered+`)
		   AND NOT EXISTS (SELECT 1 FROM follow_ups_done d WHERE d.call_id = c.id)
		 ORDER BY c.account_id, c.started_at DESC, c.id DESC`, append([]any{tq.today}, args...)...)
	if err != nil {
		return model.TodaySection{}, internalf(err, "read follow-ups")
	}
	type open struct {
		account, due string
		call         int64
		earlier      int
	}
	var picked []open
	err = eachRow(rows, func() error {
		var o open
		if err := rows.Scan(&o.account, &o.call, &o.due); err != nil {
			return err
		}
		if n := len(picked); n > 0 && picked[n-1].account == o.account {
			picked[n-1].earlier++
			return nil
		}
		picked = append(picked, o)
		return nil
	})
	if err != nil {
		return model.TodaySection{}, internalf(err, "read follow-ups")
	}
	// Latest due first; the same day by account id, for a stable order.
	slices.SortFunc(picked, func(a, b open) int {
		if c := strings.Compare(b.due, a.due); c != 0 {
			return c
		}
		return strings.Compare(a.account, b.account)
	})
	total := len(picked)
	if tq.q.Limit > 0 && len(picked) > tq.q.Limit {
		picked = picked[:tq.q.Limit]
	}
	ids := make([]int64, len(picked))
	for i, o := range picked {
		ids[i] = o.call
	}
	idJSON, _ := json.Marshal(ids)
	rows, err = tq.tx.QueryContext(tq.ctx, `SELECT `+todayAccountColumns+`, c.id, c.started_at, c.outcome, c.notes, c.follow_up,
		       coalesce((SELECT q.text FROM call_cues q WHERE q.call_id = c.id AND q.kind = 'timing'
		                  ORDER BY q.position DESC LIMIT 1), '')
		  FROM calls c JOIN accounts a ON a.id = c.account_id WHERE c.id IN (SELECT value FROM json_each(?))`, string(idJSON))
	if err != nil {
		return model.TodaySection{}, internalf(err, "read follow-ups")
	}
	byCall := map[int64]model.TodayItem{}
	err = eachRow(rows, func() error {
		var it model.TodayItem
		var started, outcome, notes, follow, timing string
		if err := rows.Scan(append(scanTodayAccount(&it), &it.CallID, &started, &outcome, &notes, &follow, &timing)...); err != nil {
			return err
		}
		at, err := parseDate("call start", started)
		if err != nil {
			return err
		}
		if it.Date, err = parseDate("follow-up date", follow); err != nil {
			return err
		}
		it.Kind = model.TodayFollowUp
		it.Days = dayDiff(tq.q.Now, it.Date)
		it.Why = followUpWhy(it.Days, it.Date, at.In(tq.q.Now.Location()), model.Outcome(outcome))
		it.Note = firstSentence(notes)
		if timing != "" {
			// The sentence that set the day: "Budget frozen until April."
			// rather than "Spoke w/ Wei."
			it.Note = firstSentence((&model.HeardOnCall{Notes: notes}).Said(model.Cue{Kind: model.CueTiming, Text: timing}))
		}
		byCall[it.CallID] = it
		return nil
	})
	if err != nil {
		return model.TodaySection{}, internalf(err, "read follow-ups")
	}
	items := make([]model.TodayItem, 0, len(picked))
	for _, o := range picked {
		it := byCall[o.call]
		if o.earlier > 0 {
			it.Why += " " + plural(o.earlier, "more follow-up is open from an earlier call.", "more follow-ups are open from earlier calls.")
		}
		items = append(items, it)
	}
	return model.TodaySection{Items: items, Total: total}, nil
}

func followUpWhy(days int, due, call time.Time, outcome model.Outcome) string {
	agreed := fmt.Sprintf("%s on the call of %s (%s)", outcome.FollowUpVerb(), longDay(call), strings.ToLower(outcome.Label()))
	if days >= 0 {
		return "Follow-up due today, " + agreed + "."
	}
	return fmt.Sprintf("Follow-up overdue by %s (due %s), %s.", plural(-days, "day", "days"), longDay(due), agreed)
}

// renewals are the renewals of the next 90 days, soonest first, and the
// lapsed ones (date passed), most recent first. Churned accounts are left
// out: their renewal lapsing is expected.
func (tq todayQuery) renewals() (model.TodaySection, model.TodaySection, error) {
	horizon := FormatDay(tq.q.Now.AddDate(0, 0, model.RenewalWindows[len(model.RenewalWindows)-1]))
	coming, err := tq.renewalSection(`a.renewal_date >= ?1 AND a.renewal_date <= ?2`, `a.renewal_date`, horizon)
	if err != nil {
		return coming, coming, err
	}
	lapsed, err := tq.renewalSection(`a.renewal_date != '' AND a.renewal_date < ?1`, `a.renewal_date DESC`, horizon)
	return coming, lapsed, err
}

// renewalSection reads the accounts whose renewal date meets cond (?1 is
// today, ?2 the horizon), in order, up to the limit, and counts them all.
func (tq todayQuery) renewalSection(cond, order, horizon string) (model.TodaySection, error) {
	var sec model.TodaySection
	owner, args := tq.ownerCond(3)
	where := ` WHERE ` + cond + ` AND a.stage != 'churned'` + owner
	args = append([]any{tq.today, horizon}, args...)
	if err := tq.tx.QueryRowContext(tq.ctx, `SELECT count(*) FROM accounts a`+where, args...).Scan(&sec.Total); err != nil {
		return sec, internalf(err, "count renewals")
	}
	limit := tq.q.Limit
	if limit <= 0 {
		limit = -1
	}
	rows, err := tq.tx.QueryContext(tq.ctx, `SELECT `+todayAccountColumns+`, a.renewal_date FROM accounts a`+where+`
		 ORDER BY `+order+`, a.name_key, a.id LIMIT `+fmt.Sprint(limit), args...)
	if err != nil {
		return sec, internalf(err, "read renewals")
	}
	sec.Items = []model.TodayItem{}
	err = eachRow(rows, func() error {
		var it model.TodayItem
		var renewal string
		if err := rows.Scan(append(scanTodayAccount(&it), &renewal)...); err != nil {
			return err
		}
		var err error
		if it.Date, err = parseDate("renewal date", renewal); err != nil {
			return err
		}
		it.Days = dayDiff(tq.q.Now, it.Date)
		if it.Days < 0 {
			it.Kind = model.TodayLapsed
			it.Why = fmt.Sprintf("Renewal date %s passed %s ago with no new date recorded.", longDay(it.Date), plural(-it.Days, "day", "days"))
		} else {
			it.Kind = model.TodayRenewal
			when := "today"
			if it.Days > 0 {
				when = "in " + plural(it.Days, "day", "days")
			}
			it.Why = fmt.Sprintf("Renews %s (%s), within %d days%s.", when, longDay(it.Date), model.RenewalWindow(it.Days), healthClause(it.Health))
		}
		sec.Items = append(sec.Items, it)
		return nil
	})
	return sec, internalf(err, "read renewals")
}

// healthClause is "; health 54 (watch)" for a computed score.
func healthClause(score int) string {
	if score < 0 {
		return ""
	}
	return fmt.Sprintf("; health %d (%s)", score, model.BandFor(score).Label())
}

// atRisk are the accounts in the at-risk stage and those slipping (health
// in the at-risk band while the stage is not at risk or churned), highest
// ARR first, then longest without a connected conversation. Voicemails and
// unanswered calls are attempts, not conversations.
func (tq todayQuery) atRisk() (model.TodaySection, error) {
	owner, args := tq.ownerCond(2)
	rows, err := tq.tx.QueryContext(tq.ctx, `SELECT `+todayAccountColumns+`, a.stage_since, a.last_conversation_at
		  FROM accounts a
		 WHERE (a.stage = 'at_risk' OR (a.stage != 'churned' AND a.health BETWEEN 0 AND ?1 - 1))`+owner,
		append([]any{model.AtRiskBelow}, args...)...)
	if err != nil {
		return model.TodaySection{}, internalf(err, "read accounts at risk")
	}
	var items []model.TodayItem
	since := map[string]time.Time{}
	err = eachRow(rows, func() error {
		var it model.TodayItem
		var stageSince, last string
		if err := rows.Scan(append(scanTodayAccount(&it), &stageSince, &last)...); err != nil {
			return err
		}
		at, err := parseDate("call start", last)
		if err != nil {
			return err
		}
		it.Days = -1
		if !at.IsZero() {
			it.Days = dayDiff(at.In(tq.q.Now.Location()), tq.q.Now)
		}
		if since[it.AccountID], err = parseDate("stage date", stageSince); err != nil {
			return err
		}
		it.Kind = model.TodaySlipping
		if it.Stage == model.StageAtRisk {
			it.Kind = model.TodayAtRisk
		}
		items = append(items, it)
		return nil
	})
	if err != nil {
		return model.TodaySection{}, internalf(err, "read accounts at risk")
	}
	heard, err := tq.churnHeard(items)
	if err != nil {
		return model.TodaySection{}, err
	}
	items = append(items, heard...)
	// Highest ARR first, in one currency: ¥897,250 is not above €648,520.
	arr := make(map[string]float64, len(items))
	for _, it := range items {
		arr[it.AccountID], _ = tq.cat.ListValue(it.ARR, it.Currency)
	}
	slices.SortStableFunc(items, func(a, b model.TodayItem) int {
		if va, vb := arr[a.AccountID], arr[b.AccountID]; va != vb {
			if va > vb {
				return -1
			}
			return 1
		}
		if da, db := silentDays(a.Days), silentDays(b.Days); da != db {
			return db - da
		}
		return strings.Compare(a.AccountName, b.AccountName)
	})
	sec := tq.section(items)
	ids := make([]string, len(sec.Items))
	for i, it := range sec.Items {
		ids[i] = it.AccountID
	}
	ins, err := healthInputs(tq.ctx, tq.tx, healthScope{asOf: tq.q.Now, ids: ids})
	if err != nil {
		return sec, err
	}
	for i := range sec.Items {
		it := &sec.Items[i]
		in, ok := ins[it.AccountID]
		if !ok {
			continue
		}
		if it.Kind != model.TodayChurnHeard {
			it.Why = atRiskWhy(*it, since[it.AccountID], *in, tq.q.Now)
		}
	}
	return sec, nil
}

// silentDays orders "never spoken to" after any number of days.
func silentDays(days int) int {
	if days < 0 {
		return 1 << 30
	}
	return days
}

func atRiskWhy(it model.TodayItem, stageSince time.Time, in model.HealthInput, now time.Time) string {
	h := model.ComputeHealth(in)
	var b strings.Builder
	if it.Kind == model.TodayAtRisk {
		b.WriteString("At risk")
		if !stageSince.IsZero() {
			fmt.Fprintf(&b, " for %s", plural(dayDiff(stageSince.In(now.Location()), now), "day", "days"))
		}
	} else {
		fmt.Fprintf(&b, "Slipping: health %d (at risk) while the stage is %s", h.Score, strings.ToLower(it.Stage.Label()))
	}
	switch {
	case it.Days < 0:
		b.WriteString("; no conversation logged")
	case it.Days == 0:
		b.WriteString("; last conversation today")
	default:
		fmt.Fprintf(&b, "; last conversation %s ago", plural(it.Days, "day", "days"))
	}
	if in.AttemptsSince > 0 {
		fmt.Fprintf(&b, " (since then %s did not reach them)", plural(in.AttemptsSince, "call attempt", "call attempts"))
	}
	if weak := weakestReason(h); weak != "" && it.Kind == model.TodaySlipping {
		b.WriteString("; " + weak)
	}
	b.WriteString(".")
	return b.String()
}

// weakestReason is the text of the reason that lost the most points, other
// than the last conversation (said already); a churn risk heard comes
// first, whatever its points.
func weakestReason(h model.Health) string {
	best, lost := "", 0
	for _, r := range h.Reasons {
		if r.Factor == "cue" {
			// A churn risk heard is the reason above all: their words.
			return r.Text
		}
	}
	for _, r := range h.Reasons {
		if r.Factor == "conversation" {
			continue
		}
		if l := r.Max - r.Points; l > lost {
			best, lost = r.Text, l
		}
	}
	return best
}

// drafts are the calls left unsaved, newest first.
func (tq todayQuery) drafts() (model.TodaySection, error) {
	owner, args := tq.ownerCond(1)
	rows, err := tq.tx.QueryContext(tq.ctx, `SELECT `+todayAccountColumns+`, d.started_at, d.notes
		  FROM drafts d JOIN accounts a ON a.id = d.account_id WHERE 1`+owner+`
		 ORDER BY d.updated_at DESC, a.name_key`, args...)
	if err != nil {
		return model.TodaySection{}, internalf(err, "read drafts")
	}
	var items []model.TodayItem
	err = eachRow(rows, func() error {
		var it model.TodayItem
		var started, notes string
		if err := rows.Scan(append(scanTodayAccount(&it), &started, &notes)...); err != nil {
			return err
		}
		var err error
		if it.Date, err = parseDate("draft start", started); err != nil {
			return err
		}
		it.Kind = model.TodayDraft
		it.Days = dayDiff(it.Date.In(tq.q.Now.Location()), tq.q.Now)
		it.Why = fmt.Sprintf("A call started %s was not logged; its notes are kept as a draft.", it.Date.In(tq.q.Now.Location()).Format("2 Jan 2006 15:04"))
		it.Note = firstSentence(notes)
		items = append(items, it)
		return nil
	})
	if err != nil {
		return model.TodaySection{}, internalf(err, "read drafts")
	}
	return tq.section(items), nil
}

// MarkFollowUpsDone marks every open follow-up of the account agreed on a
// call before at as done, and returns how many it marked.
func (s *Store) MarkFollowUpsDone(ctx context.Context, accountID string, at time.Time) (int, error) {
	var n int64
	err := s.write(ctx, func(tx *sql.Tx) error {
		if err := requireAccount(ctx, tx, accountID); err != nil {
			return err
		}
		res, err := tx.ExecContext(ctx, `INSERT INTO follow_ups_done (call_id, done_at)
			SELECT c.id, ?2 FROM calls c
			 WHERE c.account_id = ?1 AND c.follow_up != '' AND c.started_at <= ?2
			   AND NOT `+followUpAnswered+`
			   AND NOT EXISTS (SELECT 1 FROM follow_ups_done d WHERE d.call_id = c.id)`,
			accountID, FormatInstant(at))
		if err != nil {
			return internalf(err, "mark the follow-ups of %s done", accountID)
		}
		n, err = res.RowsAffected()
		return internalf(err, "mark the follow-ups of %s done", accountID)
	})
	return int(n), err
}

// dayDiff counts calendar days from a's date to b's, each read in its own
// location (pass instants in the location of the day they are compared with).
func dayDiff(a, b time.Time) int {
	ay, am, ad := a.Date()
	by, bm, bd := b.Date()
	return int(time.Date(by, bm, bd, 0, 0, 0, 0, time.UTC).Sub(time.Date(ay, am, ad, 0, 0, 0, 0, time.UTC)).Hours() / 24)
}

// longDay writes a day as "3 Nov 2026".
func longDay(t time.Time) string { return t.Format("2 Jan 2006") }

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// firstSentence is the notes' first sentence or line, at most 100
// characters, for a queue line.
func firstSentence(notes string) string {
	s := strings.TrimSpace(notes)
	if i := strings.IndexAny(s, "\n"); i >= 0 {
		s = s[:i]
	}
	if i := strings.Index(s, ". "); i >= 0 {
		s = s[:i+1]
	}
	if r := []rune(s); len(r) > 100 {
		s = string(r[:99]) + "…"
	}
	return s
}
