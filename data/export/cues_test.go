package export

import (
	"testing"

	"talktrack/model"
)

func TestCallBodyListsCues(t *testing.T) {
	c := Call{Notes: "Zu teuer, sagt sie.", FollowUp: "2026-04-01", Cues: []model.Cue{
		{Kind: model.CuePrice, Text: "Zu teuer"},
		{Kind: model.CueGrowth, Text: "20 neue Leute", Number: 20},
		{Kind: model.CuePain, Text: "Import schlägt fehl", Category: "integration"},
		{Kind: model.CueCompetitor, Text: "HubSpot", Competitor: "HubSpot"},
	}}
	want := "Zu teuer, sagt sie.\n\nCues: price \"Zu teuer\"; growth \"20 neue Leute\" (20); pain \"Import schlägt fehl\" (integration); competitor \"HubSpot\"\nFollow-up: 2026-04-01"
	if got := callBody(c); got != want {
		t.Errorf("body\n got %q\nwant %q", got, want)
	}
}
