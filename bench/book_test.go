package bench

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"talktrack/assets"
	"talktrack/data"
	"talktrack/data/demo"
)

// bookAccounts is the size of the book the goals are set for; the demo
// generator gives each account about ten holdings.
const bookAccounts = 100_000

// bookSeed picks the generated book; `talktrack demo` uses the same.
const bookSeed = 1

// book is the large database shared by every benchmark of a run.
var book struct {
	once sync.Once
	path string
	// dir is the temporary folder to remove after the run; empty when the
	// database is $TALKTRACK_BENCH_DB, which is kept for the next run.
	dir string
	err error
}

// bigStore opens the 100k-account book, generating it on first use. Each
// benchmark gets its own store, closed when it ends.
func bigStore(b *testing.B) *data.Store {
	b.Helper()
	book.once.Do(buildBook)
	if book.err != nil {
		b.Fatal(book.err)
	}
	st, err := data.Open(book.path)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { _ = st.Close() })
	return st
}

// buildBook finds or writes the shared book.
func buildBook() {
	path := os.Getenv("TALKTRACK_BENCH_DB")
	if path == "" {
		dir, err := os.MkdirTemp("", "talktrack-bench-")
		if err != nil {
			book.err = err
			return
		}
		book.dir = dir
		path = filepath.Join(dir, "book.db")
	} else if _, err := os.Stat(path); err == nil {
		book.path = path
		return
	}
	start := time.Now()
	if err := writeBook(context.Background(), path, bookAccounts); err != nil {
		book.err = fmt.Errorf("generate the benchmark book at %s: %w", path, err)
		return
	}
	book.path = path
	fmt.Fprintf(os.Stderr, "generated %d accounts into %s in %v\n", bookAccounts, path, time.Since(start).Round(time.Millisecond))
}

// writeBook generates a demo book of n accounts from the embedded playbook
// and stores it in a new database at path, as `talktrack demo` does.
func writeBook(ctx context.Context, path string, n int) error {
	pb, err := data.ParsePlaybook(assets.Playbook)
	if err != nil {
		return err
	}
	st, err := data.Create(path)
	if err != nil {
		return err
	}
	ds := demo.Generate(pb, demo.Options{Seed: bookSeed, Accounts: n, Now: time.Now()})
	if err := st.InsertDataset(ctx, ds); err != nil {
		_ = st.Close()
		return err
	}
	return st.Close()
}

func TestMain(m *testing.M) {
	code := m.Run()
	if book.dir != "" {
		_ = os.RemoveAll(book.dir)
	}
	os.Exit(code)
}
