package data

import (
	"context"
	"database/sql"
	"strings"
	"time"

	"talktrack/model"
)

// Portfolio returns one window of the portfolio table and how many accounts
// match in all. It is built for 100k accounts: the page is read in the order
// of an index (see the schema), the match count is one more indexed query,
// and suggestions are computed only for the rows returned.
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

	where, args := portfolioWhere(q)
	var accounts []model.Account
	err = s.view(ctx, func(tx *sql.Tx) error {
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM accounts a`+where, args...).Scan(&page.Total); err != nil {
			return internalf(err, "count accounts")
		}
		limit, offset := q.Limit, max(q.Offset, 0)
		if limit <= 0 || offset >= page.Total {
			return nil
		}

		if key := model.NameKey(q.Filter); key != "" {
			// Match quality first, so the best match heads the list whatever
			// the sort.
			order = `CASE WHEN a.name_key = ?1 THEN 0 WHEN instr(a.name_key, ?1) = 1 THEN 1 ELSE 2 END, ` + order
		}
		rows, err := tx.QueryContext(ctx, `SELECT `+accountColumns+`, a.open_pains, a.last_contact_at,
				EXISTS (SELECT 1 FROM drafts d WHERE d.account_id = a.id)
			  FROM accounts a`+where+` ORDER BY `+order+` LIMIT ?3 OFFSET ?4`,
			append(args, limit, offset)...)
		if err != nil {
			return internalf(err, "list the portfolio")
		}
		err = eachRow(rows, func() error {
			var r model.PortfolioRow
			var lastContact string
			a, err := scanAccount(scanPlus{rows, []any{&r.OpenPains, &lastContact, &r.HasDraft}})
			if err != nil {
				return err
			}
			if r.LastContact, err = parseDate("last contact", lastContact); err != nil {
				return err
			}
			r.ID, r.Name, r.Stage, r.RenewalDate, r.ARR = a.ID, a.Name, a.Stage, a.RenewalDate, a.ARR
			page.Rows = append(page.Rows, r)
			accounts = append(accounts, a)
			return nil
		})
		if err != nil {
			return internalf(err, "list the portfolio")
		}
		return s.topSuggestions(ctx, tx, cat, now, accounts, page.Rows)
	})
	if err != nil {
		return model.PortfolioPage{}, err
	}
	return page, nil
}

// portfolioWhere builds the filter. Arguments are numbered so that the
// ORDER BY can reuse the filter key: ?1 is the key, ?2 the stage.
func portfolioWhere(q model.PortfolioQuery) (string, []any) {
	var conds []string
	key := model.NameKey(q.Filter)
	if key != "" {
		conds = append(conds, `instr(a.name_key, ?1) > 0`)
	}
	if q.Stage != "" {
		conds = append(conds, `a.stage = ?2`)
	}
	where := ""
	if len(conds) > 0 {
		where = ` WHERE ` + strings.Join(conds, ` AND `)
	}
	return where, []any{key, string(q.Stage)}
}

// portfolioOrder is the ORDER BY for a sort key; each one matches an index
// of the accounts table so a page is read, not sorted.
func portfolioOrder(sort model.PortfolioSort, desc bool) (string, error) {
	dir := ""
	if desc {
		dir = " DESC"
	}
	const byName = `a.name_key, a.id`
	switch sort {
	case "", model.SortName:
		return `a.name_key` + dir + `, a.id` + dir, nil
	case model.SortStage:
		return `a.stage_rank` + dir + `, ` + byName, nil
	case model.SortRenewal:
		// Unknown dates last, whichever the direction.
		return `a.renewal_date = ''` + `, a.renewal_date` + dir + `, ` + byName, nil
	case model.SortARR:
		return `a.arr` + dir + `, ` + byName, nil
	case model.SortOpenPains:
		return `a.open_pains` + dir + `, ` + byName, nil
	case model.SortLastContact:
		return `a.last_contact_at` + dir + `, ` + byName, nil
	}
	return "", model.Errorf(model.EINVALID, "cannot sort the portfolio by %q: use name, stage, renewal, arr, pains or last_contact", sort)
}

// topSuggestions fills each row's best suggestion, loading the briefing
// facts of all rows in a few queries.
func (s *Store) topSuggestions(ctx context.Context, q queryer, cat *model.Catalog, now time.Time, accounts []model.Account, rows []model.PortfolioRow) error {
	if len(accounts) == 0 {
		return nil
	}
	ids := make([]string, len(accounts))
	for i, a := range accounts {
		ids[i] = a.ID
	}
	facts, err := loadAccountFacts(ctx, q, cat, ids)
	if err != nil {
		return err
	}
	peers, err := loadPeerStats(ctx, q, peerWants(accounts, facts))
	if err != nil {
		return err
	}
	for i, in := range briefingInputs(accounts, facts, peers, cat, now) {
		if b := s.recommend(in); len(b.Suggestions) > 0 {
			rows[i].TopSuggestion = b.Suggestions[0].Product.Name
			rows[i].TopKind = b.Suggestions[0].Kind
		}
	}
	return nil
}

// scanPlus scans the account columns followed by extra ones.
type scanPlus struct {
	rows  *sql.Rows
	extra []any
}

func (sp scanPlus) Scan(dest ...any) error { return sp.rows.Scan(append(dest, sp.extra...)...) }
