package data

import (
	"testing"
	"time"

	"talktrack/assets"
	"talktrack/model"
)

// TestADatedFreezeOutlastsHiringHeardLater: a spend freeze whose notes name
// the day it ends holds until then when a later call only speaks of people
// joining: no upgrade, seats or cross-sell comes back. A freeze naming no
// end, and a price objection, are still lifted by the growth.
func TestADatedFreezeOutlastsHiringHeardLater(t *testing.T) {
	pb, err := ParsePlaybook(assets.Playbook)
	if err != nil {
		t.Fatal(err)
	}
	d, err := model.NewCueDetector(pb.Cues)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		freeze string
		holds  bool
	}{
		{"Finance has frozen all new spend until the end of June next year.", true},
		{"Finance has frozen all new spend.", false},
		{"Honestly this is way too expensive for us.", false},
	} {
		_, id, now, view, logCall := leadingWithExpansion(t)
		at := now.Add(-2 * time.Hour)
		freeze := d.At(at).DetectNote(tc.freeze, "en")
		logCall(at, tc.freeze, nil, freeze...)
		if expands(view()) {
			t.Fatalf("%s: %q did not hold back expansion (%+v); the test says nothing", id, tc.freeze, freeze)
		}
		hiring := "Quick update: 12 new reps join in February."
		cues := d.At(now.Add(-time.Hour)).DetectNote(hiring, "en")
		grows := false
		for _, c := range cues {
			grows = grows || c.Kind == model.CueGrowth
		}
		if !grows {
			t.Fatalf("%q heard no growth: %+v", hiring, cues)
		}
		logCall(now.Add(-time.Hour), hiring, nil, cues...)
		b := view()
		switch {
		case tc.holds && len(b.Suggestions) > 0:
			t.Errorf("%s: a freeze until June lifted by %q: offers %+v", id, hiring, b.Suggestions[0].Product.ID)
		case !tc.holds && !expands(b):
			t.Errorf("%s: %q not lifted by %q: advice %q", id, tc.freeze, hiring, b.Advice)
		}
	}
}
