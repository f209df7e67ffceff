package model

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// foldCueRune appends r to b as cue matching compares it: lower case,
// without the accents a fast typist leaves out (ä, ö, ü, õ, é, ё), ß as ss,
// full-width Latin letters and digits as ASCII, and typographic quotes and
// dashes as their plain forms.
func foldCueRune(b []byte, r rune) []byte {
	if r >= 0xFF01 && r <= 0xFF5E { // full-width ASCII: ２０人, ＯＫ
		r -= 0xFEE0
	}
	r = unicode.ToLower(r)
	switch r {
	case 'ä', 'á', 'à', 'â', 'å':
		r = 'a'
	case 'ö', 'ó', 'ò', 'ô', 'õ':
		r = 'o'
	case 'ü', 'ú', 'ù', 'û':
		r = 'u'
	case 'é', 'è', 'ê', 'ë':
		r = 'e'
	case 'í', 'ì', 'î', 'ï':
		r = 'i'
	case 'š':
		r = 's'
	case 'ž':
		r = 'z'
	case 'ё':
		r = 'е'
	case '’', '‘', '`', '´':
		r = '\''
	case '‐', '‑', '–', '—':
		r = '-'
	case '？':
		r = '?'
	case 'ß':
		return append(b, 's', 's')
	}
	return utf8.AppendRune(b, r)
}

// foldCue folds a whole string; see foldCueRune.
func foldCue(s string) string {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		b = foldCueRune(b, r)
	}
	return string(b)
}

// isCueWordRune reports whether r is part of a word.
func isCueWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// isCueClauseMark reports whether r ends a clause (negation does not reach
// past it), and isCueSentenceMark whether it ends a sentence.
func isCueClauseMark(r rune) bool {
	switch r {
	case ',', ';', ':', '(', ')', '[', ']', '/', '•', '、', '，', '；', '：', '「', '」', '（', '）':
		return true
	}
	return false
}

func isCueSentenceMark(r rune) bool {
	switch r {
	case '.', '!', '?', '…', '\n', '\r', '。', '！', '？', '¿', '¡':
		return true
	}
	return false
}

// cueWord is one word of a note.
type cueWord struct {
	// norm is the folded word.
	norm string
	// start and end are the word's byte offsets in the note as typed.
	start, end int
	// clause and sentence number the word's clause and sentence.
	clause, sentence int
	// number is the word's value when it is a number; isNumber says so.
	number   int
	isNumber bool
	// percent is set when a % sign follows the number.
	percent bool
	// negation is set when the word is one of the language's negations.
	negation bool
}

// cueWords is a note split into words, clauses and sentences.
type cueWords struct {
	words []cueWord
	// questions marks the sentences that end with a question mark.
	questions []bool
}

// splitCueWords splits a note into words. Apostrophes and hyphens inside a
// word keep it whole ("don't", "follow-up"), and so do the separators of a
// number ("1,000", "2.5"). Punctuation such as commas starts a new clause;
// full stops, question marks and line breaks a new sentence.
func splitCueWords(src string) cueWords {
	var out cueWords
	buf := make([]byte, 0, len(src)+16)
	type span struct{ ns, ne, start, end, clause, sentence int }
	spans := make([]span, 0, len(src)/5+1)
	clause, sentence := 0, 0
	opened := -1 // the clause an open bracket interrupts; -1 when none is open
	top := 0     // the highest clause number given so far
	inWord := false
	var cur span
	allDigits := true
	prev := rune(0)
	endWord := func(end int) {
		if inWord {
			cur.end, cur.ne = end, len(buf)
			spans = append(spans, cur)
			inWord = false
		}
	}
	out.questions = append(out.questions, false)
	for i := 0; i < len(src); {
		r, size := utf8.DecodeRuneInString(src[i:])
		next, _ := utf8.DecodeRuneInString(src[i+size:])
		switch {
		case isCueWordRune(r):
			if !inWord {
				inWord = true
				allDigits = true
				cur = span{ns: len(buf), start: i, clause: clause, sentence: sentence}
			}
			if !unicode.IsDigit(r) {
				allDigits = false
			}
			buf = foldCueRune(buf, r)
		case inWord && (r == '\'' || r == '’' || r == '-' || r == '‐' || r == '‑') && isCueWordRune(next) && !unicode.IsDigit(prev):
			buf = foldCueRune(buf, r)
		case inWord && (r == ',' || r == '.' || r == '\u00a0' || r == '\'' || r == '’') && allDigits && unicode.IsDigit(prev) && unicode.IsDigit(next):
			// A number's grouping or decimal mark: 1,000 / 1.000 / 2.5.
			buf = append(buf, byte('.'))
		case inWord && r == '.' && !allDigits && webDomainFollows(src[i+size:]):
			// A product named by its web address: "Monday.com".
			buf = append(buf, '.')
		case inWord && r == '-' && allDigits && unicode.IsDigit(next) && isoDateAt(src, cur.start):
			// A date written year first: "2027-02-03".
			buf = append(buf, '-')
		case inWord && r == '/' && allDigits && unicode.IsDigit(prev) && unicode.IsDigit(next):
			// A date written month first: "12/14", "1/15/2027".
			buf = append(buf, '/')
		case inWord && r == '/' && len(buf)-cur.ns == 1 && ((prev == 'w' || prev == 'W') && !isCueWordRune(next) || (prev == 'f' || prev == 'F') && (next == 'u' || next == 'U')):
			// "sync w/ NetSuite": "with"; "f/u Thu": follow up. No
			// clause ends there.
			buf = append(buf, '/')
		case inWord && (r == ' ' || r == '\u202f' || r == '\u2009') && allDigits && len(buf)-cur.ns <= 3 && thousandsFollow(src, i):
			// Thousands grouped by a space: «1 200 водителей», "1 200 drivers".
			buf = append(buf, byte('.'))
		default:
			endWord(i)
			switch {
			case r == '.' && unicode.IsDigit(prev) && unicode.IsDigit(next):
			case r == '.' && unicode.IsDigit(prev) && monthFollows(src[i+size:]):
				// A day's full stop: „zum 1. Februar“, "1. veebruaril".
			case r == '.' && len(spans) > 0 && spans[len(spans)-1].end == i && dayMonthShaped(string(buf[spans[len(spans)-1].ns:spans[len(spans)-1].ne])):
				// A date's closing stop: „bis 8.1. im Urlaub“.
			case r == '.' && len(spans) > 0 && spans[len(spans)-1].end == i && abbreviation(string(buf[spans[len(spans)-1].ns:spans[len(spans)-1].ne])):
				// "Hr. Wagner", "Kd. will", "ca. 30": no sentence ends.
			case isCueSentenceMark(r):
				if r == '?' || r == '？' {
					out.questions[sentence] = true
				}
				if len(spans) > 0 && spans[len(spans)-1].sentence == sentence {
					sentence++
					top++
					clause, opened = top, -1
					out.questions = append(out.questions, false)
				}
			case (r == ')' || r == ']') && opened >= 0 && len(spans) > 0 && spans[len(spans)-1].sentence == sentence:
				// "Integration (Merit) fails": the clause the brackets
				// interrupt goes on after them.
				clause, opened = opened, -1
			case isCueClauseMark(r) || (r == '-' && unicode.IsSpace(prev) && unicode.IsSpace(next)):
				if r == '(' || r == '[' {
					opened = clause
				}
				top++
				clause = top
			}
		}
		prev = r
		i += size
	}
	endWord(len(src))
	norm := string(buf)
	out.words = make([]cueWord, len(spans))
	for i, s := range spans {
		w := cueWord{norm: norm[s.ns:s.ne], start: s.start, end: s.end, clause: s.clause, sentence: s.sentence}
		w.number, w.isNumber = parseCueNumber(w.norm)
		if !w.isNumber {
			w.number, w.isNumber = cueNumberWord(w.norm)
		}
		if w.isNumber {
			rest := strings.TrimLeft(src[s.end:], " \u00a0")
			w.percent = strings.HasPrefix(rest, "%") || strings.HasPrefix(rest, "％")
		}
		out.words[i] = w
	}
	return out
}

// isoDateAt reports whether a date written year first ("2027-02-03")
// starts at byte i of src.
func isoDateAt(src string, i int) bool {
	if i+10 > len(src) || i+10 < len(src) && src[i+10] >= '0' && src[i+10] <= '9' {
		return false
	}
	for k := range 10 {
		c := src[i+k]
		if k == 4 || k == 7 {
			if c != '-' {
				return false
			}
		} else if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// parseCueNumber reads a whole number written with digits, with or without
// grouping marks ("20", "1.000", "1,000"); a decimal such as 2.5 is not a
// count and is not read.
func parseCueNumber(s string) (int, bool) {
	if s == "" || s[0] < '0' || s[0] > '9' {
		return 0, false
	}
	digits := s
	if strings.Contains(s, ".") {
		parts := strings.Split(s, ".")
		for _, p := range parts[1:] {
			if len(p) != 3 {
				return 0, false
			}
		}
		digits = strings.Join(parts, "")
	}
	n, err := strconv.Atoi(digits)
	if err != nil || n <= 0 {
		return 0, false
	}
	return n, true
}

// looksLikeYear reports whether a number is more likely a year than a count.
func looksLikeYear(n int) bool { return n >= 1990 && n <= 2100 }

// monthFollows reports whether text, after spaces, starts with a month's
// name, or a word that a day's or a year's full stop stands before.
func monthFollows(text string) bool {
	text = strings.TrimLeft(text, " \u00a0")
	end := strings.IndexFunc(text, func(r rune) bool { return !isCueWordRune(r) })
	if end < 0 {
		end = len(text)
	}
	w := foldCue(text[:end])
	// "12. kuupäeval", and the Estonian year: "2024. aasta mais".
	return end > 0 && (isMonthWord(w) || strings.HasPrefix(w, "kuupaev") || strings.HasPrefix(w, "aasta"))
}

// abbreviations are the short words reps end with a full stop in notes
// that ends no sentence, folded to lower case: titles, "customer",
// "about", "approximately" and the like in the five languages.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "jr": true, "sr": true, "st": true,
	"vs": true, "etc": true, "approx": true, "inc": true, "ltd": true, "corp": true, "co": true, "tel": true, "cust": true, "mgr": true, "dept": true,
	"hr": true, "fr": true, "kd": true, "ca": true, "bzw": true, "usw": true, "evtl": true, "ggf": true, "inkl": true, "zzgl": true, "nr": true, "abt": true, "gf": true,
	"pr": true, "nt": true, "jne": true, "jms": true, "lk": true, "u": true, "dir": true,
	"jan": true, "feb": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "okt": true, "nov": true, "dec": true, "dez": true,
	"т": true, "тыс": true, "млн": true, "ген": true, "др": true, "ул": true, "см": true, "напр": true, "зам": true, "чел": true, "сотр": true, "мес": true,
}

// abbreviation reports whether a word (folded to lower case) followed by
// a full stop is an abbreviation or an initial, not a sentence's end.
func abbreviation(word string) bool {
	return abbreviations[word] || utf8.RuneCountInString(word) == 1 && !unicode.IsDigit([]rune(word)[0])
}

// thousandsFollow reports whether the mark at byte i of src stands between
// digits as a thousands separator: a digit before it, and exactly three
// digits after it, then no digit ("1 200", "1,200", not "3 2026").
func thousandsFollow(src string, i int) bool {
	prev, _ := utf8.DecodeLastRuneInString(src[:i])
	if !unicode.IsDigit(prev) {
		return false
	}
	_, size := utf8.DecodeRuneInString(src[i:])
	rest := src[i+size:]
	n := 0
	for n < len(rest) && rest[n] >= '0' && rest[n] <= '9' {
		n++
	}
	return n == 3
}

// dayMonthShaped reports whether a folded word is a day and a month
// written with numbers ("8.1", "15.12"), whose closing full stop ends no
// sentence.
func dayMonthShaped(w string) bool {
	d, m, ok := strings.Cut(w, ".")
	return ok && len(d) >= 1 && len(d) <= 2 && len(m) >= 1 && len(m) <= 2 && strings.Trim(d+m, "0123456789") == ""
}

// webDomains are the endings of web addresses that products go by
// ("Monday.com", "Outreach.io").
var webDomains = []string{"com", "io", "ai", "net"}

// webDomainFollows reports whether text starts with the ending of a web
// address and the word ends there: the full stop of "Monday.com" ends no
// sentence.
func webDomainFollows(text string) bool {
	for _, d := range webDomains {
		if len(text) >= len(d) && strings.EqualFold(text[:len(d)], d) {
			r, _ := utf8.DecodeRuneInString(text[len(d):])
			if len(text) == len(d) || !isCueWordRune(r) {
				return true
			}
		}
	}
	return false
}

// cueStretchStops end the stretch of a note around a match (see
// stretchAround).
const cueStretchStops = ",;.!?、。\n()–"

// stretchAround returns the byte offsets of the stretch of text around the
// match [start, end) that no punctuation interrupts: roughly its clause,
// for rules that look at the words said beside a match.
func stretchAround(text string, start, end int) (from, to int) {
	from = strings.LastIndexAny(text[:start], cueStretchStops) + 1
	to = len(text)
	if i := strings.IndexAny(text[end:], cueStretchStops); i >= 0 {
		to = end + i
	}
	return from, to
}
