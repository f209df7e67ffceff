package model

import (
	"strings"
	"testing"
)

// TestAnEarlierInterestIsAskedAboutAgain: an offer the customer was
// interested in on a call that led nowhere comes back with the question
// whether that interest still holds, naming the day, in the account's
// language; a first pitch keeps its discovery question.
func TestAnEarlierInterestIsAskedAboutAgain(t *testing.T) {
	for _, tc := range []struct {
		locale string
		days   int
		want   string
	}{
		{"en", 100, "you showed interest in Forecast. Is it still on your list?"},
		{"de", 100, "hatten Sie sich für Forecast interessiert. Ist das für Sie noch ein Thema?"},
		{"en", 400, "On " + sayFollowUp(daysAgoAt(400), "en", daysAgoAt(800)) + " you showed interest"},
	} {
		in := input(holding("pipe-pro", 20, 15))
		in.Account.Locale = tc.locale
		in.PastOffers = []PastOffer{{"forecast", ResponseInterested, daysAgoAt(tc.days)}}
		s := find(briefing(t, in), "forecast")
		if s == nil {
			t.Fatalf("%s, interest %d days ago: forecast not offered", tc.locale, tc.days)
		}
		if q := question(s); !strings.Contains(q, tc.want) {
			t.Errorf("%s, interest %d days ago: question %q, want %q in it", tc.locale, tc.days, q, tc.want)
		}
	}
	s := find(briefing(t, input(holding("pipe-pro", 20, 15))), "forecast")
	if s == nil || strings.Contains(question(s), "interested") {
		t.Errorf("a first pitch asks about an earlier interest: %+v", s)
	}
}

func question(s *Suggestion) string {
	for _, tp := range s.TalkingPoints {
		if tp.Kind == PointQuestion {
			return tp.Text
		}
	}
	return ""
}
