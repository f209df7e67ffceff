package ui

import (
	"fmt"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"talktrack/model"
)

// handleOutcomeKey: a digit picks the outcome and logs the call at once;
// f sets a follow-up date first; x throws the call away.
func (cs *callScreen) handleOutcomeKey(msg tea.KeyPressMsg) tea.Cmd {
	k := cs.c.keys
	switch {
	case key.Matches(msg, k.Outcome):
		o := model.Outcomes[msg.String()[0]-'1']
		if o == model.OutcomeConnected && cs.empty() {
			cs.phase = phaseEmpty
			return nil
		}
		return cs.pick(o)
	case key.Matches(msg, k.FollowUp):
		cs.phase = phaseFollowUp
		cs.followErr = ""
		cs.followInput.SetValue("")
		if !cs.followUp.IsZero() {
			cs.followInput.SetValue(cs.followUp.Format(time.DateOnly))
		}
		return cs.followInput.Focus()
	case key.Matches(msg, k.Discard):
		cs.phase = phaseDiscard
	case key.Matches(msg, k.Back):
		cs.phase = phaseTalking
		return cs.resume()
	}
	return nil
}

// handleFollowUpKey types the date; enter checks and keeps it.
func (cs *callScreen) handleFollowUpKey(msg tea.KeyPressMsg) tea.Cmd {
	k := cs.c.keys
	switch {
	case key.Matches(msg, k.Back):
		cs.phase = phaseOutcome
		cs.followInput.Blur()
		return nil
	case key.Matches(msg, k.SetFollowUp):
		d, err := model.ParseFollowUp(cs.followInput.Value(), cs.c.now())
		if err != nil {
			cs.followErr = errorText(err)
			return nil
		}
		cs.followErr = ""
		cs.phase = phaseOutcome
		cs.followInput.Blur()
		if d.Equal(cs.followUp) {
			return nil
		}
		cs.followUp = d
		return cs.edit()
	}
	return cs.forward(msg)
}

func (cs *callScreen) handleDiscardKey(msg tea.KeyPressMsg) tea.Cmd {
	k := cs.c.keys
	switch {
	case key.Matches(msg, k.Confirm):
		return cs.finishWith(discardDraft(cs.c.store, cs.accountID, cs.draftID))
	case key.Matches(msg, k.Cancel):
		cs.phase = phaseOutcome
	}
	return nil
}

// empty reports whether the call holds nothing a conversation leaves: no
// notes, no answer to an offer, no follow-up date.
func (cs *callScreen) empty() bool {
	return strings.TrimSpace(cs.notes.Value()) == "" && len(cs.offers) == 0 && cs.followUp.IsZero()
}

// handleEmptyKey: y logs the connected call as it is, n or esc goes back
// to the notes.
func (cs *callScreen) handleEmptyKey(msg tea.KeyPressMsg) tea.Cmd {
	k := cs.c.keys
	switch {
	case key.Matches(msg, k.Confirm):
		return cs.pick(model.OutcomeConnected)
	case key.Matches(msg, k.Cancel):
		cs.phase = phaseTalking
		cs.focus = focusNotes
		return cs.resume()
	}
	return nil
}

// pick ends the call with an outcome and logs it with the notes, the
// responses and the follow-up date.
func (cs *callScreen) pick(o model.Outcome) tea.Cmd {
	now := cs.c.now()
	c := model.Call{
		AccountID: cs.accountID,
		StartedAt: cs.startedAt,
		Duration:  max(0, now.Sub(cs.startedAt).Truncate(time.Second)),
		Outcome:   o,
		Notes:     strings.TrimSpace(cs.notes.Value()),
		FollowUp:  cs.followUp,
		Offers:    cs.offers,
		DraftID:   cs.draftID,
		ContactID: cs.contactID(),
		// Detection is cheap enough to read the final notes here, so a
		// cue typed in the last moment is saved too.
		Cues: cs.c.cues.DetectNote(strings.TrimSpace(cs.notes.Value()), cs.av.Account.Locale),
	}
	// A connected call whose notes name a time and no date chosen gets
	// that day, as log does: the screen proposed it, and a call-back the
	// customer asked for must not be lost.
	if day, _, ok := model.NoteFollowUp(c.Cues, now); ok && c.FollowUp.IsZero() && o == model.OutcomeConnected {
		c.FollowUp = day
	}
	msg := "Logging the call…"
	if o != model.OutcomeConnected && len(c.Offers) > 0 {
		// Nobody was reached: no offer was answered.
		c.Offers = nil
		msg = "Logging the call without the answers marked: “" + o.Label() + "” reached nobody to answer an offer."
	}
	cs.c.notify(msg)
	return cs.finishWith(logCall(cs.c.store, c))
}

// outcomeLines is the prompt shown under the call once it is ending.
func (cs *callScreen) outcomeLines(w int) []string {
	s := cs.c.styles
	follow := "none"
	if !cs.followUp.IsZero() {
		follow = day(cs.followUp) + " (" + relativeDay(cs.c.now(), cs.followUp) + ")"
	} else if d, heard, ok := model.NoteFollowUp(cs.cues.heard, cs.c.now()); ok {
		follow = day(d) + " (" + relativeDay(cs.c.now(), d) + "), from “" + heard.Text + "” if connected; f to change"
	}
	switch cs.phase {
	case phaseOutcome:
		opt := func(i int) string {
			return s.HelpKey.Render(fmt.Sprint(i+1)) + " " + model.Outcomes[i].Label()
		}
		return []string{
			s.Section.Render("End of call: how did it go? A digit saves at once."),
			truncate(strings.Join([]string{opt(0), opt(1), opt(2)}, "   "), w),
			truncate(strings.Join([]string{opt(3), opt(4), opt(5)}, "   "), w),
			truncate(s.Muted.Render("follow-up: ")+follow, w),
		}
	case phaseFollowUp:
		lines := []string{
			s.Section.Render("Follow-up date"),
			cs.followInput.View(),
		}
		if cs.followErr != "" {
			lines = append(lines, s.StatusError.Render(truncate(cs.followErr, w)))
		} else {
			lines = append(lines, s.Muted.Render(truncate("enter keeps it (empty clears it) · esc cancels", w)))
		}
		return lines
	case phaseDiscard:
		return []string{
			s.StatusError.Render(truncate("Discard this call? Its notes and responses are deleted and it is not logged.", w)),
			s.Muted.Render("y discards · esc or n keeps it"),
		}
	case phaseEmpty:
		return []string{
			s.Warning.Render(truncate("Connected, with no notes and no answers? It counts as a conversation in health.", w)),
			s.Muted.Render("y logs it as it is · esc or n goes back to the notes"),
		}
	case phaseFinishing:
		return []string{s.Muted.Render("Saving…")}
	}
	if !cs.followUp.IsZero() {
		return []string{s.Muted.Render("follow-up: ") + follow}
	}
	return nil
}
