package model

import (
	"strconv"
	"time"

	cldr "golang.org/x/text/feature/plural"
	"golang.org/x/text/message/catalog"
)

// msgRenewalPassed is the advice for an account whose renewal date went by
// with no later date recorded: %[1]s is the day as said aloud, %[2]d how
// many days ago it was.
const msgRenewalPassed = "advice.renewal-passed"

// renewalPassedWindow is how long after a renewal date that went by the
// briefing still says so: later, the date is more likely stale than due.
const renewalPassedWindow = 180 * 24 * time.Hour

// setRenewalPassed adds the advice to settle a renewal whose date went by
// before offering anything new.
func setRenewalPassed(set func(lang, key string, msg ...catalog.Message)) {
	set("en", msgRenewalPassed,
		cldr.Selectf(2, "%d", "one", "Their renewal date, %[1]s, passed yesterday and no new date is recorded: confirm the renewal before offering anything new.",
			"other", "Their renewal date, %[1]s, passed %[2]d days ago and no new date is recorded: confirm the renewal before offering anything new."))
	set("de", msgRenewalPassed,
		cldr.Selectf(2, "%d", "one", "Der Verlängerungstermin am %[1]s ist gestern verstrichen, ein neuer ist nicht eingetragen: zuerst die Verlängerung klären, dann etwas Neues anbieten.",
			"other", "Der Verlängerungstermin am %[1]s ist vor %[2]d Tagen verstrichen, ein neuer ist nicht eingetragen: zuerst die Verlängerung klären, dann etwas Neues anbieten."))
	set("ja", msgRenewalPassed,
		catalog.String("契約更新日（%[1]s）を%[2]d日過ぎていますが、新しい更新日が登録されていません。新しい提案の前に、まず更新状況を確認してください。"))
	set("ru", msgRenewalPassed,
		cldr.Selectf(2, "%d",
			"=1", "Дата продления, %[1]s, прошла вчера, а новая не указана: сначала выяснить, продлён ли договор, и только потом предлагать что-то новое.",
			"one", "Дата продления, %[1]s, прошла %[2]d день назад, а новая не указана: сначала выяснить, продлён ли договор, и только потом предлагать что-то новое.",
			"few", "Дата продления, %[1]s, прошла %[2]d дня назад, а новая не указана: сначала выяснить, продлён ли договор, и только потом предлагать что-то новое.",
			"other", "Дата продления, %[1]s, прошла %[2]d дней назад, а новая не указана: сначала выяснить, продлён ли договор, и только потом предлагать что-то новое."))
	set("et", msgRenewalPassed,
		cldr.Selectf(2, "%d", "one", "Lepingu pikendamise kuupäev (%[1]s) möödus eile ja uut pole märgitud: enne uute pakkumiste tegemist selgitage välja, kas leping on pikendatud.",
			"other", "Lepingu pikendamise kuupäev (%[1]s) möödus %[2]d päeva tagasi ja uut pole märgitud: enne uute pakkumiste tegemist selgitage välja, kas leping on pikendatud."))
}

// renewalPassedAdvice is the advice for an account whose renewal date
// went by within renewalPassedWindow; false otherwise.
func (r *recommender) renewalPassedAdvice() (string, bool) {
	due, now := r.in.Account.RenewalDate, r.in.Now
	if due.IsZero() || !due.Before(now.Truncate(24*time.Hour)) || now.Sub(due) > renewalPassedWindow {
		return "", false
	}
	days := daysBetween(due, now)
	if days < 1 {
		return "", false
	}
	return printer(r.in.Account.Locale).Sprintf(msgRenewalPassed, sayDayGone(due, r.lang, now), days), true
}

// sayDayGone is a day gone by as said in an advice line: the day as said
// aloud, in Estonian in the nominative ("6. november"), not the case of
// "on that day"; with its year when that is not this one.
func sayDayGone(t time.Time, lang string, now time.Time) string {
	if lang != "et" {
		return sayPastDay(t, lang, now)
	}
	s := strconv.Itoa(t.Day()) + ". " + monthNames["et"][t.Month()-1]
	if t.Year() != now.Year() {
		s += " " + strconv.Itoa(t.Year())
	}
	return s
}
