package ui

import (
	"fmt"
	"strings"

	"talktrack/model"
)

// wideCallWidth is where the suggestions move beside the notes.
const wideCallWidth = 100

// notesHeight splits the room of a narrow call screen: notes on top,
// suggestions under them.
func notesHeight(area int) int { return max(4, area*45/100) }

func (cs *callScreen) setSize(w, h int) {
	cs.width, cs.height = w, h
	area := max(4, h-len(cs.outcomeLines(w)))
	if w >= wideCallWidth {
		cs.notes.SetWidth(w * 11 / 20)
		cs.setNotesHeight(area - 1)
		return
	}
	cs.notes.SetWidth(w)
	cs.setNotesHeight(notesHeight(area) - 1)
}

// setNotesHeight sizes the notes. The textarea keeps its scroll offset
// when it grows, which left the earlier lines hidden above empty rows
// after a small window was made large again: with the cursor on the last
// line, as while typing, the view is scrolled back so that it is filled.
func (cs *callScreen) setNotesHeight(h int) {
	grew := h > cs.notes.Height()
	cs.notes.SetHeight(h)
	if !grew || cs.notes.ScrollYOffset() == 0 || cs.notes.Line() != cs.notes.LineCount()-1 {
		return
	}
	col := cs.notes.Column()
	cs.notes.MoveToBegin()
	cs.notes.MoveToEnd()
	cs.notes.SetCursorColumn(col)
}

func (cs *callScreen) titleInfo() string {
	s := cs.c.styles
	return s.Bold.Render(cs.accountName) + "  " + s.Draft.Render("● "+clock(cs.elapsed()))
}

func (cs *callScreen) view(w, h int) []string {
	bottom := cs.outcomeLines(w)
	area := max(4, h-len(bottom))
	var lines []string
	if w >= wideCallWidth {
		nw := w * 11 / 20
		lines = joinColumns(cs.notesPane(nw, area), cs.suggestionPane(w-nw-3, area), nw, cs.c.styles.Muted.Render(" │ "))
	} else {
		nh := cs.fitNotes(w, area)
		lines = append(cs.notesPane(w, nh), cs.suggestionPane(w, area-nh)...)
	}
	return fit(append(fit(lines, area), bottom...), h)
}

// paneTitle marks the focused pane in colour and with a ▸, so focus shows
// without colour too.
func (cs *callScreen) paneTitle(title string, focused bool) string {
	if focused && cs.phase == phaseTalking {
		return cs.c.styles.PaneFocused.Render("▸ " + title)
	}
	return cs.c.styles.PaneBlurred.Render("  " + title)
}

func (cs *callScreen) notesPane(w, h int) []string {
	s := cs.c.styles
	loc := cs.c.now().Location()
	info := "started " + cs.startedAt.In(loc).Format("15:04")
	if cs.restored {
		info = "resumed call from " + cs.startedAt.In(loc).Format("2 Jan 15:04")
	}
	title := cs.paneTitle("Notes", cs.focus == focusNotes) + s.Muted.Render("  "+info) + cs.contactLine()
	lines := []string{truncate(title, w)}
	lines = append(lines, strings.Split(cs.notes.View(), "\n")...)
	return fit(lines, h)
}

// suggestionPane lists what to offer with the responses so far, then
// what to say about the selected one, then their pains, room permitting.
func (cs *callScreen) suggestionPane(w, h int) []string {
	s := cs.c.styles
	lines := cs.offerLines(w, h)
	// What hurts them stays in sight during the call, room permitting.
	if pains := openPains(cs.av.Pains); len(pains) > 0 && len(lines)+2 < h {
		lines = append(lines, "", s.PaneBlurred.Render("  Their pains"))
		for _, p := range pains {
			lines = append(lines, hanging("  "+severityStyle(s, p.Severity).Render(severityDots(p.Severity))+" ", 6, "“"+p.Title+"”", w)...)
		}
	}
	return fit(lines, h)
}

// offerLines is the suggestion pane without the pains: the cues heard,
// the offers, and the talking points (or, after enter, the reasons) of
// the selected one.
func (cs *callScreen) offerLines(w, h int) []string {
	s := cs.c.styles
	focused := cs.focus == focusSuggestions
	hint := "  tab to respond"
	if focused {
		hint = "  a i n d record a response"
	}
	lines := []string{truncate(cs.paneTitle("Suggestions", focused)+s.Muted.Render(hint), w)}
	lines = append(lines, cs.cueLines(w)...)
	if len(cs.suggestions) == 0 && !cs.cues.ranking.Stopped {
		lines = append(lines, s.Muted.Render("  No offers now."))
		for _, l := range wrap(cs.av.Briefing.Guidance, max(10, w-2)) {
			lines = append(lines, "  "+l)
		}
	}
	// A long list shows a window around the selection, leaving room for
	// what to say about it.
	rows, live := cs.rows(), cs.liveRows()
	start, end := listWindow(len(rows), cs.selected, max(3, (h-1)/2))
	if start > 0 || end < len(rows) {
		lines[0] = truncate(cs.paneTitle(fmt.Sprintf("Suggestions %d/%d", cs.selected+1, len(rows)), focused)+s.Muted.Render(hint), w)
	}
	for i := start; i < end; i++ {
		if i == live {
			lines = append(lines, s.Muted.Render("  Held back by what they said:"))
		}
		lines = append(lines, cs.suggestionRow(rows[i], i == cs.selected, focused, i >= live, w))
	}
	// The count of offers left out joins the title, to keep the room for
	// the talking points.
	if more := moreOffersLine(s, len(cs.suggestions)-live); more != "" {
		lines[0] = truncate(lines[0]+more, w)
	}
	// Responses restored from a draft for products no longer suggested
	// are still part of the call.
	for _, o := range cs.offers {
		if !cs.inRows(o.ProductID) {
			lines = append(lines, truncate("    "+productName(&cs.av, o.ProductID)+" "+cs.responseTag(o.Response), w))
		}
	}
	sg, held, ok := cs.selectedRow()
	switch {
	case !ok:
	case held:
		for _, l := range wrap("Not to pitch now. If you offered it before they said this, record their answer: a i n d.", max(10, w-4)) {
			lines = append(lines, "  "+s.Muted.Render(l))
		}
	case cs.showReasons:
		lines = append(lines, cs.reasonLines(sg, w)...)
	default:
		for _, tp := range sg.TalkingPoints {
			label := pad(string(tp.Kind), 9)
			for j, l := range wrap(tp.Text, max(10, w-12)) {
				if j > 0 {
					label = pad("", 9)
				}
				lines = append(lines, "  "+s.Muted.Render(label)+" "+l)
			}
		}
	}
	return lines
}

func openPains(pains []model.PainPoint) []model.PainPoint {
	var open []model.PainPoint
	for _, p := range pains {
		if p.Status == model.PainOpen {
			open = append(open, p)
		}
	}
	return open
}

// suggestionRow is one offer on the call screen; a held-back one is
// muted until selected.
func (cs *callScreen) suggestionRow(sg model.Suggestion, selected, focused, held bool, w int) string {
	s := cs.c.styles
	sg.Quantity = cs.quantity(sg)
	name := offerName(sg)
	tag := cs.responseTag(cs.response(sg.Product.ID))
	text := kindGlyph(sg.Kind) + " " + name
	switch {
	case held && !selected:
		return s.Muted.Render(pad("  "+text, max(1, w-14))) + " " + tag
	case selected && focused:
		return s.Selected.Render(pad("› "+text, max(1, w-14))) + " " + tag
	case selected:
		return pad(s.Bold.Render("› "+text), max(1, w-14)) + " " + tag
	}
	return pad("  "+text, max(1, w-14)) + " " + tag
}

// responseTag shows a recorded response in brackets, coloured by warmth.
func (cs *callScreen) responseTag(r model.Response) string {
	s := cs.c.styles
	switch r {
	case model.ResponseAccepted, model.ResponseInterested:
		return s.Success.Render("[" + r.Label() + "]")
	case model.ResponseNotNow:
		return s.Warning.Render("[" + r.Label() + "]")
	case model.ResponseDeclined:
		return s.Danger.Render("[" + r.Label() + "]")
	}
	return ""
}

func (cs *callScreen) suggested(productID string) bool {
	for _, sg := range cs.suggestions {
		if sg.Product.ID == productID {
			return true
		}
	}
	return false
}

// statusLine says whether the draft is safe: saved, saving, or why not.
func (cs *callScreen) statusLine(w int) string {
	s := cs.c.styles
	loc := cs.c.now().Location()
	switch {
	case cs.saveErr != nil:
		return s.StatusError.Render(truncate("Draft pending, retrying: "+errorText(cs.saveErr), w))
	case cs.dirty():
		return s.Muted.Render("saving…")
	case cs.phase == phaseFinishing:
		return ""
	case cs.restored && cs.saved == 0:
		return s.StatusInfo.Render("draft restored · saved " + cs.savedAt.In(loc).Format("15:04:05"))
	}
	return s.StatusInfo.Render("✓ saved " + cs.savedAt.In(loc).Format("15:04:05"))
}
