package printable

import (
	"bytes"
	"strings"
	"testing"
)

// hostile are values an attacker stores in a note, a name or a header,
// with what a terminal must be shown instead.
var hostile = []struct{ in, want string }{
	{"plain text, ünïcödé 👍", "plain text, ünïcödé 👍"},
	{"line one\nline two\ttabbed", "line one\nline two\ttabbed"},
	{"\x1b[31mred\x1b[0m", "red"},
	{"\x1b[38;2;255;0;0mtrue colour\x1b[m", "true colour"},
	{"\x1b]8;;https://evil.example/\x07click here\x1b]8;;\x07", "click here"},
	{"\x1b]8;;https://evil.example/\x1b\\link\x1b]8;;\x1b\\", "link"},
	{"\x1b]0;new window title\x07after", "after"},
	{"\x1b]52;c;cm0gLXJmIH4=\x07clipboard", "clipboard"},
	{"\x1bP1$r0m\x1b\\dcs", "dcs"},
	{"\x1b_apc\x1b\\ok", "ok"},
	{"\x1b[2J\x1b[Hclear", "clear"},
	{"\x1b[?1049h\x1b[?25lalt", "alt"},
	{"\x1b7save\x1b8", "save"},
	{"\x1b(0line drawing\x1b(B", "line drawing"},
	{"\u009b31mC1 csi\u009b0m", "C1 csi"},
	{"\u009d0;title\u009cC1 osc", "C1 osc"},
	{"bell\a back\bspace\rreturn\x00nul\x7fdel\u0085nel", "bell backspacereturnnuldelnel"},
	{"unterminated \x1b[31", "unterminated "},
	{"unterminated osc \x1b]0;title\nnext line", "unterminated osc \nnext line"},
	{"bad utf8 \xff\xfe end", "bad utf8 \ufffd\ufffd end"},
}

func TestStringRemovesSequencesWhole(t *testing.T) {
	for _, tc := range hostile {
		if got := String(tc.in); got != tc.want {
			t.Errorf("String(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestLineIsOneLine(t *testing.T) {
	if got := Line("a\nb\tc\x1b[1md"); got != "a b cd" {
		t.Errorf("Line = %q", got)
	}
}

// TestWriterNeverCutsASequence writes every hostile value split at every
// byte: the output is the same as String's, so a sequence split between
// two writes (as a buffered writer splits them) is still removed whole.
func TestWriterNeverCutsASequence(t *testing.T) {
	for _, tc := range hostile {
		for cut := 0; cut <= len(tc.in); cut++ {
			var buf bytes.Buffer
			w := NewWriter(&buf)
			if _, err := w.Write([]byte(tc.in[:cut])); err != nil {
				t.Fatal(err)
			}
			if _, err := w.Write([]byte(tc.in[cut:] + "\n")); err != nil {
				t.Fatal(err)
			}
			if got, want := buf.String(), tc.want+"\n"; got != want && !strings.HasPrefix(tc.in, "unterminated") {
				t.Errorf("split at %d: %q became %q, want %q", cut, tc.in, got, want)
			}
			if strings.ContainsAny(buf.String(), "\x1b\a\r\u009b\u009d") {
				t.Errorf("split at %d: %q left a control in %q", cut, tc.in, buf.String())
			}
		}
	}
}

type inner struct {
	Name  string
	Notes []string
}

type outer struct {
	ID     string
	Title  string
	Inner  *inner
	List   []inner
	Lookup map[string]inner
	count  int
}

func TestCleanCopiesAndNeverChangesTheOriginal(t *testing.T) {
	shared := &inner{Name: "\x1b[31mAcme\x1b[0m", Notes: []string{"ok", "\x1b]0;x\x07note"}}
	v := outer{ID: "ACC\x1b1", Title: "plain", Inner: shared, List: []inner{*shared},
		Lookup: map[string]inner{"k": *shared}, count: 3}
	got := Clean(v)
	if got.Inner.Name != "Acme" || got.Inner.Notes[1] != "note" || got.List[0].Name != "Acme" || got.Lookup["k"].Notes[1] != "note" {
		t.Errorf("not cleaned: %+v", got)
	}
	if got.ID != v.ID || got.count != 3 || got.Title != "plain" {
		t.Errorf("ids and other fields changed: %+v", got)
	}
	if shared.Name != "\x1b[31mAcme\x1b[0m" || shared.Notes[1] != "\x1b]0;x\x07note" || v.List[0].Name != shared.Name {
		t.Error("Clean changed the value it was given")
	}
	plain := outer{Title: "x", Inner: &inner{Name: "y"}}
	if again := Clean(plain); again.Inner != plain.Inner {
		t.Error("a value with nothing to clean was copied")
	}
}

func TestInvisibleCharactersThatDisguiseAValueAreShown(t *testing.T) {
	for in, want := range map[string]string{
		"Invoice \u202egpj.exe\u202c Ltd": "Invoice \ufffdgpj.exe\ufffd Ltd",
		"ACC-00007\u200b":                 "ACC-00007\ufffd",
		"\ufeffname":                      "\ufffdname",
		"👨\u200d👩\u200d👧":                 "👨\u200d👩\u200d👧",
		"Hõbekoda OÜ":                     "Hõbekoda OÜ",
	} {
		if got := Line(in); got != want {
			t.Errorf("Line(%q) = %q, want %q", in, got, want)
		}
	}
}
