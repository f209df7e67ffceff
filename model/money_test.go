package model

import (
	"strings"
	"testing"
)

func TestFormatAmount(t *testing.T) {
	nb := "\u00a0"
	tests := []struct {
		locale, currency string
		amount           float64
		want             string
	}{
		{"en", "USD", 1234.5, "$1,234.50"},
		{"en", "$", 1250, "$1,250"},
		{"en", "USD", 49.05, "$49.05"},
		{"en", "USD", 0, "$0"},
		{"en", "USD", 1234567.891, "$1,234,567.89"},
		{"en", "USD", 999999.999, "$1,000,000"},
		{"en", "USD", -5, "-$5"},
		{"en", "€", 1250.25, "€1,250.25"},
		{"en", "CHF", 1250, "CHF 1,250"},
		{"en", "", 12345, "12,345"},
		{"de", "EUR", 1234.5, "1.234,50" + nb + "€"},
		{"de-AT", "EUR", 59, "59" + nb + "€"},
		{"de", "USD", 1234.5, "1.234,50" + nb + "$"},
		{"ja", "JPY", 120000, "¥120,000"},
		{"ja", "JPY", 8900.4, "¥8,900"},
		{"ru", "RUB", 1234.5, "1" + nb + "234,50" + nb + "₽"},
		{"ru", "RUB", 5900, "5" + nb + "900" + nb + "₽"},
		{"et", "EUR", 1234.5, "1" + nb + "234,50" + nb + "€"},
		{"fr", "EUR", 1234.5, "€1,234.50"},
		{"de-CH", "CHF", 157.5, "CHF 157.50"},
		{"de-CH", "CHF", 81900, "CHF 81’900"},
		{"de_ch", "EUR", 1234.5, "€1’234.50"},
	}
	for _, tt := range tests {
		if got := FormatAmount(tt.locale, tt.currency, tt.amount); got != tt.want {
			t.Errorf("FormatAmount(%q, %q, %v) = %q, want %q", tt.locale, tt.currency, tt.amount, got, tt.want)
		}
	}
}

func TestCurrencyCode(t *testing.T) {
	for in, want := range map[string]string{"$": "USD", "€": "EUR", "eur": "EUR", " jpy ": "JPY", "¥": "JPY", "₽": "RUB", "": "", "dollars": "", "E1R": "", "US$": "USD", "us$": "USD", "CHF": "CHF", "руб.": "RUB", "Руб": "RUB", "Euro": "EUR", "SFr.": "CHF", "sFr": "CHF"} {
		if got := CurrencyCode(in); got != want {
			t.Errorf("CurrencyCode(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestPriceIn checks that a price is never converted: the account's
// currency when the playbook prices it, else the list price with its code.
func TestPriceIn(t *testing.T) {
	p := Product{Price: 59, Prices: map[string]float64{"EUR": 55, "JPY": 8900}}
	tests := []struct {
		locale, currency, want string
	}{
		{"de", "EUR", "55\u00a0€"},
		{"ja", "JPY", "¥8,900"},
		{"ru", "RUB", "59\u00a0USD"},
		{"en", "GBP", "USD 59"},
		{"en", "USD", "$59"},
		{"en", "", "$59"},
	}
	for _, tt := range tests {
		pr, ok := p.PriceIn(tt.currency, "USD")
		if got := FormatPrice(tt.locale, pr); !ok || got != tt.want {
			t.Errorf("price in %s for %s = %q, %v; want %q", tt.currency, tt.locale, got, ok, tt.want)
		}
	}
	if _, ok := (Product{}).PriceIn("EUR", "USD"); ok {
		t.Error("a product without a price has a price")
	}
}

func TestUnitsPerLanguage(t *testing.T) {
	tests := []struct {
		lang, unit, own, want string
		ok                    bool
	}{
		{"en", "seat/month", "", "$49 per seat per month", true},
		{"en", "package", "", "a one-off $49", true},
		{"de", "seat/month", "", "$49 pro Lizenz und Monat", true},
		{"ja", "month", "", "月額$49", true},
		{"ru", "year", "", "$49 в год", true},
		{"et", "seat/month", "", "$49 litsentsi kohta kuus", true},
		{"de", "gizmo", "", "", false},
		{"de", "gizmo", "pro Gerät", "$49 pro Gerät", true},
		// Japanese says the unit first; a playbook may place the amount.
		{"ja", "card/month", "カード1枚あたり月額", "カード1枚あたり月額$49", true},
		{"ja", "card/month", "/月", "$49/月", true},
		{"ru", "card/month", "в месяц за карту %s", "в месяц за карту $49", true},
		{"de", "", "", "$49", true},
	}
	for _, tt := range tests {
		got, ok := withUnit(tt.lang, tt.unit, tt.own, "$49")
		if got != tt.want || ok != tt.ok {
			t.Errorf("withUnit(%s, %s, %q) = %q, %v; want %q, %v", tt.lang, tt.unit, tt.own, got, ok, tt.want, tt.ok)
		}
	}
	periods := map[string]string{"seat/month": "X pro Monat", "user/year": "X pro Jahr", "seat": "X", "": "X", "month": "X pro Monat"}
	for unit, want := range periods {
		if got, _ := perPeriod("de", unit, "X"); got != want {
			t.Errorf("perPeriod(de, %q) = %q, want %q", unit, got, want)
		}
	}
}

// TestPhrasePlurals checks the counted words of the fixed sentences against
// the plural rules of each language (Russian 1/2/5, 21, 11).
func TestPhrasePlurals(t *testing.T) {
	tests := []struct {
		locale     string
		used, held int
		want       string
	}{
		{"en", 1, 10, "Only 1 of your 10 seats on CRM Pro is in use."},
		{"en", 3, 10, "Only 3 of your 10 seats on CRM Pro are in use."},
		{"de", 1, 10, "Von Ihren 10 Lizenzen für CRM Pro wird nur 1 genutzt."},
		{"de", 4, 10, "Von Ihren 10 Lizenzen für CRM Pro werden nur 4 genutzt."},
		{"ru", 1, 21, "Из 21 лицензии продукта CRM Pro у вас используется только 1."},
		{"ru", 2, 25, "Из 25 лицензий продукта CRM Pro у вас используются только 2."},
		{"ru", 11, 30, "Из 30 лицензий продукта CRM Pro у вас используются только 11."},
		{"ru", 21, 40, "Из 40 лицензий продукта CRM Pro у вас используется только 21."},
		{"ja", 3, 10, "現在、CRM Proは10ライセンス中3ライセンスのみのご利用となっております。"},
		{"et", 3, 10, "CRM Pro on teil 10 litsentsiga, millest on kasutusel ainult 3."},
		{"et", 1, 1, "CRM Pro on teil 1 litsentsiga, millest on kasutusel ainult 1."},
	}
	for _, tt := range tests {
		if got := RightSizeLine(tt.locale, "CRM Pro", tt.used, tt.held); !strings.HasPrefix(got, tt.want) {
			t.Errorf("RightSizeLine(%s, %d, %d) = %q, want it to start %q", tt.locale, tt.used, tt.held, got, tt.want)
		}
	}
	for _, lang := range Languages {
		for _, st := range Stages {
			if g := st.GuidanceIn(lang); g == "" || (lang != "en" && g == st.Guidance()) {
				t.Errorf("%s guidance for %s is %q", lang, st, g)
			}
		}
	}
	if StageAdvocate.GuidanceIn("fr") != StageAdvocate.Guidance() {
		t.Error("a language talktrack does not speak gets no English guidance")
	}
}

func TestPluralChoice(t *testing.T) {
	forms := "one:лицензия|few:лицензии|many:лицензий|other:лицензии"
	for n, want := range map[string]string{"1": "лицензия", "2": "лицензии", "5": "лицензий", "11": "лицензий", "21": "лицензия", "22": "лицензии", "112": "лицензий"} {
		if got, ok := pluralChoice("ru", n, forms); !ok || got != want {
			t.Errorf("ru %s: %q, want %q", n, got, want)
		}
	}
	if got, _ := pluralChoice("ja", "1", "other:社"); got != "社" {
		t.Errorf("ja: %q", got)
	}
	if got, _ := pluralChoice("de", "1", "one:Lizenz|other:Lizenzen"); got != "Lizenz" {
		t.Errorf("de 1: %q", got)
	}
	if _, ok := pluralChoice("en", "x", "other:a"); ok {
		t.Error("a word is not a number")
	}
	for forms, ok := range map[string]bool{"one:a|other:b": true, "one:a": false, "uno:a|other:b": false, "other": false} {
		if err := CheckPluralChoice(forms); (err == nil) != ok {
			t.Errorf("CheckPluralChoice(%q) = %v", forms, err)
		}
	}
}

// TestAdviceInEveryLanguage checks the fair-offer advice is said in the
// account's language with the right plural forms.
func TestAdviceInEveryLanguage(t *testing.T) {
	tests := []struct{ got, want string }{
		{AdviceLowSeats("en", "CRM", 73, 105), "No expansion of CRM: 73 of 105 seats in use (69%); offer adoption help or right-size the licence instead."},
		{AdviceLowSeatsAll("ja", []SeatUse{{"CRM Starter", 6, 15}, {"売上予測", 4, 8}}), "ライセンスが使われずに残っている製品では、拡大を提案しないでください：CRM Starter（6/15ライセンス使用、40%）、売上予測（4/8ライセンス使用、50%）。代わりに活用支援またはライセンス数の適正化をご提案ください。"},
		{AdviceLowSeatsAll("de", []SeatUse{{"CRM Starter", 6, 15}, {"Sales Forecasting", 4, 8}}), "Kein Ausbau, wo Lizenzen ungenutzt bleiben: CRM Starter (6 von 15 in Nutzung, 40 %), Sales Forecasting (4 von 8 in Nutzung, 50 %); stattdessen bei der Einführung helfen oder die Lizenzzahl anpassen."},
		{AdviceLowSeats("de", "CRM", 73, 105), "Kein Ausbau von CRM: 73 von 105 Lizenzen in Nutzung (69 %); stattdessen bei der Einführung helfen oder die Lizenzzahl anpassen."},
		{AdviceLowSeats("ja", "CRM", 73, 105), "CRMの追加・拡大は提案しません。105ライセンス中73ライセンスのご利用です（69%）。代わりに活用支援か、ライセンス数の適正化をご提案ください。"},
		{AdviceLowSeats("ru", "CRM", 21, 101), "Не предлагать расширение продукта CRM: используется 21 из 101 лицензии (21 %); вместо этого помочь с внедрением или привести число лицензий в соответствие с фактическим использованием."},
		{AdviceLowSeats("ru", "CRM", 22, 105), "Не предлагать расширение продукта CRM: используются 22 из 105 лицензий (21 %); вместо этого помочь с внедрением или привести число лицензий в соответствие с фактическим использованием."},
		{AdviceLowSeats("et", "CRM", 1, 10), "CRM: laiendust ei pakuta, kasutusel on 1 litsents 10-st (10%); pakkuge selle asemel juurutusabi või viige litsentside arv vajadusega vastavusse."},
		{AdviceNoExpansion("de", "Zu teuer", false), "Keine Upgrades und keine weiteren Lizenzen, solange der Kunde sagt: „Zu teuer“. Zuerst die Lizenzzahl an den Bedarf anpassen und zeigen, was er für sein Geld bekommt."},
		{AdviceNoOffers("fr", "Trop cher", false), "No offers while they say “Trop cher” (a high-severity cost pain): review what they use, right-size licences they do not need, and show the value of what they have."},
		{AdviceNoExpansion("en", "Too dear", true), "No upgrades or seats while they say “Too dear”: their seats are in use, so show what they get for what they pay."},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("got  %q\nwant %q", tt.got, tt.want)
		}
	}
}

func TestSeatUseIsRoundedButStaysUnderTheLine(t *testing.T) {
	for _, tc := range []struct{ used, seats, want int }{{2, 3, 67}, {5, 8, 63}, {139, 200, 69}, {699, 1000, 69}, {1, 3, 33}} {
		if got := usePercent(tc.used, tc.seats); got != tc.want {
			t.Errorf("%d of %d: %d%%, want %d%%", tc.used, tc.seats, got, tc.want)
		}
	}
}

// TestFormatCountGroupsAsAmountsDo: a count is written with the locale's
// thousands separator, as an amount without a currency is.
func TestFormatCountGroupsAsAmountsDo(t *testing.T) {
	for _, locale := range []string{"en", "de", "ru", "ja", "et", "fr", "de-CH", ""} {
		for _, n := range []int{0, 7, -7, 999, 1000, -1000, 12345, 1234567, -98765432} {
			if got, want := formatCount(locale, n), FormatAmount(locale, "", float64(n)); got != want {
				t.Errorf("formatCount(%q, %d) = %q, want %q", locale, n, got, want)
			}
		}
	}
}

// TestListValueOrdersAmountsAcrossCurrencies: an amount in another currency
// is put in list currency by the rate the price book implies (the median
// of the products priced in both); a currency it prices nothing in is not.
func TestListValueOrdersAmountsAcrossCurrencies(t *testing.T) {
	pb := fixturePlaybook()
	for i := range pb.Products {
		pb.Products[i].Prices = map[string]float64{"JPY": pb.Products[i].Price * 150}
	}
	pb.Products[0].Prices["JPY"] = pb.Products[0].Price * 900 // one odd price does not move the median
	c := NewCatalog(pb)
	if v, ok := c.ListValue(897_250, "JPY"); !ok || v < 5_900 || v > 6_100 {
		t.Errorf("¥897,250 in USD: %.0f %v, want about 5,982", v, ok)
	}
	if v, ok := c.ListValue(648_520, "USD"); !ok || v != 648_520 {
		t.Errorf("USD in USD: %.0f %v", v, ok)
	}
	if _, ok := c.ListValue(1_515_340, "RUB"); ok {
		t.Error("a currency the price book has no price in was converted")
	}
}
