package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"talktrack/assets"
	"talktrack/data"
	"talktrack/data/demo"
	"talktrack/model"
)

func newDemoCmd(a *app) *cobra.Command {
	var force bool
	var accounts int
	var seed int64
	cmd := &cobra.Command{
		Use:   "demo",
		Short: "Write a fresh demo database (generated, deterministic)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if accounts < 1 || accounts > maxDemoAccounts {
				return model.Errorf(model.EINVALID, "--accounts must be between 1 and %d (a demo book takes about 13 KB of memory per account while it is built), got %d", maxDemoAccounts, accounts)
			}
			path, _, err := a.dbPath()
			if err != nil {
				return err
			}
			if dir := filepath.Dir(path); !isDir(dir) {
				return model.Errorf(model.EINVALID, "folder %s does not exist: create it or pass another --db", dir)
			}
			if fi, err := os.Lstat(path); err == nil && !fi.Mode().IsRegular() {
				// --force replaces a file, never a folder, a link, a disk
				// or a pipe.
				return model.Errorf(model.EINVALID, "%s is not a regular file (a folder, a link, a device or a pipe): pass a file path to --db", path)
			}
			if _, err := os.Stat(path); err == nil && !force {
				return model.Errorf(model.ECONFLICT, "%s already exists: pass --force to replace it with demo data", path)
			}
			start := time.Now()
			// Ctrl+C or TERM stops the demo and removes its temporary file.
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			if err := writeDemo(ctx, path, demoOptions(a.now(), accounts, seed), force); err != nil {
				if ctx.Err() != nil {
					return errorf("the demo was interrupted; %s was not changed", path)
				}
				return err
			}
			fmt.Fprintf(a.stderr, "Wrote a demo database with %d accounts to %s in %s.\n",
				accounts, path, time.Since(start).Round(10*time.Millisecond))
			return nil
		},
	}
	cmd.Flags().BoolVar(&force, "force", false, "replace an existing file")
	cmd.Flags().IntVar(&accounts, "accounts", 250, "how many accounts to generate")
	cmd.Flags().Int64Var(&seed, "seed", 1, "seed for the generator; the same seed gives the same data")
	return cmd
}

// maxDemoAccounts caps demo --accounts: the book is generated in memory
// (about 13 KB per account, 6.5 GB at the cap) before it is written.
const maxDemoAccounts = 500_000

// demoOptions fixes the generator's inputs; accounts and seed of 0 mean the
// defaults.
func demoOptions(now time.Time, accounts int, seed int64) demo.Options {
	if accounts == 0 {
		accounts = 250
	}
	if seed == 0 {
		seed = 1
	}
	return demo.Options{Seed: seed, Accounts: accounts, Now: now}
}

// writeDemo builds a demo database in a temporary file beside path and moves
// it into place only when it is complete, so an interrupted run never leaves
// half a database behind.
func writeDemo(ctx context.Context, path string, opts demo.Options, replace bool) error {
	pb, err := data.ParsePlaybook(assets.Playbook)
	if err != nil {
		return err
	}
	tmp := path + ".tmp-demo"
	removeDB(tmp)
	st, err := data.Create(tmp)
	if err != nil {
		return err
	}
	// Generating a large book takes a while and cannot be interrupted
	// itself: when ctx ends first, the temporary file goes at once.
	generated := make(chan model.Dataset, 1)
	go func() { generated <- demo.Generate(pb, opts) }()
	var ds model.Dataset
	select {
	case ds = <-generated:
	case <-ctx.Done():
		st.Close()
		removeDB(tmp)
		return ctx.Err()
	}
	if err := st.InsertDataset(ctx, ds); err != nil {
		st.Close()
		removeDB(tmp)
		return err
	}
	if err := st.SetMeta(ctx, "demo", "1"); err != nil {
		st.Close()
		removeDB(tmp)
		return err
	}
	if err := st.Close(); err != nil {
		removeDB(tmp)
		return err
	}
	if replace {
		removeDB(path)
	}
	data.RemoveOrphanedJournals(path)
	if err := os.Rename(tmp, path); err != nil {
		removeDB(tmp)
		return model.Errorf(model.EINTERNAL, "cannot move the demo database into place at %s: %v", path, err)
	}
	return nil
}

// removeDB deletes a database file and its WAL companions, ignoring files
// that are not there.
func removeDB(path string) {
	for _, p := range []string{path, path + "-wal", path + "-shm", path + "-journal"} {
		if err := os.Remove(p); err != nil && !errors.Is(err, fs.ErrNotExist) {
			continue
		}
	}
}

func isDir(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && fi.IsDir()
}
