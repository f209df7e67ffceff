package model

import (
	"time"

	"golang.org/x/text/message/catalog"
)

// msgAskInterestAgain is the question for an offer the customer was
// interested in before, and that went no further: the rep picks the thread
// up where it was left, not as a first pitch.
const msgAskInterestAgain = "ask.interest-again"

// setInterestAgain adds the question asking whether an earlier interest
// still holds; %[1]s is the day it was shown, as said aloud, %[2]s the
// product.
func setInterestAgain(set func(lang, key string, msg ...catalog.Message)) {
	set("en", msgAskInterestAgain, catalog.String("On %[1]s you showed interest in %[2]s. Is it still on your list?"))
	set("de", msgAskInterestAgain, catalog.String("Am %[1]s hatten Sie sich für %[2]s interessiert. Ist das für Sie noch ein Thema?"))
	set("ja", msgAskInterestAgain, catalog.String("%[1]sに%[2]sにご関心をお寄せいただきましたが、現在もご検討中でしょうか。"))
	set("ru", msgAskInterestAgain, catalog.String("%[1]s вас заинтересовал продукт %[2]s. Это ещё актуально?"))
	set("et", msgAskInterestAgain, catalog.String("%[1]s tundsite huvi toote %[2]s vastu. Kas see on teile endiselt aktuaalne?"))
}

// askInterestAgain is the question for a product the account was
// interested in on a call that led nowhere (see responseReason), in the
// account's language; false when its latest answer was no interest.
func (r *recommender) askInterestAgain(c *candidate) (string, bool) {
	last, ok := r.latest[c.product.ID]
	if !ok || last.Response != ResponseInterested || last.At.IsZero() {
		return "", false
	}
	day := sayPastDay(last.At, r.lang, r.in.Now)
	text := printer(r.lang).Sprintf(msgAskInterestAgain, day, c.product.NameIn(r.lang))
	return capitalizeFirst(text), true
}

// sayPastDay writes a day gone by as said aloud (see sayFollowUp), with its
// year when it fell in another year than today's: "On 11 December 2025".
func sayPastDay(t time.Time, lang string, now time.Time) string {
	if t.Year() == now.Year() {
		return sayFollowUp(t, lang, t)
	}
	// sayFollowUp says the year of a day more than eleven months ahead.
	return sayFollowUp(t, lang, t.AddDate(-1, 0, 0))
}
