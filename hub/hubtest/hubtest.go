// Package hubtest gives tests a fresh hub database on a real PostgreSQL
// server, named by the environment variable TALKTRACK_TEST_HUB, and drops
// it (with the rep logins made for it) when the test ends. Tests skip with
// a message naming the variable when it is unset, so `go test ./...`
// passes on a laptop without PostgreSQL; .ci/run sets it.
package hubtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// EnvVar names the server the hub tests use, a postgres:// URL whose role
// may create databases and roles (for example
// postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable).
const EnvVar = "TALKTRACK_TEST_HUB"

// ServerURL returns the test server's URL, or skips the test.
func ServerURL(t testing.TB) string {
	t.Helper()
	u := os.Getenv(EnvVar)
	if u == "" {
		t.Skipf("no PostgreSQL server for hub tests: set %s=postgres://USER@HOST:PORT/DB (.ci/run does)", EnvVar)
	}
	return u
}

// NewDatabase creates an empty database tt_<random> on the test server
// and returns its URL (the server's URL with the database replaced). The
// database and every role named after it are dropped when the test ends.
func NewDatabase(t testing.TB) string {
	t.Helper()
	server := ServerURL(t)
	var b [5]byte
	_, _ = rand.Read(b[:])
	name := "tt_" + hex.EncodeToString(b[:])
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	admin, err := pgx.Connect(ctx, server)
	if err != nil {
		t.Fatalf("%s=%s: cannot reach the server: %v", EnvVar, server, err)
	}
	defer admin.Close(ctx)
	if _, err := admin.Exec(ctx, `CREATE DATABASE `+name); err != nil {
		t.Fatalf("create database %s: %v", name, err)
	}
	t.Cleanup(func() { drop(t, server, name) })
	u, err := url.Parse(server)
	if err != nil {
		t.Fatal(err)
	}
	u.Path = "/" + name
	return u.String()
}

// drop removes the database and the roles named after it.
func drop(t testing.TB, server, name string) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	admin, err := pgx.Connect(ctx, server)
	if err != nil {
		t.Errorf("drop %s: %v", name, err)
		return
	}
	defer admin.Close(ctx)
	if _, err := admin.Exec(ctx, `DROP DATABASE IF EXISTS `+name+` WITH (FORCE)`); err != nil {
		t.Errorf("drop database %s: %v", name, err)
	}
	rows, err := admin.Query(ctx, `SELECT rolname FROM pg_roles WHERE starts_with(rolname, $1)`, name+"_")
	if err != nil {
		t.Errorf("list roles of %s: %v", name, err)
		return
	}
	roles, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		t.Errorf("list roles of %s: %v", name, err)
	}
	// Members first, the reps' role last.
	for i := len(roles) - 1; i >= 0; i-- {
		if _, err := admin.Exec(ctx, `DROP ROLE IF EXISTS `+pgx.Identifier{roles[i]}.Sanitize()); err != nil {
			t.Errorf("drop role %s: %v", roles[i], err)
		}
	}
}
