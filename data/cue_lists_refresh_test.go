package data

import (
	"context"
	"database/sql"
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"talktrack/assets"
	"talktrack/model"
)

// TestAnUpgradeRefreshesBuiltInCueLists: stored lists that are an earlier
// built-in version (fewer patterns, or one since retired) become this
// version's; a list with sales ops' own pattern stays as they wrote it.
func TestAnUpgradeRefreshesBuiltInCueLists(t *testing.T) {
	languages, current := upgradeFromEarlierLists(t, 17, func(l *model.CueLanguage) {
		switch l.Locale {
		case "en": // an earlier version, before "fewer tools"
			l.Phrases[model.CuePrice] = slices.DeleteFunc(l.Phrases[model.CuePrice], func(p string) bool {
				return p == `fewer tools|vendors|apps|subscriptions|licen*|licenses|licences|platforms|seats`
			})
			l.CostDenials = l.CostDenials[:len(l.CostDenials)-1]
			// and before switching to a rival was said of any rival
			churn := slices.Clone(l.Phrases[model.CueChurnRisk])
			i := slices.IndexFunc(churn, func(p string) bool {
				return strings.HasPrefix(p, "switch*|moving|migrating|move .. to|onto @competitor")
			})
			if i < 0 {
				t.Fatal("en: no churn pattern of switching to @competitor")
			}
			churn[i] = "switch*|moving|migrating|move .. to|onto salesforce|sfdc|hubspot|zendesk|dynamics|pipedrive|bitrix24|zoho|freshworks|freshdesk|gainsight|monday"
			l.Phrases[model.CueChurnRisk] = churn
		case "ja": // an earlier version, with 比較検討 alone, and no fiscal year
			l.Phrases[model.CueChurnRisk] = append(slices.Clone(l.Phrases[model.CueChurnRisk][:10]), "比較検討")
			units := maps.Clone(l.TimeUnits)
			delete(units, model.CueUnitFiscalYear)
			units["quarter"] = append(slices.Clone(units["quarter"]), "来期")
			units["year"] = append(slices.Clone(units["year"]), "来年度")
			l.TimeUnits = units
		case "de": // sales ops' own pattern beside the built-in ones
			l.Phrases[model.CuePrice] = append([]string{"unser eigenes muster"}, l.Phrases[model.CuePrice][:5]...)
		}
	})
	for _, l := range languages {
		c := current[l.Locale]
		switch l.Locale {
		case "en":
			if !slices.Equal(l.Phrases[model.CuePrice], c.Phrases[model.CuePrice]) || !slices.Equal(l.CostDenials, c.CostDenials) {
				t.Error("en: the earlier built-in price and cost denial lists were not refreshed")
			}
			if !slices.Equal(l.Phrases[model.CueChurnRisk], c.Phrases[model.CueChurnRisk]) {
				t.Error("en: the churn list naming the built-in rivals was not refreshed")
			}
		case "ja":
			if slices.Contains(l.Phrases[model.CueChurnRisk], "比較検討") || !slices.Equal(l.Phrases[model.CueChurnRisk], c.Phrases[model.CueChurnRisk]) {
				t.Errorf("ja: churn risk list kept the retired pattern or was not refreshed (%d patterns)", len(l.Phrases[model.CueChurnRisk]))
			}
			for _, unit := range []string{"quarter", "year", model.CueUnitFiscalYear} {
				if !slices.Equal(l.TimeUnits[unit], c.TimeUnits[unit]) {
					t.Errorf("ja: time unit %s is %v after the upgrade, want %v", unit, l.TimeUnits[unit], c.TimeUnits[unit])
				}
			}
		case "de":
			if len(l.Phrases[model.CuePrice]) != 6 || l.Phrases[model.CuePrice][0] != "unser eigenes muster" {
				t.Errorf("de: sales ops' price list became %d patterns", len(l.Phrases[model.CuePrice]))
			}
		}
	}
}

// TestRetiredCuePatternsAreNoLongerBuiltIn: a pattern listed as retired
// is in no list of the built-in playbook, else a stored list holding it
// would be taken for sales ops' own and never refreshed.
func TestRetiredCuePatternsAreNoLongerBuiltIn(t *testing.T) {
	pb, err := ParsePlaybook(assets.Playbook)
	if err != nil {
		t.Fatal(err)
	}
	if len(retiredCuePatterns) < 2 {
		t.Fatalf("%d retired patterns read", len(retiredCuePatterns))
	}
	for _, l := range pb.Cues.Languages {
		// Problems are left out: a word retired as a churn risk (不満
		// alone) may well be a problem word.
		for _, list := range [][]string{l.Phrases[model.CuePrice], l.Phrases[model.CueChurnRisk], l.Phrases[model.CueTiming], l.Phrases[model.CueAuthority], l.Phrases[model.CueGrowth], l.Phrases[model.CueNoNeed], l.QuestionStarts, l.SpendFreeze, l.CostDenials, l.ChurnDenials} {
			for _, p := range list {
				if retiredCuePatterns[p] {
					t.Errorf("%s: %q is retired and built in", l.Locale, p)
				}
			}
		}
	}
}

// TestTheSecondRefreshBringsTheNovemberListsUpToDate: a database that took
// the built-in lists of schema 18 (a hiring freeze as a spend freeze,
// «конкурент» alone as a churn risk, «не готовы» alone as a put-off) gets
// this version's lists when it opens.
func TestTheSecondRefreshBringsTheNovemberListsUpToDate(t *testing.T) {
	languages, current := upgradeFromEarlierLists(t, 18, func(l *model.CueLanguage) {
		switch l.Locale {
		case "en":
			l.SpendFreeze = append(slices.Clone(l.SpendFreeze[:3]), "spend|spending|purchasing|procurement|hiring freeze*")
			l.QuestionStarts = append(slices.Clone(l.QuestionStarts), "why")
		case "ru":
			l.Phrases[model.CueTiming] = append(slices.Clone(l.Phrases[model.CueTiming][:4]), "не готовы")
			l.Phrases[model.CueChurnRisk] = append(slices.Clone(l.Phrases[model.CueChurnRisk][:8]), "альтернатив*|конкурент*")
		}
	})
	for _, l := range languages {
		c := current[l.Locale]
		switch l.Locale {
		case "en":
			if !slices.Equal(l.SpendFreeze, c.SpendFreeze) {
				t.Errorf("en: spend freeze list not refreshed: %q", l.SpendFreeze)
			}
			if slices.Contains(l.QuestionStarts, "why") || !slices.Equal(l.QuestionStarts, c.QuestionStarts) {
				t.Errorf("en: question starts not refreshed: %q", l.QuestionStarts)
			}
		case "ru":
			if !slices.Equal(l.Phrases[model.CueTiming], c.Phrases[model.CueTiming]) || !slices.Equal(l.Phrases[model.CueChurnRisk], c.Phrases[model.CueChurnRisk]) {
				t.Error("ru: timing or churn risk list not refreshed")
			}
		}
	}
}

// upgradeFromEarlierLists stores the built-in playbook with each
// language's cue lists as edit leaves them (an earlier version), opens the
// database as one of schema version would be opened, and returns the cue
// languages it then holds and the built-in ones by locale.
func upgradeFromEarlierLists(t *testing.T, version int, edit func(l *model.CueLanguage)) ([]model.CueLanguage, map[string]model.CueLanguage) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "t.db")
	s, err := Create(path)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	pb, err := ParsePlaybook(assets.Playbook)
	if err != nil {
		t.Fatal(err)
	}
	current := map[string]model.CueLanguage{}
	old := model.Playbook{Currency: pb.Currency, PainCategories: pb.PainCategories, Cues: pb.Cues}
	old.Cues.Languages = nil
	for _, l := range pb.Cues.Languages {
		current[l.Locale] = l
		phrases := map[model.CueKind][]string{}
		for k, v := range l.Phrases {
			phrases[k] = slices.Clone(v)
		}
		l.Phrases = phrases
		edit(&l)
		old.Cues.Languages = append(old.Cues.Languages, l)
	}
	if err := s.Update(ctx, func(tx *sql.Tx) error { return ReplacePlaybook(ctx, tx, old) }); err != nil {
		t.Fatal(err)
	}
	s = reopenAt(t, s, path, version)
	defer s.Close()
	rules, err := loadCueRules(ctx, s.DB())
	if err != nil {
		t.Fatal(err)
	}
	return rules.Languages, current
}
