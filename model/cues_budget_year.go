package model

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// budgetYear reports whether a timing hit only says which year a budget
// is for: "cut their budget by 20% for next FY", «Бюджет на следующий год
// урезали», "Eelarvet kärbiti järgmiseks aastaks", 来期の予算が2割削減.
// Such a hit names the next year, fiscal year or quarter, or a quarter by
// its number ("for Q1"), as the one a budget is
// for (see budgetYearSaid), in the clause of a price objection that is no
// freeze, or of a churn risk ("Evaluating a switch to Pipedrive for next
// year": when they would leave, no put-off): a cut said to come next year
// ("IT-eelarvet kärbitakse järgmisel aastal") and a wait until then ("no
// budget until next year") still put the call off.
func budgetYear(h cueHit, hits []cueHit, text string) bool {
	// A quarter named by its number ("budget got cut for Q1") is one a
	// budget is for as much as the next quarter is.
	periodSaid := h.unit == "q" || (h.unit == "year" || h.unit == "quarter" || h.unit == cueUnitFiscalYear) && h.number <= 1
	if h.rule.kind != CueTiming || !periodSaid {
		return false
	}
	// Only the words next to it count: fold a stretch on either side, not
	// the whole note for every hit.
	from, to := h.start, h.end
	for n := 0; from > 0 && (n < 48 || !utf8.RuneStart(text[from])); n++ {
		from--
	}
	for n := 0; to < len(text) && (n < 48 || !utf8.RuneStart(text[to])); n++ {
		to++
	}
	if !budgetYearSaid(foldCue(text[from:h.start]), foldCue(text[h.start:h.end]), foldCue(text[h.end:to])) {
		return false
	}
	if namesABudget(text, h) && !slices.ContainsFunc(hits, func(o cueHit) bool {
		return o.clause == h.clause && o.rule.kind == CuePrice && o.rule.freeze && !o.negated
	}) {
		return true
	}
	plan := false
	for _, o := range hits {
		if o.clause != h.clause || o.rule.kind != CuePrice && o.rule.kind != CueChurnRisk || o.negated || o.question {
			continue
		}
		if o.rule.freeze {
			return false
		}
		plan = plan || o.rule.role == roleCue
	}
	return plan
}

// cueBudgetYearLeads lead to the year a budget is for: "for next year",
// „fürs nächste Jahr“, «на следующий год».
var cueBudgetYearLeads = map[string]bool{"for": true, "fur": true, "furs": true, "на": true}

// budgetYearSaid reports whether the year said (folded, with the text
// before and after it) is the one something is for: after a word of
// cueBudgetYearLeads, as a possessive ("next year's", «следующего года»,
// "järgmise aasta"), in the Estonian translative ("järgmiseks aastaks"),
// or before の in Japanese (来期の予算, 来年度の予算).
func budgetYearSaid(before, said, after string) bool {
	words := strings.Fields(said)
	if len(words) == 0 {
		return false
	}
	if prev := strings.Fields(before); len(prev) > 0 && cueBudgetYearLeads[prev[len(prev)-1]] || cueBudgetYearLeads[words[0]] {
		return true
	}
	last := words[len(words)-1]
	next := strings.Fields(after)
	switch {
	case strings.HasPrefix(after, "'s"), strings.HasPrefix(strings.TrimPrefix(after, "度"), "の"):
		return true
	case strings.HasSuffix(last, "ks"), words[0] == "jargmise", words[0] == "следующего":
		return true
	case len(next) > 0 && (strings.HasPrefix(next[0], "'s") || strings.HasPrefix(next[0], "s ")):
		return true
	}
	return false
}

// cueBudgetStems are the words, folded, for a budget: "budget",
// „Budget“, „Etat“, «бюджет», "eelarve", 予算. Matched anywhere in a
// word, as German and Estonian compound them ("IT-Budget",
// "tarkvaraeelarve"), but for „Etat“, which must start one.
var cueBudgetStems = []string{"budget", "бюджет", "eelarve", "予算"}

// namesABudget reports whether the stretch of note around a timing hit,
// up to the nearest punctuation either side, names a budget: then the
// year the hit says is the one that budget is for ("budget is only 15k
// for next year", „Budget nur 15k für nächstes Jahr“, «бюджет на
// следующий год всего 15 тыс.», "järgmise aasta eelarve on ainult 15k",
// 来年度の予算は15万円のみ), which puts nothing off, whether or not a
// price objection is heard beside it, unless they are said to wait for it
// (see cueWaitStems).
func namesABudget(text string, h cueHit) bool {
	from, to := stretchAround(text, h.start, h.end)
	around := foldCue(text[from:h.start] + " " + text[h.end:to])
	budget := false
	for _, w := range strings.Fields(around) {
		if slices.ContainsFunc(cueWaitStems, func(s string) bool { return strings.HasPrefix(w, s) }) || strings.Contains(w, "待") {
			return false
		}
		budget = budget || strings.HasPrefix(w, "etat") || slices.ContainsFunc(cueBudgetStems, func(s string) bool { return strings.Contains(w, s) })
	}
	return budget
}

// cueWaitStems start the words, folded, by which a note says they wait
// for that budget ("wait for next year's budget", „warten auf das Budget
// fürs nächste Jahr“, «ждут бюджет на следующий год», "ootavad järgmise
// aasta eelarvet", 来期の予算を待つ): that is a put-off.
var cueWaitStems = []string{"wait", "warte", "abwart", "жд", "ожида", "oota"}
