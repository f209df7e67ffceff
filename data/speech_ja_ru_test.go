package data

import (
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode"

	"talktrack/assets"
	"talktrack/model"
)

// nameSlots are the placeholders that insert a product or competitor name,
// which may be written in any script and, in Russian, be of any gender.
var nameSlots = []string{"{product}", "{held}", "{integrated}", "{complement}", "{competitor}"}

// ruApposition are head nouns a name may stand beside in apposition, in
// the nominative whatever the noun's case ("тарифе CRM Pro", "продукта
// Электронная подпись"); what follows agrees with the noun, not the name.
var ruApposition = map[string]bool{
	"тариф": true, "тарифа": true, "тарифе": true, "тарифом": true, "тарифу": true,
	"продукт": true, "продукта": true, "продукте": true, "продуктом": true, "продукту": true,
	"решение": true, "вариант": true,
	"услуга": true, "услуги": true, "услуге": true, "услугой": true, "услугу": true,
}

// ruNominativeBefore are the other words after which a Russian line may put
// a name: a verb whose subject the name is ("у вас есть X", "закрывает X"),
// a conjunction opening a clause ("если X …"), or "и". After anything else
// ("после", "с", "в", "для", "помимо", "вашим", "показать вам",
// "используют") the name would have to be declined, which a template
// cannot do.
var ruNominativeBefore = map[string]bool{
	"есть": true, "и": true, "закрывает": true, "даёт": true, "если": true, "раз": true,
}

// ruGenderedAfter are forms that agree with the gender of the name before
// them ("CRM Pro создан", "… стал бы", "… должен"): wrong for a feminine
// name such as «Электронная подпись».
var ruGenderedAfter = regexp.MustCompile(`^[\s,]*(создан[аоы]?|стал[аио]?|был[аио]?|должен|должна|должно|готов[аоы]?|нужен|нужна|нужно|полезен|полезна|который|которая|которое)([\s,.!?;:]|$)`)

// checkRussianNames fails when a Russian line puts a name where Russian
// grammar would decline it or make something agree with its gender.
func checkRussianNames(t *testing.T, what, text string) {
	t.Helper()
	for _, slot := range nameSlots {
		for rest := text; ; {
			i := strings.Index(rest, slot)
			if i < 0 {
				break
			}
			before, after := rest[:i], rest[i+len(slot):]
			words := strings.FieldsFunc(before, func(r rune) bool { return unicode.IsSpace(r) })
			apposition := false
			if len(words) > 0 {
				prev := strings.ToLower(words[len(words)-1])
				lastRune := []rune(prev)[len([]rune(prev))-1]
				apposition = ruApposition[prev]
				if unicode.IsLetter(lastRune) && !apposition && !ruNominativeBefore[prev] {
					t.Errorf("%s: %q puts %s after %q, which declines the name; rephrase so the name stays in the nominative", what, text, slot, prev)
				}
			}
			if m := ruGenderedAfter.FindStringSubmatch(after); m != nil && !apposition {
				t.Errorf("%s: %q makes %q agree with the gender of %s", what, text, m[1], slot)
			}
			rest = after
		}
	}
}

// jaUnnatural are phrasings a Japanese rep does not say to a customer:
// double honorifics (お伺い, ご検討される), casual or condescending words
// (大丈夫です, 構いません, ほしい), the over-polite machine style
// (させていただければと存じます), 遠慮なく without ご, and the customer's
// own work in plain form.
var jaUnnatural = []*regexp.Regexp{
	regexp.MustCompile(`お伺い`),
	regexp.MustCompile(`ご\p{Han}+され`),
	regexp.MustCompile(`(^|[^ご])遠慮なく`),
	regexp.MustCompile(`大丈夫です`),
	regexp.MustCompile(`構いません`),
	regexp.MustCompile(`ほしい`),
	regexp.MustCompile(`させていただければと存じます`),
	regexp.MustCompile(`お急ぎいただく`),
	// The customer's own work in plain form ("手作業で行っている"), where a
	// rep uses the respectful passive ("行われている").
	regexp.MustCompile(`(で行って|で作成して|個別に持って)いる`),
}

// TestJapaneseAndRussianTemplatesReadAsSaid checks every Japanese and
// Russian template and cue response of the bundled playbook the way a
// native rep would hear them: Russian names never forced into a case or a
// gender, Russian direct speech introduced with a colon, Japanese keigo
// without double honorifics or casual words, and what pays for a product
// never called the "difference", because the same words follow the price
// of a cross-sell, where there is nothing to compare with.
func TestJapaneseAndRussianTemplatesReadAsSaid(t *testing.T) {
	pb, err := ParsePlaybook(assets.Playbook)
	if err != nil {
		t.Fatal(err)
	}
	var ru, ja []string
	for _, tp := range pb.TalkingPoints {
		switch tp.Locale {
		case "ru":
			ru = append(ru, tp.Text)
		case "ja":
			ja = append(ja, tp.Text)
		}
	}
	for _, l := range pb.Cues.Languages {
		for _, text := range l.Responses {
			switch l.Locale {
			case "ru":
				ru = append(ru, text)
			case "ja":
				ja = append(ja, text)
			}
		}
	}
	if len(ru) < 30 || len(ja) < 30 {
		t.Fatalf("found %d Russian and %d Japanese texts; the playbook has more", len(ru), len(ja))
	}
	quote := regexp.MustCompile(`(?i)(сказали|говорили|упомянули)\s+«`)
	for _, text := range ru {
		checkRussianNames(t, "ru template", text)
		if quote.MatchString(text) {
			t.Errorf("ru: %q quotes the customer without a colon before «", text)
		}
	}
	for _, text := range ja {
		for _, re := range jaUnnatural {
			if m := re.FindString(text); m != "" {
				t.Errorf("ja: %q says %q", text, m)
			}
		}
	}
	for _, p := range pb.Products {
		for _, re := range jaUnnatural {
			if m := re.FindString(p.OffsetsIn("ja")); m != "" {
				t.Errorf("ja offsets of %s say %q: %q", p.ID, m, p.OffsetsIn("ja"))
			}
		}
		for lang, words := range map[string][]string{"ja": {"差額", "アップグレード費用"}, "ru": {"разниц", "дороже перехода"}} {
			for _, w := range words {
				if strings.Contains(p.OffsetsIn(lang), w) {
					t.Errorf("%s offsets of %s say %q, untrue after the price of a cross-sell: %q", lang, p.ID, w, p.OffsetsIn(lang))
				}
			}
		}
	}
}

// TestRussianLinesWithAFeminineCyrillicName renders the Russian scenarios
// with every product renamed to a feminine Cyrillic name, the case a
// template written for Latin names gets wrong ("после Электронная подпись",
// "Электронная подпись создан"), and checks each line and piece of advice
// that names it the way TestJapaneseAndRussianTemplatesReadAsSaid checks
// templates.
func TestRussianLinesWithAFeminineCyrillicName(t *testing.T) {
	pb, err := ParsePlaybook(assets.Playbook)
	if err != nil {
		t.Fatal(err)
	}
	const name = "Электронная подпись"
	for i := range pb.Products {
		p := &pb.Products[i]
		texts := map[string]model.ProductText{}
		for k, v := range p.Texts {
			texts[k] = v
		}
		tx := texts["ru"]
		tx.Name = name
		texts["ru"] = tx
		p.Texts = texts
	}
	cat := model.NewCatalog(pb)
	now := time.Date(2026, 6, 15, 10, 0, 0, 0, time.UTC)
	var lc languageCase
	for _, c := range languageCases {
		if c.locale == "ru" {
			lc = c
		}
	}
	lines := 0
	check := func(what, text string) {
		if strings.Contains(text, name) {
			lines++
			checkRussianNames(t, what, strings.ReplaceAll(text, name, "{product}"))
		}
	}
	for _, in := range languageScenarios(cat, lc, now) {
		b := model.Recommend(in)
		for _, s := range b.Suggestions {
			for _, tp := range s.TalkingPoints {
				check(s.Product.ID+" "+string(tp.Kind), tp.Text)
			}
		}
		for _, a := range b.Advice {
			check("advice", a)
		}
	}
	check("right-size", model.RightSizeLine("ru", name, 21, 50))
	if lines < 10 {
		t.Fatalf("only %d lines name the product; the scenarios should name it more often", lines)
	}
}
