package main

import "strings"

// textAfterDashes moves a word that begins with a dash and a space ("- onboarding
// stalled, only 3 of 15 users logged in"), as a note pasted from a bullet list
// does, behind a "--", so that it reaches the command as text and is not read
// as a flag. A flag's own value (`--note "- …"`) stays where it is: the word
// before it is a flag that takes one.
func textAfterDashes(args []string) []string {
	var kept, text []string
	for i, a := range args {
		if strings.HasPrefix(a, "- ") && !(i > 0 && takesValue(args[i-1])) {
			text = append(text, a)
			continue
		}
		kept = append(kept, a)
	}
	if len(text) == 0 {
		return args
	}
	for _, a := range kept {
		if a == "--" {
			return append(kept, text...)
		}
	}
	return append(append(kept, "--"), text...)
}

// switchFlags are the flags that take no value.
var switchFlags = map[string]bool{"--json": true, "--all": true, "--learning": true, "--help": true, "-h": true, "--reuse": true}

// takesValue reports whether a command-line word is a flag whose value is
// the next word: "--note", not "--note=…" nor "--json".
func takesValue(a string) bool {
	return strings.HasPrefix(a, "-") && !strings.Contains(a, "=") && !switchFlags[a] && a != "--"
}
