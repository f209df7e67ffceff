package main

import (
	"bytes"
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"talktrack/data"
)

// TestEvalBacktestsTheDemoReadOnly runs eval on a copy of the demo book:
// three methods side by side, JSON with the same numbers, and the
// database file byte for byte as it was.
func TestEvalBacktestsTheDemoReadOnly(t *testing.T) {
	db := demoCopy(t)
	before, err := os.ReadFile(db)
	if err != nil {
		t.Fatal(err)
	}
	r := runCLI(t, nil, "eval", "--as-of", "2026-01-01", "--db", db)
	if r.code != 0 {
		t.Fatalf("eval failed: %s", r.stderr)
	}
	for _, want := range []string{"Backtest as of 2026-01-01:", "hit@5", "precision@5", "coverage", "talktrack", "popularity", "co-occurrence", "as many accounts as the better baseline"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("eval output lacks %q:\n%s", want, r.stdout)
		}
	}
	type method struct {
		Method    string
		Hits      int
		HitRate   float64 `json:"hit_rate"`
		Precision float64
		Coverage  float64
	}
	out := decode[struct {
		AsOf      string `json:"as_of"`
		K         int
		Accounts  int
		Evaluated int
		Methods   []method
	}](t, runCLI(t, nil, "eval", "--as-of", "2026-01-01", "--k", "3", "--json", "--db", db).stdout)
	if out.AsOf != "2026-01-01" || out.K != 3 || out.Evaluated == 0 || out.Evaluated > out.Accounts || len(out.Methods) != 3 {
		t.Fatalf("eval --json = %+v", out)
	}
	for _, m := range out.Methods {
		if m.HitRate < 0 || m.HitRate > 1 || m.Precision > m.HitRate || m.Coverage <= 0 || m.Hits > out.Evaluated {
			t.Errorf("%s: implausible scores %+v", m.Method, m)
		}
	}
	after, err := os.ReadFile(db)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(before, after) {
		t.Error("eval changed the database file")
	}
}

func TestEvalRefusesBadInput(t *testing.T) {
	db := demoCopy(t)
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"eval"}, "--as-of"},
		{[]string{"eval", "--as-of", "1 Jan 2026"}, "YYYY-MM-DD"},
		{[]string{"eval", "--as-of", "2026-01-01", "--k", "0"}, "--k must be from 1 to 100"},
		{[]string{"eval", "--as-of", "2026-01-01", "--k", "99999999999"}, "--k must be from 1 to 100"},
		{[]string{"eval", "--as-of", "1990-01-01", "--json"}, "no account had bought anything before it"},
		{[]string{"eval", "--as-of", "2026-01-01", "--k", "five"}, `--k "five" is not a whole number`},
		{[]string{"eval", "--as-of", "1990-01-01"}, "no account had bought anything before it; the first purchases run from 20"},
		{[]string{"eval", "--as-of", "2999-01-01"}, "no account first bought a product on or after it; the first purchases run from 20"},
	}
	for _, tt := range tests {
		r := runCLI(t, nil, append(tt.args, "--db", db)...)
		if r.code != 1 || !strings.Contains(r.stderr, tt.want) || strings.Count(strings.TrimSpace(r.stderr), "\n") > 0 || strings.Contains(r.stderr, "strconv") || r.stdout != "" {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want 1, nothing printed and one line naming %q", tt.args, r.code, r.stdout, r.stderr, tt.want)
		}
	}
}

// TestEvalSaysWhichDaysWork: the first day a backtest can split at is the
// day after the first purchase, and the refusal says so; that day works.
func TestEvalSaysWhichDaysWork(t *testing.T) {
	db := demoCopy(t)
	r := runCLI(t, nil, "eval", "--as-of", "1990-01-01", "--db", db)
	m := regexp.MustCompile(`pick a day from (\d{4}-\d\d-\d\d) to (\d{4}-\d\d-\d\d)`).FindStringSubmatch(r.stderr)
	if m == nil {
		t.Fatalf("stderr %q names no days", r.stderr)
	}
	for _, day := range m[1:] {
		if r := runCLI(t, nil, "eval", "--as-of", day, "--db", db); r.code != 0 {
			t.Errorf("eval --as-of %s, a day the refusal names: exit %d, %s", day, r.code, r.stderr)
		}
	}
	first, _ := time.Parse(time.DateOnly, m[1])
	before := first.AddDate(0, 0, -1).Format(time.DateOnly)
	if r := runCLI(t, nil, "eval", "--as-of", before, "--db", db); r.code != 1 {
		t.Errorf("eval --as-of %s, the day before the first it names: exit %d", before, r.code)
	}
}

// TestAnEmptyFileIsNoDatabase: SQLite takes an empty file for a new
// database; a command that reads refuses it and leaves it empty.
func TestAnEmptyFileIsNoDatabase(t *testing.T) {
	db := filepath.Join(t.TempDir(), "empty.db")
	if err := os.WriteFile(db, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"eval", "--as-of", "2026-01-01"}, {"show", "ACC-1"}, {"accounts"}} {
		r := runCLI(t, nil, append(args, "--db", db)...)
		if r.code != 1 || !strings.Contains(r.stderr, "is an empty file, not a talktrack database") {
			t.Errorf("%v: exit %d, stderr %q", args, r.code, r.stderr)
		}
		if fi, err := os.Stat(db); err != nil || fi.Size() != 0 {
			t.Fatalf("%v wrote into the empty file", args)
		}
	}
}

// TestADeviceIsNoDatabase: a disk or a pipe named as --db reads as empty;
// every command refuses it and none writes into it, nor beside it, nor
// replaces it with --force.
func TestADeviceIsNoDatabase(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "pipe")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	csv := filepath.Join(t.TempDir(), "accounts.csv")
	if err := os.WriteFile(csv, []byte("id,name\nACC-1,Acme\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"accounts"}, {"show", "ACC-1"}, {"eval", "--as-of", "2026-01-01"}, {"import", "accounts", csv}, {"demo", "--force"}} {
		r := runCLI(t, nil, append(args, "--db", fifo)...)
		if r.code != 1 || !strings.Contains(r.stderr, "pass a file path to --db") {
			t.Errorf("%v: exit %d, stderr %q", args, r.code, r.stderr)
		}
		if fi, err := os.Lstat(fifo); err != nil || fi.Mode()&os.ModeNamedPipe == 0 {
			t.Fatalf("%v replaced the pipe", args)
		}
		for _, side := range []string{"-journal", "-wal", "-shm"} {
			if _, err := os.Stat(fifo + side); err == nil {
				t.Errorf("%v left %s beside it", args, side)
			}
		}
	}
}

// TestEvalLeavesAnOlderOrReadOnlyDatabaseAsItIs: a database an older
// talktrack wrote is backtested without being upgraded, and one the user
// may only read is backtested too; both print what the current one prints.
func TestEvalLeavesAnOlderOrReadOnlyDatabaseAsItIs(t *testing.T) {
	want := runCLI(t, nil, "eval", "--as-of", "2026-01-01", "--db", demoCopy(t))
	if want.code != 0 {
		t.Fatalf("eval failed: %s", want.stderr)
	}

	older := demoCopy(t)
	st, err := data.Open(older)
	if err != nil {
		t.Fatal(err)
	}
	if err := st.SetMeta(context.Background(), "schema_version", "15"); err != nil {
		t.Fatal(err)
	}
	_ = st.Close()
	readOnly := demoCopy(t)
	if err := os.Chmod(readOnly, 0o444); err != nil {
		t.Fatal(err)
	}
	for _, db := range []string{older, readOnly} {
		before := fileHash(t, db)
		got := runCLI(t, nil, "eval", "--as-of", "2026-01-01", "--db", db)
		if got.code != 0 || got.stdout != want.stdout {
			t.Errorf("eval of %s: exit %d, %s\n%s\nwant\n%s", filepath.Base(filepath.Dir(db)), got.code, got.stderr, got.stdout, want.stdout)
		}
		if fileHash(t, db) != before {
			t.Errorf("eval changed %s", db)
		}
	}
	if v := metaOf(t, older, "schema_version"); v != "15" {
		t.Errorf("the older database's schema is %s after eval, want 15 still", v)
	}
}

// metaOf reads one meta value of the database at path without opening it
// through the store (which would upgrade it).
func metaOf(t *testing.T, path, key string) string {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var v string
	if err := db.QueryRow(`SELECT value FROM meta WHERE key = ?`, key).Scan(&v); err != nil {
		t.Fatal(err)
	}
	return v
}
