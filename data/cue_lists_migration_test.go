package data

import (
	"context"
	"database/sql"
	"path/filepath"
	"testing"

	"talktrack/assets"
	"talktrack/model"
)

// TestAnUpgradeBringsTheNewCueLists: a database whose playbook was stored
// before the spend_freeze lists and the holidays time unit existed gets
// them from the built-in playbook when opened by this version, so a freeze
// heard on a call stops offers there too; a list sales ops wrote stays.
func TestAnUpgradeBringsTheNewCueLists(t *testing.T) {
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
	old.Cues.Languages = append([]model.CueLanguage(nil), pb.Cues.Languages...)
	for i := range old.Cues.Languages {
		l := &old.Cues.Languages[i]
		units := map[string][]string{}
		for k, v := range l.TimeUnits {
			if k != model.CueUnitHolidays {
				units[k] = v
			}
		}
		l.TimeUnits = units
		if l.Locale == "de" {
			l.SpendFreeze = []string{"ausgabenstopp"} // sales ops' own
		} else {
			l.SpendFreeze = nil
		}
	}
	if err := s.Update(ctx, func(tx *sql.Tx) error { return ReplacePlaybook(ctx, tx, old) }); err != nil {
		t.Fatal(err)
	}
	s = reopenAt(t, s, path, 16)
	defer s.Close()
	rules, err := loadCueRules(ctx, s.DB())
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range rules.Languages {
		switch {
		case l.Locale == "de" && (len(l.SpendFreeze) != 1 || l.SpendFreeze[0] != "ausgabenstopp"):
			t.Errorf("de: sales ops' spend_freeze list became %v", l.SpendFreeze)
		case l.Locale != "de" && len(l.SpendFreeze) == 0:
			t.Errorf("%s: no spend_freeze list after the upgrade", l.Locale)
		}
		if len(l.TimeUnits[model.CueUnitHolidays]) == 0 {
			t.Errorf("%s: no holidays time unit after the upgrade", l.Locale)
		}
	}
	d, err := s.CueDetector(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if cues := d.Detect("Finance froze all new spend until Q2", "en"); len(cues) == 0 || cues[0].Severity != 3 {
		t.Errorf("after the upgrade a freeze reads as %+v", cues)
	}
}
