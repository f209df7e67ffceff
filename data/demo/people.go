package demo

import (
	"slices"
	"strings"
	"unicode/utf8"

	"talktrack/model"
)

// contacts adds one to three people at the account, more at bigger
// companies. The first is the primary contact and always has an email
// address and a phone number; others sometimes lack one, as in any CRM.
func (g *generator) contacts(a *account, domain string) {
	r := g.rng
	n := 2
	switch x := r.Float64(); {
	case x < 0.5-0.08*float64(a.band):
		n = 1
	case x > 0.9-0.08*float64(a.band):
		n = 3
	}
	titles := a.cult.titles[min(a.band/2, 2)]
	for i := range n {
		first, last := g.personName(a)
		g.buf = appendID(g.buf[:0], "CON-", len(g.ds.Contacts)+1, g.conWidth)
		id := string(g.buf)
		full := fullName(a.cult, first, last)

		title := pickString(r, titles)
		for j := a.firstContact; j < len(g.ds.Contacts); j++ {
			if g.ds.Contacts[j].Title == title {
				title = pickString(r, titles)
				j = a.firstContact - 1
			}
		}

		email, phone := "", ""
		if i == 0 || r.Float64() < 0.9 {
			email = g.email(first, last, domain, a.band)
		}
		if i == 0 || r.Float64() < 0.75 {
			g.buf = appendPhone(g.buf[:0], pickString(r, a.ctry.phones), g.digit)
			phone = string(g.buf)
		}
		g.ds.Contacts = append(g.ds.Contacts, model.Contact{
			ID:        id,
			AccountID: a.ID,
			Name:      full,
			Title:     title,
			Email:     email,
			Phone:     phone,
			Primary:   i == 0,
		})
	}
}

// personName draws a first and last name from the account's culture that
// nobody else at the account has. Japanese names keep their latin half
// ("山田|yamada") for the mail address; a Russian woman's family name takes
// its feminine form.
func (g *generator) personName(a *account) (first, last string) {
	for {
		first = pickString(g.rng, a.cult.firstNames)
		last = pickString(g.rng, a.cult.lastNames)
		if slices.Contains(a.cult.femaleFirstNames, first) {
			last += "а"
		}
		full := fullName(a.cult, first, last)
		taken := false
		for _, c := range g.ds.Contacts[a.firstContact:] {
			if c.Name == full {
				taken = true
				break
			}
		}
		if !taken {
			return first, last
		}
	}
}

// fullName writes a person's name in the culture's order, family name
// first in Japanese ("山田 太郎").
func fullName(cult *culture, first, last string) string {
	if cult.familyFirst {
		return nativeName(last) + " " + nativeName(first)
	}
	return first + " " + last
}

// email writes a work address in one of the usual company schemes:
// jana.mueller@, j.mueller@, or just jana@ at very small firms.
func (g *generator) email(first, last, domain string, band int) string {
	first, last = latinOf(first), latinOf(last)
	b := g.buf[:0]
	switch x := g.rng.Float64(); {
	case band == 0 && x < 0.2:
		b = appendASCIIKey(b, first)
	case x < 0.25:
		_, size := utf8.DecodeRuneInString(first)
		b = appendASCIIKey(b, first[:size])
		b = append(b, '.')
		b = appendASCIIKey(b, last)
	default:
		b = appendASCIIKey(b, first)
		b = append(b, '.')
		b = appendASCIIKey(b, last)
	}
	b = append(b, '@')
	b = append(b, domain...)
	g.buf = b
	return string(b)
}

// digit draws one decimal digit, for phone numbers.
func (g *generator) digit() int { return g.rng.IntN(10) }

// colleague names someone at the account for a pain point: often one of
// its contacts, sometimes a colleague who is not in the CRM.
func (g *generator) colleague(a *account) string {
	contacts := g.ds.Contacts[a.firstContact:]
	if len(contacts) > 0 && g.rng.IntN(2) == 0 {
		name := contacts[g.rng.IntN(len(contacts))].Name
		if i := strings.IndexByte(name, ' '); i > 0 {
			return name[:i]
		}
	}
	if a.cult.familyFirst {
		// Japanese colleagues go by their family name (山田さん).
		return nativeName(pickString(g.rng, a.cult.lastNames))
	}
	return nativeName(pickString(g.rng, a.cult.firstNames))
}
