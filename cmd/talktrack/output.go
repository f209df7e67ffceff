package main

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// exportOut is where an export to standard output goes: the exact bytes
// when standard output is a pipe or a file (an export is data), the
// printable ones when it is a terminal.
func (a *app) exportOut() io.Writer {
	if a.raw == nil || isTerminal(a.raw) {
		return a.stdout
	}
	return a.raw
}

// jsonOut writes JSON to w with the characters encoding/json leaves as
// they are but a terminal reads as controls (DEL and the C1 controls,
// U+007F to U+009F) written as \u escapes: the same JSON value, every
// string exact, and nothing for printable to remove.
func jsonOut(w io.Writer) io.Writer { return jsonControls{w} }

type jsonControls struct{ w io.Writer }

func (j jsonControls) Write(p []byte) (int, error) {
	if !hasRawControl(p) {
		return j.w.Write(p)
	}
	n := len(p)
	var b strings.Builder
	for len(p) > 0 {
		r, size := utf8.DecodeRune(p)
		if r >= 0x7f && r <= 0x9f {
			fmt.Fprintf(&b, `\u%04x`, r)
		} else {
			b.Write(p[:size])
		}
		p = p[size:]
	}
	if _, err := io.WriteString(j.w, b.String()); err != nil {
		return 0, err
	}
	return n, nil
}

// hasRawControl reports DEL or a C1 control (0xC2 0x80..0x9F in UTF-8).
func hasRawControl(p []byte) bool {
	for i, c := range p {
		if c == 0x7f || (c == 0xc2 && i+1 < len(p) && p[i+1] >= 0x80 && p[i+1] <= 0x9f) {
			return true
		}
	}
	return false
}
