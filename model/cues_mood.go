package model

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// churnMoodStems are the starts of words, in lower case, that say the
// customer is unhappy and nothing more: "frustrated", „genervt“,
// «недовольны», "pole rahul", 不満. A mood is a churn risk when nothing
// else in the note says what it is about; a note that names the problem
// (a pain) or says they are not leaving is answered by that instead.
var churnMoodStems = []string{
	"unhappy", "not happy", "not too happy", "dissatisf", "frustrat", "disappoint", "upset", "annoyed", "angry", "irritat",
	"unzufrieden", "nicht zufrieden", "genervt", "verärgert", "enttäusch", "sauer",
	"недовол", "не довол", "разочарова", "раздраж", "злы",
	"pole rahul", "ei ole rahul", "rahulolematu", "pettun", "ärritunud", "pahased",
	"不満", "がっかり", "苛立", "イライラ", "怒って",
}

// moodKeepsCategory is the pain category beside which a mood stays a churn
// risk: unhappy with our support ("sehr unzufrieden mit dem Support",
// サポートの対応に不満) is unhappy with us, the relationship at stake.
const moodKeepsCategory = "support"

// moodOnly reports whether a churn cue is a mood word and nothing more.
func moodOnly(c Cue) bool {
	t := strings.ToLower(strings.TrimSpace(c.Text))
	t = strings.TrimPrefix(t, "に") // オンボーディングに不満
	for _, stem := range churnMoodStems {
		if strings.HasPrefix(t, stem) && utf8.RuneCountInString(t) <= utf8.RuneCountInString(stem)+8 {
			return true
		}
	}
	return false
}

// dropMoodChurn leaves out a churn risk that is only a mood ("not happy",
// „genervt“, «недовольны») where the same sentence, or the one before it,
// names what they are unhappy about (a pain cue: "Not happy with the
// onboarding", "„Das System ist total langsam“ - Fr. Wagner genervt"; not
// our support, see moodKeepsCategory), or where the note says they are not
// leaving ("not cancelling, just frustrated", «об отказе речи нет»): the
// complaint is answered, not a goodbye.
func dropMoodChurn(cues []Cue, hits []cueHit) []Cue {
	denied := slices.ContainsFunc(hits, func(h cueHit) bool {
		return h.rule.kind == CueChurnRisk && (h.rule.role == roleCue && h.negated || h.rule.role == roleDenial && !h.negated)
	})
	return slices.DeleteFunc(cues, func(c Cue) bool {
		if c.Kind != CueChurnRisk || !moodOnly(c) {
			return false
		}
		return denied || slices.ContainsFunc(cues, func(p Cue) bool {
			return p.Kind == CuePain && (p.sentence == c.sentence || p.sentence == c.sentence-1) && p.Category != moodKeepsCategory
		})
	})
}
