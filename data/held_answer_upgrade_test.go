package data

import (
	"context"
	"strings"
	"testing"

	"talktrack/model"
)

// TestAHeldAnswerIsNotSaidBesideItsOwnUpgrade: across the demo book, no
// briefing says to help them use a product they hold "before offering
// anything new for it" while an upgrade of that product is among its
// offers: the two would contradict each other.
func TestAHeldAnswerIsNotSaidBesideItsOwnUpgrade(t *testing.T) {
	ctx := context.Background()
	s := demoStore(t)
	accounts, err := s.Accounts(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	for _, a := range accounts {
		if a.Locale != "en" {
			continue
		}
		v, err := s.AccountView(ctx, a.ID, demoNow)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range v.Briefing.Advice {
			if !strings.Contains(line, "before offering anything new for it") {
				continue
			}
			for _, h := range v.Holdings {
				if !strings.Contains(line, ", and "+h.Product.Name+", which they already have") {
					continue
				}
				checked++
				for _, sg := range v.Briefing.Suggestions {
					if sg.Kind == model.KindUpsell && sg.Product.Family == h.Product.Family {
						t.Errorf("%s: %q beside the offer of %s", a.ID, line, sg.Product.Name)
					}
				}
			}
		}
	}
	if checked == 0 {
		t.Fatal("no briefing says to put a held product to use; the test says nothing")
	}
}
