package importer

import (
	"strings"

	"talktrack/model"
)

// parseSizeBand reads a band such as "200-999" or "5000+".
func parseSizeBand(s string) (string, bool) {
	k := model.NameKey(s)
	for _, b := range model.SizeBands {
		if model.NameKey(b) == k {
			return b, true
		}
	}
	return "", false
}

// languages maps language names as CRMs write them to codes.
var languages = map[string]string{
	"english": "en", "german": "de", "deutsch": "de", "french": "fr", "francais": "fr", "français": "fr",
	"spanish": "es", "espanol": "es", "español": "es", "italian": "it", "italiano": "it",
	"portuguese": "pt", "portugues": "pt", "português": "pt", "dutch": "nl", "nederlands": "nl",
}

// parseLocale reads a language code ("de", "de-AT", "pt_BR") or name
// ("German") and keeps the language: talking points are chosen by it.
func parseLocale(s string) (string, bool) {
	k := strings.ToLower(strings.TrimSpace(s))
	if code, ok := languages[k]; ok {
		return code, true
	}
	lang, _, _ := strings.Cut(strings.ReplaceAll(k, "_", "-"), "-")
	if len(lang) < 2 || len(lang) > 3 {
		return "", false
	}
	for _, r := range lang {
		if r < 'a' || r > 'z' {
			return "", false
		}
	}
	return lang, true
}

// stageSynonyms are stage names other tools use, by name key.
var stageSynonyms = map[string]model.Stage{
	"new": model.StageOnboarding, "kickoff": model.StageOnboarding, "implementation": model.StageOnboarding,
	"implementing": model.StageOnboarding, "onboard": model.StageOnboarding,
	"adopting": model.StageAdoption, "live": model.StageAdoption,
	"valuerealised": model.StageValueRealized,
	"promoter":      model.StageAdvocate, "champion": model.StageAdvocate, "reference": model.StageAdvocate,
	"risk": model.StageAtRisk, "churnrisk": model.StageAtRisk,
	"churn": model.StageChurned, "lost": model.StageChurned, "cancelled": model.StageChurned,
	"canceled": model.StageChurned, "former": model.StageChurned, "formercustomer": model.StageChurned,
}

// parseStageLoose reads a journey stage as people write it ("Value
// realized", "at-risk", "Champion").
func parseStageLoose(s string) (model.Stage, bool) {
	k := model.NameKey(s)
	for _, st := range model.Stages {
		if k == model.NameKey(string(st)) || k == model.NameKey(st.Label()) {
			return st, true
		}
	}
	st, ok := stageSynonyms[k]
	return st, ok
}
