package data

import (
	"fmt"
	"slices"
	"time"

	"talktrack/model"
)

// churnHeard are the accounts, not at risk or churned and not already in
// listed (the at-risk and slipping ones), whose latest connected call
// within model.HeardFor heard a churn risk ("他社への乗り換えを検討",
// "looking at alternatives"): the briefing holds every offer back for
// them, and the day's queue says why, with their words and the renewal
// when it is near. It reads from the churn cues, few in any book, not
// from every account.
func (tq todayQuery) churnHeard(listed []model.TodayItem) ([]model.TodayItem, error) {
	owner, args := tq.ownerCond(2)
	rows, err := tq.tx.QueryContext(tq.ctx, `SELECT `+todayAccountColumns+`, c.started_at, c.notes, q.text, a.renewal_date
		  FROM call_cues q
		  JOIN calls c ON c.id = q.call_id
		  JOIN accounts a ON a.id = c.account_id
		 WHERE q.kind = 'churn_risk' AND c.outcome = 'connected' AND c.started_at >= ?1
		   AND a.stage NOT IN ('at_risk', 'churned')
		   AND c.id = (SELECT l.id FROM calls l JOIN call_cues k ON k.call_id = l.id AND k.kind = 'churn_risk'
		                WHERE l.account_id = c.account_id AND l.outcome = 'connected'
		                ORDER BY l.started_at DESC, l.id DESC LIMIT 1)`+owner+`
		 ORDER BY a.id, q.position`,
		append([]any{FormatInstant(tq.q.Now.Add(-model.HeardFor))}, args...)...)
	if err != nil {
		return nil, internalf(err, "read churn risks heard")
	}
	var out []model.TodayItem
	heardAt := map[string]time.Time{}
	err = eachRow(rows, func() error {
		var it model.TodayItem
		var at, notes, cue, renewal string
		if err := rows.Scan(append(scanTodayAccount(&it), &at, &notes, &cue, &renewal)...); err != nil {
			return err
		}
		if slices.ContainsFunc(listed, func(o model.TodayItem) bool { return o.AccountID == it.AccountID }) ||
			slices.ContainsFunc(out, func(o model.TodayItem) bool { return o.AccountID == it.AccountID }) {
			return nil // one line an account, its first cue
		}
		started, err := parseDate("call start", at)
		if err != nil {
			return err
		}
		renews, err := parseDate("renewal date", renewal)
		if err != nil {
			return err
		}
		it.Kind = model.TodayChurnHeard
		it.Days = dayDiff(started.In(tq.q.Now.Location()), tq.q.Now)
		heardAt[it.AccountID] = started
		said := (&model.HeardOnCall{Notes: notes}).Said(model.Cue{Kind: model.CueChurnRisk, Text: cue})
		it.Why = churnHeardWhy(said, started, renews, it.Health, tq)
		out = append(out, it)
		return nil
	})
	if err != nil {
		return nil, internalf(err, "read churn risks heard")
	}
	return tq.notDenied(out, heardAt)
}

// notDenied drops the accounts a connected call since their churn risk
// (heard at heardAt) said they stay ("they are staying with us"), as the briefing does: a
// later call that says nothing of it keeps them listed.
func (tq todayQuery) notDenied(items []model.TodayItem, heardAt map[string]time.Time) ([]model.TodayItem, error) {
	notes, err := notesSince(tq.ctx, tq.tx, heardAt)
	if err != nil {
		return nil, err
	}
	return slices.DeleteFunc(items, func(it model.TodayItem) bool {
		return slices.ContainsFunc(notes[it.AccountID], func(n string) bool { return tq.cat.SaysOtherwise(n, model.CueChurnRisk) })
	}), nil
}

// churnHeardWhy is "Churn risk heard on the call of 30 Nov 2026: “looking
// at alternatives”; renews in 31 days; health 59 (watch)."
func churnHeardWhy(said string, at, renews time.Time, health int, tq todayQuery) string {
	why := fmt.Sprintf("Churn risk heard on the call of %s: “%s”", longDay(at.In(tq.q.Now.Location())), model.Quoted(said))
	if !renews.IsZero() {
		if days := dayDiff(tq.q.Now, renews); days >= 0 && days <= 180 {
			why += "; renews in " + plural(days, "day", "days")
		}
	}
	return why + healthClause(health) + "."
}
