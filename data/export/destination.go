package export

import (
	"bufio"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"talktrack/model"
)

// Destination is where an export is written. Its write reports success
// only once every byte has reached it, which is when calls may be marked.
type Destination interface {
	// write runs fn with a writer and finishes the output.
	write(fn func(w io.Writer) error) error
	// String names the destination for messages.
	String() string
}

// ToWriter writes to w (standard output) through a buffer that is flushed
// before the export counts as written.
func ToWriter(w io.Writer) Destination { return writerDest{w: w} }

type writerDest struct{ w io.Writer }

func (d writerDest) String() string { return "standard output" }

func (d writerDest) write(fn func(io.Writer) error) error {
	bw := bufio.NewWriter(d.w)
	if err := fn(bw); err != nil {
		return model.Errorf(model.EINTERNAL, "cannot write the export to standard output: %v", err)
	}
	if err := bw.Flush(); err != nil {
		return model.Errorf(model.EINTERNAL, "cannot write the export to standard output: %v", err)
	}
	return nil
}

// ToFile writes to path atomically: into a temporary file in the same
// folder, synced and renamed over path only when complete, so a crash or a
// full disk never leaves a half-written export where an upload would find it.
// The file is private to its owner (0600), as the customer data in it is.
//
// ToFile never replaces what is not an earlier export: it refuses a path
// that exists and is not a regular file (a folder, a symbolic link, a named
// pipe, a device), and any of the protected files, which are databases:
// the file itself and its -wal, -shm and -journal companions, by name or
// as another link to the same file.
func ToFile(path string, protected ...string) Destination {
	return fileDest{path: path, protected: protected}
}

type fileDest struct {
	path      string
	protected []string
}

func (d fileDest) String() string { return d.path }

func (d fileDest) write(fn func(io.Writer) error) (err error) {
	dir := filepath.Dir(d.path)
	if info, statErr := os.Stat(dir); errors.Is(statErr, fs.ErrNotExist) {
		return model.Errorf(model.EINVALID, "cannot write %s: the folder %s does not exist", d.path, dir)
	} else if statErr == nil && !info.IsDir() {
		return model.Errorf(model.EINVALID, "cannot write %s: %s is not a folder", d.path, dir)
	}
	if err := d.check(); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(d.path)+".*.tmp")
	if err != nil {
		return d.failed(err)
	}
	defer func() {
		if err != nil {
			_ = tmp.Close()
			_ = os.Remove(tmp.Name())
		}
	}()
	bw := bufio.NewWriter(tmp)
	if err := fn(bw); err != nil {
		return d.failed(err)
	}
	if err := bw.Flush(); err != nil {
		return d.failed(err)
	}
	// CreateTemp makes the file private already; say so whatever the
	// platform's default.
	if err := tmp.Chmod(0o600); err != nil {
		return d.failed(err)
	}
	if err := tmp.Sync(); err != nil {
		return d.failed(err)
	}
	if err := tmp.Close(); err != nil {
		return d.failed(err)
	}
	if err := os.Rename(tmp.Name(), d.path); err != nil {
		return d.failed(err)
	}
	return nil
}

// failed turns an I/O error into one sentence naming the file.
func (d fileDest) failed(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return model.Errorf(model.EINVALID, "cannot write %s: %v", d.path, err)
}

// check refuses a destination that is not a regular file, or that is one
// of the protected databases.
func (d fileDest) check() error {
	info, err := os.Lstat(d.path)
	if err == nil && !info.Mode().IsRegular() {
		return model.Errorf(model.EINVALID, "cannot write %s: it is %s, not a regular file; pass the name of a new or ordinary file to --out", d.path, kindOf(info.Mode()))
	}
	var dbs []string
	for _, db := range d.protected {
		dbs = append(dbs, db)
		// SQLite keeps a linked database's -wal and -shm beside the file
		// the link points to.
		if real, err := filepath.EvalSymlinks(db); err == nil && canonical(real) != canonical(db) {
			dbs = append(dbs, real)
		}
	}
	for _, db := range dbs {
		for _, suffix := range []string{"", "-wal", "-shm", "-journal"} {
			if sameFile(d.path, info, db+suffix) {
				what := "the database " + db
				if suffix != "" {
					what = "the database's " + suffix[1:] + " file " + db + suffix
				}
				return model.Errorf(model.EINVALID, "cannot write %s: it is %s, which the export would destroy; pass another file to --out", d.path, what)
			}
		}
	}
	return nil
}

// sameFile reports whether path (with info from Lstat, nil when it does
// not exist) names the file other: the same path once both are absolute
// and their folders' symbolic links resolved, or the same file on disk.
func sameFile(path string, info fs.FileInfo, other string) bool {
	if canonical(path) == canonical(other) {
		return true
	}
	if info == nil {
		return false
	}
	oi, err := os.Stat(other)
	return err == nil && os.SameFile(info, oi)
}

// canonical is path made absolute, with its folder's symbolic links
// resolved when the folder exists.
func canonical(path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		return path
	}
	dir, base := filepath.Split(abs)
	if real, err := filepath.EvalSymlinks(dir); err == nil {
		return filepath.Join(real, base)
	}
	return abs
}

// kindOf names what a file that is not a regular file is, for messages.
func kindOf(m fs.FileMode) string {
	switch {
	case m&fs.ModeDir != 0:
		return "a folder"
	case m&fs.ModeSymlink != 0:
		return "a symbolic link"
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeDevice != 0:
		return "a device"
	}
	return "a special file"
}
