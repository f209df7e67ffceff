package model

import (
	"strconv"
	"strings"
	"time"
)

// unitPatterns say a price per billing unit in each language, %s standing
// for the amount. English says the playbook's own unit, a slash read as
// "per" ("$49 per seat per month"), so any unit reads right there, except
// those it knows better ("a one-off $2,400" for a package); the other
// languages know the units of the bundled playbook, and a playbook may give
// its own wording per product (text.<locale>.billing_unit).
var unitPatterns = map[string]map[string]string{
	"en": {"package": "a one-off %s"},
	"de": {
		"seat/month": "%s pro Lizenz und Monat", "seat/year": "%s pro Lizenz und Jahr",
		"user/month": "%s pro Nutzer und Monat", "user/year": "%s pro Nutzer und Jahr",
		"pack/month": "%s pro Paket und Monat", "month": "%s pro Monat", "year": "%s pro Jahr",
		"day": "%s pro Tag", "workshop": "%s pro Workshop", "package": "einmalig %s",
		"seat": "%s pro Lizenz", "user": "%s pro Nutzer", "unit": "%s pro Einheit", "pack": "%s pro Paket",
	},
	"ja": {
		"seat/month": "1ライセンスあたり月額%s", "seat/year": "1ライセンスあたり年額%s",
		"user/month": "1ユーザーあたり月額%s", "user/year": "1ユーザーあたり年額%s",
		"pack/month": "1パックあたり月額%s", "month": "月額%s", "year": "年額%s",
		"day": "1日%s", "workshop": "1回%s", "package": "一式%s",
		"seat": "1ライセンス%s", "user": "1ユーザー%s", "unit": "1単位%s", "pack": "1パック%s",
	},
	"ru": {
		"seat/month": "%s за лицензию в месяц", "seat/year": "%s за лицензию в год",
		"user/month": "%s за пользователя в месяц", "user/year": "%s за пользователя в год",
		"pack/month": "%s за пакет в месяц", "month": "%s в месяц", "year": "%s в год",
		"day": "%s за день", "workshop": "%s за семинар", "package": "%s единовременно",
		"seat": "%s за лицензию", "user": "%s за пользователя", "unit": "%s за единицу", "pack": "%s за пакет",
	},
	"et": {
		"seat/month": "%s litsentsi kohta kuus", "seat/year": "%s litsentsi kohta aastas",
		"user/month": "%s kasutaja kohta kuus", "user/year": "%s kasutaja kohta aastas",
		"pack/month": "%s paketi kohta kuus", "month": "%s kuus", "year": "%s aastas",
		"day": "%s päeva eest", "workshop": "%s töötoa eest", "package": "ühekordselt %s",
		"seat": "%s litsentsi kohta", "user": "%s kasutaja kohta", "unit": "%s ühiku kohta", "pack": "%s paketi kohta",
	},
}

// withUnit says an amount per billing unit in a language: "59 € pro Lizenz
// und Monat". own is the playbook's wording of the unit for this language,
// if any: the amount goes where it writes %s ("カード1枚あたり月額%s"),
// else after it, but before it in Japanese, which says the unit first
// ("カード1枚あたり月額¥600") unless it starts with "/" ("¥600/月"). False
// when the unit cannot be said in the language, so that no English unit
// ends up in another language.
func withUnit(lang, unit, own, amount string) (string, bool) {
	unit = strings.ToLower(strings.TrimSpace(unit))
	switch {
	case strings.Contains(own, "%s"):
		return strings.Replace(own, "%s", amount, 1), true
	case strings.HasPrefix(own, "/"):
		return amount + own, true
	case own != "" && lang == "ja":
		return own + amount, true
	case own != "":
		return amount + " " + own, true
	case unit == "":
		return amount, true
	case lang == defaultLocale && unitPatterns[lang][unit] == "":
		// Said aloud, "seat/month" is "per seat per month".
		parts := strings.Split(unit, "/")
		for i := range parts {
			parts[i] = strings.TrimSpace(parts[i])
		}
		return amount + " per " + strings.Join(parts, " per "), true
	}
	if p, ok := unitPatterns[lang][unit]; ok {
		return strings.Replace(p, "%s", amount, 1), true
	}
	return "", false
}

// perPeriod says an amount that recurs over the period of a per-seat unit:
// the cost of several seats of "seat/month" is said per month. A unit with
// no period ("seat") gives the bare amount.
func perPeriod(lang, unit, amount string) (string, bool) {
	unit = strings.ToLower(strings.TrimSpace(unit))
	period := ""
	if i := strings.IndexByte(unit, '/'); i >= 0 {
		period = unit[i+1:]
	} else {
		switch unit {
		case "", "seat", "seats", "user", "users", "licence", "license", "unit":
		default:
			period = unit
		}
	}
	if period == "" {
		return amount, true
	}
	return withUnit(lang, period, "", amount)
}

// monthNames are the months as dates say them: German and Estonian in the
// nominative, Russian in the genitive ("12 марта").
var monthNames = map[string][12]string{
	"de": {"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"},
	"ru": {"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"},
	"et": {"jaanuar", "veebruar", "märts", "aprill", "mai", "juuni", "juuli", "august", "september", "oktoober", "november", "detsember"},
}

// formatDayIn writes a date the way the language writes it in a sentence:
// "12 Mar 2027", "12. März 2027", "2027年3月12日", "12 марта 2027 г.",
// "12. märts 2027".
func formatDayIn(lang string, t time.Time) string {
	y, m, d := t.Date()
	num := strconv.Itoa
	switch lang {
	case "de", "et":
		return num(d) + ". " + monthNames[lang][m-1] + " " + num(y)
	case "ru":
		return num(d) + " " + monthNames[lang][m-1] + " " + num(y) + "\u00a0г."
	case "ja":
		return num(y) + "年" + num(int(m)) + "月" + num(d) + "日"
	}
	return formatDay(t)
}
