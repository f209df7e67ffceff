package main

import (
	"strings"
	"testing"
)

// TestAPasswordTypedIntoACommandLineIsNotEchoed: a hub address given where
// a command was expected is quoted by the usage error with its password
// masked.
func TestAPasswordTypedIntoACommandLineIsNotEchoed(t *testing.T) {
	for _, args := range [][]string{{"sync", "postgres://ana:Hunter2@db.example.com/book"}, {"postgres://ana:Hunter2@db.example.com:5432/book?sslmode=disable"}} {
		r := runCLI(t, nil, args...)
		if r.code != 1 || strings.Contains(r.stderr, "Hunter2") || !strings.Contains(r.stderr, "ana:xxxxx@db.example.com") {
			t.Errorf("%v: exit %d, stderr %q", args, r.code, r.stderr)
		}
	}
}
