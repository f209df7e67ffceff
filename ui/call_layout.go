package ui

import (
	"fmt"
	"slices"
	"strings"

	tea "charm.land/bubbletea/v2"

	"talktrack/model"
)

// minNotesRows is the least room the notes keep on a narrow call screen:
// their title and the line being typed.
const minNotesRows = 2

// fitNotes sizes the notes of a narrow call screen so that the selected
// offer's talking points, down to the exit line, fit under them: the notes
// take what the offers leave, between minNotesRows and their usual share.
// It returns the rows the notes pane takes.
func (cs *callScreen) fitNotes(w, area int) int {
	need := len(cs.offerLines(w, area))
	nh := min(notesHeight(area), max(minNotesRows, area-need))
	if cs.notes.Height() != nh-1 {
		cs.setNotesHeight(nh - 1)
	}
	return nh
}

// reasonLines explains the selected offer's score, point by point, the
// cues heard on this call included.
func (cs *callScreen) reasonLines(sg model.Suggestion, w int) []string {
	s := cs.c.styles
	lines := []string{s.PaneBlurred.Render(truncate(fmt.Sprintf("  Why %s (score %d) · enter: talking points", sg.Product.Name, sg.Score), w))}
	for _, r := range sg.Reasons {
		lines = append(lines, hanging("  "+s.Muted.Render(pad(fmt.Sprintf("%+d", r.Points), 4))+" ", 7, r.Text, w)...)
	}
	return lines
}

// quantity is what the rep offers of a suggestion: the quantity changed
// on this call, or the suggestion's own.
func (cs *callScreen) quantity(sg model.Suggestion) int {
	if q := cs.qty[sg.Product.ID]; q > 0 {
		return q
	}
	for _, o := range cs.offers {
		if o.ProductID == sg.Product.ID && o.Quantity > 0 {
			return o.Quantity
		}
	}
	return max(sg.Quantity, 1)
}

// changeQuantity offers one more or one fewer of the selected suggestion,
// before its answer is marked or after; an answered offer keeps the new
// quantity, and one answered later takes it. A held-back offer keeps the
// quantity it was shown with.
func (cs *callScreen) changeQuantity(delta int) tea.Cmd {
	sg, held, ok := cs.selectedRow()
	if !ok || held {
		return nil
	}
	q := max(1, cs.quantity(sg)+delta)
	if cs.qty == nil {
		cs.qty = map[string]int{}
	}
	cs.qty[sg.Product.ID] = q
	if i := slices.IndexFunc(cs.offers, func(o model.Offer) bool { return o.ProductID == sg.Product.ID }); i >= 0 {
		cs.offers[i].Quantity = q
	}
	return cs.edit()
}

// contact is the person on the line, when one is picked.
func (cs *callScreen) contact() (model.Contact, bool) {
	if cs.contactIdx <= 0 || cs.contactIdx > len(cs.av.Contacts) {
		return model.Contact{}, false
	}
	return cs.av.Contacts[cs.contactIdx-1], true
}

// nextContact steps through the account's contacts, then back to nobody.
func (cs *callScreen) nextContact() {
	if len(cs.av.Contacts) == 0 {
		cs.c.notify("No contacts are stored for this account.")
		return
	}
	cs.contactIdx = (cs.contactIdx + 1) % (len(cs.av.Contacts) + 1)
	if c, ok := cs.contact(); ok {
		cs.c.notify("Speaking with " + c.Name + contactWays(c) + ".")
	} else {
		cs.c.notify("No contact picked.")
	}
}

// contactWays is ", phone · email" of a contact, what is known of it.
func contactWays(c model.Contact) string {
	var ways []string
	for _, w := range []string{c.Phone, c.Email} {
		if strings.TrimSpace(w) != "" {
			ways = append(ways, w)
		}
	}
	if len(ways) == 0 {
		return ""
	}
	return ", " + strings.Join(ways, " · ")
}

// contactLine is who is on the line, for the notes' title.
func (cs *callScreen) contactLine() string {
	c, ok := cs.contact()
	if !ok {
		if len(cs.av.Contacts) == 0 {
			return ""
		}
		return cs.c.styles.Muted.Render("  ctrl+p: who?")
	}
	return "  " + cs.c.styles.Bold.Render(c.Name) + cs.c.styles.Muted.Render(contactWays(c))
}

// contactID is the picked contact's id, "" when nobody is picked.
func (cs *callScreen) contactID() string {
	c, _ := cs.contact()
	return c.ID
}
