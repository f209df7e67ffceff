package model

import (
	"strings"
	"time"
)

// cueUnitWeekday is the time unit of a timing cue that names a day of the
// week ("call back Thursday", „am Donnerstag“, «в четверг», "neljapäeval",
// 木曜): its Number is the day, Monday 1 to Sunday 7, plus weekdayNextWeek
// when the week after this one is named with it ("Thursday next week",
// 来週木曜).
const cueUnitWeekday = "weekday"

// weekdayNextWeek marks a day of the week said with "next week".
const weekdayNextWeek = 10

// cueWeekdays are the days of the week, folded, in the five languages with
// their usual cases and short forms; Monday is 1. Words that are also
// common words ("sat", "sun", "среда" the environment) are not here.
var cueWeekdays = map[string]int{
	"monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "tues": 2, "wednesday": 3, "wed": 3,
	"thursday": 4, "thu": 4, "thur": 4, "thurs": 4, "friday": 5, "fri": 5, "saturday": 6, "sunday": 7,
	"montag": 1, "dienstag": 2, "mittwoch": 3, "donnerstag": 4, "freitag": 5, "samstag": 6, "sonntag": 7,
	"понедельник": 1, "понедельника": 1, "вторник": 2, "вторника": 2, "четверг": 4, "четверга": 4,
	"пятницу": 5, "пятница": 5, "пятницы": 5, "субботу": 6, "суббота": 6, "воскресенье": 7,
	"понедельнику": 1, "вторнику": 2, "четвергу": 4, "пятнице": 5, "субботе": 6, "воскресенью": 7, // «к пятнице»
	"пн": 1, "вт": 2, "чт": 4, "пт": 5,
	"esmaspaev": 1, "esmaspaeval": 1, "esmaspaevaks": 1, "esmaspaevani": 1,
	"teisipaev": 2, "teisipaeval": 2, "teisipaevaks": 2, "teisipaevani": 2,
	"kolmapaev": 3, "kolmapaeval": 3, "kolmapaevaks": 3, "kolmapaevani": 3,
	"neljapaev": 4, "neljapaeval": 4, "neljapaevaks": 4, "neljapaevani": 4,
	"reede": 5, "reedel": 5, "reedeks": 5, "reedeni": 5,
	"laupaev": 6, "laupaeval": 6, "puhapaev": 7, "puhapaeval": 7,
	"esmaspaevale": 1, "teisipaevale": 2, "kolmapaevale": 3, "neljapaevale": 4, "reedele": 5, "laupaevale": 6, "puhapaevale": 7,
}

// cueWeekdaysInContext are days of the week that are also other words:
// «среду» is Wednesday after «в», «до», «на», «к» and the environment
// elsewhere («в тестовую среду»).
var cueWeekdaysInContext = map[string]int{"среду": 3, "среда": 3, "среды": 3, "ср": 3}

// cueWeekdayLeads lead «среду» to Wednesday.
var cueWeekdayLeads = map[string]bool{"в": true, "во": true, "до": true, "на": true, "к": true, "следующую": true, "эту": true}

// cueNextWeekWords are the words that say "next week" around a day of
// the week: "next week", „nächste Woche“, «на следующей неделе»,
// "järgmisel nädalal".
var cueNextWeekWords = map[string]bool{
	"next": true, "nachste": true, "nachsten": true, "nachster": true, "kommende": true, "kommenden": true,
	"следующей": true, "следующую": true, "jargmisel": true, "jargmise": true,
}

// cueShortWeekdays are the German two-letter days of the week („am Do“,
// „bis Fr“): Mo, Di, Mi, Do, Fr. Alone they are other words ("do", „Fr.“
// for Frau), so only a lead of cueShortWeekdayLeads makes them a day.
var cueShortWeekdays = map[string]int{"mo": 1, "di": 2, "mi": 3, "do": 4, "fr": 5}

// cueShortWeekdayLeads lead a German two-letter day: „am Do“, „bis Fr“,
// „ab Mo“, „nächsten Di“, „diesen Mi“; so does a word of a call right
// before it („Rückruf Do.“, „WV Mi“, see cueContactStems).
var cueShortWeekdayLeads = map[string]bool{
	"am": true, "bis": true, "ab": true, "nachsten": true, "kommenden": true, "diesen": true, "spatestens": true, "fruhestens": true, "woche": true,
}

// weekdayAt reads a day of the week at word k, with "next week" said in
// its clause [from, to).
func weekdayAt(words []cueWord, k, from, to int) (int, bool) {
	w := words[k].norm
	d, ok := cueWeekdays[w]
	if !ok {
		d, ok = cueWeekdaysInContext[w]
		ok = ok && k > from && cueWeekdayLeads[words[k-1].norm]
	}
	if !ok {
		d, ok = cueShortWeekdays[w]
		ok = ok && k > from && (cueShortWeekdayLeads[words[k-1].norm] || startsWithAny(words[k-1].norm, cueContactStems...))
	}
	if !ok {
		return 0, false
	}
	for j := max(from, k-4); j < min(to, k+4); j++ {
		if j+1 < to && cueNextWeekWords[words[j].norm] && isWeekWord(words[j+1].norm) {
			return d + weekdayNextWeek, true
		}
	}
	// "next Tuesday", «в следующий вторник», "järgmisel teisipäeval": the
	// day of next week, as "Tuesday next week".
	if k > from && (cueNextWeekWords[words[k-1].norm] || cueNextDayWords[words[k-1].norm]) {
		return d + weekdayNextWeek, true
	}
	return d, true
}

// cueNextDayWords are "next" said before a day of the week in the forms
// cueNextWeekWords lacks: «в следующий вторник», «в следующую среду».
var cueNextDayWords = map[string]bool{"следующий": true, "следующее": true, "nachstes": true}

// isWeekWord reports whether a folded word is "week" in one of the five
// languages.
func isWeekWord(w string) bool {
	return w == "week" || w == "woche" || strings.HasPrefix(w, "недел") || strings.HasPrefix(w, "nadal")
}

// cueWeekdayTexts are the days of the week in Japanese.
var cueWeekdayTexts = []struct {
	text string
	day  int
}{{"月曜", 1}, {"火曜", 2}, {"水曜", 3}, {"木曜", 4}, {"金曜", 5}, {"土曜", 6}, {"日曜", 7}}

// weekdayText finds a Japanese day of the week in text, 来週 before it
// marking next week; at is where it begins, -1 when none is named.
func weekdayText(text string) (day, at int) {
	for _, wd := range cueWeekdayTexts {
		if i := strings.Index(text, wd.text); i >= 0 {
			d := wd.day
			if strings.HasSuffix(strings.TrimSuffix(text[:i], "の"), "来週") {
				d += weekdayNextWeek
			}
			return d, i
		}
	}
	return 0, -1
}

// weekdayFrom is the day a weekday cue points at seen from today: in the
// week after this one when said with it, else the next such day after
// today.
func weekdayFrom(today time.Time, n int) time.Time {
	target := n % weekdayNextWeek
	if n >= weekdayNextWeek {
		monday := today.AddDate(0, 0, 7-(int(today.Weekday())+6)%7)
		return monday.AddDate(0, 0, target-1)
	}
	for d := 1; d <= 7; d++ {
		if t := today.AddDate(0, 0, d); int(t.Weekday()) == target%7 {
			return t
		}
	}
	return today
}

// cueTomorrowWords are "tomorrow" and "the day after tomorrow" in the
// languages written with spaces, with how many days ahead each is: said in
// a clause about a call it is the day of the next one.
var cueTomorrowWords = map[string]int{"tomorrow": 1, "tmrw": 1, "morgen": 1, "завтра": 1, "homme": 1, "übermorgen": 2, "ubermorgen": 2, "послезавтра": 2, "ülehomme": 2, "ulehomme": 2}

// daysAhead is how many days ahead the "tomorrow" at word i says: 2 for
// "the day after tomorrow", 0 when the word is no such day.
func daysAhead(words []cueWord, i, from int) int {
	n := cueTomorrowWords[words[i].norm]
	if n == 1 && i-2 >= from && words[i-1].norm == "after" && words[i-2].norm == "day" {
		return 2
	}
	return n
}

// cueDeadlineLeads say a day of the week is a deadline ("by Friday", „bis
// Freitag“, «до пт», "enne reedet"): the day to follow up, call or not.
var cueDeadlineLeads = map[string]bool{"by": true, "until": true, "till": true, "before": true, "bis": true, "до": true, "к": true, "enne": true, "spatestens": true}

// deadlineDay reports whether the day of the week at word k is said as a
// deadline: after a word of cueDeadlineLeads, or in Estonian in the case
// of "by then" ("reedeks", "reedeni").
func deadlineDay(words []cueWord, k, from int, locale string) bool {
	if k > from && cueDeadlineLeads[words[k-1].norm] {
		return true
	}
	w := words[k].norm
	return locale == "et" && (strings.HasSuffix(w, "ks") || strings.HasSuffix(w, "ni"))
}

// isWeekdayWord reports whether a folded word is a day of the week, short
// forms included („Di“, «пн»).
func isWeekdayWord(w string) bool {
	_, long := cueWeekdays[w]
	_, short := cueShortWeekdays[w]
	_, ctx := cueWeekdaysInContext[w]
	return long || short || ctx
}

// dateFollows reports whether a date written with numbers follows the day
// of the week at word k („Di, 8.12.“): the date is the day meant.
func dateFollows(words []cueWord, k int, locale string) bool {
	if k+1 >= len(words) {
		return false
	}
	if _, ok := monthDayAfter(words, k, len(words)); ok {
		return true // "Thursday 10 December", "Thursday, Dec 10"
	}
	_, ok := numericDate(words[k+1].norm, words[k].norm, locale, true)
	return ok
}

// monthDayAfter reads a day and a month's name said just after the day of
// the week at word k, before to: "Thursday 10 December", "Thursday, Dec
// 10". A month alone ("Thursday in December") is no such day.
func monthDayAfter(words []cueWord, k, to int) (int, bool) {
	for j := k + 1; j < min(to, k+4); j++ {
		near := words[j-1].isNumber || j+1 < to && words[j+1].isNumber
		if date, ok := monthAt(words, j, k+1, to); ok && near && date%100 > 0 {
			return date, true
		}
	}
	return 0, false
}

// estonianDayLetters are the one-letter days of the week of Estonian
// calendars: E(smaspäev) to P(ühapäev).
var estonianDayLetters = map[string]int{"E": 1, "T": 2, "K": 3, "N": 4, "R": 5, "L": 6, "P": 7}

// estonianDayLetter is the day of the week a word written as one capital
// letter stands for ("järgmine kõne K", "E, 7.12."); 0 for any other word.
func estonianDayLetter(src string, w cueWord) int {
	return estonianDayLetters[src[w.start:w.end]]
}
