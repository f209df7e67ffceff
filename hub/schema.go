package hub

import (
	"context"
	"embed"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5"

	"talktrack/internal/migration"
	"talktrack/model"
)

// migrationFiles are the hub schema's history, NNN_name.sql applied in
// order, each once, never edited after release.
//
//go:embed migrations/*.sql
var migrationFiles embed.FS

func migrations() []migration.Step { return migration.Load(migrationFiles) }

// SchemaVersion is the hub schema version this build writes.
func SchemaVersion() int {
	ms := migrations()
	return ms[len(ms)-1].Version
}

// Init creates the hub's schema in an empty database or brings an older
// one up to date, and (re)grants the reps' role what it may do. It is
// safe to repeat. It returns the schema versions before and after.
func (h *Hub) Init(ctx context.Context) (from, to int, err error) {
	if _, err := h.conn.Exec(ctx, `CREATE TABLE IF NOT EXISTS hub_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)`); err != nil {
		return 0, 0, h.failed(err, "creating the schema")
	}
	from, err = h.version(ctx)
	if err != nil {
		return 0, 0, err
	}
	for _, m := range migrations() {
		if err := h.apply(ctx, m); err != nil {
			return from, 0, err
		}
	}
	if err := h.grantReps(ctx); err != nil {
		return from, 0, err
	}
	return from, SchemaVersion(), nil
}

// version is the hub's schema version, 0 when it has none yet. A hub
// newer than this build is refused.
func (h *Hub) version(ctx context.Context) (int, error) {
	var v string
	err := h.conn.QueryRow(ctx, `SELECT value FROM hub_meta WHERE key = 'schema_version'`).Scan(&v)
	if err == pgx.ErrNoRows {
		return 0, nil
	}
	if err != nil {
		return 0, h.failed(err, "reading the schema version")
	}
	n, _ := strconv.Atoi(v)
	if n > SchemaVersion() {
		return n, model.Errorf(model.EINVALID, "the hub at %s has schema version %d, newer than this talktrack knows (%d): update talktrack", h.where, n, SchemaVersion())
	}
	return n, nil
}

// checkVersion fails unless the hub's schema is this build's.
func (h *Hub) checkVersion(ctx context.Context) error {
	v, err := h.version(ctx)
	if err != nil {
		return err
	}
	if v != SchemaVersion() {
		return model.Errorf(model.EINVALID, "the hub at %s has schema version %d, this talktrack needs %d: sales ops runs `talktrack hub init`", h.where, v, SchemaVersion())
	}
	return nil
}

// apply runs one migration and records its version in one transaction,
// re-reading the version inside it so that two inits at once apply it once.
func (h *Hub) apply(ctx context.Context, m migration.Step) error {
	return pgx.BeginFunc(ctx, h.conn, func(tx pgx.Tx) error {
		var v string
		err := tx.QueryRow(ctx, `SELECT value FROM hub_meta WHERE key = 'schema_version' FOR UPDATE`).Scan(&v)
		if err != nil && err != pgx.ErrNoRows {
			return h.failed(err, "reading the schema version")
		}
		if n, _ := strconv.Atoi(v); n >= m.Version {
			return nil
		}
		if _, err := tx.Exec(ctx, m.SQL); err != nil {
			return h.failed(err, "applying "+m.Name)
		}
		_, err = tx.Exec(ctx, `INSERT INTO hub_meta (key, value) VALUES ('schema_version', $1)
			ON CONFLICT (key) DO UPDATE SET value = excluded.value`, strconv.Itoa(m.Version))
		return h.failed(err, "recording the schema version")
	})
}

// repsRole is the role every rep's login belongs to. Roles belong to the
// whole server, not one database, so it is named after the database: two
// hubs on one server keep their reps apart.
func (h *Hub) repsRole(ctx context.Context) (string, error) {
	var db string
	if err := h.conn.QueryRow(ctx, `SELECT current_database()`).Scan(&db); err != nil {
		return "", h.failed(err, "reading the database name")
	}
	return roleName(db, "reps")
}

// roleName makes a role name from a database name and a suffix: lower
// case letters, digits and underscores, at most 63 bytes.
func roleName(db, suffix string) (string, error) {
	name := sanitize(db) + "_" + sanitize(suffix)
	if len(name) > 63 {
		return "", model.Errorf(model.EINVALID, "the login name %s is longer than PostgreSQL allows (63): choose a shorter rep name", name)
	}
	return name, nil
}

// sanitize keeps letters and digits (lower-cased) and turns the rest into
// underscores.
func sanitize(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
		default:
			b.WriteByte('_')
		}
	}
	return b.String()
}

// grantReps creates the reps' role when missing and grants it what a rep
// may do; row-level security narrows it to the rep's territory.
func (h *Hub) grantReps(ctx context.Context) error {
	role, err := h.repsRole(ctx)
	if err != nil {
		return err
	}
	var exists bool
	if err := h.conn.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = $1)`, role).Scan(&exists); err != nil {
		return h.failed(err, "looking up the reps' role")
	}
	r := pgx.Identifier{role}.Sanitize()
	stmts := []string{
		`GRANT USAGE ON SCHEMA public TO ` + r,
		`GRANT SELECT ON hub_meta, reps, territories, playbook, accounts, contacts, holdings, calls, pain_changes, pains, team_offer_stats TO ` + r,
		`GRANT INSERT ON calls, pain_changes, pains, hub_writers TO ` + r,
		`GRANT SELECT, DELETE ON hub_writers TO ` + r,
		`GRANT UPDATE ON pains TO ` + r,
	}
	if !exists {
		stmts = append([]string{`CREATE ROLE ` + r + ` NOLOGIN`}, stmts...)
	}
	for _, s := range stmts {
		if _, err := h.conn.Exec(ctx, s); err != nil {
			return h.failed(err, "granting the reps' role its rights")
		}
	}
	return nil
}
