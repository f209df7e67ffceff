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
// group in the chosen order. Ties in any column are broken by name. Once
// the names are in memory (see PrepareFilter), the matches are found there
// instead of by scanning the table.
func (s *Store) Portfolio(ctx context.Context, q model.PortfolioQuery) (model.PortfolioPage, error) {
	var page model.PortfolioPage
	cat, err := s.Catalog(ctx)
	if err != nil {
		return page, err
	}
	order, err := portfolioOrder(q.Sort, q.Desc, cat)
	if err != nil {
		return page, err
	}
	if q.Stage != "" {
		if _, err := model.ParseStage(string(q.Stage)); err != nil {
			return page, err
		}
	}
	now := time.Now()

	err = s.view(ctx, func(tx *sql.Tx) error {
		v, err := readBriefVersions(ctx, tx)
		if err != nil {
			return err
		}
		pk := &portfolioPick{s: s, ctx: ctx, tx: tx, q: q, order: order, key: model.NameKey(q.Filter)}
		if pk.key != "" {
			pk.names = s.names.current(s, v.accounts)
		}
		var ids []int64
		if page.Total, ids, err = pk.pick(); err != nil {
			return err
		}
		if len(ids) == 0 {
			return nil
		}
		accounts, rows, err := portfolioRows(ctx, tx, ids)
		if err != nil {
			return err
		}
		page.Rows = rows
		return s.topSuggestions(ctx, tx, cat, v, now, accounts, page.Rows)
	})
	if err != nil {
		return model.PortfolioPage{}, err
	}
	return page, nil
}

// portfolioRows reads the accounts with the given rowids, in that order.
func portfolioRows(ctx context.Context, q queryer, ids []int64) ([]model.Account, []model.PortfolioRow, error) {
	idJSON, _ := json.Marshal(ids)
	rows, err := q.QueryContext(ctx, `SELECT a.rowid, `+accountColumns+`, a.open_pains, a.last_contact_at, a.health,
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
		a, err := scanAccount(scanPrefixed{rows, []any{&rowid}, []any{&r.OpenPains, &lastContact, &r.Health, &r.HasDraft}})
		if err != nil {
			return err
		}
		if r.LastContact, err = parseDate("last contact", lastContact); err != nil {
			return err
		}
		r.ID, r.Name, r.Stage, r.RenewalDate, r.ARR, r.Currency = a.ID, a.Name, a.Stage, a.RenewalDate, a.ARR, a.Currency
		i := at[rowid]
		accounts[i], out[i] = a, r
		return nil
	})
	if err != nil {
		return nil, nil, internalf(err, "list the portfolio")
	}
	return accounts, out, nil
}

// scanPrefixed scans columns before and after the account columns.
type scanPrefixed struct {
	rows          *sql.Rows
	before, after []any
}

func (sp scanPrefixed) Scan(dest ...any) error {
	return sp.rows.Scan(append(append(append([]any{}, sp.before...), dest...), sp.after...)...)
}
