package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"talktrack/data"
	"talktrack/model"
)

func newSyncCmd(a *app) *cobra.Command {
	var hubFlag string
	cmd := &cobra.Command{
		Use:   "sync",
		Short: "Send your calls and pain changes to the team hub and get the team's",
		Long: "Send the calls, offer answers, follow-ups and pain changes recorded here since the last sync\n" +
			"to the team hub, then get the book's changes and the team's calls on your accounts.\n" +
			"Safe to interrupt and run again: nothing is lost or doubled. Without --db and with no\n" +
			"database yet, an empty one is created and filled from the hub.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			store, err := a.openForSync(ctx)
			if err != nil {
				return err
			}
			defer store.Close()
			h, _, err := a.connectHub(ctx, hubFlag)
			if err != nil {
				return err
			}
			defer h.Close()
			res, err := h.Sync(ctx, store, a.now)
			if err != nil {
				return err
			}
			fmt.Fprintf(a.stdout, "Synced with %s as %s: sent %s; received %s.\n", h.Where(), res.Rep,
				counted(res.SentCalls, "call", res.SentPainChanges, "pain change"),
				counted(res.Pulled.NewCalls, "call", res.Pulled.NewPainChanges, "pain change", res.Pulled.BookChanges, "changed book row"))
			if res.HeldBack > 0 {
				fmt.Fprintf(a.stdout, "%s on accounts the hub does not give you (not published, or outside your territory) wait here.\n",
					counted(res.HeldBack, "change"))
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&hubFlag, "hub", "", "the hub's postgres:// URL (default: $TALKTRACK_HUB)")
	return cmd
}

// counted writes pairs of (count, noun) as "3 calls, 1 pain change", or
// "nothing" when every count is zero.
func counted(pairs ...any) string {
	var parts []string
	for i := 0; i+1 < len(pairs); i += 2 {
		n, noun := pairs[i].(int), pairs[i+1].(string)
		if n == 0 {
			continue
		}
		if n != 1 {
			noun += "s"
		}
		parts = append(parts, fmt.Sprintf("%d %s", n, noun))
	}
	if len(parts) == 0 {
		return "nothing"
	}
	return strings.Join(parts, ", ")
}

// openForSync opens the database to sync. One that does not exist yet is
// created empty (no demo data), to be filled from the hub.
func (a *app) openForSync(ctx context.Context) (*data.Store, error) {
	path, isDefault, err := a.dbPath()
	if err != nil {
		return nil, err
	}
	if _, err := os.Stat(path); !errors.Is(err, fs.ErrNotExist) {
		return data.Open(path)
	}
	if isDefault {
		if err := makeDataFolder(filepath.Dir(path)); err != nil {
			return nil, model.Errorf(model.EINVALID, "cannot create the folder for the database %s: %v", path, err)
		}
	}
	st, err := data.Create(path)
	if err != nil {
		return nil, err
	}
	if err := seedDefaults(ctx, st); err != nil {
		st.Close()
		return nil, err
	}
	return st, nil
}
