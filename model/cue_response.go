package model

import (
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// DefaultFollowUp is how far ahead a timing cue sets the follow-up when it
// names no time ("later", "not now").
const DefaultFollowUp = 14 * 24 * time.Hour

// FollowUpDate is the day a timing cue points at, seen from now: the day a
// named month points at, in its next occurrence after today ("until April"
// is the first of April, "end of March" its last day), the first day of
// the quarter for "Q2" (next year's when this year's has begun),
// the first day of the quarter n quarters on for "next quarter", January 1
// n years on for "next year", n months, weeks or days on otherwise, the
// day business resumes in January for "after the holidays" said from
// November on, and two weeks on when the cue names no time; moved on to
// the next working day (see workingDay).
func (c Cue) FollowUpDate(now time.Time) time.Time {
	day := c.followUpDay(now)
	// The end of a month ("end of January", „Ende Januar“) stays in it.
	if (c.Unit == cueUnitDate || c.Unit == cueUnitNextMonth) && c.Number%100 == monthEnd || c.Unit == cueUnitQuarterEnd {
		if t := nextWorkingDay(day, -1, c.lang); t.After(now) {
			return t
		}
	}
	return nextWorkingDay(day, 1, c.lang)
}

// followUpDay is FollowUpDate before it is moved to a working day.
func (c Cue) followUpDay(now time.Time) time.Time {
	y, m, d := now.Date()
	day := time.Date(y, m, d, 0, 0, 0, 0, now.Location())
	n := max(c.Number, 1)
	quarterStart := func(year, q int) time.Time {
		return time.Date(year, time.Month(3*(q-1)+1), 1, 0, 0, 0, 0, now.Location())
	}
	thisQuarter := (int(m)-1)/3 + 1
	switch c.Unit {
	case cueUnitHolidays:
		if t, ok := holidaysOver(day, max(c.Number, 2)); ok {
			return t
		}
	case cueUnitDate:
		if t, ok := c.namedDate(day); ok {
			return t
		}
	case "q":
		q := min(max(c.Number, 1), 4)
		if q <= thisQuarter {
			return quarterStart(y+1, q)
		}
		return quarterStart(y, q)
	case "quarter":
		q := thisQuarter - 1 + n
		return quarterStart(y+q/4, q%4+1)
	case "year":
		return time.Date(y+n, time.January, 1, 0, 0, 0, 0, now.Location())
	case cueUnitEaster:
		return afterEasterDay(day, c.Number)
	case cueUnitFiscalYear:
		start := time.Date(y, time.April, 1, 0, 0, 0, 0, now.Location())
		if !start.After(day) {
			start = start.AddDate(1, 0, 0)
		}
		return start
	case cueUnitWeekday:
		return weekdayFrom(day, c.Number)
	case cueUnitQuarterEnd:
		return quarterEndFrom(day)
	case cueUnitMonthDay:
		return monthDayFrom(day, c.Number)
	case cueUnitCalendarWeek:
		return calendarWeekFrom(day, c.Number)
	case cueUnitNextMonth:
		last := time.Date(y, m+2, 0, 0, 0, 0, 0, now.Location()).Day()
		return time.Date(y, m+1, min(max(c.Number, 1), last), 0, 0, 0, 0, now.Location())
	case "month":
		return day.AddDate(0, n, 0)
	case "week":
		return day.AddDate(0, 0, 7*n)
	case "day":
		return day.AddDate(0, 0, n)
	}
	return day.Add(DefaultFollowUp)
}

// ChurnFollowUp is the latest a follow-up falls after a call on which a
// churn risk was heard: "looking at alternatives, our contract ends Jan
// 20" is a call within days, not on the day the contract lapses.
const ChurnFollowUp = 7 * 24 * time.Hour

// ChurnDayKept is how far ahead a day named for the next call is kept
// when a churn risk was heard: "looking at Zoho instead, talk again
// 12/14" is called on the 14th, a day they chose; a day further off is
// brought forward to ChurnFollowUp.
const ChurnDayKept = 14 * 24 * time.Hour

// NoteFollowUp is the follow-up day a call's notes set, seen from now: the
// day of FollowUpCue, but when a churn risk was heard no later than
// ChurnFollowUp from now, or ChurnDayKept for a day named for the call,
// the churn week being the day when no time is named; ok is false when
// the notes name no time and hold no churn risk.
func NoteFollowUp(cues []Cue, now time.Time) (time.Time, Cue, bool) {
	churn := slices.IndexFunc(cues, func(c Cue) bool { return c.Kind == CueChurnRisk })
	heard, ok := FollowUpCue(cues, now)
	if !ok && churn < 0 {
		return time.Time{}, Cue{}, false
	}
	if churn < 0 {
		return heard.FollowUpDate(now), heard, true
	}
	y, m, d := now.Date()
	soon := nextWorkingDay(time.Date(y, m, d, 0, 0, 0, 0, now.Location()).Add(ChurnFollowUp), 1, cues[churn].lang)
	if !ok {
		// A churn risk and no day named: within the week all the same.
		return soon, cues[churn], true
	}
	day := heard.FollowUpDate(now)
	if !day.After(soon) || heard.Unit != "" && !day.After(time.Date(y, m, d, 0, 0, 0, 0, now.Location()).Add(ChurnDayKept)) {
		return day, heard, true
	}
	return soon, heard, true
}

// FollowUpCue is the timing cue a call's notes set the follow-up from
// ("call me in April"), seen from now: the last one heard that puts the
// call off to a time, else the last that names one, else the last one; a
// date said beside a put-off that falls within the month after it refines
// it (年明け…1月中旬: mid-January), one before it does not ("after the
// holidays, nothing moves in Dec"). ok is false when the notes hold none.
func FollowUpCue(cues []Cue, now time.Time) (Cue, bool) {
	// "Budget frees up in January. Melde mich Mittwoch.": the day said
	// for the next call is the follow-up, whatever else is put off.
	for i := len(cues) - 1; i >= 0; i-- {
		if c := cues[i]; c.Kind == CueTiming && c.dayOfCall() && !c.justPast(now) {
			return c, true
		}
	}
	var heard Cue
	found := false
	for i := len(cues) - 1; i >= 0; i-- {
		c := cues[i]
		if c.Kind != CueTiming || c.justPast(now) {
			continue
		}
		// A cue naming the time ("April") is quoted over one that only
		// asks to wait ("call me"), whatever its place; and one that puts
		// the call off to a time ("after the holidays") over a date that
		// only says when something happens ("nothing moves in Dec").
		switch {
		case !found,
			heard.Unit == "" && c.Unit != "",
			heard.dateOnly && !c.dateOnly && c.Unit != "",
			// "f/u Thu …, CFO must approve before EOQ": the day said of
			// the call over a deadline.
			heard.dateOnly && c.dateOnly && c.call && !heard.call && c.Unit != "":
			heard, found = c, true
		}
	}
	if !found || heard.dateOnly || heard.Unit == "" {
		return heard, found
	}
	from := heard.FollowUpDate(now)
	for i := len(cues) - 1; i >= 0; i-- {
		if c := cues[i]; c.Kind == CueTiming && c.dateOnly && c.Unit != "" {
			if d := c.FollowUpDate(now); !d.Before(from) && d.Before(from.AddDate(0, 1, 1)) {
				return c, true
			}
		}
	}
	return heard, found
}

// dayOfCall reports whether a timing cue is the day of the next call,
// said as a day ("call back tmrw", "Rückruf Do.", «созвон 7.12»), not a
// put-off to a month, a quarter or a year.
func (c Cue) dayOfCall() bool {
	if !c.call {
		return false
	}
	switch c.Unit {
	case "day", cueUnitWeekday, cueUnitMonthDay, cueUnitCalendarWeek:
		return true
	case cueUnitDate:
		return c.Number%100 > 1 && c.Number%100 != monthEnd
	}
	return false
}

// justPastDays is how far back a date said alone may fall this year and
// still be read as the day it was: "Встречались 20.11." said on 30
// November is ten days ago, not 20 November next year.
const justPastDays = 62

// justPast reports whether a timing cue names a date that fell within the
// last justPastDays this year: a day gone by, no day to call.
func (c Cue) justPast(now time.Time) bool {
	if c.Unit != cueUnitDate || c.Number >= 10000 {
		return false
	}
	m, d := time.Month(c.Number/100%100), c.Number%100
	// A month said alone ("until October": its first) or its end is
	// read forward, said with a put-off or not; a day of it ("due
	// 11/20, now pushed", «встречались 20.11») is the day it was.
	if m < time.January || m > time.December || d < 1 || (!c.dateOnly && (d == 1 || d == monthEnd)) {
		return false
	}
	y, _, _ := now.Date()
	day := time.Date(y, m, min(d, time.Date(y, m+1, 0, 0, 0, 0, 0, now.Location()).Day()), 0, 0, 0, 0, now.Location())
	today := time.Date(y, now.Month(), now.Day(), 0, 0, 0, 0, now.Location())
	return day.Before(today) && !day.Before(today.AddDate(0, 0, -justPastDays))
}

// Label names what a cue is for the rep: its kind's label, and "Spend
// freeze" for a price cue that says no new spend is possible now.
func (c Cue) Label() string {
	if c.Kind == CuePrice && c.Severity >= 3 {
		return "Spend freeze"
	}
	return c.Kind.Label()
}

// CueToAnswer is the cue of a call's notes the rep answers aloud: a churn
// risk whenever one is heard; else a spend freeze, carrying the time the
// notes name as when it ends ("frozen until Q2": Unit and Number of the
// timing cue); else the latest, unless it is growth ("we're
// hiring 5 drivers", answered by offering seats) or who decides while the
// notes also say they cannot buy now (a spend freeze, a price objection):
// then the gravest of those, as an offer of seats or a meeting with the
// decision-makers would contradict what the briefing holds back. ok is
// false when there are no cues.
func CueToAnswer(cues []Cue, now time.Time) (Cue, bool) {
	if len(cues) == 0 {
		return Cue{}, false
	}
	// They may leave: nothing else is answered first, not the rival they
	// name nor the day they move.
	churn := slices.IndexFunc(cues, func(c Cue) bool { return c.Kind == CueChurnRisk && c.Category != CueContactLeaving })
	for i := len(cues) - 1; i >= 0; i-- {
		// The account itself leaving outweighs one person leaving it.
		if cues[i].Kind == CueChurnRisk && (churn < 0 || cues[i].Category != CueContactLeaving) {
			c := cues[i]
			c.withPain = slices.ContainsFunc(cues, func(p Cue) bool { return p.Kind == CuePain })
			c.ours = slices.ContainsFunc(cues, func(p Cue) bool { return p.Kind == CuePain && p.ours })
			c.withPrice = slices.ContainsFunc(cues, func(p Cue) bool { return p.Kind == CuePrice && p.Severity < 3 })
			return c, true
		}
	}
	// A rival named for its integration or its data, or one they left for
	// us, is no rival weighed: the cue before it is answered, or none.
	for len(cues) > 0 && cues[len(cues)-1].Kind == CueCompetitor && (cues[len(cues)-1].Category == CueIntegration || cues[len(cues)-1].Category == CueFormerRival) {
		cues = cues[:len(cues)-1]
	}
	if len(cues) == 0 {
		return Cue{}, false
	}
	// A freeze stops every offer: answering a price objection heard with
	// it by a smaller first step, or the day they named by "no rush",
	// would say less. The day named in its sentence is when the freeze is
	// over (see Response), not the day of the next call: „Budget
	// eingefroren bis Ende Q1. Nächste Woche Mittwoch anrufen“ holds off
	// until the end of March. Without one, the day named in the notes is.
	for i := len(cues) - 1; i >= 0; i-- {
		if c := cues[i]; c.Kind == CuePrice && c.Severity >= 3 {
			if t, ok := freezeEnd(cues, c); ok {
				c.Number, c.Unit = t.Number, t.Unit
				// «Бюджет заморожен до марта. Созвон 2 марта»: a call agreed
				// for after the freeze is the day said back, as the day to
				// talk again.
				if call, ok := FollowUpCue(cues, now); ok && call.call && call.Unit != "" {
					if !call.FollowUpDate(now).Before(t.FollowUpDate(now)) {
						c.Number, c.Unit = call.Number, call.Unit
					} else {
						// "Budget frozen till Q2. Follow up Jan 12": both.
						c.callAt = call.FollowUpDate(now)
					}
				}
			} else if t, ok := FollowUpCue(cues, now); ok && t.Unit != "" {
				c.Number, c.Unit = t.Number, t.Unit
			}
			return c, true
		}
	}
	latest := cues[len(cues)-1]
	// "Too expensive, CFO must approve. f/u Thu": the day closes the note,
	// but what they said is what the rep answers; the follow-up is set
	// all the same; so does the day of a call ("call back tmrw"). A
	// put-off ("call me next quarter") is answered.
	if latest.Kind == CueTiming && (latest.dateOnly || latest.dayOfCall()) {
		for i := len(cues) - 2; i >= 0; i-- {
			if k := cues[i].Kind; k == CuePrice || k == CuePain || k == CueShrinking || k == CueAuthority || k == CueGrowth || k == CueNoNeed {
				cues, latest = cues[:i+1], cues[i]
				break
			}
		}
	}
	// "Layoffs, we want to reduce licences": the price objection is the
	// shrinking team's, and right-sizing answers both.
	if i := slices.IndexFunc(cues, func(c Cue) bool { return c.Kind == CueShrinking }); i >= 0 && latest.Kind == CuePrice {
		return cues[i], true
	}
	if latest.Kind == CueTiming {
		// The day said back is the one the follow-up is set to.
		return FollowUpCue(cues, now)
	}
	if latest.Kind == CuePain {
		return wholePain(latest, cues), true
	}
	if latest.Kind != CueGrowth && latest.Kind != CueAuthority {
		return latest, true
	}
	best, rank := latest, 0
	for _, c := range cues {
		r := 0
		switch {
		case c.Kind == CueChurnRisk:
			r = 3
		case c.Kind == CuePrice && c.Severity >= 3:
			r = 2
		case c.Kind == CuePrice:
			r = 1
		}
		if r > rank {
			best, rank = c, r
		}
	}
	return best, true
}

// freezeEnd is the timing cue naming a day in the sentence of a spend
// freeze, the one nearest it; the day of a call ("call back next week") is
// when they talk again, not when the freeze ends.
func freezeEnd(cues []Cue, freeze Cue) (Cue, bool) {
	best, found := Cue{}, false
	for _, t := range cues {
		if t.Kind != CueTiming || t.Unit == "" || t.sentence != freeze.sentence || t.call || t.dayOfCall() {
			continue
		}
		if !found || max(t.Start-freeze.Start, freeze.Start-t.Start) < max(best.Start-freeze.Start, freeze.Start-best.Start) {
			best, found = t, true
		}
	}
	return best, found
}

// Response is what the rep can say to a cue, in locale's language, with
// its placeholders filled: {competitor} and {difference} from the
// playbook's competitor, {words} with the customer's words, {follow_up}
// with the date a timing cue points at. It is "" when the playbook has no
// rules for the locale.
func (d *CueDetector) Response(c Cue, locale string, now time.Time) string {
	if d == nil {
		return ""
	}
	l := d.langs[baseLocale(locale)]
	if l == nil {
		return ""
	}
	text := l.Responses[c.Kind]
	if _, ok := phraseTags[baseLocale(l.Locale)]; ok && text == "" && slices.Contains(builtInReplyKinds, c.Kind) {
		text = printer(l.Locale).Sprintf(msgSayShrinking)
	}
	// A spend freeze is no objection to answer with a smaller first step:
	// the reply holds off, as the briefing does.
	if _, ok := phraseTags[baseLocale(l.Locale)]; ok && c.Kind == CuePrice && c.Severity >= 3 {
		text = printer(l.Locale).Sprintf(msgSayFreeze)
		if c.Unit != "" {
			text = printer(l.Locale).Sprintf(msgSayFreezeUntil)
		}
		if c.Unit != "" && !c.callAt.IsZero() {
			text = printer(l.Locale).Sprintf(msgSayFreezeUntilCall)
		}
	}
	if _, ok := phraseTags[baseLocale(l.Locale)]; ok {
		switch {
		case c.Kind == CueCompetitor && c.Category == CueIncumbent:
			// A rival they use today is not one they are weighing.
			text = printer(l.Locale).Sprintf(msgSayIncumbent)
		case c.Kind == CueCompetitor && c.Category == CueIncumbentCompared:
			text = printer(l.Locale).Sprintf(msgSayIncumbentCompared)
		case c.Kind == CueChurnRisk && c.Category == CueContactLeaving:
			// "Champion (Mark) leaving end of Dec": a handover.
			text = printer(l.Locale).Sprintf(msgSayContactLeaving)
		case c.Kind == CueChurnRisk && c.withPain && c.ours:
			// "Your support hasn't answered in two weeks, they may
			// cancel": ours to put right, said first.
			text = printer(l.Locale).Sprintf(msgSayChurnOurs)
		case c.Kind == CueChurnRisk && c.withPrice && !c.withPain:
			// "18% uplift is a non-starter, HubSpot quoted less": the
			// price is what to work on, not "nothing new today".
			text = printer(l.Locale).Sprintf(msgSayChurnPrice)
		case c.Kind == CueChurnRisk && c.withPain:
			// "sync breaks every night, might not renew": they said
			// what is wrong; no need to ask what would make them stay.
			text = printer(l.Locale).Sprintf(msgSayChurnPain)
		case c.Kind == CueTiming && c.call && c.Unit != "":
			// "f/u Thu", «созвон в ср.»: a day agreed, not a put-off.
			text = printer(l.Locale).Sprintf(msgSayCallDay)
		case c.Kind == CuePain && c.Category == PainCost && saysSeats(c.Text):
			// 使っていないライセンスの分まで払いたくない: right-size.
			text = printer(l.Locale).Sprintf(msgSayRightSizeSeats)
		case c.Kind == CuePain && c.Category == PainCost && l.Responses[CuePrice] != "":
			// "the tooling spend is hurting them": what they pay, answered
			// as a price objection is, not by how other teams fixed it.
			text = l.Responses[CuePrice]
		case c.Kind == CuePain && (c.ours || saysYour(d.rules, c.Text) || d.SpeaksOfOurService(c.Text)):
			// "Der Support antwortet erst nach 3 Tagen": ours to fix,
			// not something other teams solved.
			text = printer(l.Locale).Sprintf(msgSayPainOurs)
		case c.Kind == CuePrice && c.Severity < 3 && saysSeats(c.Text):
			// "want to drop the licences nobody logs into": right-size.
			text = printer(l.Locale).Sprintf(msgSayRightSizeSeats)
		case c.Kind == CuePain && !strings.ContainsAny(strings.TrimSpace(c.Text), " \u3000") && !l.Spaceless:
			// One word quoted alone ("manueller") reads as a slip, not
			// as their words: the reply quotes none.
			text = printer(l.Locale).Sprintf(msgSayPainUnquoted)
		}
	}
	difference := ""
	for _, comp := range d.rules.Competitors {
		if comp.Name == c.Competitor {
			difference = comp.Difference[l.Locale]
		}
	}
	return strings.NewReplacer(
		"{competitor_partitive}", estonianPartitive(c.Competitor),
		"{competitor}", c.Competitor,
		"{difference}", difference,
		"{words}", strings.TrimSpace(c.Text),
		"{follow_up}", sayFollowUp(c.FollowUpDate(now), l.Locale, now),
		"{call_day}", sayFollowUp(c.callAt, l.Locale, now),
	).Replace(text)
}

// estonianMonthsOn are the month names in the adessive, the case of "on
// a day": "4. jaanuaril".
var estonianMonthsOn = [12]string{"jaanuaril", "veebruaril", "märtsil", "aprillil", "mail", "juunil", "juulil", "augustil", "septembril", "oktoobril", "novembril", "detsembril"}

// sayFollowUp writes the follow-up day of a reply as the rep says it
// aloud: "den 4. Januar", never "den 04.01.2027", and in Estonian in the
// case of "on that day" ("räägime uuesti 4. jaanuaril"). The year is said
// only when the day is not within the coming eleven months ("4 January",
// 「1月4日」, «4 января»).
func sayFollowUp(t time.Time, locale string, now time.Time) string {
	withYear := t.After(now.AddDate(0, 11, 0))
	_, m, d := t.Date()
	switch locale {
	case "de":
		s := strconv.Itoa(d) + ". " + monthNames["de"][m-1]
		if withYear {
			s += " " + strconv.Itoa(t.Year())
		}
		return s
	case "et":
		s := strconv.Itoa(d) + ". " + estonianMonthsOn[m-1]
		if withYear {
			s = strconv.Itoa(t.Year()) + ". aasta " + s // "2027. aasta 1. aprillil"
		}
		return s
	}
	if withYear && locale == "ru" {
		// «4 января 2027 года», as it is said: "г." is for the page.
		d := strings.TrimSuffix(sayDate(t, locale), "г.")
		return strings.TrimRightFunc(d, unicode.IsSpace) + " года"
	}
	if withYear {
		return sayDate(t, locale)
	}
	switch locale {
	case "ja":
		return strconv.Itoa(int(m)) + "月" + strconv.Itoa(d) + "日"
	case "ru":
		return strconv.Itoa(d) + " " + monthNames["ru"][m-1]
	}
	return strconv.Itoa(d) + " " + m.String()
}

// sayDate writes a day as it is said in a language: "1 April 2027",
// "01.04.2027", "2027年4月1日", "1 апреля 2027 г." (a Russian rep says the
// month's name, never "первое четвёртое").
func sayDate(t time.Time, locale string) string {
	switch locale {
	case "ja":
		return t.Format("2006年1月2日")
	case "ru":
		return formatDayIn("ru", t)
	case "de", "et":
		return t.Format("02.01.2006")
	}
	return t.Format("2 January 2006")
}

// wholePain widens a pain cue to the pain cues that overlap it, so that
// the reply quotes the whole phrase: "reports take forever" and "take
// forever to load" are said back as "reports take forever to load",
// "manual data" as "manual data entry".
func wholePain(p Cue, cues []Cue) Cue {
	for changed := true; changed; {
		changed = false
		for _, o := range cues {
			if o.Kind != CuePain || o.Start >= p.End || p.Start >= o.End || o.Start >= p.Start && o.End <= p.End {
				continue
			}
			text := p.Text
			if o.Start < p.Start {
				text = o.Text[:p.Start-o.Start] + text
			}
			if o.End > p.End {
				text += o.Text[len(o.Text)-(o.End-p.End):]
			}
			p.Text, p.Start, p.End = text, min(p.Start, o.Start), max(p.End, o.End)
			changed = true
		}
	}
	return p
}
