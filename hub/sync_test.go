package hub_test

import (
	"context"
	"reflect"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"talktrack/data"
	"talktrack/data/importer"
	"talktrack/model"
)

func TestTwoRepsOfATerritorySeeEachOthersCalls(t *testing.T) {
	ctx := context.Background()
	tm := newTeam(t, 60)
	owners := tm.owners()
	anaURL := tm.addRep(t, "Ana", owners[0])
	benURL := tm.addRep(t, "Ben", owners[0], owners[1])
	carlURL := tm.addRep(t, "Carl", owners[2])
	ana, ben, carl := newStore(t, "ana.db"), newStore(t, "ben.db"), newStore(t, "carl.db")
	for _, s := range []struct {
		url string
		st  *data.Store
	}{{anaURL, ana}, {benURL, ben}, {carlURL, carl}} {
		syncOnce(t, s.url, s.st)
	}
	shared := tm.accountsOf(owners[0])[0]
	call := logCall(t, ana, shared, testNow, model.Offer{ProductID: tm.ds.Holdings[0].ProductID, Response: model.ResponseInterested, Quantity: 12})
	// Cues heard on the call travel with it.
	cued := model.Call{AccountID: shared, StartedAt: testNow.Add(time.Hour), Outcome: model.OutcomeConnected,
		Notes: "Too expensive for now", Cues: []model.Cue{{Kind: model.CuePrice, Text: "Too expensive"}}}
	if _, err := ana.LogCall(ctx, cued); err != nil {
		t.Fatal(err)
	}
	if st, _ := ana.SyncStatus(ctx); st.PendingCalls != 2 {
		t.Errorf("pending before sync %+v, want 2 calls", st)
	}
	res := syncOnce(t, anaURL, ana)
	if res.SentCalls != 2 || res.Rep != "Ana" {
		t.Errorf("Ana's sync %+v, want 2 calls sent as Ana", res)
	}
	if st, _ := ana.SyncStatus(ctx); st.Pending() != 0 || st.LastSync.IsZero() {
		t.Errorf("status after sync %+v, want nothing pending and a last sync", st)
	}
	if res := syncOnce(t, benURL, ben); res.Pulled.NewCalls != 2 {
		t.Errorf("Ben's sync %+v, want Ana's 2 calls", res)
	}
	calls, err := ben.Calls(ctx, shared)
	if err != nil {
		t.Fatal(err)
	}
	if len(calls) != 2 || len(calls[0].Cues) != 1 || calls[0].Cues[0].Kind != model.CuePrice || calls[0].Cues[0].Text != "Too expensive" {
		t.Fatalf("Ben holds %+v, want Ana's cued call first", calls)
	}
	calls = calls[1:]
	if len(calls) != 1 || calls[0].GlobalID != call.GlobalID || calls[0].LoggedBy != "Ana" || calls[0].Notes != call.Notes ||
		!calls[0].StartedAt.Equal(call.StartedAt) || len(calls[0].Offers) != 1 || calls[0].Offers[0] != call.Offers[0] {
		t.Errorf("Ben holds %+v, want Ana's call %+v logged by Ana", calls, call)
	}
	syncOnce(t, carlURL, carl)
	if ids := globalIDs(t, carl); len(ids) != 0 {
		t.Errorf("Carl, of another territory, holds %d calls", len(ids))
	}
	if _, err := carl.FindAccount(ctx, shared); model.ErrorCode(err) != model.ENOTFOUND {
		t.Errorf("Carl finds the other territory's account %s: %v", shared, err)
	}
}

func TestASyncWhoseConfirmationWasLostSendsNothingTwice(t *testing.T) {
	ctx := context.Background()
	tm := newTeam(t, 30)
	owner := tm.owners()[0]
	url := tm.addRep(t, "Ana", owner)
	ana := newStore(t, "ana.db")
	syncOnce(t, url, ana)
	for i, acc := range tm.accountsOf(owner)[:3] {
		logCall(t, ana, acc, testNow.Add(time.Duration(i)*time.Hour))
	}
	syncOnce(t, url, ana)
	// As if the laptop died after the hub committed and before it
	// recorded that: every call is in the outbox again.
	if _, err := ana.DB().ExecContext(ctx, `INSERT INTO sync_outbox (call_id) SELECT id FROM calls`); err != nil {
		t.Fatal(err)
	}
	res := syncOnce(t, url, ana)
	if res.Pulled.NewCalls != 0 {
		t.Errorf("resent sync %+v pulled calls", res)
	}
	if got := hubCallAccounts(t, tm.url); len(got) != 3 {
		t.Errorf("hub holds %d calls, want 3", len(got))
	}
	if ids := globalIDs(t, ana); len(ids) != 3 {
		t.Errorf("Ana holds %d calls, want 3", len(ids))
	}
	if st, _ := ana.SyncStatus(ctx); st.Pending() != 0 {
		t.Errorf("still pending %+v", st)
	}
}

// TestPainChangedOnTwoLaptopsKeepsTheLatest: two reps change the same
// pain offline; whichever order they sync in, the hub and both laptops
// end with the later change, and both changes are in its history.
func TestPainChangedOnTwoLaptopsKeepsTheLatest(t *testing.T) {
	ctx := context.Background()
	tm := newTeam(t, 40)
	owner := tm.owners()[0]
	anaURL, benURL := tm.addRep(t, "Ana", owner), tm.addRep(t, "Ben", owner)
	ana, ben := newStore(t, "ana.db"), newStore(t, "ben.db")
	syncOnce(t, anaURL, ana)
	syncOnce(t, benURL, ben)

	var pain model.PainPoint
	for _, acc := range tm.accountsOf(owner) {
		v, err := ana.AccountView(ctx, acc, testNow)
		if err != nil {
			t.Fatal(err)
		}
		if len(v.Pains) > 0 && v.Pains[0].Status == model.PainOpen {
			pain = v.Pains[0]
			break
		}
	}
	if pain.ID == 0 {
		t.Fatal("no pain in the territory")
	}
	benPain := pain
	var gid string
	if err := ana.DB().QueryRowContext(ctx, `SELECT global_id FROM pain_points WHERE id = ?`, pain.ID).Scan(&gid); err != nil {
		t.Fatal(err)
	}
	pain.GlobalID, benPain.GlobalID = gid, gid

	// Ana resolves it first; Ben retitles it a minute later; Ana syncs
	// last, so arrival order is the opposite of change order.
	first, later := time.Now().UTC().Truncate(time.Microsecond), time.Now().UTC().Truncate(time.Microsecond).Add(time.Minute)
	pain.Status = model.PainResolved
	if _, err := ana.ChangePain(ctx, pain, first); err != nil {
		t.Fatal(err)
	}
	benPain.Severity, benPain.Title = 3, benPain.Title+" (blocking rollout)"
	if _, err := ben.ChangePain(ctx, benPain, later); err != nil {
		t.Fatal(err)
	}
	syncOnce(t, benURL, ben)
	syncOnce(t, anaURL, ana)
	syncOnce(t, benURL, ben)

	for name, st := range map[string]*data.Store{"Ana": ana, "Ben": ben} {
		hist, err := st.PainHistory(ctx, gid)
		if err != nil {
			t.Fatal(err)
		}
		var ours int
		for _, ch := range hist {
			if ch.ChangedAt.Equal(first) || ch.ChangedAt.Equal(later) {
				ours++
			}
		}
		if ours != 2 || !hist[len(hist)-1].ChangedAt.Equal(later) {
			t.Errorf("%s's history of the pain %+v, want both changes, Ben's last", name, hist)
		}
		var title, status string
		var sev int
		if err := st.DB().QueryRowContext(ctx, `SELECT title, status, severity FROM pain_points WHERE global_id = ?`, gid).Scan(&title, &status, &sev); err != nil {
			t.Fatal(err)
		}
		if title != benPain.Title || status != string(model.PainOpen) || sev != 3 {
			t.Errorf("%s holds the pain as %q %s %d, want Ben's later change", name, title, status, sev)
		}
	}
	c, err := pgx.Connect(ctx, tm.url)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close(ctx)
	var title string
	var changes int
	if err := c.QueryRow(ctx, `SELECT title, (SELECT count(*) FROM pain_changes WHERE pain_id = $1) FROM pains WHERE id = $1`, gid).Scan(&title, &changes); err != nil {
		t.Fatal(err)
	}
	if title != benPain.Title || changes != 3 { // published, Ana's, Ben's
		t.Errorf("hub holds %q with %d changes, want Ben's title and 3 changes", title, changes)
	}
}

// TestTeamOfferStatsCountOtherTerritories: a rep's ranking statistics
// include the answers of reps whose calls they cannot read.
func TestTeamOfferStatsCountOtherTerritories(t *testing.T) {
	ctx := context.Background()
	tm := newTeam(t, 60)
	owners := tm.owners()
	anaURL, benURL := tm.addRep(t, "Ana", owners[0]), tm.addRep(t, "Ben", owners[1])
	ana, ben := newStore(t, "ana.db"), newStore(t, "ben.db")
	syncOnce(t, anaURL, ana)
	syncOnce(t, benURL, ben)
	product := tm.ds.Playbook.Products[0].ID
	benAcc, err := ben.FindAccount(ctx, tm.accountsOf(owners[1])[0])
	if err != nil {
		t.Fatal(err)
	}
	logCall(t, ben, benAcc.ID, testNow, model.Offer{ProductID: product, Response: model.ResponseAccepted})
	logCall(t, ben, benAcc.ID, testNow.Add(time.Hour), model.Offer{ProductID: product, Response: model.ResponseAccepted})
	syncOnce(t, benURL, ben)
	syncOnce(t, anaURL, ana)
	stats, err := ana.TeamOfferStats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := model.TeamOfferStat{ProductID: product, Segment: benAcc.Segment(), Response: model.ResponseAccepted, Answers: 2}
	if len(stats) != 1 || stats[0] != want {
		t.Errorf("Ana's team statistics %+v, want %+v", stats, want)
	}
	if ids := globalIDs(t, ana); len(ids) != 0 {
		t.Errorf("Ana holds %d of Ben's calls", len(ids))
	}
}

// TestAWiderTerritoryIsPulledWhole: a rep given a second owner receives
// that owner's whole book at the next sync, however old its rows.
func TestAWiderTerritoryIsPulledWhole(t *testing.T) {
	ctx := context.Background()
	tm := newTeam(t, 60)
	owners := tm.owners()
	url := tm.addRep(t, "Ana", owners[0])
	ana := newStore(t, "ana.db")
	syncOnce(t, url, ana)
	count := func() int {
		accs, err := ana.Accounts(ctx, "")
		if err != nil {
			t.Fatal(err)
		}
		return len(accs)
	}
	if n, want := count(), len(tm.accountsOf(owners[0])); n != want {
		t.Fatalf("Ana holds %d accounts, want %d", n, want)
	}
	h := connect(t, tm.url)
	rep, err := h.AddRep(ctx, "Ana", []string{owners[0], owners[1]}, tm.url)
	if err != nil {
		t.Fatal(err)
	}
	syncOnce(t, rep.URL, ana)
	if n, want := count(), len(tm.accountsOf(owners[0], owners[1])); n != want {
		t.Errorf("after the territory grew Ana holds %d accounts, want %d", n, want)
	}
}

// TestARepsCatalogueIsSalesOpsPlaybookWhole checks that the playbook a rep
// pulls from the hub is the one sales ops published, field for field:
// prices, pains, how products solve them, seats, regions, translations.
func TestARepsCatalogueIsSalesOpsPlaybookWhole(t *testing.T) {
	ctx := context.Background()
	tm := newTeam(t, 20)
	rep := newStore(t, "rep.db")
	syncOnce(t, tm.addRep(t, "Ana", tm.owners()[0]), rep)
	want, err := tm.book.Playbook(ctx)
	if err != nil {
		t.Fatal(err)
	}
	got, err := rep.Playbook(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for i, p := range want.Products {
		if i >= len(got.Products) || !reflect.DeepEqual(got.Products[i], p) {
			t.Fatalf("the rep's product %d is\n%+v\nsales ops' is\n%+v", i, got.Products[min(i, len(got.Products)-1)], p)
		}
	}
}

// TestAProductNoLongerSoldReachesTheReps: sales ops imports a product
// export saying a product is discontinued and publishes; a rep's next sync
// marks it on the rep's laptop too, so no rep offers it.
func TestAProductNoLongerSoldReachesTheReps(t *testing.T) {
	ctx := context.Background()
	tm := newTeam(t, 30)
	url := tm.addRep(t, "Ana", tm.owners()[0])
	ana := newStore(t, "ana.db")
	syncOnce(t, url, ana)
	product := tm.ds.Playbook.Products[0]
	csv := "id,name,status\n" + product.ID + "," + product.Name + ",discontinued\n"
	if _, err := importer.Import(ctx, tm.book, importer.KindProducts, "products.csv", []byte(csv), importer.Options{}); err != nil {
		t.Fatal(err)
	}
	publish(t, connect(t, tm.url), tm.book)
	syncOnce(t, url, ana)
	cat, err := ana.Catalog(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !cat.Products[product.ID].Discontinued {
		t.Errorf("after sync, Ana's catalogue still sells %s", product.Name)
	}
}
