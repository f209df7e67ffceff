package model

import (
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// HeardFor is how long what the customer said on their latest connected
// call holds the briefing back: a price objection or a churn risk heard
// then is not forgotten on the next call, nor held against them for ever.
const HeardFor = 90 * 24 * time.Hour

// HeardOnCall is what the cues of an account's latest connected call
// said: the call's start and the cues saved with its notes.
type HeardOnCall struct {
	// At is when the call started.
	At time.Time
	// Cues are the cues found in its notes, in the order they stand.
	Cues []Cue
	// Notes are the call's notes, as the rep wrote them.
	Notes string
	// Since are the notes of the connected calls after it, for an earlier
	// objection (BriefingInput.Objection): one that says otherwise lifts
	// it for good, not only while it is the latest.
	Since []string
	// GrowthSince says a connected call after it heard growth. Growth lifts
	// an earlier price objection, or a freeze that named no end; a freeze
	// that named the day it ends holds until then (see standing).
	GrowthSince bool
	// WelcomedSince says an offer other than the cost review was accepted
	// or met with interest on a connected call after it: that lifts its
	// price objection (see standing).
	WelcomedSince bool
}

// maxHeardRunes bounds the note quoted for a cue: a longer sentence is
// cut to the clause that holds the cue.
const maxHeardRunes = 140

// Said is the sentence of the notes that holds a cue, as the rep wrote
// it ("Kate says they pay way too much for this"); the clause holding it
// when the sentence is long, the cue's own words when the notes do not
// hold them.
func (h *HeardOnCall) Said(c Cue) string {
	at := strings.Index(h.Notes, c.Text)
	if at < 0 || c.Text == "" {
		return c.Text
	}
	s := around(h.Notes, at, at+len(c.Text), false)
	if utf8.RuneCountInString(s) > maxHeardRunes {
		s = around(h.Notes, at, at+len(c.Text), true)
	}
	if utf8.RuneCountInString(s) > maxHeardRunes {
		return c.Text
	}
	return withoutSpeaker(s, c.Text)
}

// withoutSpeaker drops the label a rep puts before what someone said
// ("Herr Keller: Route Planner ist uns zu teuer", 「高橋部長：高すぎる」):
// the quote is the customer's words, not the rep's note of who spoke. A
// label is one to three words (or twelve characters without spaces) before
// the first colon, and never holds the cue.
func withoutSpeaker(s, cue string) string {
	// "They said the renewal is way too expensive" is quoted as "The
	// renewal is way too expensive": the briefing says "They say" itself.
	for _, lead := range []string{"they said that ", "they said ", "they say that ", "they say ", "customer said ", "client said "} {
		if len(s) > len(lead) && strings.EqualFold(s[:len(lead)], lead) && strings.Contains(s[len(lead):], cue) {
			return capitalizeFirst(s[len(lead):])
		}
	}
	i := strings.IndexAny(s, ":：")
	if i <= 0 {
		return s
	}
	label, rest := s[:i], strings.TrimSpace(s[i+len(string([]rune(s[i:])[0])):])
	if rest == "" || strings.Contains(label, cue) || !strings.Contains(rest, cue) ||
		len(strings.Fields(label)) > 3 || strings.ContainsAny(label, ".!?。！？,、") ||
		!strings.Contains(label, " ") && utf8.RuneCountInString(label) > 12 {
		return s
	}
	return rest
}

// around is the stretch of text holding [from, to) between the nearest
// stops on either side, trimmed: a sentence's end (".", "!", "?" before a
// space or the end, "。", "！", "？", a line break) or, with clauses, a
// comma or semicolon too. "$4.5k" and "Hr. Wagner" hold no stop.
func around(text string, from, to int, clauses bool) string {
	stop := func(i int) (bool, int) {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch r {
		case '。', '！', '？', '\n':
			return true, n
		case '.', '!', '?':
			next, _ := utf8.DecodeRuneInString(text[i+n:])
			if r == '.' && abbreviation(wordBefore(text, i)) {
				return false, n // "Hr. Wagner", "ca. 30"
			}
			return i+n == len(text) || unicode.IsSpace(next), n
		case ',', ';', '，', '、', '；':
			return clauses, n
		}
		return false, n
	}
	// The nearest stop before from, read backwards: a long note is not
	// read from its start for every cue.
	start := 0
	for i := from; i > 0; {
		_, n := utf8.DecodeLastRuneInString(text[:i])
		i -= n
		if ok, m := stop(i); ok {
			start = i + m
			break
		}
	}
	end := len(text)
	for i := to; i < len(text); {
		if ok, _ := stop(i); ok {
			end = i
			break
		}
		_, n := utf8.DecodeRuneInString(text[i:])
		i += n
	}
	return strings.TrimSpace(text[start:end])
}

// heardPainID is the id of the cost pain a price objection heard on the
// latest call stands for; stored pains have positive ids.
const heardPainID = -1

// heard returns the first cue of kind on the account's latest connected
// call, when that call is recent enough to speak for the account now; a
// price objection or a churn risk not heard on it may come from an earlier
// call no later one lifted (BriefingInput.Objection), unless the latest
// call's notes deny it.
func (in BriefingInput) heard(kind CueKind) (Cue, *HeardOnCall, bool) {
	if c, call, ok := in.heardOn(in.LastCall, kind); ok || kind != CuePrice && kind != CueChurnRisk {
		return c, call, ok
	}
	return in.standing(kind)
}

// standing returns the first cue of kind on the earlier call whose
// objection no later call lifted (BriefingInput.Objection), unless the
// notes since deny it: "budget for 2027 approved", „am Preis liegt es
// nicht mehr“, "they are staying with us".
func (in BriefingInput) standing(kind CueKind) (Cue, *HeardOnCall, bool) {
	c, call, ok := in.heardOn(in.Objection, kind)
	if !ok {
		return c, call, ok
	}
	d := in.Catalog.cueDetector()
	if in.LastCall != nil && d.denies(in.LastCall.Notes, kind) || slices.ContainsFunc(in.Objection.Since, func(n string) bool { return d.denies(n, kind) }) {
		return Cue{}, nil, false
	}
	// A price objection heard beside a churn risk outlives offers taken
	// since only while the churn risk stands: once words since lift that,
	// an offer welcomed since lifts the price objection too, as it does
	// one heard alone.
	if kind == CuePrice && call.WelcomedSince {
		return Cue{}, nil, false
	}
	if kind == CuePrice && call.GrowthSince && !call.heardChurnRisk() {
		// People joining lift "too expensive" and a freeze without an
		// end; a freeze "until end of June" holds until that day: the
		// new people may need seats, but the budget is still frozen.
		if _, dated := call.freezeEnds(); !dated {
			return Cue{}, nil, false
		}
	}
	return c, call, ok
}

// heardChurnRisk reports whether a churn risk was heard on the call.
func (h *HeardOnCall) heardChurnRisk() bool {
	return slices.ContainsFunc(h.Cues, func(c Cue) bool { return c.Kind == CueChurnRisk })
}

// heardOn returns the first cue of kind on a call, when the call is recent
// enough to speak for the account now.
func (in BriefingInput) heardOn(last *HeardOnCall, kind CueKind) (Cue, *HeardOnCall, bool) {
	if last == nil || in.Now.After(last.holdsUntil()) || last.At.After(in.Now) {
		return Cue{}, nil, false
	}
	first, found := Cue{}, false
	for _, c := range last.Cues {
		if c.Kind != kind {
			continue
		}
		// A price objection about us is quoted over one about a rival's
		// quote ("HubSpot quoted them less"): it is what the rep answers.
		if kind != CuePrice || !last.besideCompetitor(c) {
			return c, last, true
		}
		if !found {
			first, found = c, true
		}
	}
	if found {
		return first, last, true
	}
	return Cue{}, nil, false
}

// holdsUntil is how long what was heard on a call speaks for the account:
// HeardFor, or, when a freeze was heard with the day it ends, until that
// day ("no budget until April" holds until April, also when April is more
// than HeardFor away; "budget frees up in January" no longer than that).
func (h *HeardOnCall) holdsUntil() time.Time {
	if end, ok := h.freezeEnds(); ok {
		return end
	}
	return h.At.Add(HeardFor)
}

// freezeEnds is the day a spend freeze heard on the call ends, when the
// notes name one ("Ausgabenstopp bis Ende Juni nächsten Jahres").
func (h *HeardOnCall) freezeEnds() (time.Time, bool) {
	if !slices.ContainsFunc(h.Cues, func(c Cue) bool { return c.Kind == CuePrice && c.Severity >= 3 }) {
		return time.Time{}, false
	}
	if t, ok := FollowUpCue(h.Cues, h.At); ok && t.Unit != "" {
		if end := t.FollowUpDate(h.At); end.After(h.At) {
			return end, true
		}
	}
	return time.Time{}, false
}

// besideCompetitor reports whether the sentence of the notes holding a cue
// names a competitor.
func (h *HeardOnCall) besideCompetitor(c Cue) bool {
	said := h.Said(c)
	for _, o := range h.Cues {
		if o.Kind == CueCompetitor && o.Text != "" && strings.Contains(said, o.Text) {
			return true
		}
	}
	return false
}

// heardCostPain is the open cost pain a price objection on the latest
// connected call stands for, in the sentence of the notes that holds the
// cue ("Kate says they pay way too much"); ok is false when none was heard lately. It counts as a medium
// one, so the rules hold back upgrades and seats, not every offer; a
// spend freeze heard ("froze all new spend", see
// CueLanguage.SpendFreeze) counts as a high one: nothing is offered.
func (in BriefingInput) heardCostPain() (PainPoint, bool) {
	c, call, ok := in.heard(CuePrice)
	if !ok {
		return PainPoint{}, false
	}
	for _, f := range call.Cues {
		if f.Kind == CuePrice && f.Severity >= 3 {
			c = f // the freeze is what the rep must hear
			break
		}
	}
	// A freeze on an earlier call nothing lifted outranks a milder
	// objection heard since: "too expensive" does not end "no budget
	// until April".
	if c.Severity < 3 && call != in.Objection {
		if _, earlier, ok := in.standing(CuePrice); ok {
			for _, f := range earlier.Cues {
				if f.Kind == CuePrice && f.Severity >= 3 {
					c, call = f, earlier
					break
				}
			}
		}
	}
	return PainPoint{ID: heardPainID, AccountID: in.Account.ID, Category: PainCost, Title: call.Said(c), Severity: max(2, c.Severity), Status: PainOpen, NotedAt: call.At}, true
}

// heardShrinking returns the shrinking cue of the latest connected call,
// when that call heard the team get smaller and no growth ("layoffs in
// marketing, sales hires 10" still needs seats).
func (in BriefingInput) heardShrinking() (Cue, *HeardOnCall, bool) {
	c, call, ok := in.heardOn(in.LastCall, CueShrinking)
	if !ok {
		return Cue{}, nil, false
	}
	if _, _, grows := in.heardOn(in.LastCall, CueGrowth); grows {
		return Cue{}, nil, false
	}
	return c, call, true
}

// heardNothingNew reports whether the call on which a price objection was
// heard also said they want nothing new (a no_need cue: "not interested in
// anything new until that's sorted").
func (in BriefingInput) heardNothingNew() bool {
	_, call, ok := in.heard(CuePrice)
	return ok && slices.ContainsFunc(call.Cues, func(c Cue) bool { return c.Kind == CueNoNeed })
}

// heardOnCall reports whether a pain is one heard on the latest call
// rather than one noted on the account.
func heardOnCall(p PainPoint) bool { return p.ID == heardPainID }

// wordBefore is the word that ends at byte i of text, in lower case.
func wordBefore(text string, i int) string {
	start := i
	for start > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:start])
		if !unicode.IsLetter(r) {
			break
		}
		start -= n
	}
	return strings.ToLower(text[start:i])
}

// SaysOtherwise reports whether a call's notes deny a kind of cue heard
// before ("they are staying with us" for a churn risk, "budget approved"
// for a price objection), as the briefing reads them (see heard).
func (c *Catalog) SaysOtherwise(notes string, kind CueKind) bool {
	return c.cueDetector().denies(notes, kind)
}
