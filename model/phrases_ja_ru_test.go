package model

import (
	"regexp"
	"strings"
	"testing"
	"time"
)

// TestJapaneseCountsCarryACounter: a Japanese count is said with its
// counter ("5ライセンス中3ライセンス"), never as a bare number before のうち
// or 中 ("5のうち3"), and the advice names what is held back before the
// particle instead of making the product the one that "does not propose".
func TestJapaneseCountsCarryACounter(t *testing.T) {
	bare := regexp.MustCompile(`[0-9][0-9,]*(のうち|中)`)
	lines := []string{
		AdviceLowSeats("ja", "売上予測", 3, 5),
		AdviceLowSeats("ja", "Smart Assist", 707, 1040),
		RightSizeLine("ja", "CRM Pro", 29, 42),
	}
	for _, l := range lines {
		if m := bare.FindString(l); m != "" {
			t.Errorf("%q counts %q without a counter", l, m)
		}
		if strings.Contains(l, "は拡大を提案しません") {
			t.Errorf("%q makes the product the subject of 提案しません", l)
		}
	}
	if got, want := AdviceLowSeats("ja", "売上予測", 3, 5), "5ライセンス中3ライセンスのご利用です（60%）"; !strings.Contains(got, want) {
		t.Errorf("%q does not say %q", got, want)
	}
}

// TestRussianPhrasesKeepTheNameInTheNominative: the right-size line and
// the advice put the product's name after "продукта", so that a Cyrillic
// name of any gender reads right ("лицензий продукта Электронная подпись",
// not "лицензий Электронная подпись").
func TestRussianPhrasesKeepTheNameInTheNominative(t *testing.T) {
	const name = "Электронная подпись"
	for _, l := range []string{RightSizeLine("ru", name, 3, 21), AdviceLowSeats("ru", name, 3, 21)} {
		if !strings.Contains(l, "продукта "+name) {
			t.Errorf("%q does not put %q after «продукта»", l, name)
		}
	}
}

// TestSayDateRussianAndJapanese: a follow-up date in a cue response is
// said the way a rep says it aloud: "20 декабря 2026 г.", not "20.12.2026".
func TestSayDateRussianAndJapanese(t *testing.T) {
	day := time.Date(2026, 12, 20, 0, 0, 0, 0, time.UTC)
	if got, want := sayDate(day, "ru"), "20 декабря 2026\u00a0г."; got != want {
		t.Errorf("ru: %q, want %q", got, want)
	}
	if got, want := sayDate(day, "ja"), "2026年12月20日"; got != want {
		t.Errorf("ja: %q, want %q", got, want)
	}
}

// TestJapaneseAndRussianGuidanceReadsNaturally: the stage guidance a rep
// reads before speaking avoids the collocations a native speaker stumbles
// on: Japanese "…を合意する" (one agrees について something) and "合った"
// for "fitting", Russian "признать проблемы словами клиента" (a calque of
// "acknowledge in their words") and a first-person "Формируем" among
// infinitives.
func TestJapaneseAndRussianGuidanceReadsNaturally(t *testing.T) {
	avoid := map[string][]string{
		"ja": {"を合意", "合ったアップグレード", "をお客様と合意"},
		"ru": {"признать проблемы словами", "Формируем"},
	}
	for lang, words := range avoid {
		for _, st := range Stages {
			g := st.GuidanceIn(lang)
			for _, w := range words {
				if strings.Contains(g, w) {
					t.Errorf("%s guidance for %s says %q: %q", lang, st, w, g)
				}
			}
		}
	}
}
