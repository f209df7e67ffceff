package demo

import (
	"strconv"
)

// companyName composes a company name that no other account has, in the
// style of the country and industry, and the web domain its staff write
// email from. Names are compared without their legal form and punctuation,
// so "Blue Harbor Freight LLC" and "Blueharbor Freight Inc." never coexist.
func (g *generator) companyName(ind *industry, c *country, band int) (name, domain string) {
	if l := c.culture.lang; l == "ja" || l == "ru" {
		return g.nativeCompanyName(ind, c, band)
	}
	forms := ind.forms[:]
	var key string
	base := make([]byte, 0, 48)
	for try := 0; ; try++ {
		base = g.appendBaseName(base[:0], ind, c, pickWeighted(g.rng, forms))
		switch {
		case try >= 40:
			// Almost never reached: the name space is far larger than any
			// book, but a number keeps the loop finite whatever happens.
			base = append(base, ' ')
			base = strconv.AppendInt(base, int64(try), 10)
		case try >= 20:
			base = append(base, ' ')
			base = append(base, pickString(g.rng, c.cities)...)
		}
		g.buf = appendASCIIKey(g.buf[:0], string(base))
		if _, taken := g.names[string(g.buf)]; !taken {
			key = string(g.buf)
			break
		}
	}
	g.names[key] = struct{}{}

	legal := ""
	if !ind.noLegalForm {
		forms := c.legal
		if band >= 3 && len(c.legalLarge) > 0 {
			forms = c.legalLarge
		}
		legal = pickString(g.rng, forms)
	}
	if legal != "" {
		base = append(base, ' ')
		base = append(base, legal...)
	}
	return string(base), key + c.tld
}

// appendBaseName appends a name of the given form without a legal form.
func (g *generator) appendBaseName(dst []byte, ind *industry, c *country, form int) []byte {
	r := g.rng
	cult := c.culture
	nouns := ind.nouns
	switch cult.lang {
	case "de":
		nouns = ind.nounsDE
	case "et":
		nouns = industryNouns[ind.name]["et"]
	}
	start := len(dst)
	switch form {
	case formSurname:
		dst = append(dst, pickString(r, cult.lastNames)...)
		dst = append(dst, ' ')
		dst = append(dst, pickString(r, nouns)...)
	case formPlace:
		dst = g.appendPlace(dst, cult)
		dst = append(dst, ' ')
		dst = append(dst, pickString(r, nouns)...)
	case formCoined:
		dst = g.appendCoined(dst)
		dst = append(dst, ' ')
		dst = append(dst, pickString(r, nouns)...)
	case formBrand:
		dst = g.appendCoined(dst)
	default: // formPartners
		a := pickString(r, cult.lastNames)
		b := pickString(r, cult.lastNames)
		for b == a {
			b = pickString(r, cult.lastNames)
		}
		dst = append(dst, a...)
		dst = append(dst, " & "...)
		dst = append(dst, b...)
		if r.IntN(2) == 0 {
			dst = append(dst, ' ')
			dst = append(dst, pickString(r, nouns)...)
		}
	}
	// "de Vries Transport" starts a sentence, so it is written "De Vries".
	if c := dst[start]; c >= 'a' && c <= 'z' {
		dst[start] = c - 'a' + 'A'
	}
	return dst
}

// appendPlace appends a place-like name: "Silver Creek", "Rheinblick".
func (g *generator) appendPlace(dst []byte, cult *culture) []byte {
	stem := pickString(g.rng, cult.placeStems)
	end := pickString(g.rng, cult.placeEnds)
	for end == stem {
		end = pickString(g.rng, cult.placeEnds)
	}
	dst = append(dst, stem...)
	if !cult.compound {
		dst = append(dst, ' ')
	}
	return append(dst, end...)
}

// appendCoined appends an invented brand such as "Veltrix".
func (g *generator) appendCoined(dst []byte) []byte {
	dst = append(dst, pickString(g.rng, coinedStarts)...)
	return append(dst, pickString(g.rng, coinedEnds)...)
}
