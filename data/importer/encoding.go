package importer

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/unicode"

	"talktrack/model"
)

var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// decodeText returns the file's text as UTF-8 without a byte order mark,
// and the name of the encoding it was read in. Text that is not valid UTF-8
// is decoded only when enc names its encoding; otherwise it is refused with
// a message that says which encoding it most likely is. UTF-16 with a byte
// order mark (Excel's "Unicode text") is unambiguous and always decoded.
// Whatever the route, text that shows the marks of having been converted to
// UTF-8 twice is refused, so mis-decoded names never reach the database.
func decodeText(name string, b []byte, enc string) ([]byte, string, error) {
	enc = strings.ToLower(strings.TrimSpace(enc))
	var used string
	switch {
	case bytes.HasPrefix(b, bomUTF16LE) || bytes.HasPrefix(b, bomUTF16BE):
		out, err := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder().Bytes(b)
		if err != nil {
			return nil, "", model.Errorf(model.EINVALID, "%s starts like UTF-16 text but cannot be read as such: save it as UTF-8", name)
		}
		b, used = bytes.TrimPrefix(out, bomUTF8), "utf-16"
	case enc == "" || enc == "utf-8" || enc == "utf8":
		b, used = bytes.TrimPrefix(b, bomUTF8), "utf-8"
		if err := checkUTF8(name, b); err != nil {
			return nil, "", err
		}
	default:
		e, err := htmlindex.Get(enc)
		if err != nil {
			return nil, "", model.Errorf(model.EINVALID, "unknown --encoding %q: use a name such as windows-1252, iso-8859-15 or shift_jis", enc)
		}
		if utf8.Valid(b) && !isASCII(b) {
			return nil, "", model.Errorf(model.EINVALID, "%s is already UTF-8 text: drop --encoding %s, which would garble its accented letters", name, enc)
		}
		out, err := e.NewDecoder().Bytes(b)
		if err != nil {
			return nil, "", model.Errorf(model.EINVALID, "%s cannot be read as %s: check the --encoding name", name, enc)
		}
		b = bytes.TrimPrefix(out, bomUTF8)
		used, _ = htmlindex.Name(e)
	}
	// Old Mac files end lines with a carriage return alone: read them as
	// line feeds, or the whole file would be one line.
	if bytes.IndexByte(b, '\n') < 0 && bytes.IndexByte(b, '\r') >= 0 {
		b = bytes.ReplaceAll(b, []byte{'\r'}, []byte{'\n'})
	}
	if bytes.IndexByte(b, 0) >= 0 {
		return nil, "", model.Errorf(model.EINVALID, "%s contains NUL bytes: it is not a text file, or it is UTF-16 without a byte order mark (pass --encoding utf-16le)", name)
	}
	if err := checkDoubleEncoded(name, b); err != nil {
		return nil, "", err
	}
	return b, used, nil
}

// checkUTF8 refuses text that is not valid UTF-8, naming the first bad line
// and the likely encoding.
func checkUTF8(name string, b []byte) error {
	if utf8.Valid(b) {
		return nil
	}
	off := firstInvalidUTF8(b)
	line := bytes.Count(b[:off], []byte("\n")) + 1
	if looksWindows1252(b) {
		text := lineAt(b, off)
		decoded, _ := charmap.Windows1252.NewDecoder().Bytes(text)
		return model.Errorf(model.EINVALID,
			"%s is not UTF-8 text (line %d); it looks like windows-1252, as Excel on Windows saves it, where that line reads %q: pass --encoding windows-1252, or save the file as \"CSV UTF-8\"",
			name, line, clip(string(decoded), 60))
	}
	return model.Errorf(model.EINVALID,
		"%s is not UTF-8 text (first at line %d): pass --encoding with the encoding it was saved in (for example iso-8859-2 or shift_jis), or save it as UTF-8",
		name, line)
}

// firstInvalidUTF8 is the offset of the first byte that does not start a
// valid UTF-8 sequence.
func firstInvalidUTF8(b []byte) int {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return len(b)
}

// looksWindows1252 reports whether non-UTF-8 bytes are best explained as
// windows-1252: the text holds no valid multi-byte UTF-8 sequence at all
// (a file mixing both is damaged, not simply in another encoding) and none
// of the five bytes windows-1252 leaves undefined.
func looksWindows1252(b []byte) bool {
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		switch c {
		case 0x81, 0x8D, 0x8F, 0x90, 0x9D:
			return false
		}
		if r, size := utf8.DecodeRune(b[i:]); r != utf8.RuneError || size > 1 {
			return false
		}
		i++
	}
	return true
}

// checkDoubleEncoded refuses text in which UTF-8 was decoded as
// windows-1252 and encoded again ("MÃ¼nster" for "Münster"). Such pairs
// practically never occur in real names.
func checkDoubleEncoded(name string, b []byte) error {
	if isASCII(b) {
		return nil
	}
	lines, first, sample, fixed := 0, 0, "", ""
	line, counted := 1, 0
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == '\n' {
			line++
		}
		if (r == 'Ã' || r == 'Â' || r == 'â') && i+size < len(b) {
			r2, size2 := utf8.DecodeRune(b[i+size:])
			if isMojibakeTail(r, r2) {
				if counted != line {
					lines++
					counted = line
				}
				if first == 0 {
					first, sample = line, string(b[i:i+size+size2])
					fixed = undoDoubleEncoding(sample)
				}
			}
		}
		i += size
	}
	if lines == 0 {
		return nil
	}
	return model.Errorf(model.EINVALID,
		"%s holds text that was converted to UTF-8 twice (line %d has %q where %q was meant; %d %s in all): export it again as UTF-8, or if it was saved as windows-1252 pass --encoding windows-1252 instead of converting it",
		name, first, sample, fixed, lines, plural(lines, "line", "lines"))
}

// isMojibakeTail reports whether r2 following lead r is the second half of
// a UTF-8 sequence misread as windows-1252.
func isMojibakeTail(lead, r2 rune) bool {
	if lead == 'â' {
		return r2 == '€' // ’ “ ” – — all begin E2 80 → "â€"
	}
	if r2 >= 0x80 && r2 <= 0xBF {
		return true
	}
	// windows-1252 maps 0x80-0x9F to punctuation such as ‰ or Š.
	e, err := charmap.Windows1252.NewEncoder().String(string(r2))
	return err == nil && len(e) == 1 && e[0] >= 0x80 && e[0] <= 0xBF && r2 > 0xFF
}

// undoDoubleEncoding shows what a misread pair was meant to be.
func undoDoubleEncoding(s string) string {
	raw, err := encoding.ReplaceUnsupported(charmap.Windows1252.NewEncoder()).String(s)
	if err != nil || !utf8.ValidString(raw) {
		return "?"
	}
	return raw
}

func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// lineAt returns the whole line holding offset off.
func lineAt(b []byte, off int) []byte {
	start := bytes.LastIndexByte(b[:off], '\n') + 1
	end := bytes.IndexByte(b[off:], '\n')
	if end < 0 {
		end = len(b)
	} else {
		end += off
	}
	return bytes.TrimRight(b[start:end], "\r")
}

// clip shortens s to at most n runes, marking the cut.
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}
