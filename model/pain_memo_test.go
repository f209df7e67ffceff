package model

import (
	"fmt"
	"sync"
	"testing"
)

func TestAPainIsReadAsItsWordsSayEveryTimeWithinABound(t *testing.T) {
	cat := NewCatalog(fixturePlaybook())
	pains := []PainPoint{
		pain(1, "reporting", "Reports take a day to build", 2),
		pain(2, "support", "It's too expensive for what we use", 2),
		pain(3, PainCost, "Licences nobody uses", 1),
	}
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 3 {
				for _, p := range pains {
					got, about := cat.readPain(p)
					want := cat.ruleCategory(p)
					if got != want || about != (want != PainCost && cat.aboutUs(p.Title)) {
						t.Errorf("%q read as %s (about us %v), want %s", p.Title, got, about, want)
					}
				}
			}
		}()
	}
	wg.Wait()
	for i := range painMemoCap + 10 {
		cat.readPain(pain(int64(i), "reporting", fmt.Sprintf("Report %d is late", i), 1))
	}
	if n := len(cat.readings.m); n > painMemoCap {
		t.Errorf("%d readings kept, want at most %d", n, painMemoCap)
	}
}
