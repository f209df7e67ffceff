package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestABrokenSettingsFileSaysHowToStartOver: a settings file that is not
// JSON is left alone, and the sentence names a way out that works
// (deleting it), not `config set`, which reads it first and fails too.
func TestABrokenSettingsFileSaysHowToStartOver(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "talktrack", "config.json")
	if err := os.MkdirAll(filepath.Dir(file), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(file, []byte("{owner: Ana"), 0o600); err != nil {
		t.Fatal(err)
	}
	env := map[string]string{"XDG_CONFIG_HOME": dir}
	r := runCLI(t, env, "config", "set", "owner", "Ana Ruiz")
	if r.code != 1 || !strings.Contains(r.stderr, "fix it, or delete it and run `talktrack config set owner") {
		t.Errorf("exit %d, stderr %q", r.code, r.stderr)
	}
	if b, _ := os.ReadFile(file); string(b) != "{owner: Ana" {
		t.Errorf("the broken file was changed to %q", b)
	}
	_ = os.Remove(file)
	if r := runCLI(t, env, "config", "set", "owner", "Ana Ruiz"); r.code != 0 {
		t.Errorf("after deleting it: exit %d, stderr %q", r.code, r.stderr)
	}
}
