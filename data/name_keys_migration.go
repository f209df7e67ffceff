package data

import (
	"context"
	"database/sql"

	"talktrack/model"
)

// refoldNameKeys writes the name keys of the accounts and products already
// stored again with model.NameKey, after it learned to fold accents.
func refoldNameKeys(ctx context.Context, tx *sql.Tx) error {
	for _, table := range []string{"accounts", "products"} {
		rows, err := tx.QueryContext(ctx, `SELECT id, name, name_key FROM `+table)
		if err != nil {
			return err
		}
		type change struct{ id, key string }
		var changes []change
		for rows.Next() {
			var id, name, key string
			if err := rows.Scan(&id, &name, &key); err != nil {
				rows.Close()
				return err
			}
			if k := model.NameKey(name); k != key {
				changes = append(changes, change{id, k})
			}
		}
		if err := rows.Close(); err != nil {
			return err
		}
		if err := rows.Err(); err != nil {
			return err
		}
		for _, c := range changes {
			if _, err := tx.ExecContext(ctx, `UPDATE `+table+` SET name_key = ? WHERE id = ?`, c.key, c.id); err != nil {
				return err
			}
		}
	}
	return nil
}
