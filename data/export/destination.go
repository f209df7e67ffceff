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
func ToFile(path string) Destination { return fileDest{path: path} }

type fileDest struct{ path string }

func (d fileDest) String() string { return d.path }

func (d fileDest) write(fn func(io.Writer) error) (err error) {
	dir := filepath.Dir(d.path)
	if info, statErr := os.Stat(dir); errors.Is(statErr, fs.ErrNotExist) {
		return model.Errorf(model.EINVALID, "cannot write %s: the folder %s does not exist", d.path, dir)
	} else if statErr == nil && !info.IsDir() {
		return model.Errorf(model.EINVALID, "cannot write %s: %s is not a folder", d.path, dir)
	}
	if info, statErr := os.Stat(d.path); statErr == nil && info.IsDir() {
		return model.Errorf(model.EINVALID, "cannot write %s: it is a folder; pass a file name to --out", d.path)
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
	// CreateTemp makes the file private; an export is an ordinary document.
	if err := tmp.Chmod(0o644); err != nil {
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
