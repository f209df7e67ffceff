package model

import (
	"slices"
	"strconv"
	"strings"
)

// How far from a growth phrase a number may stand and still be its count
// when nothing says it counts people: in words, and in bytes of a
// spaceless note (a kana or kanji is three bytes).
const (
	cueNumberReach       = 4
	spacelessNumberReach = 6 * 3
)

// cueFromWords stand before the first number of "from 40 to 65" (von 20
// auf 45, с 40 до 65); in Estonian the case ending says it ("40-lt",
// "40 inimeselt"), and in Japanese から after the count (20名から35名).
var cueFromWords = map[string]bool{"from": true, "von": true, "с": true, "со": true, "от": true}

// cueDealWords say a clause is about the contract: "contract", "deal",
// "PO", „Vertrag“, «договор», «контракт», "leping", "lepingu".
var cueDealWords = []string{"contract", "deal", "signing", "renewal", "vertrag", "auftrag", "договор", "контракт", "leping", "security", "audit", "аудит", "turva"}

// cueDealExact are whole words of the same: "sign the expansion", "the PO".
var cueDealExact = map[string]bool{"sign": true, "signed": true, "po": true}

// cueMagnitudeWords after a number make it thousands or millions of
// something ("2 млн контактов", "5k leads"), never a head count.
var cueMagnitudeWords = map[string]bool{
	"k": true, "m": true, "mio": true, "mln": true, "million": true, "millions": true, "thousand": true, "billion": true,
	"tsd": true, "tausend": true, "millionen": true, "млн": true, "тыс": true, "тысяч": true, "миллион": true, "миллиона": true, "миллионов": true,
	"tuh": true, "tuhat": true, "miljon": true, "miljonit": true,
}

// cueMoreWords say "more" between a number and what it counts: "2 more
// years", „2 weitere Jahre“, «ещё», "veel".
var cueMoreWords = map[string]bool{
	"more": true, "additional": true, "extra": true, "further": true,
	"weitere": true, "weiteren": true, "zusatzliche": true, "mehr": true,
	"дополнительных": true, "дополнительные": true, "veel": true, "taiendavat": true,
}

// growthNumber takes the count of a growth cue from its clause, the count
// of the people joining first: the difference of "from 40 to 65", else a
// number said with a people word ("hiring 12 reps", „35 Vertriebler“,
// «ещё 12 менеджеров»), nearest the cue; else the number the pattern
// matched with `#`, else the nearest number within a few words. Shares
// (20%), years, durations (3 months) and days of a month (1 March) are no
// count. The cue's text grows to include the number.
func (l *cueLang) growthNumber(h *cueHit, words []cueWord, num, cs, ce int) {
	// "Renewed for 2 more years": the number the pattern matched counts
	// time, and the cue is no growth.
	if k := num + 1; num >= 0 && k < ce {
		if cueMoreWords[words[k].norm] && k+1 < ce {
			k++
			// "20% more expensive than last year": a price, not people.
			if cueDearerWords[words[k].norm] {
				h.dearer = true
				return
			}
		}
		if u := l.unitOf(words[k].norm); u != "" && u != cueUnitHolidays {
			h.duration = true
			return
		}
	}
	eligible := func(k int) bool {
		w := words[k]
		next := ""
		if k+1 < ce {
			next = words[k+1].norm
		}
		return w.isNumber && !w.percent && !looksLikeYear(w.number) && l.unitOf(next) == "" && !isMonthWord(next) && !cueMagnitudeWords[next]
	}
	if x, y, ok := l.fromTo(words, cs, ce, eligible, more); ok {
		h.number, h.people = words[y].number-words[x].number, true
		h.weight++
		h.start, h.end = min(h.start, words[x].start), max(h.end, words[y].end)
		return
	}
	if x, y, ok := l.fromTo(words, cs, ce, eligible, fewer); ok {
		h.calledOff, h.fewer = true, true
		h.number = words[x].number - words[y].number // the people leaving
		h.start, h.end = min(h.start, words[x].start), max(h.end, words[y].end)
		return
	}
	best := -1
	for k := cs; k < ce; k++ {
		if !eligible(k) || !l.countsPeople(words, k, ce) {
			continue
		}
		if best < 0 || wordDistance(k, h.from, h.to) < wordDistance(best, h.from, h.to) {
			best = k
		}
	}
	if best >= 0 {
		num, h.people = best, true
	} else if num >= 0 && countsSites(words, num, ce) {
		num = -1 // "3 new depots": places, not people
	}
	if num < 0 {
		for k := max(cs, h.from-cueNumberReach); k < min(ce, h.to+cueNumberReach); k++ {
			if eligible(k) && !countsSites(words, k, ce) && (num < 0 || wordDistance(k, h.from, h.to) < wordDistance(num, h.from, h.to)) {
				num = k
			}
		}
	}
	if num < 0 {
		return
	}
	h.number = words[num].number
	if num < h.from || num >= h.to {
		h.weight++
	}
	h.start = min(h.start, words[num].start)
	h.end = max(h.end, words[num].end)
}

// fromTo finds "from X to Y" in a clause: a number after a from-word (or,
// in Estonian, before a word in the ablative: "40-lt", "40 inimeselt")
// and a number a few words on that goes up (more) or down (fewer) from it.
func (l *cueLang) fromTo(words []cueWord, cs, ce int, eligible func(int) bool, goes func(x, y int) bool) (x, y int, ok bool) {
	for x = cs; x < ce; x++ {
		if !eligible(x) {
			continue
		}
		from := x > cs && cueFromWords[words[x-1].norm]
		if !from && l.Locale == "et" && x+1 < ce {
			from = strings.HasSuffix(words[x+1].norm, "lt")
		}
		if !from {
			continue
		}
		for y = x + 1; y < min(ce, x+5); y++ {
			if eligible(y) && goes(words[x].number, words[y].number) {
				return x, y, true
			}
		}
	}
	return 0, 0, false
}

// countsPeople reports whether the number at k is said with a people word
// a word or two after it ("12 reps", "12 new reps", «12 новых менеджеров»).
func (l *cueLang) countsPeople(words []cueWord, k, ce int) bool {
	for j := k + 1; j < min(ce, k+4); j++ {
		if words[j].isNumber {
			return false
		}
		if anyWord(l.people, words[j].norm) {
			return true
		}
	}
	return false
}

// growthDigits takes a growth cue's count in a spaceless note, as
// growthNumber does: the difference of 20名から35名, else digits followed
// by a people word (12名, 20人), else the digits its pattern matched, else
// the nearest digits that are not a share, a date or a duration.
func (l *cueLang) growthDigits(n *spacelessNote, h *cueHit, c spacelessClause, ns, ne int) {
	inClause := func(d [2]int) bool { return d[0] >= c.start && d[1] <= c.end }
	for i, d := range n.digitRuns {
		if !inClause(d) || i+1 >= len(n.digitRuns) || !inClause(n.digitRuns[i+1]) {
			continue
		}
		rest := l.afterPeopleWord(n.norm[d[1]:c.end])
		next := n.digitRuns[i+1]
		if !strings.HasPrefix(rest, "から") || c.end-len(rest)+len("から") != next[0] {
			continue
		}
		x, _ := strconv.Atoi(n.norm[d[0]:d[1]])
		y, _ := strconv.Atoi(n.norm[next[0]:next[1]])
		if y > x {
			h.number, h.people = y-x, true
			h.start, h.end = min(h.start, n.off[d[0]]), max(h.end, n.off[next[1]])
			return
		}
		if y < x {
			h.calledOff, h.fewer = true, true // 40名から25名: the team shrinks
			h.number = x - y
			h.start, h.end = min(h.start, n.off[d[0]]), max(h.end, n.off[next[1]])
			return
		}
	}
	dist := func(d [2]int) int { return max(h.from-d[1], d[0]-h.to, 0) }
	best := -1
	for i, d := range n.digitRuns {
		if !inClause(d) {
			continue
		}
		after := n.norm[d[1]:c.end]
		if l.afterPeopleWord(after) != after && (best < 0 || dist(d) < dist(n.digitRuns[best])) {
			best = i
		}
	}
	if best >= 0 {
		ns, ne, h.people = n.digitRuns[best][0], n.digitRuns[best][1], true
	}
	if ns < 0 {
		for i, d := range n.digitRuns {
			if !inClause(d) {
				continue
			}
			after := n.norm[d[1]:c.end]
			if dist(d) > spacelessNumberReach || strings.HasPrefix(after, "%") || startsWithAny(after, "年", "月", "日", "時") || startsWithAny(after, cueSiteTexts...) || l.unitAt(after) != "" {
				continue
			}
			if best < 0 || dist(d) < dist(n.digitRuns[best]) {
				best = i
			}
		}
		if best < 0 {
			return
		}
		ns, ne = n.digitRuns[best][0], n.digitRuns[best][1]
	}
	v, err := strconv.Atoi(n.norm[ns:ne])
	if err != nil || v <= 0 {
		return
	}
	h.number = v
	h.start = min(h.start, n.off[ns])
	h.end = max(h.end, n.off[ne])
}

// afterPeopleWord is text without the people word it starts with (名 in
// 12名採用), or text itself when it starts with none.
func (l *cueLang) afterPeopleWord(text string) string {
	for _, p := range l.people {
		if lit := p.steps[0].lit; lit != "" && strings.HasPrefix(text, lit) {
			return text[len(lit):]
		}
	}
	return text
}

// dropGrowthWithoutHeads keeps, in a sentence where a growth cue counts
// people, only the growth cues that do: in «Открываем два филиала, наберём
// ещё 12 менеджеров» the growth is the 12 people, not the two branches;
// and it drops a growth cue without a count in a sentence with a pain.
func dropGrowthWithoutHeads(cues []Cue) []Cue {
	heads, pains := map[int]bool{}, map[int]bool{}
	for _, c := range cues {
		if c.Kind == CueGrowth && c.people {
			heads[c.sentence] = true
		}
		if c.Kind == CuePain {
			pains[c.sentence] = true
		}
	}
	// „Neue Kollegen brauchen Wochen, bis sie sich zurechtfinden“, "new
	// hires take a month to learn it": new people named in a pain, with
	// no count, are what the pain is about, not growth; "before they sign
	// the expansion", «перед расширением контракта»: the deal's.
	return slices.DeleteFunc(cues, func(c Cue) bool {
		return c.Kind == CueGrowth && !c.people && (heads[c.sentence] || c.Number == 0 && (pains[c.sentence] || c.deal))
	})
}

// peopleToken stands in a pattern for any word of the language's People
// list, so that "another # @people" need not repeat the list.
const peopleToken = "@people"

// withPeople returns patterns with every `@people` word replaced by the
// People words as alternatives ("reps|engineers|staff*"). A language
// without People words keeps the token, which Validate then refuses.
func (l CueLanguage) withPeople(patterns []string) []string {
	if len(l.People) == 0 || l.Spaceless {
		return patterns
	}
	alts := strings.Join(l.People, "|")
	out := make([]string, len(patterns))
	for i, p := range patterns {
		words := strings.Fields(p)
		for j, w := range words {
			if w == peopleToken {
				words[j] = alts
			}
		}
		out[i] = strings.Join(words, " ")
	}
	return out
}

// cueSiteStems are the starts of words, folded, that count places rather
// than people: "3 new depots", „zwei neue Filialen“, «3 новых склада»,
// "kaks uut kauplust". A number said with one is no head count.
var cueSiteStems = []string{
	"office", "depot", "store", "shop", "site", "location", "branch", "warehouse", "clinic", "plant", "factor", "restaurant", "hotel", "market", "countr", "cit", "region", "outlet", "hub",
	"buro", "filiale", "standort", "lager", "laden", "laden", "markt", "markte", "niederlassung", "werk", "praxis",
	"офис", "филиал", "склад", "магазин", "точк", "отделени", "представительств", "завод", "клиник", "ресторан", "город", "регион", "стран",
	"kontor", "ladu", "lao", "kauplus", "pood", "filiaal", "esindus", "tehas", "kliinik", "restoran", "linn", "riik",
}

// cueSiteAdjectives may stand between the number and the place: "3 new
// depots", „3 neue Filialen“, «3 новых склада», "3 uut kauplust".
var cueSiteAdjectives = map[string]bool{"new": true, "more": true, "neue": true, "neuen": true, "weitere": true, "новых": true, "новые": true, "новый": true, "uut": true, "uued": true}

// cueSiteTexts are the Japanese counters and words for places: 3店舗, 2拠点.
var cueSiteTexts = []string{"店", "拠点", "支店", "支社", "倉庫", "事業所", "工場", "オフィス", "か所", "カ所", "ヶ所"}

// countsSites reports whether the number at word k counts places: the
// word after it, past an adjective such as "new", starts like a place.
func countsSites(words []cueWord, k, ce int) bool {
	j := k + 1
	if j < ce && cueSiteAdjectives[words[j].norm] {
		j++
	}
	if j >= ce {
		return false
	}
	for _, stem := range cueSiteStems {
		if strings.HasPrefix(words[j].norm, stem) {
			return true
		}
	}
	return false
}

// cueDearerWords, after "N more", say a price went up rather than people
// joining: "20% more expensive", „20 % mehr Kosten“.
var cueDearerWords = map[string]bool{
	"expensive": true, "costly": true, "pricey": true, "than": true, "money": true, "per": true,
	"kosten": true, "teurer": true, "geld": true, "als": true,
}
