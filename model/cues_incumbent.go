package model

import (
	"slices"
	"strings"
)

// cueCurrentUseWords say what the customer uses today, folded: "still
// on", "currently using", „nutzen aktuell“, «сидят на», «пользуются»,
// "kasutavad praegu".
var cueCurrentUseWords = map[string]bool{
	"use": true, "uses": true, "using": true, "currently": true, "still": true, "runs": true, "running": true,
	"nutzen": true, "nutzt": true, "verwenden": true, "verwendet": true, "aktuell": true, "derzeit": true, "momentan": true, "noch": true,
	"сидят": true, "сидим": true, "используют": true, "используем": true, "пользуются": true, "пользуемся": true, "работают": true, "работаем": true,
	"kasutavad": true, "kasutame": true, "kasutab": true, "praegu": true, "endiselt": true,
}

// currentUseClauses marks the clauses that say what the customer uses
// today (see cueCurrentUseWords).
func currentUseClauses(words []cueWord) map[int]bool {
	out := map[int]bool{}
	for _, w := range words {
		if cueCurrentUseWords[w.norm] {
			out[w.clause] = true
		}
	}
	return out
}

// cueCurrentUseTexts say the same in Japanese: 使用中, 利用中, 使っている,
// 導入済み.
var cueCurrentUseTexts = []string{"使用中", "利用中", "使っている", "使ってる", "使用して", "利用して", "導入済", "現在"}

// currentUseText reports whether a spaceless clause's folded text says
// what the customer uses today.
func currentUseText(text string) bool {
	return slices.ContainsFunc(cueCurrentUseTexts, func(p string) bool { return strings.Contains(text, p) })
}

// cueComparingStems are the starts of words, folded, by which a note says
// the customer compares now ("comparing with us", „vergleichen“,
// «сравнивают», "võrdlevad"): a rival they use today and weigh against
// us is one they are looking at, not one they might compare some day.
var cueComparingStems = []string{"compar", "vergleich", "сравнива", "сравнил", "vordle", "vordlu"}

// comparingSentences marks the sentences of a note that say the customer
// compares now.
func comparingSentences(words []cueWord) map[int]bool {
	out := map[int]bool{}
	for _, w := range words {
		if slices.ContainsFunc(cueComparingStems, func(s string) bool { return strings.HasPrefix(w.norm, s) }) {
			out[w.sentence] = true
		}
	}
	return out
}

// comparingText reports whether a Japanese sentence's folded text says
// the customer compares now (比較, 見比べ).
func comparingText(text string) bool {
	return strings.Contains(text, "比較") || strings.Contains(text, "見比べ")
}
