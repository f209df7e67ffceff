package model

import (
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// FormatMoney writes an amount with its currency and thousands separators,
// showing cents only when the amount is not whole: "$1,250", "$49.50",
// "EUR 1,250". A symbol ("$", "€") is written against the number; a code
// made of letters ("EUR") is followed by a space; an empty currency gives
// the bare number.
func FormatMoney(currency string, amount float64) string {
	cents := int64(math.Round(amount * 100))
	var b strings.Builder
	if cents < 0 {
		b.WriteByte('-')
		cents = -cents
	}
	b.WriteString(currency)
	if last, _ := utf8.DecodeLastRuneInString(currency); currency != "" && unicode.IsLetter(last) {
		b.WriteByte(' ')
	}
	digits := strconv.FormatInt(cents/100, 10)
	for i, d := range digits {
		if i > 0 && (len(digits)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(d)
	}
	if frac := cents % 100; frac != 0 {
		b.WriteByte('.')
		if frac < 10 {
			b.WriteByte('0')
		}
		b.WriteString(strconv.FormatInt(frac, 10))
	}
	return b.String()
}

// formatPrice writes a product's list price with its billing unit ("$49 per
// seat/month"). It reports false when the price is unknown (zero or less),
// so that no template quotes an invented price.
func formatPrice(currency string, p Product) (string, bool) {
	if p.Price <= 0 {
		return "", false
	}
	s := FormatMoney(currency, p.Price)
	if p.BillingUnit != "" {
		s += " per " + p.BillingUnit
	}
	return s, true
}

// seatPeriod turns a per-seat billing unit into the period that the cost of
// several seats recurs over: "seat/month" gives " per month", "seat" gives
// nothing, and a bare period such as "month" is kept.
func seatPeriod(unit string) string {
	if i := strings.IndexByte(unit, '/'); i >= 0 {
		return " per " + unit[i+1:]
	}
	switch strings.ToLower(unit) {
	case "", "seat", "seats", "user", "users", "licence", "license", "unit":
		return ""
	}
	return " per " + unit
}
