package model

import "strings"

// Stage is where an account is in its customer journey. The stage gates
// which offers may be made at all.
type Stage string

// The six journey stages, in the order a healthy customer moves through the
// first four. AtRisk and Churned are off the happy path.
const (
	StageOnboarding    Stage = "onboarding"
	StageAdoption      Stage = "adoption"
	StageValueRealized Stage = "value_realized"
	StageAdvocate      Stage = "advocate"
	StageAtRisk        Stage = "at_risk"
	StageChurned       Stage = "churned"
)

// Stages lists every stage in journey order.
var Stages = []Stage{StageOnboarding, StageAdoption, StageValueRealized, StageAdvocate, StageAtRisk, StageChurned}

// ParseStage reads a stage name; it accepts the canonical names and tolerates
// case, spaces and hyphens ("Value realized", "at-risk").
func ParseStage(s string) (Stage, error) {
	k := canonicalEnum(s)
	for _, st := range Stages {
		if string(st) == k {
			return st, nil
		}
	}
	return "", Errorf(EINVALID, "unknown stage %q: use one of %s", s, joinStrings(Stages))
}

// Label is the stage as a person would write it.
func (s Stage) Label() string {
	switch s {
	case StageOnboarding:
		return "Onboarding"
	case StageAdoption:
		return "Adoption"
	case StageValueRealized:
		return "Value realized"
	case StageAdvocate:
		return "Advocate"
	case StageAtRisk:
		return "At risk"
	case StageChurned:
		return "Churned"
	}
	return string(s)
}

// Guidance is one line of advice, in English, for an account in this
// stage: what the rep should aim for on the next call. GuidanceIn gives it
// in the account's language.
func (s Stage) Guidance() string { return stageGuidance[defaultLocale][s] }

// AllowsOffers reports whether any suggestion may be made in this stage.
func (s Stage) AllowsOffers() bool {
	return s == StageAdoption || s == StageValueRealized || s == StageAdvocate
}

func joinStrings[T ~string](vs []T) string {
	parts := make([]string, len(vs))
	for i, v := range vs {
		parts[i] = string(v)
	}
	return strings.Join(parts, ", ")
}
