package main

import (
	"context"
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"talktrack/data"
	"talktrack/model"
)

// TestCustomerDataIsPrivate: under a umask that would allow anyone to read
// (000) and under a strict one (077), the data folder is 0700 and every
// database, its -wal and -shm files and every export are 0600.
func TestCustomerDataIsPrivate(t *testing.T) {
	for _, umask := range []int{0o000, 0o077, 0o022} {
		old := syscall.Umask(umask)
		checkPrivate(t)
		syscall.Umask(old)
	}
}

func checkPrivate(t *testing.T) {
	t.Helper()
	wantMode := func(path string, want os.FileMode) {
		t.Helper()
		info, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		if got := info.Mode().Perm(); got != want {
			t.Errorf("%s has mode %v, want %v", filepath.Base(path), got, want)
		}
	}
	home := t.TempDir()
	env := map[string]string{"XDG_DATA_HOME": filepath.Join(home, "share")}
	if r := runCLI(t, env, "accounts"); r.code != 0 {
		t.Fatalf("first run: %s", r.stderr)
	}
	folder := filepath.Join(home, "share", "talktrack")
	wantMode(folder, 0o700)
	defaultDB := filepath.Join(folder, "talktrack.db")
	wantMode(defaultDB, 0o600)

	// A folder an earlier version made readable by all is closed again.
	if err := os.Chmod(folder, 0o755); err != nil {
		t.Fatal(err)
	}
	runCLI(t, env, "accounts")
	wantMode(folder, 0o700)

	dir := t.TempDir()
	demoDB := filepath.Join(dir, "demo.db")
	if r := runCLI(t, nil, "demo", "--db", demoDB, "--accounts", "5"); r.code != 0 {
		t.Fatalf("demo: %s", r.stderr)
	}
	wantMode(demoDB, 0o600)
	imported := filepath.Join(dir, "imported.db")
	if r := runCLI(t, nil, "import", "products", filepath.Join("..", "..", "assets", "samples", "products.csv"), "--db", imported); r.code != 0 {
		t.Fatalf("import: %s", r.stderr)
	}
	wantMode(imported, 0o600)

	// While a database is open its side files exist: they are private too.
	st, err := data.Open(demoDB)
	if err != nil {
		t.Fatal(err)
	}
	if err := st.SaveDraft(context.Background(), model.Draft{ID: "d1", AccountID: "ACC-00001", StartedAt: fixedNow, Notes: "x"}); err != nil {
		t.Fatal(err)
	}
	wantMode(demoDB+"-wal", 0o600)
	wantMode(demoDB+"-shm", 0o600)
	st.Close()

	out := filepath.Join(dir, "calls.csv")
	if r := runCLI(t, nil, "export", "calls", "--format", "csv", "--all", "--out", out, "--db", demoDB); r.code != 0 {
		t.Fatalf("export: %s", r.stderr)
	}
	wantMode(out, 0o600)
}
