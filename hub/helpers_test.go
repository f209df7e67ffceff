package hub_test

import (
	"context"
	"path/filepath"
	"sort"
	"testing"
	"time"

	"talktrack/assets"
	"talktrack/data"
	"talktrack/data/demo"
	"talktrack/hub"
	"talktrack/hub/hubtest"
	"talktrack/model"
)

// team is a hub with a published demo book and sales ops' local store.
type team struct {
	url  string      // sales ops' URL of the hub
	book *data.Store // sales ops' local book
	ds   model.Dataset
}

var testNow = time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC)

// newTeam creates a hub database, initialises it, and publishes a demo
// book of n accounts from sales ops' store.
func newTeam(t testing.TB, n int) *team {
	t.Helper()
	ctx := context.Background()
	url := hubtest.NewDatabase(t)
	book := newStore(t, "book.db")
	pb, err := data.ParsePlaybook(assets.Playbook)
	if err != nil {
		t.Fatal(err)
	}
	ds := demo.Generate(pb, demo.Options{Seed: 7, Accounts: n, Now: testNow})
	ds.Calls = nil // calls travel by sync, not by publish
	if err := book.InsertDataset(ctx, ds); err != nil {
		t.Fatal(err)
	}
	h := connect(t, url)
	if _, _, err := h.Init(ctx); err != nil {
		t.Fatal(err)
	}
	publish(t, h, book)
	return &team{url: url, book: book, ds: ds}
}

func publish(t testing.TB, h *hub.Hub, book *data.Store) hub.PublishResult {
	t.Helper()
	ctx := context.Background()
	ds, err := book.Book(ctx)
	if err != nil {
		t.Fatal(err)
	}
	res, err := h.Publish(ctx, ds)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// owners lists the book's account owners, those with most accounts
// first.
func (tm *team) owners() []string {
	count := map[string]int{}
	var out []string
	for _, a := range tm.ds.Accounts {
		if count[a.Owner] == 0 {
			out = append(out, a.Owner)
		}
		count[a.Owner]++
	}
	sort.Slice(out, func(i, j int) bool {
		if count[out[i]] != count[out[j]] {
			return count[out[i]] > count[out[j]]
		}
		return out[i] < out[j]
	})
	return out
}

// accountsOf lists the ids of the accounts of owners.
func (tm *team) accountsOf(owners ...string) []string {
	var out []string
	for _, a := range tm.ds.Accounts {
		for _, o := range owners {
			if a.Owner == o {
				out = append(out, a.ID)
			}
		}
	}
	return out
}

// addRep adds a rep for owners and returns their URL.
func (tm *team) addRep(t testing.TB, name string, owners ...string) string {
	t.Helper()
	h := connect(t, tm.url)
	rep, err := h.AddRep(context.Background(), name, owners, tm.url)
	if err != nil {
		t.Fatal(err)
	}
	return rep.URL
}

func connect(t testing.TB, url string) *hub.Hub {
	t.Helper()
	h, err := hub.Connect(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { h.Close() })
	return h
}

func newStore(t testing.TB, name string) *data.Store {
	t.Helper()
	st, err := data.Create(filepath.Join(t.TempDir(), name))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// syncOnce syncs st through url and fails the test on error.
func syncOnce(t testing.TB, url string, st *data.Store) hub.SyncResult {
	t.Helper()
	h := connect(t, url)
	res, err := h.Sync(context.Background(), st, time.Now)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// globalIDs is the set of the store's calls' global ids.
func globalIDs(t testing.TB, st *data.Store) map[string]bool {
	t.Helper()
	calls, err := st.Calls(context.Background(), "")
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]bool{}
	for _, c := range calls {
		if out[c.GlobalID] {
			t.Errorf("call %s twice", c.GlobalID)
		}
		out[c.GlobalID] = true
	}
	return out
}

func logCall(t testing.TB, st *data.Store, account string, at time.Time, offers ...model.Offer) model.Call {
	t.Helper()
	c := model.Call{AccountID: account, StartedAt: at, Outcome: model.OutcomeConnected, Notes: "called " + account,
		Duration: 5 * time.Minute, Offers: offers}
	id, err := st.LogCall(context.Background(), c)
	if err != nil {
		t.Fatal(err)
	}
	calls, err := st.Calls(context.Background(), account)
	if err != nil {
		t.Fatal(err)
	}
	for _, got := range calls {
		if got.ID == id {
			return got
		}
	}
	t.Fatalf("call %d not found", id)
	return c
}
