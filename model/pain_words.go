package model

import (
	"strings"
	"unicode"
)

// A pain category is broad: "compliance" covers keeping call recordings,
// producing a change history and the GDPR alike. Within a category, the
// product whose playbook sentence speaks of what the customer said is the
// one that solves it: painFit compares the two by their content words.

// stemLength is how many letters of a word are compared: "recordings" and
// "recorded" meet at "recor", "changes" and "change" at "chang".
const stemLength = 5

// stopWords are words too common to show that a sentence speaks of a pain.
var stopWords = map[string]bool{
	"the": true, "and": true, "for": true, "with": true, "our": true, "they": true, "their": true,
	"them": true, "that": true, "this": true, "have": true, "has": true, "can": true, "not": true,
	"are": true, "was": true, "were": true, "from": true, "into": true, "each": true, "every": true,
	"all": true, "when": true, "what": true, "who": true, "you": true, "your": true, "its": true,
	"out": true, "too": true, "any": true, "but": true, "now": true, "than": true, "then": true,
	"there": true, "which": true, "while": true, "without": true, "again": true, "still": true,
	"keep": true, "keeps": true, "kept": true, "takes": true, "take": true, "get": true, "gets": true,
	"team": true, "teams": true, "customer": true, "customers": true, "people": true, "time": true,
	"days": true, "day": true, "week": true, "weeks": true, "month": true, "months": true,
	"year": true, "years": true, "one": true, "two": true, "half": true, "more": true, "less": true,
	"make": true, "makes": true, "made": true, "just": true, "also": true, "only": true,
}

// contentStems are the stems of the words of s that carry meaning: letters
// and digits only, lower case, three letters or more, stop words left out.
func contentStems(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if len([]rune(w)) < 3 || stopWords[w] {
			continue
		}
		if r := []rune(w); len(r) > stemLength {
			w = string(r[:stemLength])
		}
		out[w] = true
	}
	return out
}

// painFit counts the content words the product's name and its playbook
// sentence for the pain's category share with the pain as the customer put
// it.
func painFit(pain PainPoint, p Product) int {
	said := contentStems(pain.Title)
	n := 0
	for w := range contentStems(p.Name + " " + p.Solves[pain.Category]) {
		if said[w] {
			n++
		}
	}
	return n
}
