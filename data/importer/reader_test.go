package importer

import (
	"errors"
	"io"
	"os"
	"strings"
	"testing"

	"talktrack/model"
)

// readAll reads a table's header and records, collecting row errors.
func readAll(t *testing.T, text string) (*table, []record, []RowError) {
	t.Helper()
	tb, err := openTable("test.csv", []byte(text), "")
	if err != nil {
		t.Fatalf("openTable: %v", err)
	}
	var recs []record
	var errs []RowError
	for {
		rec, err := tb.next()
		if err == io.EOF {
			break
		}
		var re *RowError
		if errors.As(err, &re) {
			errs = append(errs, *re)
			continue
		}
		if err != nil {
			t.Fatalf("next: %v", err)
		}
		recs = append(recs, record{line: rec.line, fields: append([]string(nil), rec.fields...)})
	}
	return tb, recs, errs
}

func TestDetectDelimiter(t *testing.T) {
	tests := []struct {
		header string
		want   rune
	}{
		{"a,b,c\n1,2,3\n", ','},
		{"a;b;c\n1;2;3\n", ';'},
		{"a\tb\tc\n", '\t'},
		{`"a,b";c;d` + "\n", ';'},            // the comma is inside quotes
		{`"x;y",b,c` + "\r\n1;2;3;4\n", ','}, // only the header line counts
		{"single\n1\n", ','},
	}
	for _, tt := range tests {
		if got := detectDelimiter([]byte(tt.header)); got != tt.want {
			t.Errorf("detectDelimiter(%q) = %q, want %q", tt.header, got, tt.want)
		}
	}
}

func TestTableQuirks(t *testing.T) {
	text := "\xEF\xBB\xBFid;name;note\r\n" +
		"1;\"Obere Str. 57\r\nHinterhaus\";\"says \"\"hi\"\"\"\r\n" +
		";;\r\n" + // padding row: passed over
		"2;Beta;plain;\r\n" + // one trailing empty value: harmless
		"3;Gamma\r\n" + // too few values
		"4;\"Delta\";x;y\r\n" + // too many values
		"5;Ep\"silon;z\r\n" // a bare quote
	tb, recs, errs := readAll(t, text)
	if tb.header[0] != "id" {
		t.Errorf("header[0] = %q: the byte order mark was not stripped", tb.header[0])
	}
	if tb.delimiter != ';' {
		t.Errorf("delimiter = %q, want ';'", tb.delimiter)
	}
	if len(recs) != 2 {
		t.Fatalf("read %d records, want 2: %+v", len(recs), recs)
	}
	if got := recs[0].fields[1]; got != "Obere Str. 57\nHinterhaus" {
		t.Errorf("quoted line break = %q", got)
	}
	if got := recs[0].fields[2]; got != `says "hi"` {
		t.Errorf("doubled quotes = %q", got)
	}
	if recs[0].line != 2 || recs[1].line != 5 {
		t.Errorf("lines = %d, %d; want 2, 5 (a record's first physical line)", recs[0].line, recs[1].line)
	}
	wantLines := []int{6, 7, 8}
	if len(errs) != len(wantLines) {
		t.Fatalf("errors = %+v, want lines %v", errs, wantLines)
	}
	for i, e := range errs {
		if e.Line != wantLines[i] {
			t.Errorf("error %d at line %d, want %d: %s", i, e.Line, wantLines[i], e.Reason)
		}
	}
	if !strings.Contains(errs[2].Reason, "quote") {
		t.Errorf("bare quote reason = %q", errs[2].Reason)
	}
}

func TestEmptyFile(t *testing.T) {
	if _, err := openTable("empty.csv", []byte(" \r\n"), ""); model.ErrorCode(err) != model.EINVALID {
		t.Errorf("an empty file gave %v, want an invalid-input error", err)
	}
}

func TestDecodeText(t *testing.T) {
	cp1252, err := os.ReadFile("testdata/quirks/accounts_cp1252.csv")
	if err != nil {
		t.Fatal(err)
	}
	mojibake, err := os.ReadFile("testdata/quirks/accounts_mojibake.csv")
	if err != nil {
		t.Fatal(err)
	}
	utf16 := []byte{0xFF, 0xFE, 'n', 0, 0xE9, 0, '\n', 0} // "né\n" in UTF-16LE
	tests := []struct {
		name     string
		in       []byte
		enc      string
		want     string // a substring of the decoded text
		wantErr  []string
		wantUsed string
	}{
		{name: "utf-8 with bom", in: []byte("\xEF\xBB\xBFa,b\n"), want: "a,b", wantUsed: "utf-8"},
		{name: "windows-1252 refused", in: cp1252, wantErr: []string{"line 2", "--encoding windows-1252", "Café Olé"}},
		{name: "windows-1252 decoded", in: cp1252, enc: "windows-1252", want: "Müller & Söhne", wantUsed: "windows-1252"},
		{name: "latin1 is windows-1252", in: cp1252, enc: "latin1", want: "Café Olé", wantUsed: "windows-1252"},
		{name: "utf-8 given an encoding", in: []byte("Café\n"), enc: "windows-1252", wantErr: []string{"already UTF-8", "drop --encoding"}},
		{name: "unknown encoding", in: cp1252, enc: "klingon", wantErr: []string{"unknown --encoding"}},
		{name: "double-encoded", in: mojibake, wantErr: []string{"converted to UTF-8 twice", "line 2", `"é"`}},
		{name: "utf-16", in: utf16, want: "né", wantUsed: "utf-16"},
		{name: "not windows-1252 either", in: []byte("ok\n\x81\x8d\n"), wantErr: []string{"line 2", "--encoding"}},
		{name: "binary", in: []byte("a\x00b\n"), wantErr: []string{"NUL"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, used, err := decodeText("f.csv", tt.in, tt.enc)
			if len(tt.wantErr) > 0 {
				if err == nil {
					t.Fatalf("decoded %q, want an error", got)
				}
				if model.ErrorCode(err) != model.EINVALID {
					t.Errorf("error code %s, want invalid", model.ErrorCode(err))
				}
				for _, w := range tt.wantErr {
					if !strings.Contains(err.Error(), w) {
						t.Errorf("error %q does not mention %q", err, w)
					}
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(string(got), tt.want) || strings.HasPrefix(string(got), "\uFEFF") {
				t.Errorf("decoded %q, want it to contain %q and no byte order mark", got, tt.want)
			}
			if used != tt.wantUsed {
				t.Errorf("encoding %q, want %q", used, tt.wantUsed)
			}
		})
	}
}
