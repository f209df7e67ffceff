package data

import (
	"context"
	"database/sql"

	"talktrack/model"
)

// addNewCueLists gives the stored cue rules the lists the built-in
// playbook gained since: each language of the stored rules that has no
// spend_freeze list, or no holidays time unit, takes the built-in one of
// its locale. Lists sales ops wrote are left as they are.
func addNewCueLists(ctx context.Context, tx *sql.Tx) error {
	return updateCueLanguages(ctx, tx, func(l *model.CueLanguage, b model.CueLanguage) (changed bool) {
		if len(l.SpendFreeze) == 0 && len(b.SpendFreeze) > 0 {
			l.SpendFreeze, changed = b.SpendFreeze, true
		}
		if len(l.TimeUnits[model.CueUnitHolidays]) == 0 && len(b.TimeUnits[model.CueUnitHolidays]) > 0 {
			if l.TimeUnits == nil {
				l.TimeUnits = map[string][]string{}
			}
			l.TimeUnits[model.CueUnitHolidays], changed = b.TimeUnits[model.CueUnitHolidays], true
		}
		return changed
	})
}

// updateCueLanguages applies update to each language of the stored cue
// rules that the built-in playbook speaks too, with the built-in rules of
// that language, and stores the rules when update changed any. Without
// stored rules there is nothing to update.
func updateCueLanguages(ctx context.Context, tx *sql.Tx, update func(stored *model.CueLanguage, builtIn model.CueLanguage) bool) error {
	stored, base, err := storedAndBuiltInCues(ctx, tx)
	if err != nil || stored.IsZero() {
		return err
	}
	builtIn := map[string]model.CueLanguage{}
	for _, l := range base.Languages {
		builtIn[l.Locale] = l
	}
	changed := false
	for i := range stored.Languages {
		if b, ok := builtIn[stored.Languages[i].Locale]; ok && update(&stored.Languages[i], b) {
			changed = true
		}
	}
	if !changed {
		return nil
	}
	return storeCueRules(ctx, tx, stored)
}

// storedAndBuiltInCues reads the stored cue rules and the built-in
// playbook's, for a refresh of the one from the other; stored is zero when
// the database has none, and there is then nothing to refresh.
func storedAndBuiltInCues(ctx context.Context, tx *sql.Tx) (stored, builtIn model.CueRules, err error) {
	if stored, err = loadCueRules(ctx, tx); err != nil || stored.IsZero() {
		return stored, builtIn, err
	}
	pb, err := builtInPlaybook()
	return stored, pb.Cues, err
}
