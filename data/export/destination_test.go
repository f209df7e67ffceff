package export

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestToFileReplacesAtomically(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "calls.csv")
	write := func(content string, fail bool) error {
		return ToFile(path).write(func(w io.Writer) error {
			if _, err := io.WriteString(w, content); err != nil {
				return err
			}
			if fail {
				return errors.New("disk full")
			}
			return nil
		})
	}
	if err := write("first\n", false); err != nil {
		t.Fatal(err)
	}
	if err := write("second, half-writ", true); err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Fatalf("failed write: err = %v", err)
	}
	if b, _ := os.ReadFile(path); string(b) != "first\n" {
		t.Errorf("after a failed write the file holds %q, want the earlier export", b)
	}
	if err := write("second\n", false); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(path); string(b) != "second\n" {
		t.Errorf("file holds %q, want the new export", b)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Errorf("folder holds %v, want only calls.csv (no temporary files left)", names)
	}
	if info, err := os.Stat(path); err != nil || info.Mode().Perm() != 0o600 {
		t.Errorf("file mode %v, want 0600", info.Mode().Perm())
	}
}

func TestToFileRefusesAFolder(t *testing.T) {
	dir := t.TempDir()
	err := ToFile(dir).write(func(w io.Writer) error { return nil })
	if err == nil || !strings.Contains(err.Error(), "is a folder") {
		t.Errorf("err = %v, want it to say the path is a folder", err)
	}
}
