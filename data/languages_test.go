package data

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode"

	"talktrack/assets"
	"talktrack/model"
)

// languageCase is one language as the bundled playbook speaks it: an
// account's locale and currency, the currency sign its prices must carry,
// and words that give away another language.
type languageCase struct {
	locale, currency, sign string
	// script reports whether a line is written in the language's script.
	script func(string) bool
	// foreign are words or signs of other languages (and other
	// currencies) that must not appear once product names are removed.
	foreign []string
}

// englishWords give away an English line; padded with spaces so that they
// match whole words.
var englishWords = []string{" the ", " per ", " seat", " month", " year", " and ", " you ", " your ", " with ", " is ",
	" of ", " more ", " than ", " it ", " for ", " to ", " we ", " that ", "$"}

var languageCases = []languageCase{
	{locale: "en", currency: "USD", sign: "$", script: latinOnly,
		foreign: []string{"€", "¥", "₽", " pro ", " Lizenz", " und ", " kuus", " в месяц", "Sie "}},
	{locale: "de", currency: "EUR", sign: "€", script: latinOnly,
		foreign: append([]string{"USD", "¥", "₽", " kuus", " litsentsi"}, englishWords...)},
	{locale: "ja", currency: "JPY", sign: "¥", script: hasJapanese,
		foreign: append([]string{"€", "₽", "USD", " pro ", "Lizenz"}, englishWords...)},
	{locale: "ru", currency: "RUB", sign: "₽", script: hasCyrillic,
		foreign: append([]string{"€", "¥", "USD", " pro ", "Lizenz", " kuus"}, englishWords...)},
	{locale: "et", currency: "EUR", sign: "€", script: latinOnly,
		foreign: append([]string{"USD", "¥", "₽", " pro ", "Lizenz", " und ", " mit ", " ist "}, englishWords...)},
}

func latinOnly(s string) bool {
	for _, r := range s {
		if unicode.In(r, unicode.Cyrillic, unicode.Han, unicode.Hiragana, unicode.Katakana) {
			return false
		}
	}
	return true
}

func hasJapanese(s string) bool {
	for _, r := range s {
		if unicode.In(r, unicode.Hiragana, unicode.Katakana, unicode.Han) {
			return !strings.ContainsFunc(s, func(r rune) bool { return unicode.Is(unicode.Cyrillic, r) })
		}
	}
	return false
}

func hasCyrillic(s string) bool {
	return strings.ContainsFunc(s, func(r rune) bool { return unicode.Is(unicode.Cyrillic, r) }) &&
		!strings.ContainsFunc(s, func(r rune) bool { return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) })
}

// languageScenarios are representative accounts that between them call
// for every kind of talking point and every kind of suggestion: a growing
// advocate near its seat limit with pains and strong peer evidence, a tiny
// new customer with one seat, and a Russian-plural trap of 21 seats used.
func languageScenarios(cat *model.Catalog, lc languageCase, now time.Time) []model.BriefingInput {
	acct := func(id string, employees int, stage model.Stage) model.Account {
		return model.Account{ID: id, Name: "Kunde " + id, Industry: "retail", Employees: employees,
			SizeBand: model.SizeBandFor(employees), Locale: lc.locale, Currency: lc.currency, Stage: stage,
			RenewalDate: now.AddDate(0, 2, 0)}
	}
	pain := func(id int64, cat, title string) model.PainPoint {
		return model.PainPoint{ID: id, Category: cat, Title: title, Severity: 3, Status: model.PainOpen, NotedAt: now.AddDate(0, 0, -10)}
	}
	words := scenarioPains[lc.locale]
	big := acct("A1", 400, model.StageAdvocate)
	peers := model.PeerStats{Segment: big.Segment(), Accounts: 40,
		Holders:  map[string]int{"crm-pro": 21, "analytics-basic": 12, "forecasting": 15},
		Together: map[string]map[string]int{"crm-pro": {"forecasting": 14, "e-signature": 12, "analytics-basic": 12}}}
	return []model.BriefingInput{
		{Account: big, Catalog: cat, Now: now, Peers: peers,
			Holdings: []model.Holding{{ProductID: "crm-pro", Quantity: 50, SeatsUsed: 49}, {ProductID: "analytics-basic", Quantity: 1},
				{ProductID: "desk-starter", Quantity: 10, SeatsUsed: 9}, {ProductID: "smart-assist", Quantity: 40, SeatsUsed: 39}},
			Pains: []model.PainPoint{pain(1, "integration", words[0]), pain(2, "support", words[1])}},
		{Account: acct("A2", 12, model.StageValueRealized), Catalog: cat, Now: now,
			Holdings: []model.Holding{{ProductID: "crm-starter", Quantity: 1, SeatsUsed: 1}, {ProductID: "forecasting", Quantity: 1, SeatsUsed: 1}}},
		{Account: acct("A3", 60, model.StageAdvocate), Catalog: cat, Now: now,
			Holdings: []model.Holding{{ProductID: "crm-pro", Quantity: 22, SeatsUsed: 21}, {ProductID: "storage-1tb", Quantity: 1},
				{ProductID: "call-recording", Quantity: 22, SeatsUsed: 21}},
			Pains: []model.PainPoint{pain(3, "reporting", words[2])}},
		// Seats left unused: no expansion of the family, and advice to
		// right-size or help adoption instead.
		{Account: acct("A4", 300, model.StageValueRealized), Catalog: cat, Now: now,
			Holdings: []model.Holding{{ProductID: "crm-pro", Quantity: 101, SeatsUsed: 21}}},
		// The next tier answers their pain in their words.
		{Account: acct("A5", 120, model.StageValueRealized), Catalog: cat, Now: now,
			Holdings: []model.Holding{{ProductID: "crm-pro", Quantity: 30, SeatsUsed: 28}, {ProductID: "analytics-basic", Quantity: 1}},
			Pains:    []model.PainPoint{pain(4, "reporting", words[3])}},
	}
}

// scenarioPains are the scenarios' pains as customers of each language
// say them: an integration, a support and two reporting pains, the last
// one that the next analytics tier speaks of.
var scenarioPains = map[string][4]string{
	"en": {"Orders are typed twice, once in the ERP and once here", "Tickets sit for two days before anyone picks them up", "Month-end reports take two full days", "Every question about revenue by region waits for an analyst"},
	"de": {"Aufträge werden doppelt erfasst, im ERP und hier", "Tickets liegen zwei Tage, bevor sich jemand kümmert", "Der Monatsabschluss kostet zwei volle Tage", "Für jede Frage zum Umsatz nach Region brauchen wir einen Analysten"},
	"ja": {"受注をERPとこちらで二重に入力している", "問い合わせが2日間誰にも対応されないことがある", "月次レポートの作成に丸2日かかっている", "地域別売上を見るたびにアナリストに頼んでいる"},
	"ru": {"Заказы вводим дважды: в ERP и здесь", "Обращения по два дня лежат без ответа", "Отчёты к закрытию месяца занимают два полных дня", "Чтобы увидеть выручку по регионам, каждый раз нужен аналитик"},
	"et": {"Tellimused sisestatakse kaks korda, ERP-s ja siin", "Pöördumised seisavad kaks päeva, enne kui keegi need võtab", "Kuu lõpu aruanded võtavad kaks täit päeva", "Iga küsimus müügi kohta piirkondade kaupa ootab analüütiku järel"},
}

// TestTalkingPointsPerLanguage renders every kind of talking point for
// representative accounts in each language and fails on a line with an
// unfilled placeholder, words or script of another language, a price in
// another currency, or a plural form the language's rules do not give.
func TestTalkingPointsPerLanguage(t *testing.T) {
	pb, err := ParsePlaybook(assets.Playbook)
	if err != nil {
		t.Fatal(err)
	}
	cat := model.NewCatalog(pb)
	var names []string
	for _, p := range pb.Products {
		for _, lang := range model.Languages {
			names = append(names, p.NameIn(lang))
		}
	}
	now := time.Date(2026, 6, 15, 10, 0, 0, 0, time.UTC)
	for _, lc := range languageCases {
		t.Run(lc.locale, func(t *testing.T) {
			kinds := map[model.TalkingPointKind]int{}
			advice, upsellsForPains := 0, 0
			suggestionKinds := map[model.SuggestionKind]int{}
			for _, in := range languageScenarios(cat, lc, now) {
				b := model.Recommend(in)
				checkLine(t, lc, names, "guidance", b.Guidance)
				for _, a := range b.Advice {
					advice++
					checkLine(t, lc, names, "advice", a)
				}
				for _, s := range b.Suggestions {
					suggestionKinds[s.Kind]++
					for _, tp := range s.TalkingPoints {
						// An upgrade that answers their pain in their words
						// does not close with "if what you have does what
						// you need".
						// More seats of what they hold are said with the
						// seats, never as a product new to them.
						if s.Kind == model.KindSeats && tp.Kind == model.PointBenefit && !strings.ContainsAny(tp.Text, "0123456789") {
							t.Errorf("%s %s: seats benefit %q says no seat count", in.Account.ID, s.Product.ID, tp.Text)
						}
						byWords := slices.ContainsFunc(s.Reasons, func(r model.Reason) bool { return strings.HasPrefix(r.Text, "Solves an open pain") })
						if s.Kind == model.KindUpsell && byWords && tp.Kind == model.PointExit {
							upsellsForPains++
							if slices.ContainsFunc(names, func(n string) bool { return strings.Contains(tp.Text, n) }) {
								t.Errorf("%s %s: exit %q names what they hold as enough, after their pain", in.Account.ID, s.Product.ID, tp.Text)
							}
						}
						kinds[tp.Kind]++
						checkLine(t, lc, names, fmt.Sprintf("%s %s %s", in.Account.ID, s.Product.ID, tp.Kind), tp.Text)
						if testing.Verbose() {
							t.Logf("%s %-16s %-8s %s", in.Account.ID, s.Product.ID, tp.Kind, tp.Text)
						}
					}
				}
			}
			for _, k := range model.TalkingPointKinds {
				if kinds[k] == 0 {
					t.Errorf("no %s line in %s: %v", k, lc.locale, kinds)
				}
			}
			for _, k := range []model.SuggestionKind{model.KindUpsell, model.KindSeats, model.KindCrossSell} {
				if suggestionKinds[k] == 0 {
					t.Errorf("the scenarios make no %s suggestion: %v", k, suggestionKinds)
				}
			}
			if advice == 0 {
				t.Error("the scenarios give no advice to check")
			}
			if upsellsForPains == 0 {
				t.Error("the scenarios make no upgrade that answers a pain")
			}
			line := model.RightSizeLine(lc.locale, "CRM Pro", 21, 50)
			checkLine(t, lc, names, "right-size", line)
		})
	}
}

// checkLine fails on what a customer must never hear in a line.
func checkLine(t *testing.T, lc languageCase, names []string, what, line string) {
	t.Helper()
	if strings.ContainsAny(line, "{}") {
		t.Errorf("%s: unfilled placeholder in %q", what, line)
	}
	if !lc.script(line) {
		t.Errorf("%s: %q is not written in %s", what, line, lc.locale)
	}
	bare := " " + line + " "
	for _, n := range names {
		if len(n) > 2 {
			bare = strings.ReplaceAll(bare, n, "·")
		}
	}
	for _, w := range lc.foreign {
		if strings.Contains(bare, w) {
			t.Errorf("%s: %q has %q, which is not %s (or not %s)", what, line, strings.TrimSpace(w), lc.locale, lc.currency)
		}
	}
	if strings.ContainsAny(line, "$€¥₽") && !strings.Contains(line, lc.sign) {
		t.Errorf("%s: %q has a price that is not in %s", what, line, lc.currency)
	}
	for _, p := range pluralRules[lc.locale] {
		for _, m := range p.re.FindAllStringSubmatch(line, -1) {
			n, _ := strconv.Atoi(strings.Map(func(r rune) rune {
				if r >= '0' && r <= '9' {
					return r
				}
				return -1
			}, m[p.number]))
			if want := p.form(n); m[p.word] != want {
				t.Errorf("%s: %q says %q after %d, want %q", what, line, m[p.word], n, want)
			}
		}
	}
}

// pluralRule checks the word that follows (or precedes) a number: the
// test's own statement of each language's plural forms, independent of
// the code under test.
type pluralRule struct {
	re           *regexp.Regexp
	number, word int
	form         func(n int) string
}

func ruForm(one, few, many string) func(int) string {
	return func(n int) string {
		switch {
		case n%10 == 1 && n%100 != 11:
			return one
		case n%10 >= 2 && n%10 <= 4 && (n%100 < 12 || n%100 > 14):
			return few
		}
		return many
	}
}

func oneOther(one, other string) func(int) string {
	return func(n int) string {
		if n == 1 {
			return one
		}
		return other
	}
}

const num = `(\d[\d\x{a0},.]*)`

var pluralRules = map[string][]pluralRule{
	"en": {
		{re: regexp.MustCompile(num + ` (seats?)\b`), number: 1, word: 2, form: oneOther("seat", "seats")},
	},
	"de": {
		{re: regexp.MustCompile(num + ` (Lizenz|Lizenzen)\b`), number: 1, word: 2, form: oneOther("Lizenz", "Lizenzen")},
		{re: regexp.MustCompile(`\b(ist|sind) ` + num + ` vergeben`), number: 2, word: 1, form: oneOther("ist", "sind")},
		{re: regexp.MustCompile(`\b(reicht|reichen) ` + num), number: 2, word: 1, form: oneOther("reicht", "reichen")},
	},
	"ru": {
		// Genitive after "из" and "хватит ли": 1, 21 лицензии; otherwise лицензий.
		{re: regexp.MustCompile(`(?i)(?:из|хватит ли ещё) ` + num + ` (лицензии|лицензий)`), number: 1, word: 2, form: ruForm("лицензии", "лицензий", "лицензий")},
		// Nominative: 1 лицензия, 2 лицензии, 5 лицензий.
		{re: regexp.MustCompile(`; ещё ` + num + ` (лицензия|лицензии|лицензий) —`), number: 1, word: 2, form: ruForm("лицензия", "лицензии", "лицензий")},
		{re: regexp.MustCompile(`(занята|заняты|занято) ` + num), number: 2, word: 1, form: ruForm("занята", "заняты", "занято")},
		{re: regexp.MustCompile(`(используется|используются) ` + num + ` из`), number: 2, word: 1, form: ruForm("используется", "используются", "используются")},
	},
	"et": {
		{re: regexp.MustCompile(num + ` (litsents|litsentsi)\b`), number: 1, word: 2, form: oneOther("litsents", "litsentsi")},
		{re: regexp.MustCompile(num + ` (lisalitsents|lisalitsentsi)\b`), number: 1, word: 2, form: oneOther("lisalitsents", "lisalitsentsi")},
	},
}

// TestPriceWithoutPriceBook: an account billed in a currency the playbook
// has no prices in hears the list price with its ISO code, in its own
// number format (Swiss: USD 1’557), and never a converted or dollar-signed
// amount.
func TestPriceWithoutPriceBook(t *testing.T) {
	pb, err := ParsePlaybook(assets.Playbook)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 6, 15, 10, 0, 0, 0, time.UTC)
	in := model.BriefingInput{Catalog: model.NewCatalog(pb), Now: now,
		Account: model.Account{ID: "CH1", Name: "Alpenblick AG", Locale: "de-CH", Currency: "CHF", Stage: model.StageAdvocate,
			Employees: 80, SizeBand: "50-199", Industry: "retail"},
		Holdings: []model.Holding{{ProductID: "crm-pro", Quantity: 20, SeatsUsed: 19}}}
	b := model.Recommend(in)
	values := 0
	for _, s := range b.Suggestions {
		for _, tp := range s.TalkingPoints {
			if tp.Kind != model.PointValue {
				continue
			}
			values++
			// In Swiss format: the code first, ’ between thousands.
			if !strings.Contains(tp.Text, "USD\u00a0") && !strings.Contains(tp.Text, "USD ") || strings.ContainsAny(tp.Text, "$€") || strings.Contains(tp.Text, "CHF") || regexp.MustCompile(`\d\.\d{3}`).MatchString(tp.Text) {
				t.Errorf("%s: %q should give the list price in USD with its code, written the Swiss way", s.Product.ID, tp.Text)
			}
		}
	}
	if values == 0 {
		t.Fatal("no value line to check")
	}
}
