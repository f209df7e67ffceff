package hub_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"talktrack/data"
	"talktrack/hub"
	"talktrack/model"
)

// simRep is one rep of the simulation: a laptop with its own store.
type simRep struct {
	name     string
	url      string
	st       *data.Store
	accounts []string
	logged   []string // global ids of the calls this rep logged
}

// TestTwentyRepsSyncingWithInterruptionsLoseAndDoubleNothing simulates a
// team of 20 reps, each offline for a week logging calls (some accounts
// are worked by two reps), syncing in random order with most syncs cut
// off at a random point (a cancelled context: the connection drops, the
// hub rolls back or has committed, the local transaction rolls back or
// has committed). Afterwards every rep holds exactly the hub's calls on
// their accounts, and the hub holds every call logged: none lost, none
// twice.
func TestTwentyRepsSyncingWithInterruptionsLoseAndDoubleNothing(t *testing.T) {
	if testing.Short() {
		t.Skip("the 20-rep simulation is not short")
	}
	ctx := context.Background()
	seed := uint64(time.Now().UnixNano())
	t.Logf("seed %d", seed)
	rng := rand.New(rand.NewPCG(seed, 12))
	tm := newTeam(t, 200)
	owners := tm.owners()

	// Rep i works owner i mod len(owners); reps sharing an owner share
	// accounts, and every third rep also covers the next owner.
	reps := make([]*simRep, 20)
	for i := range reps {
		terr := []string{owners[i%len(owners)]}
		if i%3 == 0 {
			terr = append(terr, owners[(i+1)%len(owners)])
		}
		r := &simRep{name: fmt.Sprintf("rep%02d", i), accounts: tm.accountsOf(terr...)}
		r.url = tm.addRep(t, r.name, terr...)
		r.st = newStore(t, r.name+".db")
		syncOnce(t, r.url, r.st)
		reps[i] = r
	}
	products := tm.ds.Playbook.Products
	responses := []model.Response{model.ResponseAccepted, model.ResponseInterested, model.ResponseNotNow, model.ResponseDeclined}

	// A week: each day every rep logs a few calls offline, then the reps
	// sync in random order, most of them cut off part-way; a cut-off rep
	// tries again (up to three times) before the day ends.
	week := testNow.AddDate(0, 0, -7)
	interrupted, completed, unconfirmed := 0, 0, 0
	for day := 0; day < 5; day++ {
		for _, r := range reps {
			for k := 0; k < 4; k++ {
				acc := r.accounts[rng.IntN(len(r.accounts))]
				if k == 0 {
					acc = r.accounts[0] // worked by every rep of the territory
				}
				at := week.AddDate(0, 0, day).Add(time.Duration(8*60+rng.IntN(9*60)) * time.Minute)
				var offers []model.Offer
				if rng.IntN(2) == 0 {
					offers = append(offers, model.Offer{ProductID: products[rng.IntN(len(products))].ID, Response: responses[rng.IntN(4)]})
				}
				r.logged = append(r.logged, logCall(t, r.st, acc, at, offers...).GlobalID)
			}
			// The shared account's first pain changes on several laptops.
			changePain(t, r.st, r.accounts[0], time.Now().Add(time.Duration(day*24*60+rng.IntN(600))*time.Minute), rng.IntN(3)+1)
		}
		for _, i := range rng.Perm(len(reps)) {
			r := reps[i]
			for attempt := 0; attempt < 3; attempt++ {
				ok := syncCutOff(t, r, time.Duration(rng.IntN(80))*time.Millisecond)
				if ok {
					completed++
					break
				}
				interrupted++
				unconfirmed += sentButUnconfirmed(t, tm.url, r.st)
			}
		}
	}
	// On a busy machine the random cut-offs may all miss the moment
	// between the hub's commit and the laptop's: keep cutting syncs off,
	// one more call each time, at every delay in turn until one does.
	for extra := 0; unconfirmed == 0 && extra < 400; extra++ {
		r := reps[extra%len(reps)]
		at := week.AddDate(0, 0, 5).Add(time.Duration(extra) * time.Minute)
		r.logged = append(r.logged, logCall(t, r.st, r.accounts[0], at).GlobalID)
		if syncCutOff(t, r, time.Duration(extra%80)*time.Millisecond) {
			completed++
			continue
		}
		interrupted++
		unconfirmed += sentButUnconfirmed(t, tm.url, r.st)
	}
	// Back online for good: everyone syncs to the end, twice, so the last
	// calls sent reach the reps who synced before them.
	for round := 0; round < 2; round++ {
		for _, i := range rng.Perm(len(reps)) {
			syncOnce(t, reps[i].url, reps[i].st)
		}
	}
	t.Logf("%d syncs cut off, %d completed during the week; %d times a cut-off left a call on the hub but still waiting on the laptop",
		interrupted, completed, unconfirmed)
	if interrupted == 0 || unconfirmed == 0 {
		t.Errorf("no sync was cut off between the hub's commit and the laptop's: the simulation tested nothing")
	}

	onHub := hubCallAccounts(t, tm.url)
	logged := 0
	for _, r := range reps {
		for _, id := range r.logged {
			logged++
			if _, ok := onHub[id]; !ok {
				t.Errorf("%s's call %s is not on the hub", r.name, id)
			}
		}
	}
	if len(onHub) != logged {
		t.Errorf("hub holds %d calls, %d were logged", len(onHub), logged)
	}
	shared := 0
	for _, r := range reps {
		mine := map[string]bool{}
		for _, a := range r.accounts {
			mine[a] = true
		}
		want := map[string]bool{}
		for id, acc := range onHub {
			if mine[acc] {
				want[id] = true
			}
		}
		got := globalIDs(t, r.st) // also fails on a call held twice
		missing, extra := 0, 0
		for id := range want {
			if !got[id] {
				missing++
			}
		}
		for id := range got {
			if !want[id] {
				extra++
			}
		}
		if missing != 0 || extra != 0 {
			t.Errorf("%s holds %d calls: %d of the hub's on their accounts missing, %d not the hub's", r.name, len(got), missing, extra)
		}
		shared += len(got) - len(r.logged)
		if st, err := r.st.SyncStatus(ctx); err != nil || st.Pending() != 0 {
			t.Errorf("%s still has %+v pending (%v)", r.name, st, err)
		}
	}
	checkPainsAgree(t, tm.url, reps)
	t.Logf("%d calls logged by 20 reps; the hub holds %d; reps hold %d calls of colleagues; 0 lost, 0 doubled", logged, len(onHub), shared)
	if shared == 0 {
		t.Errorf("no rep received a colleague's call: the shared accounts were not exercised")
	}
}

// syncCutOff runs one sync of r that is cancelled after d, and reports
// whether it completed.
func syncCutOff(t *testing.T, r *simRep, d time.Duration) bool {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), d)
	defer cancel()
	h, err := hub.Connect(ctx, r.url)
	if err != nil {
		return false
	}
	defer h.Close()
	_, err = h.Sync(ctx, r.st, time.Now)
	if err != nil && ctx.Err() == nil {
		t.Fatalf("%s: sync failed without being cut off: %v", r.name, err)
	}
	return err == nil
}

// changePain sets the severity of the account's first pain point, if any.
func changePain(t *testing.T, st *data.Store, account string, at time.Time, severity int) {
	t.Helper()
	v, err := st.AccountView(context.Background(), account, testNow)
	if err != nil {
		t.Fatal(err)
	}
	if len(v.Pains) == 0 {
		return
	}
	p := v.Pains[0]
	p.AccountID, p.Severity = account, severity
	if _, err := st.ChangePain(context.Background(), p, at); err != nil {
		t.Fatal(err)
	}
}

// checkPainsAgree: every rep holds each pain point of their accounts as
// the hub does, with the same history.
func checkPainsAgree(t *testing.T, url string, reps []*simRep) {
	t.Helper()
	ctx := context.Background()
	c, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close(ctx)
	type state struct {
		severity int
		status   string
		changes  int
	}
	onHub := map[string]state{}
	rows, err := c.Query(ctx, `SELECT p.id::text, p.severity, p.status, (SELECT count(*) FROM pain_changes c WHERE c.pain_id = p.id) FROM pains p`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var id string
		var st state
		if err := rows.Scan(&id, &st.severity, &st.status, &st.changes); err != nil {
			t.Fatal(err)
		}
		onHub[id] = st
	}
	contested := 0
	for _, r := range reps {
		rows, err := r.st.DB().QueryContext(ctx, `SELECT p.global_id, p.severity, p.status,
			(SELECT count(*) FROM pain_changes c WHERE c.pain_id = p.global_id) FROM pain_points p`)
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var id string
			var st state
			if err := rows.Scan(&id, &st.severity, &st.status, &st.changes); err != nil {
				t.Fatal(err)
			}
			if hub := onHub[id]; hub != st {
				t.Errorf("%s holds pain %s as %+v, the hub as %+v", r.name, id, st, hub)
			}
			if st.changes > 2 {
				contested++
			}
		}
		rows.Close()
	}
	if contested == 0 {
		t.Errorf("no pain was changed on two laptops")
	}
}

// sentButUnconfirmed counts the calls waiting in st's outbox that the hub
// has already: a sync cut off after the hub committed and before the
// laptop recorded it.
func sentButUnconfirmed(t *testing.T, url string, st *data.Store) int {
	t.Helper()
	ch, err := st.ChangesSince(context.Background(), 0, 10000)
	if err != nil {
		t.Fatal(err)
	}
	onHub := hubCallAccounts(t, url)
	n := 0
	for _, c := range ch.Calls {
		if _, ok := onHub[c.GlobalID]; ok {
			n++
		}
	}
	return n
}

// hubCallAccounts maps every call on the hub to its account.
func hubCallAccounts(t testing.TB, url string) map[string]string {
	t.Helper()
	ctx := context.Background()
	c, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close(ctx)
	rows, err := c.Query(ctx, `SELECT id::text, account_id FROM calls`)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for rows.Next() {
		var id, acc string
		if err := rows.Scan(&id, &acc); err != nil {
			t.Fatal(err)
		}
		out[id] = acc
	}
	return out
}
