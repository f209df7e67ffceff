// Package data stores talktrack's book of business in one SQLite file
// (modernc.org/sqlite, pure Go). It implements model.Store, creates and
// upgrades the schema with embedded forward-only migrations, and refuses,
// without touching them, files that are not talktrack databases or that a
// newer talktrack wrote.
package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sync"

	"talktrack/model"
)

// Store is a talktrack database. It is safe for concurrent use.
type Store struct {
	db   *sql.DB
	path string

	// mu guards the catalog (the playbook indexed for recommendation), the
	// playbook version it was built from, and catalogGen, which
	// InvalidateCatalog bumps so that a load racing with it is not kept.
	mu             sync.Mutex
	catalog        *model.Catalog
	catalogVersion string
	catalogGen     int

	peers peerCache

	// recommendFn replaces model.Recommend when set (tests only).
	recommendFn func(model.BriefingInput) model.Briefing
	// walkPlan replaces the portfolio's choice of query plan when set
	// (tests only, to check that both plans give the same rows).
	walkPlan func(window, count int, size int64) bool
}

var _ model.Store = (*Store)(nil)

// Path is the database file the store reads and writes.
func (s *Store) Path() string { return s.path }

// DB is the underlying connection pool, for packages (import, export) that
// write their own SQL against the schema.
func (s *Store) DB() *sql.DB { return s.db }

// Close releases the database. Later calls fail.
func (s *Store) Close() error {
	if err := s.db.Close(); err != nil {
		return mapError(s.path, err)
	}
	return nil
}

// Update runs fn in one write transaction, begun IMMEDIATE so that it never
// fails half-way on a lock it could have waited for. The transaction is
// committed when fn returns nil and rolled back otherwise.
func (s *Store) Update(ctx context.Context, fn func(tx *sql.Tx) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return mapError(s.path, err)
	}
	if err := fn(tx); err != nil {
		_ = tx.Rollback()
		return mapError(s.path, err)
	}
	return mapError(s.path, tx.Commit())
}

// view runs fn in one read transaction: a consistent snapshot that does not
// hold the write lock (the driver begins read-only transactions DEFERRED), so
// autosaved drafts are never kept waiting by a screen loading.
func (s *Store) view(ctx context.Context, fn func(tx *sql.Tx) error) error {
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return mapError(s.path, err)
	}
	defer func() { _ = tx.Rollback() }()
	if err := fn(tx); err != nil {
		return mapError(s.path, err)
	}
	return nil
}

// queryer is what both *sql.DB and *sql.Tx offer for reading.
type queryer interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// internalf wraps an unexpected failure with what was being done.
func internalf(err error, format string, args ...any) error {
	if err == nil {
		return nil
	}
	var me *model.Error
	if errors.As(err, &me) {
		return err
	}
	return fmt.Errorf("%s: %w", fmt.Sprintf(format, args...), err)
}
