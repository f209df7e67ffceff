package demo

import (
	"strconv"
	"strings"
)

// nativeName is a word of a Japanese list without its latin half:
// "山田|yamada" gives "山田"; a word with no latin half is itself.
func nativeName(w string) string {
	if i := strings.IndexByte(w, '|'); i >= 0 {
		return w[:i]
	}
	return w
}

// latinOf spells a word in the letters a web domain or mailbox may hold:
// the latin half of a Japanese word, a transliteration of a Russian one
// ("Смирнов" gives "smirnov"), and any other word as it is.
func latinOf(w string) string {
	if i := strings.IndexByte(w, '|'); i >= 0 {
		return w[i+1:]
	}
	var b strings.Builder
	for _, r := range w {
		if t, ok := cyrillicLatin[r]; ok {
			b.WriteString(t)
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// cyrillicLatin transliterates Russian letters the way mail addresses do.
var cyrillicLatin = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'е': "e", 'ё': "e", 'ж': "zh", 'з': "z", 'и': "i",
	'й': "y", 'к': "k", 'л': "l", 'м': "m", 'н': "n", 'о': "o", 'п': "p", 'р': "r", 'с': "s", 'т': "t",
	'у': "u", 'ф': "f", 'х': "kh", 'ц': "ts", 'ч': "ch", 'ш': "sh", 'щ': "shch", 'ъ': "", 'ы': "y", 'ь': "",
	'э': "e", 'ю': "yu", 'я': "ya",
	'А': "a", 'Б': "b", 'В': "v", 'Г': "g", 'Д': "d", 'Е': "e", 'Ё': "e", 'Ж': "zh", 'З': "z", 'И': "i",
	'Й': "y", 'К': "k", 'Л': "l", 'М': "m", 'Н': "n", 'О': "o", 'П': "p", 'Р': "r", 'С': "s", 'Т': "t",
	'У': "u", 'Ф': "f", 'Х': "kh", 'Ц': "ts", 'Ч': "ch", 'Ш': "sh", 'Щ': "shch", 'Ъ': "", 'Ы': "y", 'Ь': "",
	'Э': "e", 'Ю': "yu", 'Я': "ya",
}

// nativeCompanyName names a Japanese or Russian company the way it is
// registered there, "株式会社山田精機", "東洋物流株式会社", "ООО «Вектор
// Логистик»", "Академия «Орион»", with the latin key that keeps names unique
// and spells the web domain.
func (g *generator) nativeCompanyName(ind *industry, c *country, band int) (name, domain string) {
	r := g.rng
	cult := c.culture
	nouns := industryNouns[ind.name][cult.lang]
	var base, latin string
	for try := 0; ; try++ {
		form := pickWeighted(r, ind.forms[:])
		noun := pickString(r, nouns)
		switch {
		case cult.lang == "ja" && form == formSurname, cult.lang == "ja" && form == formPartners:
			last := pickString(r, cult.lastNames)
			base, latin = nativeName(last)+nativeName(noun), latinOf(last)+latinOf(noun)
		case cult.lang == "ja" && form == formBrand:
			w := pickString(r, coinedJA)
			base, latin = nativeName(w), latinOf(w)
		case cult.lang == "ja" && form == formCoined:
			w := pickString(r, coinedJA)
			base, latin = nativeName(w)+nativeName(noun), latinOf(w)+latinOf(noun)
		case cult.lang == "ja":
			w := pickString(r, cult.placeStems)
			base, latin = nativeName(w)+nativeName(noun), latinOf(w)+latinOf(noun)
		case form == formPartners || form == formSurname && ind.name == "professional services":
			a, b := pickString(r, cult.lastNames), pickString(r, cult.lastNames)
			if form == formPartners && a != b {
				base = a + ", " + b + " и партнёры"
			} else {
				base = a + " и партнёры"
			}
			latin = latinOf(base)
		case ind.noLegalForm:
			stem := pickString(r, cult.placeStems)
			base, latin = noun+" «"+stem+"»", latinOf(stem+noun)
		case form == formBrand:
			base = pickString(r, cult.placeStems)
			latin = latinOf(base)
		default:
			stem := pickString(r, cult.placeStems)
			base, latin = stem+" "+noun, latinOf(stem+noun)
		}
		if try >= 20 {
			// The name space is far larger than a book; a city, then a
			// number, keeps the loop finite whatever happens.
			city := pickString(r, c.cities)
			base += " " + city
			latin += latinOf(city) + strconv.Itoa(try)
		}
		g.buf = appendASCIIKey(g.buf[:0], latin)
		if _, taken := g.names[string(g.buf)]; !taken && len(g.buf) > 0 {
			break
		}
	}
	key := string(g.buf)
	g.names[key] = struct{}{}

	switch {
	case ind.noLegalForm:
		name = base
	case cult.lang == "ja":
		forms := c.legal
		if band >= 3 {
			forms = c.legalLarge
		}
		legal := pickString(r, forms)
		// 株式会社 goes before or after the name; 合同会社 usually after.
		if legal == "株式会社" && r.IntN(2) == 0 {
			name = legal + base
		} else {
			name = base + legal
		}
	default:
		forms := c.legal
		if band >= 3 {
			forms = c.legalLarge
		}
		name = pickString(r, forms) + " «" + base + "»"
	}
	return name, key + c.tld
}
