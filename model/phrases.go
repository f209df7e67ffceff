package model

import (
	cldr "golang.org/x/text/feature/plural"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/message/catalog"
	"math"
	"strings"
	"time"
)

// Languages are the languages everything said to or about a customer is
// written in; an account in any other language is spoken to in English.
var Languages = []string{"en", "de", "ja", "ru", "et"}

// phraseTags are the x/text tags of Languages.
var phraseTags = map[string]language.Tag{
	"en": language.English, "de": language.German, "ja": language.Japanese,
	"ru": language.Russian, "et": language.Estonian,
}

// phrases is the message catalog of the fixed sentences: stage guidance and
// right-sizing. Counted words are chosen by CLDR plural rules through
// cldr.Selectf, never by hand-made endings.
var phrases = buildPhrases()

// Message keys of phrases.
const (
	msgRightSize   = "right-size"
	msgNoOffers    = "advice.no-offers"
	msgNoExpansion = "advice.cost"
	// msgNoOffersFull and msgNoExpansionFull are the same for an account
	// using the seats it pays for: nothing to right-size.
	msgNoOffersFull    = "advice.no-offers-full"
	msgNoExpansionFull = "advice.cost-full"
	msgLowSeats        = "advice.low-seats"
	msgLowSeatsAll     = "advice.low-seats-all"
	msgSeatUse         = "advice.seat-use"
	msgHeldAnswers     = "advice.held-answers"
	msgHeldMay         = "advice.held-may-answer"
	msgBeyondARR       = "advice.beyond-arr"
	msgBeyondShare     = "advice.beyond-share"
	msgUnanswered      = "advice.unanswered"
	msgMayFit          = "advice.may-fit"
	msgCoolingFor      = "advice.cooling-for"
	msgUpARR           = "advice.upgrade-beyond-arr"
	msgUpShare         = "advice.upgrade-beyond-share"
	msgListPrices      = "advice.list-prices"
	msgListPricesSome  = "advice.list-prices-some"
	msgAboutUs         = "advice.about-us"
	msgFurtherDown     = "advice.further-down"
	msgAdvocateUs      = "guidance-complaint.advocate"
	msgAdvocateIdle    = "guidance-idle.advocate"
	msgHeardPrice      = "advice.heard-price"
	msgHeardChurn      = "advice.heard-churn"
	msgHeardFreeze     = "advice.heard-freeze"
	msgHeardNothingNew = "advice.heard-price-nothing-new"
	msgNoOffersFreeze  = "advice.no-offers-freeze"
	msgSayFreeze       = "say.freeze"
	msgSayFreezeUntil  = "say.freeze-until"
	// msgSayFreezeUntilCall is msgSayFreezeUntil when a call is agreed
	// before the freeze ends: {call_day} is that call.
	msgSayFreezeUntilCall = "say.freeze-until-call"
	msgSayIncumbent       = "say.incumbent"
	// msgSayIncumbentCompared answers a rival used today and compared
	// with us now.
	msgSayIncumbentCompared = "say.incumbent-compared"
	msgSayPainUnquoted      = "say.pain-unquoted"
	msgAfterAdoption        = "advice.after-adoption"
	msgARRUnknown           = "advice.arr-unknown"
)

func guidanceKey(s Stage) string { return "guidance." + string(s) }

func costGuidanceKey(s Stage) string { return "guidance-cost." + string(s) }

func buildPhrases() *catalog.Builder {
	b := catalog.NewBuilder(catalog.Fallback(language.English))
	set := func(lang, key string, msg ...catalog.Message) {
		if err := b.Set(phraseTags[lang], key, msg...); err != nil {
			panic("phrase " + lang + " " + key + ": " + err.Error())
		}
	}
	for lang, lines := range stageGuidance {
		for stage, text := range lines {
			set(lang, guidanceKey(stage), catalog.String(text))
		}
	}
	for lang, lines := range costGuidance {
		for stage, text := range lines {
			set(lang, costGuidanceKey(stage), catalog.String(text))
		}
	}
	// Right-sizing: %[1]s the product, %[2]d seats in use, %[3]d seats held.
	set("en", msgRightSize,
		catalog.Var("verb", cldr.Selectf(2, "%d", "one", "is", "other", "are")),
		catalog.Var("seats", cldr.Selectf(3, "%d", "one", "seat", "other", "seats")),
		catalog.String("Only %[2]d of your %[3]d ${seats} on %[1]s ${verb} in use. We can take the unused ones off your next invoice, or help your team put them to work first."))
	set("de", msgRightSize,
		catalog.Var("verb", cldr.Selectf(2, "%d", "one", "wird", "other", "werden")),
		catalog.Var("seats", cldr.Selectf(3, "%d", "one", "Lizenz", "other", "Lizenzen")),
		catalog.String("Von Ihren %[3]d ${seats} für %[1]s ${verb} nur %[2]d genutzt. Wir können die ungenutzten bei der nächsten Rechnung herausnehmen oder Ihrem Team zuerst helfen, sie einzusetzen."))
	set("ja", msgRightSize,
		catalog.String("現在、%[1]sは%[3]dライセンス中%[2]dライセンスのみのご利用となっております。未使用分を次回のご請求から外すこともできますし、まずは社内でご活用いただけるようお手伝いすることもできます。"))
	set("ru", msgRightSize,
		catalog.Var("verb", cldr.Selectf(2, "%d", "one", "используется", "other", "используются")),
		catalog.Var("seats", cldr.Selectf(3, "%d", "one", "лицензии", "other", "лицензий")),
		catalog.String("Из %[3]d ${seats} продукта %[1]s у вас ${verb} только %[2]d. Мы можем убрать неиспользуемые лицензии из следующего счёта или сначала помочь вашей команде начать ими пользоваться."))
	set("et", msgRightSize,
		catalog.String("%[1]s on teil %[3]d litsentsiga, millest on kasutusel ainult %[2]d. Kasutamata litsentsid saame järgmiselt arvelt maha võtta või aidata teie meeskonnal need kõigepealt tööle panna."))
	setAdvice(set)
	setShrinking(set)
	setOurs(set)
	setContactLeaving(set)
	setInterestAgain(set)
	setRenewalPassed(set)
	return b
}

// setAdvice adds the fair-offer advice: %[1]s is the customer's words or
// the product family, %[2]d seats in use, %[3]d seats held, %[4]d the share
// in use in percent.
func setAdvice(set func(lang, key string, msg ...catalog.Message)) {
	set("en", msgNoOffers, catalog.String("No offers while they say “%[1]s” (a high-severity cost pain): review what they use, right-size licences they do not need, and show the value of what they have."))
	set("de", msgNoOffers, catalog.String("Keine Angebote, solange der Kunde sagt: „%[1]s“ (ein schwerwiegendes Kostenproblem). Gemeinsam prüfen, was genutzt wird, nicht benötigte Lizenzen abbauen und den Wert des Vorhandenen zeigen."))
	set("ja", msgNoOffers, catalog.String("「%[1]s」というお声（深刻度の高いコスト面の課題）がある間は提案しません。利用状況を一緒に確認し、不要なライセンスを整理して、今お使いのものの価値をお示しください。"))
	set("ru", msgNoOffers, catalog.String("Никаких предложений, пока клиент жалуется: «%[1]s» (серьёзная проблема с затратами). Вместе посмотреть, что используется, сократить ненужные лицензии и показать ценность того, что уже есть."))
	set("et", msgNoOffers, catalog.String("Ärge tehke pakkumisi, seni kui klient ütleb: „%[1]s“ (tõsine kuluprobleem). Vaadake koos üle, mida kasutatakse, loobuge mittevajalikest litsentsidest ja näidake olemasoleva väärtust."))
	set("en", msgNoOffersFull, catalog.String("No offers while they say “%[1]s” (a high-severity cost pain): their seats are in use, so go through what each product does for them and show the value of what they have."))
	set("de", msgNoOffersFull, catalog.String("Keine Angebote, solange der Kunde sagt: „%[1]s“ (ein schwerwiegendes Kostenproblem). Die Lizenzen werden genutzt: gemeinsam durchgehen, was jedes Produkt dem Kunden bringt, und den Wert des Vorhandenen zeigen."))
	set("ja", msgNoOffersFull, catalog.String("「%[1]s」というお声（深刻度の高いコスト面の課題）がある間は提案しません。ライセンスは活用されていますので、各製品がもたらしている効果を一緒に確認し、今お使いのものの価値をお示しください。"))
	set("ru", msgNoOffersFull, catalog.String("Никаких предложений, пока клиент жалуется: «%[1]s» (серьёзная проблема с затратами). Лицензии используются, поэтому вместе пройтись по тому, что даёт каждый продукт, и показать ценность того, что уже есть."))
	set("et", msgNoOffersFull, catalog.String("Ärge tehke pakkumisi, seni kui klient ütleb: „%[1]s“ (tõsine kuluprobleem). Litsentsid on kasutusel, seega vaadake koos üle, mida iga toode talle annab, ja näidake olemasoleva väärtust."))

	set("en", msgAfterAdoption, catalog.String("They say “%[1]s”; %[2]s answers it, but upgrades wait until they use what they have: help them adopt it first, then offer %[2]s."))
	set("de", msgAfterAdoption, catalog.String("Der Kunde sagt: „%[1]s“ – %[2]s löst das, aber mit einem Upgrade warten, bis das Vorhandene auch genutzt wird: zuerst bei der Einführung helfen, dann %[2]s anbieten."))
	set("ja", msgAfterAdoption, catalog.String("「%[1]s」というお声があります。%[2]sで解決できますが、アップグレードは今お使いのものが定着してからです。まず定着を支援し、その後で%[2]sをご提案ください。"))
	set("ru", msgAfterAdoption, catalog.String("Со слов клиента: «%[1]s». Эту задачу решает %[2]s, но с переходом на старший тариф стоит подождать, пока клиент освоит то, что уже есть: сначала помочь с внедрением, затем предложить %[2]s."))
	set("et", msgAfterAdoption, catalog.String("Klient ütleb: „%[1]s“. Selle lahendab %[2]s, kuid kõrgemat paketti pakkuge alles siis, kui olemasolev on kasutusele võetud: aidake kliendil see kõigepealt juurutada, seejärel pakkuge %[2]s."))

	set("en", msgARRUnknown, catalog.String("No ARR on file: prices are not weighed against what they pay now, so check an offer fits their budget before you make it."))
	set("de", msgARRUnknown, catalog.String("Kein ARR hinterlegt: Die Preise werden nicht an dem gemessen, was der Kunde heute zahlt. Vor einem Angebot also prüfen, ob es in sein Budget passt."))
	set("ja", msgARRUnknown, catalog.String("ARRが登録されていないため、提案の価格を現在のご契約額と比べていません。ご予算に合うかを確かめてからご提案ください。"))
	set("ru", msgARRUnknown, catalog.String("ARR не указан: цены предложений не сопоставляются с тем, сколько клиент платит сейчас. Прежде чем что-то предлагать, проверить, укладывается ли это в бюджет клиента."))
	set("et", msgARRUnknown, catalog.String("ARR-i pole sisestatud: pakkumiste hindu ei võrrelda sellega, mida klient praegu maksab. Enne pakkumist kontrollige, kas see mahub tema eelarvesse."))

	set("en", msgSayFreeze, catalog.String("Understood, nothing new while there is no budget for it. Let's make sure you get the most out of what you have. When do you expect budget to open up again?"))
	set("de", msgSayFreeze, catalog.String("Verstanden, ohne Budget fangen wir nichts Neues an. Lassen Sie uns dafür sorgen, dass Sie das Vorhandene voll nutzen. Wann rechnen Sie wieder mit Budget?"))
	set("ja", msgSayFreeze, catalog.String("承知いたしました。ご予算が確保できるまでは、新しいご提案は控えさせていただきます。まずは現在ご利用中のものを最大限ご活用いただけるよう、お手伝いいたします。ご予算の見通しが立つのは、いつ頃になりそうでしょうか。"))
	set("ru", msgSayFreeze, catalog.String("Понимаю: пока бюджета нет, ничего нового предлагать не буду. Давайте сделаем так, чтобы вы получали максимум от того, что у вас уже есть. Как вы думаете, когда снова появится бюджет?"))
	set("et", msgSayFreeze, catalog.String("Saan aru, kuni eelarvet pole, ei paku ma midagi uut. Vaatame, et saaksite olemasolevast kõik kätte. Millal eelarve teie hinnangul taas vabaneb?"))
	set("en", msgSayFreezeUntil, catalog.String("Understood, nothing new before {follow_up}. Let's make sure you get the most out of what you have in the meantime, and talk again then. Shall I put that in the diary?"))
	set("de", msgSayFreezeUntil, catalog.String("Verstanden, vor dem {follow_up} starten wir nichts Neues. Bis dahin helfe ich Ihnen, das Beste aus dem herauszuholen, was Sie schon haben, und dann sprechen wir wieder. Soll ich uns den Termin gleich eintragen?"))
	set("ja", msgSayFreezeUntil, catalog.String("承知いたしました。{follow_up}までは新しいご提案は控えさせていただきます。それまでは、現在ご利用中のサービスを最大限ご活用いただけるようお手伝いいたします。{follow_up}を過ぎましたら、改めてご連絡してもよろしいでしょうか。"))
	set("ru", msgSayFreezeUntil, catalog.String("Понимаю: до {follow_up} ничего нового предлагать не буду. Давайте пока сделаем так, чтобы вы получали максимум от того, что у вас уже есть, а потом вернёмся к разговору. Поставить созвон на {follow_up} в календарь?"))
	set("et", msgSayFreezeUntil, catalog.String("Saan aru: räägime uuesti {follow_up} ja seni ei paku ma midagi uut, vaid aitan teil olemasolevast lahendusest maksimumi võtta. Kas panen kohtumise kalendrisse?"))
	set("en", msgSayFreezeUntilCall, catalog.String("Understood, nothing new before {follow_up}. Until then, let's make sure you get the most out of what you have; we'll speak again on {call_day}."))
	set("de", msgSayFreezeUntilCall, catalog.String("Verstanden, vor dem {follow_up} starten wir nichts Neues. Bis dahin helfe ich Ihnen, das Beste aus dem herauszuholen, was Sie schon haben; wir sprechen am {call_day} wieder."))
	set("ja", msgSayFreezeUntilCall, catalog.String("承知いたしました。{follow_up}までは新しいご提案は控えさせていただきます。それまでは、現在ご利用中のサービスを最大限ご活用いただけるようお手伝いいたします。{call_day}に改めてお話しさせていただきます。"))
	set("ru", msgSayFreezeUntilCall, catalog.String("Понимаю: до {follow_up} ничего нового предлагать не буду. А пока давайте сделаем так, чтобы вы получали максимум от того, что у вас уже есть; созвонимся {call_day}."))
	set("et", msgSayFreezeUntilCall, catalog.String("Saan aru: uusi pakkumisi teen alles siis, kui eelarve {follow_up} vabaneb. Seni aitan teil olemasolevast lahendusest maksimumi võtta; räägime uuesti {call_day}."))
	set("en", msgSayIncumbent, catalog.String("Good to know you work with {competitor} today. Should you ever compare, the honest difference is: {difference}"))
	set("de", msgSayIncumbent, catalog.String("Gut zu wissen, dass Sie derzeit mit {competitor} arbeiten. Falls Sie einmal vergleichen möchten – ehrlich gesagt liegt der Unterschied hier: {difference}"))
	set("ja", msgSayIncumbent, catalog.String("現在は{competitor}をご利用なのですね。今後比較される際のご参考までに、率直に申し上げますと、違いは次の点です。{difference}"))
	set("ru", msgSayIncumbent, catalog.String("Понятно, сейчас вы работаете в {competitor}. Если когда-нибудь будете сравнивать, то, честно говоря, разница вот в чём: {difference}"))
	set("et", msgSayIncumbent, catalog.String("Hea teada, et kasutate praegu {competitor_partitive}. Kui peaksite kunagi võrdlema, siis ausalt öeldes on erinevus järgmine: {difference}"))
	set("en", msgSayIncumbentCompared, catalog.String("Good to know you work with {competitor} today and are comparing. The honest difference: {difference}"))
	set("de", msgSayIncumbentCompared, catalog.String("Gut zu wissen, dass Sie derzeit mit {competitor} arbeiten und gerade mit uns vergleichen. Ehrlich gesagt liegt der Unterschied hier: {difference}"))
	set("ja", msgSayIncumbentCompared, catalog.String("現在は{competitor}をご利用で、弊社と比較検討されているのですね。率直に申し上げますと、違いは次の点です。{difference}"))
	set("ru", msgSayIncumbentCompared, catalog.String("Понятно, сейчас вы работаете в {competitor} и сравниваете с нами. Если честно, разница вот в чём: {difference}"))
	set("et", msgSayIncumbentCompared, catalog.String("Hea teada, et kasutate praegu {competitor_partitive} ja võrdlete seda meiega. Ausalt öeldes on erinevus järgmine: {difference}"))
	set("en", msgSayPainUnquoted, catalog.String("That sounds like it costs the team real time. May I show you how other teams fixed it?"))
	set("de", msgSayPainUnquoted, catalog.String("Das kostet Ihr Team sicher einiges an Zeit. Darf ich Ihnen zeigen, wie andere Teams das gelöst haben?"))
	set("ja", msgSayPainUnquoted, catalog.String("その点でご苦労されているのですね。他のお客様が同じ課題をどのように解決されたか、ご紹介してもよろしいでしょうか。"))
	set("ru", msgSayPainUnquoted, catalog.String("Понимаю, это отнимает у вашей команды немало времени. Можно я покажу, как другие команды решили эту задачу?"))
	set("et", msgSayPainUnquoted, catalog.String("See võtab teie meeskonnalt kindlasti palju aega. Kas tohin teile näidata, kuidas teised meeskonnad selle lahendasid?"))

	set("en", msgNoOffersFreeze, catalog.String("No offers while they say “%[1]s”: they have no budget for anything new. Help them get the most from what they have, and ask when budget frees up again."))
	set("de", msgNoOffersFreeze, catalog.String("Keine Angebote, solange der Kunde sagt: „%[1]s“ – für Neues ist kein Budget da. Helfen, das Vorhandene voll zu nutzen, und fragen, wann wieder Budget frei wird."))
	set("ja", msgNoOffersFreeze, catalog.String("お客様が「%[1]s」とおっしゃっている間は、新規の予算がないため提案は控えてください。今お使いのものを最大限に活用できるよう支援し、予算が確保できる時期を確認してください。"))
	set("ru", msgNoOffersFreeze, catalog.String("Никаких предложений, пока клиент говорит: «%[1]s» — бюджета на новое нет. Помочь использовать по максимуму то, что уже есть, и спросить, когда снова появится бюджет."))
	set("et", msgNoOffersFreeze, catalog.String("Ärge tehke pakkumisi, seni kui klient ütleb: „%[1]s“ – uuteks kulutusteks pole eelarvet. Aidake kliendil olemasolevat täiel määral kasutada ja küsige, millal eelarve taas vabaneb."))

	set("en", msgNoExpansion, catalog.String("No upgrades or seats while they say “%[1]s”: right-size first and show what they get for what they pay."))
	set("de", msgNoExpansion, catalog.String("Keine Upgrades und keine weiteren Lizenzen, solange der Kunde sagt: „%[1]s“. Zuerst die Lizenzzahl an den Bedarf anpassen und zeigen, was er für sein Geld bekommt."))
	set("ja", msgNoExpansion, catalog.String("「%[1]s」というお声がある間は、上位プランやライセンス追加は提案しません。まずライセンス数を適正化し、費用に見合う価値をお示しください。"))
	set("ru", msgNoExpansion, catalog.String("Никаких повышений тарифа и дополнительных лицензий, пока клиент жалуется: «%[1]s». Сначала привести число лицензий в соответствие с реальной потребностью и показать, что он получает за свои деньги."))
	set("et", msgNoExpansion, catalog.String("Ärge pakkuge kõrgemat paketti ega lisalitsentse, seni kui klient ütleb: „%[1]s“. Kõigepealt viige litsentsid vajadusega vastavusse ja näidake, mida ta oma raha eest saab."))
	set("en", msgNoExpansionFull, catalog.String("No upgrades or seats while they say “%[1]s”: their seats are in use, so show what they get for what they pay."))
	set("de", msgNoExpansionFull, catalog.String("Keine Upgrades und keine weiteren Lizenzen, solange der Kunde sagt: „%[1]s“. Die Lizenzen werden genutzt: zeigen, was er für sein Geld bekommt."))
	set("ja", msgNoExpansionFull, catalog.String("「%[1]s」というお声がある間は、上位プランやライセンス追加は提案しません。ライセンスは活用されていますので、費用に見合う価値をお示しください。"))
	set("ru", msgNoExpansionFull, catalog.String("Никаких повышений тарифа и дополнительных лицензий, пока клиент жалуется: «%[1]s». Лицензии используются, поэтому показать, что он получает за свои деньги."))
	set("et", msgNoExpansionFull, catalog.String("Ärge pakkuge kõrgemat paketti ega lisalitsentse, seni kui klient ütleb: „%[1]s“. Litsentsid on kasutusel, seega näidake, mida ta oma raha eest saab."))

	set("en", msgHeldAnswers, catalog.String("They say “%[1]s”, and %[2]s, which they already have, is made for that: help them put it to use before offering anything new for it."))
	set("de", msgHeldAnswers, catalog.String("Der Kunde sagt: „%[1]s“ – dafür hat er bereits %[2]s. Zuerst bei der Nutzung helfen, bevor dafür etwas Neues angeboten wird."))
	set("ja", msgHeldAnswers, catalog.String("「%[1]s」というお声をいただいていますが、ご契約中の%[2]sで対応できます。この課題に対して新しい製品を提案する前に、活用のお手伝いをしてください。"))
	set("ru", msgHeldAnswers, catalog.String("Со слов клиента: «%[1]s». Как раз для этого у клиента уже есть продукт %[2]s — сначала помочь использовать его в полной мере, а уже потом предлагать для этого что-то новое."))
	set("et", msgHeldAnswers, catalog.String("Klient ütleb: „%[1]s“. Selleks on tal juba olemas %[2]s – enne kui selleks midagi uut pakute, aidake kliendil seda täiel määral kasutada."))

	set("en", msgBeyondARR, catalog.String("%[1]s would answer “%[2]s”, but at %[3]s it costs more than their whole ARR: ask how they handle it today before proposing it."))
	set("de", msgBeyondARR, catalog.String("%[1]s würde das Problem „%[2]s“ lösen, kostet aber %[3]s und damit mehr als der gesamte ARR des Kunden. Zuerst fragen, wie er das heute löst, bevor es angeboten wird."))
	set("ja", msgBeyondARR, catalog.String("%[1]sは「%[2]s」という課題に応えられますが、%[3]sかかり、お客様のARR全体を上回ります。提案する前に、現在どのように対応されているかを伺ってください。"))
	set("ru", msgBeyondARR, catalog.String("Продукт %[1]s решил бы проблему «%[2]s», но стоит %[3]s — больше, чем весь ARR клиента. Прежде чем предлагать его, выяснить, как клиент решает это сейчас."))
	set("et", msgBeyondARR, catalog.String("%[1]s lahendaks mure „%[2]s“, kuid maksab %[3]s – rohkem kui kliendi kogu ARR. Enne pakkumist uurige, kuidas klient seda praegu lahendab."))
	set("en", msgBeyondShare, catalog.String("%[1]s would answer “%[2]s”, but at %[3]s it costs about %[4]d%% of their ARR: ask how they handle it today before proposing it."))
	set("de", msgBeyondShare, catalog.String("%[1]s würde das Problem „%[2]s“ lösen, kostet aber %[3]s, etwa %[4]d %% des ARR des Kunden. Zuerst fragen, wie er das heute löst, bevor es angeboten wird."))
	set("ja", msgBeyondShare, catalog.String("%[1]sは「%[2]s」という課題に応えられますが、%[3]sかかり、お客様のARRの約%[4]d%%に当たります。提案する前に、現在どのように対応されているかを伺ってください。"))
	set("ru", msgBeyondShare, catalog.String("Продукт %[1]s решил бы проблему «%[2]s», но стоит %[3]s — около %[4]d %% ARR клиента. Прежде чем предлагать его, выяснить, как клиент решает это сейчас."))
	set("et", msgBeyondShare, catalog.String("%[1]s lahendaks mure „%[2]s“, kuid maksab %[3]s – umbes %[4]d%% kliendi ARR-ist. Enne pakkumist uurige, kuidas klient seda praegu lahendab."))

	set("en", msgHeldMay, catalog.String("They say “%[1]s”; %[2]s, which they already have, may cover it: check how they use it before offering anything new for it."))
	set("de", msgHeldMay, catalog.String("Der Kunde sagt: „%[1]s“ – womöglich hilft dabei das Produkt %[2]s, das er bereits hat. Zuerst klären, wie er es nutzt, bevor dafür etwas Neues angeboten wird."))
	set("ja", msgHeldMay, catalog.String("「%[1]s」というお声をいただいています。ご契約中の%[2]sで対応できる可能性があります。この課題に対して新しい製品を提案する前に、現在の使い方を確認してください。"))
	set("ru", msgHeldMay, catalog.String("Со слов клиента: «%[1]s». Возможно, с этим справится продукт %[2]s, который у клиента уже есть. Прежде чем предлагать для этого что-то новое, выяснить, как им пользуются."))
	set("et", msgHeldMay, catalog.String("Klient ütleb: „%[1]s“. Võimalik, et selle mure lahendab juba tal olemasolev %[2]s: enne kui selleks midagi uut pakute, uurige, kuidas ta seda kasutab."))

	set("en", msgUnanswered, catalog.String("They say “%[1]s”, and nothing we can offer now answers it: ask how it shows up for them today and note what would help."))
	set("de", msgUnanswered, catalog.String("Der Kunde sagt: „%[1]s“ – dafür gibt es derzeit kein passendes Angebot. Nachfragen, wie sich das Problem aktuell beim Kunden zeigt, und notieren, was helfen würde."))
	set("ja", msgUnanswered, catalog.String("「%[1]s」というお声をいただいていますが、現時点でこの課題に応えられるご提案はありません。現在どのような場面でお困りなのかを伺い、何が役立つかを記録してください。"))
	set("ru", msgUnanswered, catalog.String("Со слов клиента: «%[1]s». Сейчас нам нечего предложить для решения этой проблемы. Выяснить, как она проявляется у клиента, и записать, что могло бы помочь."))
	set("et", msgUnanswered, catalog.String("Klient ütleb: „%[1]s“. Praegu pole meil selle mure lahendamiseks midagi pakkuda: uurige, kuidas see täna avaldub, ja pange kirja, mis aitaks."))

	set("en", msgUpShare, catalog.String("No upgrade to %[1]s for now: it would add %[2]s, about %[3]d%% of their ARR."))
	set("de", msgUpShare, catalog.String("Vorerst kein Upgrade auf %[1]s: Das wären %[2]s mehr – etwa %[3]d %% seines ARR."))
	set("ja", msgUpShare, catalog.String("%[1]sへのアップグレードは今は提案しません。%[2]sの追加となり、お客様のARRの約%[3]d%%に当たります。"))
	set("ru", msgUpShare, catalog.String("Пока не предлагать переход на тариф %[1]s: это дополнительно %[2]s — около %[3]d %% ARR клиента."))
	set("et", msgUpShare, catalog.String("Ärge pakkuge praegu üleminekut paketile %[1]s: lisakulu oleks %[2]s, umbes %[3]d%% kliendi ARR-ist."))
	set("en", msgUpARR, catalog.String("No upgrade to %[1]s for now: it would add %[2]s, more than their whole ARR."))
	set("de", msgUpARR, catalog.String("Vorerst kein Upgrade auf %[1]s: Das wären %[2]s mehr – mehr als sein gesamter ARR."))
	set("ja", msgUpARR, catalog.String("%[1]sへのアップグレードは今は提案しません。%[2]sの追加となり、お客様のARR全体を上回ります。"))
	set("ru", msgUpARR, catalog.String("Пока не предлагать переход на тариф %[1]s: это дополнительно %[2]s — больше, чем весь ARR клиента."))
	set("et", msgUpARR, catalog.String("Ärge pakkuge praegu üleminekut paketile %[1]s: lisakulu oleks %[2]s – rohkem kui kliendi kogu ARR."))

	set("en", msgListPrices, catalog.String("No prices in %[1]s in the catalogue: offers are quoted at list prices in %[2]s and not weighed against their ARR; confirm the %[1]s price before quoting it."))
	set("de", msgListPrices, catalog.String("Im Katalog gibt es keine Preise in %[1]s: Die Angebote nennen Listenpreise in %[2]s und sind nicht mit dem ARR des Kunden abgeglichen. Den Preis in %[1]s klären, bevor er genannt wird."))
	set("ja", msgListPrices, catalog.String("カタログに%[1]s建ての価格がありません。提案は%[2]s建ての定価で示しており、お客様のARRとの比較は行っていません。見積もる前に%[1]s建ての価格をご確認ください。"))
	set("ru", msgListPrices, catalog.String("В каталоге нет цен в %[1]s: цены в предложениях взяты из прайс-листа в %[2]s и не сопоставлены с ARR клиента; прежде чем называть цену, уточнить её в %[1]s."))
	set("en", msgListPricesSome, catalog.String("No %[1]s price in the catalogue for %[3]s: quoted at list price in %[2]s and not weighed against their ARR; confirm the %[1]s price before quoting."))
	set("de", msgListPricesSome, catalog.String("Im Katalog gibt es keinen Preis in %[1]s für %[3]s: Angegeben ist der Listenpreis in %[2]s, ohne Abgleich mit dem ARR des Kunden. Den Preis in %[1]s klären, bevor er genannt wird."))
	set("ja", msgListPricesSome, catalog.String("%[3]sはカタログに%[1]s建ての価格がありません。%[2]s建ての定価で示しており、お客様のARRとの比較は行っていません。見積もる前に%[1]s建ての価格をご確認ください。"))
	set("ru", msgListPricesSome, catalog.String("В каталоге нет цены в %[1]s для %[3]s: указана цена из прайс-листа в %[2]s, не сопоставленная с ARR клиента; прежде чем называть цену, уточнить её в %[1]s."))
	set("et", msgListPricesSome, catalog.String("Kataloogis pole %[1]s-hinda (%[3]s): näidatud on hinnakirja %[2]s-hind, mida ei ole kliendi ARR-iga võrreldud; enne hinna nimetamist täpsustage %[1]s-hind."))
	set("et", msgListPrices, catalog.String("Kataloogis pole %[1]s-hindu: pakkumistes on hinnakirja %[2]s-hinnad ja neid ei ole kliendi ARR-iga võrreldud; enne hinna nimetamist täpsustage %[1]s-hind."))

	set("en", msgAboutUs, catalog.String("They say “%[1]s”: that's a complaint about us. Take it to our support lead and get back to them with an answer before offering anything related to it."))
	set("de", msgAboutUs, catalog.String("Der Kunde sagt: „%[1]s“ – die Kritik richtet sich gegen uns. An unsere Support-Leitung weitergeben und sich mit einer Antwort beim Kunden zurückmelden, bevor dazu etwas angeboten wird."))
	set("ja", msgAboutUs, catalog.String("「%[1]s」とのご指摘は当社に対するものです。サポート責任者に共有し、お客様へ回答をお伝えするまでは、この件に関する提案は控えてください。"))
	set("ru", msgAboutUs, catalog.String("Со слов клиента: «%[1]s». Это претензия к нам: передать её руководителю службы поддержки и вернуться к клиенту с ответом, прежде чем что-либо предлагать по этому поводу."))
	set("et", msgAboutUs, catalog.String("Klient ütleb: „%[1]s“. See on kriitika meie aadressil: edastage see meie klienditoe juhile ja andke kliendile vastus, enne kui selles küsimuses midagi pakute."))

	set("en", msgAdvocateUs, catalog.String("They value what they have, but have a complaint about us open: thank them, settle it first, and leave the reference request until it is settled."))
	set("en", msgAdvocateIdle, catalog.String("They value what they have: thank them and ask for a reference; while seats sit unused, help them put those seats to work before proposing an upgrade."))
	set("de", msgAdvocateIdle, catalog.String("Der Kunde schätzt, was er hat: bedanken und um eine Referenz bitten; solange Lizenzen ungenutzt sind, zuerst bei der Nutzung helfen, bevor ein Upgrade vorgeschlagen wird."))
	set("ja", msgAdvocateIdle, catalog.String("今お使いのものを評価いただいています。感謝をお伝えし、事例紹介へのご協力をお願いしてください。未使用のライセンスがあるうちは、アップグレードを提案する前に活用を支援してください。"))
	set("ru", msgAdvocateIdle, catalog.String("Клиент ценит то, что у него есть: поблагодарить и попросить выступить референс-клиентом; пока часть лицензий не используется, сначала помочь их задействовать, а уже потом предлагать расширение."))
	set("et", msgAdvocateIdle, catalog.String("Klient hindab seda, mis tal on: tänage ja paluge tal olla referentskliendiks; kuni osa litsentse on kasutamata, aidake need kõigepealt kasutusele võtta ja alles siis pakkuge kõrgemat paketti."))
	set("de", msgAdvocateUs, catalog.String("Der Kunde schätzt, was er hat, hat aber eine offene Beschwerde über uns: bedanken, zuerst die Beschwerde klären und die Bitte um eine Referenz bis dahin zurückstellen."))
	set("ja", msgAdvocateUs, catalog.String("今お使いのものを評価いただいていますが、当社への苦情が未解決です。感謝をお伝えし、まず苦情を解決してください。解決するまでは事例紹介のお願いは控えてください。"))
	set("ru", msgAdvocateUs, catalog.String("Клиент ценит то, что у него есть, но имеет к нам открытую претензию: поблагодарить, сначала урегулировать претензию, а просьбу стать референс-клиентом отложить до её урегулирования."))
	set("et", msgAdvocateUs, catalog.String("Klient hindab seda, mis tal on, kuid tal on meie kohta lahendamata kaebus: tänage, lahendage kõigepealt kaebus ja lükake referentsipalve seniks edasi."))
	set("en", msgHeardPrice, catalog.String("On the call of %[2]s the notes say “%[1]s”: no upgrades or seats for now. Show what they get for what they pay before offering more."))
	set("de", msgHeardPrice, catalog.String("Gesprächsnotiz vom %[2]s: „%[1]s“. Vorerst keine Upgrades und keine weiteren Lizenzen: zuerst zeigen, was der Kunde für sein Geld bekommt."))
	set("ja", msgHeardPrice, catalog.String("%[2]sの通話メモ：「%[1]s」。当面は上位プランやライセンス追加を提案せず、まず費用に見合う価値をお示しください。"))
	set("ru", msgHeardPrice, catalog.String("Заметка к разговору %[2]s: «%[1]s». Пока никаких повышений тарифа и дополнительных лицензий: сначала показать, что клиент получает за свои деньги."))
	set("et", msgHeardPrice, catalog.String("%[2]s toimunud kõne märkmetes on kirjas: „%[1]s“. Ärge pakkuge praegu kõrgemat paketti ega lisalitsentse: näidake kõigepealt, mida klient oma raha eest saab."))
	set("en", msgHeardNothingNew, catalog.String("On the call of %[2]s the notes say “%[1]s”, and they want nothing new: no offers for now, new products included. Show what they get for what they pay before offering anything."))
	set("de", msgHeardNothingNew, catalog.String("Gesprächsnotiz vom %[2]s: „%[1]s“. Der Kunde will nichts Neues: vorerst keine Angebote, auch keine neuen Produkte. Zuerst zeigen, was der Kunde für sein Geld bekommt."))
	set("ja", msgHeardNothingNew, catalog.String("%[2]sの通話メモ：「%[1]s」。新しいものは不要とのことです。当面は新しい製品も含めて提案せず、まず費用に見合う価値をお示しください。"))
	set("ru", msgHeardNothingNew, catalog.String("Заметка к разговору %[2]s: «%[1]s». Клиент не хочет ничего нового: пока никаких предложений, в том числе новых продуктов. Сначала показать, что клиент получает за свои деньги."))
	set("et", msgHeardNothingNew, catalog.String("%[2]s toimunud kõne märkmetes on kirjas: „%[1]s“. Kuna klient ei soovi praegu midagi uut, ärge pakkuge midagi, ka mitte uusi tooteid: näidake kõigepealt, mida klient oma raha eest saab."))
	set("en", msgHeardFreeze, catalog.String("On the call of %[2]s the notes say “%[1]s”: no offers while they have no budget for anything new. Help them get the most from what they have, and ask when budget frees up again."))
	set("de", msgHeardFreeze, catalog.String("Gesprächsnotiz vom %[2]s: „%[1]s“. Keine Angebote, solange kein Budget für Neues da ist: helfen, das Vorhandene voll zu nutzen, und fragen, wann wieder Budget frei wird."))
	set("ja", msgHeardFreeze, catalog.String("%[2]sの通話メモ：「%[1]s」。新規の予算がない間は提案しません。今お使いのものを最大限に活用できるよう支援し、予算が確保できる時期をお尋ねください。"))
	set("ru", msgHeardFreeze, catalog.String("Заметка к разговору %[2]s: «%[1]s». Никаких предложений, пока у клиента нет бюджета на новое: помочь использовать по максимуму то, что уже есть, и спросить, когда снова появится бюджет."))
	set("et", msgHeardFreeze, catalog.String("%[2]s toimunud kõne märkmetes on kirjas: „%[1]s“. Ärge tehke pakkumisi, seni kui kliendil pole uuteks kulutusteks eelarvet: aidake olemasolevat täiel määral kasutada ja küsige, millal eelarve taas vabaneb."))
	set("en", msgHeardChurn, catalog.String("On the call of %[2]s the notes say “%[1]s”: no offers until that is settled. Listen, fix what is wrong, and agree on a date to check that it is."))
	set("de", msgHeardChurn, catalog.String("Gesprächsnotiz vom %[2]s: „%[1]s“. Keine Angebote, bis das geklärt ist: zuhören, das Problem beheben und einen Termin vereinbaren, an dem das Ergebnis geprüft wird."))
	set("ja", msgHeardChurn, catalog.String("%[2]sの通話メモ：「%[1]s」。この件が解決するまでは提案しません。お話を伺って問題を解決し、解決したかを確認する日程をお客様と決めてください。"))
	set("ru", msgHeardChurn, catalog.String("Заметка к разговору %[2]s: «%[1]s». Никаких предложений, пока вопрос не решён: выслушать, исправить то, что не так, и договориться, когда проверить, что проблема устранена."))
	set("et", msgHeardChurn, catalog.String("%[2]s toimunud kõne märkmetes on kirjas: „%[1]s“. Ärge tehke pakkumisi, kuni asi on lahendatud: kuulake klient ära, parandage see, mis on valesti, ja leppige kokku kuupäev, mil kontrollite, kas kõik on korras."))

	set("en", msgFurtherDown, catalog.String("They say “%[1]s”: %[2]s answers it, number %[3]d on the list."))
	set("de", msgFurtherDown, catalog.String("Der Kunde sagt: „%[1]s“ – dafür gibt es das Produkt %[2]s, Nummer %[3]d in der Liste."))
	set("ja", msgFurtherDown, catalog.String("「%[1]s」というお声には、リストの%[3]d番目にある%[2]sで対応できます。"))
	set("ru", msgFurtherDown, catalog.String("Со слов клиента: «%[1]s». Это решает продукт %[2]s — номер %[3]d в списке."))
	set("et", msgFurtherDown, catalog.String("Klient ütleb: „%[1]s“. Selle lahendab %[2]s, mis on loendis %[3]d. kohal."))

	set("en", msgMayFit, catalog.String("They say “%[1]s”; %[2]s is made for this kind of problem, though not for exactly this: ask how it shows up for them before offering it."))
	set("de", msgMayFit, catalog.String("Der Kunde sagt: „%[1]s“ – das Produkt %[2]s ist für diese Art von Problem gedacht, wenn auch nicht genau für dieses. Vor dem Angebot nachfragen, wie sich das Problem beim Kunden zeigt."))
	set("ja", msgMayFit, catalog.String("「%[1]s」というお声をいただいています。%[2]sはこの種の課題向けですが、この課題にそのまま当てはまるとは限りません。提案する前に、具体的にどのような形で困っていらっしゃるかを伺ってください。"))
	set("ru", msgMayFit, catalog.String("Со слов клиента: «%[1]s». Продукт %[2]s рассчитан на такие проблемы, хотя и не совсем на эту: прежде чем предлагать его, выяснить, как проблема проявляется у клиента."))
	set("et", msgMayFit, catalog.String("Klient ütleb: „%[1]s“. %[2]s on mõeldud seda laadi murede jaoks, kuigi mitte täpselt selle jaoks: enne pakkumist uurige, kuidas see mure kliendil avaldub."))

	set("en", msgCoolingFor, catalog.String("They say “%[1]s”; %[2]s answers it, but they recently passed on it: offer it again from %[3]s, not before."))
	set("de", msgCoolingFor, catalog.String("Der Kunde sagt: „%[1]s“ – dafür gibt es %[2]s, das wurde aber zuletzt abgelehnt oder zurückgestellt. Erst ab %[3]s wieder anbieten."))
	set("ja", msgCoolingFor, catalog.String("「%[1]s」というお声をいただいています。%[2]sで解決できますが、前回はお見送りとなりました。改めてのご提案は%[3]s以降にしてください。"))
	set("ru", msgCoolingFor, catalog.String("Со слов клиента: «%[1]s». Эту проблему решает продукт %[2]s, но недавно клиент от него отказался или отложил решение: снова предлагать не раньше %[3]s."))
	set("et", msgCoolingFor, catalog.String("Klient ütleb: „%[1]s“. Selle mure lahendab %[2]s, kuid hiljuti klient loobus sellest või lükkas selle edasi: pakkuge seda uuesti alates %[3]s, mitte varem."))

	set("en", msgLowSeats,
		catalog.Var("seats", cldr.Selectf(3, "%d", "one", "seat", "other", "seats")),
		catalog.String("No expansion of %[1]s: %[2]d of %[3]d ${seats} in use (%[4]d%%); offer adoption help or right-size the licence instead."))
	set("de", msgLowSeats,
		catalog.Var("seats", cldr.Selectf(3, "%d", "one", "Lizenz", "other", "Lizenzen")),
		catalog.String("Kein Ausbau von %[1]s: %[2]d von %[3]d ${seats} in Nutzung (%[4]d %%); stattdessen bei der Einführung helfen oder die Lizenzzahl anpassen."))
	set("ja", msgLowSeats,
		catalog.String("%[1]sの追加・拡大は提案しません。%[3]dライセンス中%[2]dライセンスのご利用です（%[4]d%%）。代わりに活用支援か、ライセンス数の適正化をご提案ください。"))
	set("ru", msgLowSeats,
		catalog.Var("verb", cldr.Selectf(2, "%d", "one", "используется", "other", "используются")),
		catalog.Var("seats", cldr.Selectf(3, "%d", "one", "лицензии", "other", "лицензий")),
		catalog.String("Не предлагать расширение продукта %[1]s: ${verb} %[2]d из %[3]d ${seats} (%[4]d %%); вместо этого помочь с внедрением или привести число лицензий в соответствие с фактическим использованием."))
	set("et", msgLowSeats,
		catalog.Var("seats", cldr.Selectf(2, "%d", "one", "litsents", "other", "litsentsi")),
		catalog.String("%[1]s: laiendust ei pakuta, kasutusel on %[2]d ${seats} %[3]d-st (%[4]d%%); pakkuge selle asemel juurutusabi või viige litsentside arv vajadusega vastavusse."))

	set("en", msgLowSeatsAll, catalog.String("No expansion where seats sit unused: %[1]s; offer adoption help or right-size the licences instead."))
	set("de", msgLowSeatsAll, catalog.String("Kein Ausbau, wo Lizenzen ungenutzt bleiben: %[1]s; stattdessen bei der Einführung helfen oder die Lizenzzahl anpassen."))
	set("ja", msgLowSeatsAll, catalog.String("ライセンスが使われずに残っている製品では、拡大を提案しないでください：%[1]s。代わりに活用支援またはライセンス数の適正化をご提案ください。"))
	set("ru", msgLowSeatsAll, catalog.String("Не предлагать расширение там, где лицензии простаивают: %[1]s; вместо этого помочь с внедрением или привести число лицензий в соответствие с фактическим использованием."))
	set("et", msgLowSeatsAll, catalog.String("Ärge pakkuge laiendust toodetele, mille litsentsidest osa seisab kasutuseta: %[1]s; pakkuge selle asemel juurutusabi või viige litsentside arv vajadusega vastavusse."))

	// One family's seats in the list: %[1]s its name, %[2]d in use, %[3]d
	// held, %[4]d percent.
	set("en", msgSeatUse, catalog.String("%[1]s (%[2]d of %[3]d in use, %[4]d%%)"))
	set("de", msgSeatUse, catalog.String("%[1]s (%[2]d von %[3]d in Nutzung, %[4]d %%)"))
	set("ja", msgSeatUse, catalog.String("%[1]s（%[2]d/%[3]dライセンス使用、%[4]d%%）"))
	set("ru", msgSeatUse, catalog.String("%[1]s (используется %[2]d из %[3]d, %[4]d %%)"))
	set("et", msgSeatUse, catalog.String("%[1]s (kasutusel %[2]d/%[3]d, %[4]d%%)"))
}

// AdviceHeldAnswers is the advice, in the language of locale, when a
// product the customer holds is made for an open pain: title is the
// customer's words, product the held product's name.
func AdviceHeldAnswers(locale, title, product string) string {
	return printer(locale).Sprintf(msgHeldAnswers, title, product)
}

// AdviceHeldMayAnswer is the advice, in the language of locale, when a
// product they hold may cover a pain (a word or its category in common)
// and no offer answers it in their words: title is the customer's words.
func AdviceHeldMayAnswer(locale, title, product string) string {
	return printer(locale).Sprintf(msgHeldMay, title, product)
}

// AdviceUnanswered is the advice, in the language of locale, for an open
// pain (title, the customer's words) that no offer, nothing they hold and
// nothing in progress answers.
func AdviceUnanswered(locale, title string) string {
	return printer(locale).Sprintf(msgUnanswered, title)
}

// AdviceUpgradeBeyond is the advice, in the language of locale, for a tier
// upgrade left out for its price: product is the next tier, cost what it
// adds to their bill (see CostPhrase), share that part of their ARR.
func AdviceUpgradeBeyond(locale, product, cost string, share float64) string {
	if share > 1 {
		return printer(locale).Sprintf(msgUpARR, product, cost)
	}
	return printer(locale).Sprintf(msgUpShare, product, cost, int(math.Round(share*100)))
}

// AdviceListPrices is the advice, in the language of locale, when offers
// are priced in the catalogue's list currency because it has no prices in
// the account's: which currencies, and to confirm the price.
func AdviceListPrices(locale, currency, listCurrency string) string {
	return printer(locale).Sprintf(msgListPrices, currency, listCurrency)
}

// AdviceListPricesFor is AdviceListPrices when the catalogue has prices in
// the account's currency for some products but not for the offers named.
func AdviceListPricesFor(locale, currency, listCurrency string, products []string) string {
	sep := ", "
	if phraseLanguage(locale) == "ja" {
		sep = "、"
		// 「A、B、Cなど」, not 「A、B、C、…」.
		if n := len(products); n > 1 && products[n-1] == "…" {
			return printer(locale).Sprintf(msgListPricesSome, currency, listCurrency, strings.Join(products[:n-1], sep)+"など")
		}
	}
	return printer(locale).Sprintf(msgListPricesSome, currency, listCurrency, strings.Join(products, sep))
}

// AdviceAboutUs is the advice, in the language of locale, for an open pain
// about us, the vendor (title, the customer's words): take it to our
// support lead before offering anything for it.
func AdviceAboutUs(locale, title string) string {
	return printer(locale).Sprintf(msgAboutUs, title)
}

// AdvocateIdleGuidance is an advocate's guidance, in the language of
// locale, when seats sit unused and no upgrade or seats are offered:
// "propose the upgrade that fits" would contradict what is held back.
func AdvocateIdleGuidance(locale string) string {
	return printer(locale).Sprintf(msgAdvocateIdle)
}

// AdvocateComplaintGuidance is an advocate's guidance, in the language of
// locale, while a pain about us is open: thank them, settle it, and ask for
// no reference until then.
func AdvocateComplaintGuidance(locale string) string {
	return printer(locale).Sprintf(msgAdvocateUs)
}

// AdviceHeardPrice is the advice, in the language of locale, when a price
// objection heard on the latest call (the notes that say it, the call's
// day at) stops upgrades and seats.
func AdviceHeardPrice(locale, words string, at time.Time) string {
	return printer(locale).Sprintf(msgHeardPrice, words, sayDate(at, phraseLanguage(locale)))
}

// AdviceHeardNothingNew is the advice, in the language of locale, when
// on the latest call they said they pay too much (the notes that say it,
// the call's day at) and want nothing new: new products are held back
// with upgrades and seats.
func AdviceHeardNothingNew(locale, words string, at time.Time) string {
	return printer(locale).Sprintf(msgHeardNothingNew, words, sayDate(at, phraseLanguage(locale)))
}

// AdviceHeardFreeze is the advice, in the language of locale, when a
// spend freeze heard on the latest call (the notes that say it, the
// call's day at) stops every offer.
func AdviceHeardFreeze(locale, words string, at time.Time) string {
	return printer(locale).Sprintf(msgHeardFreeze, words, sayDate(at, phraseLanguage(locale)))
}

// AdviceHeardChurn is the advice, in the language of locale, when a churn
// risk heard on the latest call (the notes that say it, the call's day
// at) stops every offer.
func AdviceHeardChurn(locale, words string, at time.Time) string {
	return printer(locale).Sprintf(msgHeardChurn, words, sayDate(at, phraseLanguage(locale)))
}

// AdviceFurtherDown is the advice, in the language of locale, for an open
// pain (title, the customer's words) that only an offer below the first
// OffersShown answers in their words: which product, at which place.
func AdviceFurtherDown(locale, title, product string, place int) string {
	return printer(locale).Sprintf(msgFurtherDown, title, product, place)
}

// AdviceMayFit is the advice, in the language of locale, for an open pain
// (title, the customer's words) that a product not offered yet is made for
// by its category alone: ask before offering it.
func AdviceMayFit(locale, title, product string) string {
	return printer(locale).Sprintf(msgMayFit, title, product)
}

// AdviceCoolingFor is the advice, in the language of locale, for an open
// pain (title, the customer's words) that a product the customer passed
// on lately answers: not before until.
func AdviceCoolingFor(locale, title, product string, until time.Time) string {
	day := formatDayIn(phraseLanguage(locale), until)
	if phraseLanguage(locale) == "et" {
		day = until.Format("02.01.2006") // "alates" wants the elative of a month's name
	}
	// A date that ends in its own full stop (Russian "2026 г.") ends the
	// sentence with it.
	out := printer(locale).Sprintf(msgCoolingFor, title, product, day)
	if strings.HasSuffix(out, "..") {
		out = out[:len(out)-1]
	}
	return out
}

// AdviceBeyondMeans is the advice, in the language of locale, for a
// product that would answer a pain (title, the customer's words) but costs
// cost (see CostPhrase), share of their ARR.
func AdviceBeyondMeans(locale, product, title, cost string, share float64) string {
	if share >= 1 {
		return printer(locale).Sprintf(msgBeyondARR, product, title, cost)
	}
	return printer(locale).Sprintf(msgBeyondShare, product, title, cost, int(math.Round(share*100)))
}

// CostPhrase says a formatted amount as a yearly cost, or as a one-off
// when once, in the language of locale: "$38,400 a year", "einmalig
// 2.400 €", "年間¥1,980,000".
func CostPhrase(locale, amount string, once bool) string {
	lang := phraseLanguage(locale)
	if once {
		switch lang {
		case "de":
			return "einmalig " + amount
		case "ja":
			return "一時費用として" + amount
		case "ru":
			return amount + " единовременно"
		case "et":
			return "ühekordselt " + amount
		}
		return "a one-off " + amount
	}
	switch lang {
	case "de":
		return amount + " im Jahr"
	case "ja":
		return "年間" + amount
	case "ru":
		return amount + " в год"
	case "et":
		return amount + " aastas"
	}
	return amount + " a year"
}

// AdviceAfterAdoption is the advice, in the language of locale, for a pain
// a tier upgrade answers in its words while adoption holds upgrades back;
// title is the customer's words, product the upgrade.
func AdviceAfterAdoption(locale, title, product string) string {
	return printer(locale).Sprintf(msgAfterAdoption, title, product)
}

// AdviceARRUnknown is the advice, in the language of locale, when the
// account has no ARR on file: no offer's price is weighed against it.
func AdviceARRUnknown(locale string) string {
	return printer(locale).Sprintf(msgARRUnknown)
}

// AdviceNoOffersFreeze is the advice, in the language of locale, when a
// pain on file says no new spend is possible now (a spend freeze, whatever
// severity the CRM gave it); title is the customer's words.
func AdviceNoOffersFreeze(locale, title string) string {
	return printer(locale).Sprintf(msgNoOffersFreeze, title)
}

// AdviceNoOffers is the advice, in the language of locale, when a
// high-severity cost pain stops every offer; title is the customer's words.
func AdviceNoOffers(locale, title string, seatsFull bool) string {
	if seatsFull {
		return printer(locale).Sprintf(msgNoOffersFull, title)
	}
	return printer(locale).Sprintf(msgNoOffers, title)
}

// AdviceNoExpansion is the advice, in the language of locale, when an open
// cost pain stops upgrades and seats.
func AdviceNoExpansion(locale, title string, seatsFull bool) string {
	if seatsFull {
		return printer(locale).Sprintf(msgNoExpansionFull, title)
	}
	return printer(locale).Sprintf(msgNoExpansion, title)
}

// AdviceLowSeats is the advice, in the language of locale, when seats of a
// family are left unused: no expansion, right-size or help adoption.
func AdviceLowSeats(locale, family string, used, seats int) string {
	return printer(locale).Sprintf(msgLowSeats, family, used, seats, usePercent(used, seats))
}

// SeatUse is how many of a family's seats are in use, named by its top
// held product, for AdviceLowSeatsAll.
type SeatUse struct {
	Name        string
	Used, Seats int
}

// AdviceLowSeatsAll is AdviceLowSeats for several families at once, in one
// line: a rep reads one sentence, not one per family.
func AdviceLowSeatsAll(locale string, uses []SeatUse) string {
	p := printer(locale)
	sep := ", "
	if phraseLanguage(locale) == "ja" {
		sep = "、"
	}
	items := make([]string, len(uses))
	for i, u := range uses {
		items[i] = p.Sprintf(msgSeatUse, u.Name, u.Used, u.Seats, usePercent(u.Used, u.Seats))
	}
	return p.Sprintf(msgLowSeatsAll, strings.Join(items, sep))
}

// usePercent is the share of seats in use in whole percent, rounded (2 of
// 3 is 67), but never up to lowSeatUsePercent from below it: the advice is
// given because use is under it.
func usePercent(used, seats int) int {
	pct := int(math.Round(float64(used) * 100 / float64(seats)))
	if used*100 < lowSeatUsePercent*seats {
		pct = min(pct, lowSeatUsePercent-1)
	}
	return pct
}

// phraseLanguage is the language of Languages a locale is spoken to in.
func phraseLanguage(locale string) string {
	lang := baseLanguage(normLocale(locale))
	if _, ok := phraseTags[lang]; ok {
		return lang
	}
	return defaultLocale
}

// printer formats phrases in the language of a locale.
func printer(locale string) *message.Printer {
	return message.NewPrinter(phraseTags[phraseLanguage(locale)], message.Catalog(phrases))
}

// GuidanceIn is the stage's advice in the language of a locale (English
// for a language talktrack does not speak).
func (s Stage) GuidanceIn(locale string) string {
	if s.Guidance() == "" {
		return ""
	}
	return printer(locale).Sprintf(guidanceKey(s))
}

// CostGuidanceIn is the stage's advice, in the language of a locale, while
// the customer complains of cost: the stage's aim without its call to offer
// or upgrade (an advocate who says they pay too much is not asked for a
// reference either), since the fair-offer rules hold expansion back. The
// stage's own guidance for a stage that makes no offers anyway.
func (s Stage) CostGuidanceIn(locale string) string {
	if _, ok := costGuidance[defaultLocale][s]; !ok {
		return s.GuidanceIn(locale)
	}
	return printer(locale).Sprintf(costGuidanceKey(s))
}

// RightSizeLine offers a customer who uses only some of their seats to
// take the unused ones off the bill, in the language of locale: "Only 30
// of your 100 seats on CRM Pro are in use. …".
func RightSizeLine(locale, product string, used, seats int) string {
	return printer(locale).Sprintf(msgRightSize, product, used, seats)
}

// costGuidance is the advice per stage that makes offers, by language, while
// an open cost pain holds expansion back (see CostGuidanceIn); the advice
// lines after it say what is held back and what to do instead.
var costGuidance = map[string]map[Stage]string{
	"en": {
		StageAdoption:      "Build habits: fix open pains first, starting with what they say about cost.",
		StageValueRealized: "They see results: confirm the value in numbers and answer what they say about cost first.",
		StageAdvocate:      "They value what they have: thank them, and leave the reference request until their cost concern is settled.",
	},
	"de": {
		StageAdoption:      "Gewohnheiten aufbauen: zuerst offene Probleme lösen, angefangen bei dem, was der Kunde zu den Kosten sagt.",
		StageValueRealized: "Der Kunde sieht Ergebnisse: den Nutzen in Zahlen bestätigen und zuerst auf das eingehen, was er zu den Kosten sagt.",
		StageAdvocate:      "Der Kunde schätzt, was er hat: bedanken und die Bitte um eine Referenz zurückstellen, bis seine Kostenbedenken ausgeräumt sind.",
	},
	"ja": {
		StageAdoption:      "定着を支える段階です。まず未解決の課題に、コストについてのお声から順に対応してください。",
		StageValueRealized: "成果が出ている段階です。効果を数字で確認し、まずコストについてのお声にお応えください。",
		StageAdvocate:      "今お使いのものを評価いただいています。感謝をお伝えし、コストへのご懸念が解消されるまでは事例紹介のお願いは控えてください。",
	},
	"ru": {
		StageAdoption:      "Этап закрепления: сначала решить открытые проблемы, начиная с замечаний клиента о затратах.",
		StageValueRealized: "Клиент видит результат: подтвердить пользу в цифрах и в первую очередь ответить на замечания клиента о затратах.",
		StageAdvocate:      "Клиент ценит то, что у него есть: поблагодарить и отложить просьбу стать референс-клиентом, пока вопрос о затратах не решён.",
	},
	"et": {
		StageAdoption:      "Harjumuste loomise aeg: lahendage kõigepealt lahtised probleemid, alustades sellest, mida klient kulude kohta ütleb.",
		StageValueRealized: "Klient näeb tulemusi: kinnitage kasu numbritega ja vastake kõigepealt sellele, mida klient kulude kohta ütleb.",
		StageAdvocate:      "Klient hindab seda, mis tal on: tänage ja lükake referentsipalve edasi, kuni kliendi mure kulude pärast on lahendatud.",
	},
}

// stageGuidance is the advice per stage, by language, for the rep about to
// speak to the customer in that language.
var stageGuidance = map[string]map[Stage]string{
	"en": {
		StageOnboarding:    "No offers yet: help them go live and reach first value; agree on what success looks like.",
		StageAdoption:      "Build habits: fix open pains first; only offer what solves one, and no tier upgrades yet.",
		StageValueRealized: "They see results: confirm the value in numbers, then offer what fits their next goal.",
		StageAdvocate:      "Best moment to grow: thank them, ask for a reference, and propose the upgrade that fits.",
		StageAtRisk:        "No offers: listen, acknowledge their pains in their words, and agree on a fix with a date.",
		StageChurned:       "No offers: ask what would have kept them and leave the door open.",
	},
	"de": {
		StageOnboarding:    "Noch keine Angebote: beim Go-live und den ersten Ergebnissen helfen; gemeinsam festlegen, woran Erfolg gemessen wird.",
		StageAdoption:      "Gewohnheiten aufbauen: zuerst offene Probleme lösen; nur anbieten, was eines davon löst, und noch kein Tarif-Upgrade.",
		StageValueRealized: "Der Kunde sieht Ergebnisse: den Nutzen in Zahlen bestätigen, dann anbieten, was zum nächsten Ziel passt.",
		StageAdvocate:      "Bester Zeitpunkt zum Ausbauen: bedanken, um eine Referenz bitten und das passende Upgrade vorschlagen.",
		StageAtRisk:        "Keine Angebote: zuhören, die Probleme in den Worten des Kunden anerkennen und eine Lösung mit Termin vereinbaren.",
		StageChurned:       "Keine Angebote: fragen, was den Kunden gehalten hätte, und die Tür offen lassen.",
	},
	"ja": {
		StageOnboarding:    "まだ提案はしません。稼働開始と最初の成果を支援し、何をもって成功とするかについてお客様と合意してください。",
		StageAdoption:      "定着を支える段階です。まず未解決の課題に対応し、提案は課題を解決するものに限ります。上位プランへの切り替えはまだ提案しません。",
		StageValueRealized: "成果が出ている段階です。効果を数字で確認したうえで、次の目標に合うものを提案してください。",
		StageAdvocate:      "拡大に最適な時期です。感謝をお伝えし、事例紹介へのご協力をお願いしたうえで、ふさわしいアップグレードを提案してください。",
		StageAtRisk:        "提案はしません。お話を伺い、お客様ご自身の言葉で課題を受け止め、期日を決めて解決策について合意してください。",
		StageChurned:       "提案はしません。何があれば継続いただけたかを伺い、再開の余地を残してください。",
	},
	"ru": {
		StageOnboarding:    "Пока без предложений: помочь запуститься и получить первый результат; договориться, по каким критериям оценивать успех.",
		StageAdoption:      "Этап закрепления: сначала решить открытые проблемы; предлагать только то, что решает одну из них, и пока без перехода на старший тариф.",
		StageValueRealized: "Клиент видит результат: подтвердить пользу в цифрах, затем предложить то, что подходит под следующую цель.",
		StageAdvocate:      "Лучший момент для роста: поблагодарить, попросить выступить референс-клиентом и предложить подходящее расширение.",
		StageAtRisk:        "Без предложений: выслушать, повторить проблемы словами самого клиента и договориться о решении с конкретным сроком.",
		StageChurned:       "Без предложений: спросить, что помогло бы сохранить сотрудничество, и оставить дверь открытой.",
	},
	"et": {
		StageOnboarding:    "Pakkumisi veel ei tehta: aidake kliendil süsteem käiku võtta ja esimesed tulemused saavutada; leppige kokku, mille järgi edu mõõdetakse.",
		StageAdoption:      "Harjumuste loomise aeg: lahendage kõigepealt lahtised probleemid; pakkuge ainult seda, mis mõne neist lahendab, ja kõrgemat paketti veel mitte.",
		StageValueRealized: "Klient näeb tulemusi: kinnitage kasu numbritega ja pakkuge siis seda, mis sobib järgmise eesmärgiga.",
		StageAdvocate:      "Parim hetk kasvuks: tänage, paluge neil olla referentskliendiks ja pakkuge sobivat kõrgemat paketti.",
		StageAtRisk:        "Pakkumisi ei tehta: kuulake, tunnistage probleeme kliendi enda sõnadega ja leppige kokku lahendus koos tähtajaga.",
		StageChurned:       "Pakkumisi ei tehta: küsige, mis oleks kliendi alles hoidnud, ja jätke uks lahti.",
	},
}
