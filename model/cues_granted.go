package model

import (
	"slices"
	"strings"
)

// A decision-maker who already said yes is no one to win over: "Einkauf
// hat freigegeben", 稟議も通った, «директор одобрил», "juhatus kinnitas"
// leave no authority cue, unless the clause says the yes is still to come
// ("needs to be approved", „muss genehmigt werden“, 承認待ち).

// cueGrantedStems are the starts of folded words saying approval was given.
var cueGrantedStems = []string{
	"approved", "okayed", "greenlit", "green-lit", "signed",
	"freigegeben", "genehmigt", "zugestimmt", "abgesegnet", "unterschrieben", "bewilligt", "erteilt",
	"одобрил", "одобрен", "согласовал", "согласован", "утвердил", "утвержден", "подписал", "подписан",
	"kinnitas", "kinnitatud", "kinnitati", "kinnitanud", "kiitis", "kiideti", "kiidetud", "allkirjast",
}

// cueStillToComeStems say the approval is still to come, in the same
// clause: a need, a wait, a condition.
var cueStillToComeStems = []string{
	"need", "must", "until", "wait", "pending", "once", "if", "before", "will", "yet",
	"muss", "musse", "soll", "bis", "wart", "erst", "wenn", "sobald", "noch",
	"нужн", "надо", "долж", "жд", "пока", "если", "после", "ещё", "еще",
	"peab", "peavad", "vaja", "oota", "kui", "kuni", "enne", "veel",
}

// cueGrantedTexts and cueStillToComeTexts are the same in a language
// written without spaces.
var (
	cueGrantedTexts     = []string{"通った", "通りました", "承認済", "承認された", "承認されました", "承認を得", "承認をもら", "決裁済", "決裁が下り", "稟議済", "了承済", "了承を得", "ゴーサイン"}
	cueStillToComeTexts = []string{"必要", "待ち", "まで", "予定", "次第", "たら", "れば", "前に", "中"}
)

// grantedWords reports whether the clause [cs, ce) says approval was given
// and nothing in it says it is still to come.
func grantedWords(words []cueWord, cs, ce int) bool {
	given := false
	for k := cs; k < ce; k++ {
		w := words[k].norm
		if startsWithAny(w, cueStillToComeStems...) || (w == "has" || w == "have") && k+1 < ce && words[k+1].norm == "to" {
			return false
		}
		given = given || startsWithAny(w, cueGrantedStems...)
		// „Die Freigabe liegt schon vor“
		given = given || w == "liegt" && slices.ContainsFunc(words[k+1:min(ce, k+4)], func(t cueWord) bool { return t.norm == "vor" })
		// "signed off", "gave the green light"
		given = given || w == "green" && k+1 < ce && words[k+1].norm == "light"
	}
	return given
}

// grantedText is grantedWords for a clause of a spaceless note.
func grantedText(clause string) bool {
	for _, t := range cueStillToComeTexts {
		if strings.Contains(clause, t) {
			return false
		}
	}
	for _, t := range cueGrantedTexts {
		if strings.Contains(clause, t) {
			return true
		}
	}
	return false
}
