package model_test

import (
	"strings"
	"testing"
	"time"

	"talktrack/model"
)

// cueDateNow is the day the follow-up tables are read on: a Sunday late in
// November, so that every month but December lies in the next year.
var cueDateNow = time.Date(2026, time.November, 29, 15, 0, 0, 0, time.UTC)

// TestTimingFollowUpDates checks, per language, the follow-up every timing
// cue of a note points at: a named month (or day and month) is its next
// occurrence, and relative phrases keep counting from today.
func TestTimingFollowUpDates(t *testing.T) {
	d := demoCueDetector(t)
	tests := []struct {
		locale, note, want string
	}{
		// English.
		{"en", "The budget is locked until April.", "2027-04-01"},
		{"en", "call back in March", "2027-03-01"},
		{"en", "let's talk again at the end of March", "2027-03-31"},
		{"en", "revisit in February", "2027-02-01"},
		{"en", "pick this up again on January 15th", "2027-01-15"},
		{"en", "they sign in December", "2026-12-01"},
		{"en", "wait until May", "2027-05-03"},
		{"en", "we may revisit in two weeks", "2026-12-14"},
		{"en", "budget frozen till Jan", "2027-01-04"},
		{"en", "decision by mid-February", "2027-02-15"},
		{"en", "call back on 3 March", "2027-03-03"},
		{"en", "lets pick this up next week", "2026-12-07"},
		{"en", "call back later", "2026-12-14"},
		{"en", "busy with the migration, revisit in Q3", "2027-07-01"},
		{"en", "Not before our renewal in March.", "2027-03-01"},
		{"en", "not until March", "2027-03-01"},
		{"en", "we hire 5 engineers, call me in May", "2027-05-03"},
		// When a champion leaves is no put-off; the date asked for stands.
		{"en", "champion leaving end of month, call back in two weeks", "2026-12-14"},
		{"en", "our sponsor is leaving at the end of the month, revisit in January", "2027-01-04"},
		// Seasons: their first day, when over ("after"), the month before
		// ("before").
		{"en", "maybe in spring", "2027-03-01"},
		{"en", "let's talk again in the fall", "2027-09-01"},
		{"en", "revisit after the summer", "2027-09-01"},
		{"en", "call back before summer", "2027-05-03"},
		{"de", "nach dem Sommer wieder melden", "2027-09-01"},
		{"de", "Rückruf Do.", "2026-12-03"},
		{"ru", "вернуться к разговору в пт 11.12.", "2026-12-11"},
		{"ja", "12/14(月)に再訪。", "2026-12-14"},
		{"ru", "после лета вернёмся к этому", "2027-09-01"},
		{"et", "pärast suve räägime uuesti", "2027-09-01"},
		// German.
		{"de", "Melden Sie sich zum 1. Februar", "2027-02-01"},
		{"de", "Das Budget ist bis April eingefroren", "2027-04-01"},
		{"de", "erst wieder im März", "2027-03-01"},
		{"de", "rufen Sie im Jänner wieder an", "2027-01-04"},
		{"de", "Ende März entscheiden wir", "2027-03-31"},
		{"de", "frühestens Mitte Mai", "2027-05-17"},
		{"de", "bitte am 15. Januar nochmal anrufen", "2027-01-15"},
		{"de", "im Dezember wieder melden", "2026-12-01"},
		{"de", "melden Sie sich in zwei Wochen wieder", "2026-12-14"},
		// A two-letter day after a lead is that day; „Fr.“ before a name is Frau.
		{"de", "Rückruf bitte am Do, vorher ist sie im Urlaub", "2026-12-03"},
		{"de", "soll sich bis Fr nochmal melden", "2026-12-04"},
		{"de", "am Di nochmal anrufen", "2026-12-01"},
		{"de", "Mit Fr. Meier gesprochen, nochmal anrufen", "2026-12-14"},
		{"de", "Nicht vor der Verlängerung im März.", "2027-03-01"},
		// Russian.
		{"ru", "вернёмся к этому в апреле", "2027-04-01"},
		{"ru", "бюджет заморожен до марта", "2027-03-01"},
		{"ru", "перезвоните к 1 февраля", "2027-02-01"},
		{"ru", "отложим до конца марта", "2027-03-31"},
		{"ru", "созвонимся в середине мая", "2027-05-17"},
		{"ru", "до мая ничего не решим, перезвоните", "2027-05-03"},
		{"ru", "давайте созвонимся 15 января", "2027-01-15"},
		{"ru", "перезвоните через две недели", "2026-12-14"},
		{"ru", "Не раньше продления в марте.", "2027-03-01"},
		// Estonian.
		{"et", "eelarve on aprillini külmutatud", "2027-04-01"},
		{"et", "räägime uuesti aprillis", "2027-04-01"},
		{"et", "oodake märtsini", "2027-03-01"},
		// A season is its first month.
		{"et", "Räägime uuesti kevadel.", "2027-03-01"},
		{"ru", "Давайте вернёмся к этому весной.", "2027-03-01"},
		{"de", "Bitte im Frühjahr noch mal melden.", "2027-03-01"},
		{"en", "Call me again in the spring.", "2027-03-01"},
		{"en", "Let's pick this up after the summer.", "2027-09-01"},
		{"et", "helistage tagasi 1. veebruaril", "2027-02-01"},
		{"et", "räägime märtsi lõpus", "2027-03-31"},
		{"et", "lükkame jaanuari keskele edasi", "2027-01-15"},
		{"et", "räägime 3 kuu pärast", "2027-03-01"},
		{"et", "Mitte enne lepingu pikendamist märtsis.", "2027-03-01"},
		// Japanese.
		{"ja", "4月まで予算が凍結されています。改めてご連絡ください", "2027-04-30"},
		{"ja", "来年3月に改めて検討したい", "2027-03-01"},
		// A date written month first, as in Japan, in a clause about a
		// call or a meeting; a share (3/4) is no date.
		{"ja", "1/12に先方と再度面談の予定", "2027-01-12"},
		{"ja", "12/9(水)にお電話する約束", "2026-12-09"},
		{"ja", "2027/2/3に訪問予定", "2027-02-03"},
		{"ja", "12/10に改めてご連絡ください", "2026-12-10"},
		// 来年度 and 来期 are the next fiscal year, from 1 April; 来年 the
		// next calendar year.
		{"ja", "来年度に改めて検討します", "2027-04-01"},
		{"ja", "来期に改めてご提案ください", "2027-04-01"},
		{"ja", "来年に改めて", "2027-01-04"},
		// The end of a quarter is the end of its last month; a part of next
		// month is that day of it; through a month (まで) is its end.
		{"en", "follow up end of Q1", "2027-03-31"},
		{"de", "Keine Neuanschaffungen bis Ende Q1, danach wieder melden", "2027-03-31"},
		{"ru", "перезвонить в конце Q1", "2027-03-31"},
		{"et", "helistame Q1 lõpus", "2027-03-31"},
		{"ja", "Q1末にまた連絡", "2027-03-31"},
		{"en", "call back at the start of Q2", "2027-04-01"},
		{"en", "call me mid next month", "2026-12-15"},
		{"en", "get back to them end of next month", "2026-12-31"},
		{"de", "Mitte nächsten Monats wieder anrufen", "2026-12-15"},
		{"ru", "перезвонить в середине следующего месяца", "2026-12-15"},
		{"et", "helista järgmise kuu keskel", "2026-12-15"},
		{"ja", "来月中旬にまた連絡ください、とのこと", "2026-12-15"},
		{"ja", "来年3月まで新規の購入は一切ストップ", "2027-03-31"},
		{"en", "call back next month", "2026-12-29"},
		// A day of the week is the next one; with "next week" the one of
		// the week after this (today is Sunday 29 November 2026: next week
		// begins tomorrow).
		{"en", "they cancelled the meeting, not the contract - rescheduled to Thursday", "2026-12-03"},
		{"en", "call back Thursday next week", "2026-12-03"},
		{"de", "Termin auf Donnerstag verschoben", "2026-12-03"},
		{"de", "nächste Woche Donnerstag nochmal anrufen", "2026-12-03"},
		{"ru", "Встречу перенесли на четверг", "2026-12-03"},
		{"ru", "перезвонить в среду", "2026-12-02"},
		{"et", "Kohtumine lükkus neljapäevale, helistan siis", "2026-12-03"},
		{"ja", "打ち合わせはキャンセル（契約ではない）。来週木曜にリスケ", "2026-12-03"},
		// A day of the month said alone is the next one (12 December 2026
		// is a Saturday: Monday 14); a calendar week its Monday.
		{"en", "Final go/no-go after the board meeting on the 12th", "2026-12-14"},
		{"ru", "перезвонить 12-го, после совета директоров", "2026-12-14"},
		{"et", "Otsus tuleb pärast 12. kuupäeva nõukogu koosolekut", "2026-12-14"},
		{"ja", "12日の取締役会の後で決まるので、それ以降にフォロー", "2026-12-14"},
		{"de", "Termin in KW 3 vereinbart", "2027-01-18"},
		// A day with its month after it is that month's day.
		// After a day is the next working day after it (16 January 2027
		// is a Saturday).
		{"en", "call me back after the 15th of January", "2027-01-18"},
		{"en", "reach out after Feb 3rd", "2027-02-04"},
		{"en", "ping them again after 28 February", "2027-03-01"},
		{"de", "Bitte nach dem 15. Januar nochmal anrufen", "2027-01-18"},
		{"de", "erst nach dem 4. März wieder melden", "2027-03-05"},
		{"ru", "Просили набрать после 15 января", "2027-01-18"},
		{"ru", "перезвонить после 9 февраля", "2027-02-10"},
		{"et", "Palus ühendust võtta pärast 15. jaanuari", "2027-01-18"},
		{"et", "helistage pärast 2. märtsi", "2027-03-03"},
		{"en", "the 15th January works for them", "2027-01-15"},
		{"en", "call them Friday", "2026-12-04"},
		{"en", "let's talk again in the new year", "2027-01-04"},
		// Dates written with numbers, day first, in de, ru and et.
		{"de", "Rückruf am 15.12. wegen Angebot", "2026-12-15"},
		{"de", "bis 8.1. im Urlaub", "2027-01-08"},
		{"ru", "перезвонить 15.12.2026", "2026-12-15"},
		{"de", "Umsatz stieg um 2.5 Prozent, Rückruf in zwei Wochen", "2026-12-14"},
		{"ru", "Встреча 15.12 с Анной и ИТ", "2026-12-15"},
		{"ru", "Перезвонить 15.01", "2027-01-15"},
		{"de", "Rückruf 15.1.", "2027-01-15"},
		// English dates written month first, and a day named in a clause
		// about a call.
		{"en", "talk again 12/14", "2026-12-14"},
		{"en", "they prefer to reconnect on 1/12/2027", "2027-01-12"},
		{"en", "Asked me to follow up Thursday", "2026-12-03"},
		{"en", "Meeting moved, call them Tuesday", "2026-12-01"},
		{"ru", "Созвон в четверг", "2026-12-03"},
		{"ru", "Договорились о звонке в пятницу", "2026-12-04"},
		{"et", "Helista 7.12, juht peab heaks kiitma", "2026-12-07"},
		{"de", "Termin am Mittwoch", "2026-12-02"},
		{"et", "Helistan tagasi 15.12.", "2026-12-15"},
		{"ru", "Перезвонить в чт, Анна вернётся", "2026-12-03"},
		{"ja", "大阪に新拠点、来月頭に詳細詰めたい", "2026-12-01"},
		// The end of the quarter said without its number is this one's.
		{"de", "GF muss das noch absegnen, Entscheidung zum Quartalsende", "2026-12-31"},
		{"en", "decision by end of the quarter", "2026-12-31"},
		{"ru", "решение в конце квартала", "2026-12-30"}, // New Year's Eve is off
		{"et", "otsus kvartali lõpus", "2026-12-31"},
		{"ja", "四半期末に決定", "2026-12-28"}, // the year-end closure begins on the 29th
		{"de", "im neuen Jahr wieder melden", "2027-01-04"},
		// Holidays: Easter (28 March 2027) is over on the Tuesday after;
		// German summer school holidays on 1 September; Midsummer on 26
		// June (a Saturday in 2027: Monday 28); the May holidays on 11
		// May; Golden Week on 7 May; Obon on 17 August.
		{"en", "call me after Easter", "2027-03-30"},
		{"de", "Bitte erst nach Ostern wieder anrufen", "2027-03-30"},
		{"de", "Nach den Sommerferien wieder melden", "2027-09-01"},
		{"et", "Räägime pärast jaanipäeva", "2027-06-28"},
		{"ru", "Вернёмся к этому после майских", "2027-05-11"},
		{"ja", "GW明けにご連絡ください", "2027-05-06"},
		{"ja", "お盆明けに改めて", "2027-08-17"},
		{"et", "pärast lihavõtteid", "2027-03-30"},
		{"et", "pärast suvepuhkust", "2027-09-01"},
		{"ru", "после летних отпусков", "2027-09-01"},
		// The end of a month falling on a weekend stays in the month.
		{"en", "follow up end of January", "2027-01-29"},
		{"de", "Ende Januar nachhaken", "2027-01-29"},
		// The end of a season is the end of its last month.
		{"en", "call me at the end of the summer", "2027-08-31"},
		{"de", "Ende Sommer nochmal melden", "2027-08-31"},
		{"ru", "в конце лета вернёмся", "2027-08-31"},
		{"ja", "2月1日以降に改めてご連絡します", "2027-02-01"},
		{"ja", "3月末まで延期", "2027-03-31"},
		{"ja", "5月中旬に改めて", "2027-05-17"},
		{"ja", "来月また連絡ください", "2027-01-04"}, // after the year-end closure
		{"ja", "3ヶ月後に改めて", "2027-03-01"},
		{"ja", "来年の4月以降にもう一度ご連絡ください", "2027-04-01"},
		{"ja", "来年の4月から改めてご連絡ください", "2027-04-01"},
		{"ja", "来年の5月以後にまた連絡ください", "2027-05-06"},
		{"ja", "2027年の6月以降に改めて", "2027-06-01"},
		{"ja", "5名採用します。5月にご連絡ください", "2027-05-06"},
		// A month said with "next year" is that year's, not its next
		// occurrence: December is next month here.
		{"en", "touch base again in December of next year", "2027-12-01"},
		{"en", "no new spend until the end of December next year", "2027-12-31"},
		{"en", "next year in December we revisit", "2027-12-01"},
		{"de", "Wiedervorlage im Dezember nächsten Jahres", "2027-12-01"},
		{"de", "Nächstes Jahr im Dezember wieder melden", "2027-12-01"},
		{"ru", "вернёмся к этому в декабре следующего года", "2027-12-01"},
		// 31 December is a day off in Russia: the working day before it.
		{"ru", "Бюджета нет до конца декабря будущего года", "2027-12-30"},
		{"et", "räägime uuesti järgmise aasta detsembris", "2027-12-01"},
		{"et", "helistage järgmisel aastal detsembri lõpus", "2027-12-31"},
	}
	for _, tt := range tests {
		cues := d.Detect(tt.note, tt.locale)
		var got []string
		for _, c := range cues {
			if c.Kind == model.CueTiming {
				got = append(got, c.FollowUpDate(cueDateNow).Format(time.DateOnly))
			}
		}
		if len(got) == 0 {
			t.Errorf("%s %q: no timing cue, got %s", tt.locale, tt.note, describeCues(cues))
			continue
		}
		for _, g := range got {
			if g != tt.want {
				t.Errorf("%s %q: follow-up %s, want %s (%s)", tt.locale, tt.note, strings.Join(got, ", "), tt.want, describeCues(cues))
				break
			}
		}
	}
}

// TestAMonthGoneThisYearToldInThePastIsHistory: a month already past
// this year, in a clause told in the past tense, sets no follow-up; said
// of what is to come, or of a month still ahead, it does.
func TestAMonthGoneThisYearToldInThePastIsHistory(t *testing.T) {
	d := demoCueDetector(t)
	for _, tc := range []struct {
		locale, note string
		timing       bool
	}{
		{"en", "they raised their own list prices by 8% in September", false},
		{"en", "Marketing launched the new portal in March", false},
		{"en", "they sign in December", true},
		{"en", "revisit in February", true},
		{"de", "Im Juni haben sie ihre Tarife angepasst", false},
		{"de", "Wir haben im März wieder Budget", true},
		{"ru", "В сентябре они открыли второй склад", false},
		{"et", "Septembris avasid nad teise lao", false},
		{"ja", "9月に新しい倉庫を開設した", false},
		{"ja", "3月に再度検討したい", true},
	} {
		cues := d.Detect(tc.note, tc.locale)
		if got := anyCue(cues, "timing"); got != tc.timing {
			t.Errorf("%s %q: timing %v, want %v (%s)", tc.locale, tc.note, got, tc.timing, describeCues(cues))
		}
	}
}

// TestTimingResponseSaysTheNamedMonth checks that the line the rep reads out
// names the month the customer named, in the customer's language.
func TestTimingResponseSaysTheNamedMonth(t *testing.T) {
	d := demoCueDetector(t)
	tests := []struct{ locale, note, want string }{
		{"en", "The budget is locked until April.", "put 1 April in the diary"},
		{"de", "Melden Sie sich zum 1. Februar", "am 1. Februar wieder"},
		{"ru", "вернёмся к этому в апреле", "созвонимся 1 апреля,"},
		{"et", "räägime uuesti aprillis", "räägime uuesti 1. aprillil."},
		{"ja", "来年3月に改めて検討したい", "。3月1日に改めて"},
	}
	for _, tt := range tests {
		var timing *model.Cue
		for _, c := range d.Detect(tt.note, tt.locale) {
			if c.Kind == model.CueTiming {
				timing = &c
			}
		}
		if timing == nil {
			t.Errorf("%s %q: no timing cue", tt.locale, tt.note)
			continue
		}
		if say := d.Response(*timing, tt.locale, cueDateNow); !strings.Contains(say, tt.want) {
			t.Errorf("%s %q: response %q does not say %q", tt.locale, tt.note, say, tt.want)
		}
	}
}

// TestAfterTheHolidaysIsTheFirstWorkingDayOfTheNewYear: a wait for the
// year-end holidays said in late November ends on the first working day
// after the new-year holidays where the note's language is spoken (the
// 9th of January in Russia, the 4th in Japan), as does a follow-up on a
// named January day inside them; no follow-up falls on a weekend or on
// New Year's Day. Said in April, "after the holidays" is the default wait.
func TestAfterTheHolidaysIsTheFirstWorkingDayOfTheNewYear(t *testing.T) {
	d := demoCueDetector(t)
	tests := []struct {
		locale, note, want string
		now                time.Time
	}{
		{"en", "Call me back after the holidays", "2027-01-04", cueDateNow},
		{"en", "let's talk after Christmas", "2027-01-04", cueDateNow},
		{"en", "let's talk in January", "2027-01-04", cueDateNow},
		{"de", "Bitte nach den Feiertagen wieder melden", "2027-01-04", cueDateNow},
		{"de", "Bitte nach Neujahr wieder melden", "2027-01-04", cueDateNow},
		{"ru", "Перезвоните после праздников", "2027-01-11", cueDateNow},
		{"ru", "созвонимся в январе", "2027-01-11", cueDateNow},
		{"ja", "年明けにご連絡ください", "2027-01-04", cueDateNow},
		{"ru", "Перезвоните после Нового года.", "2027-01-11", cueDateNow},
		{"ru", "Свяжемся после новогодних каникул.", "2027-01-11", cueDateNow},
		{"ru", "после НГ", "2027-01-11", cueDateNow},
		{"en", "let's revisit next year", "2027-01-04", cueDateNow},
		{"et", "Helistage pärast pühi", "2027-01-04", cueDateNow},
		{"et", "võtame ühendust pärast jõule", "2027-01-04", cueDateNow},
		// In 2028 the 2nd of January is a Sunday, the 9th too.
		{"en", "Call me back after the holidays", "2028-01-03", time.Date(2027, 12, 1, 10, 0, 0, 0, time.UTC)},
		{"ru", "Перезвоните после праздников", "2028-01-10", time.Date(2027, 12, 1, 10, 0, 0, 0, time.UTC)},
		// Other holidays, other times of year: two weeks on.
		{"en", "Call me back after the holidays", "2027-04-28", time.Date(2027, 4, 14, 10, 0, 0, 0, time.UTC)},
	}
	for _, tt := range tests {
		var got []string
		for _, c := range d.DetectNote(tt.note, tt.locale) {
			if c.Kind == model.CueTiming {
				got = append(got, c.FollowUpDate(tt.now).Format(time.DateOnly))
			}
		}
		if len(got) == 0 || got[0] != tt.want {
			t.Errorf("%s %q on %s: follow-ups %v, want %s", tt.locale, tt.note, tt.now.Format(time.DateOnly), got, tt.want)
		}
	}
}

// TestTheFollowUpIsTheDayTheyPutItOffTo: a put-off ("after the holidays")
// sets the follow-up and the reply over a date that only says when
// something happens ("nothing moves in Dec"); a day of the week said with
// "next week" on a Monday is the one a week on.
func TestTheFollowUpIsTheDayTheyPutItOffTo(t *testing.T) {
	d := demoCueDetector(t)
	cues := d.Detect("touch base after the holidays, nothing moves there in Dec", "en")
	c, ok := model.FollowUpCue(cues, cueDateNow)
	if !ok || c.FollowUpDate(cueDateNow).Format(time.DateOnly) != "2027-01-04" {
		t.Errorf("follow-up from %s", describeCues(cues))
	}
	if say, _ := model.CueToAnswer(cues, cueDateNow); !strings.Contains(d.Response(say, "en", cueDateNow), "4 January") {
		t.Errorf("reply %q", d.Response(say, "en", cueDateNow))
	}
	// A date within the month after the put-off refines it.
	for note, want := range map[string]string{"年明けに改めて打ち合わせ。1月中旬が良いそう": "2027-01-15", "after the holidays, mid-January works best": "2027-01-15"} {
		c, ok := model.FollowUpCue(d.Detect(note, map[bool]string{true: "ja", false: "en"}[strings.HasPrefix(note, "年")]), cueDateNow)
		if got := c.FollowUpDate(cueDateNow).Format(time.DateOnly); !ok || got != want {
			t.Errorf("%q: %s, want %s", note, got, want)
		}
	}
	monday := time.Date(2026, time.November, 30, 9, 0, 0, 0, time.UTC)
	for note, want := range map[string]string{"call back Thursday next week": "2026-12-10", "call back Thursday": "2026-12-03", "call back Monday": "2026-12-07"} {
		c, ok := model.FollowUpCue(d.Detect(note, "en"), monday)
		if got := c.FollowUpDate(monday).Format(time.DateOnly); !ok || got != want {
			t.Errorf("%q on a Monday: %s, want %s", note, got, want)
		}
	}
}

// TestAChurnRiskBringsTheFollowUpForward: a churn risk heard with the day
// the contract ends is followed up within a week, not on that day; a put
// off without a churn risk keeps its day.
func TestAChurnRiskBringsTheFollowUpForward(t *testing.T) {
	d := demoCueDetector(t)
	monday := time.Date(2026, time.November, 30, 9, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ locale, note, want string }{
		{"en", "They're looking at alternatives, our contract ends Jan 20", "2026-12-07"},
		{"de", "Sie überlegen zu kündigen, Vertrag läuft Ende Januar aus", "2026-12-07"},
		{"en", "Call me after Easter", "2027-03-30"},
		{"en", "They are looking at alternatives, renewal not confirmed.", "2026-12-07"},
		// Non-renewal as a plan; the day the contract ends is no put-off.
		{"en", "We don't plan to renew, the contract expires April 30", "2026-12-07"},
		{"en", "no intention of renewing, licence runs until June", "2026-12-07"},
		{"de", "Verlängerung ist nicht vorgesehen, Vertrag läuft bis 31. März", "2026-12-07"},
		// A day named for the call within two weeks is kept; later, the
		// churn week.
		{"en", "Price went up too much at renewal, they're looking at Zoho instead, talk again 12/14", "2026-12-14"},
		{"en", "Thinking of cancelling, asked me to call back on 12/10", "2026-12-10"},
		{"ru", "Думают перейти на amoCRM, созвон 11.12", "2026-12-11"},
		{"en", "Thinking of cancelling, call back in March", "2026-12-07"},
	} {
		day, _, ok := model.NoteFollowUp(d.DetectNote(tc.note, tc.locale), monday)
		if got := day.Format(time.DateOnly); !ok || got != tc.want {
			t.Errorf("%s %q: follow-up %s, want %s", tc.locale, tc.note, got, tc.want)
		}
	}
}

// TestTheNewYearSaidInJanuaryIsNoYearAway: "new year, new budget" in
// January is no wait for the next January.
func TestTheNewYearSaidInJanuaryIsNoYearAway(t *testing.T) {
	d := demoCueDetector(t)
	jan := time.Date(2027, time.January, 12, 9, 0, 0, 0, time.UTC)
	if day, _, ok := model.NoteFollowUp(d.DetectNote("Wei: new year, new budget approved, call back", "en"), jan); ok && day.Year() > 2027 {
		t.Errorf("follow-up %s from a note of 12 January", day.Format(time.DateOnly))
	}
}

// TestNoFollowUpFallsOnTheCountrysHoliday: two weeks from Christmas Eve
// in Russian is past the new-year holidays (11 January), two weeks from
// 19 April in Japanese past Golden Week (6 May), and two weeks from 10
// December in Estonian not Christmas Eve (28 December).
func TestNoFollowUpFallsOnTheCountrysHoliday(t *testing.T) {
	d := demoCueDetector(t)
	for _, tc := range []struct {
		locale, note string
		now          time.Time
		want         string
	}{
		{"ru", "перезвоните через две недели", time.Date(2026, 12, 24, 9, 0, 0, 0, time.UTC), "2027-01-11"},
		{"ja", "2週間後にまた連絡ください", time.Date(2027, 4, 19, 9, 0, 0, 0, time.UTC), "2027-05-06"},
		{"et", "helistage kahe nädala pärast", time.Date(2026, 12, 10, 9, 0, 0, 0, time.UTC), "2026-12-28"},
		{"en", "call back in two weeks", time.Date(2026, 12, 10, 9, 0, 0, 0, time.UTC), "2026-12-24"},
		// New Year's Eve is off in Russia, and Japan closes from 29
		// December to 3 January.
		{"ru", "перезвоните через неделю", time.Date(2027, 12, 24, 9, 0, 0, 0, time.UTC), "2028-01-10"},
		{"ja", "1週間後にまた連絡ください", time.Date(2026, 12, 22, 9, 0, 0, 0, time.UTC), "2027-01-04"},
		{"ja", "1週間後にまた連絡ください", time.Date(2027, 12, 24, 9, 0, 0, 0, time.UTC), "2028-01-04"},
		// Written in English for an Estonian customer: Estonia's holidays.
		{"et", "call back in two weeks", time.Date(2026, 12, 10, 9, 0, 0, 0, time.UTC), "2026-12-28"},
	} {
		day, _, ok := model.NoteFollowUp(d.DetectNote(tc.note, tc.locale), tc.now)
		if got := day.Format(time.DateOnly); !ok || got != tc.want {
			t.Errorf("%s %q on %s: follow-up %s, want %s", tc.locale, tc.note, tc.now.Format(time.DateOnly), got, tc.want)
		}
	}
}

// TestADaySaidAloneThatJustWentBySetsNoFollowUp: a date written with
// numbers that fell in the last two months ("Встречались 20.11." on 29
// November) is the day something happened, not a call next year; one to
// come, or one said with a put-off, still sets the follow-up.
func TestADaySaidAloneThatJustWentBySetsNoFollowUp(t *testing.T) {
	d := demoCueDetector(t)
	for _, tc := range []struct {
		locale, note, want string
	}{
		{"ru", "Встречались 20.11. Цена устраивает, договор подписан.", ""},
		{"et", "Kohtusime 20.11. Hind sobib, leping allkirjastatud.", ""},
		{"de", "Treffen am 10.12. geplant", "2026-12-10"},
		{"en", "meeting on 12/14", "2026-12-14"},
		// A put-off to a day nine days gone is no call a year on.
		{"ru", "вернуться к разговору после 20.11", ""},
		{"de", "Meldet sich nach dem Jahreswechsel, WV KW2.", "2027-01-11"},
		// Shorthand for the next call or a deadline (said on Sunday 29 November).
		{"en", "follow up tomorrow", "2026-11-30"},
		{"en", "f/u Thu re pricing, too expensive", "2026-12-03"},
		{"en", "comparison by Friday", "2026-12-04"},
		{"en", "Vorstand meeting 10.12", "2026-12-10"},
		{"en", "CFO must approve before EOQ", "2026-12-31"},
		{"en", "reply was 2.5 days late", ""},
		{"de", "Rückruf morgen", "2026-11-30"},
		{"de", "Termin Di, 8.12.", "2026-12-08"},
		{"ru", "созвон в ср.", "2026-12-02"},
		{"ru", "Ответ до пт.", "2026-12-04"},
		{"ru", "пн, 7.12.", "2026-12-07"},
		{"et", "järgmine kõne K", "2026-12-02"},
		{"et", "E, 7.12.", "2026-12-07"},
		{"et", "vastus reedeks", "2026-12-04"},
		{"et", "Kõne oli hea, K ja T on puhkusel", ""},
		{"ja", "明日中に折り返し", "2026-11-30"},
		{"ja", "金曜まで", "2026-12-04"},
		// A day of the week with its date: the date.
		{"en", "Call Thursday 10 December", "2026-12-10"},
		{"en", "call Thursday, Dec 10", "2026-12-10"},
		// A date written year first; a meeting agreed on a day.
		{"en", "Next QBR 2027-02-03.", "2027-02-03"},
		{"ru", "договорились на 03.12.", "2026-12-03"},
		{"en", "lets talk in 2 wks", "2026-12-14"},
		// The day after tomorrow, from Sunday the 29th.
		{"en", "Call back the day after tomorrow", "2026-12-01"},
		{"de", "Übermorgen nochmal anrufen", "2026-12-01"},
		{"ru", "Созвонимся послезавтра", "2026-12-01"},
		{"et", "Helistan ülehomme.", "2026-12-01"},
		{"ja", "明後日に再度連絡", "2026-12-01"},
		{"ja", "あさって折り返し連絡します", "2026-12-01"},
		// "next Tuesday" is next week's, from Sunday the 29th as "Tuesday
		// next week"; «к пятнице» is this week's.
		{"en", "f/u next Tuesday", "2026-12-01"},
		{"ru", "встреча с ИТ-директором в следующий вторник", "2026-12-01"},
		{"et", "kohtumine järgmisel teisipäeval", "2026-12-01"},
		{"ru", "Нужен расчёт к пятнице.", "2026-12-04"},
		// The day of next week, said before the week as after it.
		{"de", "Mittwoch nächster Woche anrufen", "2026-12-02"},
		{"en", "call Wednesday next week", "2026-12-02"},
		{"ru", "созвон в среду на следующей неделе", "2026-12-02"},
		// The rep's own day for the call wins over a freeze's end.
		{"de", "Budget für 2027 wird erst im Januar freigegeben. Melde mich Mittwoch.", "2026-12-02"},
		{"de", "Vertrieb wächst um 8 Leute. Nächsten Montag kurz nachfassen.", "2026-11-30"},
		{"en", "decision was due 11/20, now pushed - want to revisit after year-end close. f/u wk of Jan 11", "2027-01-11"},
	} {
		got := ""
		if at, _, ok := model.NoteFollowUp(d.Detect(tc.note, tc.locale), cueDateNow); ok {
			got = at.Format(time.DateOnly)
		}
		if got != tc.want {
			t.Errorf("%s %q: follow-up %q, want %q", tc.locale, tc.note, got, tc.want)
		}
	}
}
