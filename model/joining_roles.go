package model

import (
	"strings"
	"unicode"
)

// roleFamilies are the seated families whose products name, in
// Product.Roles, the role of the people said to join (joiningWords: "10
// new sales reps", „12 neue Fahrer“), held or not: a role the account has
// no product for yet ("2 dispatchers, their first dispatch team") counts
// in none of the families it holds. Nil when no role is said that the
// playbook knows, and the head count then counts as it always did: in
// the account's one seated family, and where seats already run short.
func (r *recommender) roleFamilies() map[string]bool {
	if r.joiningWords == "" {
		return nil
	}
	if r.roles != nil {
		return r.roles
	}
	words := strings.FieldsFunc(strings.ToLower(r.joiningWords), func(c rune) bool { return !unicode.IsLetter(c) && !unicode.IsDigit(c) })
	text := strings.ToLower(r.joiningWords)
	var out map[string]bool
	for family, ladder := range r.cat.Families {
		if len(ladder) == 0 || !ladder[0].Seated {
			continue
		}
		for _, role := range r.cat.familyRoles(family) {
			if roleSaid(role, text, words) {
				if out == nil {
					out = map[string]bool{}
				}
				out[family] = true
				break
			}
		}
	}
	r.roles = out
	return out
}

// familyRoles are the roles every product of a family names.
func (c *Catalog) familyRoles(family string) []string {
	var out []string
	for _, p := range c.Families[family] {
		out = append(out, p.Roles...)
	}
	return out
}

// roleSaid reports whether a role is said in a lower-cased text of the
// given words: a word ending in * as the start of a word ("vertrieb*":
// Vertriebler), a role of several words or in a language written without
// spaces anywhere in the text, any other as a whole word.
func roleSaid(role, text string, words []string) bool {
	if stem, ok := strings.CutSuffix(role, "*"); ok {
		for _, w := range words {
			if strings.HasPrefix(w, stem) {
				return true
			}
		}
		return false
	}
	if strings.Contains(role, " ") || !strings.ContainsFunc(role, func(c rune) bool { return unicode.In(c, unicode.Latin, unicode.Cyrillic) }) {
		return strings.Contains(text, role)
	}
	for _, w := range words {
		if w == role {
			return true
		}
	}
	return false
}
