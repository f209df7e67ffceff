package model

import "time"

// cueUnitHolidays is the time unit of a timing cue that waits for the
// year-end holidays to pass ("after the holidays", „nach den Feiertagen“,
// «после праздников», 年明け, "pärast pühi"): its Number is the day of
// January on which business resumes where the note's language is spoken
// (see newYearResumes).
const cueUnitHolidays = "holidays"

// CueUnitHolidays is the name of the holidays time unit in a playbook's
// time_units (see cueUnitHolidays).
const CueUnitHolidays = cueUnitHolidays

// newYearResumes is, by language, the day of January after the new-year
// holidays: the 2nd where only New Year's Day is off, the 4th in Japan
// (三が日), the 9th in Russia (новогодние каникулы, 1 to 8 January).
var newYearResumes = map[string]int{"ja": 4, "ru": 9}

// resumeDay is newYearResumes for a language, 2 by default.
func resumeDay(lang string) int {
	if d, ok := newYearResumes[lang]; ok {
		return d
	}
	return 2
}

// afterNewYear sets, on the timing cues of a note read in lang, the day a
// wait for the holidays or for next year ends, and moves a named day inside that
// language's new-year holidays ("в январе", 1月) to the day they end: the
// customer is not at work before.
func afterNewYear(cues []Cue, lang string) {
	resume := resumeDay(lang)
	for i := range cues {
		c := &cues[i]
		switch {
		case c.Kind != CueTiming:
		case c.Unit == cueUnitHolidays:
			c.Number = resume
		case c.Unit == "year" && c.Number <= 1:
			// "Next year", «после Нового года»: the day business resumes
			// in the coming January (1MMDD, see cueUnitDate).
			c.Unit, c.Number = cueUnitDate, 10100+resume
		case c.Unit == cueUnitDate:
			// MMDD, 1MMDD (next year) or YYYYMMDD: January's days 1 to
			// resume-1 move to resume.
			if md := c.Number % 10000; md/100 == 1 && md%100 < resume {
				c.Number += resume - md%100
			}
		}
	}
}

// holidaysOver is the day a wait for the holidays ends, seen from day: the
// resume day of the coming January when said in November, December or
// January before it; false otherwise ("after the holidays" in April speaks
// of other holidays, and gets the default wait).
func holidaysOver(day time.Time, resume int) (time.Time, bool) {
	y, m, d := day.Date()
	switch {
	case m >= time.November:
		return time.Date(y+1, time.January, resume, 0, 0, 0, 0, day.Location()), true
	case m == time.January && d < resume:
		return time.Date(y, time.January, resume, 0, 0, 0, 0, day.Location()), true
	}
	return time.Time{}, false
}

// workingDay is t, or the next day after it that is neither a weekend nor
// a day nearly every customer is off (New Year's Day, 25 and 26
// December): a follow-up is a call.
func workingDay(t time.Time) time.Time {
	return nextWorkingDay(t, 1, "")
}

// lastWorkingDayBy is t, or the nearest working day before it: "the end
// of January" falling on a Sunday is the Friday before, still in January.
func lastWorkingDayBy(t time.Time) time.Time {
	return nextWorkingDay(t, -1, "")
}

// nextWorkingDay is t, or the nearest working day after it (step 1) or
// before it (step -1), in the country of the language lang as well.
func nextWorkingDay(t time.Time, step int, lang string) time.Time {
	for {
		_, m, d := t.Date()
		off := t.Weekday() == time.Saturday || t.Weekday() == time.Sunday ||
			(m == time.January && d == 1) || (m == time.December && (d == 25 || d == 26)) ||
			publicHolidays[lang][int(m)*100+d]
		if !off {
			return t
		}
		t = t.AddDate(0, 0, step)
	}
}

// publicHolidays are, by language, the fixed days its country is off
// beside New Year's Day and Christmas (packed as month×100+day): the
// Russian new-year holidays and Orthodox Christmas (1 to 8 January), 23
// February, 8 March, 1 and 9 May, 12 June, 4 November and New Year's Eve;
// Japan's year-end closure (29 December to 3 January) and Golden Week;
// Estonia's Independence Day, Midsummer and Christmas Eve; German Unity
// Day.
var publicHolidays = map[string]map[int]bool{
	"ru": {102: true, 103: true, 104: true, 105: true, 106: true, 107: true, 108: true, 223: true, 308: true, 501: true, 509: true, 612: true, 1104: true, 1231: true},
	"ja": {102: true, 103: true, 211: true, 223: true, 429: true, 503: true, 504: true, 505: true, 1103: true, 1123: true, 1229: true, 1230: true, 1231: true},
	"et": {224: true, 501: true, 623: true, 624: true, 820: true, 1224: true},
	"de": {501: true, 1003: true},
}
