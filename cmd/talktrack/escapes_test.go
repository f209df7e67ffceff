package main

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"talktrack/data"
)

// hostileName and hostileNote carry a hyperlink (OSC 8), a window title,
// colours, a screen clear in its C1 form and a bell.
const (
	hostileName = "Evil\x1b]8;;https://evil.example/\x07Corp\x1b]8;;\x07 \x1b[31mRed\x1b[0m\u009b2J"
	hostileNote = "\x1b]0;pwned\x07Budget \x1b[5mfrozen\x1b[0m\a until Q3\u0085"
)

// controls are the bytes no output that came from data may hold.
func hasControls(s string) bool {
	return strings.ContainsAny(s, "\x1b\a\u009b\u0085\r")
}

// TestDataNeverReachesTheTerminalRaw: escape sequences stored in names and
// notes, or in an imported file's header, come out of accounts, show,
// calls, import summaries and error messages without a single control,
// and the JSON outputs still hold the exact values.
func TestDataNeverReachesTheTerminalRaw(t *testing.T) {
	db := demoCopy(t)
	st, err := data.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	err = st.Update(context.Background(), func(tx *sql.Tx) error {
		if _, err := tx.Exec(`UPDATE accounts SET name = ? WHERE id = 'ACC-00007'`, hostileName); err != nil {
			return err
		}
		_, err := tx.Exec(`INSERT INTO calls (account_id, started_at, duration_s, outcome, notes)
			VALUES ('ACC-00007', '2026-11-01T09:00:00Z', 60, 'connected', ?)`, hostileNote)
		return err
	})
	st.Close()
	if err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"accounts"},
		{"show", "ACC-00007"},
		{"calls", "ACC-00007"},
		{"calls"},
		{"show", "no such \x1b]0;title\x07account"},
		{"log", "ACC-00007", "--outcome", "\x1b[2Jconnected"},
	} {
		r := runCLI(t, nil, append(args, "--db", db)...)
		if hasControls(r.stdout) || hasControls(r.stderr) {
			t.Errorf("%v printed a control: stdout %q, stderr %q", args, clip(r.stdout), clip(r.stderr))
		}
	}
	if r := runCLI(t, nil, "show", "ACC-00007", "--db", db); !strings.Contains(r.stdout, "EvilCorp Red") {
		t.Errorf("show lost the name's text: %q", clip(r.stdout))
	}

	// JSON keeps the exact values, escaped so no control is printed raw.
	r := runCLI(t, nil, "calls", "ACC-00007", "--json", "--db", db)
	if hasControls(r.stdout) {
		t.Errorf("calls --json printed a control raw")
	}
	calls := decode[[]callRow](t, r.stdout)
	if len(calls) == 0 || calls[0].Notes != hostileNote {
		t.Errorf("calls --json changed the note: %q", calls)
	}
	r = runCLI(t, nil, "accounts", "--json", "--db", db)
	if hasControls(r.stdout) || !strings.Contains(r.stdout, `\u001b]8;;https://evil.example/\u0007Corp`) {
		t.Errorf("accounts --json does not hold the exact, escaped name")
	}

	// An imported header that is refused or ignored is quoted safely.
	csvPath := filepath.Join(t.TempDir(), "accounts.csv")
	if err := os.WriteFile(csvPath, []byte("Account Name,\x1b]0;x\x07Notes\x1b[31m\nAcme,hi\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	r = runCLI(t, nil, "import", "accounts", csvPath, "--db", db, "--dry-run")
	if r.code != 0 || hasControls(r.stdout) || hasControls(r.stderr) {
		t.Errorf("import with a hostile header: code %d, stdout %q, stderr %q", r.code, clip(r.stdout), clip(r.stderr))
	}
}

// clip shortens output for a failure message.
func clip(s string) string {
	if len(s) > 300 {
		return s[:300] + "…"
	}
	return s
}
