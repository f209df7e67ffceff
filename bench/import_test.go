package bench

import (
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"talktrack/assets"
	"talktrack/data"
	"talktrack/data/importer"
)

// csvFiles are the book's accounts and holdings exported once per run.
var csvFiles struct {
	once               sync.Once
	dir                string
	accounts, holdings string
	nAccounts          int
	nHoldings          int
	err                error
}

// bookCSV exports the large book's accounts and holdings to CSV files in a
// temporary folder, the first time it is asked.
func bookCSV(b *testing.B, st *data.Store) {
	b.Helper()
	csvFiles.once.Do(func() {
		ctx := context.Background()
		dir, err := os.MkdirTemp("", "talktrack-bench-csv-")
		if err != nil {
			csvFiles.err = err
			return
		}
		csvFiles.dir = dir
		csvFiles.accounts = filepath.Join(dir, "accounts.csv")
		csvFiles.holdings = filepath.Join(dir, "holdings.csv")
		if csvFiles.nAccounts, err = exportCSV(ctx, st, csvFiles.accounts, accountsCSVQuery, accountsCSVHeader); err != nil {
			csvFiles.err = err
			return
		}
		csvFiles.nHoldings, csvFiles.err = exportCSV(ctx, st, csvFiles.holdings, holdingsCSVQuery, holdingsCSVHeader)
	})
	if csvFiles.err != nil {
		b.Fatal(csvFiles.err)
	}
	b.Cleanup(func() { _ = os.RemoveAll(csvFiles.dir) })
}

// importBook imports the playbook, then the accounts and holdings files,
// into a new database at path, as a new user would with `talktrack
// import`. It returns how long each of the two CSV imports took.
func importBook(ctx context.Context, path, accountsCSV, holdingsCSV string) (accounts, holdings time.Duration, err error) {
	st, err := data.Create(path)
	if err != nil {
		return 0, 0, err
	}
	defer st.Close()
	if _, err := importer.Import(ctx, st, importer.KindPlaybook, "playbook.yaml", assets.Playbook, importer.Options{}); err != nil {
		return 0, 0, err
	}
	start := time.Now()
	if err := importFile(ctx, st, importer.KindAccounts, accountsCSV); err != nil {
		return 0, 0, err
	}
	accounts = time.Since(start)
	start = time.Now()
	if err := importFile(ctx, st, importer.KindHoldings, holdingsCSV); err != nil {
		return 0, 0, err
	}
	return accounts, time.Since(start), nil
}

// BenchmarkImport times importing 100k accounts and then their ~1M
// holdings from CSV into a new database (file reading, parsing, checking,
// writing and the peer statistics). One run takes tens of seconds, so the
// benchmark usually runs once; accounts-s and holdings-s split the time.
func BenchmarkImport(b *testing.B) {
	st := bigStore(b)
	bookCSV(b, st)
	ctx := context.Background()
	var accounts, holdings time.Duration
	b.ResetTimer()
	for i := range b.N {
		b.StopTimer()
		path := filepath.Join(b.TempDir(), "import-"+itoa(i)+".db")
		b.StartTimer()
		a, h, err := importBook(ctx, path, csvFiles.accounts, csvFiles.holdings)
		if err != nil {
			b.Fatal(err)
		}
		accounts += a
		holdings += h
	}
	b.ReportMetric(accounts.Seconds()/float64(b.N), "accounts-s")
	b.ReportMetric(holdings.Seconds()/float64(b.N), "holdings-s")
	b.ReportMetric(float64(csvFiles.nAccounts), "accounts")
	b.ReportMetric(float64(csvFiles.nHoldings), "holdings")
}

// importFile reads a file and imports it, as `talktrack import` does.
func importFile(ctx context.Context, st *data.Store, kind importer.Kind, path string) error {
	content, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	_, err = importer.Import(ctx, st, kind, filepath.Base(path), content, importer.Options{})
	return err
}
