package data

import (
	"context"
	"database/sql"
	"errors"
)

// execer is what both *sql.DB and *sql.Tx offer for writing.
type execer interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
}

// Meta returns the value stored under key, "" when there is none.
func (s *Store) Meta(ctx context.Context, key string) (string, error) {
	v, err := metaOrEmpty(ctx, s.db, key)
	return v, mapError(s.path, err)
}

// SetMeta stores value under key, replacing what was there.
func (s *Store) SetMeta(ctx context.Context, key, value string) error {
	return mapError(s.path, setMeta(ctx, s.db, key, value))
}

// IsDemo reports whether the database holds generated demo data. A database
// that cannot be read is not reported as demo data.
func (s *Store) IsDemo(ctx context.Context) bool {
	v, err := s.Meta(ctx, MetaDemo)
	return err == nil && v == "1"
}

// SetMetaTx stores value under key inside a transaction, for writers that
// mark what they did together with doing it.
func SetMetaTx(ctx context.Context, tx *sql.Tx, key, value string) error {
	return setMeta(ctx, tx, key, value)
}

func setMeta(ctx context.Context, e execer, key, value string) error {
	_, err := e.ExecContext(ctx, `INSERT INTO meta (key, value) VALUES (?, ?)
		ON CONFLICT (key) DO UPDATE SET value = excluded.value`, key, value)
	return err
}

// metaOrEmpty reads a meta value, "" when the key is absent.
func metaOrEmpty(ctx context.Context, q queryer, key string) (string, error) {
	v, err := metaValue(ctx, q, key)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	return v, err
}

// bumpVersion counts one more change of what key versions.
func bumpVersion(ctx context.Context, e execer, key string) error {
	_, err := e.ExecContext(ctx, `INSERT INTO meta (key, value) VALUES (?, '1')
		ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1`, key)
	return err
}
