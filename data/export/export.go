package export

import (
	"context"
	"database/sql"
	"io"
	"time"

	"talktrack/model"
)

// Options choose what an export contains and how it is written.
type Options struct {
	// Format is what the export is for.
	Format Format
	// Since keeps calls started at or after it; zero keeps all.
	Since time.Time
	// All includes calls already exported in Format.
	All bool
	// Location is the rep's time zone, for dates; nil means UTC.
	Location *time.Location
	// Now stamps the calls as exported; zero means the current time.
	Now time.Time
}

// Result says what an export did.
type Result struct {
	// Calls is how many calls were written. When it is 0 the output holds
	// the format's empty form (the CSV header alone, or "[]"), so that a
	// script uploading the file after each export never uploads an earlier
	// export's calls again.
	Calls int
	// Warnings are things the rep should check before uploading, one
	// sentence each.
	Warnings []string
	// AlreadyExported counts, when no call was new and All was not set,
	// the calls left out because they were exported before, so the rep
	// can tell "all done" from "nothing logged".
	AlreadyExported int
}

// Calls exports the calls opts selects to dest and marks them as exported
// in opts.Format. Choosing the calls, writing them and marking them happen
// inside one write transaction, so two exports running at once never both
// take the same call: the second one starts after the first has marked
// its calls. When writing fails nothing is marked; when no call is
// selected the output holds the header alone (see Result.Calls).
func Calls(ctx context.Context, st Store, opts Options, dest Destination) (Result, error) {
	if _, err := ParseFormat(string(opts.Format)); err != nil {
		return Result{}, err
	}
	now := opts.Now
	if now.IsZero() {
		now = time.Now()
	}
	q := query{format: opts.Format, since: opts.Since, all: opts.All}
	var res Result
	written := false
	err := st.Update(ctx, func(tx *sql.Tx) error {
		res = Result{}
		calls, err := loadCalls(ctx, tx, q)
		if err != nil {
			return err
		}
		if len(calls) == 0 && !opts.All {
			if res.AlreadyExported, err = countExported(ctx, tx, q); err != nil {
				return err
			}
		}
		// The marks are written first, in the transaction, so that once
		// the file is in place only the commit is left: a crash then
		// cannot leave a complete file whose calls are still unmarked
		// for the seconds marking a large export takes.
		if len(calls) > 0 {
			if err := markExported(ctx, tx, opts.Format, callIDs(calls), now); err != nil {
				return err
			}
		}
		if err := dest.write(func(w io.Writer) error {
			return Write(w, opts.Format, calls, opts.Location)
		}); err != nil {
			return err
		}
		written = true
		res.Calls = len(calls)
		res.Warnings = warnings(opts.Format, calls)
		return nil
	})
	if err != nil && written {
		// The output is complete; say so, so the rep neither loses it nor
		// is surprised when the next export repeats these calls.
		return Result{}, model.Errorf(model.EINTERNAL,
			"the export to %s is complete, but the calls could not be marked as exported (%v): the next export will include them again", dest, err)
	}
	if err != nil {
		return Result{}, err
	}
	return res, nil
}
