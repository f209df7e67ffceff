package ui

import (
	"context"
	"strings"
	"time"

	"talktrack/model"
)

// The fake store's day's queue: whatever the test put in today, filtered
// by owner, with follow-ups marked done leaving it.

func (f *fakeStore) Today(_ context.Context, q model.TodayQuery) (model.Today, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.todayQueries = append(f.todayQueries, q)
	t := model.Today{Day: q.Now, Owner: q.Owner}
	keep := func(items []model.TodayItem) model.TodaySection {
		var out []model.TodayItem
		for _, it := range items {
			if (q.Owner == "" || strings.EqualFold(it.Owner, q.Owner)) && !(it.Kind == model.TodayFollowUp && f.done[it.AccountID]) {
				out = append(out, it)
			}
		}
		return model.TodaySection{Items: out, Total: len(out)}
	}
	var follow, risk []model.TodayItem
	for _, it := range f.today {
		if it.Kind == model.TodayFollowUp {
			follow = append(follow, it)
		} else {
			risk = append(risk, it)
		}
	}
	t.FollowUps, t.AtRisk = keep(follow), keep(risk)
	return t, nil
}

func (f *fakeStore) MarkFollowUpsDone(_ context.Context, accountID string, _ time.Time) (int, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.done == nil {
		f.done = map[string]bool{}
	}
	f.done[accountID] = true
	return 1, nil
}

func (f *fakeStore) RefreshHealth(context.Context, time.Time) (int, error) { return 0, nil }

// SyncStatus answers what the test set in f.syncStatus.
func (f *fakeStore) SyncStatus(context.Context) (model.SyncStatus, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.syncStatus, nil
}
