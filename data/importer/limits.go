package importer

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"

	"golang.org/x/text/encoding/unicode"

	"talktrack/model"
)

// Limits on what one import may hold. A value longer than MaxCellBytes or
// a row longer than MaxRowBytes is refused with its line and column before
// anything else is read, with memory bounded by these limits, not by the
// file: a 500 MB cell is refused after reading 64 KiB of it.
const (
	// MaxCellBytes is the longest value a CSV cell may hold, in bytes of
	// UTF-8 (64 KiB: a page of notes, far beyond any name or id).
	MaxCellBytes = 64 << 10
	// MaxRowBytes is the longest row, all its cells together (1 MiB).
	MaxRowBytes = 1 << 20
	// MaxPlaybookBytes is the largest playbook file (4 MiB).
	MaxPlaybookBytes = 4 << 20
)

// CheckLimits reads a CSV file from r, without keeping more than one row of
// it, and refuses it when a cell or a row is over the limits, naming the
// line and the column. UTF-16 with a byte order mark is read as text;
// other encodings keep the quotes, delimiters and line breaks of ASCII, so
// they are measured as bytes.
func CheckLimits(name string, r io.Reader) error {
	br := bufio.NewReaderSize(r, 64<<10)
	if head, _ := br.Peek(2); bytes.HasPrefix(head, bomUTF16LE) || bytes.HasPrefix(head, bomUTF16BE) {
		dec := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder()
		br = bufio.NewReaderSize(dec.Reader(br), 64<<10)
	}
	header, err := readHeaderLine(name, br)
	if err != nil {
		return err
	}
	s := limitScanner{name: name, delimiter: byte(detectDelimiter(header)), line: 1}
	s.header = s.cells(header)
	if err := s.scan(bytes.NewReader(header)); err != nil {
		return err
	}
	return s.scan(br)
}

// readHeaderLine reads up to the first line break outside quotes, at most
// MaxRowBytes.
func readHeaderLine(name string, br *bufio.Reader) ([]byte, error) {
	var line []byte
	quoted := false
	for {
		c, err := br.ReadByte()
		if errors.Is(err, io.EOF) {
			return line, nil
		}
		if err != nil {
			return nil, model.Errorf(model.EINVALID, "cannot read %s: %v", name, readReason(err))
		}
		line = append(line, c)
		if c == '"' {
			quoted = !quoted
		}
		if !quoted && (c == '\n' || c == '\r') {
			return line, nil
		}
		if len(line) > MaxRowBytes {
			return nil, tooLong(name, 1, "", "the header line", MaxRowBytes)
		}
	}
}

// readReason drops the path an *fs.PathError repeats.
func readReason(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// limitScanner measures cells and rows as a CSV reader would split them:
// quotes toggle, and the delimiter and line breaks outside quotes end a
// cell or a row.
type limitScanner struct {
	name      string
	delimiter byte
	header    []string
	line      int // the physical line being read
	rowLine   int // the line the current row started on
	column    int // the cell's index in its row
	cell, row int // bytes in the current cell and row
	quoted    bool
	lastCR    bool
}

func (s *limitScanner) scan(r io.Reader) error {
	if s.rowLine == 0 {
		s.rowLine = s.line
	}
	buf := make([]byte, 64<<10)
	for {
		n, err := r.Read(buf)
		if ferr := s.feed(buf[:n]); ferr != nil {
			return ferr
		}
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return model.Errorf(model.EINVALID, "cannot read %s: %v", s.name, readReason(err))
		}
	}
}

// feed measures a chunk of the file.
func (s *limitScanner) feed(p []byte) error {
	for _, c := range p {
		// Lines are counted the way the import reports them: CRLF, LF
		// and a lone CR each end one.
		if c == '\n' && s.lastCR {
			s.lastCR = false
			continue
		}
		s.lastCR = c == '\r'
		switch {
		case c == '"':
			s.quoted = !s.quoted
		case c == '\n' || c == '\r':
			s.line++
			if !s.quoted {
				s.rowLine, s.column, s.cell, s.row = s.line, 0, 0, 0
				continue
			}
		case c == s.delimiter && !s.quoted:
			s.column++
			s.cell = 0
			continue
		}
		s.cell++
		s.row++
		if s.cell > MaxCellBytes {
			return tooLong(s.name, s.rowLine, s.columnName(), "a value", MaxCellBytes)
		}
		if s.row > MaxRowBytes {
			return tooLong(s.name, s.rowLine, "", "a row", MaxRowBytes)
		}
	}
	return nil
}

// cells splits the header line into its names, for messages.
func (s *limitScanner) cells(header []byte) []string {
	var names []string
	var cur []byte
	quoted := false
	for _, c := range header {
		switch {
		case c == '"':
			quoted = !quoted
		case !quoted && c == s.delimiter:
			names = append(names, string(bytes.TrimSpace(cur)))
			cur = nil
		case !quoted && (c == '\n' || c == '\r'):
		default:
			cur = append(cur, c)
		}
	}
	return append(names, string(bytes.TrimSpace(cur)))
}

// columnName names the current column by its header, or its number.
func (s *limitScanner) columnName() string {
	if s.column < len(s.header) && s.header[s.column] != "" && s.rowLine > 1 {
		return s.header[s.column]
	}
	return fmt.Sprintf("column %d", s.column+1)
}

// tooLong is the one sentence for a value or a row over a limit.
func tooLong(name string, line int, column, what string, limit int) error {
	where := fmt.Sprintf("line %d", line)
	if column != "" {
		where += ", " + clip(column, 40)
	}
	return model.Errorf(model.EINVALID, "%s: %s: %s is longer than %s, the most talktrack accepts in one import; nothing was written",
		name, where, what, byteSize(limit))
}

// byteSize writes a limit as people read it: "64 KiB (65,536 bytes)".
func byteSize(n int) string {
	unit, size := "KiB", n>>10
	if n >= 1<<20 {
		unit, size = "MiB", n>>20
	}
	return fmt.Sprintf("%d %s (%s bytes)", size, unit, thousands(n))
}
