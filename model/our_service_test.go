package model_test

import "testing"

// TestPainsAboutOurService: a pain about the support we give is about us
// even without a word for "your"; one about the service the customer gives
// their own customers, or about their own team, is not.
func TestPainsAboutOurService(t *testing.T) {
	d := demoCueDetector(t)
	for _, tc := range []struct {
		pain string
		ours bool
	}{
		{"Every ticket we open with support takes three days", true},
		{"We wait a week for an answer from support", true},
		{"Support never gets back to us before Friday", true},
		{"We called the hotline twice and nobody picked up", true},
		{"Customers wait three days for support to answer", false},
		{"Our support team takes days to answer a ticket", false},
		{"Tickets pile up in three inboxes", false},
		{"Der Support meldet sich erst nach Tagen", true},
		{"Wir erreichen die Hotline nie vor 10 Uhr", true},
		{"Auf eine Antwort vom Support warten wir eine Woche", true},
		{"Unser Support antwortet erst nach Tagen", false},
		{"Kunden warten tagelang auf eine Antwort vom Support", false},
		{"Техподдержка отвечает по три дня", true},
		{"Мы пишем в поддержку, а ответа нет неделю", true},
		{"Наша поддержка отвечает клиентам по три дня", false},
		{"Клиенты ждут ответа от поддержки по два дня", false},
		{"Kasutajatugi vastab alles mitme päeva pärast", true},
		{"Kasutajatoelt ei saa vastust enne nädalat", true},
		{"Meie klienditugi vastab klientidele alles päevade pärast", false},
		{"サポートに問い合わせても返事が遅く、解決まで何日もかかる", true},
		{"サポートからの回答が一週間来ない", true},
		{"お客様からの問い合わせに返事が遅れている", false},
		{"弊社のサポート窓口はいつも混んでいる", false},
		// "Our" right before the support words makes it theirs; after
		// them, it is what they sent us.
		{"Support never answers our emails within the week", true},
		{"Our own helpdesk ignores tickets from the shop", false},
		{"Die Hotline ist kaum erreichbar, Rückrufe kommen nie", true},
		{"Beim Support landet man immer in der Warteschleife", true},
		{"Unsere Hotline ist kaum erreichbar", false},
		{"Техподдержка молчит уже вторую неделю", true},
		{"Наша техподдержка молчит по выходным", false},
		{"Tugi ei vasta meie kirjadele nädalate kaupa", true},
		{"Meie kasutajatugi ei vasta õhtuti", false},
		{"問い合わせの返事が毎回三日後で、現場が困っています", true},
		{"弊社のサポートにつながらないとお客様から苦情が来る", false},
		// A third blind round: help lines, escalations, the maker, promised
		// call-backs.
		{"The technical help line just rings out whenever we call", true},
		{"Tickets we raise sit untouched for a fortnight", true},
		{"Cost is not our worry, the slow answers from support are", true},
		// Their customers complaining, in any clause, make it their desk.
		{"Kunden beschweren sich, dass die Hotline nach 18 Uhr kaum erreichbar ist", false},
		{"Покупатели жалуются, что после 18:00 до горячей линии не дозвониться", false},
		{"Kliendid kurdavad, et abitelefon on pärast kella kuut kinni", false},
		{"エンドユーザーから、サポートの返信が遅いという苦情が増えている", false},
		{"Nädalavahetusel esitatud pöördumised jäävad esmaspäevani vastamata", false},
		{"Техподдержка производителя не берёт трубку", true},
		{"Tootja klienditugi ei võta telefoni vastu", true},
		{"Вы нам так и не перезвонили по заявке", true},
		{"Когда вы приходите в команду, вас никто не учит", false},
		{"Escalations about last week's outage vanished without a reply", true},
		{"Unsere Tickets bleiben beim Hersteller wochenlang liegen", true},
		{"Bei der Störungsnummer hängen wir jedes Mal eine halbe Stunde fest, bis jemand rangeht", true},
		{"До горячей линии невозможно дозвониться", true},
		{"Служба поддержки отвечает шаблонными отписками", true},
		{"Klienditoest ei saa kuidagi vastust, ootame juba teist nädalat", true},
		{"Tehnilise toe inimesed lubavad tagasi helistada, aga ei helista kunagi", true},
		{"問い合わせの返信が一週間以上来ない", true},
		{"障害の報告をしたのに担当者から何の連絡もない", true},
		{"Shoppers wait two days before anyone on our team replies", false},
		{"Unser Serviceteam kommt mit den Anfragen nicht hinterher", false},
		{"当社のコールセンターが問い合わせをさばききれていない", false},
	} {
		if got := d.SpeaksOfOurService(tc.pain); got != tc.ours {
			t.Errorf("SpeaksOfOurService(%q) = %v, want %v", tc.pain, got, tc.ours)
		}
	}
}
