package ui

import (
	"context"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"talktrack/assets"
	"talktrack/data"
	"talktrack/model"
)

// cueStore is the fake store that can also keep records of cues.
type cueStore struct {
	*fakeStore
	mu          sync.Mutex
	pains       []model.PainPoint
	competitors []string
}

func (s *cueStore) ChangePain(_ context.Context, p model.PainPoint, _ time.Time) (model.PainPoint, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.pains = append(s.pains, p)
	return p, nil
}

func (s *cueStore) NoteCompetitor(_ context.Context, _, competitor, _ string, _ time.Time) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.competitors = append(s.competitors, competitor)
	return nil
}

// listeningHarness is a harness whose calls hear cues with the demo
// playbook's word lists, a millisecond after typing pauses.
func listeningHarness(t *testing.T, w, h int) (*harness, *cueStore) {
	t.Helper()
	pb, err := data.ParsePlaybook(assets.Playbook)
	if err != nil {
		t.Fatal(err)
	}
	d, err := model.NewCueDetector(pb.Cues)
	if err != nil {
		t.Fatal(err)
	}
	hs := newHarness(t, newFakeStore(), w, h)
	store := &cueStore{fakeStore: hs.store}
	hs.m.c.store = store
	hs.m.c.cues, hs.m.c.cueDelay = d, time.Millisecond
	return hs, store
}

func suggestionOrder(sgs []model.Suggestion) string {
	names := make([]string, len(sgs))
	for i, s := range sgs {
		names[i] = s.Product.Name
	}
	return strings.Join(names, ", ")
}

// TestCallHearsAPriceObjection types a price objection on the call
// screen and sees the cue, the playbook's response and the offers in
// their new order, cheaper ones first, with the reason named.
func TestCallHearsAPriceObjection(t *testing.T) {
	hs, _ := listeningHarness(t, 80, 24)
	hs.startCall("Northwind Outfitters")
	before := suggestionOrder(hs.m.call.suggestions)
	hs.typeText("Jonas: honestly that is way too expensive for us")

	screen := hs.screen()
	for _, want := range []string{"Heard Price “too expensive”", "Say   Fair point. Let's look at what you get out of it today"} {
		if !strings.Contains(screen, want) {
			t.Errorf("screen lacks %q:\n%s", want, screen)
		}
	}
	want := model.RerankForCues(hs.m.call.av.Briefing.Suggestions, []model.Cue{{Kind: model.CuePrice, Text: "too expensive"}})
	after := suggestionOrder(hs.m.call.suggestions)
	if after == before || after != suggestionOrder(want.Suggestions) {
		t.Fatalf("order after the objection: %s (before: %s, want %s)", after, before, suggestionOrder(want.Suggestions))
	}
	// Upgrades and more seats are off the list, and the screen says so.
	for _, sg := range hs.m.call.suggestions {
		if sg.Kind == model.KindUpsell || sg.Kind == model.KindSeats {
			t.Errorf("%s (%s) still offered after the objection", sg.Product.Name, sg.Kind)
		}
	}
	if !slices.ContainsFunc(hs.m.call.av.Briefing.Suggestions, func(sg model.Suggestion) bool { return sg.Kind == model.KindUpsell || sg.Kind == model.KindSeats }) {
		t.Fatal("the fixture offers no upgrade or seats to hold back")
	}
	if !strings.Contains(strings.Join(strings.Fields(screen), " "), "no upgrade or more seats on this call") {
		t.Errorf("screen does not say what the objection held back:\n%s", screen)
	}
	// The new order is what the screen lists.
	if len(hs.m.call.suggestions) >= 2 {
		first, second := hs.m.call.suggestions[0].Product.Name, hs.m.call.suggestions[1].Product.Name
		if i, j := strings.Index(screen, first), strings.Index(screen, second); i < 0 || j < 0 || i > j {
			t.Errorf("screen does not list %s before %s:\n%s", first, second, screen)
		}
	}
	// enter on the offer tells why it moved.
	hs.press("tab", "enter")
	if !strings.Contains(hs.screen(), "Price objection heard") {
		t.Errorf("reasons lack the cue:\n%s", hs.screen())
	}
	// Logged with the call.
	hs.press("ctrl+s", "1")
	calls := hs.store.calls
	if len(calls) != 1 || len(calls[0].Cues) != 1 || calls[0].Cues[0].Kind != model.CuePrice {
		t.Fatalf("logged calls %+v", calls)
	}
}

func TestCallIgnoresANegatedObjection(t *testing.T) {
	hs, _ := listeningHarness(t, 80, 24)
	hs.startCall("Northwind Outfitters")
	before := suggestionOrder(hs.m.call.suggestions)
	hs.typeText("not too expensive, is it cheaper next year?")
	if strings.Contains(hs.screen(), "Heard") || suggestionOrder(hs.m.call.suggestions) != before {
		t.Errorf("a negation or a question moved the offers:\n%s", hs.screen())
	}
}

func TestCallChurnRiskStopsOffers(t *testing.T) {
	hs, _ := listeningHarness(t, 80, 24)
	hs.startCall("Northwind Outfitters")
	hs.typeText("we are thinking about cancelling the contract")
	screen := hs.screen()
	if len(hs.m.call.suggestions) != 0 || !strings.Contains(screen, "no offers on this call") {
		t.Errorf("churn risk did not stop the offers:\n%s", screen)
	}
	// What the rep saw stays, held back and without its talking points,
	// so an answer given before the churn risk can still be recorded.
	held := hs.m.call.heldBackOffers()
	if len(held) != topOffers || !strings.Contains(screen, "Held back by what they said") {
		t.Fatalf("held back %d offers:\n%s", len(held), screen)
	}
	for _, tp := range held[0].TalkingPoints {
		if strings.Contains(screen, string(tp.Kind)+" ") {
			t.Errorf("a held-back offer shows its talking points:\n%s", screen)
		}
	}
}

// TestCallRecordsAnAnswerToAnOfferHeldBack pitches the top offer, hears
// "too expensive" and marks it declined: the objection takes upgrades off
// the list, but the answer to the one just pitched is part of the call.
func TestCallRecordsAnAnswerToAnOfferHeldBack(t *testing.T) {
	hs, _ := listeningHarness(t, 80, 24)
	hs.startCall("Northwind Outfitters")
	top := hs.m.call.suggestions[0]
	if top.Kind != model.KindUpsell && top.Kind != model.KindSeats {
		t.Fatalf("the fixture's top offer is a %s, not one a price objection holds back", top.Kind)
	}
	hs.typeText("that upgrade is way too expensive for us")
	if hs.m.call.suggested(top.Product.ID) {
		t.Fatalf("%s still offered after the objection", top.Product.Name)
	}
	hs.press("tab")
	if sg, held, ok := hs.m.call.selectedRow(); !ok || !held || sg.Product.ID != top.Product.ID {
		t.Fatalf("cursor on %s (held %v), want the offer just pitched, held back", sg.Product.Name, held)
	}
	hs.press("d")
	if !strings.Contains(hs.screen(), "[Declined]") {
		t.Errorf("the held-back offer shows no answer:\n%s", hs.screen())
	}
	hs.press("ctrl+s", "1")
	calls := hs.store.calls
	if len(calls) != 1 || !slices.ContainsFunc(calls[0].Offers, func(o model.Offer) bool {
		return o.ProductID == top.Product.ID && o.Response == model.ResponseDeclined
	}) {
		t.Fatalf("logged calls %+v", calls)
	}
}

func TestCallTurnsCuesIntoRecords(t *testing.T) {
	hs, store := listeningHarness(t, 80, 24)
	hs.startCall("Northwind Outfitters")
	hs.typeText("Our imports keep failing. They also use HubSpot. Call back in 2 weeks")
	hs.press("ctrl+r")
	if got := hs.m.call.followUp.Format(time.DateOnly); got != "2026-12-02" {
		t.Errorf("follow-up %s, want two weeks on", got)
	}
	hs.press("ctrl+r", "ctrl+r")
	if len(store.competitors) != 1 || store.competitors[0] != "HubSpot" {
		t.Errorf("competitors noted %v", store.competitors)
	}
	if len(store.pains) != 1 || store.pains[0].Category != "integration" || store.pains[0].Title != "imports keep failing" || store.pains[0].AccountID != "acc-0042" {
		t.Errorf("pains noted %+v", store.pains)
	}
	hs.press("ctrl+r")
	if !strings.Contains(hs.m.c.status.text, "No cue to record") {
		t.Errorf("a fourth ctrl+r: %q", hs.m.c.status.text)
	}
}

// TestCallAt80x24 checks what a rep needs on the smallest screen: the
// selected offer's talking points down to the exit line, the way to end
// the call in the footer in either focus, the contact picked with phone
// and e-mail, and a changed quantity logged with the answer.
func TestCallAt80x24(t *testing.T) {
	hs, _ := listeningHarness(t, 80, 24)
	hs.startCall("Northwind Outfitters")
	hs.typeText("We are hiring 20 people in sales")
	screen := hs.screen()
	sg := hs.m.call.suggestions[hs.m.call.selected]
	exit := ""
	for _, tp := range sg.TalkingPoints {
		if tp.Kind == model.PointExit {
			exit = tp.Text
		}
	}
	if exit == "" || !strings.Contains(strings.Join(strings.Fields(screen), " "), strings.Join(strings.Fields(exit), " ")[:40]) {
		t.Errorf("exit line %q not on the 80x24 screen:\n%s", exit, screen)
	}
	lines := strings.Split(screen, "\n")
	if !strings.Contains(lines[len(lines)-1], "ctrl+s end call") {
		t.Errorf("footer with notes focused: %q", lines[len(lines)-1])
	}
	hs.press("ctrl+p", "ctrl+p")
	if c, ok := hs.m.call.contact(); !ok || c.ID != "c-2" || !strings.Contains(hs.screen(), "Mia Keller") {
		t.Errorf("contact %+v:\n%s", c, hs.screen())
	}
	hs.press("tab")
	lines = strings.Split(hs.screen(), "\n")
	if !strings.Contains(lines[len(lines)-1], "ctrl+s end call") {
		t.Errorf("footer with offers focused: %q", lines[len(lines)-1])
	}
	id := hs.m.call.suggestions[hs.m.call.selected].Product.ID
	q := hs.m.call.quantity(hs.m.call.suggestions[hs.m.call.selected])
	hs.press("+", "+", "a", "-")
	hs.press("ctrl+s", "1")
	c := hs.store.calls[0]
	if c.ContactID != "c-2" || len(c.Offers) != 1 || c.Offers[0].ProductID != id || c.Offers[0].Quantity != q+1 {
		t.Errorf("logged %+v (quantity offered before: %d)", c, q)
	}
}

func TestAccountShowsNotedCompetitor(t *testing.T) {
	store := newFakeStore()
	v := store.views["acc-0042"]
	v.Competitors = []model.NotedCompetitor{{Name: "Zendesk", Words: "evaluating Zendesk"}}
	store.views["acc-0042"] = v
	hs := newHarness(t, store, 100, 30)
	hs.openAccount("Northwind Outfitters")
	if !strings.Contains(hs.screen(), "uses or weighs Zendesk") {
		t.Errorf("account screen lacks the competitor:\n%s", hs.screen())
	}
}

// TestDraftKeepsContactAndQuantity: who is on the line and a quantity
// changed before any answer are saved with the draft and come back when
// the call is resumed.
func TestDraftKeepsContactAndQuantity(t *testing.T) {
	hs, _ := listeningHarness(t, 80, 24)
	hs.startCall("Northwind Outfitters")
	hs.press("ctrl+p", "ctrl+p", "tab")
	sg := hs.m.call.suggestions[hs.m.call.selected]
	q := hs.m.call.quantity(sg)
	hs.press("+", "esc")
	d := hs.store.drafts["acc-0042"]
	if d.ContactID != "c-2" || d.Quantities[sg.Product.ID] != q+1 {
		t.Fatalf("saved draft %+v; want contact c-2 and %d of %s", d, q+1, sg.Product.ID)
	}
	hs.press("c")
	if hs.m.call == nil {
		t.Fatal("c did not resume the call")
	}
	if c, ok := hs.m.call.contact(); !ok || c.ID != "c-2" {
		t.Errorf("resumed call speaks with %+v", c)
	}
	if got := hs.m.call.quantity(sg); got != q+1 {
		t.Errorf("resumed quantity %d, want %d", got, q+1)
	}
}

// TestCueResponseIsShownWhole: the response to a cue is read aloud as it
// stands, so it is never cut short, even in the narrow side pane.
func TestCueResponseIsShownWhole(t *testing.T) {
	hs, _ := listeningHarness(t, 100, 30)
	hs.startCall("Northwind Outfitters")
	hs.typeText("we are also talking to Salesforce about this")
	latest, ok := hs.m.call.latestCue()
	if !ok {
		t.Fatal("no cue heard")
	}
	say := hs.m.c.cues.Response(latest, hs.m.call.av.Account.Locale, hs.m.c.now())
	shown := strings.Join(strings.Fields(strings.ReplaceAll(hs.screen(), "│", " ")), " ")
	if say == "" || !strings.Contains(shown, strings.Join(strings.Fields(say), " ")) {
		t.Errorf("response %q not shown whole:\n%s", say, hs.screen())
	}
}

// TestACallBackTheNotesAskForIsSavedWithoutARecord: the outcome prompt
// shows the day the notes name, and a connected call saved with a digit
// keeps it as its follow-up, as `log` does; a call that did not reach
// them sets none.
func TestACallBackTheNotesAskForIsSavedWithoutARecord(t *testing.T) {
	for _, tc := range []struct {
		digit, want string
	}{{"1", "2027-04-01"}, {"3", ""}} {
		hs, _ := listeningHarness(t, 100, 30)
		hs.startCall("Northwind Outfitters")
		hs.typeText("Happy with it so far. Call me back in April.")
		hs.press("ctrl+s")
		if tc.digit == "1" && !strings.Contains(hs.screen(), "follow-up: 1 Apr 2027") {
			t.Errorf("the outcome prompt does not propose the day the notes name:\n%s", hs.screen())
		}
		hs.press(tc.digit)
		if len(hs.store.calls) != 1 {
			t.Fatalf("logged %d calls", len(hs.store.calls))
		}
		got := ""
		if f := hs.store.calls[0].FollowUp; !f.IsZero() {
			got = f.Format(time.DateOnly)
		}
		if got != tc.want {
			t.Errorf("outcome %s: follow-up %q, want %q", tc.digit, got, tc.want)
		}
	}
}

// TestPeopleJoiningSizeTheSeatsAndTheirTalkingPointsAlike: with the
// briefing's input at hand, people said to join on the call size the seat
// offer as the briefing after the call will, and its talking points say
// the same number.
func TestPeopleJoiningSizeTheSeatsAndTheirTalkingPointsAlike(t *testing.T) {
	pb, err := data.ParsePlaybook(assets.Playbook)
	if err != nil {
		t.Fatal(err)
	}
	hs, _ := listeningHarness(t, 100, 30)
	hs.startCall("Northwind Outfitters")
	in := model.BriefingInput{
		Account:  model.Account{ID: "acc-0042", Name: "Northwind Outfitters", Industry: "retail", SizeBand: "200-999", Locale: "en", Stage: model.StageValueRealized, ARR: 500000},
		Catalog:  model.NewCatalog(pb),
		Now:      fixedNow,
		Holdings: []model.Holding{{AccountID: "acc-0042", ProductID: "crm-pro", Quantity: 40, SeatsUsed: 38}},
	}
	hs.m.call.av.Input = &in
	hs.typeText("We hire 30 new reps in March.")
	// 38 of 40 seats in use and 30 joining: the CRM offer, more seats or
	// the upgrade carrying them, is for 68 people.
	var crm *model.Suggestion
	for i, s := range hs.m.call.suggestions {
		if s.Product.Family == "CRM" {
			crm = &hs.m.call.suggestions[i]
			break
		}
	}
	if crm == nil {
		t.Fatalf("no CRM offer for 30 people joining: %s", suggestionOrder(hs.m.call.suggestions))
	}
	want := 68
	if crm.Kind == model.KindSeats {
		want = 28
	}
	if crm.Quantity != want {
		t.Errorf("%s %s ×%d for 30 people joining 38 of 40 in use, want ×%d", crm.Kind, crm.Product.ID, crm.Quantity, want)
	}
	said := false
	for _, p := range crm.TalkingPoints {
		if strings.Contains(p.Text, strconv.Itoa(want)) {
			said = true
		}
	}
	if !said {
		t.Errorf("the talking points do not say the %d seats offered: %+v", want, crm.TalkingPoints)
	}
}

// TestEveryCueHeardStaysInView: many cues on an 80-column call screen
// are all named, the last one too, their quotes shortened if need be.
func TestEveryCueHeardStaysInView(t *testing.T) {
	hs, _ := listeningHarness(t, 80, 30)
	hs.startCall("Northwind Outfitters")
	hs.typeText("Renewal is way too expensive for what they use. They are also talking to HubSpot and Salesforce. Call back in April. Finance froze all new spend.")
	screen := hs.screen()
	var heard []string
	for _, l := range strings.Split(screen, "\n") {
		if strings.Contains(l, "Heard ") || (len(heard) > 0 && len(heard) < 2 && strings.HasPrefix(l, "        ") && strings.Contains(l, "“")) {
			heard = append(heard, l)
		}
	}
	all := strings.Join(heard, " ")
	for _, kind := range []string{"Price", "Competitor", "Timing"} {
		if !strings.Contains(all, kind+" “") {
			t.Errorf("%s cue not in view: %q", kind, all)
		}
	}
	if n := len(hs.m.call.cues.heard); n < 5 {
		t.Fatalf("only %d cues heard; the test needs more than a line holds", n)
	}
	if strings.Count(all, "“") != len(hs.m.call.cues.heard) {
		t.Errorf("%d cues heard, %d named: %q", len(hs.m.call.cues.heard), strings.Count(all, "“"), all)
	}
}
