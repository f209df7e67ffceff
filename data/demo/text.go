package demo

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// slots are the values a phrase's {slots} are filled with.
type slots struct {
	name, contact, product, pain, date, industry, label string
	n                                                   int
}

// appendFilled appends phrase to dst with every {slot} replaced. Phrases are
// written in this package, so an unknown slot is a bug; it is dropped rather
// than shown to a rep.
func appendFilled(dst []byte, phrase string, s *slots) []byte {
	for {
		open := strings.IndexByte(phrase, '{')
		if open < 0 {
			return append(dst, phrase...)
		}
		end := strings.IndexByte(phrase[open:], '}')
		if end < 0 {
			return append(dst, phrase...)
		}
		dst = append(dst, phrase[:open]...)
		switch phrase[open+1 : open+end] {
		case "name":
			dst = append(dst, s.name...)
		case "contact":
			dst = append(dst, s.contact...)
		case "product":
			dst = append(dst, s.product...)
		case "pain":
			dst = append(dst, s.pain...)
		case "date":
			dst = append(dst, s.date...)
		case "industry":
			dst = append(dst, s.industry...)
		case "label":
			dst = append(dst, s.label...)
		case "n":
			dst = strconv.AppendInt(dst, int64(s.n), 10)
		}
		phrase = phrase[open+end+1:]
	}
}

// appendID appends prefix and n padded with zeros to width digits
// ("ACC-00042").
func appendID(dst []byte, prefix string, n, width int) []byte {
	dst = append(dst, prefix...)
	for w := digits(n); w < width; w++ {
		dst = append(dst, '0')
	}
	return strconv.AppendInt(dst, int64(n), 10)
}

// digits counts the decimal digits of n (n >= 0).
func digits(n int) int {
	d := 1
	for n >= 10 {
		n /= 10
		d++
	}
	return d
}

// appendASCIIKey appends s lower-cased and folded to the letters and digits
// a domain or mailbox may hold: "Müller & Söhne" gives "muellersoehne".
func appendASCIIKey(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
				dst = append(dst, c)
			case c >= 'A' && c <= 'Z':
				dst = append(dst, c+'a'-'A')
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		dst = append(dst, foldRune(r)...)
	}
	return dst
}

// foldRune spells a letter with an accent the way addresses do in its
// language ("ü" as "ue", "å" as "aa", "é" as "e").
func foldRune(r rune) string {
	switch r {
	case 'ä', 'Ä', 'æ', 'Æ':
		return "ae"
	case 'ö', 'Ö', 'ø', 'Ø':
		return "oe"
	case 'ü', 'Ü':
		return "ue"
	case 'ß':
		return "ss"
	case 'å', 'Å':
		return "aa"
	case 'é', 'è', 'ê', 'ë', 'É':
		return "e"
	case 'á', 'à', 'â':
		return "a"
	case 'í', 'ï', 'î':
		return "i"
	case 'ó', 'ô':
		return "o"
	case 'ú', 'û':
		return "u"
	case 'ç':
		return "c"
	case 'ñ':
		return "n"
	case 'õ', 'Õ':
		return "o"
	case 'š', 'Š':
		return "s"
	case 'ž', 'Ž':
		return "z"
	}
	return ""
}

// appendPhone appends a phone number pattern with every # replaced by a
// digit from next.
func appendPhone(dst []byte, pattern string, next func() int) []byte {
	for i := 0; i < len(pattern); i++ {
		if pattern[i] == '#' {
			dst = append(dst, byte('0'+next()))
		} else {
			dst = append(dst, pattern[i])
		}
	}
	return dst
}
