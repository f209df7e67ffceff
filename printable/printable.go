// Package printable makes text that came from data (notes, names, imported
// headers, error messages that quote them) safe to print on a terminal:
// escape sequences are removed whole, never cut in half, and other control
// characters are dropped, so a note cannot recolour the screen, retitle the
// window, plant a hyperlink (OSC 8) or move the cursor; invisible
// characters that would make a value read as another are shown as U+FFFD.
package printable

import (
	"io"
	"strings"
	"unicode/utf8"
)

// String returns s without terminal escape sequences (ESC or C1 introduced:
// CSI, OSC, DCS, SOS, PM, APC and two-character escapes, each removed
// whole) and without control characters other than line feed and tab.
// Bytes that are not UTF-8 become U+FFFD.
func String(s string) string {
	if isPlain(s) {
		return s
	}
	var f filter
	return string(f.feed(make([]byte, 0, len(s)), []byte(s), true))
}

// Line is String with line feeds, carriage returns and tabs turned into
// spaces: for a value shown on one line, such as a name in a table.
func Line(s string) string {
	s = String(s)
	if strings.ContainsAny(s, "\n\t") {
		s = strings.NewReplacer("\n", " ", "\t", " ").Replace(s)
	}
	return s
}

// isPlain reports text with nothing to remove: printable ASCII, line
// feeds and tabs only (the common case, returned as it is).
func isPlain(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c < 0x20 && c != '\n' && c != '\t') || c >= 0x7f {
			return false
		}
	}
	return true
}

// Writer passes what is written through String, keeping its state between
// writes: a sequence split across two writes is still removed whole.
type Writer struct {
	w       io.Writer
	f       filter
	pending []byte // the start of a UTF-8 character cut by the last write
	buf     []byte
}

// NewWriter returns a Writer that writes the printable part of its input
// to w.
func NewWriter(w io.Writer) *Writer { return &Writer{w: w} }

// Write filters p and writes the result; it reports len(p) on success.
func (w *Writer) Write(p []byte) (int, error) {
	in := p
	if len(w.pending) > 0 {
		in = append(append([]byte(nil), w.pending...), p...)
	}
	// Keep a UTF-8 character cut at the end for the next write.
	cut := len(in)
	for i := len(in) - 1; i >= 0 && i >= len(in)-utf8.UTFMax; i-- {
		if utf8.RuneStart(in[i]) {
			if !utf8.FullRune(in[i:]) {
				cut = i
			}
			break
		}
	}
	w.pending = append(w.pending[:0], in[cut:]...)
	w.buf = w.f.feed(w.buf[:0], in[:cut], false)
	if _, err := w.w.Write(w.buf); err != nil {
		return 0, err
	}
	return len(p), nil
}

// states of the filter.
const (
	ground   = iota
	escape   // after ESC
	escInter // after ESC and intermediate bytes
	csi      // in a control sequence
	str      // in a control string (OSC, DCS, SOS, PM, APC)
	strEsc   // after ESC inside a control string
)

// filter is the ECMA-48 recogniser behind String and Writer.
type filter struct{ state int }

// feed appends the printable part of in to dst. At the end of a value
// (end) a sequence left open is dropped with it.
func (f *filter) feed(dst, in []byte, end bool) []byte {
	for len(in) > 0 {
		r, size := utf8.DecodeRune(in)
		if r == utf8.RuneError && size <= 1 {
			r = utf8.RuneError
		}
		dst = f.step(dst, r, in[:size])
		in = in[size:]
	}
	if end {
		f.state = ground
	}
	return dst
}

// step handles one character.
func (f *filter) step(dst []byte, r rune, raw []byte) []byte {
	switch f.state {
	case escape:
		switch {
		case r == '[':
			f.state = csi
		case r == ']' || r == 'P' || r == 'X' || r == '^' || r == '_':
			f.state = str
		case r >= 0x20 && r <= 0x2f:
			f.state = escInter
		case r >= 0x30 && r <= 0x7e:
			f.state = ground
		case r == 0x1b:
		default:
			f.state = ground
			return f.step(dst, r, raw)
		}
		return dst
	case escInter:
		switch {
		case r >= 0x20 && r <= 0x2f:
		case r >= 0x30 && r <= 0x7e:
			f.state = ground
		default:
			f.state = ground
			return f.step(dst, r, raw)
		}
		return dst
	case csi:
		switch {
		case r >= 0x20 && r <= 0x3f:
		case r >= 0x40 && r <= 0x7e:
			f.state = ground
		case r == 0x1b:
			f.state = escape
		default:
			// A line feed, a control or a character no sequence holds
			// ends it: the text after it is shown.
			f.state = ground
			return f.step(dst, r, raw)
		}
		return dst
	case str:
		switch r {
		case 0x07, 0x9c, 0x18, 0x1a:
			f.state = ground
		case 0x1b:
			f.state = strEsc
		case '\n':
			// Terminals would read on; here a line ends it, so one bad
			// value cannot hide the rest of the output.
			f.state = ground
			return f.step(dst, r, raw)
		}
		return dst
	case strEsc:
		if r == '\\' {
			f.state = ground
			return dst
		}
		f.state = escape
		return f.step(dst, r, raw)
	}
	switch {
	case r == 0x1b:
		f.state = escape
	case r == 0x9b:
		f.state = csi
	case r == 0x90 || r == 0x98 || r == 0x9d || r == 0x9e || r == 0x9f:
		f.state = str
	case r == '\n' || r == '\t':
		dst = append(dst, byte(r))
	case r < 0x20 || (r >= 0x7f && r <= 0x9f):
		// Other controls: bell, backspace, carriage return, C1.
	case r == utf8.RuneError || hidden(r):
		dst = utf8.AppendRune(dst, utf8.RuneError)
	default:
		dst = append(dst, raw...)
	}
	return dst
}

// hidden reports the invisible characters that would make a value read as
// another: bidirectional overrides, embeddings, isolates and marks ("…
// \u202egpj.exe" shows as "…exe.jpg"), a zero-width space, a word joiner
// and a byte order mark ("ACC-7\u200b" looks like "ACC-7"). They are shown
// as U+FFFD, so the difference is seen. Zero-width joiners, which join
// emoji and letters of some scripts, stay.
func hidden(r rune) bool {
	switch {
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return true
	}
	switch r {
	case 0x200b, 0x200e, 0x200f, 0x061c, 0x2060, 0xfeff:
		return true
	}
	return false
}
