package data

import (
	"context"
	"database/sql"
	"strings"
)

// bulkRows is how many rows one multi-row INSERT carries. Binding a few
// hundred rows per statement instead of one cuts the per-statement cost of
// database/sql and the driver, which dominates a seed of a million rows.
const bulkRows = 200

// bulkInsert writes many rows into one table with multi-row INSERTs.
type bulkInsert struct {
	ctx   context.Context
	tx    *sql.Tx
	head  string // INSERT INTO t (a, b) VALUES
	tuple string // (?, ?)
	full  *sql.Stmt
	args  []any
	rows  int
	what  string
}

// newBulkInsert prepares inserts into table's columns; what names the rows
// in errors.
func newBulkInsert(ctx context.Context, tx *sql.Tx, what, table string, columns ...string) (*bulkInsert, error) {
	b := &bulkInsert{
		ctx:   ctx,
		tx:    tx,
		head:  "INSERT INTO " + table + " (" + strings.Join(columns, ", ") + ") VALUES ",
		tuple: "(" + strings.TrimSuffix(strings.Repeat("?, ", len(columns)), ", ") + ")",
		what:  what,
	}
	full, err := tx.PrepareContext(ctx, b.statement(bulkRows))
	if err != nil {
		return nil, internalf(err, "prepare %s", what)
	}
	b.full = full
	b.args = make([]any, 0, bulkRows*len(columns))
	return b, nil
}

func (b *bulkInsert) statement(rows int) string {
	var s strings.Builder
	s.WriteString(b.head)
	for i := range rows {
		if i > 0 {
			s.WriteString(", ")
		}
		s.WriteString(b.tuple)
	}
	return s.String()
}

// add queues one row, writing a full batch when there is one.
func (b *bulkInsert) add(values ...any) error {
	b.args = append(b.args, values...)
	b.rows++
	if b.rows < bulkRows {
		return nil
	}
	_, err := b.full.ExecContext(b.ctx, b.args...)
	b.args, b.rows = b.args[:0], 0
	return internalf(err, "store %s", b.what)
}

// close writes the queued rows and releases the statement.
func (b *bulkInsert) close() error {
	defer b.full.Close()
	if b.rows == 0 {
		return nil
	}
	_, err := b.tx.ExecContext(b.ctx, b.statement(b.rows), b.args...)
	b.args, b.rows = b.args[:0], 0
	return internalf(err, "store %s", b.what)
}
