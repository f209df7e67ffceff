package data

import (
	"context"
	"database/sql"

	"talktrack/assets"
	"talktrack/model"
)

// addNewCueLists gives the stored cue rules the lists the built-in
// playbook gained since: each language of the stored rules that has no
// spend_freeze list, or no holidays time unit, takes the built-in one of
// its locale. Lists sales ops wrote are left as they are.
func addNewCueLists(ctx context.Context, tx *sql.Tx) error {
	stored, err := loadCueRules(ctx, tx)
	if err != nil || stored.IsZero() {
		return err
	}
	pb, err := ParsePlaybook(assets.Playbook)
	if err != nil {
		return err
	}
	builtIn := map[string]model.CueLanguage{}
	for _, l := range pb.Cues.Languages {
		builtIn[l.Locale] = l
	}
	changed := false
	for i := range stored.Languages {
		l := &stored.Languages[i]
		b, ok := builtIn[l.Locale]
		if !ok {
			continue
		}
		if len(l.SpendFreeze) == 0 && len(b.SpendFreeze) > 0 {
			l.SpendFreeze, changed = b.SpendFreeze, true
		}
		if len(l.TimeUnits[model.CueUnitHolidays]) == 0 && len(b.TimeUnits[model.CueUnitHolidays]) > 0 {
			if l.TimeUnits == nil {
				l.TimeUnits = map[string][]string{}
			}
			l.TimeUnits[model.CueUnitHolidays], changed = b.TimeUnits[model.CueUnitHolidays], true
		}
	}
	if !changed {
		return nil
	}
	return storeCueRules(ctx, tx, stored)
}
