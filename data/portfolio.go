package data

import (
	"context"
	"database/sql"
	"encoding/json"
	"time"

	"talktrack/model"
)

// Portfolio returns one window of the portfolio table and how many accounts
// match in all. It is built for 100k accounts: rows are picked by walking
// an index in the requested order (see the schema) and stopping once the
// window is full, and only the rows returned are read in full and briefed
// for their top suggestion.
//
// A filter keeps accounts whose NameKey contains the filter's; the exact
// name comes first, then names starting with the filter, then the rest, each
// group in the chosen order. Ties in any column are broken by name.
func (s *Store) Portfolio(ctx context.Context, q model.PortfolioQuery) (model.PortfolioPage, error) {
	var page model.PortfolioPage
	order, err := portfolioOrder(q.Sort, q.Desc)
	if err != nil {
		return page, err
	}
	if q.Stage != "" {
		if _, err := model.ParseStage(string(q.Stage)); err != nil {
			return page, err
		}
	}
	cat, err := s.Catalog(ctx)
	if err != nil {
		return page, err
	}
	now := time.Now()

	key := model.NameKey(q.Filter)
	// The name and stage indexes are in name order already: a name sort
	// never needs to walk another index.
	byName := q.Sort == "" || q.Sort == model.SortName
	// ?1 is the filter, ?2 the stage, ?3 the least string above every name
	// starting with the filter; ?4 and ?5 are the window.
	args := []any{key, string(q.Stage), key + "\U0010FFFF"}
	groups := matchGroups(key)
	err = s.view(ctx, func(tx *sql.Tx) error {
		counts := make([]int, len(groups))
		for i, g := range groups {
			where := portfolioWhere(g, q.Stage, false)
			if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM accounts a`+where, args...).Scan(&counts[i]); err != nil {
				return internalf(err, "count accounts")
			}
			page.Total += counts[i]
		}
		limit, offset := q.Limit, max(q.Offset, 0)
		if limit <= 0 || offset >= page.Total {
			return nil
		}

		// The table's size, estimated in one index step, prices the plans.
		var size int64
		if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(rowid), 0) FROM accounts`).Scan(&size); err != nil {
			return internalf(err, "count accounts")
		}
		var ids []int64
		for i, g := range groups {
			if offset >= counts[i] {
				offset -= counts[i]
				continue
			}
			need := limit - len(ids)
			walk := g.walkable && !byName && s.walkSortIndex(offset+need, counts[i], size)
			where := portfolioWhere(g, q.Stage, walk)
			picked, err := pickRowids(ctx, tx, `SELECT a.rowid FROM accounts a`+where+` ORDER BY `+order+` LIMIT ?4 OFFSET ?5`,
				append(args, need, offset)...)
			if err != nil {
				return err
			}
			ids = append(ids, picked...)
			offset = 0
			if len(ids) >= limit {
				break
			}
		}
		accounts, rows, err := portfolioRows(ctx, tx, ids)
		if err != nil {
			return err
		}
		page.Rows = rows
		return s.topSuggestions(ctx, tx, cat, now, accounts, page.Rows)
	})
	if err != nil {
		return model.PortfolioPage{}, err
	}
	return page, nil
}

// portfolioRows reads the accounts with the given rowids, in that order.
func portfolioRows(ctx context.Context, q queryer, ids []int64) ([]model.Account, []model.PortfolioRow, error) {
	idJSON, _ := json.Marshal(ids)
	rows, err := q.QueryContext(ctx, `SELECT a.rowid, `+accountColumns+`, a.open_pains, a.last_contact_at,
			EXISTS (SELECT 1 FROM drafts d WHERE d.account_id = a.id)
		  FROM accounts a WHERE a.rowid IN (SELECT value FROM json_each(?))`, string(idJSON))
	if err != nil {
		return nil, nil, internalf(err, "list the portfolio")
	}
	at := make(map[int64]int, len(ids))
	for i, id := range ids {
		at[id] = i
	}
	accounts := make([]model.Account, len(ids))
	out := make([]model.PortfolioRow, len(ids))
	err = eachRow(rows, func() error {
		var rowid int64
		var r model.PortfolioRow
		var lastContact string
		a, err := scanAccount(scanPrefixed{rows, []any{&rowid}, []any{&r.OpenPains, &lastContact, &r.HasDraft}})
		if err != nil {
			return err
		}
		if r.LastContact, err = parseDate("last contact", lastContact); err != nil {
			return err
		}
		r.ID, r.Name, r.Stage, r.RenewalDate, r.ARR = a.ID, a.Name, a.Stage, a.RenewalDate, a.ARR
		i := at[rowid]
		accounts[i], out[i] = a, r
		return nil
	})
	if err != nil {
		return nil, nil, internalf(err, "list the portfolio")
	}
	return accounts, out, nil
}

// topSuggestions fills each row's best suggestion. Accounts in a stage
// that allows no offers get none without being briefed.
func (s *Store) topSuggestions(ctx context.Context, q queryer, cat *model.Catalog, now time.Time, accounts []model.Account, rows []model.PortfolioRow) error {
	var open []model.Account
	var at []int
	for i, a := range accounts {
		if a.Stage.AllowsOffers() {
			open = append(open, a)
			at = append(at, i)
		}
	}
	if len(open) == 0 {
		return nil
	}
	ins, _, err := s.briefAll(ctx, q, cat, now, open)
	if err != nil {
		return err
	}
	for j, in := range ins {
		if b := s.recommend(in); len(b.Suggestions) > 0 {
			rows[at[j]].TopSuggestion = b.Suggestions[0].Product.Name
			rows[at[j]].TopKind = b.Suggestions[0].Kind
		}
	}
	return nil
}

// scanPrefixed scans columns before and after the account columns.
type scanPrefixed struct {
	rows          *sql.Rows
	before, after []any
}

func (sp scanPrefixed) Scan(dest ...any) error {
	return sp.rows.Scan(append(append(append([]any{}, sp.before...), dest...), sp.after...)...)
}
