package model

import (
	"strings"
	"testing"
)

func TestQuotedWordsEndOnce(t *testing.T) {
	for in, want := range map[string]string{
		"Too expensive.":        "Too expensive",
		" Слишком дорого. ":     "Слишком дорого",
		"高すぎる。":                 "高すぎる",
		"Why so expensive?":     "Why so expensive?",
		"We can't afford it!":   "We can't afford it!",
		"Well...":               "Well...",
		"Reports take two days": "Reports take two days",
		"«Вы нам так и не перезвонили»": "Вы нам так и не перезвонили",
		"„Zu teuer.“":        "Zu teuer",
		"\"Too slow\"":       "Too slow",
		"「高すぎる」":             "高すぎる",
		"«Дорого» и «долго»": "«Дорого» и «долго»",
	} {
		if got := Quoted(in); got != want {
			t.Errorf("Quoted(%q) = %q, want %q", in, got, want)
		}
	}
	// The advice around a quote ends once.
	in := input(holding("pipe-pro", 20, 15))
	in.Account.Locale = "ru"
	in.Pains = []PainPoint{pain(1, PainCost, "Слишком дорого.", 3)}
	advice := strings.Join(briefing(t, in).Advice, " ")
	if !strings.Contains(advice, "«Слишком дорого»") || strings.Contains(advice, ".»") {
		t.Errorf("advice %q, want the words quoted without their full stop", advice)
	}
}
