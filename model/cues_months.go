package model

import (
	"strconv"
	"strings"
	"time"
)

// A timing cue that names a month ("until April", „zum 1. Februar“, «к
// концу марта», "märtsini", 「来年3月」) has Unit cueUnitDate and a Number
// that packs the day it names: MMDD for the month's next occurrence after
// the day the cue is read, 1MMDD for that day in the next calendar year
// (来年3月), YYYYMMDD when the note names the year. A day past the month's
// end (31 for "end of February") is its last day.
const cueUnitDate = "date"

// cueUnitNextMonth is the time unit of a timing cue that names a part of
// next month (来月中旬, "mid next month"): its Number is the day the part
// points at (see monthMid).
const cueUnitNextMonth = "next_month"

// The days a month's part points at: its start, its middle, the start of
// its last third (下旬) and its end (clamped to the month's last day).
const (
	monthStart     = 1
	monthMid       = 15
	monthLastThird = 21
	monthEnd       = 31
)

// cueMonthNames are month names and their usual short forms in the five
// languages, folded as notes are, that need no context to be a month.
var cueMonthNames = map[string]int{
	"january": 1, "jan": 1, "januar": 1, "janner": 1, "jaenner": 1,
	"february": 2, "feb": 2, "februar": 2, "feber": 2,
	"marz": 3, "maerz": 3,
	"april": 4, "apr": 4,
	"mai": 5, "май": 5, "мая": 5, "мае": 5, "маю": 5, "маем": 5,
	"maini": 5, "mais": 5, "maist": 5, "maiks": 5, "maikuus": 5,
	"june": 6, "jun": 6, "juni": 6,
	"july": 7, "jul": 7, "juli": 7,
	"august": 8, "aug": 8,
	"september": 9, "sep": 9, "sept": 9,
	"october": 10, "oct": 10, "oktober": 10, "okt": 10,
	"november": 11, "nov": 11,
	"december": 12, "dec": 12, "dezember": 12, "dez": 12,
	// Estonian short forms.
	"jaan": 1, "veebr": 2, "dets": 12,
}

// cueMonthStems are the stems of month names that take case endings
// (Russian «апреля», «в марте»; Estonian "aprillis", "märtsini").
var cueMonthStems = []struct {
	stem  string
	month int
}{
	{"январ", 1}, {"феврал", 2}, {"март", 3}, {"апрел", 4}, {"июн", 6}, {"июл", 7},
	{"август", 8}, {"сентябр", 9}, {"октябр", 10}, {"ноябр", 11}, {"декабр", 12},
	{"jaanuar", 1}, {"veebruar", 2}, {"marts", 3}, {"aprill", 4}, {"juuni", 6}, {"juuli", 7},
	{"augusti", 8}, {"septemb", 9}, {"oktoob", 10}, {"novemb", 11}, {"detsemb", 12},
}

// cueSeasons are the seasons, folded, and the month each begins in, for
// notes that put a call off to one ("in spring", „im Frühjahr“,
// «весной», "kevadel"): its first day. English seasons, common words too
// ("sales fall"), are seasons only in context, as "may" is.
var cueSeasons = map[string]int{
	"fruhjahr": 3, "fruhling": 3, "sommer": 6, "herbst": 9,
	"весна": 3, "весной": 3, "весну": 3, "весне": 3, "весны": 3,
	"лето": 6, "летом": 6, "лета": 6, "лету": 6, "лете": 6, "летних": 6, "летнего": 6, "летние": 6, "осенью": 9, "осень": 9, "осени": 9,
	"зимой": 12, "зима": 12, "зиму": 12, "зиме": 12, "зимы": 12,
	"kevad": 3, "kevade": 3, "kevadel": 3, "kevadeks": 3, "kevadest": 3, "kevadeni": 3,
	"suvi": 6, "suve": 6, "suvel": 6, "suveks": 6, "suvest": 6, "suveni": 6,
	"sugis": 9, "sugise": 9, "sugisel": 9, "sugiseks": 9, "sugisest": 9, "sugiseni": 9,
	"talv": 12, "talve": 12, "talvel": 12, "talveks": 12, "talvest": 12, "talveni": 12,
}

// cueSeasonsInContext are English seasons, and the German "Winter".
var cueSeasonsInContext = map[string]int{"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}

// cueMonthsInContext are month names that are also common English words
// ("we may", "march on"): a month only after a word that leads to a date
// or next to a day ("until May", "3 March", "March 3rd").
var cueMonthsInContext = map[string]int{"may": 5, "march": 3, "mar": 3}

// cueMonthLeads are the words that make "may" or "march" a month.
var cueMonthLeads = map[string]bool{
	"in": true, "until": true, "till": true, "til": true, "by": true, "before": true, "after": true,
	"from": true, "since": true, "of": true, "end": true, "mid": true, "early": true, "late": true,
	"start": true, "beginning": true, "through": true, "around": true, "during": true, "next": true, "this": true,
}

// cueMonthPartsBefore name a part of the month before its name ("end of
// March", „Mitte Mai“, «в конце марта»), cueMonthPartsAfter after it
// ("märtsi lõpus", "jaanuari keskele").
var (
	cueMonthPartsBefore = map[string]int{
		"early": monthStart, "beginning": monthStart, "start": monthStart, "anfang": monthStart,
		"начало": monthStart, "начале": monthStart, "началу": monthStart, "начала": monthStart,
		"mid": monthMid, "middle": monthMid, "mitte": monthMid,
		"середина": monthMid, "середине": monthMid, "середину": monthMid, "середины": monthMid,
		"end": monthEnd, "late": monthEnd, "ende": monthEnd,
		"конец": monthEnd, "конце": monthEnd, "концу": monthEnd, "конца": monthEnd,
	}
	cueMonthPartsAfter = map[string]int{
		"alguses": monthStart, "algul": monthStart, "alguseks": monthStart, "algusest": monthStart,
		"keskel": monthMid, "keskele": monthMid, "keskpaigas": monthMid, "keskpaiku": monthMid,
		"lopus": monthEnd, "lopuks": monthEnd, "lopul": monthEnd, "lopuni": monthEnd, "loppu": monthEnd,
	}
)

// monthOfWord reads a folded word as a month name; context says whether a
// lead word or a day stands next to it, which "may" and "march" need.
func monthOfWord(w string, context bool) int {
	if m, ok := cueMonthNames[w]; ok {
		return m
	}
	if m, ok := cueSeasons[w]; ok {
		return m
	}
	if m, ok := cueSeasonsInContext[w]; ok && context {
		return m
	}
	if m, ok := cueMonthsInContext[w]; ok {
		if context {
			return m
		}
		return 0
	}
	for _, s := range cueMonthStems {
		if strings.HasPrefix(w, s.stem) {
			return s.month
		}
	}
	return 0
}

// isMonthWord reports whether a folded word is a month name, as far as the
// word alone tells: splitting a note, "1. Februar" keeps its full stop.
func isMonthWord(w string) bool { return monthOfWord(w, true) != 0 }

// dayNumber reads a day of the month: "15", "15th", "1st"; 0 when none.
func dayNumber(w cueWord) int {
	n := w.number
	if !w.isNumber {
		digits := strings.TrimRight(w.norm, "stndrh")
		suffix := w.norm[len(digits):]
		if suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th" {
			return 0
		}
		var err error
		if n, err = strconv.Atoi(digits); err != nil {
			return 0
		}
	}
	if n < 1 || n > 31 || strings.Contains(w.norm, ".") {
		return 0
	}
	return n
}

// monthAt reads the date a month name at word k points at, within the
// clause [cs, ce): the day next to it ("3 March", "March 3rd", «к 1
// февраля», "1-го февраля"), else the part of the month named ("end of
// March", "märtsi lõpus"), else its first day; and the year when one
// follows ("April 2027"). It returns the packed Number (see cueUnitDate).
func monthAt(words []cueWord, k, cs, ce int) (int, bool) {
	w := words[k].norm
	part := 0
	for _, p := range []string{"mid-", "end-", "early-", "late-"} {
		if rest, ok := strings.CutPrefix(w, p); ok {
			w, part = rest, cueMonthPartsBefore[strings.TrimSuffix(p, "-")]
		}
	}
	day, first := 0, k
	if k-1 >= cs {
		day, first = dayNumber(words[k-1]), k-1
	}
	if day == 0 && k-2 >= cs && (words[k-1].norm == "of" || words[k-1].norm == "го") {
		day, first = dayNumber(words[k-2]), k-2
	}
	if day == 0 && k+1 < ce {
		day, first = dayNumber(words[k+1]), k
	}
	context := day != 0 || part != 0 || k-1 >= cs && (cueMonthLeads[words[k-1].norm] || words[k-1].isNumber) ||
		k-2 >= cs && words[k-1].norm == "the" && cueMonthLeads[words[k-2].norm] // "in the spring"
	m := monthOfWord(w, context)
	if m == 0 {
		return 0, false
	}
	if day == 0 && part == 0 {
		for j := k - 1; j >= max(cs, k-3) && part == 0; j-- {
			part = cueMonthPartsBefore[words[j].norm]
		}
		if part == 0 && k+1 < ce {
			part = cueMonthPartsAfter[words[k+1].norm]
		}
	}
	// "after the summer" is when it is over, "before the summer" the
	// month before it begins; a day or part named says the day itself.
	if _, season := seasonMonth(w); season && day == 0 {
		switch {
		case part == monthEnd: // "end of summer", "suve lõpus": its last month
			m += 2
		case part == monthMid:
			m++
		case part != 0:
		case seasonEdge(words, k, cs) == "after":
			m += 3
		case seasonEdge(words, k, cs) == "before":
			m--
		}
		m = (m+11)%12 + 1
	}
	dayNamed := day != 0
	day = cmpOr(day, part, monthStart)
	year := 0
	for j := k + 1; j < min(ce, k+3); j++ {
		if words[j].isNumber && looksLikeYear(words[j].number) {
			year = words[j].number
			break
		}
	}
	// The year may come first: "2024. aasta mais", "2024 im März".
	for j := k - 1; year == 0 && j >= max(cs, k-3); j-- {
		if words[j].isNumber && looksLikeYear(words[j].number) {
			year = words[j].number
		}
	}
	if dayNamed && afterDay(words, first, cs) {
		return dayAfter(year, m, day), true
	}
	return year*10000 + m*100 + day, true
}

// afterDay reports whether a word that says "after" stands up to two
// words before the date that begins at word first: "after the 15th of
// January", „nach dem 15. Januar“, «после 15 января», "pärast 15.
// jaanuari".
func afterDay(words []cueWord, first, cs int) bool {
	for j := first - 1; j >= max(cs, first-2); j-- {
		if cueSeasonAfter[words[j].norm] {
			return true
		}
	}
	return false
}

// dayAfter is the packed date (see cueUnitDate) of the day after day d of
// month m, in the year named (0 when none): a call after the 15th is on
// the 16th at the earliest.
func dayAfter(year, m, d int) int {
	y := year
	if y == 0 {
		y = 2001 // a year without 29 February, as most are
	}
	last := time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
	t := time.Date(y, time.Month(m), min(d, last)+1, 0, 0, 0, 0, time.UTC)
	if year == 0 {
		return int(t.Month())*100 + t.Day()
	}
	return t.Year()*10000 + int(t.Month())*100 + t.Day()
}

// cmpOr returns the first of its arguments that is not zero.
func cmpOr(vals ...int) int {
	for _, v := range vals {
		if v != 0 {
			return v
		}
	}
	return 0
}

// monthInText reads a Japanese month at byte i of a clause's folded text,
// where digits end right before 月 (3月, not 3ヶ月): the day after it
// (2月1日), its part (3月末, 5月中旬, 4月上旬, 3月下旬) and a year before it
// (来年3月, 来年の4月, 2027年3月). It returns the packed Number and where
// the date's text begins (with its year) and ends.
func monthInText(text string, start, digitsEnd int) (date, begin, end int, ok bool) {
	m, err := strconv.Atoi(text[start:digitsEnd])
	if err == nil && m >= 1 && m <= 12 && strings.HasPrefix(text[digitsEnd:], "/") {
		return slashDateInText(text, start, digitsEnd, m)
	}
	if err != nil || m < 1 || m > 12 || !strings.HasPrefix(text[digitsEnd:], "月") {
		return 0, 0, 0, false
	}
	begin = start
	end = digitsEnd + len("月")
	day := 0
	rest := text[end:]
	j := 0
	for j < len(rest) && isASCIIDigit(rest[j]) {
		j++
	}
	if j > 0 && strings.HasPrefix(rest[j:], "日") {
		day, _ = strconv.Atoi(rest[:j])
		end += j + len("日")
	} else {
		for _, p := range cueMonthPartTexts {
			if strings.HasPrefix(rest, p.text) {
				day = p.day
				end += len(p.text)
				break
			}
		}
	}
	if day < 1 || day > 31 {
		day = monthStart
		// 3月まで is through March: what waits for it comes at its end.
		if strings.HasPrefix(rest, "まで") || strings.HasPrefix(rest, "いっぱい") {
			day = monthEnd
		}
	}
	year := 0
	before := strings.TrimSuffix(text[:start], "の")
	switch {
	case strings.HasSuffix(before, "来年"):
		year, begin = 1, len(before)-len("来年")
	case strings.HasSuffix(before, "年"):
		y := strings.TrimSuffix(before, "年")
		k := len(y)
		for k > 0 && isASCIIDigit(y[k-1]) {
			k--
		}
		if n, err := strconv.Atoi(y[k:]); err == nil && looksLikeYear(n) {
			year, begin = n, k
		}
	}
	return year*10000 + m*100 + day, begin, end, true
}

// namedDate is the day a date cue points at, seen from today: the named
// month and day in the named year, else their next occurrence after today.
func (c Cue) namedDate(today time.Time) (time.Time, bool) {
	year, m, d := c.Number/10000, time.Month(c.Number/100%100), c.Number%100
	if m < time.January || m > time.December || d < 1 {
		return time.Time{}, false
	}
	at := func(y int) time.Time {
		last := time.Date(y, m+1, 0, 0, 0, 0, 0, today.Location()).Day()
		return time.Date(y, m, min(d, last), 0, 0, 0, 0, today.Location())
	}
	switch {
	case looksLikeYear(year):
		if t := at(year); t.After(today) {
			return t, true
		}
	case year == 1:
		return at(today.Year() + 1), true
	}
	if t := at(today.Year()); t.After(today) {
		return t, true
	}
	return at(today.Year() + 1), true
}

// cueUntilWords say that a date is how long something lasts ("until
// April", „bis April“, «до апреля», "enne märtsi"), which makes it a
// put-off and not the day something happens.
var cueUntilWords = map[string]bool{
	"until": true, "till": true, "til": true, "before": true, "after": true,
	"bis": true, "vor": true, "nach": true, "до": true, "после": true, "enne": true, "parast": true,
}

// dateOnlyWords reports whether the words [from, to) are nothing but the
// date something happens on: month names, the words that lead to them
// ("in", "from") and days ("in March", "January 15th", «в марте»). A date
// that something lasts until ("until April", «до апреля», "aprillini") is
// a put-off, not only a date.
func dateOnlyWords(words []cueWord, from, to int) bool {
	if from > 0 && words[from-1].clause == words[from].clause && cueUntilWords[words[from-1].norm] {
		return false
	}
	month := false
	for k := from; k < to; k++ {
		w := words[k].norm
		switch {
		case cueUntilWords[w]:
			return false
		case isMonthWord(w):
			if strings.HasSuffix(w, "ni") && !strings.HasSuffix(w, "juuni") {
				return false // Estonian "until": "aprillini", "märtsini".
			}
			month = true
		case cueMonthLeads[w] || dayNumber(words[k]) != 0 || words[k].isNumber && looksLikeYear(words[k].number):
		default:
			return false
		}
	}
	return month
}

// seasonMonth is the month a season word begins in, whether or not it
// needs context.
func seasonMonth(w string) (int, bool) {
	if m, ok := cueSeasons[w]; ok {
		return m, true
	}
	m, ok := cueSeasonsInContext[w]
	return m, ok
}

// cueSeasonAfter and cueSeasonBefore lead a season to when it is over
// ("after the summer", „nach dem Sommer“, «после лета», "pärast suve") or
// to before it begins ("before summer", „vor dem Sommer“, «до лета»).
var (
	cueSeasonAfter  = map[string]bool{"after": true, "nach": true, "после": true, "parast": true, "peale": true}
	cueSeasonBefore = map[string]bool{"before": true, "vor": true, "до": true, "перед": true, "enne": true}
)

// seasonEdge is "after" or "before" when one of their words stands up to
// two words before the season at k (an article between), else "".
func seasonEdge(words []cueWord, k, cs int) string {
	for j := k - 1; j >= max(cs, k-2); j-- {
		switch {
		case cueSeasonAfter[words[j].norm]:
			return "after"
		case cueSeasonBefore[words[j].norm]:
			return "before"
		}
	}
	// Estonian puts them after: "suve järel", "suve eel".
	if k+1 < len(words) {
		switch words[k+1].norm {
		case "jarel", "parast":
			return "after"
		case "eel":
			return "before"
		}
	}
	return ""
}
