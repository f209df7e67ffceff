package model_test

import (
	"strings"
	"testing"

	"talktrack/model"
)

// TestRepliesSayWhatTheNoteSays: a rival they use today is not one they
// are "also considering"; a pain heard in one word is not quoted alone;
// the Russian reply names Bitrix24 one way, and does not read a rep's
// note back as the customer's words.
func TestRepliesSayWhatTheNoteSays(t *testing.T) {
	d := demoCueDetector(t)
	for _, tc := range []struct {
		locale, note, want, notWant string
	}{
		{"ja", "現在Salesforceを使用中、乗り換えは考えていない", "ご利用", "ご検討中"},
		// What they pay, said as a pain: answered as a price objection.
		{"en", "the total tooling spend is hurting them", "fit your budget", "other teams"},
		// Our support said slow, without "your": ours to put right, also
		// when "the customer" is named after it.
		{"de", "Den Support finden sie zu langsam, Tickets bleiben tagelang liegen.", "liegt an uns", "andere Teams"},
		{"en", "Support is too slow, tickets sit for days", "on us", "other teams"},
		{"ru", "Поддержка отвечает по 3-4 дня, клиент недоволен.", "наша недоработка", "другие команды"},
		{"ru", "Работают в Битрикс24 уже три года", "работаете в Bitrix24", "рассматриваете"},
		{"en", "They still use HubSpot for marketing", "work with HubSpot today", "looking at"},
		{"de", "Aktuell nutzen sie Pipedrive im Vertrieb", "mit Pipedrive arbeiten", "ansprechen"},
		{"en", "they're weighing Zoho", "looking at Zoho", ""},
		{"de", "Vertrieb verliert viel Zeit mit manueller Datenpflege", "gelöst", "„"},
		// The pain reply does not read a rep's note back as the customer's words.
		{"en", "the sync keeps failing", "other teams fixed", "You said"},
		{"de", "die Synchronisierung bricht ständig ab", "Das klingt", "Sie sagten"},
		{"et", "aruanded võtavad kaks päeva aega", "kõlab", "ütlesite"},
		{"ru", "Смотрят Битрикс24 как замену", "Bitrix24", "Битрикс24"},
		{"ru", "Менеджеры теряют заявки, всё в экселе", "Понимаю", "Вы сказали"},
		// A pain with our own service is ours to fix, not one other teams solved.
		{"de", "Der Support antwortet erst nach 3 Tagen", "liegt an uns", "andere Teams"},
		{"ru", "техподдержка отвечает по три дня", "наша недоработка", "другие команды"},
		{"en", "Your support is slow", "on us", "other teams"},
		{"et", "Teie tugi vastab alles 3 päeva pärast", "meie viga", "kiiret pole"},
		// A churn risk said with its problem: fix that first.
		{"en", "The sync breaks every night and they might not renew.", "fixed first", "glad you stayed"},
		{"de", "Support-Tickets liegen tagelang, sie überlegen zu kündigen.", "zuerst gelöst", "wieder zufrieden"},
		{"ru", "Ваша поддержка неделю не отвечает, думают уйти.", "Прошу прощения", "снова были довольны"},
		// What they said is answered, not the day that closes the note.
		{"en", "way too expensive for us. f/u Thu", "Fair point", "speak again"},
		// A churn risk said with a price objection works on the price.
		{"en", "renewal: 18% uplift is a non-starter, HubSpot quoted them less, might not renew", "what we can do on the renewal", "anything new today"},
		// One person leaving asks for a handover, not what would make them stay.
		{"en", "Champion (Mark) leaving end of Dec!!", "handover", "happy to stay"},
		{"ja", "田中さんが12月末で退職。後任未定", "引き継ぎ", "急いで"},
		{"en", "• adding 12 new reps in Q1 • call back tmrw", "Congratulations", "speak again"},
		// The day of the next call is agreed, not put off.
		{"en", "f/u Thu re pricing", "speak again on 3 December", "no rush"},
		{"ja", "明日中に折り返し", "改めてご連絡いたします", "急いで"},
		// Fewer licences wanted: right-size, not a smaller first step.
		{"ru", "Хотим платить за меньшее количество лицензий", "реально используются", "минимального шага"},
		{"ja", "使っていないライセンスの分まで払いたくない", "実際にお使いの数", "他のお客様"},
		{"en", "want to drop the 10 licences nobody logs into", "really used", "smallest step"},
		// Nor quotes a piece of it that is no sentence (かかっ).
		{"ja", "毎月のレポート作成に丸2日かかっている", "ご負担", "かかっ」"},
		// A rival used today and compared with us now: no "should you ever compare".
		{"ru", "Пока работают в amoCRM, параллельно сравнивают с нами", "сравниваете", "когда-нибудь"},
		{"et", "Praegu kasutavad Zohot, võrdlevad meid sellega", "ja võrdlete", "kunagi"},
		{"en", "They still use Zoho and are comparing us side by side", "are comparing", "ever compare"},
		// The Estonian partitive of a name ending in a silent e takes an apostrophe.
		{"et", "Praegu kasutavad Salesforce'i", "Salesforce'i", "Salesforce-i"},
	} {
		cues := d.DetectNote(tc.note, tc.locale)
		say, ok := model.CueToAnswer(cues, cueDateNow)
		if !ok {
			t.Errorf("%s %q: no reply", tc.locale, tc.note)
			continue
		}
		got := d.Response(say, tc.locale, cueDateNow)
		if !strings.Contains(got, tc.want) || tc.notWant != "" && strings.Contains(got, tc.notWant) {
			t.Errorf("%s %q: reply %q, want %q and not %q", tc.locale, tc.note, got, tc.want, tc.notWant)
		}
	}
	// Overlapping pains are answered as one phrase.
	cues := d.DetectNote("главная боль — ручной ввод данных, теряют два часа в день", "ru")
	if say, ok := model.CueToAnswer(cues, cueDateNow); !ok || !strings.Contains(say.Text, "ручной ввод данных") {
		t.Errorf("answered %q, want the whole pain «ручной ввод данных»", say.Text)
	}
}
