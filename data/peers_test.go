package data

import (
	"context"
	"database/sql"
	"fmt"
	"maps"
	"math/rand/v2"
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

// canary is a peer_pairs row of a segment no account is in: an update
// leaves it alone, a recount removes it, so its presence shows which ran.
const canary = `INSERT INTO peer_pairs (segment, held_id, other_id, holders) VALUES ('canary|', 'x', 'y', 7)`

// peerTables reads the three peer tables, one string per row, sorted,
// leaving out the canary.
func peerTables(t *testing.T, q queryer) (rows []string, canaryFound bool) {
	t.Helper()
	for _, table := range []string{"peer_segments", "peer_products", "peer_pairs"} {
		r, err := q.QueryContext(context.Background(), `SELECT * FROM `+table)
		if err != nil {
			t.Fatal(err)
		}
		cols, _ := r.Columns()
		err = eachRow(r, func() error {
			vals := make([]string, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			err := r.Scan(ptrs...)
			if vals[0] == "canary|" {
				canaryFound = true
				return err
			}
			rows = append(rows, table+" "+strings.Join(vals, " "))
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	slices.Sort(rows)
	return rows, canaryFound
}

// recounted is what RefreshPeerStats makes of the database, leaving it as
// it was.
func recounted(t *testing.T, s *Store) []string {
	t.Helper()
	ctx := context.Background()
	tx, err := s.DB().BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	if err := RefreshPeerStats(ctx, tx); err != nil {
		t.Fatal(err)
	}
	rows, _ := peerTables(t, tx)
	return rows
}

// peerWorld is what the peer statistics count, kept beside the database
// to describe each change as it was and as it is.
type peerWorld struct {
	segment  map[string]string          // account → segment
	holds    map[string]map[string]bool // account → products
	products []string
}

func (w *peerWorld) part(account string) *PeerPart {
	p := &PeerPart{Segment: w.segment[account]}
	for id := range w.holds[account] {
		p.Holds = append(p.Holds, id)
	}
	return p
}

func TestUpdatePeerStatsMatchesRecount(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	if err := s.InsertDataset(ctx, largeDataset(200, 5)); err != nil {
		t.Fatal(err)
	}
	if _, err := s.DB().Exec(canary); err != nil {
		t.Fatal(err)
	}
	w := &peerWorld{segment: map[string]string{}, holds: map[string]map[string]bool{}}
	w.products = queryStrings(t, s, `SELECT id FROM products`)
	for _, r := range queryStrings(t, s, `SELECT id, industry || '|' || size_band FROM accounts`) {
		id, seg, _ := strings.Cut(r, " ")
		w.segment[id], w.holds[id] = seg, map[string]bool{}
	}
	for _, r := range queryStrings(t, s, `SELECT account_id, product_id FROM holdings`) {
		acc, prod, _ := strings.Cut(r, " ")
		w.holds[acc][prod] = true
	}

	rng := rand.New(rand.NewPCG(7, 8))
	industries := []string{"retail", "software", "mining"} // mining is a segment of its own
	bands := []string{"1-49", "200-999"}
	created := 0
	for step := range 60 {
		var changes []PeerChange
		err := s.Update(ctx, func(tx *sql.Tx) error {
			touched := map[string]bool{}
			ids := slices.Sorted(maps.Keys(w.segment))
			for range 1 + rng.IntN(12) {
				id := ids[rng.IntN(len(ids))]
				op := rng.IntN(5)
				if touched[id] || (op == 4 && !strings.HasPrefix(id, "new")) {
					continue // one change per account, and only new accounts are removed
				}
				touched[id] = true
				before := w.part(id)
				switch op {
				case 0, 1: // move to another segment
					ind, band := industries[rng.IntN(len(industries))], bands[rng.IntN(len(bands))]
					if _, err := tx.Exec(`UPDATE accounts SET industry = ?, size_band = ? WHERE id = ?`, ind, band, id); err != nil {
						return err
					}
					w.segment[id] = ind + "|" + band
				case 2: // buy, or lose, a product
					prod := w.products[rng.IntN(len(w.products))]
					q := `INSERT INTO holdings (account_id, product_id) VALUES (?, ?)`
					if w.holds[id][prod] {
						q = `DELETE FROM holdings WHERE account_id = ? AND product_id = ?`
					}
					if _, err := tx.Exec(q, id, prod); err != nil {
						return err
					}
					w.holds[id][prod] = !w.holds[id][prod]
					if !w.holds[id][prod] {
						delete(w.holds[id], prod)
					}
				case 3: // a new account
					created++
					id = fmt.Sprintf("new%03d", created)
					ind := industries[rng.IntN(len(industries))]
					if _, err := tx.Exec(`INSERT INTO accounts (id, name, name_key, industry, size_band, stage) VALUES (?, ?, ?, ?, '1-49', 'adoption')`,
						id, id, id, ind); err != nil {
						return err
					}
					w.segment[id], w.holds[id] = ind+"|1-49", map[string]bool{}
					for _, prod := range w.products[:rng.IntN(4)] {
						if _, err := tx.Exec(`INSERT INTO holdings (account_id, product_id) VALUES (?, ?)`, id, prod); err != nil {
							return err
						}
						w.holds[id][prod] = true
					}
					changes = append(changes, PeerChange{After: w.part(id)})
					continue
				case 4: // a new account goes again
					for _, q := range []string{`DELETE FROM holdings WHERE account_id = ?`, `DELETE FROM accounts WHERE id = ?`} {
						if _, err := tx.Exec(q, id); err != nil {
							return err
						}
					}
					delete(w.segment, id)
					delete(w.holds, id)
					changes = append(changes, PeerChange{Before: before})
					continue
				}
				changes = append(changes, PeerChange{Before: before, After: w.part(id)})
			}
			return UpdatePeerStats(ctx, tx, changes)
		})
		if err != nil {
			t.Fatalf("step %d: %v", step, err)
		}
		got, updated := peerTables(t, s.DB())
		if !updated {
			t.Fatalf("step %d: the statistics were counted again instead of updated", step)
		}
		if want := recounted(t, s); !slices.Equal(got, want) {
			t.Fatalf("step %d (%d changes): updated statistics differ from a recount\n got %v\nwant %v", step, len(changes), got, want)
		}
	}
	if created == 0 {
		t.Error("no account was created: the test covers less than it says")
	}
}

func TestUpdatePeerStatsRecountsWhenStatisticsDisagree(t *testing.T) {
	ctx := context.Background()
	tests := []struct{ name, spoil string }{
		{"a count would drop below zero", `DELETE FROM peer_products WHERE segment = (SELECT industry || '|' || size_band FROM accounts WHERE id = 'ACC000001')`},
		{"a total disagrees", `UPDATE peer_segments SET accounts = accounts + 1`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newStore(t)
			if err := s.InsertDataset(ctx, largeDataset(50, 4)); err != nil {
				t.Fatal(err)
			}
			for _, q := range []string{canary, tt.spoil} {
				if _, err := s.DB().Exec(q); err != nil {
					t.Fatal(err)
				}
			}
			err := s.Update(ctx, func(tx *sql.Tx) error {
				var seg, prod string
				if err := tx.QueryRow(`SELECT a.industry || '|' || a.size_band, h.product_id FROM accounts a JOIN holdings h ON h.account_id = a.id
					WHERE a.id = 'ACC000001' LIMIT 1`).Scan(&seg, &prod); err != nil {
					return err
				}
				if _, err := tx.Exec(`DELETE FROM holdings WHERE account_id = 'ACC000001' AND product_id = ?`, prod); err != nil {
					return err
				}
				return UpdatePeerStats(ctx, tx, []PeerChange{{Before: &PeerPart{Segment: seg, Holds: []string{prod}}, After: &PeerPart{Segment: seg}}})
			})
			if err != nil {
				t.Fatal(err)
			}
			got, updated := peerTables(t, s.DB())
			if updated {
				t.Error("the canary survived: the statistics were not counted again")
			}
			if want := recounted(t, s); !slices.Equal(got, want) {
				t.Errorf("statistics differ from a recount\n got %v\nwant %v", got, want)
			}
		})
	}
}
