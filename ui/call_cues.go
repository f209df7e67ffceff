package ui

import (
	"context"
	"fmt"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"talktrack/model"
)

// defaultCueDelay reads the notes for cues a moment after typing pauses:
// well within the second the screen has to react, and not once per key.
const defaultCueDelay = 300 * time.Millisecond

// callCues is what a call heard in its notes and what it made of it.
type callCues struct {
	// seq counts note changes; applied is the change the cues answer.
	seq, applied int
	// heard are the cues in the notes, in the order they stand there.
	heard []model.Cue
	// ranking is the briefing's offers re-ranked for them.
	ranking model.CueRanking
	// recorded marks the cues already turned into records, by cueKey.
	recorded map[string]bool
}

// cueDueMsg says typing paused: read the notes if nothing changed since.
type cueDueMsg struct{ gen, seq int }

// cuesHeardMsg carries the cues found in the notes of change seq.
type cuesHeardMsg struct {
	gen, seq int
	cues     []model.Cue
}

// cueRecordedMsg answers turning a cue into a record.
type cueRecordedMsg struct {
	gen  int
	key  string
	text string
	err  error
}

// cueRecorder is what a store needs to turn cues into records. The
// SQLite store has it; a store without it only shows the cues.
type cueRecorder interface {
	ChangePain(ctx context.Context, p model.PainPoint, now time.Time) (model.PainPoint, error)
	NoteCompetitor(ctx context.Context, accountID, competitor, words string, at time.Time) error
}

// listen schedules reading the notes once typing pauses.
func (cs *callScreen) listen() tea.Cmd {
	if cs.c.cues == nil {
		return nil
	}
	cs.cues.seq++
	gen, seq := cs.gen, cs.cues.seq
	return tea.Tick(cs.c.cueDelay, func(time.Time) tea.Msg { return cueDueMsg{gen: gen, seq: seq} })
}

// cueDue reads the notes for cues in a command, unless the rep typed on.
func (cs *callScreen) cueDue(msg cueDueMsg) tea.Cmd {
	if msg.seq != cs.cues.seq || cs.c.cues == nil {
		return nil
	}
	return detectCues(cs.c.cues, cs.gen, msg.seq, cs.notes.Value(), cs.av.Account.Locale)
}

// detectCues runs detection off the update loop; the detector only reads.
func detectCues(d *model.CueDetector, gen, seq int, notes, locale string) tea.Cmd {
	return func() tea.Msg {
		return cuesHeardMsg{gen: gen, seq: seq, cues: d.DetectNote(notes, locale)}
	}
}

// cuesHeard keeps the newest cues and re-ranks the offers for them.
func (cs *callScreen) cuesHeard(msg cuesHeardMsg) {
	if msg.seq < cs.cues.applied {
		return
	}
	cs.cues.applied = msg.seq
	cs.cues.heard = msg.cues
	cs.rerank()
}

// rerank orders the offers for the cues heard, keeping the selection on
// the same product.
func (cs *callScreen) rerank() {
	sg, _, _ := cs.selectedRow()
	cs.cues.ranking = model.RerankForCues(cs.liveSuggestions(), cs.cues.heard)
	cs.suggestions = cs.cues.ranking.Suggestions
	cs.selectProduct(sg.Product.ID)
}

// liveSuggestions are the account's offers with what the notes say so far
// counted as said on its latest call: people joining size the seats, a
// price objection or a freeze holds offers back, and the talking points
// say the same numbers as the offers. Without the briefing's input (or
// before anything is heard) they are the briefing's.
func (cs *callScreen) liveSuggestions() []model.Suggestion {
	in := cs.av.Input
	if in == nil || len(cs.cues.heard) == 0 {
		return cs.av.Briefing.Suggestions
	}
	live := *in
	now := cs.c.now()
	live.Now = now
	live.LastCall = &model.HeardOnCall{At: now, Cues: cs.cues.heard, Notes: cs.notes.Value()}
	return model.Recommend(live).Suggestions
}

// latestCue is the last cue heard, and whether there is one.
func (cs *callScreen) latestCue() (model.Cue, bool) {
	if len(cs.cues.heard) == 0 {
		return model.Cue{}, false
	}
	return cs.cues.heard[len(cs.cues.heard)-1], true
}

// cueKey tells cues apart for "already recorded". A call has one
// follow-up date, so all its timing cues are one record.
func cueKey(c model.Cue) string {
	if c.Kind == model.CueTiming {
		return string(c.Kind)
	}
	return string(c.Kind) + "|" + c.Category + "|" + c.Competitor + "|" + strings.ToLower(c.Text)
}

// recordable reports whether a cue can become a record: a pain point, a
// follow-up date or a competitor noted on the account.
func recordable(c model.Cue) bool {
	switch c.Kind {
	case model.CuePain, model.CueTiming, model.CueCompetitor:
		return true
	}
	return false
}

// recordCue turns the latest cue not yet recorded into a record: a pain
// becomes a pain point in the customer's words, a timing cue the call's
// follow-up date, a competitor a note on the account.
func (cs *callScreen) recordCue() tea.Cmd {
	var c model.Cue
	found := false
	for i := len(cs.cues.heard) - 1; i >= 0; i-- {
		if q := cs.cues.heard[i]; recordable(q) && !cs.cues.recorded[cueKey(q)] {
			c, found = q, true
			break
		}
	}
	if !found {
		cs.c.notify("No cue to record: a pain, a timing or a competitor heard in the notes becomes a record.")
		return nil
	}
	key := cueKey(c)
	now := cs.c.now()
	if c.Kind == model.CueTiming {
		cs.markRecorded(key)
		cs.followUp = c.FollowUpDate(now)
		cs.c.notify("Follow-up set to " + day(cs.followUp) + " (" + relativeDay(now, cs.followUp) + "), from “" + c.Text + "”.")
		return cs.edit()
	}
	rec, ok := cs.c.store.(cueRecorder)
	if !ok {
		cs.c.notify("This store cannot keep records of cues.")
		return nil
	}
	cs.markRecorded(key)
	return recordCueCmd(rec, cs.gen, key, cs.accountID, c, now)
}

func (cs *callScreen) markRecorded(key string) {
	if cs.cues.recorded == nil {
		cs.cues.recorded = map[string]bool{}
	}
	cs.cues.recorded[key] = true
}

// recordCueCmd writes a pain point or a competitor note for a cue.
func recordCueCmd(rec cueRecorder, gen int, key, accountID string, c model.Cue, now time.Time) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), storeTimeout)
		defer cancel()
		switch c.Kind {
		case model.CuePain:
			sev := max(c.Severity, 2)
			_, err := rec.ChangePain(ctx, model.PainPoint{AccountID: accountID, Category: c.Category, Title: c.Text, Severity: sev, Status: model.PainOpen, NotedAt: now}, now)
			return cueRecordedMsg{gen: gen, key: key, err: err,
				text: fmt.Sprintf("Pain point noted: “%s” (%s, %s).", c.Text, c.Category, strings.ToLower(model.SeverityLabel(sev)))}
		default:
			err := rec.NoteCompetitor(ctx, accountID, c.Competitor, c.Text, now)
			return cueRecordedMsg{gen: gen, key: key, err: err, text: "Noted on the account: they use or weigh " + c.Competitor + "."}
		}
	}
}

// cueRecorded reports the record, or lets the cue be recorded again.
func (cs *callScreen) cueRecorded(msg cueRecordedMsg) {
	if msg.err != nil {
		delete(cs.cues.recorded, msg.key)
		cs.c.status = status{text: "Could not record the cue: " + errorText(msg.err), err: true}
		return
	}
	cs.c.notify(msg.text)
}

// cueLines shows what was heard and what to say (see model.CueToAnswer), in
// the account's language; when churn risk stopped the offers, it says so.
func (cs *callScreen) cueLines(w int) []string {
	if len(cs.cues.heard) == 0 {
		return nil
	}
	s := cs.c.styles
	lines := cs.heardLines(w)
	answer, _ := model.CueToAnswer(cs.cues.heard, cs.c.now())
	if say := cs.c.cues.Response(answer, cs.av.Account.Locale, cs.c.now()); say != "" {
		// Whole, never cut: the rep reads it aloud as it stands.
		for i, l := range wrap(say, max(10, w-8)) {
			label := "  Say  "
			if i > 0 {
				label = "       "
			}
			lines = append(lines, s.Muted.Render(label)+" "+l)
		}
	}
	if cs.cues.ranking.Stopped {
		for _, l := range wrap(cs.cues.ranking.StopReason, max(10, w-4)) {
			lines = append(lines, "  "+s.Danger.Render(l))
		}
	}
	if held := cs.cues.ranking.HeldBack; held != "" {
		for _, l := range wrap(held, max(10, w-4)) {
			lines = append(lines, "  "+s.Warning.Render(l))
		}
	}
	return lines
}

// heardQuoteRunes is how much of a cue's words the Heard line quotes when
// the whole of them would not fit: every cue heard stays in view.
const heardQuoteRunes = 18

// heardLines lists the cues heard, on one line or, when they do not fit,
// on two, each quote shortened first: a freeze or a churn risk heard last
// must not be cut off behind the earlier ones.
func (cs *callScreen) heardLines(w int) []string {
	s := cs.c.styles
	part := func(c model.Cue, short bool) string {
		text := c.Text
		if r := []rune(text); short && len(r) > heardQuoteRunes {
			text = string(r[:heardQuoteRunes-1]) + "…"
		}
		text = c.Kind.Label() + " “" + text + "”"
		if cs.cues.recorded[cueKey(c)] {
			text += " ✓"
		}
		return text
	}
	label, sep := s.PaneBlurred.Render("  Heard "), s.Muted.Render(" · ")
	room := w - ansi.StringWidth(label)
	var parts []string
	for _, c := range cs.cues.heard {
		parts = append(parts, part(c, false))
	}
	if ansi.StringWidth(strings.Join(parts, " · ")) > room {
		parts = parts[:0]
		for _, c := range cs.cues.heard {
			parts = append(parts, part(c, true))
		}
	}
	var lines []string
	line := ""
	for _, p := range parts {
		switch {
		case line == "":
			line = p
		case ansi.StringWidth(line)+3+ansi.StringWidth(p) <= room || len(lines) == 1:
			line += sep + p
		default:
			lines = append(lines, line)
			line = p
		}
	}
	lines = append(lines, line)
	for i := range lines {
		prefix := label
		if i > 0 {
			prefix = strings.Repeat(" ", ansi.StringWidth(label))
		}
		lines[i] = truncate(prefix+lines[i], w)
	}
	return lines
}
