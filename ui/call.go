package ui

import (
	"maps"
	"slices"
	"time"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textarea"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"talktrack/model"
)

// callFocus is where keys go during a call.
type callFocus int

const (
	focusNotes callFocus = iota
	focusSuggestions
)

// callPhase is how far a call has got.
type callPhase int

const (
	phaseTalking   callPhase = iota // notes and offers
	phaseOutcome                    // ctrl+s was pressed: pick the outcome
	phaseFollowUp                   // typing a follow-up date
	phaseDiscard                    // confirming that the call is thrown away
	phaseEmpty                      // confirming a connected call with nothing in it
	phaseFinishing                  // the store is logging or discarding it
)

// callScreen is a call in progress: a running timer, the notes, the
// suggestions with the customer's responses, and the outcome at the end.
// Every change is saved as a draft within a second, so nothing typed is
// lost to a crash.
type callScreen struct {
	c   *common
	gen int

	accountID   string
	accountName string
	// draftID is the call's own draft in the store (model.Draft.ID).
	draftID string
	// av is the briefing the call started from, for names and talking points.
	av          model.AccountView
	suggestions []model.Suggestion
	startedAt   time.Time
	restored    bool

	notes    textarea.Model
	offers   []model.Offer
	followUp time.Time
	focus    callFocus
	selected int
	// allOffers lists every suggestion instead of the top three.
	allOffers bool
	// cues is what the notes said (call_cues.go).
	cues callCues
	// contactIdx is the person on the line: 1 + their index in the
	// account's contacts, 0 for nobody picked (call_layout.go).
	contactIdx int
	// qty holds the quantities changed on this call, by product id.
	qty map[string]int
	// showReasons shows the selected offer's reasons instead of its
	// talking points.
	showReasons bool

	phase       callPhase
	followInput textinput.Model
	followErr   string

	// change counts edits; saved is the last edit stored durably and
	// saving the one being stored now (0 when none). One save runs at a
	// time, so an older save can never land after a newer one.
	change, saved, saving int
	resave                bool
	// duePending is set while a draftDue timer runs.
	duePending bool
	saveErr    error
	savedAt    time.Time
	// finish logs or discards the call once no draft save is running, so
	// a late save cannot bring the draft back.
	finish tea.Cmd

	width, height int
}

// newCallScreen starts a call on an account's briefing, restoring the
// draft when there is one.
func newCallScreen(c *common, gen int, v model.AccountView, d *model.Draft) *callScreen {
	cs := &callScreen{
		c:           c,
		gen:         gen,
		accountID:   v.Account.ID,
		accountName: v.Account.Name,
		draftID:     model.NewDraftID(),
		av:          v,
		suggestions: v.Briefing.Suggestions,
		startedAt:   c.now(),
		notes:       newNotes(c.styles),
		followInput: newFollowUpInput(c.styles),
	}
	if d != nil {
		cs.restored = true
		cs.draftID = d.ID
		cs.startedAt = d.StartedAt
		cs.notes.SetValue(d.Notes)
		cs.offers = slices.Clone(d.Offers)
		cs.followUp = d.FollowUp
		cs.savedAt = d.UpdatedAt
		cs.qty = maps.Clone(d.Quantities)
		cs.contactIdx = 1 + slices.IndexFunc(v.Contacts, func(c model.Contact) bool { return d.ContactID != "" && c.ID == d.ContactID })
	} else {
		// A new call is stored at once, so even a crash in the first
		// second leaves a trace of it.
		cs.change = 1
	}
	return cs
}

func newNotes(s Styles) textarea.Model {
	ta := textarea.New()
	ta.ShowLineNumbers = false
	ta.Prompt = "│ "
	ta.Placeholder = "What do they say? Needs, numbers, names, next steps…"
	ta.CharLimit = model.MaxNoteChars
	ta.MaxHeight = 0
	ta.MaxWidth = 0
	st := ta.Styles()
	st.Cursor.Blink = false
	st.Focused.Prompt = s.PaneFocused
	st.Blurred.Prompt = s.Muted
	st.Focused.CursorLine = st.Focused.Text
	st.Focused.Placeholder = s.Muted
	st.Blurred.Placeholder = s.Muted
	ta.SetStyles(st)
	return ta
}

func newFollowUpInput(s Styles) textinput.Model {
	ti := textinput.New()
	ti.Prompt = "follow-up: "
	ti.Placeholder = "YYYY-MM-DD or +N days"
	ti.CharLimit = 20
	// Wide enough for the placeholder: without a width the input shows
	// its first letter only.
	ti.SetWidth(len(ti.Placeholder) + 1)
	st := ti.Styles()
	st.Cursor.Blink = false
	st.Focused.Prompt = s.Input
	ti.SetStyles(st)
	return ti
}

// start focuses the notes, starts the timer and stores a new call; the
// notes of a resumed call are read for cues.
func (cs *callScreen) start() tea.Cmd {
	return tea.Batch(cs.notes.Focus(), cs.c.tick(cs.gen), cs.startSave(), cs.listen())
}

// resume comes back to a call left with esc.
func (cs *callScreen) resume() tea.Cmd {
	if cs.focus == focusNotes && cs.phase == phaseTalking {
		return cs.notes.Focus()
	}
	return nil
}

func (cs *callScreen) elapsed() time.Duration {
	return cs.c.now().Sub(cs.startedAt).Truncate(time.Second)
}

// typing reports whether keys are text: notes, or a follow-up date.
func (cs *callScreen) typing() bool {
	return cs.phase == phaseTalking && cs.focus == focusNotes || cs.phase == phaseFollowUp
}

func (cs *callScreen) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	switch cs.phase {
	case phaseOutcome:
		return cs.handleOutcomeKey(msg)
	case phaseFollowUp:
		return cs.handleFollowUpKey(msg)
	case phaseDiscard:
		return cs.handleDiscardKey(msg)
	case phaseEmpty:
		return cs.handleEmptyKey(msg)
	case phaseFinishing:
		return nil
	}
	k := cs.c.keys
	switch {
	case key.Matches(msg, k.EndCall):
		cs.phase = phaseOutcome
		cs.notes.Blur()
		return nil
	case key.Matches(msg, k.SwitchFocus):
		return cs.switchFocus()
	case key.Matches(msg, k.RecordCue):
		return cs.recordCue()
	case key.Matches(msg, k.Contact):
		cs.nextContact()
		return cs.edit()
	case key.Matches(msg, k.Back):
		cs.notes.Blur()
		cs.c.navigate(leaveCallMsg{})
		return cs.flush()
	}
	if cs.focus == focusNotes {
		return cs.forward(msg)
	}
	switch {
	case key.Matches(msg, k.Up):
		cs.selected = max(0, cs.selected-1)
	case key.Matches(msg, k.Down):
		cs.selected = max(0, min(cs.selected+1, len(cs.rows())-1))
	case key.Matches(msg, k.MoreOffers):
		sg, _, _ := cs.selectedRow()
		cs.allOffers = !cs.allOffers
		cs.selectProduct(sg.Product.ID)
	case key.Matches(msg, k.Accepted):
		return cs.respond(model.ResponseAccepted)
	case key.Matches(msg, k.Interested):
		return cs.respond(model.ResponseInterested)
	case key.Matches(msg, k.NotNow):
		return cs.respond(model.ResponseNotNow)
	case key.Matches(msg, k.Declined):
		return cs.respond(model.ResponseDeclined)
	case key.Matches(msg, k.Reasons):
		cs.showReasons = !cs.showReasons
	case key.Matches(msg, k.More):
		return cs.changeQuantity(1)
	case key.Matches(msg, k.Fewer):
		return cs.changeQuantity(-1)
	}
	return nil
}

func (cs *callScreen) switchFocus() tea.Cmd {
	if cs.focus == focusNotes {
		cs.focus = focusSuggestions
		cs.notes.Blur()
		return nil
	}
	cs.focus = focusNotes
	return cs.notes.Focus()
}

// forward types into the focused text field; a changed text is an edit.
func (cs *callScreen) forward(msg tea.Msg) tea.Cmd {
	switch {
	case cs.phase == phaseFollowUp:
		var cmd tea.Cmd
		cs.followInput, cmd = cs.followInput.Update(msg)
		return cmd
	case cs.phase == phaseTalking && cs.focus == focusNotes:
		before := cs.notes.Value()
		var cmd tea.Cmd
		cs.notes, cmd = cs.notes.Update(msg)
		if cs.notes.Value() != before {
			return tea.Batch(cmd, cs.edit(), cs.listen())
		}
		return cmd
	}
	return nil
}

// respond records the customer's answer to the selected suggestion, live
// or held back; the same answer again takes it back.
func (cs *callScreen) respond(r model.Response) tea.Cmd {
	sg, _, ok := cs.selectedRow()
	if !ok {
		return nil
	}
	id := sg.Product.ID
	i := slices.IndexFunc(cs.offers, func(o model.Offer) bool { return o.ProductID == id })
	switch {
	case i < 0:
		cs.offers = append(cs.offers, model.Offer{ProductID: id, Response: r, Quantity: cs.qty[id]})
	case cs.offers[i].Response == r:
		cs.offers = slices.Delete(cs.offers, i, i+1)
	default:
		cs.offers[i].Response = r
	}
	return cs.edit()
}

// response is the recorded answer for a product, "" when none.
func (cs *callScreen) response(productID string) model.Response {
	for _, o := range cs.offers {
		if o.ProductID == productID {
			return o.Response
		}
	}
	return ""
}

// draft is the call as it stands, for the store.
func (cs *callScreen) draft() model.Draft {
	return model.Draft{
		ID:         cs.draftID,
		AccountID:  cs.accountID,
		StartedAt:  cs.startedAt,
		Notes:      cs.notes.Value(),
		Offers:     slices.Clone(cs.offers),
		FollowUp:   cs.followUp,
		ContactID:  cs.contactID(),
		Quantities: maps.Clone(cs.qty),
		UpdatedAt:  cs.c.now(),
	}
}

// edit notes a change. The first edit after a save starts the draft
// timer and later ones ride along, so the draft is written at most one
// delay after any edit, even while the rep keeps typing, and not once per
// keystroke.
func (cs *callScreen) edit() tea.Cmd {
	cs.change++
	if cs.duePending {
		return nil
	}
	cs.duePending = true
	return draftDue(cs.c.draftDelay, cs.accountID)
}

// dirty reports edits not yet stored. A call being logged or discarded
// has nothing left to save.
func (cs *callScreen) dirty() bool {
	return cs.phase != phaseFinishing && (cs.change > cs.saved || cs.saving != 0)
}

// due saves everything edited since the timer started.
func (cs *callScreen) due(msg draftDueMsg) tea.Cmd {
	if msg.accountID != cs.accountID {
		return nil
	}
	cs.duePending = false
	return cs.startSave()
}

// flush saves now whatever is not saved yet.
func (cs *callScreen) flush() tea.Cmd { return cs.startSave() }

// startSave stores the draft unless a save is running: then it saves
// again when that one is done.
func (cs *callScreen) startSave() tea.Cmd {
	if cs.phase == phaseFinishing || cs.change == cs.saved {
		return nil
	}
	if cs.saving != 0 {
		cs.resave = true
		return nil
	}
	cs.saving = cs.change
	return saveDraft(cs.c.store, cs.draft(), cs.change)
}

// savedDraft takes the answer of a save and starts what waited for it.
func (cs *callScreen) savedDraft(msg draftSavedMsg) tea.Cmd {
	if msg.accountID != cs.accountID {
		return nil
	}
	cs.saving = 0
	if msg.err != nil {
		// The draft is pending: tried again until it lands (below),
		// and the status line says so.
		cs.saveErr = msg.err
	} else {
		cs.saved = max(cs.saved, msg.change)
		cs.saveErr = nil
		cs.savedAt = msg.at
	}
	if cs.finish != nil {
		cmd := cs.finish
		cs.finish = nil
		return cmd
	}
	if cs.resave {
		cs.resave = false
		return cs.startSave()
	}
	if cs.saveErr != nil {
		return cs.c.retrySave(cs.accountID)
	}
	return nil
}

// finishWith runs the store call that ends the call once no draft save
// is running.
func (cs *callScreen) finishWith(cmd tea.Cmd) tea.Cmd {
	cs.phase = phaseFinishing
	cs.resave = false
	if cs.saving != 0 {
		cs.finish = cmd
		return nil
	}
	return cmd
}

// logFailed keeps the call open after the store refused it: the draft
// stays, and the latest edits are saved to it.
func (cs *callScreen) logFailed(err error) tea.Cmd {
	cs.phase = phaseTalking
	cs.c.status = status{text: "Could not log the call (" + err.Error() + "); the notes are kept as a draft.", err: true}
	return tea.Batch(cs.startSave(), cs.resume())
}

func (cs *callScreen) bindings() (short []key.Binding, full [][]key.Binding) {
	k := cs.c.keys
	switch cs.phase {
	case phaseOutcome:
		back := k.Back
		back.SetHelp("esc", "keep calling")
		short = []key.Binding{k.Outcome, k.FollowUp, k.Discard, back}
		return short, [][]key.Binding{short}
	case phaseFollowUp:
		back := k.Back
		back.SetHelp("esc", "cancel")
		short = []key.Binding{k.SetFollowUp, back}
		return short, [][]key.Binding{short}
	case phaseDiscard:
		short = []key.Binding{k.Confirm, k.Cancel}
		return short, [][]key.Binding{short}
	case phaseEmpty:
		confirm, cancel := k.Confirm, k.Cancel
		confirm.SetHelp("y", "log it")
		cancel.SetHelp("esc/n", "add notes")
		short = []key.Binding{confirm, cancel}
		return short, [][]key.Binding{short}
	case phaseFinishing:
		return nil, nil
	}
	back := k.Back
	back.SetHelp("esc", "back (draft kept)")
	// Ending the call comes first, so the footer shows it at any width.
	if cs.focus == focusNotes {
		short = []key.Binding{k.EndCall, k.SwitchFocus, k.RecordCue, k.Contact, back}
		return short, [][]key.Binding{short}
	}
	up, down := k.Up, k.Down
	up.SetHelp("↑/k", "previous suggestion")
	down.SetHelp("↓/j", "next suggestion")
	more := k.MoreOffers
	more.SetEnabled(len(cs.suggestions) > topOffers)
	if cs.allOffers {
		more.SetHelp("m", "top 3 offers")
	}
	responses := []key.Binding{k.Accepted, k.Interested, k.NotNow, k.Declined}
	reasons := k.Reasons
	if cs.showReasons {
		reasons.SetHelp("enter", "talking points")
	}
	short = append([]key.Binding{k.EndCall}, responses...)
	short = append(short, reasons, k.More, more, k.SwitchFocus, back)
	full = [][]key.Binding{responses, {up, down, more, reasons, k.More, k.Fewer}, {k.SwitchFocus, k.RecordCue, k.Contact, k.EndCall, back}}
	return short, full
}
