package model

import "strings"

// Quoted is a customer's words as a sentence quotes them: trimmed, without
// a closing full stop of their own ("Too expensive." → Too expensive), so
// that the quote marks close the words and the sentence around them ends
// once (“…”, not “….”; Russian «…», not «….»). A question or exclamation
// mark, and an ellipsis, are kept: they are how it was said.
func Quoted(words string) string {
	w := strings.TrimSpace(words)
	switch {
	case strings.HasSuffix(w, "..."):
		return w
	case strings.HasSuffix(w, "."):
		return strings.TrimSpace(strings.TrimSuffix(w, "."))
	case strings.HasSuffix(w, "。"):
		return strings.TrimSuffix(w, "。")
	}
	return w
}
