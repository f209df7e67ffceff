package model

import (
	"slices"
	"strings"
	"time"
)

// CueKind is a kind of signal heard on a call.
type CueKind string

// Cue kinds, in the order the playbook and the screens list them.
const (
	// CuePrice: too expensive, no budget, cheaper elsewhere.
	CuePrice CueKind = "price"
	// CueTiming: later, next quarter, after the renewal.
	CueTiming CueKind = "timing"
	// CueCompetitor: a competitor the playbook lists, by name or alias.
	CueCompetitor CueKind = "competitor"
	// CueAuthority: the boss, procurement or a committee decides.
	CueAuthority CueKind = "authority"
	// CueNoNeed: they see no need.
	CueNoNeed CueKind = "no_need"
	// CueGrowth: hiring, new sites, more customers; with the number when given.
	CueGrowth CueKind = "growth"
	// CuePain: a problem, matched to a pain category.
	CuePain CueKind = "pain"
	// CueChurnRisk: cancelling, evaluating alternatives, unhappy.
	CueChurnRisk CueKind = "churn_risk"
	// CueShrinking: the team gets smaller (layoffs, "from 40 to 25"):
	// no time to sell seats. Heard by built-in word lists (see
	// cues_shrinking.go); the reply is built in unless the playbook
	// writes one.
	CueShrinking CueKind = "shrinking"
)

// CueKinds lists every cue kind.
var CueKinds = []CueKind{CuePrice, CueTiming, CueCompetitor, CueAuthority, CueNoNeed, CueGrowth, CueShrinking, CuePain, CueChurnRisk}

// builtInReplyKinds are the cue kinds whose reply a playbook may leave
// out: talktrack says it in each of its languages.
var builtInReplyKinds = []CueKind{CueShrinking}

// phraseCueKinds are the kinds found by the playbook's phrase lists alone;
// competitors come from their names and pains from a topic with a problem.
var phraseCueKinds = []CueKind{CuePrice, CueTiming, CueAuthority, CueNoNeed, CueGrowth, CueChurnRisk}

// ParseCueKind reads a cue kind name.
func ParseCueKind(s string) (CueKind, error) {
	k := canonicalEnum(s)
	for _, c := range CueKinds {
		if string(c) == k {
			return c, nil
		}
	}
	return "", Errorf(EINVALID, "unknown cue kind %q: use one of %s", s, joinStrings(CueKinds))
}

// Label is the cue kind as a rep reads it on screen.
func (k CueKind) Label() string {
	switch k {
	case CuePrice:
		return "Price"
	case CueTiming:
		return "Timing"
	case CueCompetitor:
		return "Competitor"
	case CueAuthority:
		return "Authority"
	case CueNoNeed:
		return "No need"
	case CueGrowth:
		return "Growth"
	case CuePain:
		return "Pain"
	case CueChurnRisk:
		return "Churn risk"
	case CueShrinking:
		return "Team shrinking"
	}
	return string(k)
}

// Cue is one signal found in a call's notes.
type Cue struct {
	// Kind is what the customer signalled.
	Kind CueKind `json:"kind"`
	// Text is the part of the notes that gave the cue away, as typed.
	Text string `json:"text"`
	// Number is the count given with a growth cue ("20 new people"), or
	// how many Units a timing cue names ("in 3 weeks"), or with Unit
	// "date" the month and day it names as MMDD ("until April" is 401;
	// 1MMDD in the next calendar year, YYYYMMDD in a named year); 0 when
	// none.
	Number int `json:"number,omitempty"`
	// Unit is the time unit of a timing cue's number ("week", "month",
	// "quarter", "year", "day", "q" for a quarter of the year: "Q2", or
	// "date" for a named month: "until April", «к 1 февраля»).
	Unit string `json:"unit,omitempty"`
	// Category is the pain category of a pain cue.
	Category string `json:"category,omitempty"`
	// Competitor is the competitor's name as the playbook writes it.
	Competitor string `json:"competitor,omitempty"`
	// Severity is a pain cue's severity: 3 when said to be urgent, else 2;
	// and a price cue's: 3 when it says new spend is frozen (see
	// CueLanguage.SpendFreeze), else 0.
	Severity int `json:"severity,omitempty"`
	// Start and End are Text's byte offsets in the notes.
	Start int `json:"-"`
	End   int `json:"-"`

	// clause numbers the cue's clause in the notes, and weight is how much
	// its pattern matched, for choosing between overlapping cues.
	clause, weight int
	// sentence numbers the cue's sentence; people is set when a growth
	// cue's number counts people, and dateOnly when a timing cue's clause
	// names a date and nothing that asks to wait (see cueHit).
	sentence int
	people   bool
	dateOnly bool
	// pastTense is set on a date told in the past tense ("raised prices
	// in Oct"): a month already gone this year is history.
	pastTense bool
	// call is set on a date said of the next call ("f/u Thu").
	call bool
	// deal is set on a growth cue in a clause about the contract ("sign
	// the expansion", «расширение контракта»): the deal grows, not the team.
	deal bool
	// handedOver is set on a contact leaving whose notes say who takes
	// over: no cue, but the day they go is still no day to call.
	handedOver bool
	// callAt is set by CueToAnswer on a spend freeze with an end when a
	// call is agreed before it ends: the reply says both days.
	callAt time.Time
	// withPain is set by CueToAnswer on a churn risk answered in notes
	// that name the problem: the reply says it comes first; withPrice on
	// one said with a price objection (a renewal's uplift, a rival's quote).
	withPain, withPrice bool
	// ours is set on a pain cue whose sentence speaks of our product or
	// service ("Your support is slow"): the reply owns it; and by
	// CueToAnswer on a churn risk answered beside such a pain.
	ours bool
	// lang is the language the cue was heard in, whose public holidays
	// no follow-up falls on; "" for a cue read back from the store.
	lang string
}

// Same reports whether two cues are the same signal, wherever they stand in
// the notes, so that a cue heard again is not listed twice.
func (c Cue) Same(o Cue) bool {
	return c.Kind == o.Kind && c.Category == o.Category && c.Competitor == o.Competitor &&
		c.Number == o.Number && strings.EqualFold(c.Text, o.Text)
}

// Competitor is a rival product the playbook names, with the names
// customers use for it and the honest difference a rep can point out.
type Competitor struct {
	// Name is how the screens write it ("Salesforce").
	Name string `json:"name"`
	// Aliases are patterns that name it in notes, in any language
	// ("salesforce", "sfdc", "セールスフォース", "сейлсфорс*"). Their last
	// word matches with any ending, as names take case endings
	// ("Salesforce'iga", "HubSpotом").
	Aliases []string `json:"aliases"`
	// Difference is the honest difference, by locale.
	Difference map[string]string `json:"difference"`
}

// CueLanguage is the playbook's cue rules for one language. Every list
// holds patterns: words separated by spaces, matched against the words of
// the notes ignoring case and accents. `word*` matches words starting with
// word (inflections), `*word` words ending with it, `*word*` words holding
// it (German compounds); `a|b` either word; `#` a number; `..` up to five
// other words; `@people` any word of People ("another # @people"). In a
// spaceless language (Japanese) a pattern is a piece of text found
// anywhere; there `#` is a run of digits and `..` up to four other
// characters.
type CueLanguage struct {
	// Locale is the language ("en", "de", "ja", "ru", "et").
	Locale string `json:"locale"`
	// Spaceless is true for languages written without spaces between words.
	Spaceless bool `json:"spaceless,omitempty"`
	// Negations cancel a cue when they stand up to three words before it
	// in the same clause ("not", "nicht", "не", "pole").
	Negations []string `json:"negations"`
	// NegationsAfter cancel a cue when they follow it closely in the same
	// clause ("Teuer finde ich das nicht", "高くはない"): up to four words
	// after it, or in a spaceless language up to two characters after it.
	NegationsAfter []string `json:"negations_after,omitempty"`
	// ClauseBreaks end a clause, like a comma: negation does not reach
	// across them ("but", "aber", "но", "aga").
	ClauseBreaks []string `json:"clause_breaks"`
	// QuestionStarts make a clause a question when it starts with them
	// ("is it", "kas").
	QuestionStarts []string `json:"question_starts,omitempty"`
	// QuestionWords make a clause a question (or a condition) wherever
	// they stand ("if", "whether", "ли").
	QuestionWords []string `json:"question_words,omitempty"`
	// QuestionEnds make a sentence a question when it ends with them
	// ("か", "ですか"); a sentence ending in "?" always is one.
	QuestionEnds []string `json:"question_ends,omitempty"`
	// Phrases are the patterns of each phrase cue kind: price, timing,
	// authority, no_need, growth and churn_risk.
	Phrases map[CueKind][]string `json:"phrases"`
	// Problems make a pain of a topic in the same clause ("keep failing",
	// "takes forever").
	Problems []string `json:"problems"`
	// Pains maps a pain category to the topics that belong to it
	// ("import*", "report*").
	Pains map[string][]string `json:"pains"`
	// Urgent words in a pain's clause make it severity 3.
	Urgent []string `json:"urgent,omitempty"`
	// CostWords name what a customer pays ("price*", "fee*", "budget*",
	// "*kosten*", "費用"): a pain filed under another category whose words
	// name it and not that category's topics is read as cost. A word
	// ending in * is a stem, one starting with * an ending, both a part;
	// in a spaceless language any word is a part.
	CostWords []string `json:"cost_words,omitempty"`
	// CostDenials are patterns by which a customer says that cost is not
	// the problem ("price* .. isnt|not .. problem|issue", "am|an preis ..
	// liegt .. nicht", "дело не в .. цене", "価格..問題ではな"): a pain that
	// says so is not read as cost, whatever money words it holds, since it
	// names them only to set them aside. A match with a negation before it
	// ("we're not fine with what we pay") or right after it denies nothing.
	CostDenials []string `json:"cost_denials,omitempty"`
	// ChurnDenials are patterns by which a note says the customer stays,
	// came to us, or speaks of their own customers' churn ("no plans to
	// switch", "cancelled .. moved|switched .. to us", "churn rate",
	// "Kündigungsquote", "перешли к нам", 当社に一本化, "klientide
	// lahkumine"): a churn risk in the same sentence is not one. In a call
	// note a price cue in the clause of a CostDenials match is dropped too.
	ChurnDenials []string `json:"churn_denials,omitempty"`
	// SpendFreeze are patterns by which a customer says no new spend is
	// possible now, whatever it is for: spend or budget frozen, no budget
	// at all, the budget used up ("froze .. spend*", "Ausgabenstopp",
	// «бюджет* .. заморож*», 予算凍結, "eelarve* .. otsas"). Each is a
	// price cue, and a price cue in a clause holding one is a freeze
	// (severity 3): nothing is offered, where a price cue alone holds
	// back only upgrades and seats.
	SpendFreeze []string `json:"spend_freeze,omitempty"`
	// AboutUs are the words by which a pain speaks to us, the vendor
	// ("your", "ваш*", "teie", 御社): a pain about our own support or
	// product is no reason to sell anything. Matched as CostWords are; a
	// word written with a capital ("Ihre") matches only so written and
	// not as a sentence's first word, where German cannot tell "your"
	// from "their".
	AboutUs []string `json:"about_us,omitempty"`
	// OurService are patterns by which a pain speaks of the support or
	// service we give without a word of AboutUs ("support .. take*|takes
	// .. days", "support|hotline .. meldet sich"): such a pain is about us
	// too, unless its clause holds a word of TheirOwn.
	OurService []string `json:"our_service,omitempty"`
	// TheirOwn are words by which the customer speaks of their own
	// customers ("customers", "clients", "Kunden", お客様): a clause
	// holding one is about the service they give, not ours.
	TheirOwn []string `json:"their_own,omitempty"`
	// Ours are the customer's words for "our" ("our", "unser*", "наш*",
	// "meie", 弊社): right before where an OurService pattern matches
	// (up to two words, or with の) they make the service theirs ("our
	// support team takes days"); elsewhere ("support never answers our
	// emails") they do not.
	Ours []string `json:"ours,omitempty"`
	// People are the words for people joining (or the seats they take)
	// that a growth cue's number stands before ("12 new reps", "35
	// Vertriebler", "12 менеджеров", 12名): such a number is the head count,
	// preferred to any other number said with the cue ("opening two
	// offices"). One word each, matched as phrase words are; in a spaceless
	// language a piece that follows the digits (名, 人).
	People []string `json:"people,omitempty"`
	// TimeUnits maps day, week, month, quarter and year to the words for
	// them, so that "in 3 weeks" sets a follow-up date and "3 months" is
	// not taken for a head count.
	TimeUnits map[string][]string `json:"time_units"`
	// Responses are what the rep can say to each cue kind, in this
	// language. They may use {competitor}, {difference}, {words} (the
	// customer's words) and {follow_up} (a timing cue's date).
	Responses map[CueKind]string `json:"responses"`
}

// CueRules is the playbook's cue section: the competitors and the rules of
// every language.
type CueRules struct {
	// Competitors are the rivals customers name.
	Competitors []Competitor `json:"competitors"`
	// Languages are the rules per language.
	Languages []CueLanguage `json:"languages"`
}

// IsZero reports whether there are no cue rules at all.
func (r CueRules) IsZero() bool { return len(r.Languages) == 0 && len(r.Competitors) == 0 }

// Language returns the rules for a locale ("de-AT" uses "de").
func (r CueRules) Language(locale string) (CueLanguage, bool) {
	base := baseLocale(locale)
	for _, l := range r.Languages {
		if l.Locale == base {
			return l, true
		}
	}
	return CueLanguage{}, false
}

// Locales lists the languages that have rules.
func (r CueRules) Locales() []string {
	out := make([]string, len(r.Languages))
	for i, l := range r.Languages {
		out[i] = l.Locale
	}
	return out
}

// baseLocale is a locale's language: "de-AT" and "de_at" are "de".
func baseLocale(locale string) string {
	l := strings.ToLower(strings.TrimSpace(locale))
	if i := strings.IndexAny(l, "-_"); i >= 0 {
		l = l[:i]
	}
	return l
}

// cueTimeUnits are the keys of CueLanguage.TimeUnits.
var cueTimeUnits = []string{"day", "week", "month", "quarter", "year", cueUnitHolidays, cueUnitFiscalYear}

// cueUnitFiscalYear is the time unit of the next fiscal year (来年度,
// 来期): it begins on the next 1 April, as Japanese companies' years do.
const cueUnitFiscalYear = "fiscal_year"

// CueUnitFiscalYear is the name of the fiscal-year time unit in a
// playbook's time_units.
const CueUnitFiscalYear = cueUnitFiscalYear

// cueResponsePlaceholders are the placeholders a response may use.
var cueResponsePlaceholders = []string{"competitor", "difference", "words", "follow_up"}

// Validate checks the rules as sales ops wrote them: known kinds, units and
// pain categories, patterns that compile, a response for every kind in
// every language, and a difference in every language for every
// competitor. painCategories are the playbook's category ids.
func (r CueRules) Validate(painCategories []string) error {
	seen := map[string]bool{}
	for _, l := range r.Languages {
		if l.Locale == "" {
			return Errorf(EINVALID, "cue rules: a language has no locale")
		}
		if seen[l.Locale] {
			return Errorf(EINVALID, "cue rules: language %q is listed twice; keep one", l.Locale)
		}
		seen[l.Locale] = true
		if err := l.validate(painCategories, r.Competitors); err != nil {
			return err
		}
	}
	names := map[string]bool{}
	for _, c := range r.Competitors {
		if c.Name == "" {
			return Errorf(EINVALID, "cue rules: a competitor has no name")
		}
		if names[strings.ToLower(c.Name)] {
			return Errorf(EINVALID, "cue rules: competitor %q is listed twice; keep one", c.Name)
		}
		names[strings.ToLower(c.Name)] = true
		for _, a := range append([]string{c.Name}, c.Aliases...) {
			if _, err := compileCuePattern(a, false); err != nil {
				return Errorf(EINVALID, "cue rules: competitor %q: alias %q %s", c.Name, a, err.Error())
			}
		}
		for _, l := range r.Languages {
			if strings.TrimSpace(c.Difference[l.Locale]) == "" {
				return Errorf(EINVALID, "cue rules: competitor %q has no difference in %q: write what honestly sets us apart, in that language", c.Name, l.Locale)
			}
		}
	}
	return nil
}

func (l CueLanguage) validate(painCategories []string, competitors []Competitor) error {
	where := "cue rules for " + strconvQuote(l.Locale)
	check := func(list string, patterns []string) error {
		for _, p := range l.withPeople(l.withCompetitors(patterns, competitors)) {
			if _, err := compileCuePattern(p, l.Spaceless); err != nil {
				return Errorf(EINVALID, "%s, %s: pattern %q %s", where, list, p, err.Error())
			}
		}
		return nil
	}
	lists := []struct {
		name     string
		patterns []string
	}{
		{"negations", l.Negations}, {"negations_after", l.NegationsAfter},
		{"clause_breaks", l.ClauseBreaks}, {"question_starts", l.QuestionStarts},
		{"question_words", l.QuestionWords}, {"question_ends", l.QuestionEnds},
		{"problems", l.Problems}, {"urgent", l.Urgent}, {"cost_denials", l.CostDenials}, {"churn_denials", l.ChurnDenials},
		{"spend_freeze", l.SpendFreeze},
		{"people", l.People}, {"our_service", l.OurService}, {"their_own", l.TheirOwn},
		{"ours", l.Ours},
	}
	for _, x := range lists {
		if err := check(x.name, x.patterns); err != nil {
			return err
		}
	}
	for kind, patterns := range l.Phrases {
		if !slices.Contains(phraseCueKinds, kind) {
			return Errorf(EINVALID, "%s: %q is not a phrase cue kind: use %s (competitors and pains have lists of their own)", where, kind, joinStrings(phraseCueKinds))
		}
		if err := check(string(kind), patterns); err != nil {
			return err
		}
	}
	for cat, patterns := range l.Pains {
		if !slices.Contains(painCategories, cat) {
			return Errorf(EINVALID, "%s, pains: %q is not one of the playbook's pain categories", where, cat)
		}
		if err := check("pains "+cat, patterns); err != nil {
			return err
		}
	}
	for unit, patterns := range l.TimeUnits {
		if !slices.Contains(cueTimeUnits, unit) {
			return Errorf(EINVALID, "%s, time_units: %q is not a unit: use %s", where, unit, strings.Join(cueTimeUnits, ", "))
		}
		if err := check("time_units "+unit, patterns); err != nil {
			return err
		}
	}
	for _, kind := range CueKinds {
		text := strings.TrimSpace(l.Responses[kind])
		if text == "" && slices.Contains(builtInReplyKinds, kind) {
			continue
		}
		if text == "" {
			return Errorf(EINVALID, "%s: no response for %s: write what a rep can say when it is heard", where, kind)
		}
		if name, ok := unknownPlaceholder(text, cueResponsePlaceholders); !ok {
			return Errorf(EINVALID, "%s: the %s response uses unknown placeholder {%s}: the known ones are {%s}", where, kind, name, strings.Join(cueResponsePlaceholders, "} {"))
		}
	}
	for kind := range l.Responses {
		if !slices.Contains(CueKinds, kind) {
			return Errorf(EINVALID, "%s: a response for %q, which is not a cue kind: use %s", where, kind, joinStrings(CueKinds))
		}
	}
	return nil
}

// unknownPlaceholder returns the first {name} in text that is not known.
func unknownPlaceholder(text string, known []string) (string, bool) {
	rest := text
	for {
		open := strings.IndexByte(rest, '{')
		if open < 0 {
			return "", true
		}
		end := strings.IndexByte(rest[open:], '}')
		if end < 0 {
			return rest[open:], false
		}
		name := rest[open+1 : open+end]
		if !slices.Contains(known, name) {
			return name, false
		}
		rest = rest[open+end+1:]
	}
}

func strconvQuote(s string) string { return `"` + s + `"` }

// NotedCompetitor is a competitor noted on an account from a call.
type NotedCompetitor struct {
	// Name is the competitor as the playbook names it.
	Name string `json:"name"`
	// Words are the customer's words about it.
	Words string `json:"words"`
	// NotedAt is when it was noted.
	NotedAt time.Time `json:"noted_at"`
}

// CueOutcome is what followed one kind of cue over the book's calls: the
// learning that tells sales ops which responses come before a yes.
type CueOutcome struct {
	// Kind is the cue kind.
	Kind CueKind `json:"kind"`
	// Calls counts the calls it was heard on.
	Calls int `json:"calls"`
	// Accepted and Interested count those calls with an offer accepted,
	// or marked interested.
	Accepted   int `json:"accepted"`
	Interested int `json:"interested"`
}
