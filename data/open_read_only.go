package data

import (
	"context"
	"database/sql"
	"errors"
	"io/fs"
	"os"
	"path/filepath"

	"talktrack/model"
)

// OpenReadOnly opens an existing talktrack database for a command that
// promises to write nothing to it (eval). The file is checked as Open
// checks it, then read through a read-only connection on which SQLite
// refuses every write. A database of an older schema is not upgraded in
// place: a consistent copy of it is taken into a private temporary file
// (VACUUM INTO), upgraded there and read, and removed on Close. A file the
// user may read but not write, in a folder they may not write, opens too.
func OpenReadOnly(path string) (*Store, error) {
	abs, size, err := accept(path)
	if err != nil {
		return nil, err
	}
	if size == 0 {
		return nil, model.Errorf(model.EINVALID, "%s is an empty file, not a talktrack database: pass another --db", path)
	}
	db, err := openRead(path, abs, true)
	if err != nil {
		return nil, err
	}
	version, err := currentVersion(context.Background(), db)
	if err != nil {
		_ = db.Close()
		return nil, mapError(path, err)
	}
	if version == latestVersion() {
		return &Store{db: db, path: path}, nil
	}
	_ = db.Close()
	// VACUUM INTO is refused on a query-only connection; this one is
	// read-only all the same.
	if db, err = openRead(path, abs, false); err != nil {
		return nil, err
	}
	defer db.Close()
	return openUpgradedCopy(path, db)
}

// openRead opens abs read-only, and with queryOnly refuses writes to
// temporary tables and copies too. A WAL database with no -wal file
// beside it, in a folder where SQLite cannot create one, is read as
// immutable: no other program can be writing it there either, as a
// writer needs that file.
func openRead(path, abs string, queryOnly bool) (*sql.DB, error) {
	open := func(immutable bool) (*sql.DB, error) {
		dsn := probeDSN(abs, immutable)
		if queryOnly {
			dsn += "&_pragma=query_only(1)"
		}
		db, err := sql.Open("sqlite", dsn)
		if err != nil {
			return nil, internalf(err, "open %s read-only", path)
		}
		if err := db.Ping(); err != nil {
			_ = db.Close()
			return nil, err
		}
		if _, err := currentVersion(context.Background(), db); err != nil {
			_ = db.Close()
			return nil, err
		}
		return db, nil
	}
	db, err := open(false)
	if err == nil {
		return db, nil
	}
	if _, werr := os.Stat(abs + "-wal"); errors.Is(werr, fs.ErrNotExist) && !folderWritable(filepath.Dir(abs)) {
		if db, ierr := open(true); ierr == nil {
			return db, nil
		}
	}
	return nil, mapError(path, err)
}

// folderWritable reports whether a file can be created in dir.
func folderWritable(dir string) bool {
	f, err := os.CreateTemp(dir, ".talktrack-probe-*")
	if err != nil {
		return false
	}
	name := f.Name()
	_ = f.Close()
	_ = os.Remove(name)
	return true
}

// openUpgradedCopy copies the database read through src into a private
// temporary file, brings the copy's schema up to date and opens it; the
// copy is removed when the store is closed.
func openUpgradedCopy(path string, src *sql.DB) (*Store, error) {
	dir, err := os.MkdirTemp("", "talktrack-read-")
	if err != nil {
		return nil, model.Errorf(model.EINVALID, "cannot read %s, written by an older talktrack, without changing it: no room for a temporary copy (%v); run any other talktrack command on it once to upgrade it", path, pathErrReason(err))
	}
	copyPath := filepath.Join(dir, "book.db")
	if _, err := src.ExecContext(context.Background(), `VACUUM INTO ?`, copyPath); err != nil {
		_ = os.RemoveAll(dir)
		return nil, mapError(path, err)
	}
	st, err := openReadWrite(path, copyPath, false)
	if err != nil {
		_ = os.RemoveAll(dir)
		return nil, err
	}
	st.cleanup = func() { _ = os.RemoveAll(dir) }
	return st, nil
}
