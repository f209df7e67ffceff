package data

import (
	"context"
	"database/sql"
	_ "embed"
	"slices"
	"strings"

	"talktrack/model"
)

//go:embed retired_cue_patterns.txt
var retiredCuePatternsFile string

// retiredCuePatterns are patterns an earlier built-in playbook listed and
// this one replaced or dropped (see retired_cue_patterns.txt).
var retiredCuePatterns = func() map[string]bool {
	out := map[string]bool{}
	for _, line := range strings.Split(retiredCuePatternsFile, "\n") {
		if line != "" && !strings.HasPrefix(line, "#") {
			out[line] = true
		}
	}
	return out
}()

// refreshCueLists brings the stored cue rules' price, churn risk, timing,
// growth, authority, no-need, problem, pain topic, question-start, spend
// freeze, cost
// denial and churn denial lists up
// to the built-in playbook's, in each language where the stored list is
// an earlier built-in one: every pattern it has is still built in, or
// retired. A list with a pattern of sales ops' own is left as it is.
func refreshCueLists(ctx context.Context, tx *sql.Tx) error {
	return updateCueLanguages(ctx, tx, func(l *model.CueLanguage, b model.CueLanguage) (changed bool) {
		refresh := func(list *[]string, current []string, movedOut ...string) {
			if next, ok := refreshedCueList(*list, current, movedOut...); ok {
				*list, changed = next, true
			}
		}
		for _, kind := range []model.CueKind{model.CuePrice, model.CueChurnRisk, model.CueTiming, model.CueAuthority, model.CueGrowth, model.CueNoNeed} {
			// An empty list is never refreshed: a nil map stays nil.
			if list := l.Phrases[kind]; len(list) > 0 {
				refresh(&list, b.Phrases[kind])
				l.Phrases[kind] = list
			}
		}
		// The fiscal year (来年度, 来期) took its words from the quarter
		// and the year.
		if len(l.TimeUnits[model.CueUnitFiscalYear]) == 0 && len(b.TimeUnits[model.CueUnitFiscalYear]) > 0 {
			if l.TimeUnits == nil {
				l.TimeUnits = map[string][]string{}
			}
			for _, unit := range []string{"quarter", "year"} {
				if list := l.TimeUnits[unit]; len(list) > 0 {
					refresh(&list, b.TimeUnits[unit], b.TimeUnits[model.CueUnitFiscalYear]...)
					l.TimeUnits[unit] = list
				}
			}
			l.TimeUnits[model.CueUnitFiscalYear], changed = b.TimeUnits[model.CueUnitFiscalYear], true
		}
		refresh(&l.Problems, b.Problems)
		for category, list := range l.Pains {
			refresh(&list, b.Pains[category])
			l.Pains[category] = list
		}
		refresh(&l.QuestionStarts, b.QuestionStarts)
		refresh(&l.SpendFreeze, b.SpendFreeze)
		refresh(&l.CostDenials, b.CostDenials)
		refresh(&l.ChurnDenials, b.ChurnDenials)
		return changed
	})
}

// refreshedCueList is the built-in list current in place of stored, when
// stored is an earlier built-in list (see refreshCueLists) that differs
// from it; movedOut are patterns that went to another list since.
func refreshedCueList(stored, current []string, movedOut ...string) ([]string, bool) {
	if len(stored) == 0 || len(current) == 0 || slices.Equal(stored, current) {
		return nil, false
	}
	for _, p := range stored {
		if !retiredCuePatterns[p] && !slices.Contains(current, p) && !slices.Contains(movedOut, p) {
			return nil, false
		}
	}
	return slices.Clone(current), true
}
