package data

import (
	"context"
	"database/sql"
	"strings"
	"testing"
	"time"

	"talktrack/model"
)

// TestWriteGivesUpOnlyWithItsContext: a write waits for another
// connection's write lock past SQLite's busy timeout until its own context
// ends, then says the database is busy instead of "context deadline
// exceeded"; once the lock is free it lands.
func TestWriteGivesUpOnlyWithItsContext(t *testing.T) {
	t.Parallel()
	s := newBook().account("A1", "Acme").seed(t)
	other, err := Open(s.Path())
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	locked, release := make(chan struct{}), make(chan struct{})
	done := make(chan error, 1)
	go func() {
		done <- other.Update(context.Background(), func(tx *sql.Tx) error {
			if _, err := tx.Exec(`UPDATE accounts SET name = name`); err != nil {
				return err
			}
			close(locked)
			<-release
			return nil
		})
	}()
	<-locked
	d := model.Draft{ID: "d1", AccountID: "A1", StartedAt: time.Now(), Notes: "typed during an import"}
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	err = s.SaveDraft(ctx, d)
	cancel()
	if model.ErrorCode(err) != model.ECONFLICT || !strings.Contains(err.Error(), "is busy") {
		t.Errorf("save while locked: %v, want a busy ECONFLICT", err)
	}
	// A caller that waits (the command line) gets through once the lock
	// is released, even after more than the busy timeout.
	saved := make(chan error, 1)
	go func() { saved <- s.SaveDraft(context.Background(), d) }()
	time.Sleep(5500 * time.Millisecond)
	close(release)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if err := <-saved; err != nil {
		t.Errorf("a save that waited past the busy timeout failed: %v", err)
	}
	if got, err := s.Draft(context.Background(), "A1"); err != nil || got.Notes != d.Notes {
		t.Errorf("draft %+v, %v", got, err)
	}
}
