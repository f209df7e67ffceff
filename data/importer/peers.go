package importer

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"slices"

	"talktrack/data"
	"talktrack/model"
)

// Peer statistics follow every import in its transaction. Rather than
// counting every holding again, an import tells data.UpdatePeerStats what
// it changed: the accounts it created, moved to another segment, or whose
// set of holdings it changed, each with its products before and after.

// heldChange is one account whose set of holdings an import changes, with
// its products before and after (product ids).
type heldChange struct {
	account       int32 // number in the import's account index
	before, after []string
}

// heldChanges lists the accounts whose set of holdings changes, from the
// holdings stored before the import and the changes it makes. Changes of
// quantity or dates alone leave peer statistics as they are. Changes are
// sorted by key here, as writeHoldings would.
func heldChanges(stored map[uint64]holdingVal, changes []holdingChange, accounts, products *refIndex) []heldChange {
	byKey := func(a, b holdingChange) int { return cmp.Compare(a.key, b.key) }
	if !slices.IsSortedFunc(changes, byKey) {
		slices.SortFunc(changes, byKey)
	}
	var out []heldChange
	index := make([]int32, len(accounts.list)) // account number → place in out + 1
	for _, c := range changes {
		if c.isNew == c.remove { // an update, or a removal of what was never there
			continue
		}
		acc := int32(c.key >> 32)
		if index[acc] == 0 {
			out = append(out, heldChange{account: acc})
			index[acc] = int32(len(out))
		}
	}
	if len(out) == 0 {
		return nil
	}
	for k := range stored {
		if i := index[int32(k>>32)]; i > 0 {
			out[i-1].before = append(out[i-1].before, products.list[int32(uint32(k))])
		}
	}
	for i := range out {
		slices.Sort(out[i].before)
	}
	// Changes are in key order, so one account's come together.
	for _, c := range changes {
		if c.isNew == c.remove {
			continue
		}
		h := &out[index[int32(c.key>>32)]-1]
		if h.after == nil {
			h.after = slices.Clone(h.before)
		}
		prod := products.list[int32(uint32(c.key))]
		if c.remove {
			h.after = slices.DeleteFunc(h.after, func(p string) bool { return p == prod })
		} else {
			h.after = append(h.after, prod)
		}
	}
	return out
}

// updatePeersForHoldings updates the peer statistics for accounts whose
// holdings changed, in their segments as loadAccountIndex read them.
func updatePeersForHoldings(ctx context.Context, tx *sql.Tx, accounts *refIndex, held []heldChange) error {
	if len(held) == 0 {
		return nil
	}
	changes := make([]data.PeerChange, len(held))
	for i, h := range held {
		seg := accounts.segments[h.account]
		changes[i] = data.PeerChange{
			Before: &data.PeerPart{Segment: seg, Holds: h.before},
			After:  &data.PeerPart{Segment: seg, Holds: h.after},
		}
	}
	return data.UpdatePeerStats(ctx, tx, changes)
}

// movedAccount is a stored account an accounts import moves to another
// segment.
type movedAccount struct {
	id, from, to string
}

// moveCheaply is the share of the book up to which the holdings of the
// accounts an import moves are looked up one by one; beyond it the
// statistics are counted again. At 100k accounts a lookup took 6 µs and a
// recount of 1M holdings 0.95 s, so lookups stay cheaper even when every
// account moves, but past half of the book the saving is small.
const moveCheaply = 2 // one in two

// updatePeersForAccounts updates the peer statistics for the accounts an
// accounts import creates (in their segments, holding nothing yet) and
// those it moves to another segment with all they hold.
func updatePeersForAccounts(ctx context.Context, tx *sql.Tx, created []*accountRec, moved []movedAccount, stored int) error {
	if len(moved) > 0 && len(moved) > stored/moveCheaply {
		return data.RefreshPeerStats(ctx, tx)
	}
	changes := make([]data.PeerChange, 0, len(created)+len(moved))
	for _, r := range created {
		changes = append(changes, data.PeerChange{After: &data.PeerPart{Segment: r.segment()}})
	}
	if len(moved) > 0 {
		stmt, err := tx.PrepareContext(ctx, `SELECT product_id FROM holdings WHERE account_id = ?`)
		if err != nil {
			return fmt.Errorf("prepare holdings lookup: %w", err)
		}
		defer stmt.Close()
		for _, m := range moved {
			holds, err := productsHeld(ctx, stmt, m.id)
			if err != nil {
				return err
			}
			changes = append(changes, data.PeerChange{
				Before: &data.PeerPart{Segment: m.from, Holds: holds},
				After:  &data.PeerPart{Segment: m.to, Holds: holds},
			})
		}
	}
	return data.UpdatePeerStats(ctx, tx, changes)
}

// productsHeld lists the products an account holds.
func productsHeld(ctx context.Context, stmt *sql.Stmt, account string) ([]string, error) {
	rows, err := stmt.QueryContext(ctx, account)
	if err != nil {
		return nil, fmt.Errorf("read the holdings of %s: %w", account, err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var p string
		if err := rows.Scan(&p); err != nil {
			return nil, fmt.Errorf("read the holdings of %s: %w", account, err)
		}
		out = append(out, p)
	}
	return out, rows.Err()
}

// segment is the account's peer segment (model.Account.Segment).
func (r *accountRec) segment() string {
	return model.Account{Industry: r.industry, SizeBand: r.sizeBand}.Segment()
}
