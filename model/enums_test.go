package model

import (
	"strings"
	"testing"
)

func TestParseStage(t *testing.T) {
	tests := []struct {
		in   string
		want Stage
		ok   bool
	}{
		{"onboarding", StageOnboarding, true},
		{"Value realized", StageValueRealized, true},
		{"value-realized", StageValueRealized, true},
		{" AT-RISK ", StageAtRisk, true},
		{"advocate", StageAdvocate, true},
		{"churned", StageChurned, true},
		{"adoption", StageAdoption, true},
		{"happy", "", false},
		{"", "", false},
	}
	for _, tt := range tests {
		got, err := ParseStage(tt.in)
		if got != tt.want || (err == nil) != tt.ok {
			t.Errorf("ParseStage(%q) = %q, %v; want %q, ok %v", tt.in, got, err, tt.want, tt.ok)
		}
		if err != nil && (ErrorCode(err) != EINVALID || !strings.Contains(err.Error(), "value_realized")) {
			t.Errorf("ParseStage(%q) error %q should be invalid and list the stages", tt.in, err)
		}
	}
}

func TestOnlyThreeStagesAllowOffers(t *testing.T) {
	for _, s := range Stages {
		want := s == StageAdoption || s == StageValueRealized || s == StageAdvocate
		if s.AllowsOffers() != want {
			t.Errorf("%s.AllowsOffers() = %v, want %v", s, s.AllowsOffers(), want)
		}
		if s.Guidance() == "" || s.Label() == string(s) {
			t.Errorf("%s has no guidance or label", s)
		}
	}
}

func TestParseOutcomeAndResponse(t *testing.T) {
	for i, o := range Outcomes {
		got, err := ParseOutcome(strings.ToUpper(string(o)))
		if err != nil || got != o {
			t.Errorf("outcome %d: ParseOutcome(%q) = %q, %v", i+1, o, got, err)
		}
	}
	if got, err := ParseOutcome("Left voicemail"); err != nil || got != OutcomeLeftVoicemail {
		t.Errorf("ParseOutcome(Left voicemail) = %q, %v", got, err)
	}
	if _, err := ParseOutcome("hung up"); ErrorCode(err) != EINVALID || !strings.Contains(err.Error(), "wrong_number") {
		t.Errorf("ParseOutcome(hung up) error = %v, want invalid listing the outcomes", err)
	}
	if got, err := ParseResponse("not now"); err != nil || got != ResponseNotNow {
		t.Errorf("ParseResponse(not now) = %q, %v", got, err)
	}
	if _, err := ParseResponse("maybe"); ErrorCode(err) != EINVALID || !strings.Contains(err.Error(), "declined") {
		t.Errorf("ParseResponse(maybe) error = %v, want invalid listing the responses", err)
	}
}

// TestAFollowUpIsAgreedOnlyOnACallThatConnected checks the word a follow-up
// is told with: a voicemail or an unanswered call agrees to nothing.
func TestAFollowUpIsAgreedOnlyOnACallThatConnected(t *testing.T) {
	for _, o := range Outcomes {
		want := "set"
		if o == OutcomeConnected {
			want = "agreed"
		}
		if got := o.FollowUpVerb(); got != want {
			t.Errorf("%s: follow-up %q, want %q", o, got, want)
		}
	}
}
