package model

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// A pain category is broad: "compliance" covers keeping call recordings,
// producing a change history and the GDPR alike. Within a category, the
// product whose playbook sentence speaks of what the customer said is the
// one that solves it: painFit compares the two by their content words, in
// English and in every language the playbook says it in, since customers
// put their pains in their own words and their own language.

// stemLength is how many letters of a word are compared: "recordings" and
// "recorded" meet at "recor", "Änderungen" and "Änderungshistorie" at
// "änder", "записи" and "записей" at "запис".
const stemLength = 5

// stopWords are words too common to show that a sentence speaks of a pain,
// in the languages accounts are spoken to in that write words apart
// (English, German, Russian, Estonian); words under three letters never
// count.
var stopWords = wordSet(
	// English
	"the and for with our they their them that this have has can not are was were from into each every",
	"all when what who you your its out too any but now than then there which while without again still",
	"keep keeps kept takes take get gets team teams customer customers people time days day week weeks",
	"month months year years one two half more less make makes made just also only",
	"someone somebody anyone anybody nobody nothing something everyone everything",
	"never always often sometimes usually rarely ever",
	// German
	"der die das den dem des und oder aber nicht kein keine keinen ist sind war waren wird werden wurde",
	"hat haben hatte hatten wir uns unser unsere unseren unserer ihr ihre ihren sie ihnen ein eine einen",
	"einem einer eines mit von vom für auf bei aus nach über unter vor bis durch gegen ohne zum zur",
	"noch schon immer wieder auch nur mehr weniger sehr jeder jede jedes jeden alle allen alles",
	"dass weil wenn als wie was wer man sich hier dort dann jetzt heute kann können muss müssen soll",
	"will wollen damit dabei davon dafür team teams kunde kunden leute zeit tag tage tagen woche wochen",
	"monat monate monaten jahr jahre jahren halbe hälfte selbst ganz ganze",
	"jemand jemanden niemand niemanden etwas nichts alle jeder",
	"nie niemals oft manchmal meistens selten ständig",
	// Russian
	"что это как так все всё для при или нет нас наш наша наше наши нам нами они них ним его она оно",
	"был была были было быть есть будет уже еще ещё тоже также только очень каждый каждая каждое",
	"каждые каждого каждую без над под про через после перед между когда где кто чем чтобы если",
	"потому опять снова всегда команда команды клиент клиенты клиентов люди время день дня дней",
	"неделю недели неделя неделе неделях недель дни днём месяц месяца месяцев месяце месяцы год года году годы лет половина",
	"никто никого никому ничего ничто кто кого чего некому нечего всех всем",
	"никогда часто иногда обычно редко постоянно",
	// Estonian
	"ning see seda selle need neid meie meil meid mida mis kes kui aga või pole ole oli olid olnud",
	"on ka juba veel ainult väga iga igal igat kõik kõiki ilma enne pärast vahel kuni oma nad neil",
	"tema nende siis nüüd alati jälle uuesti meeskond klient kliendid kliente inimesed aeg päev päeva",
	"päevad päeval päevas päevi nädal nädala nädalas nädalal nädalat nädalaga kuu kuus kuud kuul aasta aastas aastal pool",
	"keegi kedagi keski midagi miski mitte kõigil",
	"kunagi tihti sageli mõnikord tavaliselt harva pidevalt",
	"läheb lähevad läks läksid tuleb tulevad tuli tulid saab saavad sai välja sisse tagasi",
)

// japaneseStopPairs are kanji pairs of time and quantity too common to show
// that a sentence speaks of a pain: "5週間" and "最初の1週間" share a week,
// not a problem.
var japaneseStopPairs = map[string]bool{
	"週間": true, "時間": true, "日間": true, "月間": true, "年間": true, "毎日": true, "毎週": true,
	"毎月": true, "毎回": true, "今日": true, "今週": true, "今月": true, "来週": true, "来月": true,
	"半年": true, "全員": true, "全部": true, "以上": true, "以下": true,
}

// wordSet makes a set of the space-separated words of lines, their letters
// folded as contentStems folds them.
func wordSet(lines ...string) map[string]bool {
	out := map[string]bool{}
	for _, l := range lines {
		for _, w := range strings.Fields(l) {
			out[strings.Map(foldLetter, w)] = true
		}
	}
	return out
}

// ideographic reports whether r is written without spaces between words:
// Han or katakana (with the katakana long vowel mark). Hiragana is left
// out: in Japanese it mostly writes particles and endings, which say
// nothing of the pain.
func ideographic(r rune) bool {
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Katakana, r) || r == 'ー'
}

// katakana reports whether r is written in katakana (with its long vowel
// mark), the script of loanwords.
func katakana(r rune) bool { return unicode.Is(unicode.Katakana, r) || r == 'ー' }

// stemCache keeps the content stems of the playbook's sentences, which are
// compared with every open pain of every account briefed.
var stemCache sync.Map

// contentStems are the stems of the words of s that carry meaning: letters
// and digits only, lower case, three letters or more, stop words left out,
// cut to stemLength letters. Runs of Han, which have no spaces between
// words, count as their overlapping pairs of characters, and a run of
// katakana as one word: "監査ログ" as 監査 and ログ.
func contentStems(s string) map[string]bool {
	out := map[string]bool{}
	var word, run []rune
	flushWord := func() {
		if w := string(word); len(word) >= 3 && !stopWords[w] {
			if len(word) > stemLength {
				w = string(word[:stemLength])
			}
			out[w] = true
		}
		word = word[:0]
	}
	flushRun := func() {
		if len(run) > 0 && katakana(run[0]) {
			// A katakana word is one loanword: スキャン (scan) and キャン
			// ペーン (campaign) share letters, not meaning.
			if len(run) >= 2 {
				out[string(run)] = true
			}
			run = run[:0]
			return
		}
		for i := 0; i+1 < len(run); i++ {
			if pair := string(run[i : i+2]); !japaneseStopPairs[pair] {
				out[pair] = true
			}
		}
		run = run[:0]
	}
	for _, r := range strings.ToLower(s) {
		r = foldLetter(r)
		switch {
		case ideographic(r):
			flushWord()
			if len(run) > 0 && katakana(run[0]) != katakana(r) {
				flushRun()
			}
			run = append(run, r)
		case unicode.Is(unicode.Hiragana, r):
			flushWord()
			flushRun()
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			flushRun()
			word = append(word, r)
		default:
			flushWord()
			flushRun()
		}
	}
	flushWord()
	flushRun()
	return out
}

// foldLetter folds what inflection or spelling changes in a letter: German
// plurals put umlauts on a stem ("Zugang", "Zugänge") and Russian writes ё
// as е as often as not.
func foldLetter(r rune) rune {
	switch r {
	case 'ä':
		return 'a'
	case 'ö':
		return 'o'
	case 'ü':
		return 'u'
	case 'ё':
		return 'е'
	}
	return r
}

// sentenceStems is contentStems of a playbook sentence, computed once.
func sentenceStems(s string) map[string]bool {
	if v, ok := stemCache.Load(s); ok {
		return v.(map[string]bool)
	}
	stems := contentStems(s)
	stemCache.Store(s, stems)
	return stems
}

// painFit counts the content words the product's name and its playbook
// sentence for the pain's category share with the pain as the customer put
// it: the most shared with the sentence in any one language (the product's
// name counts in each). Words common to the category's sentences do not
// count (see commonPainWords).
func (c *Catalog) painFit(pain PainPoint, p Product) int {
	var m *memo[fitKey, int]
	if c != nil {
		m = c.fits
	}
	return m.get(fitKey{pain.Category, pain.Title, p.ID}, func() int { return c.painFitOf(pain, p) })
}

// painFitOf is painFit computed.
func (c *Catalog) painFitOf(pain PainPoint, p Product) int {
	said := contentStems(pain.Title)
	if c != nil {
		for w := range c.commonWords[pain.Category] {
			delete(said, w)
		}
	}
	name := sentenceStems(p.Name)
	// A name word that is the category's own ("Premium Support" for a
	// support pain) tells nothing of which product fits: every pain of the
	// category speaks of it, "our support team is swamped" too.
	if own := sentenceStems(strings.ReplaceAll(pain.Category, "_", " ")); len(own) > 0 {
		kept := make(map[string]bool, len(name))
		for w := range name {
			if !own[w] {
				kept[w] = true
			}
		}
		name = kept
	}
	shared := func(sentence string) int {
		n := 0
		for w := range name {
			if said[w] {
				n++
			}
		}
		stems := sentenceStems(sentence)
		for w := range stems {
			if said[w] && !name[w] {
				n++
			}
		}
		n += shortStemsMet(said, stems, name)
		return n - hanOverlaps(said, stems, pain.Title, sentence)
	}
	best := shared(p.Solves[pain.Category])
	for _, t := range p.Texts {
		if s := t.Solves[pain.Category]; s != "" {
			best = max(best, shared(s))
		}
	}
	return best
}

// hanOverlaps counts the pairs of Han characters shared with a sentence
// that continue another shared pair in a word both write whole: 手入力 is
// 手入 and 入力, one word, not two. Without it a single three-character
// word in common (「値引き率を手入力している」 and a help desk's 「回答を手入力
// する必要がなくなる」) passed for two and claimed the pain in their words.
func hanOverlaps(said, stems map[string]bool, title, sentence string) int {
	// Only pairs of Han both say can overlap: usually none or one.
	var pairs [][]rune
	for w := range stems {
		if said[w] {
			if r := []rune(w); len(r) == 2 && unicode.Is(unicode.Han, r[0]) && unicode.Is(unicode.Han, r[1]) {
				pairs = append(pairs, r)
			}
		}
	}
	if len(pairs) < 2 {
		return 0
	}
	title, sentence = strings.ToLower(title), strings.ToLower(sentence)
	n := 0
	for _, r := range pairs {
		for _, q := range pairs {
			if q[0] == r[1] {
				if word := string([]rune{r[0], r[1], q[1]}); strings.Contains(title, word) && strings.Contains(sentence, word) {
					n++
					break
				}
			}
		}
	}
	return n
}

// shortStemsMet counts the Russian words of four letters, on either side,
// that begin a longer word of the other and meet nothing else: a short
// word is its own stem, so «слив» meets «сливают» and «план» «планируем».
// Name stems are left to the name. Not in English: "work" would meet
// "workflows".
func shortStemsMet(said, stems, name map[string]bool) int {
	n := 0
	for w := range said {
		if !stems[w] && !name[w] && shortStem(w) && prefixOfAny(w, stems) {
			n++
		}
	}
	for w := range stems {
		if !said[w] && !name[w] && shortStem(w) && prefixOfAny(w, said) {
			n++
		}
	}
	return n
}

// shortStem reports whether a stem is a whole Cyrillic word shorter than
// stemLength but long enough to mean something alone (four letters).
func shortStem(w string) bool {
	return utf8.RuneCountInString(w) == stemLength-1 && !strings.ContainsFunc(w, func(r rune) bool { return !unicode.Is(unicode.Cyrillic, r) })
}

// prefixOfAny reports whether w begins a longer stem of set.
func prefixOfAny(w string, set map[string]bool) bool {
	for s := range set {
		if len(s) > len(w) && strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}
