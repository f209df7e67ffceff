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

// TestOffsetsPaidByIdleSeatsNeedIdleSeatsWorthThePrice: offsets that say
// the idle seats pay for the offer are said only where they do, their
// price a year above what the offer adds to the bill.
func TestOffsetsPaidByIdleSeatsNeedIdleSeatsWorthThePrice(t *testing.T) {
	const offsets = "the forecast call takes minutes instead of an afternoon"
	// 10 of 20 Pipeline Pro seats idle: 10 × 49 × 12 = 5,880 a year; the
	// 10 Forecast seats offered for who uses it cost 10 × price × 12.
	for _, tc := range []struct {
		price float64
		want  bool
	}{{15, true}, {40, true}, {49, false}, {60, false}} {
		pb := fixturePlaybook()
		for i := range pb.Products {
			if pb.Products[i].ID == "forecast" {
				pb.Products[i].OffsetsIfIdleSeats = true
				pb.Products[i].Price = tc.price
			}
		}
		in := input(holding("pipe-pro", 20, 10))
		in.Catalog = NewCatalog(pb)
		s := find(briefing(t, in), "forecast")
		if s == nil {
			t.Fatalf("Forecast at %v: not offered", tc.price)
		}
		said := false
		for _, tp := range s.TalkingPoints {
			said = said || strings.Contains(tp.Text, offsets)
		}
		if said != tc.want {
			t.Errorf("Forecast at %v a seat, %d seats: offsets said = %v, want %v", tc.price, s.Quantity, said, tc.want)
		}
	}
}
