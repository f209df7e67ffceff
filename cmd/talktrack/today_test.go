package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// todayOut is the contract shape of `today --json`.
type todayOut struct {
	Day, Owner string
	FollowUps  struct {
		Total int
		Items []struct {
			AccountID string `json:"account_id"`
			Owner     string
			Date      string
			Days      int
			Why       string
		}
	} `json:"follow_ups"`
	AtRisk struct {
		Total int
		Items []struct {
			AccountID string `json:"account_id"`
			Owner     string
			Why       string
		}
	} `json:"at_risk"`
}

func TestTodayByOwnerFromFlagEnvAndConfig(t *testing.T) {
	db := demoCopy(t)
	env := map[string]string{"XDG_CONFIG_HOME": t.TempDir()}
	all := decode[todayOut](t, runCLI(t, env, "today", "--json", "--limit", "0", "--db", db).stdout)
	if all.Day != "2026-11-02" || all.Owner != "" || all.FollowUps.Total == 0 || all.AtRisk.Total == 0 {
		t.Fatalf("today for everyone: %+v", all)
	}
	owner := all.AtRisk.Items[0].Owner
	check := func(how string, r result) {
		t.Helper()
		if r.code != 0 {
			t.Fatalf("%s: %s", how, r.stderr)
		}
		got := decode[todayOut](t, r.stdout)
		if got.Owner != owner || got.AtRisk.Total == 0 || got.AtRisk.Total >= all.AtRisk.Total {
			t.Fatalf("%s: owner %q, %d of %d at risk", how, got.Owner, got.AtRisk.Total, all.AtRisk.Total)
		}
		for _, it := range got.FollowUps.Items {
			if it.Owner != owner {
				t.Fatalf("%s: %s of %s in %s's queue", how, it.AccountID, it.Owner, owner)
			}
		}
	}
	check("--owner", runCLI(t, env, "today", "--json", "--owner", owner, "--db", db))
	env["TALKTRACK_OWNER"] = owner
	check("TALKTRACK_OWNER", runCLI(t, env, "today", "--json", "--db", db))
	delete(env, "TALKTRACK_OWNER")
	if r := runCLI(t, env, "config", "set", "owner", owner); r.code != 0 || !strings.Contains(r.stderr, filepath.Join("talktrack", "config.json")) {
		t.Fatalf("config set: %d %s", r.code, r.stderr)
	}
	check("config", runCLI(t, env, "today", "--json", "--db", db))
	if got := decode[todayOut](t, runCLI(t, env, "today", "--json", "--all", "--db", db).stdout); got.Owner != "" || got.AtRisk.Total != all.AtRisk.Total {
		t.Fatalf("--all: %+v", got.Owner)
	}
	if r := runCLI(t, env, "config", "get", "owner"); strings.TrimSpace(r.stdout) != owner {
		t.Fatalf("config get owner: %q", r.stdout)
	}
	wantError(t, runCLI(t, env, "today", "--owner", "Nobody Here", "--db", db), `"Nobody Here"`, owner)
	wantError(t, runCLI(t, env, "config", "set", "colour", "blue"), `"colour"`, "owner")
}

func TestTodayDoneTakesTheFollowUpOff(t *testing.T) {
	db := demoCopy(t)
	before := decode[todayOut](t, runCLI(t, nil, "today", "--json", "--all", "--db", db).stdout)
	id := before.FollowUps.Items[0].AccountID
	if r := runCLI(t, nil, "today", "done", id, "--db", db); r.code != 0 || !strings.Contains(r.stderr, "done") {
		t.Fatalf("today done: %s", r.stderr)
	}
	after := decode[todayOut](t, runCLI(t, nil, "today", "--json", "--all", "--db", db).stdout)
	if after.FollowUps.Total != before.FollowUps.Total-1 {
		t.Fatalf("follow-ups %d then %d", before.FollowUps.Total, after.FollowUps.Total)
	}
	for _, it := range after.FollowUps.Items {
		if it.AccountID == id {
			t.Fatalf("%s is still queued", id)
		}
	}
	wantError(t, runCLI(t, nil, "today", "done", id, "--db", db), "no open follow-up")
	text := runCLI(t, nil, "today", "--all", "--db", db)
	for _, want := range []string{"Today, Mon 2 Nov 2026", "Follow-ups due (", "At risk, slipping or thinking of leaving (", "Renewals in the next 90 days ("} {
		if !strings.Contains(text.stdout, want) {
			t.Errorf("today's text lacks %q:\n%s", want, text.stdout)
		}
	}
}
