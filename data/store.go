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
	// evidence is the book's evidence for ranking, kept per version.
	evidence evidenceCache
	// names is every account's name in memory, for filtering.
	names nameCache
	// briefs is what briefing an account reads from the database, kept
	// for the portfolio's top suggestions.
	briefs briefCache
	// cues is the playbook's cue detector, built once per playbook version.
	cues cueCache

	// recommendFn replaces model.Recommend when set (tests only).
	recommendFn func(model.BriefingInput) model.Briefing
	// onWait is told when a write waits for another program's lock.
	onWait func()

	// cleanup, when set, removes what the store made for itself (the
	// temporary upgraded copy OpenReadOnly reads); Close calls it.
	cleanup func()

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
	s.names.close()
	if s.cleanup != nil {
		defer s.cleanup()
	}
	if err := s.db.Close(); err != nil {
		return mapError(s.path, err)
	}
	return nil
}

// Update runs fn in one write transaction, begun IMMEDIATE so that it never
// fails half-way on a lock it could have waited for; it waits for another
// program's write lock as long as ctx allows (see beginWrite). The transaction is
// committed when fn returns nil and rolled back otherwise.
//
// Update is the path of bulk writes (seeds, imports, playbook changes), so
// it marks the accounts as changed (MarkAccountsChanged) in the same
// transaction: stores holding names or briefing facts in memory, in this
// process or another, read them again.
func (s *Store) Update(ctx context.Context, fn func(tx *sql.Tx) error) error {
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return mapError(s.path, err)
	}
	before, err := totalChanges(ctx, tx)
	if err != nil {
		_ = tx.Rollback()
		return mapError(s.path, err)
	}
	if err := fn(tx); err != nil {
		_ = tx.Rollback()
		return mapError(s.path, err)
	}
	// Only a transaction that wrote something marks the accounts changed,
	// so an import that finds nothing new leaves the file as it was.
	after, err := totalChanges(ctx, tx)
	if err == nil && after != before {
		err = MarkAccountsChanged(ctx, tx)
	}
	if err != nil {
		_ = tx.Rollback()
		return mapError(s.path, err)
	}
	return mapError(s.path, tx.Commit())
}

// totalChanges is SQLite's count of rows written on tx's connection so far.
func totalChanges(ctx context.Context, tx *sql.Tx) (int64, error) {
	var n int64
	err := tx.QueryRowContext(ctx, `SELECT total_changes()`).Scan(&n)
	return n, err
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
