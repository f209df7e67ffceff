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
	"japanese": "ja", "日本語": "ja", "russian": "ru", "русский": "ru", "estonian": "et", "eesti": "et", "eesti keel": "et",
}

// countryLocales maps countries, by name key of their English, native or
// ISO 3166 name, to the language accounts there are spoken to in.
var countryLocales = map[string]string{
	"de": "de", "deu": "de", "germany": "de", "deutschland": "de",
	"at": "de", "aut": "de", "austria": "de", "osterreich": "de", "österreich": "de",
	"dach": "de", "ch": "de-CH", "che": "de-CH", "switzerland": "de-CH", "schweiz": "de-CH", "suisse": "de-CH",
	"liechtenstein": "de-CH", "li": "de-CH", "lie": "de-CH",
	"jp": "ja", "jpn": "ja", "japan": "ja", "日本": "ja",
	"ru": "ru", "rus": "ru", "russia": "ru", "russianfederation": "ru", "россия": "ru",
	"ee": "et", "est": "et", "estonia": "et", "eesti": "et",
}

// localeForCountry is the locale inferred from a country: German for
// Germany and Austria, Swiss German (de-CH) for Switzerland, Japanese for Japan, Russian for Russia,
// Estonian for Estonia, English for any other country. False when there is
// no country to infer from.
func localeForCountry(country string) (string, bool) {
	country = strings.TrimSpace(country)
	if country == "" {
		return "", false
	}
	k := model.NameKey(country)
	if k == "" {
		k = strings.ToLower(strings.ReplaceAll(country, " ", ""))
	}
	if loc, ok := countryLocales[k]; ok {
		return loc, true
	}
	return "en", true
}

// lastPart is the text after the last comma ("Munich, Germany" gives
// "Germany"), where a region column names the country last.
func lastPart(s string) string {
	if i := strings.LastIndexByte(s, ','); i >= 0 {
		return strings.TrimSpace(s[i+1:])
	}
	return strings.TrimSpace(s)
}

// regionalLocales are the locales kept with their region, as money is
// written differently there ("CHF 81’900" in Switzerland).
var regionalLocales = map[string]string{"de-ch": "de-CH", "de-li": "de-CH"}

// parseLocale reads a language code ("de", "de-AT", "pt_BR") or name
// ("German") and keeps the language: talking points are chosen by it. A
// region that writes money its own way is kept ("de-CH").
func parseLocale(s string) (string, bool) {
	k := strings.ToLower(strings.TrimSpace(s))
	if code, ok := languages[k]; ok {
		return code, true
	}
	if code, ok := regionalLocales[strings.ReplaceAll(k, "_", "-")]; ok {
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
