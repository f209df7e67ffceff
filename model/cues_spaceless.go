package model

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// In a spaceless language distances are counted in bytes of the folded
// note: a kana or kanji is three bytes, so these reach a few characters.
const (
	spacelessNegationReach = 4 * 3 // negations before a match
	spacelessNegationSkip  = 2     // characters a trailing negation may stand after a match
)

// spacelessClause is a clause of a note written without spaces.
type spacelessClause struct {
	start, end int // byte offsets in the folded note
	question   bool
	sentence   int
}

// spacelessNote is a folded note with what the rules need to know of it.
type spacelessNote struct {
	norm string
	// off maps each byte of norm (and its end) to a byte of the note.
	off     []int
	clauses []spacelessClause
	// clauseOf gives the clause of each byte of norm, -1 for punctuation.
	clauseOf []int32
	// digitRuns are the [start, end) of every run of digits.
	digitRuns [][2]int
	// sentences counts the sentences ended so far, while splitting.
	sentences int
}

// newSpacelessNote folds a note and splits it into clauses: at punctuation,
// at line breaks and at the language's clause breaks (けど, しかし).
func (l *cueLang) newSpacelessNote(src string) *spacelessNote {
	n := &spacelessNote{}
	buf := make([]byte, 0, len(src))
	n.off = make([]int, 0, len(src)+1)
	for i, r := range src {
		if (r == ',' || r == '，') && i > 0 && thousandsFollow(src, i) {
			continue // 1,200名: a count of people, not a clause break
		}
		before := len(buf)
		buf = foldCueRune(buf, r)
		for range len(buf) - before {
			n.off = append(n.off, i)
		}
	}
	n.off = append(n.off, len(src))
	n.norm = string(buf)
	n.clauseOf = make([]int32, len(n.norm))

	start, sentenceStart, sentenceFirst := 0, 0, 0
	flush := func(end int, sentenceEnd bool, question bool) {
		if end > start {
			l.addClauses(n, start, end)
		}
		if sentenceEnd {
			text := strings.TrimRight(n.norm[sentenceStart:end], " \t")
			if !question {
				for _, q := range l.questionEnds {
					if len(q.steps) == 1 && strings.HasSuffix(text, q.steps[0].lit) {
						question = true
					}
				}
			}
			if question {
				for i := sentenceFirst; i < len(n.clauses); i++ {
					n.clauses[i].question = true
				}
			}
			sentenceFirst = len(n.clauses)
			n.sentences++
		}
	}
	for i := 0; i < len(n.norm); {
		r, size := utf8.DecodeRuneInString(n.norm[i:])
		prev, _ := utf8.DecodeLastRuneInString(n.norm[:i])
		next, _ := utf8.DecodeRuneInString(n.norm[i+size:])
		switch {
		case r == '.' && unicode.IsDigit(prev) && unicode.IsDigit(next):
		case r == '/' && unicode.IsDigit(prev) && unicode.IsDigit(next):
			// A date written month first: 12/8.
		case weekdayParens(n.norm, i):
			// The day of the week after a date: 12/8(火).
		case isCueSentenceMark(r):
			flush(i, true, r == '?')
			start, sentenceStart = i+size, i+size
		case isCueClauseMark(r):
			flush(i, false, false)
			start = i + size
		}
		i += size
	}
	flush(len(n.norm), true, false)

	for i := range n.clauseOf {
		n.clauseOf[i] = -1
	}
	for ci, c := range n.clauses {
		for i := c.start; i < c.end; i++ {
			n.clauseOf[i] = int32(ci)
		}
	}
	for i := 0; i < len(n.norm); {
		if !isASCIIDigit(n.norm[i]) {
			i++
			continue
		}
		j := i
		for j < len(n.norm) && isASCIIDigit(n.norm[j]) {
			j++
		}
		n.digitRuns = append(n.digitRuns, [2]int{i, j})
		i = j
	}
	return n
}

// addClauses adds [start, end) as clauses, split where a clause break
// begins; a clause holding a question word is a question.
func (l *cueLang) addClauses(n *spacelessNote, start, end int) {
	cuts := []int{start}
	for _, b := range l.breaks {
		lit := b.steps[0].lit
		for from := start; ; {
			i := strings.Index(n.norm[from:end], lit)
			if i < 0 {
				break
			}
			if from+i > start {
				cuts = append(cuts, from+i)
			}
			from += i + len(lit)
		}
	}
	sortInts(cuts)
	cuts = append(cuts, end)
	for i := 0; i+1 < len(cuts); i++ {
		if cuts[i] == cuts[i+1] {
			continue
		}
		c := spacelessClause{start: cuts[i], end: cuts[i+1], sentence: n.sentences}
		for _, q := range l.questionWords {
			if strings.Contains(n.norm[c.start:c.end], q.steps[0].lit) {
				c.question = true
			}
		}
		n.clauses = append(n.clauses, c)
	}
}

func sortInts(a []int) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

func isASCIIDigit(b byte) bool { return b >= '0' && b <= '9' }

// each calls fn for every match of p that lies within one clause.
func (n *spacelessNote) each(p *cuePattern, fn func(clause, start, end, ns, ne int)) {
	try := func(i int) {
		ci := n.clauseOf[i]
		if ci < 0 {
			return
		}
		c := n.clauses[ci]
		if end, ns, ne, ok := p.matchTextAt(n.norm[:c.end], i); ok {
			fn(int(ci), i, end, ns, ne)
		}
	}
	if p.steps[0].number {
		for _, d := range n.digitRuns {
			try(d[0])
		}
		return
	}
	lit := p.steps[0].lit
	for from := 0; from < len(n.norm); {
		i := strings.Index(n.norm[from:], lit)
		if i < 0 {
			return
		}
		try(from + i)
		from += i + len(lit)
	}
}

// scanText finds every rule's matches in a note of a spaceless language.
// The note is read once: at each character only the rules whose first
// piece starts with it are tried.
func (l *cueLang) scanText(src string) ([]cueHit, map[int]bool) {
	n := l.newSpacelessNote(src)
	urgent := map[int]bool{}
	for _, u := range l.urgent {
		n.each(u, func(clause, _, _, _, _ int) { urgent[clause] = true })
	}
	var hits []cueHit
	try := func(r *cueRule, i int) {
		ci := n.clauseOf[i]
		if ci < 0 {
			return
		}
		c := n.clauses[ci]
		end, ns, ne, ok := r.pat.matchTextAt(n.norm[:c.end], i)
		if !ok {
			return
		}
		h := cueHit{rule: r, clause: int(ci), sentence: c.sentence, start: n.off[i], end: n.off[end], from: i, to: end, question: c.question, weight: end - i}
		h.negated = l.negatedText(n, c, i, end)
		h.current = currentUseText(n.norm[c.start:c.end])
		h.granted = (r.kind == CueAuthority || r.kind == CueGrowth) && grantedText(n.norm[c.start:c.end])
		h.comparing = comparingText(n.sentenceText(c.sentence))
		switch r.kind {
		case CueGrowth:
			l.growthDigits(n, &h, c, ns, ne)
			h.calledOff = h.calledOff || growthOffText(n.norm[c.start:c.end])
			// 増員計画(10名)は白紙に: the parenthesis ends a clause, and the
			// plan is called off in the next one of the sentence, which
			// goes on with its particle (は, も, が); 東京の移転は中止 after a
			// comma speaks of something else.
			// 増員計画は白紙に（当初は20名採用予定）: the count in brackets
			// is of the plan called off before them.
			if prev := int(ci) - 1; !h.calledOff && prev >= 0 && n.clauses[prev].sentence == c.sentence && c.start > 0 && strings.ContainsAny(n.norm[max(0, c.start-3):c.start], "(（") {
				h.calledOff = growthOffText(n.norm[n.clauses[prev].start:n.clauses[prev].end])
			}
			for next := int(ci) + 1; !h.calledOff && next < len(n.clauses) && n.clauses[next].sentence == c.sentence; next++ {
				rest := n.norm[n.clauses[next].start:n.clauses[next].end]
				if strings.Trim(rest, "0123456789名人()（）") == "" {
					continue // (10名): the count in brackets
				}
				h.calledOff = startsWithAny(rest, "は", "も", "が") && growthOffText(rest)
				break
			}
		case CueTiming:
			l.timingText(n, &h, c)
			h.kickoff = !contactText(n.norm[c.start:c.end]) && kickoffText(n.norm[c.start:c.end])
			h.call = contactText(n.norm[c.start:c.end]) && h.unit != "" && !h.negated // 木曜日に再連絡
			h.pastTense = pastTenseText(n.norm[c.start:c.end])
			if ns == i {
				_, _, dateEnd, ok := monthInText(n.norm[:c.end], ns, ne)
				// 4月まで is how long something lasts, not when it happens.
				h.dateOnly = ok && dateEnd >= end && !startsWithAny(n.norm[dateEnd:c.end], "まで")
				// 昨年4月に導入済み: history, no day to come.
				h.since = h.dateOnly && historyText(n.norm[c.start:c.end])
				// 契約は3月末まで: when the contract ends, no call asked for.
				h.term = ok && dateEnd >= end && contractText(n.norm[c.start:c.end])
			}
		}
		hits = append(hits, h)
	}
	for i, r := range n.norm {
		for _, rule := range l.byRune[r] {
			try(rule, i)
		}
	}
	for ci, c := range n.clauses {
		if from, to, ok := contactLeavingText(n.norm[c.start:c.end]); ok {
			from, to = c.start+from, c.start+to
			h := cueHit{rule: contactLeavingRule, clause: ci, sentence: c.sentence, start: n.off[from], end: n.off[to], from: from, to: to, question: c.question, weight: to - from}
			h.handedOver = successorNamedText(n.norm[c.start:])
			h.negated = l.negatedText(n, c, from, to)
			hits = append(hits, h)
		}
		if from, to, ok := shrinkInText(n.norm[c.start:c.end]); ok {
			from, to = c.start+from, c.start+to
			h := cueHit{rule: shrinkRule, clause: ci, sentence: c.sentence, start: n.off[from], end: n.off[to], from: from, to: to, question: c.question, weight: to - from}
			h.negated = l.negatedText(n, c, from, to)
			hits = append(hits, h)
		}
	}
	// 明日中に折り返し, 金曜までに回答: tomorrow or a day of the week said
	// of a call, or as a deadline (まで), is the day of the next one.
	for ci, c := range n.clauses {
		clause := n.norm[c.start:c.end]
		contact := contactText(clause)
		at, unit, num := -1, "", 0
		width := len("明日")
		if i := max(strings.Index(clause, "明後日"), strings.Index(clause, "あさって")); i >= 0 && contact {
			at, unit, num = i, "day", 2 // the day after tomorrow
			width = len("明後日")
			if strings.HasPrefix(clause[i:], "あさって") {
				width = len("あさって")
			}
		} else if i := strings.Index(clause, "明日"); i >= 0 && contact && !strings.HasPrefix(clause[i:], "明日以降") {
			at, unit, num = i, "day", 1
		} else if d, i := weekdayText(clause); i >= 0 && (contact || strings.Contains(clause[i:], "まで")) {
			at, unit, num = i, cueUnitWeekday, d
		}
		if strings.Contains(clause, "明後日") || strings.Contains(clause, "あさって") {
			// 明後日に再度連絡: the call the clause asks for is on that day
			// (and its 後日 is no put-off but part of the word).
			for i := range hits {
				if h := &hits[i]; h.rule.kind == CueTiming && h.clause == ci && h.unit == "" {
					h.unit, h.number = "day", 2
				}
			}
		}
		if at < 0 || slices.ContainsFunc(hits, func(h cueHit) bool { return h.rule.kind == CueTiming && h.clause == ci }) {
			continue
		}
		from := c.start + at
		to := from + width
		if unit == cueUnitWeekday {
			to = from + len("金曜")
		}
		h := cueHit{rule: dateSaidRule, clause: ci, sentence: c.sentence, start: n.off[from], end: n.off[to], from: from, to: to, question: c.question, weight: to - from, unit: unit, number: num, call: contact}
		h.negated = l.negatedText(n, c, from, to)
		hits = append(hits, h)
	}
	for _, d := range n.digitRuns {
		for _, rule := range l.scan {
			try(rule, d[0])
		}
		// A date written with numbers in a clause about a call or a
		// meeting is the day of it: 12/8に再度打ち合わせ予定.
		ci := n.clauseOf[d[0]]
		if ci < 0 || n.norm[min(d[1], len(n.norm)-1)] != '/' {
			continue
		}
		c := n.clauses[ci]
		if date, begin, end, ok := monthInText(n.norm[:c.end], d[0], d[1]); ok && contactText(n.norm[c.start:c.end]) {
			h := cueHit{rule: dateSaidRule, clause: int(ci), sentence: c.sentence, start: n.off[begin], end: n.off[end], from: begin, to: end, question: c.question, weight: end - begin, unit: cueUnitDate, number: date, dateOnly: true, call: true}
			h.negated = l.negatedText(n, c, begin, end)
			h.since = historyText(n.norm[c.start:c.end])
			hits = append(hits, h)
		}
	}
	return hits, urgent
}

// indexRunes files every rule of a spaceless language under the first
// character of its first piece; rules that start with digits are scanned
// at every run of digits.
func (l *cueLang) indexRunes() {
	l.byRune = map[rune][]*cueRule{}
	for _, r := range l.rules {
		first := r.pat.steps[0]
		if first.number {
			l.scan = append(l.scan, r)
			continue
		}
		c, _ := utf8.DecodeRuneInString(first.lit)
		l.byRune[c] = append(l.byRune[c], r)
	}
}

// negatedText reports whether a negation ends shortly before the match, or
// a trailing negation begins within a couple of characters after it
// (高すぎない, 高いとは思わない, 解約するつもりはない).
func (l *cueLang) negatedText(n *spacelessNote, c spacelessClause, start, end int) bool {
	from := max(c.start, start-spacelessNegationReach)
	for from > c.start && !utf8.RuneStart(n.norm[from]) {
		from--
	}
	before := n.norm[from:start]
	for _, p := range l.negations {
		if strings.Contains(before, p.steps[0].lit) {
			return true
		}
	}
	rest := n.norm[end:c.end]
	for skip := 0; skip <= spacelessNegationSkip; skip++ {
		if hasCuePrefix(l.negationsAfter, rest) {
			return true
		}
		_, size := utf8.DecodeRuneInString(rest)
		if size == 0 {
			break
		}
		rest = rest[size:]
	}
	return false
}

// timingText reads when a timing cue points at: Q2 or 第2四半期 as a
// quarter of the year, else a named month (4月まで, 来年3月, 3月末) or the
// time unit nearest the cue with the digits before it (3ヶ月後), or one of
// it (来月); a month wins a tie.
func (l *cueLang) timingText(n *spacelessNote, h *cueHit, c spacelessClause) {
	defer l.monthText(n, h, c)
	text := n.norm[c.start:c.end]
	for i := 0; i+1 < len(text); i++ {
		if text[i] == 'q' && text[i+1] >= '1' && text[i+1] <= '4' && (i+2 == len(text) || !isASCIIDigit(text[i+2])) {
			h.unit, h.number = "q", int(text[i+1]-'0')
			if strings.HasPrefix(text[i+2:], "末") {
				h.unit, h.number = cueUnitDate, quarterEnd(h.number)
			}
			return
		}
	}
	bestDist, bestAt, bestLen := -1, 0, 0
	for _, hd := range cueHolidayTexts {
		if at := strings.Index(text, hd.text); at >= 0 {
			dist := max(h.from-(c.start+at), c.start+at-h.to, 0)
			if bestDist < 0 || dist < bestDist {
				bestDist, bestAt, bestLen = dist, c.start+at, len(hd.text)
				h.unit, h.number, h.unitDist = cueUnitDate, hd.day, dist
			}
		}
	}
	// A day of the month alone (12日の取締役会の後) when nothing nearer is
	// named.
	defer func() {
		for _, d := range n.digitRuns {
			if d[0] < c.start || d[1] > c.end {
				continue
			}
			if day := monthDayText(n.norm[:c.end], d[0], d[1]); day != 0 {
				dist := max(h.from-d[1], d[0]-h.to, 0)
				if h.unit == "" || dist < h.unitDist {
					h.unit, h.number, h.unitDist = cueUnitMonthDay, day, dist
				}
			}
		}
	}()
	// A day of the week wins over the 来週 said with it.
	defer func() {
		if d, i := weekdayText(text); i >= 0 {
			dist := max(h.from-(c.start+i), c.start+i-h.to, 0)
			if h.unit == "" || dist <= h.unitDist || d >= weekdayNextWeek && h.unit == "week" {
				h.unit, h.number, h.unitDist = cueUnitWeekday, d, dist
			}
		}
	}()
	for _, u := range l.units {
		lit := u.pat.steps[0].lit
		if len(u.pat.steps) != 1 || lit == "" {
			continue
		}
		for from := 0; ; {
			i := strings.Index(text[from:], lit)
			if i < 0 {
				break
			}
			at := c.start + from + i
			from += i + len(lit)
			num, unit := 1, u.unit
			j := at
			for j > c.start && isASCIIDigit(n.norm[j-1]) {
				j--
			}
			if j < at {
				num, _ = strconv.Atoi(n.norm[j:at])
				if unit == "quarter" && strings.HasSuffix(n.norm[c.start:j], "第") {
					unit = "q"
				}
			}
			// 四半期末: the end of this quarter.
			if unit == "quarter" && j == at && strings.HasPrefix(text[from:], "末") {
				unit, num = cueUnitQuarterEnd, 0
			}
			// 来月中旬, 来月末: a part of next month.
			if unit == "month" && j == at {
				if day := monthPartText(text[from:]); day != 0 {
					unit, num = cueUnitNextMonth, day
				}
			}
			dist := max(h.from-at, at-h.to, 0)
			// At one place the longer unit is the one written: 来年度, not
			// 来年.
			if bestDist < 0 || dist < bestDist || dist == bestDist && at == bestAt && len(lit) > bestLen {
				bestDist, bestAt, bestLen = dist, at, len(lit)
				h.unit, h.number, h.unitDist = unit, num, dist
			}
		}
	}
}

// monthText lets a named month in the clause (4月, 来年3月, 2月1日, 3月末)
// set a timing cue's date when it stands as near the cue as the time unit
// timingText found, or nearer.
func (l *cueLang) monthText(n *spacelessNote, h *cueHit, c spacelessClause) {
	if h.unit == "q" {
		return
	}
	found := h.unit != ""
	for _, d := range n.digitRuns {
		if d[0] < c.start || d[1] > c.end {
			continue
		}
		date, begin, end, ok := monthInText(n.norm[:c.end], d[0], d[1])
		if !ok {
			continue
		}
		// The year belongs to the date: in 来年の4月 the cue 来年 stands
		// at no distance from it.
		dist := max(h.from-end, begin-h.to, 0)
		if found && dist > h.unitDist {
			continue
		}
		found = true
		h.unit, h.number, h.unitDist = cueUnitDate, date, dist
	}
}

// unitAt names the time unit text starts with, "" when none.
func (l *cueLang) unitAt(text string) string {
	unit, longest := "", 0
	for _, u := range l.units {
		if lit := u.pat.steps[0].lit; len(u.pat.steps) == 1 && lit != "" && strings.HasPrefix(text, lit) && len(lit) > longest {
			unit, longest = u.unit, len(lit)
		}
	}
	return unit
}

func startsWithAny(s string, prefixes ...string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// monthPartText is the day a part of a month at the start of text points
// at (末, 中旬, 上旬, 下旬…), 0 when text names none.
func monthPartText(text string) int {
	for _, p := range cueMonthPartTexts {
		if strings.HasPrefix(text, p.text) {
			return p.day
		}
	}
	return 0
}

// cueMonthPartTexts are the parts of a month in Japanese, after it.
var cueMonthPartTexts = []struct {
	text string
	day  int
}{{"末", monthEnd}, {"中旬", monthMid}, {"半ば", monthMid}, {"上旬", monthStart}, {"初旬", monthStart}, {"初め", monthStart}, {"頭", monthStart}, {"下旬", monthLastThird}}

// sentenceText is the folded text of a sentence's clauses, joined.
func (n *spacelessNote) sentenceText(sentence int) string {
	var b strings.Builder
	for _, c := range n.clauses {
		if c.sentence == sentence {
			b.WriteString(n.norm[c.start:c.end])
		}
	}
	return b.String()
}
