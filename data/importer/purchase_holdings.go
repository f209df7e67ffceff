package importer

import (
	"context"
	"database/sql"
)

// planHoldings derives holdings from won purchases: for every account and
// product the file names, the quantity is the sum of the won purchases
// stored after the import and the start is the earliest of their dates.
// A holding whose won purchases all turned lost or open is removed.
func (pi *purchasesImport) planHoldings(ctx context.Context, tx *sql.Tx, e *env, accounts, products *refIndex,
	stored, named map[string]purchaseVal) error {
	type agg struct {
		after               holdingVal
		wonBefore, wonAfter bool
	}
	pairs := map[uint64]*agg{}
	key := func(v purchaseVal) uint64 { return pairKey(accounts.ids[v.account], products.ids[v.product]) }
	for src, v := range named {
		pairs[key(v)] = &agg{}
		if old, ok := stored[src]; ok {
			pairs[key(old)] = &agg{} // the deal may have moved to another account
		}
	}
	add := func(a *agg, v purchaseVal) {
		a.wonAfter = true
		a.after.quantity += v.quantity
		if v.date != "" && (a.after.since == "" || v.date < a.after.since) {
			a.after.since = v.date
		}
	}
	for src, v := range stored {
		if v.stage != stageWon {
			continue
		}
		if a, ok := pairs[key(v)]; ok {
			a.wonBefore = true
			if _, replaced := named[src]; !replaced {
				add(a, v)
			}
		}
	}
	for _, v := range named {
		if v.stage == stageWon {
			add(pairs[key(v)], v)
		}
	}
	held := pi.storedHoldings
	count := e.sum.count("holdings")
	for k, a := range pairs {
		old, exists := held[k]
		if !a.wonAfter {
			if exists && a.wonBefore {
				count.Removed++
				pi.holdings = append(pi.holdings, holdingChange{key: k, remove: true})
			}
			continue
		}
		val := holdingVal{quantity: a.after.quantity, seatsUsed: old.seatsUsed, since: a.after.since}
		switch {
		case !exists:
			count.Created++
		case val != old:
			count.Updated++
		default:
			count.Unchanged++
			continue
		}
		pi.holdings = append(pi.holdings, holdingChange{key: k, val: val, isNew: !exists})
	}
	if !e.sum.Changed() {
		return nil
	}
	pi.held = heldChanges(held, pi.holdings, accounts, products)
	final := held // as it will be: held is not needed as it was any more
	for _, c := range pi.holdings {
		if c.remove {
			delete(final, c.key)
		} else {
			final[c.key] = c.val
		}
	}
	// Stages inferred from data follow every won purchase and holding as
	// they stand after the import.
	var err error
	pi.stages, err = planStages(ctx, tx, func() (*evidence, error) {
		ev := newEvidence()
		note := func(v purchaseVal) {
			ev.saw(v.date)
			if v.stage == stageWon {
				ev.won(v.account, v.product, v.date)
			}
		}
		for src, v := range stored {
			if _, replaced := named[src]; !replaced {
				note(v)
			}
		}
		for _, v := range named {
			note(v)
		}
		for k, v := range final {
			ev.won(accounts.list[int32(k>>32)], products.list[int32(uint32(k))], v.since)
		}
		return ev, nil
	}, e.now, e.sum)
	return err
}
