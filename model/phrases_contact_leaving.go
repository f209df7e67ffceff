package model

import (
	"time"

	"golang.org/x/text/message/catalog"
)

// Phrases for the person an account runs through leaving
// (CueContactLeaving).
const (
	msgSayContactLeaving   = "say.contact-leaving"
	msgHeardContactLeaving = "advice.heard-contact-leaving"
)

// setContactLeaving adds what the rep says when the champion or contact
// is leaving, and the briefing's advice: %[1]s the notes that say it,
// %[2]s the call's day.
func setContactLeaving(set func(lang, key string, msg ...catalog.Message)) {
	set("en", msgSayContactLeaving, catalog.String("Thanks for letting me know. Once it is clear who takes over, could we set up a short handover call together, so nothing gets lost?"))
	set("de", msgSayContactLeaving, catalog.String("Danke, dass Sie mir Bescheid geben. Sobald die Nachfolge feststeht, können wir dann ein gemeinsames Übergabegespräch vereinbaren?"))
	set("ja", msgSayContactLeaving, catalog.String("お知らせいただきありがとうございます。後任の方が決まりましたら、ご一緒に引き継ぎのお打ち合わせの機会をいただけますでしょうか。"))
	set("ru", msgSayContactLeaving, catalog.String("Спасибо, что предупредили. Как только станет ясно, кто будет преемником, давайте проведём общую встречу, чтобы ничего не потерялось."))
	set("et", msgSayContactLeaving, catalog.String("Aitäh, et andsite teada. Kui uus kontaktisik on teada, kas saaksime kokku leppida ühise üleandmiskohtumise?"))

	set("en", msgHeardContactLeaving, catalog.String("Notes from the call on %[2]s: “%[1]s”. No offers while their contact changes: ask for a handover meeting, meet the successor and win them over first."))
	set("de", msgHeardContactLeaving, catalog.String("Gesprächsnotiz vom %[2]s: „%[1]s“. Keine Angebote während des Wechsels der Ansprechperson: ein Übergabegespräch vereinbaren, die Nachfolge kennenlernen und zuerst für uns gewinnen."))
	set("ja", msgHeardContactLeaving, catalog.String("%[2]sの通話メモ：「%[1]s」。ご担当者の交代が済むまでは提案を控えてください。引き継ぎの場を設け、後任の方にお会いして、まず信頼関係を築いてください。"))
	set("ru", msgHeardContactLeaving, catalog.String("Заметка к разговору от %[2]s: «%[1]s». Никаких предложений, пока меняется контактное лицо: договориться о встрече для передачи дел, познакомиться с преемником и сначала завоевать его доверие."))
	set("et", msgHeardContactLeaving, catalog.String("%[2]s toimunud kõne märkmetes on kirjas: „%[1]s“. Kontaktisiku vahetumise ajal pakkumisi ei tehta: leppige kokku üleandmiskohtumine, kohtuge uue kontaktisikuga ja võitke kõigepealt tema usaldus."))
}

// AdviceHeardContactLeaving is the advice, in the language of locale, when
// the latest call heard the champion or contact is leaving (the notes
// that say it, the call's day at).
func AdviceHeardContactLeaving(locale, words string, at time.Time) string {
	return printer(locale).Sprintf(msgHeardContactLeaving, words, sayDate(at, phraseLanguage(locale)))
}
