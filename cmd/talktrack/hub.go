package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"talktrack/hub"
)

// hubURL is --hub, else TALKTRACK_HUB.
func (a *app) hubURL(flag string) string {
	if flag != "" {
		return flag
	}
	return a.getenv("TALKTRACK_HUB")
}

// connectHub opens the hub named by --hub or TALKTRACK_HUB.
func (a *app) connectHub(ctx context.Context, flag string) (*hub.Hub, string, error) {
	url := a.hubURL(flag)
	h, err := hub.Connect(ctx, url)
	return h, url, err
}

func newHubCmd(a *app) *cobra.Command {
	var hubFlag string
	cmd := &cobra.Command{
		Use:   "hub",
		Short: "Set up the team hub in PostgreSQL (sales ops)",
		Long: "The team hub is a PostgreSQL database (or a Postgres-compatible one such as CockroachDB) that\n" +
			"holds the team's book. Sales ops creates it with `hub init`, publishes the book with\n" +
			"`hub publish` and gives each rep a login with `hub add-rep`; reps run `talktrack sync`.\n" +
			"--hub (or TALKTRACK_HUB) is a postgres:// URL; over the internet add sslmode=verify-full.",
		Args: cobra.NoArgs,
	}
	cmd.PersistentFlags().StringVar(&hubFlag, "hub", "", "the hub's postgres:// URL (default: $TALKTRACK_HUB)")
	cmd.AddCommand(newHubInitCmd(a, &hubFlag), newHubPublishCmd(a, &hubFlag), newHubAddRepCmd(a, &hubFlag))
	return cmd
}

func newHubInitCmd(a *app, hubFlag *string) *cobra.Command {
	return &cobra.Command{
		Use:   "init",
		Short: "Create or upgrade the hub's schema (safe to repeat)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			h, _, err := a.connectHub(cmd.Context(), *hubFlag)
			if err != nil {
				return err
			}
			defer h.Close()
			from, to, err := h.Init(cmd.Context())
			if err != nil {
				return err
			}
			switch {
			case from == 0:
				fmt.Fprintf(a.stdout, "Created the hub at %s (schema version %d).\n", h.Where(), to)
			case from == to:
				fmt.Fprintf(a.stdout, "The hub at %s is up to date (schema version %d).\n", h.Where(), to)
			default:
				fmt.Fprintf(a.stdout, "Upgraded the hub at %s from schema version %d to %d.\n", h.Where(), from, to)
			}
			return nil
		},
	}
}

func newHubPublishCmd(a *app, hubFlag *string) *cobra.Command {
	return &cobra.Command{
		Use:   "publish",
		Short: "Publish the local book (playbook, accounts, contacts, holdings, pains) to the hub",
		Long: "Publish the local book to the hub: the playbook, accounts, contacts, holdings and pain points.\n" +
			"Safe to repeat: only rows that differ from the hub's are written. Calls are not published;\n" +
			"they travel with `talktrack sync`.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			store, err := a.open(ctx)
			if err != nil {
				return err
			}
			defer store.Close()
			ds, err := store.Book(ctx)
			if err != nil {
				return err
			}
			h, _, err := a.connectHub(ctx, *hubFlag)
			if err != nil {
				return err
			}
			defer h.Close()
			res, err := h.Publish(ctx, ds)
			if err != nil {
				return err
			}
			if !res.Changed() {
				fmt.Fprintf(a.stdout, "Nothing to publish: the hub at %s already holds this book (%d accounts).\n", h.Where(), len(ds.Accounts))
				return nil
			}
			playbook := "unchanged"
			if res.Playbook {
				playbook = "updated"
			}
			fmt.Fprintf(a.stdout, "Published to %s: playbook %s, %d accounts, %d contacts, %d holdings, %d pain points new or changed.\n",
				h.Where(), playbook, res.Accounts, res.Contacts, res.Holdings, res.Pains)
			return nil
		},
	}
}

func newHubAddRepCmd(a *app, hubFlag *string) *cobra.Command {
	var owners []string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "add-rep NAME --owner OWNER [--owner OWNER]...",
		Short: "Create a rep's login, limited by the server to the accounts of their owners",
		Long: "Create the login of a rep whose reads and writes PostgreSQL itself limits (roles and row-level\n" +
			"security) to the accounts of OWNER (repeat --owner, or separate owners by commas, for a\n" +
			"territory). Prints the rep's postgres:// URL to hand over privately. Running it again for\n" +
			"the same rep replaces the territory and the password.",
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			h, url, err := a.connectHub(cmd.Context(), *hubFlag)
			if err != nil {
				return err
			}
			defer h.Close()
			rep, err := h.AddRep(cmd.Context(), args[0], owners, url)
			if err != nil {
				return err
			}
			if asJSON {
				return writeJSON(a.stdout, rep)
			}
			fmt.Fprintf(a.stdout, "Rep %s (login %s) reads and writes the accounts of %s.\n", rep.Name, rep.Login, strings.Join(rep.Owners, ", "))
			fmt.Fprintf(a.stdout, "Hand this URL to %s privately; they run `talktrack sync --hub URL`:\n%s\n", rep.Name, rep.URL)
			return nil
		},
	}
	cmd.Flags().StringArrayVar(&owners, "owner", nil, "account owner whose accounts the rep works (repeatable)")
	cmd.Flags().BoolVar(&asJSON, "json", false, `print {"rep", "url"} as JSON`)
	return cmd
}
