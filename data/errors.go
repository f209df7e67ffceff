package data

import (
	"errors"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"talktrack/model"
)

// mapError turns the SQLite failures a user can do something about (a lock
// held too long, a damaged or read-only file, a full disk) into one clear
// sentence naming the file. Domain errors and anything else pass unchanged.
func mapError(path string, err error) error {
	if err == nil {
		return nil
	}
	var me *model.Error
	if errors.As(err, &me) {
		return err
	}
	var se *sqlite.Error
	if !errors.As(err, &se) {
		return err
	}
	// Extended result codes are on; the primary code is the low byte.
	switch se.Code() & 0xff {
	case sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED:
		return model.Errorf(model.ECONFLICT, "%s is busy: another program is writing to it; try again in a moment", path)
	case sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB:
		return model.Errorf(model.EINTERNAL, "%s is damaged: restore it from a backup or pass another --db", path)
	case sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM, sqlite3.SQLITE_AUTH:
		return model.Errorf(model.EINVALID, "%s cannot be written: check its permissions and those of its folder, or pass another --db", path)
	case sqlite3.SQLITE_CANTOPEN:
		return model.Errorf(model.EINVALID, "%s cannot be opened: check its permissions and those of its folder, or pass another --db", path)
	case sqlite3.SQLITE_FULL:
		return model.Errorf(model.EINTERNAL, "the disk holding %s is full: free some space and try again", path)
	case sqlite3.SQLITE_IOERR:
		// Growing the shared-memory index on a disk without room fails
		// with an I/O error rather than SQLITE_FULL.
		if se.Code() == sqlite3.SQLITE_IOERR_SHMSIZE {
			return model.Errorf(model.EINTERNAL, "the disk holding %s is full: free some space and try again", path)
		}
		return model.Errorf(model.EINTERNAL, "reading or writing %s failed (%v): check the disk", path, se)
	}
	return err
}
