package model

import (
	"slices"
	"strings"
)

// cueNegationReach is how many words before a match a negation reaches,
// and cueNegationAfterReach how many after it.
const (
	cueNegationReach      = 4
	cueNegationAfterReach = 4
)

// wordFlags are what each word of a note is, for the rules that look
// around a match.
type wordFlags struct {
	negation, negationAfter, brk, questionWord bool
}

// scanWords finds every rule's matches in a note of a spaced language.
func (l *cueLang) scanWords(src string) ([]cueHit, map[int]bool) {
	cw := splitCueWords(src)
	words := cw.words
	if len(words) == 0 {
		return nil, nil
	}
	flags := make([]wordFlags, len(words))
	shift := 0
	for i := range words {
		w := words[i].norm
		f := &flags[i]
		f.negation = anyWord(l.negations, w)
		words[i].negation = f.negation
		f.negationAfter = anyWord(l.negationsAfter, w)
		f.questionWord = anyWord(l.questionWords, w)
		if anyWord(l.breaks, w) && !(i+1 < len(words) && intensified[w][words[i+1].norm]) && !(i > 0 && particleAfter[w][words[i-1].norm]) {
			f.brk = true
			shift++
		}
		words[i].clause += shift
	}
	if l.Locale == "de" {
		joinInfinitiveGroups(words, flags)
	}

	// Clauses: where each starts and ends, and whether it is a question.
	type clause struct {
		start, end int
		question   bool
		// asked is set when the clause asks (a question mark, a question
		// start or a question word other than a condition's), not only
		// states a condition.
		asked bool
	}
	clauses := map[int]*clause{}
	order := []int{}
	for i, w := range words {
		c := clauses[w.clause]
		if c == nil {
			c = &clause{start: i}
			clauses[w.clause] = c
			order = append(order, w.clause)
		}
		c.end = i + 1
		if flags[i].questionWord || cw.questions[w.sentence] {
			c.question = true
			c.asked = c.asked || cw.questions[w.sentence] || !cueConditionWords[w.norm]
		}
	}
	for _, id := range order {
		c := clauses[id]
		first := c.start
		for first < c.end && flags[first].brk {
			first++
		}
		for _, q := range l.questionStarts {
			if _, ok := q.matchWordsAt(words, first, c.end); ok {
				c.question, c.asked = true, true
				break
			}
		}
	}

	contact, rivalEvent, condition := contactClauses(words), rivalEventClauses(words), conditionClauses(words)
	sentStart, sentEnd := map[int]int{}, map[int]int{}
	for k, w := range words {
		if _, ok := sentStart[w.sentence]; !ok {
			sentStart[w.sentence] = k
		}
		sentEnd[w.sentence] = k + 1
	}
	current := currentUseClauses(words)
	comparing := comparingSentences(words)
	urgent := map[int]bool{}
	var hits []cueHit
	for i, w := range words {
		c := clauses[w.clause]
		for _, u := range l.urgent {
			if _, ok := u.matchWordsAt(words, i, c.end); ok {
				urgent[w.clause] = true
			}
		}
		if flags[i].brk {
			continue
		}
		try := func(rules []*cueRule) {
			for _, r := range rules {
				m, ok := r.pat.matchWordsAt(words, i, c.end)
				if !ok {
					continue
				}
				if r.role == roleTopic && r.category == PainCost && l.timeSpent(words, m.end, c.end) {
					continue // "spends 2 hours a day": time, not money
				}
				h := cueHit{rule: r, clause: w.clause, sentence: w.sentence, start: w.start, end: words[m.end-1].end, from: i, to: m.end, question: c.question, weight: m.end - i - m.skipped}
				h.negated = negatedWords(flags, words, i, m.end, c.start, c.end)
				h.negatedBy = negationBefore(flags, words, i, c.start)
				h.condition = condition[w.clause]
				if t := threatStart(words, c.start, i); r.kind == CueChurnRisk && c.question && !c.asked && t >= 0 {
					// "If the renewal goes up again they will cancel": the
					// threat is what follows the condition, said as meant,
					// and a negation of the condition is not its own ("if
					// it isn't fixed they may not renew").
					h.question = false
					h.negated = negatedWords(flags, words, i, m.end, max(c.start, t), c.end)
				}
				h.current = current[w.clause]
				h.granted = (r.kind == CueAuthority || r.kind == CueGrowth) && grantedWords(words, c.start, c.end)
				h.comparing = comparing[w.sentence]
				switch r.kind {
				case CueGrowth:
					l.growthNumber(&h, words, m.num, c.start, c.end)
					h.deal = slices.ContainsFunc(words[c.start:c.end], func(w cueWord) bool { return startsWithAny(w.norm, cueDealWords...) || cueDealExact[w.norm] })
					h.calledOff = h.calledOff || growthOffWords(words, c.start, c.end)
				case CueAuthority:
					// "the monthly board report": a report, not who decides.
					h.calledOff = m.end-i == 1 && words[i].norm == "board" && m.end < c.end && startsWithAny(words[m.end].norm, "report", "pack", "deck", "export", "slide", "dashboard", "kpi", "number", "figure")
				case CueNoNeed:
					// "No need to meet before April": no call needed, not
					// no need of what we offer.
					h.calledOff = m.end+1 < c.end && words[m.end].norm == "to" && startsWithAny(words[m.end+1].norm, cueContactStems...)
				case CueTiming:
					l.timingUnit(&h, words, c.start, c.end)
					h.dateOnly = dateOnlyWords(words, i, m.end)
					// "Logins seit Oktober fast null": since then, not a day to come.
					h.since = h.dateOnly && (i > c.start && cueSinceWords[words[i-1].norm] || historyClause(words, c.start, c.end, contact[w.clause]))
					h.pastTense = !contact[w.clause] && pastTenseClause(src, words, c.start, c.end)
					// "contract ends March 31": when it ends, no call asked for.
					h.term = contractTerm(words, i, m.end, c.start, c.end, contact[w.clause])
					h.rivalEvent = rivalEvent[w.clause]
					// "Rückruf Do.", "call back Thu": the day of the call.
					h.call = contact[w.clause] && h.unit != "" && !h.negated
					h.kickoff = !contact[w.clause] && kickoffClause(words, c.start, c.end)
				}
				hits = append(hits, h)
			}
		}
		try(l.exact[w.norm])
		if len(w.norm) > 1 {
			try(l.stems[stemKey(w.norm)])
		}
		try(l.scan)
		// "+7 менеджеров с января", "+5 reps": a count written with a plus
		// before people is people joining.
		if w.isNumber && w.start > 0 && src[w.start-1] == '+' && l.countsPeople(words, i, c.end) {
			h := cueHit{rule: plusPeopleRule, clause: w.clause, sentence: w.sentence, start: w.start - 1, end: w.end, from: i, to: i + 1, question: c.question, weight: 1, number: w.number, people: true}
			h.negated = negatedWords(flags, words, i, i+1, c.start, c.end)
			h.calledOff = growthOffWords(words, c.start, c.end)
			hits = append(hits, h)
		}
		if from, to, ok := contactLeavingAt(src, words, i, sentStart[w.sentence], sentEnd[w.sentence]); ok {
			h := cueHit{rule: contactLeavingRule, clause: w.clause, sentence: w.sentence, start: words[from].start, end: words[to-1].end, from: from, to: to, question: c.question, weight: to - from}
			se := sentEnd[w.sentence]
			h.handedOver = handedOver(words[sentStart[w.sentence]:se]) || successorNamed(words[to:se]) || successorNamed(words[se:sentenceEnd(words, se)])
			h.negated = negatedWords(flags, words, i, to, c.start, c.end)
			hits = append(hits, h)
		}
		if from, to, ok := l.shrinkAt(words, i, c.start, c.end); ok && from == i {
			h := cueHit{rule: shrinkRule, clause: w.clause, sentence: w.sentence, start: w.start, end: words[to-1].end, from: i, to: to, question: c.question, weight: to - i}
			h.negated = negatedWords(flags, words, i, to, c.start, c.end)
			hits = append(hits, h)
		} else if ok {
			h := cueHit{rule: shrinkRule, clause: w.clause, sentence: w.sentence, start: words[from].start, end: words[to-1].end, from: from, to: to, question: c.question, weight: to - from}
			h.negated = negatedWords(flags, words, from, to, c.start, c.end)
			hits = append(hits, h)
		}
		// A date written with numbers is a date said, as a month's name
		// is: „Termin am 10.12.“, «Встреча 15.12»; and so is a day of the
		// week in a clause about a call: "follow up Thursday".
		unit, n, ok := "", 0, false
		afterDay := i > 0 && (isWeekdayWord(words[i-1].norm) || l.Locale == "et" && estonianDayLetter(src, words[i-1]) > 0) // „Di, 8.12.“, «пн, 7.12.», "E, 7.12."
		// "reply was 2.5 days late": a count of days, not a date.
		unitNext := func() bool { return i+1 < len(words) && l.unitOf(words[i+1].norm) != "" }
		if date, isDate := numericDate(w.norm, leadWord(words, i, c.start), l.Locale, contact[w.clause] || afterDay); isDate && !unitNext() && !cueSinceWords[leadWord(words, i, c.start)] {
			unit, n, ok = cueUnitDate, date, true
		} else if day, isDay := weekdayAt(words, i, c.start, c.end); isDay && (contact[w.clause] || deadlineDay(words, i, c.start, l.Locale)) && !dateFollows(words, i, l.Locale) {
			unit, n, ok = cueUnitWeekday, day, true
		} else if day := estonianDayLetter(src, w); l.Locale == "et" && day > 0 && contact[w.clause] && !dateFollows(words, i, l.Locale) {
			unit, n, ok = cueUnitWeekday, day, true // "järgmine kõne K"
		} else if w.norm == "eoq" && (contact[w.clause] || i > c.start && cueDeadlineLeads[words[i-1].norm]) {
			unit, n, ok = cueUnitQuarterEnd, 0, true // "approve before EOQ"
		} else if days := daysAhead(words, i, c.start); contact[w.clause] && days > 0 {
			unit, n, ok = "day", days, true // "follow up tomorrow", «созвон завтра», „übermorgen anrufen“
		} else if kw := calendarWeekAt(words, i, c.end); kw != 0 && contact[w.clause] {
			unit, n, ok = cueUnitCalendarWeek, kw, true // „WV KW2“
		}
		if ok {
			h := cueHit{rule: dateSaidRule, clause: w.clause, sentence: w.sentence, start: w.start, end: w.end, from: i, to: i + 1, question: c.question, weight: 1, unit: unit, number: n, dateOnly: true, call: contact[w.clause] || unit == cueUnitWeekday}
			h.negated = negatedWords(flags, words, i, i+1, c.start, c.end)
			h.since = historyClause(words, c.start, c.end, contact[w.clause])
			h.pastTense = !contact[w.clause] && pastTenseClause(src, words, c.start, c.end)
			h.term = contractTerm(words, i, i+1, c.start, c.end, contact[w.clause])
			hits = append(hits, h)
		}
	}
	for i := range hits {
		if h := &hits[i]; h.term {
			c := clauses[h.clause]
			h.term = !termNegated(hits, flags, c.start, c.end)
		}
	}
	for i := range hits {
		if h := &hits[i]; h.negated && h.rule.kind == CueTiming {
			c := clauses[h.clause]
			h.negated = !freezeLasts(hits, flags, h.from, h.to, c.start, c.end)
		}
	}
	// "They'd planned to add 15 seats, but that got scrapped": the plan
	// is called off in the clause after it.
	for i := range hits {
		h := &hits[i]
		if h.rule.kind != CueGrowth || h.calledOff {
			continue
		}
		at := slices.Index(order, h.clause)
		if at < 0 || at+1 >= len(order) {
			continue
		}
		next := order[at+1]
		// "Värbamisplaan (10 inimest) tühistati": the count in brackets
		// is a clause of its own; the plan is called off after it.
		if c := clauses[next]; at+2 < len(order) && c.end-c.start <= 4 && slices.ContainsFunc(words[c.start:c.end], func(w cueWord) bool { return w.isNumber }) {
			next = order[at+2] // "(about 25 people)"
		}
		c := clauses[next]
		// «…, но найм заморозили»: the next clause's own growth word is
		// what it calls off, not more growth.
		// "…, das Budget ist bis April eingefroren": the budget is frozen,
		// not the hiring; in "…, has been called off after the budget
		// freeze" the plan is, and the budget comes after.
		off := c.start
		for off < c.end && !growthOffWords(words, off, min(off+2, c.end)) {
			off++
		}
		money := slices.ContainsFunc(words[c.start:off], func(w cueWord) bool { return startsWithAny(w.norm, shrinkMoneyWords...) })
		if words[c.start].sentence == h.sentence && !money && growthOffWords(words, c.start, c.end) && pointsBack(words, c.start, c.end) &&
			!slices.ContainsFunc(hits, func(g cueHit) bool {
				return g.rule.kind == CueGrowth && g.clause == next && !growthOffWords(words, c.start, c.end)
			}) {
			h.calledOff, h.offClause = true, next+1
		}
	}
	return hits, urgent
}

// freezeLasts reports whether the timing match [i, end), negated, is only
// negated by words that belong to other cues: in „Budget bis April
// eingefroren“, «до апреля бюджет заморожен» or "no spend until February"
// the freeze is the budget's, and the month says how long it lasts.
func freezeLasts(hits []cueHit, flags []wordFlags, i, end, cs, ce int) bool {
	ownedByCue := func(k int) bool {
		for _, o := range hits {
			if o.rule.role == roleCue && o.rule.kind != CueTiming && !o.negated && o.from <= k && k < o.to {
				return true
			}
		}
		return false
	}
	for k := max(cs, i-cueNegationReach); k < i; k++ {
		if flags[k].negation && !ownedByCue(k) {
			return false
		}
	}
	for k := end; k < min(ce, end+cueNegationAfterReach); k++ {
		if flags[k].negationAfter && !ownedByCue(k) {
			return false
		}
	}
	return true
}

// anyWord reports whether a one-word pattern of the list matches w.
func anyWord(pats []*cuePattern, w string) bool {
	for _, p := range pats {
		if p.matchWord(w) {
			return true
		}
	}
	return false
}

// negatedWords reports whether a negation stands shortly before the match
// [i, end) or a trailing negation shortly after it, in its clause. A match
// that opens with a negation of its own ("не отвечает") is not undone by
// one before it: «никогда не отвечает», «никто не звонит» say it twice, as
// Russian does, and mean it.
func negatedWords(flags []wordFlags, words []cueWord, i, end, cs, ce int) bool {
	for k := max(cs, i-cueNegationReach); k < i && !flags[i].negation; k++ {
		if flags[k].negation {
			return true
		}
	}
	for k := end; k < min(ce, end+cueNegationAfterReach); k++ {
		if flags[k].negationAfter {
			return true
		}
	}
	return false
}

// negationBefore is one past the byte offset of the last negation within
// reach before the match at word i, 0 when none: "not until March" owns
// the negation of "until March" (see deniedBy).
func negationBefore(flags []wordFlags, words []cueWord, i, cs int) int {
	for k := i - 1; k >= max(cs, i-cueNegationReach); k-- {
		if flags[k].negation {
			return words[k].start + 1
		}
	}
	return 0
}

// wordDistance is how many words k stands outside [from, to).
func wordDistance(k, from, to int) int {
	switch {
	case k < from:
		return from - k
	case k >= to:
		return k - to + 1
	}
	return 0
}

// timingUnit reads when a timing cue points at: "Q2", a named month ("until
// April", "end of March", «к 1 февраля»), or a time unit in its clause with
// the number before it ("in 3 weeks"), nearest the cue first; a month wins
// a tie, as "call back in March" names the day.
func (l *cueLang) timingUnit(h *cueHit, words []cueWord, cs, ce int) {
	if !l.timingUnitIn(h, words, cs, ce, cs, ce) {
		// A clause that names no time ("перезвоните") takes the time its
		// sentence names: "до мая ничего не решим, перезвоните".
		ss, se := cs, ce
		for ss > 0 && words[ss-1].sentence == words[cs].sentence {
			ss--
		}
		for se < len(words) && words[se].sentence == words[cs].sentence {
			se++
		}
		l.timingUnitIn(h, words, ss, se, cs, ce)
	}
}

// timingUnitIn is timingUnit over the words [from, to), skipping the
// clause [cs, ce) when it lies inside and is not the whole range; it
// reports whether it found a time.
func (l *cueLang) timingUnitIn(h *cueHit, words []cueWord, from, to, cs, ce int) bool {
	best := -1
	for k := from; k < to; k++ {
		if (from != cs || to != ce) && cs <= k && k < ce {
			continue
		}
		w := words[k].norm
		unit, n := "", 1
		if len(w) == 2 && w[0] == 'q' && w[1] >= '1' && w[1] <= '4' {
			unit, n = "q", int(w[1]-'0')
			if quarterEndAt(words, k, from, to) {
				unit, n = cueUnitDate, quarterEnd(n)
			}
		} else if date, ok := monthAt(words, k, from, to); ok {
			unit, n = cueUnitDate, date
			if date < 10000 && l.nextYearBeside(words, k, from, to) {
				n += 10000 // "in December next year": that year's December
			}
		} else if u, days, ok := namedDayAt(words, k, from); ok {
			unit, n = u, days
		} else if wd, ok := weekdayAt(words, k, from, to); ok {
			unit, n = cueUnitWeekday, wd
			// «в пт 11.12», "Thursday 10 December": the date said with the
			// day is the day.
			if date, ok := monthDayAfter(words, k, to); ok {
				unit, n = cueUnitDate, date
			}
			for j := k + 1; j < min(to, k+3); j++ {
				if date, ok := numericDate(words[j].norm, leadWord(words, j, from), l.Locale, true); ok {
					unit, n = cueUnitDate, date
					break
				}
			}
		} else if date, ok := numericDate(words[k].norm, leadWord(words, k, from), l.Locale, true); ok {
			unit, n = cueUnitDate, date
		} else if quarterEndSaid(words, k, from, to) {
			unit, n = cueUnitQuarterEnd, 0
		} else if d := monthDayAt(words, k, from, to); d != 0 {
			unit, n = cueUnitMonthDay, d
		} else if kw := calendarWeekAt(words, k, to); kw != 0 {
			unit, n = cueUnitCalendarWeek, kw
		} else if l.yearOfAMonth(words, k, from, to) {
			continue // the year of the month said with it
		} else if days := daysAhead(words, k, from); days > 0 {
			unit, n = "day", days // "the day after tomorrow"
		} else if k+2 < to && words[k+1].norm == "after" && daysAhead(words, k+2, from) == 2 {
			continue // its "day": the day is the one after tomorrow
		} else if unit = l.unitOf(w); unit == "year" && k > from && cueNewWords[words[k-1].norm] {
			// "the new year" is the new-year holidays: after them when said
			// late in the year, and no year away when said in January.
			unit, n = cueUnitHolidays, 1
		} else if unit != "" && k > from && words[k-1].isNumber {
			n = words[k-1].number
		} else if day := nextMonthPartAt(words, k, from, to); unit == "month" && day != 0 {
			unit, n = cueUnitNextMonth, day
		}
		if unit == "" {
			continue
		}
		d := wordDistance(k, h.from, h.to)
		// A month wins a tie; a day of the week wins over the "next week"
		// said with it.
		// ("Wednesday next week" as much as "next week Wednesday").
		nextWeekDay := func(unit string, n int) bool { return unit == cueUnitWeekday && n >= weekdayNextWeek }
		if best < 0 || (d < wordDistance(best, h.from, h.to) || d == wordDistance(best, h.from, h.to) && unit == cueUnitDate && h.unit != cueUnitDate) && !(unit == "week" && nextWeekDay(h.unit, h.number)) ||
			nextWeekDay(unit, n) && h.unit == "week" {
			best = k
			h.unit, h.number = unit, n
		}
	}
	return best >= 0
}

// unitOf names the time unit a word is, "" when none.
func (l *cueLang) unitOf(w string) string {
	for _, u := range l.units {
		if u.pat.singleWord() && u.pat.matchWord(w) {
			return u.unit
		}
	}
	return ""
}

// hasCuePrefix reports whether s starts with one of the literal patterns.
func hasCuePrefix(pats []*cuePattern, s string) bool {
	for _, p := range pats {
		if len(p.steps) == 1 && p.steps[0].lit != "" && strings.HasPrefix(s, p.steps[0].lit) {
			return true
		}
	}
	return false
}

// intensified are clause breaks that are no break before some words: "so"
// in "why we pay so much" or "so expensive" says how much, not "therefore";
// „doch“ in „die 20 neuen Leute kommen doch nicht“ says "not after all",
// and its negation belongs to the clause it ends.
var intensified = map[string]map[string]bool{
	"so":   {"much": true, "many": true, "expensive": true, "pricey": true, "costly": true, "high": true, "steep": true, "little": true, "few": true},
	"doch": {"nicht": true, "kein": true, "keine": true, "keinen": true, "keiner": true},
	// „Kündigung aber kein Thema“: the denial of what it follows.
	"aber": {"kein": true, "keine": true},
}

// joinInfinitiveGroups makes a German infinitive group set off by commas
// part of the clause it stands in: „Die Idee, zu Salesforce zu wechseln,
// ist vom Tisch“ is one clause, whose end says the switch is off. The
// group starts with „zu“ or „um“ after a comma, or ends in „zu“ and its
// verb („Überlegen, den Vertrag nicht zu verlängern“); the clause after
// it joins too when it starts with the verb the group's noun waits for.
func joinInfinitiveGroups(words []cueWord, flags []wordFlags) {
	for i := 1; i < len(words); i++ {
		if words[i].clause == words[i-1].clause || words[i].sentence != words[i-1].sentence || flags[i-1].brk || flags[i].brk ||
			words[i].norm != "zu" && words[i].norm != "um" && !endsInfinitive(words, i) {
			continue
		}
		into, group := words[i-1].clause, words[i].clause
		j := i
		for ; j < len(words) && words[j].clause == group; j++ {
			words[j].clause = into
		}
		if j < len(words) && words[j].sentence == words[i].sentence && !flags[j].brk && clauseVerbs[words[j].norm] {
			for next := words[j].clause; j < len(words) && words[j].clause == next; j++ {
				words[j].clause = into
			}
		}
		i = j - 1
	}
}

// endsInfinitive reports whether the clause starting at word i ends in an
// infinitive with „zu“: „Überlegen, den Vertrag nicht zu verlängern“.
func endsInfinitive(words []cueWord, i int) bool {
	j := i
	for j < len(words) && words[j].clause == words[i].clause {
		j++
	}
	return j-i >= 2 && words[j-2].norm == "zu"
}

// clauseVerbs are the finite verbs a German clause resumes with after an
// infinitive group: „Die Idee, zu wechseln, ist …“.
var clauseVerbs = map[string]bool{"ist": true, "sind": true, "war": true, "waren": true, "wird": true, "wurde": true, "bleibt": true, "scheint": true, "hat": true, "haben": true}

// particleAfter are clause breaks that are no break after some words: „aber“
// after the verb („Die Kündigung ist aber kein Thema“) says "however" in
// the clause it stands in, not "but" before another.
var particleAfter = map[string]map[string]bool{
	"aber": {"ist": true, "sind": true, "war": true, "waren": true, "wäre": true, "waere": true, "wird": true, "werden": true, "bleibt": true, "bleiben": true,
		"dauert": true, "dauern": true, "geht": true, "gehen": true, "läuft": true, "laufen": true, "klappt": true, "funktioniert": true, "hat": true, "haben": true},
}

// quarterEndAt reports whether the quarter named at word k is said with
// its end: "end of Q1", „Ende Q1“, «в конце Q1», "Q1 lõpus".
func quarterEndAt(words []cueWord, k, from, to int) bool {
	for j := k - 1; j >= max(from, k-2); j-- {
		if cueMonthPartsBefore[words[j].norm] == monthEnd {
			return true
		}
	}
	return k+1 < to && cueMonthPartsAfter[words[k+1].norm] == monthEnd
}

// quarterEnd is the packed date (see cueUnitDate) of the end of quarter q:
// the end of its last month.
func quarterEnd(q int) int { return 3*q*100 + monthEnd }

// cueNextWords say "the next" before a time unit: "next month", „nächsten
// Monats“, «следующего месяца», "järgmise kuu".
var cueNextWords = map[string]bool{
	"next": true, "nachsten": true, "nachster": true, "nachstes": true, "kommenden": true, "kommendes": true,
	"следующего": true, "следующем": true, "будущего": true, "будущем": true, "jargmise": true, "jargmisel": true, "tuleva": true, "tuleval": true,
}

// nextMonthPartAt is the day a part of next month named at the month word
// k points at ("mid next month", „Ende nächsten Monats“, «в середине
// следующего месяца», "järgmise kuu keskel"); 0 when none is named.
func nextMonthPartAt(words []cueWord, k, from, to int) int {
	if k == from || !cueNextWords[words[k-1].norm] {
		return 0
	}
	for j := k - 2; j >= max(from, k-4); j-- {
		if d := cueMonthPartsBefore[words[j].norm]; d != 0 {
			return d
		}
	}
	if k+1 < to {
		return cueMonthPartsAfter[words[k+1].norm]
	}
	return 0
}

// cueNewWords say "new" before the year: "new year", „im neuen Jahr“,
// «в новом году», "uuel aastal".
var cueNewWords = map[string]bool{"new": true, "neue": true, "neuen": true, "neues": true, "новый": true, "нового": true, "новом": true, "новым": true, "uus": true, "uuel": true, "uue": true, "uueks": true}

// leadWord is the word before word k in [from, …), "" at the start.
func leadWord(words []cueWord, k, from int) string {
	if k > from {
		return words[k-1].norm
	}
	return ""
}

// dateSaidRule is the rule a date written with numbers, or a day of the
// week said of a call, is heard by: a timing cue of its own, as a month's
// name is.
var dateSaidRule = &cueRule{kind: CueTiming, role: roleCue}

// cueSinceWords say a date is in the past, the start of something that
// goes on: "since October", „seit Oktober“, «с октября» is no day to call.
var cueSinceWords = map[string]bool{"since": true, "seit": true, "seitdem": true}

// cueConditionWords state a condition: "if", "unless", „wenn“, „falls“,
// «если», "kui".
var cueConditionWords = map[string]bool{
	"if": true, "unless": true, "wenn": true, "falls": true, "sofern": true, "если": true, "kui": true,
}

// conditionClauses marks the clauses that state a condition, from the
// condition word on: in "they might cancel if the sync keeps failing" the
// condition follows the threat within one clause.
func conditionClauses(words []cueWord) map[int]bool {
	out := map[int]bool{}
	for _, w := range words {
		if cueConditionWords[w.norm] {
			out[w.clause] = true
		}
	}
	return out
}

// timeSpent reports whether the words from k say an amount of time ("2
// hours", "half a day"): what follows a cost word ("spends 2 hours a
// day") then counts time, not money.
func (l *cueLang) timeSpent(words []cueWord, k, ce int) bool {
	for j := k + 1; j < min(ce, k+3); j++ {
		if u := l.unitOf(words[j].norm); cueHourWords[words[j].norm] || u == "day" || u == "week" {
			return words[j-1].isNumber || words[j-1].norm == "a" || words[j-1].norm == "half"
		}
	}
	return false
}

// cueHourWords are the words for hours, folded.
var cueHourWords = map[string]bool{
	"hour": true, "hours": true, "hrs": true, "stunde": true, "stunden": true, "std": true,
	"час": true, "часа": true, "часов": true, "tund": true, "tundi": true, "tunde": true,
}

// plusPeopleRule is the growth rule of a count written with a plus before
// people ("+7 менеджеров").
var plusPeopleRule = &cueRule{kind: CueGrowth, role: roleCue}

// cueBackWords refer back to what the clause before said: "but that got
// scrapped", „aber das wurde gestrichen“, «но это отменили».
var cueBackWords = map[string]bool{
	"that": true, "it": true, "this": true, "those": true, "these": true, "plan": true, "plans": true, "idea": true,
	"das": true, "dies": true, "es": true, "это": true, "этот": true, "эти": true, "их": true, "его": true, "план": true, "планы": true,
	"see": true, "need": true, "plaan": true, "plaanid": true,
}

// cueGoesOnWords start a clause that goes on with the subject of the one
// before it: "(about 25 people) has been called off", „… ist vom Tisch“.
var cueGoesOnWords = map[string]bool{
	"has": true, "have": true, "had": true, "was": true, "were": true, "is": true, "got": true, "been": true,
	"ist": true, "wurde": true, "wird": true, "sind": true, "wurden": true,
	"был": true, "была": true, "было": true, "были": true,
	"jai": true, "oli": true, "sai": true,
}

// pointsBack reports whether the clause [cs, ce) speaks of what the one
// before it said: it holds a word that refers back, or three words at
// most («но отменили»), too few to name anything else. "But the office
// move got cancelled" names something else.
func pointsBack(words []cueWord, cs, ce int) bool {
	if ce-cs <= 3 || cueGoesOnWords[words[cs].norm] {
		return true
	}
	for k := cs; k < ce; k++ {
		if cueBackWords[words[k].norm] {
			return true
		}
	}
	return false
}
