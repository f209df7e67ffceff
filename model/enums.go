package model

import "strings"

// Outcome is how a call ended.
type Outcome string

// Call outcomes, in the order the call screen's digits 1-6 pick them.
const (
	OutcomeConnected     Outcome = "connected"
	OutcomeLeftVoicemail Outcome = "left_voicemail"
	OutcomeLeftMessage   Outcome = "left_message"
	OutcomeNoAnswer      Outcome = "no_answer"
	OutcomeBusy          Outcome = "busy"
	OutcomeWrongNumber   Outcome = "wrong_number"
)

// Outcomes lists every outcome in the order of the call screen's digits.
var Outcomes = []Outcome{OutcomeConnected, OutcomeLeftVoicemail, OutcomeLeftMessage, OutcomeNoAnswer, OutcomeBusy, OutcomeWrongNumber}

// ParseOutcome reads an outcome name.
func ParseOutcome(s string) (Outcome, error) {
	k := canonicalEnum(s)
	for _, o := range Outcomes {
		if string(o) == k {
			return o, nil
		}
	}
	return "", Errorf(EINVALID, "unknown outcome %q: use one of %s", s, joinStrings(Outcomes))
}

// Label is the outcome as a person would say it.
func (o Outcome) Label() string {
	switch o {
	case OutcomeConnected:
		return "Connected"
	case OutcomeLeftVoicemail:
		return "Left voicemail"
	case OutcomeLeftMessage:
		return "Left live message"
	case OutcomeNoAnswer:
		return "No answer"
	case OutcomeBusy:
		return "Busy"
	case OutcomeWrongNumber:
		return "Wrong number"
	}
	return string(o)
}

// FollowUpVerb says how a follow-up came from a call that ended so: agreed
// with the customer when the call connected, set by the rep otherwise (a
// voicemail agrees to nothing).
func (o Outcome) FollowUpVerb() string {
	if o == OutcomeConnected {
		return "agreed"
	}
	return "set"
}

// Response is how a customer answered an offer made during a call.
type Response string

// Offer responses, from warmest to coldest.
const (
	ResponseAccepted   Response = "accepted"
	ResponseInterested Response = "interested"
	ResponseNotNow     Response = "not_now"
	ResponseDeclined   Response = "declined"
)

// Responses lists every response.
var Responses = []Response{ResponseAccepted, ResponseInterested, ResponseNotNow, ResponseDeclined}

// ParseResponse reads a response name.
func ParseResponse(s string) (Response, error) {
	k := canonicalEnum(s)
	for _, r := range Responses {
		if string(r) == k {
			return r, nil
		}
	}
	return "", Errorf(EINVALID, "unknown offer response %q: use one of %s", s, joinStrings(Responses))
}

// Label is the response as a person would say it.
func (r Response) Label() string {
	switch r {
	case ResponseAccepted:
		return "Accepted"
	case ResponseInterested:
		return "Interested"
	case ResponseNotNow:
		return "Not now"
	case ResponseDeclined:
		return "Declined"
	}
	return string(r)
}

// SuggestionKind says whether a suggestion moves the account up a tier of
// what it has (upsell), adds seats of a product it has (seats) or adds a
// different product (cross-sell).
type SuggestionKind string

// The three kinds of suggestion.
const (
	KindUpsell    SuggestionKind = "upsell"
	KindSeats     SuggestionKind = "seats"
	KindCrossSell SuggestionKind = "cross-sell"
)

// TalkingPointKind is the role a talking point plays in a pitch.
type TalkingPointKind string

// Talking point kinds, in the order a rep would use them.
const (
	PointBenefit  TalkingPointKind = "benefit"
	PointValue    TalkingPointKind = "value"
	PointProof    TalkingPointKind = "proof"
	PointQuestion TalkingPointKind = "question"
	PointExit     TalkingPointKind = "exit"
)

// TalkingPointKinds lists every kind in pitch order.
var TalkingPointKinds = []TalkingPointKind{PointBenefit, PointValue, PointProof, PointQuestion, PointExit}

// PainStatus says whether a pain point still hurts.
type PainStatus string

// Pain point statuses.
const (
	PainOpen     PainStatus = "open"
	PainResolved PainStatus = "resolved"
)

// canonicalEnum lowers s and turns spaces and hyphens into underscores, so
// "Left voicemail" and "left-voicemail" both read as left_voicemail.
func canonicalEnum(s string) string {
	k := strings.ToLower(strings.TrimSpace(s))
	return strings.NewReplacer(" ", "_", "-", "_").Replace(k)
}
