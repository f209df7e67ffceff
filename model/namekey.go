package model

import (
	"strings"
	"unicode"
)

// NameKey folds a name for matching: lower case, letters and digits only,
// so "GTX Pro", "GTXPro" and "gtx-pro" share the key "gtxpro".
func NameKey(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}
