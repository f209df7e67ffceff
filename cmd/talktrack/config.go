package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"talktrack/model"
)

// config is what the user set once with `talktrack config set`: a small
// JSON file in the user's configuration folder, apart from the database,
// so that it follows the person, whichever book they open.
type config struct {
	// Owner is the rep or CSM whose accounts `today` and the Today screen
	// show by default.
	Owner string `json:"owner,omitempty"`
}

// configKeys are the settings `config set` knows, with what each means.
var configKeys = map[string]string{
	"owner": "your name as the accounts' owner column writes it: `today` and the Today screen show your accounts",
}

// configPath is the settings file: $XDG_CONFIG_HOME/talktrack/config.json,
// or the platform's configuration folder.
func (a *app) configPath() (string, error) {
	dir := a.getenv("XDG_CONFIG_HOME")
	if dir == "" {
		switch runtime.GOOS {
		case "windows":
			dir = a.getenv("AppData")
		case "darwin":
			if h := a.getenv("HOME"); h != "" {
				dir = filepath.Join(h, "Library", "Application Support")
			}
		default:
			if h := a.getenv("HOME"); h != "" {
				dir = filepath.Join(h, ".config")
			}
		}
	}
	if dir == "" {
		return "", model.Errorf(model.EINVALID, "cannot find a folder for settings: set XDG_CONFIG_HOME")
	}
	return filepath.Join(dir, "talktrack", "config.json"), nil
}

// loadConfig reads the settings; a missing file is no settings.
func (a *app) loadConfig() (config, error) {
	var c config
	path, err := a.configPath()
	if err != nil {
		return c, err
	}
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return c, nil
	}
	if err != nil {
		return c, model.Errorf(model.EINVALID, "cannot read the settings file %s: %v", path, err)
	}
	if err := json.Unmarshal(b, &c); err != nil {
		return c, model.Errorf(model.EINVALID, "the settings file %s is not valid JSON (%v): fix it, or delete it and run `talktrack config set owner \"Your Name\"`", path, err)
	}
	return c, nil
}

// saveConfig writes the settings through a temporary file renamed into
// place, so a crash never leaves half a file.
func (a *app) saveConfig(c config) (string, error) {
	path, err := a.configPath()
	if err != nil {
		return "", err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return "", model.Errorf(model.EINVALID, "cannot create the settings folder %s: %v", filepath.Dir(path), err)
	}
	b, _ := json.MarshalIndent(c, "", "  ")
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, append(b, '\n'), 0o644); err != nil {
		return "", model.Errorf(model.EINVALID, "cannot write the settings file %s: %v", path, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return "", model.Errorf(model.EINVALID, "cannot write the settings file %s: %v", path, err)
	}
	return path, nil
}

// owner is whose accounts to show: the flag when given, then
// TALKTRACK_OWNER, then the settings file; "" means everyone's.
func (a *app) owner(flag string, flagSet bool) (string, error) {
	if flagSet {
		return strings.TrimSpace(flag), nil
	}
	if o := strings.TrimSpace(a.getenv("TALKTRACK_OWNER")); o != "" {
		return o, nil
	}
	if _, err := a.configPath(); err != nil {
		return "", nil // no settings folder, so no settings
	}
	c, err := a.loadConfig()
	return strings.TrimSpace(c.Owner), err
}

func newConfigCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "config",
		Short: "Show or change your settings (owner)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, err := a.loadConfig()
			if err != nil {
				return err
			}
			fmt.Fprintf(a.stdout, "owner = %s\n", orDash(c.Owner))
			return nil
		},
	}
	set := &cobra.Command{
		Use:   "set KEY VALUE",
		Short: "Change a setting: owner \"Your Name\"",
		Args:  cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			key, value := strings.ToLower(strings.TrimSpace(args[0])), strings.TrimSpace(args[1])
			if _, ok := configKeys[key]; !ok {
				return errorf("unknown setting %q: use one of %s", args[0], strings.Join(sortedKeys(configKeys), ", "))
			}
			c, err := a.loadConfig()
			if err != nil {
				return err
			}
			c.Owner = value
			path, err := a.saveConfig(c)
			if err != nil {
				return err
			}
			if value == "" {
				fmt.Fprintf(a.stderr, "Cleared owner in %s: every account is shown.\n", path)
			} else {
				fmt.Fprintf(a.stderr, "Set owner to %q in %s.\n", value, path)
			}
			return nil
		},
	}
	get := &cobra.Command{
		Use:   "get KEY",
		Short: "Print a setting",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			key := strings.ToLower(strings.TrimSpace(args[0]))
			if _, ok := configKeys[key]; !ok {
				return errorf("unknown setting %q: use one of %s", args[0], strings.Join(sortedKeys(configKeys), ", "))
			}
			c, err := a.loadConfig()
			if err != nil {
				return err
			}
			fmt.Fprintln(a.stdout, c.Owner)
			return nil
		},
	}
	cmd.AddCommand(set, get)
	return cmd
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
