package data

import (
	"context"
	"database/sql"
	"maps"
	"path/filepath"
	"slices"
	"testing"

	"talktrack/assets"
	"talktrack/model"
)

// TestAnUpgradeAddsTheNewBuiltInCompetitors: a database of schema 19 that
// holds the earlier built-in competitors gets Zoho, Gong, amoCRM, Sansan
// and Outreach, and the Russian Bitrix24 difference spelled as its reply
// names it; one with a competitor of sales ops' own is left as it is.
func TestAnUpgradeAddsTheNewBuiltInCompetitors(t *testing.T) {
	earlier := func(own bool) []model.Competitor {
		pb, err := ParsePlaybook(assets.Playbook)
		if err != nil {
			t.Fatal(err)
		}
		var out []model.Competitor
		for _, c := range pb.Cues.Competitors {
			if slices.Contains(competitorsAddedInNovember, c.Name) {
				continue
			}
			if c.Name == "Bitrix24" {
				c.Difference = maps.Clone(c.Difference)
				c.Difference["ru"] = earlierDifferences["Bitrix24"]["ru"]
			}
			out = append(out, c)
		}
		if own {
			out = append(out, model.Competitor{Name: "Acme CRM", Aliases: []string{"acme"}, Difference: out[0].Difference})
		}
		return out
	}
	for _, own := range []bool{false, true} {
		got := upgradeCompetitors(t, 19, earlier(own))
		names := make([]string, len(got))
		for i, c := range got {
			names[i] = c.Name
		}
		hasZoho := slices.Contains(names, "Zoho")
		if hasZoho == own {
			t.Errorf("with a competitor of their own %v: competitors after the upgrade %v", own, names)
		}
		for _, c := range got {
			if c.Name == "Bitrix24" && !own && c.Difference["ru"] == earlierDifferences["Bitrix24"]["ru"] {
				t.Error("the Russian Bitrix24 difference still names Битрикс24")
			}
		}
	}
}

// upgradeCompetitors stores the built-in playbook with competitors as an
// earlier version, opens the database as one of schema v would be opened,
// and returns the competitors it then holds.
func upgradeCompetitors(t *testing.T, v int, competitors []model.Competitor) []model.Competitor {
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
	old := model.Playbook{Currency: pb.Currency, PainCategories: pb.PainCategories, Cues: pb.Cues}
	old.Cues.Competitors = competitors
	if err := s.Update(ctx, func(tx *sql.Tx) error { return ReplacePlaybook(ctx, tx, old) }); err != nil {
		t.Fatal(err)
	}
	s = reopenAt(t, s, path, v)
	defer s.Close()
	rules, err := loadCueRules(ctx, s.DB())
	if err != nil {
		t.Fatal(err)
	}
	return rules.Competitors
}

// TestTheDecemberUpgradeAddsHelpDesksBoardsAndHRSystems: a database of
// schema 20 that holds the November built-in competitors gets Freshdesk,
// Monday.com, Personio and SAP Concur.
func TestTheDecemberUpgradeAddsHelpDesksBoardsAndHRSystems(t *testing.T) {
	pb, err := ParsePlaybook(assets.Playbook)
	if err != nil {
		t.Fatal(err)
	}
	var november []model.Competitor
	for _, c := range pb.Cues.Competitors {
		if !slices.Contains(competitorsAddedInDecember, c.Name) {
			november = append(november, c)
		}
	}
	got := upgradeCompetitors(t, 20, november)
	for _, name := range competitorsAddedInDecember {
		if !slices.ContainsFunc(got, func(c model.Competitor) bool { return c.Name == name }) {
			t.Errorf("%s missing after the upgrade", name)
		}
	}
}

// TestAnUpgradeRewordsTheEarlierReplies: every reply an earlier built-in
// playbook wrote that this one words otherwise (see earlierResponses)
// takes this version's words.
func TestAnUpgradeRewordsTheEarlierReplies(t *testing.T) {
	for locale, kinds := range earlierResponses {
		for kind, olds := range kinds {
			for _, old := range olds {
				languages, current := upgradeFromEarlierLists(t, 19, func(l *model.CueLanguage) {
					if l.Locale == locale {
						l.Responses = maps.Clone(l.Responses)
						l.Responses[kind] = old
					}
				})
				for _, l := range languages {
					if l.Locale == locale && l.Responses[kind] != current[locale].Responses[kind] {
						t.Errorf("%s %s reply after the upgrade from %q: %q", locale, kind, old, l.Responses[kind])
					}
				}
			}
		}
	}
}
