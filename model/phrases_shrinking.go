package model

import (
	"time"

	"golang.org/x/text/message/catalog"
)

// Phrases for a team said to shrink (CueShrinking).
const (
	msgSayShrinking   = "say.shrinking"
	msgHeardShrinking = "advice.heard-shrinking"
	msgCallShrinking  = "call.shrinking-held"
	msgAdvocateShrink = "guidance-shrinking.advocate"
)

// setShrinking adds what the rep says when the team shrinks and what the
// briefing advises: %[1]s is the notes that say it, %[2]s the call's day.
func setShrinking(set func(lang, key string, msg ...catalog.Message)) {
	set("en", msgSayShrinking, catalog.String("I'm sorry to hear the team is getting smaller. Let's make sure you only pay for the seats you still need: shall we go through who uses what?"))
	set("de", msgSayShrinking, catalog.String("Es tut mir leid, dass Ihr Team kleiner wird. Sorgen wir dafür, dass Sie nur die Lizenzen bezahlen, die Sie noch brauchen: Sollen wir gemeinsam durchgehen, wer was nutzt?"))
	set("ja", msgSayShrinking, catalog.String("体制を縮小されるとのこと、承知いたしました。大変な時期かと存じます。引き続き必要なライセンスの分だけのお支払いで済むよう、どなたがどの機能をお使いか、一緒に確認させていただけますでしょうか。"))
	set("ru", msgSayShrinking, catalog.String("Жаль, что команда сокращается. Давайте сделаем так, чтобы вы платили только за те лицензии, которые вам ещё нужны: посмотрим вместе, кто чем пользуется?"))
	set("et", msgSayShrinking, catalog.String("Kahju kuulda, et meeskond jääb väiksemaks. Vaatame koos üle, kes mida kasutab, et maksaksite ainult nende litsentside eest, mida teil veel vaja on."))

	set("en", msgHeardShrinking, catalog.String("On the call of %[2]s the notes say “%[1]s”: the team is getting smaller, so no upgrades or seats for now. Help them move licences to the people who stay and right-size what is left unused."))
	set("de", msgHeardShrinking, catalog.String("Gesprächsnotiz vom %[2]s: „%[1]s“. Das Team wird kleiner: vorerst keine Upgrades und keine weiteren Lizenzen. Helfen, Lizenzen auf die verbleibenden Mitarbeitenden umzuverteilen und ungenutzte zu reduzieren."))
	set("ja", msgHeardShrinking, catalog.String("%[2]sの通話メモ：「%[1]s」。体制が縮小されるため、当面は上位プランやライセンス追加を提案しません。残るメンバーへのライセンスの付け替えを支援し、使われなくなる分の整理をご提案ください。"))
	set("ru", msgHeardShrinking, catalog.String("Заметка к разговору %[2]s: «%[1]s». Команда сокращается: пока никаких повышений тарифа и дополнительных лицензий. Помочь переназначить лицензии оставшимся сотрудникам и сократить неиспользуемые."))
	set("et", msgHeardShrinking, catalog.String("%[2]s toimunud kõne märkmetes on kirjas: „%[1]s“. Meeskond jääb väiksemaks: ärge pakkuge praegu kõrgemat paketti ega lisalitsentse. Aidake litsentsid allesjäänud töötajatele ümber jagada ja kasutamata litsentsidest loobuda."))

	set("en", msgAdvocateShrink, catalog.String("They value what they have: thank them, and while the team gets smaller help them fit their licences to the people who stay instead of proposing an upgrade."))
	set("de", msgAdvocateShrink, catalog.String("Der Kunde schätzt, was er hat: bedanken und, solange das Team kleiner wird, helfen, die Lizenzen auf die verbleibenden Mitarbeitenden abzustimmen, statt ein Upgrade vorzuschlagen."))
	set("ja", msgAdvocateShrink, catalog.String("今お使いのものを評価いただいています。感謝をお伝えし、体制縮小が落ち着くまでは上位プランを提案せず、残るメンバーに合わせたライセンスの見直しをお手伝いください。"))
	set("ru", msgAdvocateShrink, catalog.String("Клиент ценит то, что у него есть: поблагодарить и, пока команда сокращается, помочь привести число лицензий в соответствие с оставшимся составом команды, а не предлагать расширение."))
	set("et", msgAdvocateShrink, catalog.String("Klient hindab seda, mis tal on: tänage ja aidake meeskonna vähenemise ajal litsentsid allesjäänud töötajatega vastavusse viia, selle asemel et kõrgemat paketti pakkuda."))

	set("en", msgCallShrinking, catalog.String("Team shrinking heard (%[1]q): no upgrade or more seats on this call; help them move licences to the people who stay."))
}

// AdviceHeardShrinking is the advice, in the language of locale, when the
// latest call heard the team get smaller (the notes that say it, the
// call's day at): no upgrades or seats.
func AdviceHeardShrinking(locale, words string, at time.Time) string {
	return printer(locale).Sprintf(msgHeardShrinking, words, sayDate(at, phraseLanguage(locale)))
}

// AdvocateShrinkingGuidance is an advocate's guidance, in the language of
// locale, while the team is said to get smaller: no upgrade proposed.
func AdvocateShrinkingGuidance(locale string) string {
	return printer(locale).Sprintf(msgAdvocateShrink)
}
