// Package migration reads a schema's history, embedded as NNN_name.sql
// files, for the local store and the team hub alike.
package migration

import (
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"
)

// Step is one schema step: its version, file name and SQL.
type Step struct {
	// Version is the NNN of the file name.
	Version int
	// Name is the file name, for messages.
	Name string
	// SQL is the step's text.
	SQL string
}

// Load lists the steps in fsys's migrations/*.sql by version. The files
// are part of the binary, so a malformed name or two files sharing a
// version is a build mistake and panics.
func Load(fsys fs.FS) []Step {
	names, err := fs.Glob(fsys, "migrations/*.sql")
	if err != nil {
		panic(err)
	}
	var steps []Step
	for _, name := range names {
		base := path.Base(name)
		num, _, ok := strings.Cut(base, "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || v <= 0 {
			panic(fmt.Sprintf("migration %s must be named NNN_name.sql", base))
		}
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			panic(err)
		}
		steps = append(steps, Step{Version: v, Name: base, SQL: string(b)})
	}
	sort.Slice(steps, func(i, j int) bool { return steps[i].Version < steps[j].Version })
	for i := 1; i < len(steps); i++ {
		if steps[i].Version == steps[i-1].Version {
			panic(fmt.Sprintf("migrations %s and %s share a version", steps[i-1].Name, steps[i].Name))
		}
	}
	return steps
}
