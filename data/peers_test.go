package data

import (
	"context"
	"database/sql"
	"reflect"
	"slices"
	"strings"
	"testing"

	"talktrack/model"
)

func TestPeerStatsCounts(t *testing.T) {
	logistics := func(a *model.Account) { a.Industry = "logistics" }
	s := newBook().
		account("r1", "R1").holds("r1", "crm-basic", "analytics").
		account("r2", "R2").holds("r2", "crm-basic", "analytics", "support").
		account("r3", "R3").holds("r3", "crm-basic").
		account("r4", "R4").
		account("l1", "L1", logistics).holds("l1", "crm-basic", "support").
		seed(t)
	ctx := context.Background()

	var segments []string
	rows, err := s.DB().Query(`SELECT segment || '=' || accounts FROM peer_segments ORDER BY segment`)
	if err != nil {
		t.Fatal(err)
	}
	if err := eachRow(rows, func() error {
		var v string
		err := rows.Scan(&v)
		segments = append(segments, v)
		return err
	}); err != nil {
		t.Fatal(err)
	}
	if want := []string{"logistics|200-999=1", "retail|200-999=4"}; !reflect.DeepEqual(segments, want) {
		t.Errorf("segments %v, want %v", segments, want)
	}

	var got model.PeerStats
	var seenAgain model.PeerStats
	s.recommendFn = func(in model.BriefingInput) model.Briefing {
		if in.Account.ID == "r3" {
			got = in.Peers
		} else {
			seenAgain = in.Peers
		}
		return model.Briefing{}
	}
	if _, err := s.AccountView(ctx, "r3", instant("2026-01-01T00:00:00Z")); err != nil {
		t.Fatal(err)
	}
	want := model.PeerStats{
		Segment:  "retail|200-999",
		Accounts: 4,
		Holders:  map[string]int{"crm-basic": 3, "analytics": 2, "support": 1},
		// Only what r3 holds (crm-basic) is looked up.
		Together: map[string]map[string]int{"crm-basic": {"analytics": 2, "support": 1}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("peers of r3\n got %+v\nwant %+v", got, want)
	}

	if _, err := s.AccountView(ctx, "r2", instant("2026-01-01T00:00:00Z")); err != nil {
		t.Fatal(err)
	}
	wantTogether := map[string]map[string]int{
		"crm-basic": {"analytics": 2, "support": 1},
		"analytics": {"crm-basic": 2, "support": 1},
		"support":   {"crm-basic": 1, "analytics": 1},
	}
	if !reflect.DeepEqual(seenAgain.Together, wantTogether) {
		t.Errorf("pairs of r2 %+v, want %+v", seenAgain.Together, wantTogether)
	}

	// A new holding counts once the statistics are refreshed.
	err = s.Update(ctx, func(tx *sql.Tx) error {
		if _, err := tx.Exec(`INSERT INTO holdings (account_id, product_id) VALUES ('r4', 'support')`); err != nil {
			return err
		}
		return RefreshPeerStats(ctx, tx)
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.AccountView(ctx, "r3", instant("2026-01-01T00:00:00Z")); err != nil {
		t.Fatal(err)
	}
	if got.Holders["support"] != 2 || got.Together["crm-basic"]["support"] != 1 {
		t.Errorf("after refresh %+v", got)
	}
}

func TestPeerStatsOfLoneAccount(t *testing.T) {
	s := newBook().account("a", "A", func(a *model.Account) { a.Industry, a.SizeBand = "", "" }).seed(t)
	var got model.PeerStats
	s.recommendFn = func(in model.BriefingInput) model.Briefing { got = in.Peers; return model.Briefing{} }
	if _, err := s.AccountView(context.Background(), "a", instant("2026-01-01T00:00:00Z")); err != nil {
		t.Fatal(err)
	}
	if got.Segment != "|" || got.Accounts != 1 || len(got.Holders) != 0 || len(got.Together) != 0 || got.Holders == nil || got.Together == nil {
		t.Errorf("peers %+v", got)
	}
}

// TestPeerStatsMatchSQL checks the counted statistics of a generated book
// against the same counts grouped in SQL.
func TestPeerStatsMatchSQL(t *testing.T) {
	s := newStore(t)
	if err := s.InsertDataset(context.Background(), largeDataset(400, 6)); err != nil {
		t.Fatal(err)
	}
	tests := []struct{ stored, grouped string }{
		{`SELECT segment, accounts FROM peer_segments`,
			`SELECT industry || '|' || size_band, count(*) FROM accounts GROUP BY 1`},
		{`SELECT segment, product_id, holders FROM peer_products`,
			`SELECT a.industry || '|' || a.size_band, h.product_id, count(*)
			   FROM accounts a JOIN holdings h ON h.account_id = a.id GROUP BY 1, 2`},
		{`SELECT segment, held_id, other_id, holders FROM peer_pairs`,
			`SELECT a.industry || '|' || a.size_band, x.product_id, y.product_id, count(*)
			   FROM accounts a JOIN holdings x ON x.account_id = a.id
			   JOIN holdings y ON y.account_id = a.id AND y.product_id <> x.product_id GROUP BY 1, 2, 3`},
	}
	for _, tt := range tests {
		stored, grouped := queryStrings(t, s, tt.stored), queryStrings(t, s, tt.grouped)
		if len(stored) < 10 || !reflect.DeepEqual(stored, grouped) {
			t.Errorf("%s: %d rows stored, %d grouped; they differ or are too few", tt.stored, len(stored), len(grouped))
		}
	}
}

// queryStrings runs q and returns its rows, each joined with spaces, sorted.
func queryStrings(t *testing.T, s *Store, q string) []string {
	t.Helper()
	rows, err := s.DB().Query(q)
	if err != nil {
		t.Fatal(err)
	}
	cols, _ := rows.Columns()
	var out []string
	err = eachRow(rows, func() error {
		vals := make([]string, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		err := rows.Scan(ptrs...)
		out = append(out, strings.Join(vals, " "))
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(out)
	return out
}
