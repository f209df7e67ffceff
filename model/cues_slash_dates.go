package model

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// slashDateInText reads a date a Japanese note writes with numbers, month
// first as the Japanese write it: 12/8, 12/8(火), 2026/12/8. The month's
// digits are text[start:digitsEnd], m their value, and a slash follows
// them. A day of more than two digits, a third number after the day
// ("1/2/3") or a slash before the month that follows no year is no date.
func slashDateInText(text string, start, digitsEnd, m int) (date, begin, end int, ok bool) {
	rest := text[digitsEnd+1:]
	j := 0
	for j < len(rest) && isASCIIDigit(rest[j]) {
		j++
	}
	if j == 0 || j > 2 || j < len(rest) && rest[j] == '/' {
		return 0, 0, 0, false
	}
	day, _ := strconv.Atoi(rest[:j])
	if day < 1 || day > 31 {
		return 0, 0, 0, false
	}
	begin, end = start, digitsEnd+1+j
	year := 0
	if before, found := strings.CutSuffix(text[:start], "/"); found {
		k := len(before)
		for k > 0 && isASCIIDigit(before[k-1]) {
			k--
		}
		n, err := strconv.Atoi(before[k:])
		if err != nil || !looksLikeYear(n) {
			return 0, 0, 0, false
		}
		year, begin = n, k
	}
	return year*10000 + m*100 + day, begin, end, true
}

// cueContactTexts are the words by which a Japanese note speaks of a call
// or a meeting: a date written with numbers in such a clause (12/8に再度打ち
// 合わせ予定) is the day of the next one.
var cueContactTexts = []string{"打ち合わせ", "打合せ", "打合わせ", "連絡", "電話", "訪問", "面談", "商談", "会議", "ミーティング", "mtg", "デモ", "お伺い", "再訪", "伺う", "伺い", "折り返し", "回答", "返事", "返答", "フォロー", "相談"}

// contactText reports whether a Japanese clause speaks of a call or a
// meeting.
func contactText(clause string) bool {
	for _, t := range cueContactTexts {
		if strings.Contains(clause, t) {
			return true
		}
	}
	return false
}

// weekdayParens reports whether the parenthesis at byte i of a folded
// Japanese note is one of those around a day of the week written after a
// date, 12/8(火) or 12月8日（火）: they break no clause.
func weekdayParens(norm string, i int) bool {
	open := func(j int) bool {
		if j <= 0 || j >= len(norm) || norm[j] != '(' || !isASCIIDigit(norm[j-1]) && !strings.HasSuffix(norm[:j], "日") {
			return false
		}
		day, size := utf8.DecodeRuneInString(norm[j+1:])
		return strings.ContainsRune("月火水木金土日", day) && strings.HasPrefix(norm[j+1+size:], ")")
	}
	switch norm[i] {
	case '(':
		return open(i)
	case ')':
		_, size := utf8.DecodeLastRuneInString(norm[:i])
		return open(i - size - 1)
	}
	return false
}
