package model

import (
	"strconv"
	"strings"
	"time"
)

// cueUnitMonthDay is the time unit of a timing cue that names a day of the
// month without its month ("after the board meeting on the 12th", «12-го»,
// "12. kuupäeval", 12日): its Number is the day, and the follow-up the
// next such day after today.
const cueUnitMonthDay = "month_day"

// cueUnitCalendarWeek is the time unit of a timing cue that names a
// calendar week („Termin in KW 3“): its Number is the ISO week, and the
// follow-up that week's Monday, this year or, when it has passed, next.
const cueUnitCalendarWeek = "calendar_week"

// monthDayAt reads a day of the month said alone at word k: "the 12th" or
// "on 12th", «12-го» or «12 числа», "12. kuupäeval"; 0 when word k is none.
// A day beside a month name is read by monthAt.
func monthDayAt(words []cueWord, k, from, to int) int {
	w := words[k]
	next := ""
	if k+1 < to {
		next = words[k+1].norm
	}
	// "the 15th of January", "the 15th January": a month's day, read by
	// monthAt.
	if k+1 < to && isMonthWord(next) || k+2 < to && next == "of" && isMonthWord(words[k+2].norm) {
		return 0
	}
	switch {
	case !w.isNumber && dayNumber(w) != 0 && k > from && (words[k-1].norm == "the" || words[k-1].norm == "on"):
		return dayNumber(w) // "the 12th", "on 12th"
	case w.isNumber && (next == "го" || next == "числа" || strings.HasPrefix(next, "kuupaev")):
		return dayNumber(w)
	}
	return 0
}

// calendarWeekAt reads a calendar week at word k: "KW 3", "KW3", "KW 03";
// 0 when word k is none.
func calendarWeekAt(words []cueWord, k, to int) int {
	w := words[k].norm
	digits := ""
	switch {
	case w == "kw" && k+1 < to && words[k+1].isNumber:
		digits = words[k+1].norm
	case strings.HasPrefix(w, "kw") && len(w) > 2:
		digits = w[2:]
	default:
		return 0
	}
	n, err := strconv.Atoi(digits)
	if err != nil || n < 1 || n > 53 {
		return 0
	}
	return n
}

// monthDayText reads a day of the month said alone in Japanese at the
// digits [start, end) of text: 12日, not 3月12日 (a month's day) nor 5日後
// or 3日間 (a number of days).
func monthDayText(text string, start, end int) int {
	rest := text[end:]
	if !strings.HasPrefix(rest, "日") || strings.HasPrefix(rest, "日後") || strings.HasPrefix(rest, "日間") || strings.HasSuffix(text[:start], "月") {
		return 0
	}
	n, err := strconv.Atoi(text[start:end])
	if err != nil || n < 1 || n > 31 {
		return 0
	}
	return n
}

// monthDayFrom is the next day of the month n after today, in this month
// or the next (the 31st in a shorter month is its last day).
func monthDayFrom(today time.Time, n int) time.Time {
	y, m, _ := today.Date()
	for i := 0; i < 3; i++ {
		last := time.Date(y, m+time.Month(i)+1, 0, 0, 0, 0, 0, today.Location()).Day()
		if t := time.Date(y, m+time.Month(i), min(n, last), 0, 0, 0, 0, today.Location()); t.After(today) {
			return t
		}
	}
	return today.AddDate(0, 1, 0)
}

// calendarWeekFrom is the Monday of ISO week n, this year or, when it has
// begun already, next year.
func calendarWeekFrom(today time.Time, n int) time.Time {
	for _, y := range []int{today.Year(), today.Year() + 1} {
		// 4 January is always in ISO week 1.
		jan4 := time.Date(y, time.January, 4, 0, 0, 0, 0, today.Location())
		monday := jan4.AddDate(0, 0, -((int(jan4.Weekday())+6)%7)+7*(n-1))
		if monday.After(today) {
			return monday
		}
	}
	return today
}

// cueNumericDateLeads are the words before a date written with numbers:
// „am 15.12.“, „bis 8.1.“, «до 15.12», "kuni 15.12".
var cueNumericDateLeads = map[string]bool{
	"am": true, "bis": true, "zum": true, "ab": true, "vom": true, "seit": true, "nach": true, "vor": true,
	"до": true, "к": true, "с": true, "на": true, "после": true, "по": true,
	"kuni": true, "enne": true, "parast": true, "alates": true,
	// A meeting set for the day: „Termin 10.12.“, «Встреча 15.12», "Kohtumine 7.12".
	"termin": true, "meeting": true, "встреча": true, "встречу": true, "созвон": true, "kohtumine": true, "kohtumise": true,
	// A call back set for the day: „Rückruf 15.1.“, «Перезвонить 15.01», "Helistan tagasi 15.12.".
	"ruckruf": true, "anruf": true, "anrufen": true, "перезвонить": true, "позвонить": true, "созвониться": true, "перезвоню": true,
	"tagasi": true, "helistan": true, "helistame": true, "helistada": true, "aeg": true,
	"helista": true, "helistage": true,
	// English, whose dates are written month first: "on 12/14", "again 1/15".
	"on": true, "by": true, "until": true, "till": true, "before": true, "after": true, "again": true, "back": true,
}

// numericDate reads a date written with numbers the way German, Russian
// and Estonian notes write it, day first: "15.12" (from „am 15.12.“),
// "8.1", "15.12.2026"; and the way English notes write it, month first
// with slashes: "12/14", "1/15/2027"; packed as cueUnitDate's Number;
// lead is the word before it, contact whether its clause speaks of a call
// or a meeting (see contactClause). Japanese notes write 12月14日, read
// by monthInText.
func numericDate(w, lead, lang string, contact bool) (int, bool) {
	if d, ok := isoDate(w); ok {
		return d, true // "2027-02-03", a date in any language
	}
	sep := "."
	switch lang {
	case "de", "ru", "et":
	case "en":
		// "12/14" month first; "10.12" as European reps write it in
		// English notes, day first.
		if strings.Contains(w, "/") {
			sep = "/"
		}
	default:
		return 0, false
	}
	// "2.5" is as often a decimal and "3/4" a share: a date without its
	// year needs a word that leads to a date before it („am 15.12.“, «до
	// 8.1», "on 12/14") or a call or meeting in its clause.
	if strings.Count(w, sep) == 1 && !cueNumericDateLeads[lead] && !contact {
		return 0, false
	}
	parts := strings.Split(w, sep)
	if sep == "/" && len(parts) >= 2 {
		parts[0], parts[1] = parts[1], parts[0]
	}
	if len(parts) < 2 || len(parts) > 3 {
		return 0, false
	}
	nums := make([]int, len(parts))
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil || p == "" || len(p) > 4 {
			return 0, false
		}
		nums[i] = n
	}
	day, month := nums[0], nums[1]
	if day < 1 || day > 31 || month < 1 || month > 12 || len(parts[0]) > 2 || len(parts[1]) > 2 {
		return 0, false
	}
	if len(parts) == 3 {
		if !looksLikeYear(nums[2]) {
			return 0, false
		}
		return nums[2]*10000 + month*100 + day, true
	}
	return month*100 + day, true
}

// isoDate reads a date written year first, "2027-02-03", as numericDate
// numbers dates.
func isoDate(w string) (int, bool) {
	if len(w) != 10 || w[4] != '-' || w[7] != '-' {
		return 0, false
	}
	y, err1 := strconv.Atoi(w[:4])
	m, err2 := strconv.Atoi(w[5:7])
	d, err3 := strconv.Atoi(w[8:])
	if err1 != nil || err2 != nil || err3 != nil || !looksLikeYear(y) || m < 1 || m > 12 || d < 1 || d > 31 {
		return 0, false
	}
	return y*10000 + m*100 + d, true
}

// cueUnitQuarterEnd is the time unit of a timing cue that names the end
// of the quarter without its number ("end of the quarter",
// „Quartalsende“, «конец квартала», "kvartali lõpus", 四半期末): the last
// day of the quarter it is said in.
const cueUnitQuarterEnd = "quarter_end"

// quarterEndSaid reports whether word k is the quarter said with its end:
// "end of the quarter", „Ende des Quartals“, „Quartalsende“, «в конце
// квартала», "kvartali lõpus".
func quarterEndSaid(words []cueWord, k, from, to int) bool {
	w := words[k].norm
	if strings.HasPrefix(w, "quartalsende") || strings.HasPrefix(w, "quartalsabschluss") || w == "eoq" {
		return true
	}
	if !strings.HasPrefix(w, "quarter") && !strings.HasPrefix(w, "quartal") && !strings.HasPrefix(w, "квартал") && !strings.HasPrefix(w, "kvartal") {
		return false
	}
	for j := k - 1; j >= max(from, k-3); j-- {
		if cueMonthPartsBefore[words[j].norm] == monthEnd {
			return true
		}
		if cueNextWords[words[j].norm] {
			return false // "end of next quarter" is another
		}
	}
	return k+1 < to && cueMonthPartsAfter[words[k+1].norm] == monthEnd
}

// quarterEndFrom is the last day of the quarter today is in.
func quarterEndFrom(today time.Time) time.Time {
	q := (int(today.Month()) - 1) / 3
	return time.Date(today.Year(), time.Month(3*q+4), 0, 0, 0, 0, 0, today.Location())
}
