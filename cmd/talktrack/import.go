package main

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/spf13/cobra"

	"talktrack/data/importer"
)

// bigImport is the file size from which progress is shown even when
// stderr is not a terminal.
const bigImport = 8 << 20

// problemsShown caps the problem rows printed; the count is always given.
const problemsShown = 30

func newImportCmd(a *app) *cobra.Command {
	var opts importer.Options
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "import KIND FILE",
		Short: "Import a CSV export (accounts, contacts, products, holdings, purchases, pains) or the playbook",
		Long: `Import a CSV export from a CRM or a spreadsheet, or the playbook YAML file.

KIND is one of playbook, products, accounts, contacts, holdings, purchases,
pains; import the catalogue and the accounts before what refers to them.
Columns are recognised by name whatever their case, spaces, underscores and
punctuation; --map COLUMN=FIELD names a column's field (FIELD - ignores it).
Purchases are deal or order lines: won ones become holdings and history,
open and lost ones history only. The whole file is checked first: any row
that cannot be understood stops the import with a list of every such row,
and nothing is written. Importing the same file again changes nothing.

` + importer.StageRules + `
Columns recognised, per kind (FIELD: headers):
` + importer.ColumnHelp(),
		Example: `  talktrack import products products.csv
  talktrack import accounts accounts.csv --dry-run
  talktrack import purchases sales_pipeline.csv --json
  talktrack import accounts export.csv --map "Firma"=name --encoding windows-1252`,
		Args: cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			kind, err := importer.ParseKind(args[0])
			if err != nil {
				return err
			}
			file := args[1]
			content, err := readImportFile(kind, file)
			if err != nil {
				return err
			}
			if isTerminal(a.stderr) || len(content) >= bigImport {
				opts.Progress = a.stderr
			}
			opts.Now = a.now()
			// Ctrl+C or a TERM signal ends the import with nothing
			// written, and a new database is not left behind.
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			sum, err := a.importInto(ctx, kind, file, content, opts)
			var probs *importer.Problems
			if errors.As(err, &probs) {
				if asJSON {
					_ = writeJSON(a.stdout, probs)
				} else {
					probs.Report(a.stderr, problemsShown)
				}
			}
			if err != nil {
				return err
			}
			if asJSON {
				return sum.WriteJSON(jsonOut(a.stdout))
			}
			return sum.WriteText(a.stdout)
		},
	}
	cmd.Flags().BoolVar(&opts.DryRun, "dry-run", false, "check everything and print the summary without writing")
	cmd.Flags().StringArrayVar(&opts.Maps, "map", nil, "read column COLUMN as FIELD (repeatable); FIELD - ignores the column")
	cmd.Flags().StringVar(&opts.Encoding, "encoding", "", "text encoding of a file that is not UTF-8, e.g. windows-1252")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the summary (or the problems) as JSON")
	return cmd
}

// importInto runs one import into the database, and runs it again into
// the file another talktrack created meanwhile if this one was building a
// new database (see newDatabase).
func (a *app) importInto(ctx context.Context, kind importer.Kind, file string, content []byte, opts importer.Options) (*importer.Summary, error) {
	for {
		target, err := a.importTarget(ctx, opts.DryRun)
		if err != nil {
			return nil, err
		}
		a.sayWhenWaiting(target.st)
		sum, err := importer.Import(ctx, target.st, kind, file, content, opts)
		if ferr := target.finish(err == nil); err == nil {
			err = ferr
		}
		if errors.Is(err, errPathTaken) {
			continue
		}
		if err != nil && ctx.Err() != nil {
			return nil, errorf("the import of %s was interrupted; nothing was written", file)
		}
		return sum, err
	}
}

// maxPipedImportBytes bounds what an import reads from a pipe ("<(cat
// file)"), which cannot be measured before it is read.
const maxPipedImportBytes = 1 << 30

// readImportFile reads the file to import, opened once: a regular file's
// limits are checked on it as a stream first (see checkImportLimits), so a
// hostile file is refused before it is read into memory; a pipe can be
// read only once, so it is read (up to maxPipedImportBytes) and checked
// in memory.
func readImportFile(kind importer.Kind, file string) ([]byte, error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, errorf("cannot read %s: %v", file, pathReason(err))
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, errorf("cannot read %s: %v", file, pathReason(err))
	}
	if info.Mode().IsRegular() {
		if err := checkImportLimits(kind, file); err != nil {
			return nil, err
		}
		content, err := io.ReadAll(f)
		if err != nil {
			return nil, errorf("cannot read %s: %v", file, pathReason(err))
		}
		return content, nil
	}
	if info.IsDir() {
		return nil, errorf("%s is a folder: pass the file to import", file)
	}
	content, err := io.ReadAll(io.LimitReader(f, maxPipedImportBytes+1))
	if err != nil {
		return nil, errorf("cannot read %s: %v", file, pathReason(err))
	}
	if len(content) > maxPipedImportBytes {
		return nil, errorf("%s gave more than %d MiB: save it to a file and import that; nothing was written", file, maxPipedImportBytes>>20)
	}
	if kind == importer.KindPlaybook && len(content) > importer.MaxPlaybookBytes {
		return nil, errorf("%s is larger than %d MiB, the most a playbook may be; nothing was written", file, importer.MaxPlaybookBytes>>20)
	}
	if kind != importer.KindPlaybook {
		if err := importer.CheckLimits(file, bytes.NewReader(content)); err != nil {
			return nil, err
		}
	}
	return content, nil
}

// checkImportLimits refuses a file over the import limits without reading
// more than a row of it into memory: a playbook larger than
// importer.MaxPlaybookBytes, a CSV value or row over importer.MaxCellBytes
// or importer.MaxRowBytes.
func checkImportLimits(kind importer.Kind, file string) error {
	f, err := os.Open(file)
	if err != nil {
		return errorf("cannot read %s: %v", file, pathReason(err))
	}
	defer f.Close()
	if kind == importer.KindPlaybook {
		if info, err := f.Stat(); err == nil && info.Size() > importer.MaxPlaybookBytes {
			return errorf("%s is larger than %d MiB, the most a playbook may be; nothing was written", file, importer.MaxPlaybookBytes>>20)
		}
		return nil
	}
	return importer.CheckLimits(file, f)
}

// isTerminal reports whether w is a terminal, where progress lines help.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// pathReason drops the path an *os.PathError repeats.
func pathReason(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
