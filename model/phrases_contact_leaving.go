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
	set("en", msgSayContactLeaving, catalog.String("Thanks for letting me know. Could we set up a handover with them and their successor before they go?"))
	set("de", msgSayContactLeaving, catalog.String("Danke für den Hinweis. Können wir vor dem Wechsel noch eine Übergabe mit der Nachfolge vereinbaren?"))
	set("ja", msgSayContactLeaving, catalog.String("ご連絡ありがとうございます。ご退任の前に、後任の方との引き継ぎのお打ち合わせを設定させていただけますでしょうか。"))
	set("ru", msgSayContactLeaving, catalog.String("Спасибо, что предупредили. Давайте до ухода организуем встречу с будущим ответственным, чтобы передать дела?"))
	set("et", msgSayContactLeaving, catalog.String("Aitäh, et andsite teada. Kas lepime enne lahkumist kokku üleandmiskohtumise järglasega?"))

	set("en", msgHeardContactLeaving, catalog.String("On the call of %[2]s the notes say “%[1]s”: no offers while the account changes hands. Ask for a handover, meet the successor and win them over first."))
	set("de", msgHeardContactLeaving, catalog.String("Gesprächsnotiz vom %[2]s: „%[1]s“. Keine Angebote, solange der Ansprechpartner wechselt: eine Übergabe vereinbaren, die Nachfolge kennenlernen und zuerst für uns gewinnen."))
	set("ja", msgHeardContactLeaving, catalog.String("%[2]sの通話メモ：「%[1]s」。担当の方が替わる間は提案しません。引き継ぎの場を設け、後任の方にお会いして、まず信頼関係を築いてください。"))
	set("ru", msgHeardContactLeaving, catalog.String("Заметка к разговору %[2]s: «%[1]s». Никаких предложений, пока меняется контактное лицо: договориться о передаче дел, познакомиться с преемником и сначала завоевать его доверие."))
	set("et", msgHeardContactLeaving, catalog.String("%[2]s toimunud kõne märkmetes on kirjas: „%[1]s“. Ärge tehke pakkumisi, kuni kontaktisik vahetub: leppige kokku üleandmine, kohtuge järglasega ja võitke kõigepealt tema usaldus."))
}

// AdviceHeardContactLeaving is the advice, in the language of locale, when
// the latest call heard the champion or contact is leaving (the notes
// that say it, the call's day at).
func AdviceHeardContactLeaving(locale, words string, at time.Time) string {
	return printer(locale).Sprintf(msgHeardContactLeaving, words, sayDate(at, phraseLanguage(locale)))
}
