package export

import (
	"context"
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
	// Calls is how many calls were written; 0 means nothing was written
	// (no file created, nothing on standard output).
	Calls int
	// Warnings are things the rep should check before uploading, one
	// sentence each.
	Warnings []string
	// AlreadyExported counts, when nothing was written and All was not
	// set, the calls left out because they were exported before, so the
	// rep can tell "all done" from "nothing logged".
	AlreadyExported int
}

// Calls exports the calls opts selects to dest and then marks them as
// exported in opts.Format, in one transaction. When no call is selected it
// writes nothing, so an earlier export file is never replaced by an empty
// one. When writing fails nothing is marked.
func Calls(ctx context.Context, st Store, opts Options, dest Destination) (Result, error) {
	if _, err := ParseFormat(string(opts.Format)); err != nil {
		return Result{}, err
	}
	q := query{format: opts.Format, since: opts.Since, all: opts.All}
	calls, err := loadCalls(ctx, st.DB(), q)
	if err != nil {
		return Result{}, err
	}
	if len(calls) == 0 {
		if opts.All {
			return Result{}, nil
		}
		n, err := countExported(ctx, st.DB(), q)
		return Result{AlreadyExported: n}, err
	}
	if err := dest.write(func(w io.Writer) error {
		return Write(w, opts.Format, calls, opts.Location)
	}); err != nil {
		return Result{}, err
	}
	now := opts.Now
	if now.IsZero() {
		now = time.Now()
	}
	if err := markExported(ctx, st, opts.Format, callIDs(calls), now); err != nil {
		// The output is complete; say so, so the rep neither loses it nor
		// is surprised when the next export repeats these calls.
		return Result{}, model.Errorf(model.EINTERNAL,
			"the export to %s is complete, but the calls could not be marked as exported (%v): the next export will include them again", dest, err)
	}
	return Result{Calls: len(calls), Warnings: warnings(opts.Format, calls)}, nil
}
