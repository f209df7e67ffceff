package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"talktrack/model"
)

// shownOffers is how many suggestions a briefing shows without --all (see
// model.OffersShown).
const shownOffers = model.OffersShown

// namedMoreOffers is how many of the offers left out a briefing names: a
// catalogue of thousands of products would list them all.
const namedMoreOffers = 8

func newShowCmd(a *app) *cobra.Command {
	var asJSON, all bool
	cmd := &cobra.Command{
		Use:   "show ACCOUNT",
		Short: "Print the briefing for an account (id, name or part of the name)",
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
			view, err := store.AccountView(cmd.Context(), acc.ID, a.now())
			if err != nil {
				return err
			}
			if asJSON {
				return writeJSON(a.stdout, toBriefingJSON(view))
			}
			writeBriefing(a.stdout, view, a, all)
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON (always every suggestion, best first)")
	cmd.Flags().BoolVar(&all, "all", false, "print every suggestion, not only the top three")
	return cmd
}

// writeBriefing prints the account briefing as plain text for a terminal
// or a pipe: the top three suggestions in full and the names of the rest,
// or every suggestion with all.
func writeBriefing(w io.Writer, v model.AccountView, a *app, all bool) {
	acc := v.Account
	fmt.Fprintf(w, "%s (%s)\n", acc.Name, acc.ID)
	var facts []string
	if acc.Industry != "" {
		facts = append(facts, acc.Industry)
	}
	if acc.SizeBand != "" {
		facts = append(facts, acc.SizeBand+" employees")
	}
	if acc.Region != "" {
		facts = append(facts, acc.Region)
	}
	if acc.Owner != "" {
		facts = append(facts, "owner "+acc.Owner)
	}
	facts = append(facts, languageFact(acc))
	if len(facts) > 0 {
		fmt.Fprintln(w, strings.Join(facts, " · "))
	}
	fmt.Fprintf(w, "ARR %s · renewal %s\n", arrText(acc), orDash(day(acc.RenewalDate)))
	stage := acc.Stage.Label()
	switch days := acc.DaysInStage(a.now()); {
	case acc.StageInferred && days >= 0:
		// An inferred stage dates from the export's own timeline, which may
		// be years old: the date says more than a day count.
		stage += " since " + day(acc.StageSince) + " (inferred from purchases)"
	case acc.StageInferred:
		stage += " (inferred from purchases)"
	case days >= 0:
		stage += fmt.Sprintf(" for %d days", days)
	}
	fmt.Fprintf(w, "Stage: %s\n", stage)
	fmt.Fprintf(w, "Guidance: %s\n", v.Briefing.Guidance)
	for _, a := range v.Briefing.Advice {
		fmt.Fprintf(w, "Note: %s\n", a)
	}
	writeHealth(w, v.Health)
	writeContacts(w, v.Contacts)
	writeFollowUpsAndOffers(w, v.Brief, a.now())

	fmt.Fprintln(w, "\nPain points")
	if len(v.Pains) == 0 {
		fmt.Fprintln(w, "  none recorded")
	}
	for _, p := range v.Pains {
		fmt.Fprintf(w, "  [%s, %s] “%s” (%s)\n", p.Status, model.SeverityLabel(p.Severity), p.Title, v.Briefing.CategoryLabel(p))
	}

	fmt.Fprintln(w, "\nHoldings")
	if len(v.Holdings) == 0 {
		fmt.Fprintln(w, "  none")
	}
	tracked := model.TracksSeatUse(v.Holdings)
	for _, h := range v.Holdings {
		line := fmt.Sprintf("  %s ×%d", h.Product.Name, h.Quantity)
		if h.SeatUseKnown(tracked) {
			line += fmt.Sprintf(" (%d of %d seats used)", h.SeatsUsed, h.Quantity)
		}
		if h.Product.Discontinued {
			line += " · no longer sold"
		}
		fmt.Fprintln(w, line)
	}

	fmt.Fprintln(w, "\nSuggestions")
	if len(v.Briefing.Suggestions) == 0 {
		switch {
		case !v.Account.Stage.AllowsOffers():
			fmt.Fprintln(w, "  none in this stage: follow the guidance above")
		case len(v.Briefing.Advice) > 0:
			fmt.Fprintln(w, "  none right now: see what is held back above")
		default:
			fmt.Fprintln(w, "  none fits right now")
		}
	}
	shown := v.Briefing.Suggestions
	if !all && len(shown) > shownOffers {
		shown = shown[:shownOffers]
	}
	for i, s := range shown {
		fmt.Fprintf(w, "  %d. %s [%s] score %d\n", i+1, offerTitle(s), s.Kind, s.Score)
		for _, r := range s.Reasons {
			fmt.Fprintf(w, "     %+d %s\n", r.Points, r.Text)
		}
		for _, tp := range s.TalkingPoints {
			fmt.Fprintf(w, "     %-8s %s\n", tp.Kind+":", tp.Text)
		}
	}
	if rest := v.Briefing.Suggestions[len(shown):]; len(rest) > 0 {
		names := make([]string, 0, min(len(rest), namedMoreOffers))
		for _, s := range rest[:min(len(rest), namedMoreOffers)] {
			names = append(names, offerTitle(s))
		}
		list := strings.Join(names, ", ")
		if len(rest) > namedMoreOffers {
			list += ", …"
		}
		fmt.Fprintf(w, "  %s more (show --all): %s\n", money(float64(len(rest))), list)
	}
	if len(v.Briefing.InProgress) > 0 {
		fmt.Fprintln(w, "\nIn progress (not pitched again)")
		for _, o := range v.Briefing.InProgress {
			fmt.Fprintf(w, "  %s: %s on %s\n", o.Product.Name, strings.ToLower(o.Response.Label()), day(o.At))
		}
	}
	if len(v.Briefing.CoolingOff) > 0 {
		fmt.Fprintln(w, "\nCooling off (declined or put off recently)")
		for _, c := range v.Briefing.CoolingOff {
			fmt.Fprintf(w, "  %s: %s %s, may be offered again from %s\n", c.Product.Name, coolingVerb(c), day(c.DeclinedAt), day(c.Until))
		}
	}
	writeRecentCalls(w, v.RecentCalls, a.now())
}

// offerTitle names a suggestion the way a rep says it: "+7 seats of CRM
// Pro" for more seats, else the product and quantity.
func offerTitle(s model.Suggestion) string {
	if s.Kind == model.KindSeats {
		if s.Quantity == 1 {
			return "+1 seat of " + s.Product.Name
		}
		return fmt.Sprintf("+%d seats of %s", s.Quantity, s.Product.Name)
	}
	return fmt.Sprintf("%s ×%d", s.Product.Name, s.Quantity)
}

// languageFact says which language and currency the account is spoken to
// and billed in: "de, EUR", "ja (inferred from country), JPY".
func languageFact(acc model.Account) string {
	s := acc.Locale
	if acc.LocaleInferred {
		s += " (inferred from country)"
	}
	if acc.Currency != "" {
		s += ", " + acc.Currency
	}
	return s
}

// arrText is the account's ARR as the briefing and the account list print
// it: "—" when none is on file, never a made-up zero.
func arrText(acc model.Account) string {
	if acc.ARR <= 0 {
		return "—"
	}
	return model.FormatAmount(acc.Locale, acc.Currency, acc.ARR)
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(strings.TrimSpace(s), "\n")
	if len([]rune(s)) > 60 {
		s = string([]rune(s)[:59]) + "…"
	}
	return s
}

// coolingVerb says what the customer answered to a product resting.
func coolingVerb(c model.CoolingOff) string {
	if c.Response == model.ResponseNotNow {
		return "put off"
	}
	return "declined"
}
