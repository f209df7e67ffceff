package main

import (
	"slices"
	"strings"
	"testing"
)

// showBrief is the brief's part of `show --json`.
type showBrief struct {
	Account  struct{ ID, Name string }
	Contacts []struct {
		Name, Title, Email, Phone string
		Primary                   bool
	}
	FollowUps []struct {
		Due      string
		AgreedAt string `json:"agreed_at"`
		Outcome  string
	} `json:"follow_ups"`
	OfferHistory []struct {
		ProductID string `json:"product_id"`
		Response  string
		At        string
		Similar   string
	} `json:"offer_history"`
	RecentCalls []struct{ Notes string } `json:"recent_calls"`
	Health      struct {
		Score   int
		Band    string
		Reasons []struct {
			Points int
			Text   string
		}
	}
}

func TestShowBriefsContactsNotesFollowUpsAndOffers(t *testing.T) {
	db := demoCopy(t)
	accounts := decode[[]map[string]any](t, runCLI(t, nil, "accounts", "--json", "--db", db).stdout)
	var withOffers, withFollowUps, reachable int
	for _, a := range accounts[:60] {
		id := a["id"].(string)
		b := decode[showBrief](t, runCLI(t, nil, "show", id, "--json", "--db", db).stdout)
		sum := 0
		for _, r := range b.Health.Reasons {
			sum += r.Points
		}
		if sum != b.Health.Score || b.Health.Band == "" {
			t.Errorf("%s: health %d (%s), reasons add to %d", id, b.Health.Score, b.Health.Band, sum)
		}
		text := runCLI(t, nil, "show", id, "--db", db).stdout
		for _, c := range b.Contacts {
			if !strings.Contains(text, c.Name) || !strings.Contains(text, c.Phone) || !strings.Contains(text, c.Email) {
				t.Errorf("%s: contact %+v not shown with phone and e-mail", id, c)
			}
			if c.Phone != "" && c.Email != "" {
				reachable++
			}
		}
		// Notes in full: every word of the latest notes is printed.
		if len(b.RecentCalls) > 0 {
			for _, word := range strings.Fields(b.RecentCalls[0].Notes) {
				if !strings.Contains(text, word) {
					t.Errorf("%s: the notes lose %q:\n%s", id, word, text)
					break
				}
			}
		}
		if len(b.OfferHistory) > 0 {
			withOffers++
			o := b.OfferHistory[0]
			if o.Response == "" || o.At == "" || !strings.Contains(text, "Offers made") {
				t.Errorf("%s: offer history %+v", id, o)
			}
		}
		if len(b.FollowUps) > 0 {
			withFollowUps++
			if !strings.Contains(text, "Open follow-ups") || !strings.Contains(text, b.FollowUps[0].Due) {
				t.Errorf("%s: open follow-ups not shown:\n%s", id, text)
			}
		}
	}
	if withOffers == 0 || withFollowUps == 0 || reachable == 0 {
		t.Fatalf("%d accounts with offers, %d with follow-ups, %d contacts with phone and e-mail: the check proves nothing", withOffers, withFollowUps, reachable)
	}
}

func TestShowByPartialName(t *testing.T) {
	db := demoCopy(t)
	accounts := decode[[]map[string]any](t, runCLI(t, nil, "accounts", "--json", "--db", db).stdout)
	// A word of one name that no other name holds opens that account.
	names := make([]string, len(accounts))
	for i, a := range accounts {
		names[i] = strings.ToLower(a["name"].(string))
	}
	unique := ""
	for i, n := range names {
		for _, w := range strings.Fields(n) {
			if len(w) < 5 {
				continue
			}
			count := 0
			for _, m := range names {
				if strings.Contains(m, w) {
					count++
				}
			}
			if count == 1 {
				unique = w
				break
			}
		}
		if unique != "" {
			r := runCLI(t, nil, "show", unique, "--db", db)
			if r.code != 0 || !strings.HasPrefix(r.stdout, accounts[i]["name"].(string)) {
				t.Fatalf("show %q: %d %s %s", unique, r.code, r.stderr, r.stdout)
			}
			break
		}
	}
	if unique == "" {
		t.Fatal("no word fits one account only")
	}
	r := runCLI(t, nil, "show", "gmbh", "--db", db)
	wantError(t, r, `"gmbh" fits`, "give more of the name or the id")
	if !strings.Contains(r.stderr, "(ACC-") {
		t.Fatalf("candidates without ids: %s", r.stderr)
	}
}

func TestLogFollowUpRelative(t *testing.T) {
	db := demoCopy(t)
	id := decode[[]map[string]any](t, runCLI(t, nil, "accounts", "--json", "--db", db).stdout)[5]["id"].(string)
	for flag, want := range map[string]string{"+3d": "2026-11-05", "+2w": "2026-11-16", "2026-12-01": "2026-12-01"} {
		if r := runCLI(t, nil, "log", id, "--db", db, "--outcome", "no_answer", "--follow-up", flag); r.code != 0 {
			t.Fatalf("--follow-up %s: %s", flag, r.stderr)
		}
		calls := decode[[]struct {
			FollowUp string `json:"follow_up"`
		}](t, runCLI(t, nil, "calls", id, "--json", "--db", db).stdout)
		if calls[0].FollowUp != want {
			t.Errorf("--follow-up %s stored %s, want %s", flag, calls[0].FollowUp, want)
		}
	}
	wantError(t, runCLI(t, nil, "log", id, "--db", db, "--outcome", "busy", "--follow-up", "+3x"), `"+3x"`)
}

func TestCompletionOffersAccountsOutcomesAndResponses(t *testing.T) {
	db := demoCopy(t)
	accounts := decode[[]map[string]any](t, runCLI(t, nil, "accounts", "--json", "--db", db).stdout)
	name := accounts[0]["name"].(string)
	r := runCLI(t, nil, "__complete", "show", "--db", db, name[:4])
	if !strings.Contains(r.stdout, name+"\t"+accounts[0]["id"].(string)) {
		t.Fatalf("show %s<tab>: %s", name[:4], r.stdout)
	}
	r = runCLI(t, nil, "__complete", "log", "--db", db, "ACC-0000")
	if !strings.Contains(r.stdout, "ACC-00001\t") {
		t.Fatalf("log ACC-0000<tab>: %s", r.stdout)
	}
	r = runCLI(t, nil, "__complete", "log", "ACC-00001", "--db", db, "--outcome", "")
	for _, o := range []string{"connected", "left_voicemail", "no_answer", "wrong_number"} {
		if !strings.Contains(r.stdout, o+"\n") {
			t.Errorf("--outcome <tab> lacks %s: %s", o, r.stdout)
		}
	}
	r = runCLI(t, nil, "__complete", "log", "ACC-00001", "--db", db, "--offer", "crm-pro=")
	for _, resp := range []string{"accepted", "interested", "not_now", "declined"} {
		if !strings.Contains(r.stdout, "crm-pro="+resp+"\n") {
			t.Errorf("--offer crm-pro=<tab> lacks %s: %s", resp, r.stdout)
		}
	}
	for _, sh := range []string{"bash", "zsh", "fish", "powershell"} {
		if r := runCLI(t, nil, "completion", sh); r.code != 0 || !strings.Contains(r.stdout, "talktrack") {
			t.Errorf("completion %s: %d %s", sh, r.code, r.stderr)
		}
	}
	wantError(t, runCLI(t, nil, "completion", "tcsh"), "tcsh")
}

func TestLogSetsTheFollowUpTheNoteAsksFor(t *testing.T) {
	db := demoCopy(t)
	accounts := decode[[]map[string]any](t, runCLI(t, nil, "accounts", "--json", "--db", db).stdout)
	var id string
	for _, a := range accounts {
		if a["locale"] == "en" {
			id = a["id"].(string)
			break
		}
	}
	followUp := func() string {
		t.Helper()
		calls := decode[[]struct {
			FollowUp string `json:"follow_up"`
		}](t, runCLI(t, nil, "calls", id, "--json", "--db", db).stdout)
		return calls[0].FollowUp
	}
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"--outcome", "connected", "--note", "Good talk. Call me in April, after the budget round."}, "2027-04-01"},
		{[]string{"--outcome", "connected", "--note", "Not now, maybe later."}, "2026-11-16"},
		// The rep's own date wins over the note's.
		{[]string{"--outcome", "connected", "--note", "Call me in April.", "--follow-up", "2026-12-01"}, "2026-12-01"},
		// A voicemail's note is the rep's, not the customer's word.
		{[]string{"--outcome", "left_voicemail", "--note", "Asked them to call me in April."}, ""},
		{[]string{"--outcome", "connected", "--note", "Walked through the new reports."}, ""},
	}
	for _, tt := range tests {
		r := runCLI(t, nil, append([]string{"log", id, "--db", db}, tt.args...)...)
		if r.code != 0 {
			t.Fatalf("log %v: %s", tt.args, r.stderr)
		}
		if got := followUp(); got != tt.want {
			t.Errorf("log %v stored follow-up %q, want %q", tt.args, got, tt.want)
		}
		if said := strings.Contains(r.stderr, "Follow-up set to"); said != (tt.want != "" && !slices.Contains(tt.args, "--follow-up")) {
			t.Errorf("log %v said %q", tt.args, r.stderr)
		}
	}
	// A German account's note, in German.
	for _, a := range accounts {
		if a["locale"] == "de" {
			id = a["id"].(string)
			break
		}
	}
	r := runCLI(t, nil, "log", id, "--db", db, "--outcome", "connected", "--note", "Bitte im April wieder anrufen, vorher ist kein Budget da.")
	if got := followUp(); r.code != 0 || got != "2027-04-01" {
		t.Errorf("German note: follow-up %q (%s)", got, r.stderr)
	}
	// The same account, a note in English: read in English, and what it
	// says holds the briefing back, in German.
	r = runCLI(t, nil, "log", id, "--db", db, "--outcome", "connected", "--note", "Felix says it is way too expensive for them. Call me in May.")
	if got := followUp(); r.code != 0 || got != "2027-05-03" { // 1 May 2027 is a Saturday
		t.Errorf("English note on a German account: follow-up %q (%s)", got, r.stderr)
	}
	// The freeze until April heard first is graver than the price
	// objection heard since, and nothing lifted it: it is what the
	// briefing says, in German.
	if show := runCLI(t, nil, "show", id, "--db", db).stdout; !strings.Contains(show, "Gesprächsnotiz vom ") || !strings.Contains(show, "kein Budget da") || strings.Contains(show, "Suggestions\n  1.") {
		t.Errorf("show after a German freeze and an English price objection:\n%s", show)
	}
}
