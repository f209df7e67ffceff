package model

import (
	"strings"
	"testing"
)

func TestOffsetsAboutIdleSeatsAreSaidOnlyWhereSeatsAreIdle(t *testing.T) {
	const offsets = "the forecast call takes minutes instead of an afternoon"
	for _, tc := range []struct {
		used int
		want bool
	}{{20, false}, {18, false}, {10, true}} {
		pb := fixturePlaybook()
		for i := range pb.Products {
			if pb.Products[i].ID == "forecast" {
				pb.Products[i].OffsetsIfIdleSeats = true
			}
		}
		in := input(holding("pipe-pro", 20, tc.used))
		in.Catalog = NewCatalog(pb)
		s := find(briefing(t, in), "forecast")
		if s == nil {
			t.Fatalf("%d of 20 seats used: no forecast", tc.used)
		}
		said := false
		for _, tp := range s.TalkingPoints {
			said = said || strings.Contains(tp.Text, offsets)
		}
		if said != tc.want {
			t.Errorf("%d of 20 seats used: offsets said = %v, want %v (%v)", tc.used, said, tc.want, s.TalkingPoints)
		}
	}
}
