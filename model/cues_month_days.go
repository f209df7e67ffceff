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
