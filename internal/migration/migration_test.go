package migration

import (
	"testing"
	"testing/fstest"
)

func TestLoadOrdersByVersion(t *testing.T) {
	fsys := fstest.MapFS{
		"migrations/010_later.sql": {Data: []byte("B")},
		"migrations/002_first.sql": {Data: []byte("A")},
	}
	steps := Load(fsys)
	if len(steps) != 2 || steps[0].Version != 2 || steps[0].SQL != "A" || steps[1].Name != "010_later.sql" {
		t.Fatalf("steps %+v", steps)
	}
}

func TestLoadPanicsOnABuildMistake(t *testing.T) {
	for name, fsys := range map[string]fstest.MapFS{
		"malformed name": {"migrations/first.sql": {}},
		"shared version": {"migrations/001_a.sql": {}, "migrations/001_b.sql": {}},
	} {
		t.Run(name, func(t *testing.T) {
			defer func() {
				if recover() == nil {
					t.Error("no panic")
				}
			}()
			Load(fsys)
		})
	}
}
