package model

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// estonianPartitive is a foreign product name in the Estonian partitive,
// the case of "kasutate praegu …": a name ending in a silent e takes an
// apostrophe (Pipedrive'i, Salesforce'i), one ending in another vowel a t
// (Zohot), an abbreviation or a number a hyphen (amoCRM-i, Bitrix24-t),
// and one ending in a consonant an i (HubSpoti, Zendeski).
func estonianPartitive(name string) string {
	last, _ := utf8.DecodeLastRuneInString(name)
	switch {
	case name == "":
		return ""
	case unicode.IsDigit(last):
		return name + "-t"
	case unicode.IsUpper(last):
		return name + "-i"
	case last == 'e':
		return name + "'i"
	case strings.ContainsRune("aiouy", last):
		return name + "t"
	}
	return name + "i"
}
