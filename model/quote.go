package model

import "strings"

// Quoted is a customer's words as a sentence quotes them: trimmed, without
// a closing full stop of their own ("Too expensive." → Too expensive), so
// that the quote marks close the words and the sentence around them ends
// once (“…”, not “….”; Russian «…», not «….»). A question or exclamation
// mark, and an ellipsis, are kept: they are how it was said. Quote marks
// around all of the words («Вы нам не перезвонили») are left to the
// sentence that quotes them.
func Quoted(words string) string {
	w := strings.TrimSpace(words)
	// Words a CRM kept in quote marks of their own are quoted once:
	// «…», not ««…»».
	for _, q := range [][2]string{{"«", "»"}, {"“", "”"}, {"„", "“"}, {"\"", "\""}, {"「", "」"}, {"『", "』"}, {"‘", "’"}, {"'", "'"}} {
		if len(w) > len(q[0])+len(q[1]) && strings.HasPrefix(w, q[0]) && strings.HasSuffix(w, q[1]) &&
			!strings.Contains(w[len(q[0]):len(w)-len(q[1])], q[0]) {
			w = strings.TrimSpace(w[len(q[0]) : len(w)-len(q[1])])
			break
		}
	}
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
