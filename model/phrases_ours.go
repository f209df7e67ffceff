package model

import (
	"strings"

	"golang.org/x/text/message/catalog"
)

// Replies to a pain about us, to a wish to pay for fewer seats, and to
// the day of the next call.
const (
	msgSayPainOurs       = "say.pain-ours"
	msgSayRightSizeSeats = "say.right-size-seats"
	msgSayCallDay        = "say.call-day"
	msgSayChurnPain      = "say.churn-pain"
	msgSayChurnOurs      = "say.churn-ours"
	msgSayChurnPrice     = "say.churn-price"
)

// setOurs adds the replies to a pain with our own product or service (we
// apologise and fix it) and to a price objection about seats (we
// right-size instead of selling a smaller first step).
func setOurs(set func(lang, key string, msg ...catalog.Message)) {
	set("en", msgSayPainOurs, catalog.String("I'm sorry, that one is on us. I'll take it up with our team today and come back to you with a fix and a date."))
	set("de", msgSayPainOurs, catalog.String("Das tut mir leid, das liegt an uns. Ich spreche das heute noch intern an und melde mich mit einer Lösung und einem Zeitplan bei Ihnen."))
	set("ja", msgSayPainOurs, catalog.String("ご不便をおかけして申し訳ございません。本日中に社内で確認し、対応策と期日を改めてご連絡いたします。"))
	set("ru", msgSayPainOurs, catalog.String("Прошу прощения, это наша недоработка. Сегодня же разберусь с этим вместе с командой и вернусь к вам с решением и сроками."))
	set("et", msgSayPainOurs, catalog.String("Vabandust, see on meie viga. Arutan selle täna meeskonnaga läbi ja annan teile teada, milline on lahendus ja millal see valmib."))

	// The day of a call or meeting said in the notes is agreed, not put
	// off: no "no rush".
	set("en", msgSayCallDay, catalog.String("Great, so we'll speak again on {follow_up}. I'll have everything ready for you by then."))
	set("de", msgSayCallDay, catalog.String("Gut, dann sprechen wir am {follow_up} wieder. Bis dahin bereite ich alles Nötige vor."))
	set("ja", msgSayCallDay, catalog.String("承知いたしました。では{follow_up}に改めてご連絡いたします。それまでに必要なものをご用意しておきます。"))
	set("ru", msgSayCallDay, catalog.String("Хорошо, тогда созвонимся {follow_up}. К этому времени я всё подготовлю."))
	set("et", msgSayCallDay, catalog.String("Hästi, siis räägime uuesti {follow_up}. Selleks ajaks valmistan kõik vajaliku ette."))

	// A churn risk said with the problem behind it: fix it first.
	set("en", msgSayChurnPain, catalog.String("I hear you: that has to be fixed first, and I won't pitch anything new until it's sorted. Can I come back to you with a plan and a date?"))
	set("de", msgSayChurnPain, catalog.String("Das verstehe ich. Das muss zuerst gelöst werden, und bis dahin biete ich Ihnen nichts Neues an. Darf ich mich mit einem Lösungsplan und einem verbindlichen Zeitplan bei Ihnen melden?"))
	set("ja", msgSayChurnPain, catalog.String("お聞かせいただきありがとうございます。まずはその問題の解決を最優先とし、それまでは新しいご提案は控えさせていただきます。対応策と期日をまとめて、改めてご連絡してもよろしいでしょうか。"))
	set("ru", msgSayChurnPain, catalog.String("Понимаю: сначала нужно решить эту проблему, и до тех пор ничего нового предлагать не буду. Можно я вернусь к вам с планом и сроками?"))
	set("et", msgSayChurnPain, catalog.String("Saan aru: kõigepealt tuleb see probleem lahendada ja seni ma midagi uut ei paku. Kas võin teiega uuesti ühendust võtta, kui mul on lahendusplaan ja tähtaeg olemas?"))

	// A churn risk said beside a pain with our own service: apologise. The
	// reply names no day to come back: the follow-up the notes set is it.
	set("en", msgSayChurnOurs, catalog.String("I'm sorry, that one is on us. Fixing it comes first, and I won't pitch anything new until it's sorted. Can I come back to you with a plan and a date?"))
	set("de", msgSayChurnOurs, catalog.String("Das tut mir leid, das liegt an uns. Wir lösen das zuerst, und bis dahin biete ich Ihnen nichts Neues an. Darf ich mich mit einem Lösungsplan und einem verbindlichen Zeitplan bei Ihnen melden?"))
	set("ja", msgSayChurnOurs, catalog.String("弊社の不手際によりご迷惑をおかけしており、大変申し訳ございません。まずはこの件の解決を最優先とし、それまでは新しいご提案は控えさせていただきます。対応策と期日をまとめ、改めてご連絡させていただけますでしょうか。"))
	set("ru", msgSayChurnOurs, catalog.String("Прошу прощения, это наша недоработка. Сначала мы это исправим, и до тех пор я ничего нового предлагать не буду. Можно я вернусь к вам с планом и сроками?"))
	set("et", msgSayChurnOurs, catalog.String("Palun vabandust, see on meie viga. Kõigepealt lahendame selle ja seni ma midagi uut ei paku. Kas võin teiega uuesti ühendust võtta, kui mul on lahendusplaan ja tähtaeg olemas?"))

	// A churn risk said with a price objection: work on the price.
	set("en", msgSayChurnPrice, catalog.String("Thanks for being straight with me. Let me see what we can do on the renewal, for example a longer term or fewer seats, and come back to you with options."))
	set("de", msgSayChurnPrice, catalog.String("Danke für die Offenheit. Ich kläre, was bei der Verlängerung möglich ist, etwa eine längere Laufzeit oder weniger Lizenzen, und melde mich mit Optionen bei Ihnen."))
	set("ja", msgSayChurnPrice, catalog.String("率直なご意見をありがとうございます。複数年契約やライセンス数の見直しなど、更新時の条件を社内で検討し、改めてご提案いたします。"))
	set("ru", msgSayChurnPrice, catalog.String("Спасибо за откровенность. Посмотрю, что можно сделать по продлению, например договор на более долгий срок или меньше лицензий, и вернусь к вам с вариантами."))
	set("et", msgSayChurnPrice, catalog.String("Aitäh, et ütlesite otse. Vaatan, milliseid tingimusi saame pikendamisel pakkuda, näiteks pikemat lepinguperioodi või väiksemat litsentside arvu, ja annan teile variantidest teada."))

	set("en", msgSayRightSizeSeats, catalog.String("Understood. Let's look together at which licences are really used, so you only pay for those."))
	set("de", msgSayRightSizeSeats, catalog.String("Verstanden. Sehen wir uns gemeinsam an, welche Lizenzen wirklich genutzt werden, damit Sie nur noch für diese zahlen."))
	set("ja", msgSayRightSizeSeats, catalog.String("承知いたしました。ライセンスのご利用状況を一緒に確認し、実際にお使いの数に合わせてご契約を見直すのはいかがでしょうか。"))
	set("ru", msgSayRightSizeSeats, catalog.String("Понимаю. Давайте вместе посмотрим, какие лицензии реально используются, чтобы вы платили только за них."))
	set("et", msgSayRightSizeSeats, catalog.String("Saan aru. Vaatame koos üle, milliseid litsentse tegelikult kasutatakse, et maksaksite ainult nende eest."))
}

// seatWords are the starts of words, in lower case, for seats and
// licences in the five languages.
var seatWords = []string{"licen", "seat", "lizenz", "platz", "plätze", "лиценз", "мест", "litsents", "ライセンス", "アカウント"}

// saysSeats reports whether a cue's words speak of seats or licences.
func saysSeats(text string) bool {
	lower := strings.ToLower(text)
	for _, w := range seatWords {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}
