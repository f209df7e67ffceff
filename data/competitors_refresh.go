package data

import (
	"context"
	"database/sql"
	"slices"

	"talktrack/model"
)

// competitorsAddedInNovember are the built-in competitors an earlier
// built-in playbook did not name.
var competitorsAddedInNovember = []string{"Zoho", "Gong", "amoCRM", "Sansan", "Outreach"}

// competitorsAddedInDecember are the built-in competitors added after the
// November ones: help desks, work boards and the HR and expense systems
// customers name beside their CRM.
var competitorsAddedInDecember = []string{"Freshdesk", "Monday.com", "Personio", "SAP Concur"}

// earlierDifferences are differences an earlier built-in playbook wrote,
// by competitor and locale, that this one words otherwise: the Russian
// Bitrix24 difference spelled the name as Битрикс24, in a reply that
// names it Bitrix24.
var earlierDifferences = map[string]map[string]string{
	"Bitrix24": {"ru": "мы сосредоточены на продажах и сервисе, а поддержка отвечает в течение одного рабочего дня; в Битрикс24 больше офисных инструментов вроде чата и задач."},
}

// refreshCompetitors brings the stored competitors up to the built-in
// playbook's when they are an earlier built-in list (every name is built
// in): the competitors added since join them, and a difference as an
// earlier playbook wrote it takes this one's words. Competitors sales ops
// added themselves leave the list as it is.
func refreshCompetitors(ctx context.Context, tx *sql.Tx) error {
	stored, base, err := storedAndBuiltInCues(ctx, tx)
	if err != nil || stored.IsZero() {
		return err
	}
	builtIn := map[string]model.Competitor{}
	for _, c := range base.Competitors {
		builtIn[c.Name] = c
	}
	changed := false
	for i, c := range stored.Competitors {
		b, ok := builtIn[c.Name]
		if !ok {
			return nil
		}
		for locale, old := range earlierDifferences[c.Name] {
			if c.Difference[locale] == old && b.Difference[locale] != old {
				stored.Competitors[i].Difference[locale], changed = b.Difference[locale], true
			}
		}
	}
	for _, name := range slices.Concat(competitorsAddedInNovember, competitorsAddedInDecember) {
		b, ok := builtIn[name]
		if ok && !slices.ContainsFunc(stored.Competitors, func(c model.Competitor) bool { return c.Name == name }) {
			stored.Competitors, changed = append(stored.Competitors, b), true
		}
	}
	if !changed {
		return nil
	}
	return storeCueRules(ctx, tx, stored)
}
