package model

import (
	"slices"
	"strings"
)

// A team said to get smaller is heard by these built-in lists, in every
// language at once (each writes its words in its own script): the briefing
// then holds back seats and upgrades, and the rep's reply is to right-size,
// not to sell.

// shrinkStems are the starts of folded words that alone say people leave
// the company: "layoffs", "redundancies", "downsizing", „Entlassungen“,
// „Stellenabbau“, «увольнения», "koondamine".
var shrinkStems = []string{
	"layoff", "redundanc", "downsiz", "rightsiz",
	"entlass", "stellenabbau", "personalabbau", "arbeitsplatzabbau", "kundigungswelle",
	"увольн", "уволи", "уволя", "уволен",
	"koonda",
}

// cueOneLeaves are the words for one person resigning («увольняется»,
// «уволился»): a contact leaving, not layoffs.
var cueOneLeaves = map[string]bool{"увольняется": true, "уволился": true, "уволилась": true, "уволится": true}

// shrinkTeamStems say a team gets smaller only with a team word near them
// (see shrinkTeamWords): "the team shrinks", "cutting 15 jobs", „der
// Vertrieb schrumpft“, «сокращение штата», "meeskond väheneb"; "cut costs"
// or „Budget reduziert“ is a price, not people.
var shrinkTeamStems = []string{
	"shrink", "shrank", "shrunk", "cut", "reduc", "smaller", "fewer", "eliminat", "halved", "halving",
	"schrumpf", "geschrumpft", "verklein", "reduzier", "abgebaut", "abbau", "gestrichen", "streich", "kleiner", "weniger", "halbiert", "halbier",
	"сокращ", "сократ", "уменьш", "меньше", "урез",
	"vahene", "vahenda", "kahane", "vaiksem", "vahem",
}

// shrinkTeamWords are the starts of folded words for a team or its
// people: with a shrink stem within shrinkReach words they say the team
// gets smaller. The playbook's people words count too.
var shrinkTeamWords = []string{
	"team", "staff", "headcount", "workforce", "employee", "job", "position", "people", "person",
	"mitarbeit", "belegschaft", "stelle", "personal", "leute", "kolleg", "vertrieb", "abteilung",
	"штат", "сотрудник", "персонал", "команд", "людей", "человек", "работник", "отдел", "менеджер",
	"meeskon", "tiim", "tootaj", "inimes", "personal", "osakon",
	// The company itself: «В компании сокращения», "the company is cutting".
	"company", "firm", "unternehm", "firma", "компани", "фирм", "организац", "предприят", "ettevot",
}

// shrinkPairs are two folded words that say it side by side: "laid off",
// "let go".
var shrinkPairs = [][2]string{
	{"laid", "off"}, {"laying", "off"}, {"lay", "off"}, {"lays", "off"}, {"lay", "offs"},
	{"let", "go"}, {"letting", "go"}, {"fallen", "weg"}, {"fallt", "weg"},
}

// shrinkMoneyWords break the tie between a shrink stem and a team word:
// "cut the team's budget" is a price.
var shrinkMoneyWords = []string{
	"budget", "cost", "spend", "price", "licen", "tool", "software", "travel",
	"kosten", "ausgab", "preis", "lizenz",
	"бюджет", "расход", "затрат", "цен", "лиценз",
	"eelarv", "kulu", "hind", "litsents",
}

// shrinkPlanWords say the seats or jobs were planned or new ("planned",
// „geplant“, «планируемые», "plaanitud", "new", „neue“, «новые», "uued").
var shrinkPlanWords = []string{"plan", "geplant", "planung", "планир", "планов", "plaan", "new", "neue", "neuen", "новы", "новых", "uut", "uued", "uute"}

// shrinkReach is how many words apart a shrink stem and its team word may
// stand.
const shrinkReach = 3

// shrinkTexts say it in a note written without spaces: リストラ,
// 人員削減, 希望退職.
var shrinkTexts = []string{"事業縮小", "リストラ", "人員削減", "人員整理", "解雇", "減員", "人減らし", "希望退職", "早期退職", "雇い止め", "人員を減ら", "人員を削減", "人を減ら"}

// shrinkTeamTexts say it after a team word (see shrinkInText).
var (
	shrinkTeamTexts     = []string{"縮小", "削減", "減ら", "減少", "減り", "減る", "減っ"}
	shrinkTeamWordTexts = []string{"人員", "人数", "チーム", "部署", "組織", "社員", "従業員", "スタッフ", "メンバー", "営業部", "体制", "利用者"}
	shrinkRule          = &cueRule{kind: CueShrinking, role: roleCue}
)

// shrinkBetween are folded words that may stand between a shrink stem and
// its team word beside numbers and words of up to three letters ("cut our
// sales team", "the team will shrink", "reduce the number of staff"):
// other words make it something else ("cut the time the team spends").
var shrinkBetween = []string{
	"sales", "support", "service", "marketing", "engineering", "will", "going", "being", "been", "number", "whole", "entire", "total",
	"wird", "werden", "wurde", "unser", "unsere", "unseren", "ganze", "gesamte", "anzahl", "vertriebs",
	"будет", "будут", "весь", "всего", "число", "количество", "продаж", "наш", "наши",
	"kogu", "arv", "muugi", "meie",
}

// shrinkAt reports whether a shrink phrase starts at word i of the clause
// [cs, ce), and the words [from, to) it covers.
func (l *cueLang) shrinkAt(words []cueWord, i, cs, ce int) (from, to int, ok bool) {
	w := words[i].norm
	if startsWithAny(w, shrinkStems...) && !cueOneLeaves[w] {
		return i, i + 1, true
	}
	for _, p := range shrinkPairs {
		if i+1 < ce && w == p[0] && words[i+1].norm == p[1] {
			return i, i + 2, true
		}
	}
	// „Wir bauen 5 Stellen ab“: the German verb comes apart.
	if w == "bauen" || w == "baut" || w == "bauten" {
		for k := i + 1; k < ce; k++ {
			if words[k].norm == "ab" && slices.ContainsFunc(words[i+1:k], func(t cueWord) bool { return startsWithAny(t.norm, shrinkTeamWords...) }) {
				return i, k + 1, true
			}
		}
	}
	if !startsWithAny(w, shrinkTeamStems...) {
		return 0, 0, false
	}
	// „die geplanten 8 neuen Stellen wurden gestrichen“, "the new roles
	// were cut": a plan to grow called off, not a team getting smaller.
	if slices.ContainsFunc(words[cs:ce], func(t cueWord) bool { return startsWithAny(t.norm, shrinkPlanWords...) }) {
		return 0, 0, false
	}
	for k := max(cs, i-shrinkReach); k < min(ce, i+shrinkReach+1); k++ {
		if k == i || !startsWithAny(words[k].norm, shrinkTeamWords...) {
			continue
		}
		lo, hi := min(i, k), max(i, k)
		between := true
		for j := lo + 1; j < hi; j++ {
			b := words[j]
			between = between && (b.isNumber || len([]rune(b.norm)) <= 3 || startsWithAny(b.norm, shrinkBetween...))
		}
		// "Budget fürs Team um 10% reduziert", "the team's budget is
		// cut": money said beside them is what gets smaller.
		for j := max(cs, lo-2); j < min(ce, hi+3); j++ {
			between = between && !startsWithAny(words[j].norm, shrinkMoneyWords...)
		}
		if between {
			return lo, hi + 1, true
		}
	}
	return 0, 0, false
}

// shrinkInText finds a shrink phrase in a clause of a spaceless note: the
// byte offsets within the clause it covers. 縮小 or 削減 count only right
// after a team word (人員を削減, 組織縮小, 社員を20名減らす), not where
// the clause only names a team (チームの作業時間を削減).
func shrinkInText(clause string) (from, to int, ok bool) {
	for _, t := range shrinkTexts {
		if i := strings.Index(clause, t); i >= 0 {
			return i, i + len(t), true
		}
	}
	for _, t := range shrinkTeamTexts {
		for off := 0; ; {
			i := strings.Index(clause[off:], t)
			if i < 0 {
				break
			}
			i += off
			off = i + len(t)
			before := strings.TrimSuffix(clause[:i], "に") // 30名に減る
			before = strings.TrimRight(before, "0123456789名人→~〜")
			for _, p := range []string{"の", "を", "が", "は", "も"} {
				before = strings.TrimSuffix(before, p)
			}
			for _, team := range shrinkTeamWordTexts {
				if strings.HasSuffix(before, team) {
					return len(before) - len(team), i + len(t), true
				}
			}
		}
	}
	return 0, 0, false
}

// oneShrinkingASentence keeps the first shrinking cue of each sentence,
// with the most people said to leave in it: "Layoffs: the team goes from
// 40 to 25" says it once, 15 leaving.
func oneShrinkingASentence(cues []Cue) []Cue {
	most := map[int]int{} // the head count leaving said in each sentence
	for _, c := range cues {
		if c.Kind == CueShrinking {
			most[c.sentence] = max(most[c.sentence], c.Number)
		}
	}
	seen := map[int]bool{}
	out := slices.DeleteFunc(cues, func(c Cue) bool {
		if c.Kind != CueShrinking {
			return false
		}
		dup := seen[c.sentence]
		seen[c.sentence] = true
		return dup
	})
	for i := range out {
		if out[i].Kind == CueShrinking {
			out[i].Number = most[out[i].sentence]
		}
	}
	return out
}
