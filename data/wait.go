package data

import (
	"context"
	"database/sql"
	"errors"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"talktrack/model"
)

// OnWait sets fn to be called, once per write, when the write has to wait
// for another program's write lock longer than the busy timeout (5 s), as
// during an import: the command line says that it is waiting. fn runs on
// the writing goroutine; nil turns the notice off. Set it before the store
// is shared.
func (s *Store) OnWait(fn func()) { s.onWait = fn }

// beginWrite begins an IMMEDIATE transaction, waiting for the write lock as
// long as ctx allows. SQLite's busy timeout waits 5 s at a time; an import
// holds the lock for its whole run, which can be longer, and a call or a
// draft must never be refused because an import is running. Only ctx ends
// the wait: the command line waits until the import is done, the TUI
// bounds each save and retries it.
func (s *Store) beginWrite(ctx context.Context) (*sql.Tx, error) {
	told := false
	for {
		tx, err := s.db.BeginTx(ctx, nil)
		if err != nil && ctx.Err() != nil {
			// Beginning an IMMEDIATE transaction only waits for the
			// write lock: it was waited for as long as ctx allows.
			return nil, model.Errorf(model.ECONFLICT, "%s is busy: another talktrack (an import?) is writing to it", s.path)
		}
		if err == nil || !isBusy(err) || ctx.Err() != nil {
			return tx, err
		}
		if !told && s.onWait != nil {
			s.onWait()
			told = true
		}
	}
}

// isBusy reports a lock another connection holds (SQLITE_BUSY or
// SQLITE_LOCKED, with any extended code).
func isBusy(err error) bool {
	var se *sqlite.Error
	if !errors.As(err, &se) {
		return false
	}
	code := se.Code() & 0xff
	return code == sqlite3.SQLITE_BUSY || code == sqlite3.SQLITE_LOCKED
}
