package main

import (
	"fmt"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"talktrack/model"
)

func newEvalCmd(a *app) *cobra.Command {
	var asOf string
	var k int
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "eval --as-of YYYY-MM-DD",
		Short: "Backtest the offers on your own history against two trivial baselines",
		Long: "eval rebuilds what the database knew before --as-of (holdings and purchases dated before it),\n" +
			"ranks offers for every account that held something then, and checks the top k against the\n" +
			"products each account first bought on or after that day: hit@k, precision@k and catalogue\n" +
			"coverage for talktrack, for popularity and for co-occurrence. It writes nothing.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if asOf == "" {
				return errorf("eval needs --as-of YYYY-MM-DD: the day that splits history into known and to be predicted")
			}
			day, err := parseDay("--as-of", asOf)
			if err != nil {
				return err
			}
			day = time.Date(day.Year(), day.Month(), day.Day(), 0, 0, 0, 0, time.UTC)
			if k < 1 || k > maxEvalK {
				return errorf("--k must be from 1 to %d (offers a rep could read), not %d", maxEvalK, k)
			}
			store, err := a.openReadOnly(cmd.Context())
			if err != nil {
				return err
			}
			defer store.Close()
			in, err := store.BacktestInput(cmd.Context(), day, k)
			if err != nil {
				return err
			}
			res := model.Backtest(in)
			if err := nothingToCheck(asOf, res); err != nil {
				return err
			}
			if asJSON {
				return writeJSON(a.stdout, evalJSON{AsOf: asOf, BacktestResult: res})
			}
			return printEval(a, asOf, res)
		},
	}
	cmd.Flags().StringVar(&asOf, "as-of", "", "the day that splits history, YYYY-MM-DD")
	cmd.Flags().IntVar(&k, "k", 5, "how many offers per account count")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}

// maxEvalK is the most offers per account eval counts: a list longer than
// a rep reads says nothing of the advice, and each account's list is
// kept in memory.
const maxEvalK = 100

// evalJSON is eval's JSON output.
type evalJSON struct {
	AsOf string `json:"as_of"`
	model.BacktestResult
}

func printEval(a *app, asOf string, res model.BacktestResult) error {
	fmt.Fprintf(a.stdout, "Backtest as of %s: %s held something before it, %d bought something new on or after it.\n",
		asOf, plural(res.Accounts, "account"), res.Evaluated)
	tw := tabwriter.NewWriter(a.stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "method\thit@%d\tprecision@%d\tcoverage\toffered\thits\t\n", res.K, res.K)
	for _, m := range res.Methods {
		fmt.Fprintf(tw, "%s\t%.3f\t%.3f\t%.3f\t%.1f\t%d\t\n", m.Method, m.HitRate, m.Precision, m.Coverage, m.Offered, m.Hits)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	best := max(res.Methods[1].Hits, res.Methods[2].Hits)
	if best > 0 {
		fmt.Fprintf(a.stdout, "talktrack hits %.2fx as many accounts as the better baseline.\n", float64(res.Methods[0].Hits)/float64(best))
	}
	return nil
}

// nothingToCheck says why a backtest as of asOf has no account to check,
// and which days would have some; nil when there are accounts to check.
func nothingToCheck(asOf string, res model.BacktestResult) error {
	switch {
	case res.Evaluated > 0:
		return nil
	case res.FirstDated == "":
		return errorf("nothing to check as of %s: the database has no dated purchases; import purchases with a date column to backtest", asOf)
	case res.FirstDated == res.LastDated:
		return errorf("nothing to check as of %s: every dated first purchase falls on %s, and a backtest needs purchases both before the day and on or after it", asOf, res.FirstDated)
	case res.Accounts == 0:
		return errorf("nothing to check as of %s: no account had bought anything before it; the first purchases run from %s to %s, so pick a day from %s to %s", asOf, res.FirstDated, res.LastDated, dayAfter(res.FirstDated), res.LastDated)
	default:
		return errorf("nothing to check as of %s: no account first bought a product on or after it; the first purchases run from %s to %s, so pick a day from %s to %s", asOf, res.FirstDated, res.LastDated, dayAfter(res.FirstDated), res.LastDated)
	}
}

// dayAfter is the day after a YYYY-MM-DD day: the first a backtest can
// split at, as something must have been bought before it.
func dayAfter(day string) string {
	t, err := time.Parse(time.DateOnly, day)
	if err != nil {
		return day
	}
	return t.AddDate(0, 0, 1).Format(time.DateOnly)
}
