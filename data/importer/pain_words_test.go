package importer

import (
	"testing"

	"talktrack/model"
)

// TestPainStatusAndSeverityInFiveLanguages: a ticket export in the
// customer's language imports without a --map or a search and replace.
func TestPainStatusAndSeverityInFiveLanguages(t *testing.T) {
	for _, tc := range []struct {
		status string
		want   model.PainStatus
	}{
		{"Offen", model.PainOpen}, {"In Bearbeitung", model.PainOpen}, {"Gelöst", model.PainResolved}, {"erledigt", model.PainResolved},
		{"Открыт", model.PainOpen}, {"В работе", model.PainOpen}, {"Решён", model.PainResolved}, {"Закрыта", model.PainResolved},
		{"未解決", model.PainOpen}, {"対応中", model.PainOpen}, {"解決済み", model.PainResolved}, {"完了", model.PainResolved},
		{"Avatud", model.PainOpen}, {"Töös", model.PainOpen}, {"Lahendatud", model.PainResolved},
		{"open", model.PainOpen}, {"Closed", model.PainResolved},
	} {
		if got, ok := parsePainStatus(tc.status); !ok || got != tc.want {
			t.Errorf("status %q read as %q (%v), want %q", tc.status, got, ok, tc.want)
		}
	}
	if _, ok := parsePainStatus("vielleicht"); ok {
		t.Error(`"vielleicht" read as a status`)
	}
	for _, tc := range []struct {
		severity string
		want     int
	}{
		{"Niedrig", 1}, {"Mittel", 2}, {"Hoch", 3}, {"Kritisch", 3},
		{"Низкая", 1}, {"Средняя", 2}, {"Высокая", 3},
		{"低", 1}, {"中", 2}, {"高", 3},
		{"Madal", 1}, {"Keskmine", 2}, {"Kõrge", 3},
	} {
		if got, ok := parseSeverity(tc.severity); !ok || got != tc.want {
			t.Errorf("severity %q read as %d (%v), want %d", tc.severity, got, ok, tc.want)
		}
	}
}
