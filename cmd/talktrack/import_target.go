package main

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"talktrack/data"
)

// importTarget is the database an import writes into, and what to do with
// it afterwards.
type importTarget struct {
	st *data.Store
	// finish closes the store. For a database that did not exist yet it
	// puts the new file in place when ok, or removes it. It returns
	// errPathTaken when another talktrack created the database meanwhile.
	finish func(ok bool) error
}

// errPathTaken says that the database appeared while a first import was
// building it: the import is run again into that file.
var errPathTaken = errors.New("the database was created by another talktrack meanwhile")

// importTarget opens the database for an import. An existing file is
// opened as it is. A file that does not exist yet is built in a hidden
// temporary file beside it (see newDatabase). A dry run against a file
// that does not exist yet checks against an empty database in a temporary
// folder.
func (a *app) importTarget(ctx context.Context, dryRun bool) (*importTarget, error) {
	path, _, err := a.dbPath()
	if err != nil {
		return nil, err
	}
	if _, err := os.Stat(path); err == nil || !errors.Is(err, fs.ErrNotExist) {
		st, err := data.Open(path)
		if err != nil {
			return nil, err
		}
		// Open checks small files itself; an import into a large book
		// is worth a full read first: never write into a damaged file.
		if err := st.QuickCheck(ctx); err != nil {
			st.Close()
			return nil, err
		}
		return &importTarget{st: st, finish: func(bool) error { return st.Close() }}, nil
	}
	if err := danglingLink(path); err != nil {
		return nil, err
	}
	if dryRun {
		dir, err := os.MkdirTemp("", "talktrack-dry-run-")
		if err != nil {
			return nil, errorf("cannot make a temporary database for the dry run: %v", err)
		}
		st, err := data.Create(filepath.Join(dir, "dry-run.db"))
		if err != nil {
			os.RemoveAll(dir)
			return nil, err
		}
		return &importTarget{st: st, finish: func(bool) error { st.Close(); return os.RemoveAll(dir) }}, nil
	}
	return newDatabase(ctx, path)
}

// newDatabase builds a new database for path in a hidden temporary file in
// the same folder, with the default playbook. finish puts it in place only
// when the import succeeded, with a hard link that fails if path exists by
// then, so the database never appears half-imported or empty (an
// interrupted first import leaves nothing at path) and a failed import
// removes only the temporary file it created and alone used, never a
// database another talktrack created or is writing into.
func newDatabase(ctx context.Context, path string) (*importTarget, error) {
	dir := filepath.Dir(path)
	if !isDir(dir) {
		return nil, errorf("folder %s does not exist: create it or pass another --db", dir)
	}
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".import-*.tmp")
	if err != nil {
		return nil, errorf("cannot create the database %s: %v", path, pathReason(err))
	}
	tmp := f.Name()
	f.Close()
	os.Remove(tmp)
	st, err := data.Create(tmp)
	if err != nil {
		return nil, errorf("cannot create the database %s: %s", path, strings.TrimPrefix(err.Error(), tmp+" "))
	}
	if err := seedDefaults(ctx, st); err != nil {
		st.Close()
		removeDB(tmp)
		return nil, err
	}
	finish := func(ok bool) error {
		err := st.Close()
		if !ok || err != nil {
			removeDB(tmp)
			return err
		}
		defer removeDB(tmp)
		return publish(tmp, path)
	}
	return &importTarget{st: st, finish: finish}, nil
}

// publish gives the complete database at tmp the name path, unless path
// exists by now (errPathTaken). The caller removes tmp.
func publish(tmp, path string) error {
	data.RemoveOrphanedJournals(path)
	err := os.Link(tmp, path)
	if err == nil {
		return nil
	}
	if errors.Is(err, fs.ErrExist) {
		if err := danglingLink(path); err != nil {
			return err // a link to nowhere appeared: no database to import into
		}
		return errPathTaken
	}
	// A file system without hard links: rename, if path is still free.
	if _, err := os.Lstat(path); err == nil {
		return errPathTaken
	}
	if err := os.Rename(tmp, path); err != nil {
		return errorf("cannot put the new database in place at %s: %v", path, pathReason(err))
	}
	return nil
}

// danglingLink reports a database path that is a symbolic link to nothing
// (a drive or a synced folder not mounted): there is no database to open,
// and none can be put in its place.
func danglingLink(path string) error {
	fi, err := os.Lstat(path)
	if err != nil || fi.Mode()&fs.ModeSymlink == 0 {
		return nil
	}
	if _, err := os.Stat(path); !errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	target, _ := os.Readlink(path)
	return errorf("%s is a link to %s, which does not exist: connect the drive or folder it points to, or pass another --db", path, target)
}
