package main

import (
	"fmt"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"talktrack/model"
	"talktrack/printable"
)

// errorf builds an invalid-input error for the command line.
func errorf(format string, args ...any) error {
	return model.Errorf(model.EINVALID, format, args...)
}

func newAccountsCmd(a *app) *cobra.Command {
	var stage string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "accounts",
		Short: "List accounts, optionally of one journey stage",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			var st model.Stage
			if stage != "" {
				s, err := model.ParseStage(stage)
				if err != nil {
					return err
				}
				st = s
			}
			store, err := a.open(cmd.Context())
			if err != nil {
				return err
			}
			defer store.Close()
			accounts, err := store.Accounts(cmd.Context(), st)
			if err != nil {
				return err
			}
			if asJSON {
				out := make([]accountJSON, 0, len(accounts))
				for _, acc := range accounts {
					out = append(out, toAccountJSON(acc))
				}
				return writeJSON(a.stdout, out)
			}
			tw := tabwriter.NewWriter(a.stdout, 0, 0, 2, ' ', 0)
			fmt.Fprintln(tw, "ID\tNAME\tSTAGE\tRENEWAL\tARR\tOWNER")
			for _, acc := range accounts {
				// Data on one line each: a tab or a line break in a
				// name would break the table's columns.
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", printable.Line(acc.ID), printable.Line(acc.Name), acc.Stage,
					day(acc.RenewalDate), arrText(acc), printable.Line(acc.Owner))
			}
			return tw.Flush()
		},
	}
	cmd.Flags().StringVar(&stage, "stage", "", "only this stage: onboarding, adoption, value_realized, advocate, at_risk, churned")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}
