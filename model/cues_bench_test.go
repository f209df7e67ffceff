package model_test

import "testing"

// benchNotes are call notes of about 2,000 characters per language, the
// size the call screen re-reads on every pause in typing.
var benchNotes = map[string]string{
	"en": "Spoke with Sarah (ops lead). They are hiring 20 people in sales next quarter and opening a new office in Leeds. " +
		"Month-end reports still take two full days, everything is copied into spreadsheets by hand. Imports from the ERP keep failing at night. " +
		"She says the Pro tier is too expensive for a team their size, Salesforce quoted them 20% less. Budget is frozen until Q2. " +
		"Needs to run it by the CFO before anything is signed. Not unhappy overall, support has been quick lately. ",
	"de": "Gespräch mit Herrn Weber (Vertriebsleitung). Sie stellen nächstes Quartal 20 neue Leute im Vertrieb ein und eröffnen einen Standort in Graz. " +
		"Die Monatsberichte dauern immer noch zwei Tage, alles wird händisch in Excel übertragen. Der Import aus SAP schlägt nachts ständig fehl. " +
		"Pro ist ihm zu teuer, HubSpot bietet 15% weniger an. Budget ist bis Q2 eingefroren. Muss das mit der Geschäftsführung abstimmen. ",
	"ja": "営業部長の佐藤様と話した。来期に20人採用予定で、大阪に新しい拠点を開設する。月次レポートの作成に丸一日かかり、手作業でエクセルに転記している。" +
		"基幹システムとの連携で毎晩エラーが出る。プロプランは少し高いとのこと、他社の方が安い見積もりを出してきた。予算は来年度まで凍結。稟議を通す必要がある。",
	"ru": "Говорил с Ольгой (руководитель отдела продаж). Нанимают 20 человек в следующем квартале и открывают филиал в Казани. " +
		"Отчёты собирают вручную по два дня, всё перебивают руками из таблиц. Импорт из 1С постоянно падает. " +
		"Для них дороговато, Битрикс предложил на 20% дешевле. Бюджет заморожен до Q2. Нужно согласовать с директором. ",
	"et": "Rääkisin Mariga (müügijuht). Järgmises kvartalis palkavad 20 uut töötajat ja avavad uue kontori Tartus. " +
		"Aruanded võtavad kaks päeva aega, kõik sisestatakse käsitsi exceli tabelist. Import ebaõnnestub iga öö. " +
		"Pro on nende jaoks liiga kallis, HubSpot pakkus 20% odavamalt. Eelarve on Q2-ni külmutatud. Finantsjuht peab kinnitama. ",
}

// BenchmarkDetectCues measures detection over a 2,000-character note in
// each language; the goal is under 1 ms.
func BenchmarkDetectCues(b *testing.B) {
	d := demoCueDetector(b)
	for _, locale := range []string{"en", "de", "ja", "ru", "et"} {
		note := benchNotes[locale]
		for len([]rune(note)) < 2000 {
			note += benchNotes[locale]
		}
		note = string([]rune(note)[:2000])
		b.Run(locale, func(b *testing.B) {
			if len(d.Detect(note, locale)) == 0 {
				b.Fatal("no cues in the benchmark note")
			}
			b.SetBytes(int64(len(note)))
			for b.Loop() {
				d.Detect(note, locale)
			}
		})
	}
}
