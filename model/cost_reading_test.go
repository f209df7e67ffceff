package model_test

import (
	"testing"
	"time"

	"talktrack/model"
)

// readAs files one pain on an account of the locale under the shipped
// playbook and returns the category the briefing reads it by.
func readAs(t *testing.T, cat *model.Catalog, locale, category, title string) string {
	t.Helper()
	now := time.Date(2026, 11, 2, 9, 0, 0, 0, time.UTC)
	in := model.BriefingInput{
		Account: model.Account{ID: "acc-1", Name: "Acme", Industry: "retail", SizeBand: "200-999", Locale: locale, Stage: model.StageValueRealized},
		Catalog: cat, Now: now,
		Pains: []model.PainPoint{{ID: 1, AccountID: "acc-1", Category: category, Title: title, Severity: 2, Status: model.PainOpen, NotedAt: now.AddDate(0, 0, -3)}},
	}
	b := model.Recommend(in)
	if c, ok := b.ReadAs[1]; ok {
		return c
	}
	return category
}

// TestCostReadingOfTheShippedWordLists: complaints about what they pay,
// in words the lists were not written from word for word, are read as cost
// however they were filed, in all five languages; pains that mention
// money without complaining of it, and pains that say cost is not the
// problem, keep the category they were filed under.
func TestCostReadingOfTheShippedWordLists(t *testing.T) {
	cat := shippedCatalog(t)
	for _, tc := range []struct {
		locale, category, title string
		cost                    bool
	}{
		// Paying for what is not used.
		{"en", "support", "We pay for two modules nobody has opened", true},
		// What they pay set against another expense.
		{"en", "General", "Finance keeps asking why our payroll software bill is bigger than what we pay our accountant", true},
		{"en", "support", "We pay more for this software than for our accountant", true},
		{"en", "support", "Customers pay more for express shipping than for standard", false},
		// Their own business costs, not what they pay us.
		{"en", "automation", "Our biggest cost is overtime: techs drive back and forth because routes are planned on a paper map", false},
		{"en", "support", "Your platform is now our biggest expense after rent", true},
		{"en", "support", "The biggest cost on our side is the licences for this tool", true},
		{"et", "automation", "Meie enda kütusekulud on sel aastal kolmandiku võrra kasvanud ja me ei tea, milline auto kõige rohkem põletab", false},
		{"de", "automation", "Unsere eigenen Spritkosten steigen, und keiner weiß, welcher Wagen am meisten verbraucht", false},
		{"ru", "automation", "Наши собственные расходы на топливо растут, а мы не знаем, какая машина жжёт больше всех", false},
		// Their own costs added up by hand: the hand work is the pain.
		{"de", "reporting", "Die Personalkosten pro Abteilung rechnen wir jeden Monat mühsam in Excel zusammen", false},
		{"ru", "reporting", "Затраты на персонал по отделам каждый месяц считаем вручную в Excel", false},
		{"et", "reporting", "Personalikulud osakondade kaupa arvutame igal kuul käsitsi Excelis kokku", false},
		{"en", "reporting", "We add up travel costs per team by hand in spreadsheets every month", false},
		{"de", "support", "Die Lizenzkosten sind zu hoch, und die Berichte tippen wir von Hand ab", true},
		// A third blind round: a budget swallowed, an outrageous amount, a
		// bill rising every year; a price list out of step is integration.
		{"en", "support", "The subscription swallows most of what we set aside for software this year", true},
		{"de", "support", "Für unsere kleine Kanzlei ist das ein unverschämter Betrag", true},
		{"ja", "support", "毎年値上がりしていて、更新のたびに揉める", true},
		{"et", "support", "Iga aasta tõuseb arve, aga midagi juurde ei saa", true},
		{"ru", "integration", "Прайс-лист в CRM расходится с прайсом на сайте", false},
		// A discount that needs approvals is a process, not a price
		// objection; one they ask for or a rival gives is.
		{"en", "automation", "Every discount above 10% needs three approvals, so deals stall for a week", false},
		{"de", "automation", "Jeder Rabatt über 10 % braucht drei Freigaben, Angebote bleiben eine Woche liegen", false},
		{"ru", "automation", "Любая скидка больше 10% требует трёх согласований, сделки стоят неделю", false},
		{"et", "automation", "Iga üle 10% allahindlus vajab kolme kinnitust, tehingud seisavad nädal aega", false},
		{"et", "reporting", "Raamatupidamine koostab juhatusele eelarvearuannet iga kuu käsitsi", false},
		{"en", "support", "They want a bigger discount before they renew", true},
		{"de", "support", "Der Wettbewerber bietet 20 % Rabatt", true},
		{"ja", "onboarding", "40ライセンス分払っているのに、ログインしているのは15人だけ", true},
		{"en", "integration", "Price lists have to be updated in three systems", false},
		{"de", "integration", "Die Preisliste im CRM weicht von der im Shop ab", false},
		{"et", "integration", "Hinnakiri CRM-is ja e-poes ei ühti", false},
		{"ja", "integration", "CRMの価格表とECサイトの価格が合わない", false},
		{"en", "support", "Half the seats we pay for sit empty every month", true},
		{"de", "Sonstiges", "Wir zahlen für Funktionen, die wir gar nicht brauchen", true},
		{"de", "support", "Die Hälfte der Lizenzen liegt brach", true},
		{"ru", "support", "Платим за кучу функций, которыми никто не пользуется", true},
		{"ru", "support", "Половина лицензий простаивает, а деньги уходят каждый месяц", true},
		{"et", "support", "Maksame funktsioonide eest, mida keegi ei kasuta", true},
		{"ja", "support", "使っていない機能にまでお金を払っている", true},
		{"ja", "support", "使っていないのに毎月請求が来る", true},
		// Set against rent, salaries or a hire.
		{"en", "support", "Our CRM bill is now bigger than our office rent", true},
		{"en", "support", "We could hire a rep for what this costs", true},
		{"de", "support", "Wir geben dafür mehr aus als für die Büromiete", true},
		{"de", "support", "Für das Geld könnten wir eine zusätzliche Stelle besetzen", true},
		{"ru", "support", "На софт уходит больше, чем на аренду офиса", true},
		{"ru", "support", "За эти деньги можно было бы нанять ещё одного менеджера", true},
		{"et", "support", "Tarkvara maksab rohkem kui kontori üür", true},
		{"et", "support", "Selle raha eest võiksime palgata veel ühe müügiinimese", true},
		{"ja", "support", "オフィスの家賃よりも高い", true},
		{"ja", "support", "この金額なら営業をもう一人雇える", true},
		// Finance questions the line item.
		{"en", "support", "The CFO keeps asking why this line item is so big", true},
		{"en", "support", "Finance keeps asking why we spend so much on this tool", true},
		{"en", "support", "Our subscription has become the biggest software bill we have", true},
		{"de", "support", "Unser Controller fragt jedes Quartal, warum dieser Posten so groß ist", true},
		{"de", "support", "Die Ausgaben für das Tool sind nicht mehr vertretbar", true},
		{"ru", "support", "Финансовый директор спрашивает, почему эта статья такая большая", true},
		{"ru", "support", "Бухгалтерия спрашивает, зачем мы столько платим", true},
		{"et", "support", "Finantsjuht küsib, miks see rida nii suur on", true},
		{"et", "support", "Raamatupidamine küsib, miks me sellele nii palju välja käime", true},
		{"ja", "support", "経理から毎回この支出の理由を聞かれる", true},
		// A contract too big for them.
		{"en", "support", "The contract is way oversized for a team our size", true},
		{"en", "support", "We're on a plan built for a company three times our size", true},
		{"de", "support", "Der Vertrag ist für unsere Größe überdimensioniert", true},
		{"de", "support", "Das Paket ist uns eine Nummer zu groß", true},
		{"ru", "support", "Тариф явно рассчитан на компанию в разы больше нашей", true},
		{"ru", "support", "Для нашего масштаба это слишком жирно", true},
		{"et", "support", "Pakett on meie suuruse jaoks liiga suur", true},
		{"ja", "support", "うちの規模には大きすぎるプランだ", true},
		{"ja", "support", "小さな会社なのにオーバースペックな契約", true},
		// Value not matching the price; money wasted.
		{"en", "reporting", "Honestly we're not getting our money's worth", true},
		{"en", "support", "It costs an arm and a leg", true},
		{"de", "support", "Was wir bezahlen, steht in keinem Verhältnis zu dem, was wir nutzen", true},
		{"de", "support", "Das ist rausgeschmissenes Geld", true},
		{"ru", "support", "Деньги на ветер", true},
		{"ru", "support", "Отдаём кучу денег, а пользуемся от силы десятой частью", true},
		{"et", "support", "Raha läheb tuulde", true},
		{"ja", "reporting", "金額に見合う効果が出ていない", true},
		{"ja", "support", "実際に使っている分に対して払いすぎている", true},
		{"ja", "support", "お金をドブに捨てているようなものだ", true},
		// Renewal shock; others ask less.
		{"en", "onboarding", "The renewal quote was a real shock this year", true},
		{"de", "onboarding", "Bei der letzten Verlängerung sind wir aus allen Wolken gefallen", true},
		{"de", "support", "Wir zahlen deutlich mehr als für vergleichbare Lösungen", true},
		{"ru", "onboarding", "При продлении нам выставили сумму, от которой мы были в шоке", true},
		{"ru", "support", "У других то же самое вдвое дешевле", true},
		{"et", "onboarding", "Pikendamise pakkumine tuli meile täieliku šokina", true},
		{"et", "support", "Konkurent küsib poole vähem", true},
		{"ja", "onboarding", "更新時の見積もりを見て驚いた", true},
		// What they pay eats their margin or a share of the budget.
		{"ja", "support", "ライセンス代が利益を圧迫している", true},
		{"de", "support", "Die Lizenzrechnung frisst inzwischen ein Drittel des IT-Etats", true},
		{"en", "support", "The tool eats a bigger slice of our margin every year", true},
		// A fortune; bleeding money.
		{"en", "support", "We shell out a fortune for seats that sit idle most of the month", true},
		{"en", "support", "We're bleeding money on logins people forgot they had", true},
		// The figure makes someone choke or sigh.
		{"en", "onboarding", "The renewal quote made our finance director choke on his coffee", true},
		{"ja", "support", "毎月の請求を見るたびにため息が出る", true},
		// A plan built for a bigger company; out of proportion to their size.
		{"en", "support", "We're a five-person firm on a plan built for fifty, honestly", true},
		{"et", "support", "Igakuine arve on meie suurusega firma jaoks ülepeakaela", true},
		// As much as a salary.
		{"ja", "support", "このシステムに払っている額が事務員一人分の給料に近い", true},

		// Money mentioned, no complaint of what they pay.
		{"en", "integration", "Customers get billed twice because payment status never makes it back to the CRM", false},
		{"en", "support", "We were billed twice for March", false},
		{"en", "automation", "Invoices from suppliers still have to be retyped into the CRM by hand", false},
		{"en", "reporting", "The revenue report doesn't match what finance sees", false},
		{"en", "support", "VAT is calculated wrong on quotes for EU customers", false},
		{"de", "automation", "Rabattfreigaben bleiben tagelang beim Vertriebsleiter liegen", false},
		{"de", "integration", "Der Zahlungsstatus aus der Buchhaltung kommt nie im CRM an", false},
		{"de", "support", "Kunden bekommen mehr Geld zurück als vereinbart", false},
		{"ru", "automation", "Счета от поставщиков приходится вручную перебивать в CRM", false},
		{"ru", "automation", "Согласование скидок висит у руководителя по несколько дней", false},
		{"et", "automation", "Allahindluste kinnitamine seisab juhi juures päevi", false},
		{"et", "integration", "Makse staatus ei jõua raamatupidamisest CRM-i", false},
		{"ja", "automation", "値引きの承認が部長のところで何日も止まる", false},
		{"ja", "reporting", "売上レポートの数字が経理の数字と合わない", false},

		// Cost denied.
		{"en", "onboarding", "Price isn't the problem; nobody on the team knows how to build a dashboard", false},
		{"en", "support", "It's not that it's expensive; people just don't use it", false},
		{"en", "support", "It's not about the money, support takes a week to answer", false},
		{"de", "support", "Am Preis liegt es nicht, der Support antwortet zu spät", false},
		{"de", "support", "Die Kosten sind nicht das Problem; der Support antwortet einfach zu spät", false},
		{"ru", "onboarding", "Дело не в цене, просто сотрудники не понимают, как строить отчёты", false},
		{"ru", "support", "Деньги тут ни при чём: поддержка отвечает по неделе", false},
		{"et", "onboarding", "Hind pole probleem, meeskond lihtsalt ei oska aruandeid teha", false},
		{"et", "support", "Asi pole rahas: tugi vastab alles nädala pärast", false},
		{"ja", "onboarding", "価格の問題ではなく、チームがレポートの作り方を知らない", false},
		{"ja", "support", "お金の問題じゃない。サポートの返事が一週間かかる", false},
		// Cost said to be fine.
		{"ja", "onboarding", "費用面は問題なく、使いこなせる人がいないのが課題です", false},
		{"en", "support", "Cost-wise it's fine; the app just keeps logging us out", false},
		{"de", "support", "Preislich passt es, nur der Support antwortet zu spät", false},
		{"ru", "support", "По деньгам всё устраивает, просто поддержка отвечает по неделе", false},
		{"et", "support", "Hinna poolest on kõik korras, aga tugi vastab alles nädala pärast", false},
		// A denial said the other way round is a complaint.
		{"en", "support", "We're not fine with what we pay for seats nobody uses", true},
		{"de", "support", "Mit dem Preis sind wir nicht zufrieden, wir zahlen für Lizenzen, die keiner nutzt", true},
		{"ru", "support", "Нас не устраивает цена: платим за лицензии, которыми никто не пользуется", true},
		{"de", "support", "Preislich passt es nicht, wir zahlen für Lizenzen, die keiner nutzt", true},
		{"ru", "support", "По деньгам нас не устраивает: платим за лицензии, которыми никто не пользуется", true},
		{"et", "support", "Hinna poolest pole kõik korras, maksame litsentside eest, mida keegi ei kasuta", true},
	} {
		got := readAs(t, cat, tc.locale, tc.category, tc.title)
		if (got == model.PainCost) != tc.cost {
			t.Errorf("%s %q filed %s: read as %s, want cost %v", tc.locale, tc.title, tc.category, got, tc.cost)
		}
	}
}
