package importer

import (
	"strings"
	"testing"
)

// TestAPlaybookWithoutCuesOrTalkingPointsKeepsTheBuiltInOnes: sales ops
// imports a playbook of their own products only; call notes are still
// heard and offers still have words, and the import says so.
func TestAPlaybookWithoutCuesOrTalkingPointsKeepsTheBuiltInOnes(t *testing.T) {
	db := newTestDB(t)
	pb := "currency: USD\nproducts:\n  - id: fleet-plus\n    name: Fleet Plus\n    family: Fleet\n    tier: 1\n    price: 25\n    billing_unit: seat/month\n    seated: true\n"
	sum, err := db.importText(KindPlaybook, "playbook.yaml", pb, Options{})
	if err != nil {
		t.Fatal(err)
	}
	notes := strings.Join(sum.Notes, "\n")
	for _, want := range []string{"no cues section", "no talking_points section"} {
		if !strings.Contains(notes, want) {
			t.Errorf("notes %q do not say %q", notes, want)
		}
	}
	db.wantRows(`SELECT count(*) > 0 FROM talking_points`, "1")
	db.wantRows(`SELECT instr(value, 'too expensive') > 0 FROM meta WHERE key = 'cue_rules'`, "1")

	// A cues section of their own is theirs, even a short one.
	own := pb + "cues:\n  languages:\n    - locale: en\n      price: [\"pricey\"]\n      responses:\n"
	for _, kind := range []string{"price", "timing", "competitor", "authority", "no_need", "growth", "pain", "churn_risk"} {
		own += "        " + kind + ": Thanks, noted.\n"
	}
	sum, err = db.importText(KindPlaybook, "playbook.yaml", own, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(strings.Join(sum.Notes, "\n"), "no cues section") {
		t.Errorf("a playbook with its own cues: notes %q", sum.Notes)
	}
	db.wantRows(`SELECT instr(value, 'too expensive') > 0, instr(value, 'pricey') > 0 FROM meta WHERE key = 'cue_rules'`, "0|1")
}
