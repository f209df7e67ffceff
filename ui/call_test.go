package ui

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"talktrack/model"
)

func TestStartCallStoresNewDraft(t *testing.T) {
	h := newHarness(t, newFakeStore(), 80, 24)
	h.startCall("Northwind Outfitters")
	c := h.m.call
	if c.focus != focusNotes || !c.notes.Focused() {
		t.Error("the notes do not have focus")
	}
	if !c.startedAt.Equal(fixedNow) || c.restored {
		t.Errorf("new call started at %v (restored %v)", c.startedAt, c.restored)
	}
	saves := h.store.savedDrafts()
	if len(saves) != 1 || saves[0].AccountID != "acc-0042" || !saves[0].StartedAt.Equal(fixedNow) {
		t.Fatalf("starting a call saved %+v, want one draft started now", saves)
	}
	if !strings.Contains(h.screen(), "00:00") || !strings.Contains(h.screen(), "saved") {
		t.Errorf("no timer or save state:\n%s", h.screen())
	}
}

func TestTimerTicks(t *testing.T) {
	now := fixedNow
	h := newHarnessAt(t, newFakeStore(), 80, 24, func() time.Time { return now })
	h.startCall("Northwind Outfitters")
	gen := h.m.call.gen
	if !slices.Equal(h.ticks, []int{gen}) {
		t.Fatalf("starting a call asked for ticks %v, want one for call %d", h.ticks, gen)
	}
	now = fixedNow.Add(2*time.Minute + 7*time.Second)
	h.send(timerTickMsg{gen: gen})
	if !strings.Contains(h.screen(), "02:07") {
		t.Errorf("timer does not show 02:07:\n%s", h.screen())
	}
	if !slices.Equal(h.ticks, []int{gen, gen}) {
		t.Errorf("a tick did not schedule the next one: %v", h.ticks)
	}
	// A tick of an earlier call does not start a second clock.
	h.send(timerTickMsg{gen: gen - 1})
	if len(h.ticks) != 2 {
		t.Errorf("a stale tick scheduled another: %v", h.ticks)
	}
	// Once the call is logged the clock stops.
	h.press("ctrl+s", "2")
	h.send(timerTickMsg{gen: gen})
	if len(h.ticks) != 2 {
		t.Errorf("the clock ticks on after the call: %v", h.ticks)
	}
}

func TestTypingSavesDraft(t *testing.T) {
	h := newHarness(t, newFakeStore(), 80, 24)
	h.startCall("Northwind Outfitters")
	h.typeText("Budget approved for Q1")
	saves := h.store.savedDrafts()
	last := saves[len(saves)-1]
	if last.Notes != "Budget approved for Q1" || !last.StartedAt.Equal(fixedNow) {
		t.Errorf("last saved draft = %+v", last)
	}
	if h.m.call.dirty() {
		t.Error("call still has unsaved edits")
	}
	if !strings.Contains(h.screen(), "✓ saved 14:05:00") {
		t.Errorf("status line does not say saved:\n%s", h.screen())
	}
}

// TestDraftSavesAreBatched types a burst of keys: one timer starts at the
// first and one save writes them all, so a rep who keeps typing is still
// saved within one delay, and not once per key.
func TestDraftSavesAreBatched(t *testing.T) {
	h := newHarness(t, newFakeStore(), 80, 24)
	h.startCall("Northwind Outfitters")
	before := len(h.store.savedDrafts())
	var due []tea.Msg
	for _, r := range "Call back Friday" {
		due = append(due, h.collect(h.update(tea.KeyPressMsg{Code: r, Text: string(r)}))...)
	}
	if len(due) != 1 {
		t.Fatalf("a burst of typing started %d draft timers, want 1", len(due))
	}
	if !strings.Contains(h.screen(), "saving…") {
		t.Errorf("pending edits are not shown as saving:\n%s", h.screen())
	}
	h.send(due[0])
	saves := h.store.savedDrafts()[before:]
	if len(saves) != 1 || saves[0].Notes != "Call back Friday" {
		t.Errorf("saves = %+v, want one with the whole text", saves)
	}
	// The next edit starts a new timer.
	if msgs := h.collect(h.update(keyPress("!"))); len(msgs) != 1 {
		t.Errorf("an edit after a save started %d timers, want 1", len(msgs))
	}
}

// TestOneSaveAtATime checks that an edit made while a save runs is saved
// after it, never concurrently, so an older save cannot land last.
func TestOneSaveAtATime(t *testing.T) {
	h := newHarness(t, newFakeStore(), 80, 24)
	h.startCall("Northwind Outfitters")
	first := h.collect(h.update(keyPress("x"))) // the draftDue tick
	saving := h.collect(h.update(first[0]))     // the save of "x" runs
	more := h.collect(h.update(keyPress("y")))  // typed while it runs
	if cmd := h.update(more[0]); cmd != nil {
		t.Fatal("a second save started while one was running")
	}
	for _, msg := range saving {
		h.send(msg) // the first save reports; the second starts now
	}
	saves := h.store.savedDrafts()
	if got := saves[len(saves)-1].Notes; got != "xy" {
		t.Errorf("last saved notes = %q, want xy", got)
	}
}

func TestResponsesAndFocus(t *testing.T) {
	h := newHarness(t, newFakeStore(), 80, 24)
	h.startCall("Northwind Outfitters")
	h.press("a") // in the notes: a letter
	if got := h.m.call.notes.Value(); got != "a" {
		t.Fatalf("notes = %q, want the typed a", got)
	}
	h.press("tab")
	if h.m.call.focus != focusSuggestions || h.m.call.notes.Focused() {
		t.Fatal("tab did not move focus to the suggestions")
	}
	// n twice takes the answer back; d replaces interested.
	h.press("a", "down", "i", "down", "n", "n", "up", "d")
	want := []model.Offer{
		{ProductID: "insights-ent", Response: model.ResponseAccepted},
		{ProductID: "scale-pack", Response: model.ResponseDeclined},
	}
	if !slices.Equal(h.m.call.offers, want) {
		t.Errorf("offers = %+v, want %+v", h.m.call.offers, want)
	}
	if got := h.m.call.notes.Value(); got != "a" {
		t.Errorf("keys on the suggestions went into the notes: %q", got)
	}
	saves := h.store.savedDrafts()
	if got := saves[len(saves)-1].Offers; !slices.Equal(got, want) {
		t.Errorf("saved offers = %+v, want %+v", got, want)
	}
	screen := h.screen()
	if !strings.Contains(screen, "[Accepted]") || !strings.Contains(screen, "[Declined]") {
		t.Errorf("responses are not shown:\n%s", screen)
	}
	h.press("shift+tab")
	if h.m.call.focus != focusNotes || !h.m.call.notes.Focused() {
		t.Error("shift+tab did not bring focus back to the notes")
	}
}

func TestRestoreDraft(t *testing.T) {
	h := newHarness(t, newFakeStore(), 80, 24)
	h.startCall("Alder & Finch Legal")
	c := h.m.call
	if !c.restored || !c.startedAt.Equal(time.Date(2026, 11, 18, 13, 52, 10, 0, time.UTC)) {
		t.Errorf("restored=%v started %v", c.restored, c.startedAt)
	}
	if !strings.HasPrefix(c.notes.Value(), "Spoke with Priya Raman") {
		t.Errorf("notes = %q", c.notes.Value())
	}
	if c.response("docs-ent") != model.ResponseInterested {
		t.Errorf("offers = %+v", c.offers)
	}
	if n := len(h.store.savedDrafts()); n != 0 {
		t.Errorf("restoring saved %d drafts; nothing changed yet", n)
	}
	if !strings.Contains(h.screen(), "12:50") {
		t.Errorf("the timer does not count from the original start:\n%s", h.screen())
	}
	// Typing continues where the notes ended.
	h.typeText(".")
	saves := h.store.savedDrafts()
	if got := saves[len(saves)-1]; !strings.HasSuffix(got.Notes, "January.") || !got.StartedAt.Equal(c.startedAt) {
		t.Errorf("saved %+v", got)
	}
}

func TestDraftLookupErrorStartsNoCall(t *testing.T) {
	store := newFakeStore()
	h := newHarness(t, store, 80, 24)
	h.openAccount("Northwind Outfitters")
	store.draftErr = model.Errorf(model.EINTERNAL, "database is locked")
	h.press("c")
	if h.m.screen == screenCall || h.m.call != nil {
		t.Error("a call started although the draft could not be read")
	}
	if !h.m.c.status.err || !strings.Contains(h.screen(), "database is locked") {
		t.Errorf("status = %+v", h.m.c.status)
	}
}

func TestEndCallLogsOutcome(t *testing.T) {
	now := fixedNow
	store := newFakeStore()
	h := newHarnessAt(t, store, 80, 24, func() time.Time { return now })
	h.startCall("Northwind Outfitters")
	h.typeText("Spoke to reception, Jonas is out until Monday.")
	h.press("tab", "i")
	now = fixedNow.Add(3*time.Minute + 20*time.Second)
	h.press("ctrl+s")
	if h.m.call.phase != phaseOutcome || !strings.Contains(h.screen(), "3 Left live message") {
		t.Fatalf("ctrl+s did not ask for the outcome:\n%s", h.screen())
	}
	h.press("3")
	if len(store.calls) != 1 {
		t.Fatalf("logged %d calls", len(store.calls))
	}
	got := store.calls[0]
	if got.Outcome != model.OutcomeLeftMessage || got.Notes != "Spoke to reception, Jonas is out until Monday." ||
		got.Duration != 200*time.Second || !got.StartedAt.Equal(fixedNow) {
		t.Errorf("logged %+v", got)
	}
	// Reception answered: nobody could answer the offer marked.
	if len(got.Offers) != 0 {
		t.Errorf("offers = %+v on a call that reached nobody", got.Offers)
	}
	if _, ok := store.drafts["acc-0042"]; ok {
		t.Error("the draft survived the logged call")
	}
	if h.m.screen != screenAccount || h.m.call != nil {
		t.Fatalf("after logging: screen %v, call %v", h.m.screen, h.m.call)
	}
	if rc := h.m.account.av.RecentCalls; len(rc) == 0 || rc[0].Outcome != model.OutcomeLeftMessage {
		t.Errorf("recent calls do not start with the new call: %+v", rc)
	}
	if !strings.Contains(h.screen(), "Call logged: Left live message.") {
		t.Errorf("no notice:\n%s", h.screen())
	}
	h.press("esc")
	for _, r := range h.m.portfolio.win.rows {
		if r.ID == "acc-0042" && (r.HasDraft || !r.LastContact.Equal(fixedNow)) {
			t.Errorf("portfolio row not refreshed: %+v", r)
		}
	}
}

// TestAnEmptyConnectedCallAsksFirst: "connected" with no notes, answers or
// follow-up asks before logging a conversation health counts; n goes back
// to the notes with nothing logged, y logs it.
func TestAnEmptyConnectedCallAsksFirst(t *testing.T) {
	h := newHarness(t, newFakeStore(), 80, 24)
	h.startCall("Harbor Point Dental")
	h.press("ctrl+s", "1")
	if len(h.store.calls) != 0 || !strings.Contains(h.screen(), "Connected, with no notes and no answers?") {
		t.Fatalf("an empty connected call was logged without asking (%d calls):\n%s", len(h.store.calls), h.screen())
	}
	h.press("n")
	h.typeText("wants a demo")
	if len(h.store.calls) != 0 || !strings.Contains(h.screen(), "wants a demo") {
		t.Fatalf("n did not go back to the notes:\n%s", h.screen())
	}
	h.press("ctrl+s", "1")
	if len(h.store.calls) != 1 || h.store.calls[0].Notes != "wants a demo" {
		t.Fatalf("a connected call with notes: logged %+v", h.store.calls)
	}
	h.startCall("Harbor Point Dental")
	h.press("ctrl+s", "1", "y")
	if len(h.store.calls) != 2 || h.store.calls[1].Outcome != model.OutcomeConnected {
		t.Errorf("y did not log the empty call: %+v", h.store.calls)
	}
}

func TestEveryOutcomeDigit(t *testing.T) {
	for i, want := range model.Outcomes {
		digit := string(rune('1' + i))
		t.Run(digit, func(t *testing.T) {
			h := newHarness(t, newFakeStore(), 80, 24)
			h.startCall("Harbor Point Dental")
			h.typeText("spoke briefly")
			h.press("ctrl+s", digit)
			if len(h.store.calls) != 1 || h.store.calls[0].Outcome != want {
				t.Errorf("digit %s logged %+v, want %s", digit, h.store.calls, want)
			}
		})
	}
}

func TestFollowUpDate(t *testing.T) {
	h := newHarness(t, newFakeStore(), 80, 24)
	h.startCall("Northwind Outfitters")
	h.press("ctrl+s", "f")
	if !h.m.typing() {
		t.Fatal("f did not open the date input")
	}
	h.typeText("2026-11-01")
	h.press("enter")
	if h.m.call.phase != phaseFollowUp || !strings.Contains(h.screen(), "is in the past") {
		t.Errorf("a past date was accepted:\n%s", h.screen())
	}
	for range 10 {
		h.press("backspace")
	}
	h.typeText("+7")
	h.press("enter")
	if h.m.call.phase != phaseOutcome || !h.m.call.followUp.Equal(date(2026, 11, 25)) {
		t.Fatalf("follow-up = %v, phase %v", h.m.call.followUp, h.m.call.phase)
	}
	saves := h.store.savedDrafts()
	if !saves[len(saves)-1].FollowUp.Equal(date(2026, 11, 25)) {
		t.Error("the follow-up date was not saved with the draft")
	}
	h.press("1")
	if len(h.store.calls) != 1 || !h.store.calls[0].FollowUp.Equal(date(2026, 11, 25)) {
		t.Errorf("logged %+v", h.store.calls)
	}
}

func TestLogErrorKeepsDraft(t *testing.T) {
	store := newFakeStore()
	h := newHarness(t, store, 80, 24)
	h.startCall("Northwind Outfitters")
	h.typeText("Important notes")
	store.logErr = model.Errorf(model.EINTERNAL, "disk is full")
	h.press("ctrl+s", "2")
	if h.m.screen != screenCall || h.m.call == nil || h.m.call.phase != phaseTalking {
		t.Fatalf("a failed log left the call: screen %v", h.m.screen)
	}
	if d, ok := store.drafts["acc-0042"]; !ok || d.Notes != "Important notes" {
		t.Errorf("draft after failed log = %+v", d)
	}
	if !strings.Contains(h.screen(), "disk is full") {
		t.Errorf("the error is not shown:\n%s", h.screen())
	}
	store.logErr = nil
	h.press("ctrl+s", "1")
	if len(store.calls) != 1 {
		t.Error("logging again after the error did not work")
	}
}

func TestSaveErrorShown(t *testing.T) {
	store := newFakeStore()
	h := newHarness(t, store, 80, 24)
	h.startCall("Northwind Outfitters")
	store.saveErr = errors.New("database is locked")
	h.typeText("x")
	if !strings.Contains(h.screen(), "Draft pending, retrying: Database is locked") {
		t.Errorf("save error not in the status line:\n%s", h.screen())
	}
	store.saveErr = nil
	h.typeText("y")
	if h.m.call.saveErr != nil || h.m.call.dirty() {
		t.Error("the next change did not save")
	}
}

// TestFailedDraftSaveIsRetried: a save that fails (the database held by an
// import) shows the draft as pending and is tried again on its own, with
// no further keystroke, until it lands.
func TestFailedDraftSaveIsRetried(t *testing.T) {
	store := newFakeStore()
	h := newHarness(t, store, 80, 24)
	h.startCall("Northwind Outfitters")
	store.saveErr = errors.New("database is busy")
	h.typeText("budget approved")
	if h.retries == 0 {
		t.Fatal("a failed save was not scheduled to be tried again")
	}
	if !strings.Contains(h.screen(), "Draft pending, retrying") {
		t.Errorf("the status line does not show the draft as pending:\n%s", h.screen())
	}
	// Still failing: tried again, still pending.
	tries := h.retries
	h.send(draftDueMsg{accountID: h.m.call.accountID})
	if h.retries != tries+1 || !h.m.call.dirty() {
		t.Errorf("second try: %d retries (want %d), dirty %v", h.retries, tries+1, h.m.call.dirty())
	}
	// The import ends: the next try lands without a keystroke.
	store.saveErr = nil
	h.send(draftDueMsg{accountID: h.m.call.accountID})
	if h.m.call.saveErr != nil || h.m.call.dirty() {
		t.Fatalf("the retry did not save: err %v, dirty %v", h.m.call.saveErr, h.m.call.dirty())
	}
	saves := store.savedDrafts()
	if got := saves[len(saves)-1].Notes; got != "budget approved" {
		t.Errorf("saved notes %q", got)
	}
	if !strings.Contains(h.screen(), "✓ saved") {
		t.Errorf("the status line does not say saved:\n%s", h.screen())
	}
	if h.retries != tries+1 {
		t.Errorf("a save that landed was retried again")
	}
}

func TestDiscardCall(t *testing.T) {
	h := newHarness(t, newFakeStore(), 80, 24)
	h.startCall("Alder & Finch Legal")
	h.press("ctrl+s", "x", "n")
	if h.m.call.phase != phaseOutcome {
		t.Fatal("n did not keep the call")
	}
	h.press("x", "y")
	if _, ok := h.store.drafts["acc-0107"]; ok || h.m.call != nil || h.m.screen != screenAccount {
		t.Errorf("discard: draft still there or call open")
	}
	if len(h.store.calls) != 0 {
		t.Error("a discarded call was logged")
	}
}

func TestEscLeavesCallKeepingDraft(t *testing.T) {
	h := newHarness(t, newFakeStore(), 80, 24)
	h.startCall("Northwind Outfitters")
	cmd := h.update(keyPress("z")) // typed, not saved yet
	h.press("esc")
	if h.m.screen != screenAccount {
		t.Fatalf("esc went to %v", h.m.screen)
	}
	if d := h.store.drafts["acc-0042"]; d.Notes != "z" {
		t.Errorf("leaving did not save the typing: %+v", d)
	}
	h.run(cmd) // the late timer finds nothing left to save
	if !strings.Contains(h.screen(), "call with Northwind Outfitters") {
		t.Errorf("the open call is not shown on the account:\n%s", h.screen())
	}
	// c comes back to the same call, from memory.
	h.press("c")
	if h.m.screen != screenCall || h.m.call.notes.Value() != "z" {
		t.Errorf("c did not resume the call")
	}
}

// TestTypeAhead sends keys faster than the store answers: enter right
// after typing, c before the account has loaded, notes before the call
// has started. Nothing is lost or taken as a command of the wrong screen.
func TestTypeAhead(t *testing.T) {
	h := newHarness(t, newFakeStore(), 80, 24)
	h.press("/")
	var answers []tea.Msg
	for _, k := range []string{"h", "a", "r", "b", "enter", "c", "q", "u", "o", "t", "e"} {
		answers = append(answers, h.collect(h.update(keyPress(k)))...)
	}
	if h.m.screen != screenPortfolio || h.quit {
		t.Fatalf("keys acted before the answers came: screen %v", h.m.screen)
	}
	for _, msg := range answers {
		h.send(msg)
	}
	if h.m.screen != screenCall || h.m.call == nil || h.m.call.accountName != "Harbor Point Dental" {
		t.Fatalf("screen %v, call %+v", h.m.screen, h.m.call)
	}
	if got := h.m.call.notes.Value(); got != "quote" {
		t.Errorf("notes = %q, want quote", got)
	}
	if h.quit {
		t.Error("the q typed into the notes quit")
	}
}

// TestReplacedCallFinishesSaving starts a second call while the first one
// still has a save running and an edit after it: the edit still reaches
// the store.
func TestReplacedCallFinishesSaving(t *testing.T) {
	h := newHarness(t, newFakeStore(), 80, 24)
	h.startCall("Northwind Outfitters")
	due := h.collect(h.update(keyPress("a")))
	save := h.update(due[0]) // the save of "a" is running
	h.collect(h.update(keyPress("b")))
	h.press("esc", "esc")
	h.startCall("Harbor Point Dental")
	if len(h.m.left) != 1 {
		t.Fatalf("the first call was dropped with edits unsaved")
	}
	h.run(save)
	if got := h.store.drafts["acc-0042"].Notes; got != "ab" {
		t.Errorf("first call's draft = %q, want ab", got)
	}
	if len(h.m.left) != 0 || h.m.call.accountName != "Harbor Point Dental" {
		t.Errorf("left calls %d, open call %q", len(h.m.left), h.m.call.accountName)
	}
}

// hostileText carries an OSC 8 hyperlink, a window title, an unusual SGR,
// a C1 screen clear and a bell.
const hostileText = "Evil\x1b]8;;https://evil.example/\x07Corp\x1b]8;;\x07 \x1b]0;title\x07\x1b[5;7;9mBlink\x1b[0m\u009b2J\a"

// leaksControls reports what of hostileText reached the screen raw.
func leaksControls(view string) bool {
	return strings.Contains(view, "\x1b]") || strings.Contains(view, "evil.example") ||
		strings.Contains(view, "\x1b[5;7;9m") || strings.ContainsAny(view, "\a\u009b")
}

// TestScreensShowDataWithoutEscapes: a name, a note and an error message
// holding escape sequences reach the portfolio, the account and the call
// screen as plain text.
func TestScreensShowDataWithoutEscapes(t *testing.T) {
	store := newFakeStore()
	v := store.views["acc-0042"]
	v.Account.Name = hostileText
	v.RecentCalls = append([]model.Call{{ID: 9, AccountID: "acc-0042", StartedAt: fixedNow.AddDate(0, 0, -1),
		Outcome: model.OutcomeConnected, Notes: hostileText}}, v.RecentCalls...)
	store.views["acc-0042"] = v
	for i := range store.accounts {
		if store.accounts[i].ID == "acc-0042" {
			store.accounts[i].Name = hostileText
		}
	}
	h := newHarness(t, store, 100, 30)
	if view := h.m.View().Content; leaksControls(view) || !strings.Contains(ansi.Strip(view), "EvilCorp") {
		t.Errorf("portfolio screen:\n%q", view)
	}
	h.send(openAccountMsg{id: "acc-0042", name: v.Account.Name})
	if view := h.m.View().Content; leaksControls(view) || !strings.Contains(ansi.Strip(view), "EvilCorp") {
		t.Errorf("account screen:\n%q", view)
	}
	h.press("c")
	store.saveErr = errors.New("cannot write " + hostileText)
	h.typeText("x")
	if view := h.m.View().Content; leaksControls(view) || !strings.Contains(ansi.Strip(view), "EvilCorp") {
		t.Errorf("call screen with a save error:\n%q", view)
	}
}

func TestFollowUpInputShowsItsWholePlaceholder(t *testing.T) {
	h := newHarness(t, newFakeStore(), 80, 24)
	h.startCall("Northwind Outfitters")
	h.press("ctrl+s", "f")
	if !strings.Contains(h.screen(), "YYYY-MM-DD or +N days") {
		t.Errorf("the date input hides what to type:\n%s", h.screen())
	}
}

// TestNotesFillTheirPaneAfterTheWindowGrowsBack: notes typed in a small
// window stay in view when it is made large again, from their first line.
func TestNotesFillTheirPaneAfterTheWindowGrowsBack(t *testing.T) {
	h := newHarness(t, newFakeStore(), 160, 50)
	h.startCall("Northwind Outfitters")
	for i := 1; i <= 12; i++ {
		h.typeText(fmt.Sprintf("line %d of the notes", i))
		if i < 12 {
			h.press("enter")
		}
	}
	h.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	h.send(tea.WindowSizeMsg{Width: 160, Height: 50})
	screen := h.screen()
	for _, want := range []string{"line 1 of the notes", "line 12 of the notes"} {
		if !strings.Contains(screen, want) {
			t.Errorf("%q hidden after the window grew back:\n%s", want, screen)
		}
	}
}
