package data

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"

	"talktrack/model"
)

// How Portfolio picks a window of rows: which index SQLite walks, in which
// order, and how the filter's matches are grouped.

// walkSortIndex decides how to pick the first end rows of count matching
// accounts, of about size in all. Walking the sort column's index visits
// about end·size/count entries before it has them; finding the matches
// through the stage or name index and sorting them costs about count.
// Walk when that visits fewer rows.
func (s *Store) walkSortIndex(end, count int, size int64) bool {
	if s.walkPlan != nil {
		return s.walkPlan(end, count, size)
	}
	return int64(end)*size < int64(count)*int64(count)
}

// matchGroup is one group of the filter's matches.
type matchGroup struct {
	// cond selects the group, as SQLite may use the name index for it.
	cond string
	// walkCond is cond with the name index disabled by a unary plus, so
	// that SQLite walks the sort column's index instead.
	walkCond string
	// walkable is false for groups so small that walking never pays.
	walkable bool
}

// matchGroups are the filter's match groups, best first: the exact name,
// names starting with the filter (an index range), and names containing it
// further on. Each group is walked in the sort order on its own, so the
// best match leads without sorting every match by quality. No filter is
// one group of all accounts.
func matchGroups(key string) []matchGroup {
	if key == "" {
		return []matchGroup{{walkable: true}}
	}
	return []matchGroup{
		{cond: `a.name_key = ?1`, walkCond: `a.name_key = ?1`},
		{cond: `a.name_key > ?1 AND a.name_key < ?3`, walkCond: `+a.name_key > ?1 AND +a.name_key < ?3`, walkable: true},
		{cond: `instr(a.name_key, ?1) > 1`, walkCond: `instr(a.name_key, ?1) > 1`, walkable: true},
	}
}

// portfolioWhere builds the WHERE clause of a match group and the stage.
// To walk the sort column's index, a unary plus keeps SQLite from choosing
// the stage or name index instead.
func portfolioWhere(g matchGroup, stage model.Stage, owner string, walk bool) string {
	var conds []string
	switch {
	case g.cond == "":
	case walk:
		conds = append(conds, g.walkCond)
	default:
		conds = append(conds, g.cond)
	}
	if stage != "" {
		if walk {
			conds = append(conds, `+a.stage = ?2`)
		} else {
			conds = append(conds, `a.stage = ?2`)
		}
	}
	if owner != "" {
		// ?6 is the owner; no index holds it, so it never steers the plan.
		conds = append(conds, `+a.owner = ?6 COLLATE NOCASE`)
	}
	if len(conds) == 0 {
		return ""
	}
	return ` WHERE ` + strings.Join(conds, ` AND `)
}

// pickRowids runs a query of rowids.
func pickRowids(ctx context.Context, q queryer, query string, args ...any) ([]int64, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, internalf(err, "list the portfolio")
	}
	var ids []int64
	err = eachRow(rows, func() error {
		var id int64
		err := rows.Scan(&id)
		ids = append(ids, id)
		return err
	})
	return ids, internalf(err, "list the portfolio")
}

// portfolioOrder is the ORDER BY for a sort key; each one matches an index
// of the accounts table so a page is read, not sorted, except ARR in a
// book of several currencies (see arrInListCurrency).
func portfolioOrder(sort model.PortfolioSort, desc bool, cat *model.Catalog) (string, error) {
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
		return arrInListCurrency(cat) + dir + `, ` + byName, nil
	case model.SortOpenPains:
		return `a.open_pains` + dir + `, ` + byName, nil
	case model.SortLastContact:
		return `a.last_contact_at` + dir + `, ` + byName, nil
	case model.SortHealth:
		return `a.health` + dir + `, ` + byName, nil
	}
	return "", model.Errorf(model.EINVALID, "cannot sort the portfolio by %q: use name, stage, renewal, arr, pains, last_contact or health", sort)
}

// arrInListCurrency is the SQL for an account's ARR in the catalogue's
// list currency, by the rate its price books imply (Catalog.ListValue): a
// CSM sorting by ARR sees ¥7.9M below $505k, not above it. An ARR in a
// currency no price book names counts as it is. With no other currency
// priced it is the plain column, read through its index.
func arrInListCurrency(cat *model.Catalog) string {
	codes := map[string]bool{}
	if cat != nil {
		for _, p := range cat.Products {
			for code := range p.Prices {
				codes[model.CurrencyCode(code)] = true
			}
		}
	}
	var whens []string
	for _, code := range slices.Sorted(maps.Keys(codes)) {
		if v, ok := cat.ListValue(1, code); ok && v != 1 && code != "" && !strings.ContainsAny(code, "'\"\\") {
			whens = append(whens, fmt.Sprintf("WHEN '%s' THEN %s", code, strconv.FormatFloat(v, 'g', -1, 64)))
		}
	}
	if len(whens) == 0 {
		return `a.arr`
	}
	return `(a.arr * CASE upper(a.currency) ` + strings.Join(whens, " ") + ` ELSE 1 END)`
}
