package data

import (
	"slices"
	"strings"
	"testing"

	"talktrack/assets"
)

// TestTheHealthCheckSetsNothingAsideUnlessCostWasSaid: offered beside an
// upgrade to a customer who never spoke of cost, the review's line must
// not open with "before anything new … keep only what earns its place":
// the next offer on the list would contradict it. Only the line that
// quotes what they said about cost may.
func TestTheHealthCheckSetsNothingAsideUnlessCostWasSaid(t *testing.T) {
	pb, err := ParsePlaybook(assets.Playbook)
	if err != nil {
		t.Fatal(err)
	}
	asides := []string{"Before anything new", "Bevor wir über Neues", "新しいご提案の前に", "Прежде чем обсуждать что-то новое", "Enne uutest"}
	seen := 0
	for _, tp := range pb.TalkingPoints {
		if !slices.Contains(tp.Products, "health-check") || strings.Contains(tp.Text, "{cost_said}") {
			continue
		}
		seen++
		for _, a := range asides {
			if strings.Contains(tp.Text, a) {
				t.Errorf("%s: %q sets new offers aside without a cost said", tp.Locale, tp.Text)
			}
		}
	}
	if seen < 5 {
		t.Errorf("%d health check lines without a cost said, want one per language", seen)
	}
}
