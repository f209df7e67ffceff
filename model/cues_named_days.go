package model

import "time"

// cueUnitEaster is the time unit of a timing cue that waits for Easter
// ("after Easter", „nach Ostern“, "pärast lihavõttepühi"): its Number is
// the days from Easter Sunday the follow-up falls on.
const cueUnitEaster = "easter"

// The days from Easter Sunday a follow-up falls on after Easter (the
// Tuesday, Easter Monday being a holiday), after the Easter school
// holidays, and before Easter.
const (
	afterEaster        = 2
	afterEasterHoliday = 9
	beforeEaster       = -10
)

// cueEasterWords are the words that name Easter or its holidays, folded,
// and how many days after Easter Sunday the follow-up falls when it is
// over.
var cueEasterWords = map[string]int{
	"easter": afterEaster, "ostern": afterEaster, "ostermontag": afterEaster, "osterfest": afterEaster,
	"osterferien": afterEasterHoliday, "osterurlaub": afterEasterHoliday,
	"lihavotted": afterEaster, "lihavottepuhad": afterEaster, "lihavottepuhi": afterEaster,
	"lihavottepuhade": afterEaster, "lihavotteid": afterEaster,
}

// cueHolidayPeriods are the words that name a fixed holiday period,
// folded, with the day (packed as month×100+day) a follow-up falls on
// after it, and before it: the German summer school holidays, Estonian
// Midsummer (jaanipäev, 24 June) and summer holidays (suvepuhkus), the
// Russian May holidays (1 to 10 May).
var cueHolidayPeriods = map[string]struct{ after, before int }{
	"sommerferien": {901, 701}, "sommerpause": {901, 701},
	"jaanipaev": {626, 620}, "jaanipaeva": {626, 620}, "jaanipaevani": {626, 620}, "jaanipaevaks": {626, 620},
	"jaanid": {626, 620}, "jaane": {626, 620}, "jaanide": {626, 620}, "jaanideks": {626, 620}, "jaanideni": {626, 620},
	"майских": {511, 428}, "майские": {511, 428}, "майскими": {511, 428},
	"suvepuhkus": {901, 601}, "suvepuhkust": {901, 601}, "suvepuhkuse": {901, 601}, "suvepuhkuseni": {901, 601}, "suvepuhkuseks": {901, 601},
}

// cueHolidayTexts are the same for languages written without spaces:
// Golden Week (to 5 May) and Obon (13 to 16 August) in Japanese, said
// with 明け ("when it is over").
var cueHolidayTexts = []struct {
	text string
	day  int
}{
	{"ゴールデンウィーク明け", 506}, {"gw明け", 506}, {"連休明け", 506}, {"お盆明け", 817}, {"盆明け", 817},
}

// namedDayAt reads the follow-up a holiday named at word k points at: a
// packed date (see cueUnitDate) for a fixed period, or days from Easter
// Sunday; "before" it (see seasonEdge) is the day before it begins.
func namedDayAt(words []cueWord, k, from int) (unit string, n int, ok bool) {
	w := words[k].norm
	before := seasonEdge(words, k, from) == "before"
	if days, ok := cueEasterWords[w]; ok {
		if before {
			days = beforeEaster
		}
		return cueUnitEaster, days, true
	}
	if p, ok := cueHolidayPeriods[w]; ok {
		if before {
			return cueUnitDate, p.before, true
		}
		return cueUnitDate, p.after, true
	}
	return "", 0, false
}

// easterSunday is the Western Easter Sunday of year y (the anonymous
// Gregorian algorithm).
func easterSunday(y int, loc *time.Location) time.Time {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return time.Date(y, time.Month(month), day, 0, 0, 0, 0, loc)
}

// afterEasterDay is the next day, after today, that lies days from an
// Easter Sunday.
func afterEasterDay(today time.Time, days int) time.Time {
	for y := today.Year(); ; y++ {
		if t := easterSunday(y, today.Location()).AddDate(0, 0, days); t.After(today) {
			return t
		}
	}
}
