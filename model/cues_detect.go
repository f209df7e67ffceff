package model

import (
	"cmp"
	"slices"
	"time"
	"unicode"
	"unicode/utf8"
)

// CueDetector finds cues in call notes with the playbook's rules. Build it
// once per playbook with NewCueDetector; it only reads after that, so one
// detector may serve several goroutines.
type CueDetector struct {
	rules CueRules
	langs map[string]*cueLang
	// today is the day notes are read on, for dates that name a year
	// (see At); zero for the clock's.
	today time.Time
}

// At returns a detector that reads notes as on day today: a date that
// names its year and lies before it is history, no follow-up. A detector
// built by NewCueDetector reads them as on the clock's day.
func (d *CueDetector) At(today time.Time) *CueDetector {
	c := *d
	c.today = today
	return &c
}

// readOn is the day notes are read on.
func (d *CueDetector) readOn() time.Time {
	if d.today.IsZero() {
		return time.Now()
	}
	return d.today
}

// cueRole says what a rule's match means.
type cueRole int

const (
	roleCue     cueRole = iota // a cue by itself: a phrase or a competitor
	roleTopic                  // what a pain is about; needs a problem
	roleProblem                // makes a pain of a topic
	roleDenial                 // says a kind of cue does not hold (cost is not the problem, they stay); never a cue
)

// cueRule is one compiled pattern and what it stands for.
type cueRule struct {
	kind       CueKind
	role       cueRole
	category   string
	competitor string
	// freeze marks a price rule of CueLanguage.SpendFreeze.
	freeze bool
	pat    *cuePattern
}

// cueUnit is a compiled time unit word.
type cueUnit struct {
	unit string
	pat  *cuePattern
}

// cueLang is one language's compiled rules.
type cueLang struct {
	CueLanguage
	rules []*cueRule
	// In a spaced language, rules are indexed by their first word: exact
	// words, stems by their first two letters, and the rest scanned.
	exact map[string][]*cueRule
	stems map[string][]*cueRule
	scan  []*cueRule
	// byRune indexes a spaceless language's rules by their first character.
	byRune map[rune][]*cueRule

	negations, negationsAfter, breaks, questionStarts, questionWords, questionEnds, urgent, people []*cuePattern
	units                                                                                          []cueUnit
	// service finds pains about the service we give.
	service ourService
}

// NewCueDetector compiles the rules. It refuses rules that do not pass
// Validate; call that first for a message that names the place to fix.
func NewCueDetector(r CueRules) (*CueDetector, error) {
	d := &CueDetector{rules: r, langs: make(map[string]*cueLang, len(r.Languages))}
	for _, cl := range r.Languages {
		l, err := compileCueLang(cl, r.Competitors)
		if err != nil {
			return nil, err
		}
		d.langs[cl.Locale] = l
	}
	return d, nil
}

// Rules returns the rules the detector was built from.
func (d *CueDetector) Rules() CueRules { return d.rules }

// Knows reports whether there are rules for a locale.
func (d *CueDetector) Knows(locale string) bool {
	return d != nil && d.langs[baseLocale(locale)] != nil
}

func compileCueLang(cl CueLanguage, competitors []Competitor) (*cueLang, error) {
	l := &cueLang{CueLanguage: cl, exact: map[string][]*cueRule{}, stems: map[string][]*cueRule{}}
	compileAll := func(list string, srcs []string, single bool) ([]*cuePattern, error) {
		out := make([]*cuePattern, 0, len(srcs))
		for _, s := range cl.withPeople(cl.withCompetitors(srcs, competitors)) {
			p, err := compileCuePattern(s, cl.Spaceless)
			if err != nil {
				return nil, Errorf(EINVALID, "cue rules for %q, %s: pattern %q %s", cl.Locale, list, s, err.Error())
			}
			if single && (!p.singleWord() || cl.Spaceless && (len(p.steps) != 1 || p.steps[0].lit == "")) {
				return nil, Errorf(EINVALID, "cue rules for %q, %s: %q must be one word", cl.Locale, list, s)
			}
			out = append(out, p)
		}
		return out, nil
	}
	var err error
	lists := []struct {
		name   string
		srcs   []string
		single bool
		dst    *[]*cuePattern
	}{
		{"negations", cl.Negations, true, &l.negations},
		{"negations_after", cl.NegationsAfter, true, &l.negationsAfter},
		{"clause_breaks", cl.ClauseBreaks, true, &l.breaks},
		{"question_starts", cl.QuestionStarts, false, &l.questionStarts},
		{"question_words", cl.QuestionWords, true, &l.questionWords},
		{"question_ends", cl.QuestionEnds, false, &l.questionEnds},
		{"urgent", cl.Urgent, false, &l.urgent},
		{"people", cl.People, true, &l.people},
	}
	for _, x := range lists {
		if *x.dst, err = compileAll(x.name, x.srcs, x.single); err != nil {
			return nil, err
		}
	}
	add := func(list string, srcs []string, proto cueRule) error {
		pats, err := compileAll(list, srcs, false)
		if err != nil {
			return err
		}
		for _, p := range pats {
			if proto.kind == CueCompetitor && !p.spaceless {
				last := p.steps[len(p.steps)-1].alts
				for i := range last {
					last[i].stem = true
				}
			}
			r := proto
			r.pat = p
			l.rules = append(l.rules, &r)
		}
		return nil
	}
	for _, kind := range phraseCueKinds {
		if err := add(string(kind), cl.Phrases[kind], cueRule{kind: kind}); err != nil {
			return nil, err
		}
	}
	for _, c := range competitors {
		if err := add("competitor "+c.Name, append([]string{c.Name}, c.Aliases...), cueRule{kind: CueCompetitor, competitor: c.Name}); err != nil {
			return nil, err
		}
	}
	cats := make([]string, 0, len(cl.Pains))
	for cat := range cl.Pains {
		cats = append(cats, cat)
	}
	slices.Sort(cats)
	for _, cat := range cats {
		if err := add("pains "+cat, cl.Pains[cat], cueRule{kind: CuePain, role: roleTopic, category: cat}); err != nil {
			return nil, err
		}
	}
	if err := add("problems", cl.Problems, cueRule{kind: CuePain, role: roleProblem}); err != nil {
		return nil, err
	}
	if err := add("cost_denials", cl.CostDenials, cueRule{kind: CuePrice, role: roleDenial}); err != nil {
		return nil, err
	}
	if err := add("spend_freeze", cl.SpendFreeze, cueRule{kind: CuePrice, freeze: true}); err != nil {
		return nil, err
	}
	if err := add("churn_denials", cl.ChurnDenials, cueRule{kind: CueChurnRisk, role: roleDenial}); err != nil {
		return nil, err
	}
	for _, unit := range cueTimeUnits {
		pats, err := compileAll("time_units "+unit, cl.TimeUnits[unit], false)
		if err != nil {
			return nil, err
		}
		for _, p := range pats {
			l.units = append(l.units, cueUnit{unit: unit, pat: p})
		}
	}
	if l.service, err = compileOurService(cl); err != nil {
		return nil, err
	}
	if cl.Spaceless {
		l.indexRunes()
	} else {
		l.index()
	}
	return l, nil
}

// index files every rule under its first word, so that a note's word is
// only tried against the rules that can start with it.
func (l *cueLang) index() {
	for _, r := range l.rules {
		first := r.pat.steps[0]
		if first.number {
			l.scan = append(l.scan, r)
			continue
		}
		keys := make([]string, 0, len(first.alts))
		scan := false
		for _, a := range first.alts {
			switch {
			case !a.stem && !a.ending:
				l.exact[a.text] = append(l.exact[a.text], r)
			case a.stem && !a.ending && utf8.RuneCountInString(a.text) >= 2:
				keys = append(keys, stemKey(a.text))
			default:
				scan = true
			}
		}
		if scan {
			l.scan = append(l.scan, r)
			continue
		}
		for _, k := range keys {
			if !slices.Contains(l.stems[k], r) {
				l.stems[k] = append(l.stems[k], r)
			}
		}
	}
}

// stemKey is a word's first two letters.
func stemKey(w string) string {
	_, a := utf8.DecodeRuneInString(w)
	_, b := utf8.DecodeRuneInString(w[a:])
	return w[:a+b]
}

// cueHit is one match of a rule in a note.
type cueHit struct {
	rule             *cueRule
	clause, sentence int
	// people is set when a growth hit's number counts people: said with a
	// people word ("12 reps") or the difference of "from 40 to 65".
	people bool
	// start and end are byte offsets in the note as typed.
	start, end int
	// from and to place the hit for distances: word indexes in a spaced
	// language, byte offsets of the folded note in a spaceless one.
	from, to int
	negated  bool
	// negatedBy is one past the byte offset of the negation before the
	// match, in a spaced language; 0 when none.
	negatedBy int
	question  bool
	number    int
	unit      string
	// unitDist is how far from the match its unit stands, in a spaceless
	// language.
	unitDist int
	// weight is how much of the note the pattern itself matched: words
	// not stepped over by gaps, or bytes in a spaceless language.
	weight int
	// since is set on a timing hit that is a date something has gone on
	// since ("seit Oktober"): no day to come.
	since bool
	// dateOnly is set on a timing hit that is nothing but a date ("in
	// March", «в марте», 3月): it says when, not that they want to wait.
	dateOnly bool
	// calledOff is set on a growth hit whose clause says the team shrinks
	// or the plan to grow is off ("from 40 to 25", "the expansion is
	// cancelled", 採用計画は中止): no growth.
	calledOff bool
	// fewer is set on a growth hit whose count goes down ("from 40 to
	// 25"): the team shrinks (see CueShrinking).
	fewer bool
	// offClause is one more than the number of the clause after a growth
	// hit that calls it off ("…, but that got scrapped"); 0 when none.
	offClause int
	// granted is set on an authority hit whose clause says the approval
	// was given ("Einkauf hat freigegeben", see grantedWords), and on a
	// growth hit in such a clause: "VP approved the expansion" is the
	// deal's, not people joining.
	granted bool
	// kickoff is set on a timing hit in a clause that sets the day the
	// work starts (see kickoffClause): no put-off.
	kickoff bool
	// call is set on a date said in a clause about a call ("f/u Thu"):
	// the day of the next call, over a deadline said beside it.
	call bool
	// deal is set on a growth hit in a clause about the contract.
	deal bool
	// handedOver is set on a contact leaving with the handover arranged
	// or the successor named (see Cue).
	handedOver bool
	// term is set on a timing hit that says when a contract ends
	// ("contract runs till June", see contractTerm): no day to call.
	term bool
	// rivalEvent is set on a timing hit in a clause about a demo or
	// trial not said to be ours (see rivalsDate).
	rivalEvent bool
	// current is set on a hit in a clause that says what the customer
	// uses today (see CueIncumbent).
	current bool
	// comparing is set on a hit in a sentence that says the customer
	// compares now (see CueIncumbentCompared).
	comparing bool
	// duration is set on a growth hit whose number counts time ("2 more
	// years"): no growth.
	duration bool
	// dearer is set on a growth hit that says a price went up ("20% more
	// expensive"): no growth.
	dearer bool
	// pastTense is set on a timing hit that is a date in a clause told in
	// the past tense ("raised prices in Oct", see pastTenseClause).
	pastTense bool
	// condition is set on a hit in a clause that states a condition
	// ("if", „wenn“, «если», "kui"; see cueConditionWords).
	condition bool
}

// Detect returns the cues in a note written in locale's language, in the
// order they appear; nil when there are no rules for the locale.
func (d *CueDetector) Detect(text, locale string) []Cue {
	return d.detect(text, locale, false)
}

// DetectNote returns the cues in a call's notes for an account speaking
// locale's language: reps of an international team often write their
// notes in English whatever the customer speaks, so an English note on a
// German account is read by the English lists. The lists of the account's
// language win unless the English ones hear more; notes in Japanese or
// Russian script are read in that language.
func (d *CueDetector) DetectNote(text, locale string) []Cue {
	cues := d.detect(text, locale, false)
	if d == nil || baseLocale(locale) == defaultLocale || d.langs[defaultLocale] == nil || scriptLocale(text) != "" {
		return cues
	}
	// A note whose everyday words say plainly which of the two it is
	// written in is read in that one (see latinLocale). Otherwise the
	// lists that hear more win; on a tie, those that hear more of the
	// words: "hiring 4 accountants in August" on a German account is
	// growth in English, not only the month German spells the same.
	guess, clear := latinLocale(text, []string{baseLocale(locale), defaultLocale})
	if clear && guess == baseLocale(locale) {
		return cues
	}
	if en := d.detect(text, defaultLocale, false); clear || len(en) > len(cues) || len(en) == len(cues) && heardRunes(en) > heardRunes(cues) {
		// Written in English, said by a customer in their own country:
		// its holidays are the ones no follow-up falls on.
		for i := range en {
			en[i].lang = baseLocale(locale)
		}
		return en
	}
	return cues
}

// heardRunes is how many characters of a note its cues quote.
func heardRunes(cues []Cue) int {
	n := 0
	for _, c := range cues {
		n += utf8.RuneCountInString(c.Text)
	}
	return n
}

// detect is Detect; asked keeps cues said in a question ("is there any
// flexibility on price?") or with a negation ("we can't keep paying for
// seats nobody opens", "ich kann die Kosten nicht mehr rechtfertigen"),
// which a call's notes leave out but a pain, one complaint, means all the
// same.
func (d *CueDetector) detect(text, locale string, asked bool) []Cue {
	if d == nil {
		return nil
	}
	l := d.langs[baseLocale(locale)]
	if l == nil {
		return nil
	}
	var hits []cueHit
	var urgent map[int]bool
	if l.Spaceless {
		hits, urgent = l.scanText(text)
	} else {
		hits, urgent = l.scanWords(text)
	}
	if asked {
		// A denial keeps its negation: one negated denies nothing.
		for i := range hits {
			hits[i].question = false
			hits[i].negated = hits[i].negated && hits[i].rule.role == roleDenial
		}
	}
	cues := dropPastGrowth(dropPastDates(assembleCues(text, hits, urgent), d.readOn()), text, d.readOn())
	afterNewYear(cues, baseLocale(locale))
	var own CueRules // the note's language alone: one list to read
	for _, cl := range d.rules.Languages {
		if cl.Locale == baseLocale(locale) {
			own.Languages = append(own.Languages, cl)
		}
	}
	for i := range cues {
		cues[i].lang = baseLocale(locale)
		if c := &cues[i]; c.Kind == CuePain {
			// "Your support is slow": the "your" stands outside the
			// pain's own words, in its sentence.
			said := around(text, c.Start, c.End, false)
			c.ours = saysYour(own, said) || l.speaksOfOurService(said)
		}
	}
	return cues
}

// DetectAny finds cues in a note whose language is not known: Japanese
// and Russian are told by their script; among the rest, the language whose
// rules find the most cues wins, English on a tie.
func (d *CueDetector) DetectAny(text string) (locale string, cues []Cue) {
	return d.detectAny(text, false)
}

// detectAnyAsked is DetectAny keeping cues said in questions or with a
// negation (see detect): for a pain's words.
func (d *CueDetector) detectAnyAsked(text string) (locale string, cues []Cue) {
	return d.detectAny(text, true)
}

func (d *CueDetector) detectAny(text string, asked bool) (locale string, cues []Cue) {
	if d == nil {
		return "", nil
	}
	if script := scriptLocale(text); script != "" && d.langs[script] != nil {
		return script, d.detect(text, script, asked)
	}
	locales := make([]string, 0, len(d.langs))
	for loc, l := range d.langs {
		if !l.Spaceless && loc != "ru" {
			locales = append(locales, loc)
		}
	}
	slices.SortFunc(locales, func(a, b string) int {
		switch {
		case a == b:
			return 0
		case a == "en":
			return -1
		case b == "en":
			return 1
		}
		return cmp.Compare(a, b)
	})
	// As many cues in two languages, or none, go to the language whose
	// everyday words the note uses: „Ihr Support antwortet nie“ is German
	// before it is anything else.
	// When those words say it plainly, the note is read in that language
	// alone, however many cues another language's lists find in it: an
	// English note about layoffs is not read as German for the German
	// word lists' "headcount".
	guess, clear := latinLocale(text, locales)
	if clear {
		return guess, d.detect(text, guess, asked)
	}
	if guess != "" {
		i := slices.Index(locales, guess)
		locales = slices.Insert(slices.Delete(locales, i, i+1), 0, guess)
	}
	for _, loc := range locales {
		if c := d.detect(text, loc, asked); len(c) > len(cues) {
			locale, cues = loc, c
		}
	}
	if locale == "" && len(locales) > 0 {
		locale = locales[0]
	}
	return locale, cues
}

// deniesCost reports whether a text says that cost is not the problem
// (see CueLanguage.CostDenials) in the language its script gives away or,
// for the Latin script, in any language that writes words apart. A denial
// with a negation close before or after it denies nothing.
func (d *CueDetector) deniesCost(text string) bool { return d.denies(text, CuePrice) }

// SaysOtherwise reports whether a call's notes deny a kind of cue heard
// before ("they are staying with us" for a churn risk), as
// Catalog.SaysOtherwise does.
func (d *CueDetector) SaysOtherwise(notes string, kind CueKind) bool { return d.denies(notes, kind) }

// denies reports whether a text denies a kind of cue: cost is not the
// problem ("budget for 2027 approved"), or they stay ("they are staying
// with us"), as deniesCost reads it.
func (d *CueDetector) denies(text string, kind CueKind) bool {
	if d == nil {
		return false
	}
	script := scriptLocale(text)
	for loc, l := range d.langs {
		if script != "" && loc != script || script == "" && (l.Spaceless || loc == "ru") {
			continue
		}
		var hits []cueHit
		if l.Spaceless {
			hits, _ = l.scanText(text)
		} else {
			hits, _ = l.scanWords(text)
		}
		if slices.ContainsFunc(hits, func(h cueHit) bool { return h.rule.role == roleDenial && h.rule.kind == kind && !h.negated }) {
			return true
		}
	}
	return false
}

// scriptLocale names the language a note's script gives away: "ja" for
// kana or kanji, "ru" for Cyrillic, "" otherwise.
func scriptLocale(text string) string {
	for _, r := range text {
		switch {
		case unicode.In(r, unicode.Hiragana, unicode.Katakana, unicode.Han):
			return "ja"
		case unicode.Is(unicode.Cyrillic, r):
			return "ru"
		}
	}
	return ""
}

// assembleCues turns hits into cues: phrases and competitors that are
// neither negated nor asked, pains where a topic meets a problem in one
// clause, and one cue for each signal where matches overlap.
func assembleCues(text string, hits []cueHit, urgent map[int]bool) []Cue {
	var cues []Cue
	putOff := map[int]bool{}
	for _, h := range hits {
		if h.rule.kind == CueGrowth && h.fewer && !h.negated && !h.question {
			cues = append(cues, Cue{Kind: CueShrinking, Text: text[h.start:h.end], Number: h.number, Start: h.start, End: h.end, clause: h.clause, weight: h.weight, sentence: h.sentence})
		}
		if h.rule.role != roleCue || h.negated || h.question || h.since || h.calledOff || contractTermHolds(h, hits) || deniedBy(h, hits) || setAside(h, hits) || inChurnDenial(h, hits) || costSaidFine(h, hits, text) || whenTheyShrink(h, hits) || h.duration || h.dearer || h.granted || kickoffOnly(h, hits) || h.rule.kind == CueCompetitor && everydayWord(text[h.start:h.end]) || budgetYear(h, hits, text) || rivalsDate(h, hits) {
			continue
		}
		if h.rule.kind == CueTiming && !h.dateOnly {
			putOff[h.clause] = true
		}
		category := ""
		if h.rule == contactLeavingRule {
			category = CueContactLeaving
		}
		if h.rule.kind == CueCompetitor && h.current {
			category = CueIncumbent
			if h.comparing {
				category = CueIncumbentCompared
			}
		}
		cues = append(cues, Cue{
			Kind: h.rule.kind, Text: text[h.start:h.end], Number: h.number, Unit: h.unit, Category: category,
			Competitor: h.rule.competitor, Start: h.start, End: h.end, clause: h.clause, weight: h.weight,
			sentence: h.sentence, people: h.people, dateOnly: h.dateOnly, pastTense: h.pastTense, call: h.call, deal: h.deal,
			handedOver: h.handedOver,
		})
	}
	for i := range cues {
		cues[i].dateOnly = cues[i].dateOnly && !putOff[cues[i].clause]
	}
	cues = append(cues, dropCostInManualWork(painCues(text, hits, urgent))...)
	cues = dropMoodChurn(cues, hits)
	cues = dropTimingInPain(cues)
	cues = dropChurnUnderContactLeaving(cues)
	cues = dropSolvedPains(cues, text)
	cues = oneShrinkingASentence(cues)
	cues = dropChurnDates(dropGrowthTimes(dropGrowthWithoutHeads(dropGrowthInOnboarding(dedupeCues(cues)))))
	// A contact leaving with someone taking over is no risk to hear; its
	// day went with it above.
	cues = slices.DeleteFunc(cues, func(c Cue) bool { return c.handedOver })
	return markIntegrations(markFreezes(shareTimingDates(dropDeclinedOffers(dropGrowthInPrice(cues))), hits), hits)
}

// CueIntegration is the Category of a competitor cue whose clause speaks
// of connecting or moving data ("import contacts from Salesforce", „die
// Schnittstelle zu Dynamics“, Zendeskとの連携): they name the rival's
// system, they are not weighing it.
const CueIntegration = "integration"

// CueIncumbent is the Category of a competitor cue whose clause says the
// customer uses it today ("Still on Salesforce", 現在Salesforceを使用中,
// «сидят на Битрикс24»): a rival they run, not one they are weighing.
const CueIncumbent = "current"

// CueIncumbentCompared is the Category of a competitor cue the customer
// uses today and compares with us now («сейчас сидят на Битрикс24,
// сравнивают с нами»): the reply speaks of the comparison under way, not
// of one they might make some day.
const CueIncumbentCompared = "current, compared"

// CueFormerRival is the Category of a competitor cue whose sentence says
// the customer stays with us or came to us from it ("they came over from
// Salesforce two years ago"): a rival left behind, not one weighed.
const CueFormerRival = "former"

// markIntegrations marks the competitor cues whose sentence holds a topic
// of the integration pain category (see CueIntegration: "Marketing uses
// HubSpot, want it connected to our CRM"), or a churn denial (see
// CueFormerRival).
func markIntegrations(cues []Cue, hits []cueHit) []Cue {
	for i := range cues {
		if cues[i].Kind != CueCompetitor {
			continue
		}
		for _, h := range hits {
			if h.sentence != cues[i].sentence || h.negated {
				continue
			}
			if h.rule.role == roleTopic && h.rule.category == CueIntegration {
				cues[i].Category = CueIntegration
				break
			}
			// A rival they use today stays one: "using Salesforce, not
			// thinking of switching" speaks of the tool they have.
			if h.rule.role == roleDenial && h.rule.kind == CueChurnRisk && cues[i].Category != CueIncumbent && cues[i].Category != CueIncumbentCompared {
				cues[i].Category = CueFormerRival
			}
		}
	}
	return cues
}

// markFreezes gives severity 3 to every price cue whose clause says that
// new spend is frozen (a SpendFreeze match neither negated, asked nor
// denied), whichever price pattern gave the cue.
func markFreezes(cues []Cue, hits []cueHit) []Cue {
	frozen := map[int]bool{}
	for _, h := range hits {
		if h.rule.freeze && !h.negated && !h.question && !deniedBy(h, hits) && !setAside(h, hits) {
			frozen[h.clause] = true
		}
	}
	for i := range cues {
		if cues[i].Kind == CuePrice && frozen[cues[i].clause] {
			cues[i].Severity = 3
		}
	}
	return cues
}

// shareTimingDates gives a timing cue that names no time the time named by
// the nearest timing cue of the note that does, the one before it first:
// in "The budget is locked until April. Call back then." the call back is
// in April, not in two weeks.
func shareTimingDates(cues []Cue) []Cue {
	for i := range cues {
		if cues[i].Kind != CueTiming || cues[i].Unit != "" {
			continue
		}
		best := -1
		for j, o := range cues {
			if o.Kind != CueTiming || o.Unit == "" {
				continue
			}
			if best < 0 || cueGap(i, j) < cueGap(i, best) || cueGap(i, j) == cueGap(i, best) && j < i {
				best = j
			}
		}
		if best >= 0 {
			cues[i].Unit, cues[i].Number = cues[best].Unit, cues[best].Number
		}
	}
	return cues
}

// cueGap is how many cues apart two cues of a note stand.
func cueGap(i, j int) int { return max(i-j, j-i) }

// deniedBy reports whether a negated match of the same kind overlaps h and
// reaches past it: in 値段は高すぎるとは思わない the negation follows
// 高すぎ, and denies 値段は高 too. A negated match that h holds whole
// ("без финдиректора не решаю" around "не решаю") does not deny it, and
// neither does one whose negation h holds: "not until March" is a timing
// cue, though it negates "until March".
func deniedBy(h cueHit, hits []cueHit) bool {
	for _, n := range hits {
		if !n.negated || n.rule.kind != h.rule.kind || n.rule.role != roleCue || n.rule.competitor != h.rule.competitor {
			continue
		}
		if n.negatedBy > 0 && h.start < n.negatedBy && n.negatedBy <= h.end {
			continue
		}
		overlaps := n.start < h.end && h.start < n.end
		inside := h.start <= n.start && n.end <= h.end
		if overlaps && !inside {
			return true
		}
	}
	return false
}

// setAside reports whether a denial of the hit's kind, not negated itself,
// stands with it: a price hit in the clause of a cost denial ("価格面は全く
// 問題ない"), a churn-risk hit in the sentence of a churn denial, which
// says they stay, came to us, or speak of their own customers' churn
// ("cancelled Pipedrive and moved everything to us", "their churn rate").
// A sentence, not a clause, for churn: what they cancelled and where they
// moved are often told in two clauses. A churn risk whose sentence names
// a rival is set aside by a churn denial in any later sentence too, when
// that sentence says nothing of churn itself: in "They ran a HubSpot
// trial. They are staying with us." the note ends with what was decided
// about the rival, while "Their churn rate is up" speaks of their own
// customers.
func setAside(h cueHit, hits []cueHit) bool {
	return slices.ContainsFunc(hits, func(d cueHit) bool {
		// "Loobusid eelmisel aastal Zohost": what they gave up is the
		// rival the churn denial names, not something we offer.
		if h.rule.kind == CueNoNeed && d.rule.role == roleDenial && d.rule.kind == CueChurnRisk && !d.negated && d.start <= h.start && h.end <= d.end {
			return true
		}
		// „Kein Interesse an Dynamics“: no need of the rival, not of us.
		if h.rule.kind == CueNoNeed && d.rule.kind == CueCompetitor && d.rule.role == roleCue && d.clause == h.clause {
			return true
		}
		if d.rule.role != roleDenial || d.rule.kind != h.rule.kind || d.negated {
			return false
		}
		// "Mari lahkub ettevõttest": a denial that a person leaving their
		// company is the customer leaving us is what a contact leaving is.
		if h.rule == contactLeavingRule {
			return false
		}
		if h.rule.kind == CueChurnRisk {
			return d.sentence == h.sentence || d.sentence > h.sentence && rivalNamed(h.sentence, hits) && !churnSaid(d.sentence, hits)
		}
		return d.clause == h.clause
	})
}

// rivalNamed reports whether a competitor is named in a sentence.
func rivalNamed(sentence int, hits []cueHit) bool {
	return slices.ContainsFunc(hits, func(c cueHit) bool {
		return c.rule.kind == CueCompetitor && c.rule.role == roleCue && c.sentence == sentence
	})
}

// churnSaid reports whether a sentence holds a churn-risk phrase.
func churnSaid(sentence int, hits []cueHit) bool {
	return slices.ContainsFunc(hits, func(c cueHit) bool {
		return c.rule.kind == CueChurnRisk && c.rule.role == roleCue && c.sentence == sentence
	})
}

// inChurnDenial reports whether a timing hit starts inside a churn denial:
// in 乗り換えは見送り the put-off word says the switch is off, not that a
// decision waits.
func inChurnDenial(h cueHit, hits []cueHit) bool {
	return h.rule.kind == CueTiming && slices.ContainsFunc(hits, func(d cueHit) bool {
		return d.rule.role == roleDenial && d.rule.kind == CueChurnRisk && !d.negated && d.start <= h.start && h.start < d.end
	})
}

// dropGrowthInPrice leaves out a growth cue inside a price cue: "our bill
// doubled", «счёт вырос» speak of what they pay, and congratulating them on
// growth would be the worst answer.
func dropGrowthInPrice(cues []Cue) []Cue {
	return slices.DeleteFunc(cues, func(g Cue) bool {
		return g.Kind == CueGrowth && slices.ContainsFunc(cues, func(p Cue) bool {
			return p.Kind == CuePrice && p.Start <= g.Start && g.End <= p.End
		})
	})
}

// dropGrowthTimes leaves out a timing cue in the same clause as a growth
// cue: "we hire 20 people next month" says when they grow, not that the
// customer wants to wait. A date alone ("In January, another 8 engineers
// join", «в марте, выходят ещё 12 менеджеров») is left out anywhere in the
// sentence of a growth cue that counts people, as it says when they join;
// a clause that asks to wait ("call back in March") keeps its cue.
func dropGrowthTimes(cues []Cue) []Cue {
	growth, heads := map[int]bool{}, map[int]bool{}
	for _, c := range cues {
		if c.Kind == CueGrowth {
			growth[c.clause] = true
			heads[c.sentence] = heads[c.sentence] || c.people
		}
	}
	return slices.DeleteFunc(cues, func(c Cue) bool {
		// „…erweitert, Angebot bis Freitag“: a day set for a call or a
		// deadline in a clause of its own is no joining date.
		return c.Kind == CueTiming && (growth[c.clause] || c.dateOnly && !c.call && heads[c.sentence])
	})
}

// dropChurnDates leaves out a timing cue in the clause of a churn risk:
// in "They plan to cancel in March" March is when they would leave, and
// in "champion leaving end of month" the month's end is when the champion
// goes; the call is due within the week, or on a date said elsewhere in
// the note, not then.
func dropChurnDates(cues []Cue) []Cue {
	churn := map[int]bool{}
	for _, c := range cues {
		if c.Kind == CueChurnRisk {
			churn[c.clause] = true
		}
	}
	return slices.DeleteFunc(cues, func(c Cue) bool {
		return c.Kind == CueTiming && churn[c.clause]
	})
}

// dropGrowthInOnboarding leaves out a growth cue with no count in the
// clause of an onboarding pain: „Die Einarbeitung neuer Mitarbeiter dauert
// zu lange“ speaks of the new people's training, not of hiring more.
func dropGrowthInOnboarding(cues []Cue) []Cue {
	onboarding := map[int]bool{}
	for _, c := range cues {
		if c.Kind == CuePain && c.Category == "onboarding" {
			onboarding[c.clause] = true
		}
	}
	return slices.DeleteFunc(cues, func(c Cue) bool { return c.Kind == CueGrowth && c.Number == 0 && onboarding[c.clause] })
}

// dropCostInManualWork leaves out a cost pain whose clause is a pain of
// manual work: "invoices are typed in by hand", «счета вводят вручную»,
// "arved tuleb käsitsi sisestada" speak of the work, not of paying too
// much, and a cost pain would hold every expansion back.
func dropCostInManualWork(cues []Cue) []Cue {
	manual := map[int]bool{}
	for _, c := range cues {
		if c.Category == "automation" {
			manual[c.clause] = true
		}
	}
	return slices.DeleteFunc(cues, func(c Cue) bool { return c.Category == PainCost && manual[c.clause] })
}

// painCues pairs each topic with the nearest problem of its clause. The
// condition of a threat to leave names a problem they have, whatever its
// negation or "if" says: "might cancel if the integration issues aren't
// fixed", „Kündigung angedroht, wenn die Ausfälle nicht aufhören“.
func painCues(text string, hits []cueHit, urgent map[int]bool) []Cue {
	threat := map[int]bool{}
	for _, h := range hits {
		if h.rule.kind == CueChurnRisk && h.rule.role == roleCue && !h.negated && !h.question {
			threat[h.sentence] = true
		}
	}
	var cues []Cue
	for _, t := range hits {
		stated := t.condition && threat[t.sentence]
		if t.rule.role != roleTopic || t.question && !stated {
			continue
		}
		best, dist := -1, 0
		for j, p := range hits {
			if p.rule.role != roleProblem || p.clause != t.clause || (p.negated || p.question) && !stated {
				continue
			}
			d := max(p.from-t.to, t.from-p.to, 0)
			if best < 0 || d < dist {
				best, dist = j, d
			}
		}
		if best < 0 {
			continue
		}
		p := hits[best]
		start, end := min(t.start, p.start), max(t.end, p.end)
		sev := 2
		if urgent[t.clause] {
			sev = 3
		}
		cues = append(cues, Cue{Kind: CuePain, Text: text[start:end], Category: t.rule.category, Severity: sev, Start: start, End: end, clause: t.clause, sentence: t.sentence})
	}
	return cues
}

// dedupeCues keeps one of cues that are the same signal and overlap or
// stand in the same clause ("run this by our CFO" is one authority cue): the
// one that counts people, then the one with a number, then the one whose pattern matched the most words,
// then the longest. The rest are ordered by where they stand.
func dedupeCues(cues []Cue) []Cue {
	slices.SortStableFunc(cues, func(a, b Cue) int {
		return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(b.End-b.Start, a.End-a.Start))
	})
	out := cues[:0]
	for _, c := range cues {
		dup := false
		for i, o := range out {
			sameClause := o.clause == c.clause && c.Kind != CueCompetitor
			if o.Kind != c.Kind || o.Category != c.Category || o.Competitor != c.Competitor || !sameClause && (c.Start >= o.End || o.Start >= c.End) {
				continue
			}
			dup = true
			if betterCue(c, o) {
				out[i] = c
			}
			break
		}
		if !dup {
			out = append(out, c)
		}
	}
	return out
}

// betterCue reports whether c says more than o about the same signal.
func betterCue(c, o Cue) bool {
	if c.people != o.people {
		return c.people
	}
	if (c.Number != 0) != (o.Number != 0) {
		return c.Number != 0
	}
	if c.weight != o.weight {
		return c.weight > o.weight
	}
	return c.End-c.Start > o.End-o.Start
}
