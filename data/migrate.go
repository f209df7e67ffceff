package data

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"strconv"

	"talktrack/internal/migration"
)

// migrationFiles holds the schema's history: NNN_name.sql files applied in
// order, each once, never edited after release.
//
//go:embed migrations/*.sql
var migrationFiles embed.FS

// migrations lists the embedded migrations by version.
// afterMigration fills, in Go, what a migration's new tables need from
// the rows already there, in the migration's transaction.
var afterMigration = map[int]func(context.Context, *sql.Tx) error{
	12: writeBookEvidence,
	16: refoldNameKeys,
	17: addNewCueLists,
	18: refreshCueLists,
	19: refreshCueLists,
	20: refreshCueListsAndCompetitors,
	21: refreshCueListsAndCompetitors,
	22: refreshCueListsAndCompetitors,
	23: refreshCueListsAndCompetitors,
}

// refreshCueListsAndCompetitors refreshes the stored built-in cue lists
// (see refreshCueLists), competitors (see refreshCompetitors) and replies
// (see refreshResponses).
func refreshCueListsAndCompetitors(ctx context.Context, tx *sql.Tx) error {
	if err := refreshCueLists(ctx, tx); err != nil {
		return err
	}
	if err := refreshCompetitors(ctx, tx); err != nil {
		return err
	}
	return refreshResponses(ctx, tx)
}

func migrations() []migration.Step { return migration.Load(migrationFiles) }

// latestVersion is the schema version this build creates.
func latestVersion() int {
	ms := migrations()
	return ms[len(ms)-1].Version
}

// SchemaVersion is the schema version this build of talktrack writes.
func SchemaVersion() int { return latestVersion() }

// migrate applies every migration newer than the database's schema, each in
// its own IMMEDIATE transaction that also records the new version, so an
// interruption leaves the file at the last complete step. The version is
// re-read inside each transaction: two processes opening the same new file
// at once apply each step only once.
func migrate(ctx context.Context, db *sql.DB, dbPath string) error {
	// An up-to-date file, the usual case, is only read: opening it never
	// waits for the write lock another talktrack may hold for a while.
	current, err := currentVersion(ctx, db)
	if err != nil {
		return err
	}
	if err := checkVersion(dbPath, current); err != nil || current == latestVersion() {
		return err
	}
	for _, m := range migrations() {
		if err := applyMigration(ctx, db, dbPath, m); err != nil {
			return err
		}
	}
	return nil
}

func applyMigration(ctx context.Context, db *sql.DB, dbPath string, m migration.Step) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer func() { _ = tx.Rollback() }()

	current, err := currentVersion(ctx, tx)
	if err != nil {
		return err
	}
	if err := checkVersion(dbPath, current); err != nil {
		return err
	}
	if current >= m.Version {
		return nil
	}
	if _, err := tx.ExecContext(ctx, m.SQL); err != nil {
		return fmt.Errorf("apply migration %s: %w", m.Name, err)
	}
	if fill := afterMigration[m.Version]; fill != nil {
		if err := fill(ctx, tx); err != nil {
			return fmt.Errorf("apply migration %s: %w", m.Name, err)
		}
	}
	if err := setMeta(ctx, tx, metaApp, appName); err != nil {
		return err
	}
	if err := setMeta(ctx, tx, metaSchemaVersion, strconv.Itoa(m.Version)); err != nil {
		return err
	}
	return tx.Commit()
}

// currentVersion is the recorded schema version, 0 for a new file.
func currentVersion(ctx context.Context, q queryer) (int, error) {
	var n int
	err := q.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'`).Scan(&n)
	if err != nil || n == 0 {
		return 0, err
	}
	return storedVersion(ctx, q)
}
