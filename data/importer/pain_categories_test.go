package importer

import (
	"context"
	"testing"

	"talktrack/assets"
)

// TestPainsFiledUnderAnotherNameOfACategory: a CRM files pains under its
// own names; the playbook's labels in every language and its aliases map
// them to the category, so "Budget" and "Бюджет" are cost pains and the
// fair-offer rules hear them.
func TestPainsFiledUnderAnotherNameOfACategory(t *testing.T) {
	db := newTestDB(t)
	if _, err := Import(context.Background(), db.st, KindPlaybook, "playbook.yaml", assets.Playbook, Options{}); err != nil {
		t.Fatal(err)
	}
	db.mustImport(KindAccounts, "maven/accounts.csv")
	pains := "Account,Category,Description,Severity,Status\n" +
		"Betatech,Budget,All these add-ons add up fast,High,Open\n" +
		"Betatech,Бюджет,Нам срезали бюджет на софт,2,Open\n" +
		"Betatech,Kosten,Die Lizenzen sind zu teuer,2,Open\n" +
		"Betatech,Integrations,The ERP sync fails at night,2,Open\n" +
		"Betatech,Berichtswesen,Die Monatszahlen dauern drei Tage,2,Open\n" +
		"Betatech,Weather,It rains,low,Open\n"
	sum, err := db.importText(KindPains, "pains.csv", pains, Options{})
	if err != nil {
		t.Fatal(err)
	}
	wantCount(t, sum, "pains", 6, 0, 0)
	db.wantRows(`SELECT category, title FROM pain_points ORDER BY id`,
		"cost|All these add-ons add up fast",
		"cost|Нам срезали бюджет на софт",
		"cost|Die Lizenzen sind zu teuer",
		"integration|The ERP sync fails at night",
		"reporting|Die Monatszahlen dauern drei Tage",
		"weather|It rains")
}
