package model

import (
	"fmt"
	"testing"
)

// TestTheItemModelTakesTheMostHeldProducts checks that a catalogue larger
// than maxModelledProducts is modelled on its most held products only (a
// model of every product takes minutes to solve), while the rest keep
// their counts and their look-alike evidence.
func TestTheItemModelTakesTheMostHeldProducts(t *testing.T) {
	n := maxModelledProducts + 50
	book := PeerStats{Accounts: 2 * n, Holders: map[string]int{}, Together: map[string]map[string]int{}}
	id := func(i int) string { return fmt.Sprintf("p%04d", i) }
	for i := range n {
		book.Holders[id(i)] = 2*n - i // p0000 is the most held
		book.Together[id(i)] = map[string]int{}
	}
	for i := 1; i < n; i++ {
		book.Together[id(i)][id(i-1)] = 3
		book.Together[id(i-1)][id(i)] = 3
	}
	ev := NewEvidence(book, nil)
	if ev.width != maxModelledProducts {
		t.Fatalf("item model of %d products, want %d", ev.width, maxModelledProducts)
	}
	inModel := ItemModelProducts(book.Holders)
	if len(inModel) != maxModelledProducts || !inModel[id(0)] || !inModel[id(maxModelledProducts-1)] || inModel[id(maxModelledProducts)] {
		t.Errorf("ItemModelProducts kept %d, want the %d most held", len(inModel), maxModelledProducts)
	}
	in, ok := ev.link(id(1), id(2))
	if !ok || in.weight == 0 || in.together != 3 {
		t.Errorf("link between two modelled products %+v (%v), want a weight and 3 together", in, ok)
	}
	out, ok := ev.link(id(n-2), id(n-1))
	if !ok || out.weight != 0 || out.together != 3 || out.holders != ev.holdersOf(id(n-2)) {
		t.Errorf("link beyond the model %+v (%v), want no weight but the counts", out, ok)
	}
}
