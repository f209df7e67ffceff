package main

import (
	"fmt"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"talktrack/printable"
)

func newCallsCmd(a *app) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "calls [ACCOUNT]",
		Short: "List logged calls, newest first",
		Args:  cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			store, err := a.open(cmd.Context())
			if err != nil {
				return err
			}
			defer store.Close()
			accountID := ""
			if len(args) == 1 {
				acc, err := resolveAccount(cmd.Context(), store, args[0])
				if err != nil {
					return err
				}
				accountID = acc.ID
			}
			calls, err := store.Calls(cmd.Context(), accountID)
			if err != nil {
				return err
			}
			if asJSON {
				out := make([]callJSON, 0, len(calls))
				for _, c := range calls {
					out = append(out, toCallJSON(c))
				}
				return writeJSON(a.stdout, out)
			}
			tw := tabwriter.NewWriter(a.stdout, 0, 0, 2, ' ', 0)
			fmt.Fprintln(tw, "ID\tSTARTED\tACCOUNT\tOUTCOME\tMIN\tOFFERS\tNOTES")
			for _, c := range calls {
				fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%d\t%d\t%s\n", c.ID, c.StartedAt.Local().Format("2006-01-02 15:04"),
					printable.Line(c.AccountID), c.Outcome, int(c.Duration.Minutes()+0.5), len(c.Offers), printable.Line(firstLine(c.Notes)))
			}
			return tw.Flush()
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}
