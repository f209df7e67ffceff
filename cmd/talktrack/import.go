package main

import (
	"errors"
	"io"
	"os"

	"github.com/spf13/cobra"

	"talktrack/data"
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
			content, err := os.ReadFile(file)
			if err != nil {
				return errorf("cannot read %s: %v", file, pathReason(err))
			}
			st, cleanup, err := a.openForImport(cmd, opts.DryRun)
			if err != nil {
				return err
			}
			a.sayWhenWaiting(st)
			if isTerminal(a.stderr) || len(content) >= bigImport {
				opts.Progress = a.stderr
			}
			opts.Now = a.now()
			sum, err := importer.Import(cmd.Context(), st, kind, file, content, opts)
			cleanup(err == nil)
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
				return sum.WriteJSON(a.stdout)
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

// openForImport opens the database, creating an empty one (no demo data)
// when the file does not exist yet. cleanup closes it, and removes a file
// it created if the import failed, so a failed first import leaves nothing
// behind. A dry run against a database that does not exist yet checks the
// file against an empty database in a temporary folder.
func (a *app) openForImport(cmd *cobra.Command, dryRun bool) (*data.Store, func(ok bool), error) {
	path, _, err := a.dbPath()
	if err != nil {
		return nil, nil, err
	}
	_, statErr := os.Stat(path)
	exists := statErr == nil
	if !exists && dryRun {
		dir, err := os.MkdirTemp("", "talktrack-dry-run-")
		if err != nil {
			return nil, nil, errorf("cannot make a temporary database for the dry run: %v", err)
		}
		st, err := data.Create(dir + string(os.PathSeparator) + "dry-run.db")
		if err != nil {
			os.RemoveAll(dir)
			return nil, nil, err
		}
		return st, func(bool) { st.Close(); os.RemoveAll(dir) }, nil
	}
	st, err := a.openOrCreate(cmd.Context())
	if err != nil {
		return nil, nil, err
	}
	return st, func(ok bool) {
		st.Close()
		if !ok && !exists {
			removeDB(path)
		}
	}, nil
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
