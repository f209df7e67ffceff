package model

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// CueContactLeaving is the Category of a churn risk that is one person
// leaving: the champion, the admin, the contact the account runs through
// ("Champion (Mark) leaving end of Dec", „Fr. Schulz verlässt das
// Unternehmen“, «наш чемпион Олег уходит», "Kadri lahkub", 田中さんが退職).
// The day they go is no follow-up; the reply asks for a handover.
const CueContactLeaving = "contact leaving"

// contactLeavingRule is the rule such a person leaving is heard by.
var contactLeavingRule = &cueRule{kind: CueChurnRisk, role: roleCue}

// cueLeaveStems are the starts of folded words for one person leaving a
// company: "leaving", „verlässt“, «уходит», «увольняется», "lahkub".
var cueLeaveStems = []string{
	"leaving", "leaves", "quitting", "quits", "resign", "retiring", "departing",
	"verlasst", "verlassen", "scheidet", "kundigt",
	"уходит", "уйдет", "увольняется", "уволился", "уволилась", "уволится",
	"lahkub", "lahkumas", "lahkus",
}

// cueLeavePairs are the same in two words: "last day", "moving on", „in
// Rente“, „in den Ruhestand“, «на пенсию», "pensionile".
var cueLeavePairs = [][2]string{{"last", "day"}, {"moving", "on"}, {"in", "rente"}, {"den", "ruhestand"}, {"на", "пенсию"}, {"laheb", "pensionile"}}

// cueContactWords are the starts of folded words for the person an
// account runs through: champion, sponsor, contact, admin.
var cueContactWords = []string{
	"champion", "sponsor", "contact", "admin", "poc",
	"ansprechpartner", "kontakt",
	"чемпион", "контакт", "админ", "ответственн",
	"kontaktisik",
}

// cueTitleWords are titles said before a name: „Fr. Schulz“, "Mr Lee".
var cueTitleWords = map[string]bool{"fr": true, "hr": true, "frau": true, "herr": true, "mr": true, "mrs": true, "ms": true}

// cueLeftBehind after a leave word make it something left, not a job:
// "leaving a message", "leaving a voicemail", "leaves it there".
var cueLeftBehind = map[string]bool{"a": true, "message": true, "voicemail": true, "vm": true, "note": true, "it": true, "them": true}

// cueLeavingFor, just after a leave word, say someone leaves a meeting or
// the office, not the company: "was leaving early for a flight", „verlässt
// das Meeting“, «уходит в отпуск», "lahkub puhkusele".
var cueLeavingFor = map[string]bool{
	"early": true, "flight": true, "meeting": true, "call": true, "office": true, "vacation": true, "holiday": true, "holidays": true, "trip": true, "today": true, "now": true, "soon": true,
	"fruher": true, "termin": true, "urlaub": true, "buro": true, "heute": true,
	"отпуск": true, "встречу": true, "раньше": true, "сегодня": true, "офиса": true,
	// «на это уходит два дня»: time it takes, nobody leaving.
	"день": true, "дня": true, "дней": true, "час": true, "часа": true, "часов": true, "полдня": true, "неделя": true, "недели": true, "неделю": true, "время": true, "времени": true, "минут": true,
	"puhkusele": true, "koosolekult": true, "varem": true, "tana": true,
}

// cueGroupWords say it is the company, not one person, that would leave:
// "they are leaving us", „sie verlassen uns“, «уходят от нас».
var cueGroupWords = map[string]bool{
	"we": true, "they": true, "theyre": true, "they're": true, "us": true, "wir": true, "sie": true, "uns": true,
	"мы": true, "они": true, "нас": true, "это": true, "этого": true, "me": true, "nad": true, "meid": true, "meilt": true,
}

// contactLeavingAt reports whether word i of the sentence [ss, se) says
// one person leaves: a leave word with, up to three words before it, a
// word for the contact, a title („Fr.“), or a name (a capitalised word);
// [from, to) are the words it covers.
func contactLeavingAt(src string, words []cueWord, i, ss, se int) (from, to int, ok bool) {
	w := words[i].norm
	end := i + 1
	leave := startsWithAny(w, cueLeaveStems...)
	for _, p := range cueLeavePairs {
		if !leave && i+1 < se && w == p[0] && words[i+1].norm == p[1] {
			leave, end = true, i+2
		}
	}
	if !leave {
		return 0, 0, false
	}
	for k := i; k < min(se, end+3); k++ {
		if cueGroupWords[words[k].norm] || k == end && cueLeftBehind[words[k].norm] || k >= end && cueLeavingFor[words[k].norm] {
			return 0, 0, false // "leaving us", "leaving a message", "leaving early for a flight"
		}
	}
	for k := i - 1; k >= max(ss, i-3); k-- {
		n := words[k].norm
		if cueGroupWords[n] {
			return 0, 0, false
		}
		first := k == ss && !onlyAuxiliaries(words[k+1:i]) // "Sarah is leaving": a name, first or not
		if startsWithAny(n, cueContactWords...) || cueTitleWords[n] || isName(src, words[k], first) {
			if words[k].clause != words[i].clause {
				k = i // "Champion (Mark) leaving": quote the leaving, not the bracket
			}
			return k, end, true
		}
	}
	return 0, 0, false
}

// isName reports whether a word is written as a name: a capital, then
// small letters; a sentence's first word only when asked not to doubt it.
func isName(src string, w cueWord, first bool) bool {
	if first {
		return false
	}
	r, n := utf8.DecodeRuneInString(src[w.start:w.end])
	if !unicode.IsUpper(r) || w.end-w.start <= n {
		return false
	}
	rest := src[w.start+n : w.end]
	return strings.ToLower(rest) == rest
}

// cueLeaveTexts and cueHonorificTexts are the same in a language written
// without spaces: 退職 or 異動 after さん, 様, 部長….
var (
	cueLeaveTexts     = []string{"退職", "異動", "辞め", "退社"}
	cueHonorificTexts = []string{"さん", "様", "氏", "部長", "課長", "担当", "チャンピオン"}
)

// contactLeavingText finds one person leaving in a clause of a spaceless
// note: the byte offsets within the clause; 希望退職 (a round of
// voluntary redundancies) is a team shrinking instead.
func contactLeavingText(clause string) (from, to int, ok bool) {
	for _, t := range cueLeaveTexts {
		i := strings.Index(clause, t)
		if i < 0 || strings.HasSuffix(clause[:i], "希望") || strings.HasSuffix(clause[:i], "早期") {
			continue
		}
		for _, h := range cueHonorificTexts {
			if strings.Contains(clause[:i], h) {
				return 0, i + len(t), true // from the name: 田中さんが…退職
			}
		}
	}
	return 0, 0, false
}

// cueAuxiliaries stand between a name and its leave word: "Sarah is
// leaving", „Anna wird gehen“.
var cueAuxiliaries = map[string]bool{"is": true, "was": true, "will": true, "be": true, "ist": true, "wird": true, "on": true}

// onlyAuxiliaries reports whether every word is an auxiliary (none is).
func onlyAuxiliaries(words []cueWord) bool {
	for _, w := range words {
		if !cueAuxiliaries[w.norm] {
			return false
		}
	}
	return true
}

// dropChurnUnderContactLeaving leaves out a churn risk of the playbook's
// lists said in the words of a contact leaving ("our champion Sarah is
// leaving"): one signal, of the contact-leaving kind.
func dropChurnUnderContactLeaving(cues []Cue) []Cue {
	return slices.DeleteFunc(cues, func(c Cue) bool {
		return c.Kind == CueChurnRisk && c.Category != CueContactLeaving && slices.ContainsFunc(cues, func(o Cue) bool {
			return o.Category == CueContactLeaving && o.sentence == c.sentence && o.Start < c.End && c.Start < o.End
		})
	})
}

// cueHandoverWords say the handover is arranged ("handover to Siim",
// „übergibt an Herrn Kurz“, «передаёт дела Ивану», "üleandmine Siimule");
// cueNotYetWords that it is not ("no successor yet", "asendajat pole").
var (
	cueHandoverWords = []string{"handover", "handing", "hands", "successor", "ubergabe", "ubergibt", "ubernimmt", "nachfolger", "передает", "передаст", "преемник", "uleandmine", "uleandmise", "annab", "asendaja"}
	cueNotYetWords   = map[string]bool{"no": true, "not": true, "yet": true, "tbd": true, "nicht": true, "kein": true, "keine": true, "noch": true, "offen": true, "нет": true, "не": true, "пока": true, "pole": true, "ei": true, "veel": true}
)

// successorNamedText reports whether Japanese notes from a contact leaving
// on name who takes over (後任は山本さん, 引き継ぎ済み) and do not say it
// is not settled (後任未定, 決まっていない).
func successorNamedText(text string) bool {
	for _, no := range []string{"未定", "決まっていない", "決まっておらず", "不在", "いない"} {
		if strings.Contains(text, no) {
			return false
		}
	}
	for _, yes := range []string{"後任は", "後任が", "引き継ぎ済", "引継ぎ済", "引き継ぎ先", "新しい担当", "新担当"} {
		if strings.Contains(text, yes) {
			return true
		}
	}
	return false
}

// sentenceEnd is one past the last word of the sentence starting at word
// i (i itself when none does).
func sentenceEnd(words []cueWord, i int) int {
	j := i
	for j < len(words) && words[j].sentence == words[i].sentence {
		j++
	}
	return j
}

// cueNewContactLeads and cueNewContactWords say who the new contact is: "New
// contact is Raj", „Neue Ansprechpartnerin ist Fr. Yilmaz“, «Новый
// ответственный – Анна», "Uus kontakt on Margus".
var (
	cueNewContactLeads = map[string]bool{"new": true, "neue": true, "neuer": true, "neuen": true, "новый": true, "новая": true, "новым": true, "новой": true, "uus": true, "uue": true, "uueks": true}
	cueNewContactWords = []string{"contact", "champion", "owner", "poc", "admin", "point", "ansprechpartner", "kontakt", "контакт", "ответственн", "админ", "kontakt"}
)

// successorNamed reports whether the sentence after the one saying a
// contact leaves names who follows, a successor or a new contact, and
// nothing in it says not yet ("no successor yet").
func successorNamed(words []cueWord) bool {
	for _, w := range words {
		if cueNotYetWords[w.norm] {
			return false
		}
	}
	for k, w := range words {
		if startsWithAny(w.norm, "successor", "nachfolger", "преемни", "asendaja", "replacement", "asemele", "вместо") {
			return true
		}
		if cueNewContactLeads[w.norm] && k+1 < len(words) && startsWithAny(words[k+1].norm, cueNewContactWords...) {
			return true
		}
	}
	return false
}

// handedOver reports whether a sentence says the handover is arranged
// and nothing in it says it is not: the contact leaves, the account is
// in hands.
func handedOver(words []cueWord) bool {
	said := false
	for _, w := range words {
		if cueNotYetWords[w.norm] {
			return false
		}
		said = said || startsWithAny(w.norm, cueHandoverWords...)
	}
	return said
}
