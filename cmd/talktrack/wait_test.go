package main

import (
	"context"
	"database/sql"
	"strings"
	"testing"
	"time"

	"talktrack/data"
)

// TestLogWaitsForAnImport: while another program holds the write lock for
// longer than SQLite's 5 s busy timeout, as an import of a big file does,
// real `log` processes wait, say so, and every call is stored.
func TestLogWaitsForAnImport(t *testing.T) {
	t.Parallel()
	db := demoCopy(t)
	st, err := data.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	count := func() int {
		var n int
		if err := st.DB().QueryRow(`SELECT count(*) FROM calls`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	before := count()

	locked := make(chan struct{})
	release := make(chan struct{})
	held := make(chan error, 1)
	go func() {
		held <- st.Update(context.Background(), func(tx *sql.Tx) error {
			if _, err := tx.Exec(`UPDATE accounts SET name = name WHERE id = 'ACC-00001'`); err != nil {
				return err
			}
			close(locked)
			<-release
			return nil
		})
	}()
	<-locked
	var logs []*process
	for _, acc := range []string{"ACC-00001", "ACC-00002", "ACC-00003"} {
		logs = append(logs, start(t, nil, "log", acc, "--outcome", "connected", "--note", "during an import", "--db", db))
	}
	// The lock is held past SQLite's 5 s busy timeout after the last log
	// said it waits, however slowly the processes started on a busy machine.
	deadline := time.Now().Add(2 * time.Minute)
	for _, p := range logs {
		for !strings.Contains(p.stderr.String(), "Waiting for another talktrack") && time.Now().Before(deadline) {
			time.Sleep(50 * time.Millisecond)
		}
	}
	time.Sleep(6 * time.Second)
	close(release)
	for i, p := range logs {
		r := p.wait()
		if r.code != 0 {
			t.Errorf("log %d failed while an import ran: %s", i, r.stderr)
		}
		if !strings.Contains(r.stderr, "Waiting for another talktrack") {
			t.Errorf("log %d did not say it was waiting: %q", i, r.stderr)
		}
	}
	if err := <-held; err != nil {
		t.Fatal(err)
	}
	if got := count(); got != before+3 {
		t.Errorf("%d calls stored, want %d", got-before, 3)
	}
}
