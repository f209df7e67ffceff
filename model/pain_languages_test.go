package model

import (
	"slices"
	"strings"
	"testing"
)

// securityPlaybook has two security products whose sentences say different
// things, in English, German, Japanese, Russian and Estonian.
func securityPlaybook() Playbook {
	return Playbook{PainCategories: []PainCategory{{ID: "security", Label: "Security"}, {ID: "cost", Label: "Cost"}}, Products: []Product{
		{ID: "sso", Name: "Secure Access Standard", Family: "access", Tier: 1, Price: 4, BillingUnit: "seat/month",
			Pains: []string{"security"}, Solves: map[string]string{"security": "single sign-on and two-factor login close the easiest way in"},
			Texts: map[string]ProductText{
				"de": {Solves: map[string]string{"security": "Single Sign-on und Zwei-Faktor-Anmeldung schließen den einfachsten Weg hinein"}},
				"ja": {Solves: map[string]string{"security": "シングルサインオンと二要素認証で、最も簡単な侵入経路を塞ぎます"}},
				"ru": {Solves: map[string]string{"security": "единый вход и двухфакторная авторизация закрывают самый простой путь в систему"}},
				"et": {Solves: map[string]string{"security": "ühekordne sisselogimine ja kaheastmeline autentimine sulgevad kõige lihtsama tee sisse"}},
			}},
		{ID: "leavers", Name: "Secure Access Advanced", Family: "leavers", Tier: 1, Price: 7, BillingUnit: "seat/month",
			Pains: []string{"security"}, Solves: map[string]string{"security": "automatic provisioning closes the accounts of people who left"},
			Texts: map[string]ProductText{
				"de": {Solves: map[string]string{"security": "Zugänge ausgeschiedener Mitarbeiter werden beim Austritt automatisch gesperrt"}},
				"ja": {Solves: map[string]string{"security": "退職者のアカウントは退職時に自動で無効化されます"}},
				"ru": {Solves: map[string]string{"security": "доступы уволенных сотрудников закрываются автоматически в день увольнения"}},
				"et": {Solves: map[string]string{"security": "lahkunud töötajate ligipääsud suletakse lahkumisel automaatselt"}},
			}},
		{ID: "review", Name: "Spend Review", Family: "review", Tier: 1, Price: 900, BillingUnit: "one-off",
			Pains: []string{"cost"}, Solves: map[string]string{"cost": "a review finds licences nobody uses"}},
	}}
}

func TestAPainInTheCustomersLanguageGoesToTheProductThatSpeaksOfIt(t *testing.T) {
	for _, tc := range []struct{ locale, leavers, login string }{
		{"en", "People who left months ago can still get in", "We still have no two-factor login"},
		{"de", "Ausgeschiedene Kollegen hatten wochenlang noch Zugang", "Uns fehlt immer noch eine Zwei-Faktor-Anmeldung"},
		{"ja", "退職者のアカウントが何週間も残っていた", "二要素認証がまだ導入されていない"},
		{"ru", "Уволенные сотрудники неделями сохраняли доступ", "У нас до сих пор нет двухфакторной авторизации"},
		{"et", "Lahkunud töötajatel oli nädalaid ligipääs alles", "Kaheastmelist autentimist meil ikka veel pole"},
	} {
		for _, want := range []struct{ title, id string }{{tc.leavers, "leavers"}, {tc.login, "sso"}} {
			in := BriefingInput{Account: baseAccount(), Catalog: NewCatalog(securityPlaybook()), Now: now,
				Holdings: []Holding{holding("review", 1, 0)}, Pains: []PainPoint{pain(1, "security", want.title, 3)}}
			in.Account.Locale = tc.locale
			var claims []string
			for _, s := range briefing(t, in).Suggestions {
				if len(s.Solves) > 0 {
					claims = append(claims, s.Product.ID)
				}
			}
			if !slices.Equal(claims, []string{want.id}) {
				t.Errorf("%s: %q is claimed by %v, want %s alone", tc.locale, want.title, claims, want.id)
			}
		}
	}
}

func TestAPainWhatTheyHoldSpeaksOfBestIsAdoptionAdvice(t *testing.T) {
	for _, tc := range []struct{ locale, title, says string }{
		{"en", "People who left months ago can still get in", "Secure Access Advanced, which they already have"},
		{"de", "Ausgeschiedene Kollegen hatten wochenlang noch Zugang", "dafür hat er bereits Secure Access Advanced"},
		{"ja", "退職者のアカウントが何週間も残っていた", "ご契約中のSecure Access Advancedで対応できます"},
		{"ru", "Уволенные сотрудники неделями сохраняли доступ", "уже есть продукт Secure Access Advanced"},
		{"et", "Lahkunud töötajatel oli nädalaid ligipääs alles", "Selleks on tal juba olemas Secure Access Advanced"},
	} {
		in := BriefingInput{Account: baseAccount(), Catalog: NewCatalog(securityPlaybook()), Now: now,
			Holdings: []Holding{holding("leavers", 10, 10)}, Pains: []PainPoint{pain(1, "security", tc.title, 3)}}
		in.Account.Locale = tc.locale
		b := briefing(t, in)
		for _, s := range b.Suggestions {
			if len(s.Solves) > 0 {
				t.Errorf("%s: %s claims a pain the product they hold speaks of", tc.locale, s.Product.ID)
			}
		}
		if len(b.Advice) != 1 || !strings.Contains(b.Advice[0], tc.title) || !strings.Contains(b.Advice[0], tc.says) {
			t.Errorf("%s: advice %q, want the customer's words and %q", tc.locale, b.Advice, tc.says)
		}
	}
	// An account at risk hears no offers, but still the product it holds
	// for its pain; a one-off service done long ago is no such answer.
	for _, tc := range []struct {
		holds string
		want  int
	}{{"leavers", 1}, {"review", 0}} {
		pb := securityPlaybook()
		pb.Products[2].Pains, pb.Products[2].Solves = []string{"security"}, map[string]string{"security": "a review closes the accounts of people who left"}
		in := BriefingInput{Account: baseAccount(), Catalog: NewCatalog(pb), Now: now,
			Holdings: []Holding{holding(tc.holds, 10, 10)}, Pains: []PainPoint{pain(1, "security", "People who left months ago can still get in", 3)}}
		in.Account.Stage = StageAtRisk
		if b := briefing(t, in); len(b.Advice) != tc.want || len(b.Suggestions) != 0 {
			t.Errorf("at risk, holding %s: advice %q and %d offers, want %d advice lines and no offers", tc.holds, b.Advice, len(b.Suggestions), tc.want)
		}
	}
	// A pain the held product does not speak of is no adoption question,
	// and a cost pain has advice of its own.
	in := BriefingInput{Account: baseAccount(), Catalog: NewCatalog(securityPlaybook()), Now: now,
		Holdings: []Holding{holding("leavers", 10, 10), holding("review", 1, 0)},
		Pains:    []PainPoint{pain(1, "security", "We still have no two-factor login", 3), pain(2, "cost", "Licences nobody uses cost us", 1)}}
	b := briefing(t, in)
	if s := find(b, "sso"); s == nil || len(s.Solves) == 0 {
		t.Errorf("two-factor pain not claimed by Secure Access Standard: %v", b.Suggestions)
	}
	for _, a := range b.Advice {
		if strings.Contains(a, "already have") {
			t.Errorf("adoption advice %q for a pain what they hold does not speak of, or for cost", a)
		}
	}
}

func TestContentStems(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Reports take us two days", []string{"repor"}},
		{"Ausgeschiedene Kollegen hatten noch Zugang", []string{"ausge", "kolle", "zugan"}},
		{"監査ログが出せない", []string{"ログ", "監査"}},
		// A katakana loanword is one word: スキャン (scan) is no part of
		// キャンペーン (campaign).
		{"署名済みのスキャンが返ってくる", []string{"スキャン", "名済", "署名"}},
		{"メールキャンペーン", []string{"メールキャンペーン"}},
		// ё is often written е; pronouns say nothing of the pain.
		{"Никто не видит счёт", []string{"видит", "счет"}},
		{"Keegi ei tea, milline number kehtib", []string{"kehti", "milli", "numbe", "tea"}},
	} {
		var got []string
		for w := range contentStems(tc.text) {
			got = append(got, w)
		}
		slices.Sort(got)
		if !slices.Equal(got, tc.want) {
			t.Errorf("contentStems(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestStopWordsAreFoldedAsTheTextIs(t *testing.T) {
	// "für", "über" and "всё" are stop words however they are written.
	if got := contentStems("für über всё Hälfte"); len(got) != 0 {
		t.Errorf("stop words with umlauts or ё kept: %v", got)
	}
	if got := contentStems("Zugänge"); !got["zugan"] {
		t.Errorf("Zugänge stems to %v, want zugan like Zugang", got)
	}
}

func TestAHeldTierAnswersWhatTheTiersBelowItDo(t *testing.T) {
	pb := securityPlaybook()
	pb.Products = append(pb.Products, Product{ID: "sso-plus", Name: "Secure Access Plus", Family: "access", Tier: 2, Price: 6, BillingUnit: "seat/month",
		Pains: []string{"security"}, Solves: map[string]string{"security": "conditional rules block risky sign-ins from unknown devices"}})
	in := BriefingInput{Account: baseAccount(), Catalog: NewCatalog(pb), Now: now,
		Holdings: []Holding{holding("sso-plus", 10, 10)}, Pains: []PainPoint{pain(1, "security", "We still have no two-factor login", 3)}}
	b := briefing(t, in)
	if len(b.Advice) != 1 || !strings.Contains(b.Advice[0], "Secure Access Plus, which they already have") {
		t.Errorf("advice %q, want Secure Access Plus named: it does what Secure Access Standard does", b.Advice)
	}
}

func TestTheCategorysOwnWordInANameIsNoFit(t *testing.T) {
	premium := Product{Name: "Premium Support", Solves: map[string]string{"support": "a one-hour answer from our engineers when our product breaks"}}
	swamped := PainPoint{Category: "support", Title: "Our support team is swamped with tickets"}
	if n := noCatalog.painFit(swamped, premium); n != 0 {
		t.Errorf("their own support team's load fits Premium Support %d times; the word support says nothing within the support category", n)
	}
	storage := Product{Name: "Document Storage", Solves: map[string]string{"scale": "room for a terabyte of documents"}}
	if n := noCatalog.painFit(PainPoint{Category: "scale", Title: "We hit the storage limit"}, storage); n != 1 {
		t.Errorf("storage pain fits Document Storage %d times, want 1 (its name)", n)
	}
}

func TestWhatTheyHoldComesFirstWhenItSpeaksAsWellAsAnOffer(t *testing.T) {
	// Both speak of "two-factor login"; they hold one of them.
	pb := securityPlaybook()
	pb.Products[1].Solves = map[string]string{"security": "two-factor login for every leaver's account until it is closed"}
	in := BriefingInput{Account: baseAccount(), Catalog: NewCatalog(pb), Now: now,
		Holdings: []Holding{holding("leavers", 10, 10)}, Pains: []PainPoint{pain(1, "security", "We still have no two-factor login", 3)}}
	b := briefing(t, in)
	if s := find(b, "sso"); s != nil && len(s.Solves) > 0 {
		t.Errorf("Secure Access Standard claims a pain the product they hold speaks of as well: %v", s.Reasons)
	}
	if len(b.Advice) != 1 || !strings.Contains(b.Advice[0], "Secure Access Advanced, which they already have") {
		t.Errorf("advice %q, want Secure Access Advanced named", b.Advice)
	}
}
