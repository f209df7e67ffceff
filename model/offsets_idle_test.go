package model

import (
	"strings"
	"testing"
)

// forecastOffsets is the offsets line of the fixture's Forecast.
const forecastOffsets = "the forecast call takes minutes instead of an afternoon"

// forecastOffsetsSaid briefs an account holding 20 seats of Pipeline Pro,
// used of them in use, with Forecast's offsets said only where seats sit
// idle and at price a seat, and reports whether Forecast's talking points
// say its offsets, and for how many seats it is offered.
func forecastOffsetsSaid(t *testing.T, used int, price float64) (said bool, seats int) {
	t.Helper()
	pb := fixturePlaybook()
	for i := range pb.Products {
		if pb.Products[i].ID == "forecast" {
			pb.Products[i].OffsetsIfIdleSeats = true
			pb.Products[i].Price = price
		}
	}
	in := input(holding("pipe-pro", 20, used))
	in.Catalog = NewCatalog(pb)
	s := find(briefing(t, in), "forecast")
	if s == nil {
		t.Fatalf("%d of 20 seats used, Forecast at %v: not offered", used, price)
	}
	for _, tp := range s.TalkingPoints {
		said = said || strings.Contains(tp.Text, forecastOffsets)
	}
	return said, s.Quantity
}

func TestOffsetsAboutIdleSeatsAreSaidOnlyWhereSeatsAreIdle(t *testing.T) {
	for _, tc := range []struct {
		used int
		want bool
	}{{20, false}, {18, false}, {10, true}} {
		if said, _ := forecastOffsetsSaid(t, tc.used, 15); said != tc.want {
			t.Errorf("%d of 20 seats used: offsets said = %v, want %v", tc.used, said, tc.want)
		}
	}
}

// TestOffsetsPaidByIdleSeatsNeedIdleSeatsWorthThePrice: offsets that say
// the idle seats pay for the offer are said only where they do, their
// price a year above what the offer adds to the bill.
func TestOffsetsPaidByIdleSeatsNeedIdleSeatsWorthThePrice(t *testing.T) {
	// 10 of 20 Pipeline Pro seats idle: 10 × 49 × 12 = 5,880 a year; the
	// 10 Forecast seats offered for who uses it cost 10 × price × 12.
	for _, tc := range []struct {
		price float64
		want  bool
	}{{15, true}, {40, true}, {49, false}, {60, false}} {
		if said, seats := forecastOffsetsSaid(t, 10, tc.price); said != tc.want {
			t.Errorf("Forecast at %v a seat, %d seats: offsets said = %v, want %v", tc.price, seats, said, tc.want)
		}
	}
}
