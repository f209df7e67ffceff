package model

import "testing"

func TestNameKeyFoldsLatinAccentsOnly(t *testing.T) {
	for name, want := range map[string]string{
		"GTX Pro":             "gtxpro",
		"gtx-pro":             "gtxpro",
		"Hõbekoda Tehnika OÜ": "hobekodatehnikaou",
		"Müller & Söhne GmbH": "mullersohnegmbh",
		"Café Ñandú":          "cafenandu",
		"Straße":              "straße",
		"Ørsted":              "ørsted",
		"ガス株式会社":              "ガス株式会社",
		"Майский Чай":         "майскийчай",
	} {
		if got := NameKey(name); got != want {
			t.Errorf("NameKey(%q) = %q, want %q", name, got, want)
		}
	}
}
