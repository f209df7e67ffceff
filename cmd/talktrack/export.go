package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"talktrack/data/export"
)

func newExportCmd(a *app) *cobra.Command {
	parent := &cobra.Command{
		Use:   "export calls --format F",
		Short: "Export logged calls for upload into a CRM or for a spreadsheet",
		Args:  cobra.ArbitraryArgs,
		RunE: func(*cobra.Command, []string) error {
			return errorf("say what to export: `talktrack export calls --format salesforce` (formats: %s)", formatNames())
		},
	}
	parent.AddCommand(newExportCallsCmd(a))
	return parent
}

func newExportCallsCmd(a *app) *cobra.Command {
	var format, since, out string
	var all bool
	cmd := &cobra.Command{
		Use:   "calls --format F [--since YYYY-MM-DD] [--all] [--out FILE]",
		Short: "Export logged calls not exported before",
		Long: "Export logged calls for upload into a CRM or for a spreadsheet.\n\n" +
			"Formats:\n" +
			"  salesforce  CSV for Data Loader, insert into Task (WhatId = the account's id)\n" +
			"  hubspot     CSV for HubSpot's calls import (Company Record ID = the account's id)\n" +
			"  csv         every field talktrack keeps, one row per call\n" +
			"  json        the same as a JSON array\n\n" +
			"Each format remembers what it exported: by default only calls not exported in that\n" +
			"format before are written, so no call is uploaded twice. --all writes them all again.\n" +
			"CSV files are UTF-8 without a byte order mark, comma-separated, rows ending in LF.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			f, err := export.ParseFormat(format)
			if err != nil {
				return err
			}
			opts := export.Options{Format: f, All: all, Location: time.Local, Now: a.now()}
			if since != "" {
				if opts.Since, err = export.ParseSince(since, time.Local); err != nil {
					return err
				}
			}
			store, err := a.open(cmd.Context())
			if err != nil {
				return err
			}
			defer store.Close()
			a.sayWhenWaiting(store)
			dest := export.ToWriter(a.exportOut())
			if out != "" && out != "-" {
				dest = export.ToFile(out, store.Path())
			}
			res, err := export.Calls(cmd.Context(), store, opts, dest)
			if err != nil {
				return err
			}
			if res.Calls == 0 {
				fmt.Fprintln(a.stderr, noCallsMessage(opts, res, dest))
				return nil
			}
			for _, w := range res.Warnings {
				fmt.Fprintln(a.stderr, "Warning: "+w)
			}
			fmt.Fprintf(a.stderr, "Exported %s to %s.\n", plural(res.Calls, "call"), dest)
			return nil
		},
	}
	cmd.Flags().StringVar(&format, "format", "", "salesforce, hubspot, csv or json (required)")
	cmd.Flags().StringVar(&since, "since", "", "only calls started on or after this day (YYYY-MM-DD)")
	cmd.Flags().BoolVar(&all, "all", false, "include calls exported in this format before")
	cmd.Flags().StringVar(&out, "out", "", "write to this file (replaced atomically, private to you; never the database or a non-regular file) instead of standard output")
	return cmd
}

// noCallsMessage explains an empty export, says that dest holds the
// header alone, and how to get calls anyway.
func noCallsMessage(opts export.Options, res export.Result, dest fmt.Stringer) string {
	wrote := fmt.Sprintf(" Wrote the header alone to %s.", dest)
	if opts.Format == export.FormatJSON {
		wrote = fmt.Sprintf(" Wrote an empty list to %s.", dest)
	}
	switch {
	case res.AlreadyExported > 0:
		return "No new calls to export (all were exported before; use --all to export them again)." + wrote
	case !opts.Since.IsZero():
		return fmt.Sprintf("No calls to export: none started on or after %s.", opts.Since.Format("2006-01-02")) + wrote
	}
	return "No calls to export: no calls have been logged yet." + wrote
}

// formatNames lists the export formats for messages.
func formatNames() string {
	names := make([]string, len(export.Formats))
	for i, f := range export.Formats {
		names[i] = string(f)
	}
	return strings.Join(names, ", ")
}

// plural writes a count with its noun, "1 call" or "3 calls".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
