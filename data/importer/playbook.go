package importer

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"talktrack/data"
)

// importPlaybook reads a playbook YAML file and makes it the stored
// catalogue, families, complements, pain categories and talking points.
// The counts compare the catalogue before and after; a playbook identical
// to the stored one writes nothing.
func importPlaybook(ctx context.Context, st Store, name string, content []byte, opts Options) (*Summary, error) {
	if len(content) > MaxPlaybookBytes {
		return nil, tooLong(name, 1, "", "the playbook", MaxPlaybookBytes)
	}
	text, used, err := decodeText(name, content, opts.Encoding)
	if err != nil {
		return nil, err
	}
	pb, builtIn, err := data.ParsePlaybookFile(text)
	if err != nil {
		return nil, err
	}
	sum := &Summary{Kind: KindPlaybook, File: name, DryRun: opts.DryRun, Encoding: used, Rows: len(pb.Products)}
	for _, section := range builtIn {
		sum.note("no %s section: the built-in %s are used; add a %s: section to the playbook to write your own", section, sectionWhat[section], section)
	}
	err = st.Update(ctx, func(tx *sql.Tx) error {
		before, err := snapshotCatalogue(ctx, tx)
		if err != nil {
			return err
		}
		if err := data.ReplacePlaybook(ctx, tx, pb); err != nil {
			return err
		}
		after, err := snapshotCatalogue(ctx, tx)
		if err != nil {
			return err
		}
		for _, t := range catalogueTables {
			c := diffSnapshot(before[t.what], after[t.what])
			c.What = t.what
			if (t.what != "currency" && t.what != "cue rules") || c.Changed() {
				sum.Records = append(sum.Records, c)
			}
		}
		switch {
		case opts.DryRun:
			// The replacement ran only to be compared; roll it back.
			return errDryRun
		case !sum.Changed():
			return errUnchanged
		}
		return nil
	})
	if errors.Is(err, errDryRun) || errors.Is(err, errUnchanged) {
		err = nil
	}
	if err != nil {
		return nil, err
	}
	return sum, nil
}

// catalogueTables are what a playbook import may change, each read as
// key → value so that two snapshots can be compared row by row.
var catalogueTables = []struct{ what, query string }{
	{"products", `SELECT id, name || char(31) || family || char(31) || tier || char(31) || price || char(31) ||
		billing_unit || char(31) || offsets || char(31) || seated || char(31) || i18n FROM products`},
	{"pain categories", `SELECT id, label || char(31) || labels || char(31) || aliases FROM pain_categories`},
	{"product pains", `SELECT product_id || char(31) || category, how FROM product_pains`},
	{"complements", `SELECT product_id || char(31) || complement_id, reason FROM complements`},
	{"talking points", `SELECT kind || char(31) || for_kind || char(31) || coalesce(with_pain, '') || char(31) ||
		locale || char(31) || category || char(31) || products || char(31) || text, '' FROM talking_points`},
	// The playbook's one setting without a table; other meta keys (such as
	// the version counters the store bumps on every write) do not count.
	{"currency", `SELECT key, value FROM meta WHERE key = 'currency'`},
	// The cue lists (price words, cost words, pain topics) live in meta
	// too: an edit of them alone is a change like any other.
	{"cue rules", `SELECT key, value FROM meta WHERE key = 'cue_rules'`},
}

func snapshotCatalogue(ctx context.Context, tx *sql.Tx) (map[string]map[string]string, error) {
	out := map[string]map[string]string{}
	for _, t := range catalogueTables {
		rows, err := tx.QueryContext(ctx, t.query)
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", t.what, err)
		}
		m := map[string]string{}
		for rows.Next() {
			var k, v string
			if err := rows.Scan(&k, &v); err != nil {
				rows.Close()
				return nil, fmt.Errorf("read %s: %w", t.what, err)
			}
			m[k] = v
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("read %s: %w", t.what, err)
		}
		out[t.what] = m
	}
	return out, nil
}

func diffSnapshot(before, after map[string]string) Count {
	var c Count
	for k, v := range after {
		old, ok := before[k]
		switch {
		case !ok:
			c.Created++
		case old != v:
			c.Updated++
		default:
			c.Unchanged++
		}
	}
	for k := range before {
		if _, ok := after[k]; !ok {
			c.Removed++
		}
	}
	return c
}

// sectionWhat says what a playbook section holds, for the note that the
// built-in one is used.
var sectionWhat = map[string]string{
	data.SectionCues:          "cue word lists (how call notes are heard)",
	data.SectionTalkingPoints: "talking points",
}
