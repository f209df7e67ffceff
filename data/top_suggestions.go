package data

import (
	"context"
	"runtime"
	"sync"
	"time"

	"talktrack/model"
)

// topSuggestions fills each row's best suggestion, ranked at now as
// AccountView ranks its suggestions. Accounts in a stage that allows no
// offers get none without being briefed; the others come from briefCache
// while valid, and are otherwise briefed from the facts it keeps or reads
// inside the caller's read transaction q.
func (s *Store) topSuggestions(ctx context.Context, q queryer, cat *model.Catalog, v briefVersions, now time.Time, accounts []model.Account, rows []model.PortfolioRow) error {
	var open []model.Account
	var at []int
	ids := make([]string, 0, len(accounts))
	for i, a := range accounts {
		if a.Stage.AllowsOffers() {
			open = append(open, a)
			at = append(at, i)
			ids = append(ids, a.ID)
		}
	}
	if len(open) == 0 {
		return nil
	}
	l := s.briefs.get(v, now, ids)
	// The catalogue was read before the transaction began: what is ranked
	// with it is kept only if it is the playbook the transaction sees.
	keep := l.use && s.catalogIs(cat, v.playbook)
	var brief []model.Account
	var briefAt []int
	for j, a := range open {
		if t, ok := l.tops[a.ID]; ok {
			rows[at[j]].TopSuggestion, rows[at[j]].TopKind = t.name, t.kind
			continue
		}
		brief = append(brief, a)
		briefAt = append(briefAt, at[j])
	}
	if len(brief) == 0 {
		return nil
	}

	if len(l.missing) > 0 {
		read, err := loadAccountFacts(ctx, q, cat, l.missing)
		if err != nil {
			return err
		}
		for id, f := range read {
			l.facts[id] = f
		}
		if keep {
			s.briefs.putFacts(v, read)
		}
	}
	peers, err := s.peers.peerStats(ctx, q, peerWants(brief, l.facts))
	if err != nil {
		return err
	}
	ev, err := s.evidence.evidence(ctx, q)
	if err != nil {
		return err
	}
	ins := briefingInputs(brief, l.facts, peers, ev, cat, now)
	for j, t := range s.rankTops(ins) {
		rows[briefAt[j]].TopSuggestion, rows[briefAt[j]].TopKind = t.name, t.kind
		if keep {
			s.briefs.putTop(v, brief[j].ID, t, model.StableUntil(ins[j]), now.Location())
		}
	}
	return nil
}

// topPick is an account's best suggestion; empty when it gets none.
type topPick struct {
	name string
	kind model.SuggestionKind
}

// rankTopsPerWorker is the fewest accounts worth another goroutine: a
// ranking takes tens of microseconds.
const rankTopsPerWorker = 8

// rankTops ranks each input's suggestions for its best one, spread over the
// processors: a screen of rows is ranked in a fraction of the time.
func (s *Store) rankTops(ins []model.BriefingInput) []topPick {
	out := make([]topPick, len(ins))
	workers := min(runtime.GOMAXPROCS(0), len(ins)/rankTopsPerWorker)
	if workers < 2 {
		for i, in := range ins {
			out[i] = s.top(in)
		}
		return out
	}
	var wg sync.WaitGroup
	panics := make([]any, workers)
	for w := range workers {
		lo, hi := w*len(ins)/workers, (w+1)*len(ins)/workers
		wg.Go(func() {
			// A panic is raised again on the caller's goroutine, where the
			// terminal UI recovers it and restores the terminal.
			defer func() { panics[w] = recover() }()
			for i := lo; i < hi; i++ {
				out[i] = s.top(ins[i])
			}
		})
	}
	wg.Wait()
	for _, p := range panics {
		if p != nil {
			panic(p)
		}
	}
	return out
}

// top is an account's best suggestion, ranked as Recommend ranks them.
func (s *Store) top(in model.BriefingInput) topPick {
	if s.recommendFn != nil {
		if b := s.recommendFn(in); len(b.Suggestions) > 0 {
			return topPick{b.Suggestions[0].Product.Name, b.Suggestions[0].Kind}
		}
		return topPick{}
	}
	if p, kind, ok := model.TopSuggestion(in); ok {
		return topPick{p.Name, kind}
	}
	return topPick{}
}
