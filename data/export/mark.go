package export

import (
	"context"
	"database/sql"
	"encoding/json"
	"time"
)

// Store is what an export needs from the database; *data.Store has it.
type Store interface {
	// Update runs fn in one write transaction, begun IMMEDIATE: no other
	// writer (another export, a log, an import) runs until it ends.
	Update(ctx context.Context, fn func(tx *sql.Tx) error) error
}

// markExported records, in tx, that calls were exported in format f at
// now. A call exported again (--all) gets the new time. calls.exported_at
// keeps the first export in any format, as the schema describes it.
func markExported(ctx context.Context, tx *sql.Tx, f Format, ids []int64, now time.Time) error {
	idsJSON, err := json.Marshal(ids)
	if err != nil {
		return err
	}
	stamp := now.UTC().Format(time.RFC3339)
	// "WHERE true" is SQLite's documented way to tell an upsert after a
	// SELECT from a join's ON clause.
	if _, err := tx.ExecContext(ctx, `
INSERT INTO call_exports (call_id, format, exported_at)
SELECT value, ?, ? FROM json_each(?) WHERE true
    ON CONFLICT (call_id, format) DO UPDATE SET exported_at = excluded.exported_at`,
		string(f), stamp, string(idsJSON)); err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx, `
UPDATE calls SET exported_at = ?
 WHERE exported_at = '' AND id IN (SELECT value FROM json_each(?))`, stamp, string(idsJSON))
	return err
}
