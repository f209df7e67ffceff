package model

// cueNextYearReach is how many words from a month "next year" may stand
// and still say the month's year: "December of next year", „Ende
// Dezember nächsten Jahres“, «в следующем году в марте», "järgmise aasta
// märtsi lõpuni".
const cueNextYearReach = 4

// nextYearAt reports whether the words [from, to) say "next year" at word
// k: a year word after a word of cueNextWords ("next year", „nächsten
// Jahres“, «следующего года», "järgmise aasta").
func (l *cueLang) nextYearAt(words []cueWord, k, from, to int) bool {
	return k > from && k < to && cueNextWords[words[k-1].norm] && l.unitOf(words[k].norm) == "year"
}

// nextYearBeside reports whether "next year" is said close to the month
// at word k, after it ("in December next year") or before it ("järgmise
// aasta märtsi lõpuni"): the month is the one of the next calendar year,
// not its next occurrence, which may be tomorrow.
func (l *cueLang) nextYearBeside(words []cueWord, k, from, to int) bool {
	for j := max(from, k-cueNextYearReach); j < min(to, k+cueNextYearReach+1); j++ {
		if j != k && l.nextYearAt(words, j, from, to) {
			return true
		}
	}
	return false
}

// yearOfAMonth reports whether "next year" at word k says the year of a
// month named close to it: the date is the month's, not the year's
// first working day.
func (l *cueLang) yearOfAMonth(words []cueWord, k, from, to int) bool {
	if !l.nextYearAt(words, k, from, to) {
		return false
	}
	for j := max(from, k-cueNextYearReach); j < min(to, k+cueNextYearReach+1); j++ {
		if j != k && j != k-1 && isMonthWord(words[j].norm) {
			return true
		}
	}
	return false
}
