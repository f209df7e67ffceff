package importer

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
)

// rowsPerInsert is how many rows one INSERT statement carries. One
// statement per row spends most of its time crossing database/sql and the
// driver; a hundred per statement spends it in SQLite.
const rowsPerInsert = 100

// bulkInsert inserts rows into one table, rowsPerInsert at a time.
type bulkInsert struct {
	ctx    context.Context
	tx     *sql.Tx
	prefix string // INSERT INTO t (a, b) VALUES
	cols   int
	full   *sql.Stmt
	args   []any
}

func newBulkInsert(ctx context.Context, tx *sql.Tx, table string, cols ...string) (*bulkInsert, error) {
	b := &bulkInsert{ctx: ctx, tx: tx, cols: len(cols),
		prefix: "INSERT INTO " + table + " (" + strings.Join(cols, ", ") + ") VALUES "}
	stmt, err := tx.PrepareContext(ctx, b.query(rowsPerInsert))
	if err != nil {
		return nil, fmt.Errorf("prepare %s insert: %w", table, err)
	}
	b.full = stmt
	b.args = make([]any, 0, rowsPerInsert*len(cols))
	return b, nil
}

func (b *bulkInsert) query(rows int) string {
	one := "(" + strings.TrimSuffix(strings.Repeat("?, ", b.cols), ", ") + ")"
	return b.prefix + strings.TrimSuffix(strings.Repeat(one+", ", rows), ", ")
}

// add queues one row, its values in column order.
func (b *bulkInsert) add(vals ...any) error {
	b.args = append(b.args, vals...)
	if len(b.args) < cap(b.args) {
		return nil
	}
	_, err := b.full.ExecContext(b.ctx, b.args...)
	b.args = b.args[:0]
	return err
}

// flush inserts the queued rows and releases the statement.
func (b *bulkInsert) flush() error {
	defer b.full.Close()
	if len(b.args) == 0 {
		return nil
	}
	_, err := b.tx.ExecContext(b.ctx, b.query(len(b.args)/b.cols), b.args...)
	b.args = b.args[:0]
	return err
}

// bulkThreshold is the number of new rows from which a table is loaded
// without its secondary indexes.
const bulkThreshold = 10_000

// withoutIndexes runs load with table's secondary indexes dropped and then
// builds them again from their own stored definitions, when load adds at
// least bulkThreshold rows and more than the table holds: building an
// index once from sorted rows is several times faster than updating it row
// by row. All of it happens inside the import's transaction, so a failure
// leaves the indexes as they were.
func withoutIndexes(ctx context.Context, tx *sql.Tx, table string, adding int, load func() error) error {
	var stored int
	if adding >= bulkThreshold {
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM `+table).Scan(&stored); err != nil {
			return fmt.Errorf("count %s: %w", table, err)
		}
	}
	if adding < bulkThreshold || adding <= stored {
		return load()
	}
	rows, err := tx.QueryContext(ctx, `SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL`, table)
	if err != nil {
		return fmt.Errorf("list the indexes of %s: %w", table, err)
	}
	var names, defs []string
	for rows.Next() {
		var name, def string
		if err := rows.Scan(&name, &def); err != nil {
			rows.Close()
			return fmt.Errorf("list the indexes of %s: %w", table, err)
		}
		names, defs = append(names, name), append(defs, def)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("list the indexes of %s: %w", table, err)
	}
	for _, name := range names {
		if _, err := tx.ExecContext(ctx, `DROP INDEX "`+strings.ReplaceAll(name, `"`, `""`)+`"`); err != nil {
			return fmt.Errorf("drop index %s: %w", name, err)
		}
	}
	if err := load(); err != nil {
		return err
	}
	return rebuildIndexes(ctx, tx, names, defs)
}

// While an index is built, SQLite sorts its keys. Given helper threads
// (PRAGMA threads) and a small page cache when the build starts (the cache
// sets the size of each sorted run; SQLite's floor is 250 pages), it sorts
// runs of about a mebibyte on the helpers while it goes on reading the
// table, then merges them, instead of one long sort in memory on one core
// that misses the CPU cache. On 2 cores that rebuilt the million keys of
// the holdings index in about 0.45 s instead of 0.8 s, and the accounts'
// twelve indexes of 100k keys in 0.8-0.9 s instead of 1.0-1.2 s; more
// threads than cores made it slower.
const (
	sortThreads  = 2
	sortCacheKiB = 1024
)

// rebuildIndexes runs the index definitions defs, named names, sorting
// their keys as above, and leaves the connection's threads and page cache
// as they were.
func rebuildIndexes(ctx context.Context, tx *sql.Tx, names, defs []string) (err error) {
	var threads, cache int
	for _, p := range []struct {
		name string
		v    *int
	}{{"threads", &threads}, {"cache_size", &cache}} {
		if err := tx.QueryRowContext(ctx, `PRAGMA `+p.name).Scan(p.v); err != nil {
			return fmt.Errorf("read %s: %w", p.name, err)
		}
	}
	pragma := func(name string, v int) {
		if _, perr := tx.ExecContext(ctx, fmt.Sprintf(`PRAGMA %s = %d`, name, v)); perr != nil && err == nil {
			err = fmt.Errorf("set %s: %w", name, perr)
		}
	}
	pragma("threads", sortThreads)
	defer pragma("threads", threads)
	for i, def := range defs {
		pragma("cache_size", -sortCacheKiB)
		_, xerr := tx.ExecContext(ctx, def)
		pragma("cache_size", cache)
		if xerr != nil {
			return fmt.Errorf("rebuild index %s: %w", names[i], xerr)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// bulkCacheKiB is the page cache an import's connection gets while it
// writes: large loads touch far more pages than SQLite's default 2 MiB
// keeps, and re-reading them costs a system call each.
const bulkCacheKiB = 64 << 10

// withBigCache raises the connection's page cache for fn and restores it.
func withBigCache(ctx context.Context, tx *sql.Tx, fn func() error) error {
	var was int
	if err := tx.QueryRowContext(ctx, `PRAGMA cache_size`).Scan(&was); err != nil {
		return fmt.Errorf("read the cache size: %w", err)
	}
	if _, err := tx.ExecContext(ctx, fmt.Sprintf(`PRAGMA cache_size = -%d`, bulkCacheKiB)); err != nil {
		return fmt.Errorf("set the cache size: %w", err)
	}
	err := fn()
	if _, rerr := tx.ExecContext(ctx, fmt.Sprintf(`PRAGMA cache_size = %d`, was)); rerr != nil && err == nil {
		err = fmt.Errorf("restore the cache size: %w", rerr)
	}
	return err
}
