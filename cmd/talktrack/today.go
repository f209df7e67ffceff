package main

import (
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"talktrack/model"
)

func newTodayCmd(a *app) *cobra.Command {
	var owner string
	var everyone, asJSON bool
	var limit int
	cmd := &cobra.Command{
		Use:   "today",
		Short: "Whom to call today and why: follow-ups, renewals, accounts at risk, drafts",
		Long: "Whom to call today and why: follow-ups due or overdue (until a later connected call\n" +
			"or `talktrack today done ACCOUNT`), renewals in the next 30/60/90 days and lapsed ones,\n" +
			"at-risk and slipping accounts and those heard on their latest call to be thinking of\n" +
			"leaving, by ARR and days since the last conversation, and calls left as drafts.\n" +
			"Shows your accounts when an owner is set (--owner, TALKTRACK_OWNER or\n" +
			"`talktrack config set owner NAME`); --all shows everyone's.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if limit < 0 {
				return errorf("--limit cannot be negative, got %d", limit)
			}
			o := ""
			if !everyone {
				var err error
				if o, err = a.owner(owner, cmd.Flags().Changed("owner")); err != nil {
					return err
				}
			}
			store, err := a.open(cmd.Context())
			if err != nil {
				return err
			}
			defer store.Close()
			t, err := store.Today(cmd.Context(), model.TodayQuery{Owner: o, Now: a.now(), Limit: limit})
			if err != nil {
				return err
			}
			if asJSON {
				return writeJSON(a.stdout, toTodayJSON(t))
			}
			writeToday(a.stdout, t)
			return nil
		},
	}
	cmd.Flags().StringVar(&owner, "owner", "", "only this owner's accounts (default: TALKTRACK_OWNER or `config set owner`)")
	cmd.Flags().BoolVar(&everyone, "all", false, "everyone's accounts, whatever owner is set")
	cmd.Flags().IntVar(&limit, "limit", 20, "items per section; 0 shows all")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	cmd.AddCommand(newTodayDoneCmd(a))
	return cmd
}

func newTodayDoneCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "done ACCOUNT",
		Short: "Mark the account's open follow-ups done without logging a call",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			store, err := a.open(cmd.Context())
			if err != nil {
				return err
			}
			defer store.Close()
			acc, err := resolveAccount(cmd.Context(), store, args[0])
			if err != nil {
				return err
			}
			n, err := store.MarkFollowUpsDone(cmd.Context(), acc.ID, a.now())
			if err != nil {
				return err
			}
			if n == 0 {
				return errorf("%s has no open follow-up", acc.Name)
			}
			fmt.Fprintf(a.stderr, "Marked %s of %s done.\n", plural(n, "follow-up"), acc.Name)
			return nil
		},
	}
}

// writeToday prints the day's queue for a terminal or a pipe.
func writeToday(w io.Writer, t model.Today) {
	whose := "all accounts"
	if t.Owner != "" {
		whose = t.Owner + "'s accounts"
	}
	fmt.Fprintf(w, "Today, %s · %s\n", t.Day.Format("Mon 2 Jan 2006"), whose)
	if t.Empty() {
		fmt.Fprintln(w, "\nNothing is due: no follow-up, renewal, account at risk or unsaved call.")
		return
	}
	sections := []struct {
		title string
		sec   model.TodaySection
	}{
		{"Follow-ups due", t.FollowUps},
		{"Renewals in the next 90 days", t.Renewals},
		{"Lapsed renewals", t.Lapsed},
		{"At risk, slipping or thinking of leaving", t.AtRisk},
		{"Calls left as drafts", t.Drafts},
	}
	for _, s := range sections {
		if s.sec.Total == 0 {
			continue
		}
		fmt.Fprintf(w, "\n%s (%d)\n", s.title, s.sec.Total)
		for _, it := range s.sec.Items {
			arr := ""
			if it.ARR > 0 {
				// The queue is in the rep's words, the amount in the
				// account's currency (a bare number for the book's own).
				arr = " · ARR " + model.FormatAmount("en", it.Currency, it.ARR)
			}
			fmt.Fprintf(w, "  %s (%s)%s\n    %s\n", it.AccountName, it.AccountID, arr, it.Why)
			if it.Note != "" {
				fmt.Fprintf(w, "    “%s”\n", it.Note)
			}
		}
		if more := s.sec.Total - len(s.sec.Items); more > 0 {
			fmt.Fprintf(w, "  … and %d more (--limit 0 shows all)\n", more)
		}
	}
}

// todayJSON is the contract shape of `today --json`.
type todayJSON struct {
	Day       string           `json:"day"`
	Owner     string           `json:"owner"`
	FollowUps todaySectionJSON `json:"follow_ups"`
	Renewals  todaySectionJSON `json:"renewals"`
	Lapsed    todaySectionJSON `json:"lapsed"`
	AtRisk    todaySectionJSON `json:"at_risk"`
	Drafts    todaySectionJSON `json:"drafts"`
}

type todaySectionJSON struct {
	Total int             `json:"total"`
	Items []todayItemJSON `json:"items"`
}

type todayItemJSON struct {
	model.TodayItem
	// Date is the follow-up, renewal or draft day, YYYY-MM-DD; "" for
	// at-risk and slipping accounts.
	Date string `json:"date"`
}

func toTodayJSON(t model.Today) todayJSON {
	sec := func(s model.TodaySection) todaySectionJSON {
		out := todaySectionJSON{Total: s.Total, Items: make([]todayItemJSON, 0, len(s.Items))}
		for _, it := range s.Items {
			out.Items = append(out.Items, todayItemJSON{TodayItem: it, Date: day(it.Date)})
		}
		return out
	}
	return todayJSON{
		Day: day(t.Day), Owner: t.Owner,
		FollowUps: sec(t.FollowUps), Renewals: sec(t.Renewals), Lapsed: sec(t.Lapsed),
		AtRisk: sec(t.AtRisk), Drafts: sec(t.Drafts),
	}
}
