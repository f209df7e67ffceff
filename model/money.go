package model

import (
	"math"
	"strconv"
	"strings"
	"unicode"
)

// currencySymbols are the symbols written for the currencies the app knows
// by name; any other currency is written with its ISO 4217 code.
var currencySymbols = map[string]string{
	"USD": "$", "EUR": "€", "JPY": "¥", "RUB": "₽", "GBP": "£",
}

// symbolCodes reads the symbols playbooks and CRM exports write for a
// currency back to its ISO 4217 code.
var symbolCodes = map[string]string{
	"$": "USD", "us$": "USD", "€": "EUR", "¥": "JPY", "￥": "JPY", "円": "JPY",
	"₽": "RUB", "руб": "RUB", "руб.": "RUB", "£": "GBP",
	// Names German, Swiss and other exports write for the code.
	"euro": "EUR", "euros": "EUR", "sfr": "CHF", "sfr.": "CHF", "fr.": "CHF", "dollar": "USD", "us-dollar": "USD",
	"yen": "JPY", "rubel": "RUB", "рубль": "RUB", "рублей": "RUB", "pfund": "GBP",
}

// minorDigits is how many decimals a currency is priced in where it is not
// two: there are no yen cents.
var minorDigits = map[string]int{"JPY": 0, "KRW": 0, "ISK": 0, "CLP": 0, "HUF": 0}

// CurrencyCode reads a currency as playbooks and CRMs write it (a code in
// any case, "$", "€", "¥", "₽") and returns its ISO 4217 code, or "" when
// it is neither a known symbol nor three letters.
func CurrencyCode(s string) string {
	if isUpperCode(s) {
		return s // the common case, read on every price of a briefing
	}
	s = strings.TrimSpace(s)
	if code, ok := symbolCodes[strings.ToLower(s)]; ok {
		return code
	}
	if len(s) != 3 {
		return ""
	}
	for _, r := range s {
		if !unicode.IsLetter(r) || r > unicode.MaxASCII {
			return ""
		}
	}
	return strings.ToUpper(s)
}

// isUpperCode reports whether s is three ASCII capital letters, a currency
// code as it is stored.
func isUpperCode(s string) bool {
	return len(s) == 3 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z' && s[2] >= 'A' && s[2] <= 'Z'
}

// numberStyle is how a language writes amounts of money.
type numberStyle struct {
	group, decimal string
	// after puts the currency behind the number, after a no-break space.
	after bool
}

// numberStyles are the money formats of the languages talking points are
// written in; every other language is written the English way.
var numberStyles = map[string]numberStyle{
	"en": {group: ",", decimal: "."},
	"ja": {group: ",", decimal: "."},
	"de": {group: ".", decimal: ",", after: true},
	"ru": {group: "\u00a0", decimal: ",", after: true},
	"et": {group: "\u00a0", decimal: ",", after: true},
	// Swiss German writes money as the Swiss do: "CHF 81’900",
	// "CHF 157.50" (CLDR de-CH), not as in Germany.
	"de-ch": {group: "’", decimal: "."},
}

// styleOf is the money format of a locale: its own where it has one
// ("de-CH"), else its language's, else English.
func styleOf(locale string) numberStyle {
	if s, ok := numberStyles[normLocale(locale)]; ok {
		return s
	}
	if s, ok := numberStyles[baseLanguage(normLocale(locale))]; ok {
		return s
	}
	return numberStyles["en"]
}

// FormatAmount writes an amount of money the way the locale writes it, with
// cents only when the amount is not whole: "$1,234.50", "1.234,50 €",
// "¥120,000", "1 234,50 ₽" (a no-break space between the groups). A
// currency without a symbol of its own is written with its code ("USD 59"
// in English, "59 USD" in German); an empty currency gives the bare number.
func FormatAmount(locale, currency string, amount float64) string {
	st := styleOf(locale)
	code := CurrencyCode(currency)
	sign := currency
	if code != "" {
		sign = code
		if sym, ok := currencySymbols[code]; ok {
			sign = sym
		}
	}
	digits, ok := minorDigits[code]
	if !ok {
		digits = 2
	}
	scale := math.Pow10(digits)
	units := int64(math.Round(math.Abs(amount) * scale))
	var num strings.Builder
	writeGrouped(&num, strconv.FormatInt(units/int64(scale), 10), st.group)
	if frac := units % int64(scale); frac != 0 {
		num.WriteString(st.decimal)
		f := strconv.FormatInt(frac, 10)
		num.WriteString(strings.Repeat("0", digits-len(f)) + f)
	}
	minus := ""
	if units != 0 && amount < 0 {
		minus = "-"
	}
	switch {
	case sign == "":
		return minus + num.String()
	case st.after:
		return minus + num.String() + "\u00a0" + sign
	case isLetters(sign):
		return minus + sign + " " + num.String()
	}
	return minus + sign + num.String()
}

// formatCount writes a whole number of things with the locale's thousands
// separator: "1,160", "1.160", "1 160" (a no-break space).
func formatCount(locale string, n int) string {
	if n > -1000 && n < 1000 {
		return strconv.Itoa(n) // no separator to place
	}
	group := ","
	if locale != "en" {
		group = styleOf(locale).group
	}
	digits := strconv.Itoa(n)
	var b strings.Builder
	if n < 0 {
		b.WriteByte('-')
		digits = digits[1:]
	}
	writeGrouped(&b, digits, group)
	return b.String()
}

// writeGrouped writes decimal digits with group between each three from
// the right: "1234567" as "1,234,567".
func writeGrouped(b *strings.Builder, digits, group string) {
	for i := range len(digits) {
		if i > 0 && (len(digits)-i)%3 == 0 {
			b.WriteString(group)
		}
		b.WriteByte(digits[i])
	}
}

// isLetters reports whether a currency sign is a code ("USD", "CHF") rather
// than a symbol, so that it needs a space before the number.
func isLetters(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return s != ""
}

// Price is what one billing unit of a product costs in one currency.
type Price struct {
	Amount   float64
	Currency string
	// Listed is true when the product has no price in the currency asked
	// for and this is its list price in the playbook's currency instead.
	Listed bool
}

// PriceIn is the product's price in currency: its price in that currency
// when the playbook gives one, else its list price in the playbook's
// currency (listCurrency), marked Listed, and never a conversion. False
// when the product has no known price.
func (p Product) PriceIn(currency, listCurrency string) (Price, bool) {
	cur, list := CurrencyCode(currency), CurrencyCode(listCurrency)
	if v, ok := p.Prices[cur]; ok && cur != "" && v > 0 {
		return Price{Amount: v, Currency: cur}, true
	}
	if p.Price <= 0 {
		return Price{}, false
	}
	if list == "" {
		list = listCurrency
	}
	return Price{Amount: p.Price, Currency: list, Listed: cur != "" && list != cur}, true
}

// FormatPrice writes a price in the locale's format. A list price shown
// because the account's currency has none is written with its ISO code, so
// that nobody reads "$" as the customer's own dollars or mistakes it for a
// converted amount.
func FormatPrice(locale string, p Price) string {
	if p.Listed {
		return formatWithCode(locale, p.Currency, p.Amount)
	}
	return FormatAmount(locale, p.Currency, p.Amount)
}

// formatWithCode writes an amount with its currency's ISO code in place of
// its symbol: "USD 59", "59 USD".
func formatWithCode(locale, currency string, amount float64) string {
	code := CurrencyCode(currency)
	if code == "" {
		return FormatAmount(locale, currency, amount)
	}
	if d, ok := minorDigits[code]; ok && d == 0 {
		amount = math.Round(amount)
	}
	num := FormatAmount(locale, "", amount)
	if styleOf(locale).after {
		return num + "\u00a0" + code
	}
	return code + " " + num
}
