package main

import (
	"context"
	"encoding/json"
	"math/rand/v2"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"talktrack/data"
	"talktrack/hub/hubtest"
	"talktrack/model"
)

// teamHub runs the README's "Working as a team" commands as real
// processes up to the reps' first syncs: an empty database becomes a hub
// with a published demo book and two reps of one owner. It returns the
// reps' URLs and database files.
func teamHub(t *testing.T) (hubURL string, reps map[string]string, dbs map[string]string, owner string) {
	t.Helper()
	hubURL = hubtest.NewDatabase(t)
	dir := t.TempDir()
	book := filepath.Join(dir, "book.db")
	must := func(args ...string) string {
		t.Helper()
		r := runProcess(t, nil, args...)
		if r.code != 0 {
			t.Fatalf("talktrack %v: %s", args, r.stderr)
		}
		return r.stdout
	}
	must("hub", "init", "--hub", hubURL)
	must("demo", "--db", book, "--accounts", "120")
	must("hub", "publish", "--hub", hubURL, "--db", book)
	var accounts []model.Account
	if err := json.Unmarshal([]byte(must("accounts", "--db", book, "--json")), &accounts); err != nil {
		t.Fatal(err)
	}
	owner = accounts[0].Owner
	reps, dbs = map[string]string{}, map[string]string{}
	for _, name := range []string{"ana", "ben"} {
		var rep struct{ Rep, URL string }
		if err := json.Unmarshal([]byte(must("hub", "add-rep", name, "--owner", owner, "--hub", hubURL, "--json")), &rep); err != nil {
			t.Fatal(err)
		}
		reps[name], dbs[name] = rep.URL, filepath.Join(dir, name+".db")
		must("sync", "--hub", rep.URL, "--db", dbs[name])
	}
	return hubURL, reps, dbs, owner
}

// TestTwoRepsSeeEachOthersCallsThroughTheHub follows the README from an
// empty PostgreSQL database to two reps seeing each other's calls.
func TestTwoRepsSeeEachOthersCallsThroughTheHub(t *testing.T) {
	_, reps, dbs, owner := teamHub(t)
	var accounts []model.Account
	r := runProcess(t, nil, "accounts", "--db", dbs["ana"], "--json")
	if err := json.Unmarshal([]byte(r.stdout), &accounts); err != nil || len(accounts) == 0 {
		t.Fatalf("ana's accounts: %v %s", err, r.stderr)
	}
	for _, a := range accounts {
		if a.Owner != owner {
			t.Errorf("ana holds %s of %s, outside her territory", a.ID, a.Owner)
		}
	}
	acc := accounts[0].ID
	if r := runProcess(t, nil, "log", acc, "--db", dbs["ana"], "--outcome", "connected", "--note", "Wants usage numbers first"); r.code != 0 {
		t.Fatal(r.stderr)
	}
	for _, name := range []string{"ana", "ben"} {
		if r := runProcess(t, []string{"TALKTRACK_HUB=" + reps[name]}, "sync", "--db", dbs[name]); r.code != 0 {
			t.Fatalf("%s's sync: %s", name, r.stderr)
		}
	}
	r = runProcess(t, nil, "calls", acc, "--db", dbs["ben"], "--json")
	var calls []callJSON
	if err := json.Unmarshal([]byte(r.stdout), &calls); err != nil {
		t.Fatalf("ben's calls: %v %s", err, r.stderr)
	}
	if len(calls) != 1 || calls[0].Notes != "Wants usage numbers first" || calls[0].LoggedBy != "ana" {
		t.Errorf("ben sees %+v, want ana's call", calls)
	}
}

// TestSyncKilledMidwayLosesAndDoublesNothing kills real `talktrack sync`
// processes with SIGKILL at random moments while they send 300 calls,
// then lets one finish: the hub and the laptop hold each call once.
func TestSyncKilledMidwayLosesAndDoublesNothing(t *testing.T) {
	ctx := context.Background()
	hubURL, reps, dbs, owner := teamHub(t)
	st, err := data.Open(dbs["ana"])
	if err != nil {
		t.Fatal(err)
	}
	accounts, err := st.Accounts(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	const n = 300
	for i := 0; i < n; i++ {
		a := accounts[i%len(accounts)]
		if a.Owner != owner {
			t.Fatalf("account %s of %s", a.ID, a.Owner)
		}
		if _, err := st.LogCall(ctx, model.Call{AccountID: a.ID, StartedAt: fixedNow.Add(time.Duration(i) * time.Minute),
			Outcome: model.OutcomeBusy}); err != nil {
			t.Fatal(err)
		}
	}
	st.Close()

	seed := uint64(time.Now().UnixNano())
	rng := rand.New(rand.NewPCG(seed, 9))
	c, err := pgx.Connect(ctx, hubURL)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close(ctx)
	killed := 0
	var progress []int // calls on the hub after each attempt
	for i := 0; i < 10; i++ {
		p := start(t, []string{"TALKTRACK_HUB=" + reps["ana"]}, "sync", "--db", dbs["ana"])
		time.Sleep(time.Duration(rng.IntN(60)) * time.Millisecond)
		if p.cmd.Process.Signal(syscall.SIGKILL) == nil {
			if r := p.wait(); r.code != 0 {
				killed++
			}
		} else {
			p.wait()
		}
		var now int
		if err := c.QueryRow(ctx, `SELECT count(*) FROM calls`).Scan(&now); err != nil {
			t.Fatal(err)
		}
		progress = append(progress, now)
	}
	t.Logf("seed %d: %d of 10 syncs killed midway; calls on the hub after each: %v", seed, killed, progress)
	if r := runProcess(t, []string{"TALKTRACK_HUB=" + reps["ana"]}, "sync", "--db", dbs["ana"]); r.code != 0 {
		t.Fatalf("final sync: %s", r.stderr)
	}

	var onHub, distinct int
	if err := c.QueryRow(ctx, `SELECT count(*), count(DISTINCT id) FROM calls`).Scan(&onHub, &distinct); err != nil {
		t.Fatal(err)
	}
	st, err = data.Open(dbs["ana"])
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	calls, err := st.Calls(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	status, err := st.SyncStatus(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if onHub != n || distinct != n || len(calls) != n || status.Pending() != 0 {
		t.Errorf("after %d killed syncs: hub %d calls (%d distinct), laptop %d, pending %d; want %d everywhere and none pending",
			killed, onHub, distinct, len(calls), status.Pending(), n)
	}
	if killed == 0 {
		t.Errorf("no sync was killed midway: the test tested nothing")
	}
}
