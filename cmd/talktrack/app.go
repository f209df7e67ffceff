package main

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"time"

	"talktrack/assets"
	"talktrack/data"
	"talktrack/model"
)

// app carries what every command shares: where the database is, the
// standard streams and the clock.
type app struct {
	dbFlag string
	stdin  io.Reader
	stdout io.Writer
	// raw is standard output as given, before printable filters it: for
	// exports, whose bytes must be exact (see exportOut).
	raw    io.Writer
	stderr io.Writer
	now    func() time.Time
	getenv func(string) string
}

// dbPath resolves the database file: --db, then TALKTRACK_DB, then the
// default under the user's data folder. isDefault reports the last case.
func (a *app) dbPath() (path string, isDefault bool, err error) {
	if a.dbFlag != "" {
		return a.dbFlag, false, nil
	}
	if p := a.getenv("TALKTRACK_DB"); p != "" {
		return p, false, nil
	}
	dir, err := a.dataDir()
	if err != nil {
		return "", true, err
	}
	return filepath.Join(dir, "talktrack", "talktrack.db"), true, nil
}

// dataDir is the per-user folder for application data on this platform.
func (a *app) dataDir() (string, error) {
	if d := a.getenv("XDG_DATA_HOME"); d != "" {
		return d, nil
	}
	switch runtime.GOOS {
	case "windows":
		if d := a.getenv("LocalAppData"); d != "" {
			return d, nil
		}
	case "darwin":
		if h := a.getenv("HOME"); h != "" {
			return filepath.Join(h, "Library", "Application Support"), nil
		}
	}
	if h := a.getenv("HOME"); h != "" {
		return filepath.Join(h, ".local", "share"), nil
	}
	return "", model.Errorf(model.EINVALID, "cannot find a folder for the database: set TALKTRACK_DB or pass --db")
}

// open opens the database for a command. The default database is created
// from the embedded demo data on first use; a chosen file must exist.
func (a *app) open(ctx context.Context) (*data.Store, error) {
	return a.openWith(ctx, data.Open)
}

// openReadOnly is open for a command that writes nothing to the database
// (eval): an existing database is read through data.OpenReadOnly.
func (a *app) openReadOnly(ctx context.Context) (*data.Store, error) {
	return a.openWith(ctx, data.OpenReadOnly)
}

// openWith is open with the existing database opened by openDB.
func (a *app) openWith(ctx context.Context, openDB func(string) (*data.Store, error)) (*data.Store, error) {
	st, created, err := a.openReportingDemo(ctx, openDB)
	if created && err == nil {
		// Whatever the command prints next is the demo's, not the user's.
		path, _, _ := a.dbPath()
		fmt.Fprintf(a.stderr, "No database yet: the demo book was written to %s; pass --db to use your own.\n", path)
	}
	return st, err
}

// openReportingDemo is openWith that also says whether it just created
// the demo database.
func (a *app) openReportingDemo(ctx context.Context, openDB func(string) (*data.Store, error)) (*data.Store, bool, error) {
	path, isDefault, err := a.dbPath()
	if err != nil {
		return nil, false, err
	}
	if isDefault {
		// talktrack's own folder is private, including one an earlier
		// version created readable by all.
		if err := makeDataFolder(filepath.Dir(path)); err != nil {
			return nil, false, model.Errorf(model.EINVALID, "cannot create the folder for the database %s: %v", path, err)
		}
	}
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		if dir := filepath.Dir(path); !isDefault && !isDir(dir) {
			return nil, false, model.Errorf(model.ENOTFOUND, "folder %s does not exist: create it or pass another --db", dir)
		}
		if !isDefault {
			return nil, false, model.Errorf(model.ENOTFOUND,
				"there is no database at %s: create one with `talktrack demo --db %s` or `talktrack import accounts FILE --db %s`", path, path, path)
		}
		if err := writeDemo(ctx, path, demoOptions(a.now(), 0, 0), false); err != nil {
			return nil, false, err
		}
		st, err := data.Open(path)
		return st, true, err
	}
	if fi, err := os.Stat(path); err == nil && fi.Mode().IsRegular() && fi.Size() == 0 && !isDefault {
		// SQLite would take an empty file for a new database and write
		// talktrack's tables into it: a command that reads leaves it be.
		return nil, false, model.Errorf(model.EINVALID,
			"%s is an empty file, not a talktrack database: create one there with `talktrack demo --db %s --force` or `talktrack import accounts FILE --db %s`, or pass another --db", path, path, path)
	}
	st, err := openDB(path)
	return st, false, err
}

// seedDefaults gives a new, empty database the embedded playbook's pain
// categories, currency and talking point templates (but none of its
// products), so suggestions on imported data come with talking points
// before sales ops imports a playbook of their own.
func seedDefaults(ctx context.Context, st *data.Store) error {
	pb, err := data.ParsePlaybook(assets.Playbook)
	if err != nil {
		return err
	}
	base := model.Playbook{Currency: pb.Currency, PainCategories: pb.PainCategories, TalkingPoints: pb.TalkingPoints, Cues: pb.Cues}
	return st.Update(ctx, func(tx *sql.Tx) error { return data.ReplacePlaybook(ctx, tx, base) })
}

// sayWhenWaiting makes a command that writes say on stderr when it has to
// wait for another talktrack (an import, an export) to finish writing: it
// waits rather than fail, and the user sees why nothing happens yet.
func (a *app) sayWhenWaiting(st *data.Store) {
	st.OnWait(func() {
		fmt.Fprintf(a.stderr, "Waiting for another talktrack (an import?) to finish writing to %s…\n", st.Path())
	})
}

// dataFolderMode is the mode of talktrack's own data folder: the customer
// data in it is its owner's alone.
const dataFolderMode = 0o700

// makeDataFolder creates talktrack's data folder, readable by its owner
// alone whatever the umask.
func makeDataFolder(dir string) error {
	if err := os.MkdirAll(dir, dataFolderMode); err != nil {
		return err
	}
	return os.Chmod(dir, dataFolderMode)
}
