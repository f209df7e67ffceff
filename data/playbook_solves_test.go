package data

import (
	"context"
	"database/sql"
	"strings"
	"testing"

	"talktrack/model"
)

// solvesDoc is a playbook whose one product says how it solves reporting
// in English, and in German under translations; extra is added under the
// German product entry.
func solvesDoc(extra string) string {
	return `currency: USD
pain_categories:
  - {id: reporting, label: Reporting}
  - {id: scale, label: Scale}
products:
  - id: a
    name: A
    family: F
    tier: 1
    solves:
      reporting: dashboards replace the month-end spreadsheet
translations:
  de:
    products:
      a:
        offsets: Die Monatstabelle entfällt
        solves:
          reporting: " Dashboards ersetzen die Monatstabelle, die heute jemand von Hand baut "
` + extra
}

// storedCatalog writes pb to a fresh book and reads its catalogue back.
func storedCatalog(t *testing.T, pb model.Playbook) *model.Catalog {
	t.Helper()
	return replaceCatalog(t, newBook().seed(t), pb)
}

// replaceCatalog stores pb as the playbook of s and returns the catalogue
// read back.
func replaceCatalog(t *testing.T, s *Store, pb model.Playbook) *model.Catalog {
	t.Helper()
	ctx := context.Background()
	if err := s.Update(ctx, func(tx *sql.Tx) error { return ReplacePlaybook(ctx, tx, pb) }); err != nil {
		t.Fatal(err)
	}
	cat, err := s.Catalog(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return cat
}

func TestTranslatedSolvesSentencesAreKept(t *testing.T) {
	pb, err := ParsePlaybook([]byte(solvesDoc("")))
	if err != nil {
		t.Fatal(err)
	}
	want := "Dashboards ersetzen die Monatstabelle, die heute jemand von Hand baut"
	if got := pb.Products[0].Texts["de"].Solves["reporting"]; got != want {
		t.Fatalf("German solves = %q, want %q", got, want)
	}
	// They travel with the catalogue through the database.
	cat := storedCatalog(t, pb)
	if got := cat.Products["a"].Texts["de"]; got.Solves["reporting"] != want || got.Offsets != "Die Monatstabelle entfällt" {
		t.Errorf("stored German text = %+v", got)
	}
}

func TestATranslatedSolvesNeedsTheEnglishOne(t *testing.T) {
	_, err := ParsePlaybook([]byte(solvesDoc("          scale: Große Importe laufen durch\n")))
	if err == nil {
		t.Fatal("a German solves sentence for a category the product does not solve in English was accepted")
	}
	for _, want := range []string{`"a"`, `"scale"`, "de", "English"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not say %s", err, want)
		}
	}
}

func TestProductStagesAndIdleSeatOffsetsAreCheckedAndKept(t *testing.T) {
	doc := func(stages string) string {
		return "currency: USD\nproducts:\n  - {id: a, name: A, family: F, tier: 1, offsets: seats you pay for get used, offsets_if_idle_seats: true, stages: " + stages + "}\n"
	}
	pb, err := ParsePlaybook([]byte(doc("[Adoption]")))
	if err != nil {
		t.Fatal(err)
	}
	if got := pb.Products[0].Stages; len(got) != 1 || got[0] != "adoption" {
		t.Fatalf("stages = %v, want [adoption]", got)
	}
	cat := storedCatalog(t, pb)
	if got := cat.Products["a"].Stages; len(got) != 1 || got[0] != "adoption" {
		t.Errorf("stored stages = %v, want [adoption]", got)
	}
	if !cat.Products["a"].OffsetsIfIdleSeats {
		t.Error("offsets_if_idle_seats was not kept")
	}
	for _, bad := range []string{"[onboarding]", "[adopton]"} {
		_, err := ParsePlaybook([]byte(doc(bad)))
		if err == nil || !strings.Contains(err.Error(), `"a"`) || !strings.Contains(err.Error(), "stage") {
			t.Errorf("stages %s: error %v, want one naming the product and the stage", bad, err)
		}
	}
}
