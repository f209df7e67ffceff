package ui

import (
	"slices"

	tea "charm.land/bubbletea/v2"

	"talktrack/model"
)

// startCall resumes the call left open for this account, or checks the
// store for a draft before starting one.
func (m *root) startCall(accountID string) tea.Cmd {
	if m.screen != screenAccount || m.account.av == nil || m.account.id != accountID {
		return nil
	}
	if m.call != nil && m.call.accountID == accountID {
		m.screen = screenCall
		return m.call.resume()
	}
	m.callStarting = true
	return loadDraft(m.c.store, accountID)
}

// beginCall starts the call once the store said whether a draft exists.
// When it could not say, no call starts: a new draft would overwrite the
// one that may be there.
func (m *root) beginCall(msg draftLoadedMsg) tea.Cmd {
	m.callStarting = false
	if msg.err != nil {
		m.c.status = status{text: "Could not check for a saved call draft: " + msg.err.Error(), err: true}
		return nil
	}
	if m.screen != screenAccount || m.account.av == nil || m.account.id != msg.accountID {
		return nil
	}
	if m.call != nil && m.call.accountID == msg.accountID {
		m.screen = screenCall
		return m.call.resume()
	}
	var d *model.Draft
	if msg.found {
		d = &msg.draft
		m.c.notify("Restored the call started " + day(d.StartedAt) + " " + d.StartedAt.In(m.c.now().Location()).Format("15:04") + ".")
	}
	var flush tea.Cmd
	if m.call != nil && m.call.dirty() {
		// The call being replaced still has edits on their way to the
		// store; it stays reachable until they are saved.
		m.left = append(m.left, m.call)
		flush = m.call.flush()
	}
	m.callGen++
	m.call = newCallScreen(m.c, m.callGen, *m.account.av, d)
	m.screen = screenCall
	return tea.Batch(flush, m.call.start())
}

// callFor finds the call of an account: the open one, or an earlier one
// still saving its last edits.
func (m *root) callFor(accountID string) *callScreen {
	if m.call != nil && m.call.accountID == accountID {
		return m.call
	}
	for _, c := range m.left {
		if c.accountID == accountID {
			return c
		}
	}
	return nil
}

// unsaved reports whether any call has edits not yet stored.
func (m *root) unsaved() bool {
	if m.call != nil && m.call.dirty() {
		return true
	}
	for _, c := range m.left {
		if c.dirty() {
			return true
		}
	}
	return false
}

// flushAll saves every call's pending edits now.
func (m *root) flushAll() tea.Cmd {
	cmds := make([]tea.Cmd, 0, len(m.left)+1)
	if m.call != nil {
		cmds = append(cmds, m.call.flush())
	}
	for _, c := range m.left {
		cmds = append(cmds, c.flush())
	}
	return tea.Batch(cmds...)
}

// handleCallMsg routes the call's timer, autosave and end to it.
func (m *root) handleCallMsg(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case draftDueMsg:
		if c := m.callFor(msg.accountID); c != nil {
			return c.due(msg)
		}
		return nil
	case draftSavedMsg:
		return m.draftSaved(msg)
	}
	if m.call == nil {
		return nil
	}
	switch msg := msg.(type) {
	case cueDueMsg:
		if msg.gen == m.call.gen {
			return m.call.cueDue(msg)
		}
	case cuesHeardMsg:
		if msg.gen == m.call.gen {
			m.call.cuesHeard(msg)
		}
	case cueRecordedMsg:
		if msg.gen == m.call.gen {
			m.call.cueRecorded(msg)
		}
	case timerTickMsg:
		if msg.gen == m.call.gen {
			return m.c.tick(msg.gen)
		}
	case callLoggedMsg:
		if msg.call.AccountID != m.call.accountID {
			return nil
		}
		if msg.err != nil {
			return m.call.logFailed(msg.err)
		}
		text := "Call logged: " + msg.call.Outcome.Label()
		if !msg.call.FollowUp.IsZero() {
			text += ", follow-up " + day(msg.call.FollowUp)
		}
		return m.endCall(text + ".")
	case draftDiscardedMsg:
		if msg.accountID != m.call.accountID {
			return nil
		}
		if msg.err != nil {
			m.call.phase = phaseOutcome
			m.c.status = status{text: "Could not discard the call: " + msg.err.Error(), err: true}
			return nil
		}
		return m.endCall("Call discarded.")
	}
	return nil
}

// draftSaved passes a save's answer to its call and, when quitting was
// waiting for it, quits or says why it cannot.
func (m *root) draftSaved(msg draftSavedMsg) tea.Cmd {
	c := m.callFor(msg.accountID)
	if c == nil {
		return nil
	}
	cmd := c.savedDraft(msg)
	m.left = slices.DeleteFunc(m.left, func(c *callScreen) bool { return !c.dirty() })
	if !m.quitting {
		return cmd
	}
	if msg.err != nil {
		m.c.status = status{text: "Could not save the call draft: " + msg.err.Error() + "; ctrl+c again quits anyway.", err: true}
		return cmd
	}
	if !m.unsaved() {
		return tea.Quit
	}
	return cmd
}

// endCall closes the call and shows its account again, with the call in
// its recent calls.
func (m *root) endCall(notice string) tea.Cmd {
	id := m.call.accountID
	m.call = nil
	m.c.notify(notice)
	if m.screen == screenCall {
		m.screen = screenAccount
	}
	if m.account.id == id {
		return m.account.reload()
	}
	return nil
}
