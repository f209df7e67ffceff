package model

import (
	"math"
	"slices"
	"time"
)

// Customers who bought lately show what goes together now: a catalogue
// changes, and what accounts that stopped buying years ago held together
// says less of what the accounts buying today take up next. The item model
// weighs each account by how lately it last took up a product: its weight
// halves every recencyHalfLife of the book's dated span (from its first
// dated purchase to its latest).

// recencyHalfLife is the share of the book's dated span after which an
// account's weight in the item model halves. In backtests on seven public
// order books (see the README) halving at a tenth to the whole span all
// hit more accounts than no weighting; a half was chosen from the middle.
const recencyHalfLife = 0.5

// recencyWeights weighs each account of the pool by how lately it first
// bought any product: 1 for the latest, halving every recencyHalfLife of
// the dated span before it; 1 for an account with no dated purchase (its
// age is unknown, and it counts as it always did). ok is false when fewer
// than minTrendPurchases purchases are dated, or they all fall on one day:
// there is no span to weigh by.
func recencyWeights(accounts []BookAccount) (weights []float64, ok bool) {
	var first, last time.Time
	latest := make([]time.Time, len(accounts))
	dated := 0
	for i, a := range accounts {
		for _, t := range a.Since {
			if t.IsZero() {
				continue
			}
			dated++
			if t.After(latest[i]) {
				latest[i] = t
			}
			if first.IsZero() || t.Before(first) {
				first = t
			}
			if t.After(last) {
				last = t
			}
		}
	}
	span := last.Sub(first).Hours()
	if dated < minTrendPurchases || span <= 0 {
		return nil, false
	}
	weights = make([]float64, len(accounts))
	for i := range accounts {
		weights[i] = 1
		if !latest[i].IsZero() {
			age := last.Sub(latest[i]).Hours()
			weights[i] = math.Exp2(-age / (recencyHalfLife * span))
		}
	}
	return weights, true
}

// withRecency solves the item model again with every account of the pool
// weighed by recencyWeights; step is the pool's sampling step, by which
// the weighted counts are scaled to the book's. The evidence is unchanged
// when no span is dated.
func (e *Evidence) withRecency(accounts []BookAccount, step int) {
	w, ok := recencyWeights(accounts)
	if !ok || e.width == 0 {
		return
	}
	p := e.width
	held, together := make([]float64, p), make([]float64, p*p)
	var items []int
	for k, a := range accounts {
		items = items[:0]
		for _, id := range a.ProductIDs {
			if i, ok := e.index[id]; ok && e.modelled[i] >= 0 {
				m := e.modelled[i]
				if !slices.Contains(items, m) {
					items = append(items, m)
				}
			}
		}
		wk := w[k] * float64(step)
		for _, m := range items {
			held[m] += wk
			for _, n := range items {
				if n != m {
					together[m*p+n] += wk
				}
			}
		}
	}
	e.weights = itemWeights(held, together, ridge)
}
