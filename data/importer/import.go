package importer

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"time"

	"talktrack/data"
)

// Options tune one import.
type Options struct {
	// Encoding names the file's text encoding when it is not UTF-8, for
	// example "windows-1252"; empty means UTF-8.
	Encoding string
	// Maps are --map COLUMN=FIELD overrides; FIELD "-" ignores a column.
	Maps []string
	// DryRun checks everything and computes the summary, writing nothing.
	DryRun bool
	// Now is the clock, used where the file gives no date (a stage's start
	// when a file changes it). Zero means time.Now.
	Now time.Time
	// Progress receives a line every 100,000 rows and at each phase of a
	// large import; nil for silence.
	Progress io.Writer
}

// Store is what an import needs of the database.
type Store interface {
	// Update runs fn in one write transaction, rolled back when fn fails.
	Update(ctx context.Context, fn func(tx *sql.Tx) error) error
}

var _ Store = (*data.Store)(nil)

// kindImporter is one kind of file: how its rows are parsed, then compared
// with the database (plan), then written (apply).
type kindImporter interface {
	schema() *schema
	// check fails when a column the kind cannot do without is missing,
	// and notes what else the file lacks (a tier or stage column).
	check(file string, b *binding) error
	// parse reads one row; problems go to r, skips to the summary.
	parse(r *row, sum *Summary)
	// plan compares the parsed rows with the database, counting what
	// would change; problems found here (such as a name that fits several
	// accounts) go to p.
	plan(ctx context.Context, tx *sql.Tx, env *env) error
	// apply writes what plan decided.
	apply(ctx context.Context, tx *sql.Tx, env *env) error
}

// preloader is a kind whose plan starts from what the database holds
// (every account, holding or purchase): preload reads it, in the import's
// transaction, while the file is parsed on the other core, and plan uses
// it. Reading a book of a million holdings takes about a second, parsing
// a file of them a third of one: side by side, the parse costs nothing.
type preloader interface {
	preload(ctx context.Context, tx *sql.Tx) error
}

// env is what plan and apply share.
type env struct {
	sum *Summary
	p   *problems
	now time.Time
}

// newKind returns a fresh importer for a CSV kind.
func newKind(k Kind) kindImporter {
	switch k {
	case KindAccounts:
		return &accountsImport{}
	case KindContacts:
		return &contactsImport{}
	case KindProducts:
		return &productsImport{}
	case KindHoldings:
		return &holdingsImport{}
	case KindPurchases:
		return &purchasesImport{}
	case KindPains:
		return &painsImport{}
	}
	return nil
}

// Import imports content, the text of a file called name, as kind. The
// whole file is parsed and checked first; any row that cannot be
// understood fails the import with a *Problems listing every such row, and
// nothing is written. Otherwise every change is written in one transaction
// together with the peer statistics it affects. Importing the same file
// twice changes nothing the second time; calls, notes and drafts are never
// touched.
func Import(ctx context.Context, st Store, kind Kind, name string, content []byte, opts Options) (*Summary, error) {
	if opts.Now.IsZero() {
		opts.Now = time.Now()
	}
	if kind == KindPlaybook {
		return importPlaybook(ctx, st, name, content, opts)
	}
	k := newKind(kind)
	if k == nil {
		_, err := ParseKind(string(kind))
		return nil, err
	}
	if err := CheckLimits(name, bytes.NewReader(content)); err != nil {
		return nil, err
	}
	t, err := openTable(name, content, opts.Encoding)
	if err != nil {
		return nil, err
	}
	b, err := bind(name, k.schema(), t.header, opts.Maps)
	if err != nil {
		return nil, err
	}
	if err := k.check(name, b); err != nil {
		return nil, err
	}
	sum := &Summary{Kind: kind, File: name, DryRun: opts.DryRun, Encoding: t.encoding,
		Delimiter: delimiterName(t.delimiter), Columns: b.used, Ignored: b.ignored}
	p := &problems{file: name}
	rd := newRowReader(t, b, p, opts.Progress)
	parse := func() error {
		if err := rd.each(ctx, func(r *row) { k.parse(r, sum) }); err != nil {
			return err
		}
		sum.Rows = rd.rows
		return p.err()
	}
	pre, preloads := k.(preloader)
	if !preloads {
		// Nothing to read first: the file is checked before the database
		// is even locked.
		if err := parse(); err != nil {
			return nil, err
		}
	}
	e := &env{sum: sum, p: p, now: opts.Now}
	phase := func(what string) {
		if opts.Progress != nil && rd.rows >= progressEvery {
			fmt.Fprintf(opts.Progress, "%s…\n", what)
		}
	}
	err = st.Update(ctx, func(tx *sql.Tx) error {
		if preloads {
			// Parsing touches only the rows, the summary and the problems;
			// preload only the kind's copy of the database. Any problem
			// in the file still ends the import before anything is written.
			parsed := make(chan error, 1)
			go func() { parsed <- parse() }()
			err := pre.preload(ctx, tx)
			if perr := <-parsed; perr != nil {
				return perr
			}
			if err != nil {
				return err
			}
		}
		phase("comparing with the database")
		if err := k.plan(ctx, tx, e); err != nil {
			return err
		}
		if err := p.err(); err != nil {
			return err
		}
		if opts.DryRun {
			return errDryRun
		}
		if !sum.Changed() {
			// Rolling back an untouched transaction writes nothing at all.
			return errUnchanged
		}
		phase("writing")
		return withBigCache(ctx, tx, func() error { return k.apply(ctx, tx, e) })
	})
	if errors.Is(err, errDryRun) || errors.Is(err, errUnchanged) {
		err = nil
	}
	if err != nil {
		return nil, err
	}
	return sum, nil
}

// Sentinels that roll back a transaction that must not write: a dry run,
// and an import that changes nothing (so the file is not even touched).
var (
	errDryRun    = errors.New("dry run")
	errUnchanged = errors.New("nothing to change")
)
