package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"talktrack/assets"
	"talktrack/data"
	"talktrack/model"
)

func newCuesCmd(a *app) *cobra.Command {
	var (
		locale   string
		asJSON   bool
		playbook string
		learning bool
	)
	cmd := &cobra.Command{
		Use:   "cues [--locale L] [--json] TEXT",
		Short: "Print the cues found in a text, to try the playbook's word lists",
		Long: "cues prints the cues (price, timing, competitor, authority, no_need, growth,\n" +
			"shrinking, pain, churn_risk) the call screen would hear in TEXT, and what the rep could say back.\n" +
			"Without --locale the language is guessed. The word lists come from the database's\n" +
			"playbook, or from --playbook FILE to try a playbook before importing it. TEXT \"-\"\n" +
			"reads standard input. --learning prints, per kind of cue, the calls it was heard on and\n" +
			"how many ended with an offer accepted or marked interested.",
		Args: func(cmd *cobra.Command, args []string) error {
			if learning {
				return cobra.NoArgs(cmd, args)
			}
			return cobra.MinimumNArgs(1)(cmd, args)
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if learning {
				return a.printCueLearning(cmd.Context(), asJSON)
			}
			text := strings.Join(args, " ")
			if text == "-" {
				b, err := io.ReadAll(a.stdin)
				if err != nil {
					return model.Errorf(model.EINVALID, "cannot read standard input: %v", err)
				}
				text = string(b)
			}
			d, err := a.cueDetectorFor(cmd.Context(), playbook)
			if err != nil {
				return err
			}
			var cues []model.Cue
			if locale == "" {
				locale, cues = d.DetectAny(text)
			} else {
				if !d.Knows(locale) {
					return model.Errorf(model.EINVALID, "the playbook has no cue rules for locale %q: it has %s", locale, strings.Join(d.Rules().Locales(), ", "))
				}
				cues = d.Detect(text, locale)
			}
			if cues == nil {
				cues = []model.Cue{}
			}
			if asJSON {
				return writeJSON(a.stdout, cues)
			}
			return printCues(a.stdout, d, cues, locale, a.now)
		},
	}
	cmd.Flags().StringVar(&locale, "locale", "", "language of the text: "+strings.Join(defaultCueLocales(), ", "))
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	cmd.Flags().StringVar(&playbook, "playbook", "", "read the word lists from this playbook file instead of the database")
	cmd.Flags().BoolVar(&learning, "learning", false, "print what followed each kind of cue in the logged calls")
	return cmd
}

// defaultCueLocales lists the languages of the embedded playbook's cues.
func defaultCueLocales() []string {
	pb, err := data.ParsePlaybook(assets.Playbook)
	if err != nil {
		return nil
	}
	return pb.Cues.Locales()
}

// cueDetectorFor builds the detector from a playbook file, or else from
// the database's playbook.
func (a *app) cueDetectorFor(ctx context.Context, playbookFile string) (*model.CueDetector, error) {
	if playbookFile == "" {
		store, err := a.open(ctx)
		if err != nil {
			return nil, err
		}
		defer store.Close()
		return cueDetector(ctx, store)
	}
	b, err := os.ReadFile(playbookFile)
	if err != nil {
		return nil, model.Errorf(model.ENOTFOUND, "cannot read the playbook %s: %v", playbookFile, err)
	}
	pb, err := data.ParsePlaybook(b)
	if err != nil {
		return nil, err
	}
	if pb.Cues.IsZero() {
		return nil, model.Errorf(model.EINVALID, "the playbook %s has no cues section", playbookFile)
	}
	return model.NewCueDetector(pb.Cues)
}

// cueDetector is the store's detector, or the embedded playbook's for a
// database whose playbook was imported before playbooks had cue rules.
func cueDetector(ctx context.Context, store *data.Store) (*model.CueDetector, error) {
	d, err := store.CueDetector(ctx)
	if err != nil || d != nil {
		return d, err
	}
	pb, err := data.ParsePlaybook(assets.Playbook)
	if err != nil {
		return nil, err
	}
	return model.NewCueDetector(pb.Cues)
}

// printCues writes one line per cue: its kind, the words that gave it away
// and what else it carries, then what the rep could say (see
// model.CueToAnswer).
func printCues(w io.Writer, d *model.CueDetector, cues []model.Cue, locale string, now func() time.Time) error {
	if len(cues) == 0 {
		_, err := fmt.Fprintf(w, "No cues (%s).\n", locale)
		return err
	}
	day, heard, followUp := model.NoteFollowUp(cues, now())
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "CUE (%s)\tTEXT\tDETAIL\n", locale)
	for _, c := range cues {
		// One follow-up per note: only the timing cue it comes from
		// carries a day, so that no second day contradicts it.
		fmt.Fprintf(tw, "%s\t%q\t%s\n", c.Kind, c.Text, cueDetail(c, now(), followUp && c.Start == heard.Start && c.End == heard.End))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if followUp {
		// What log and the call screen would set, a churn risk's week
		// included.
		from := fmt.Sprintf("from %q", heard.Text)
		if !day.Equal(heard.FollowUpDate(now())) {
			from = "within a week, as a churn risk was heard"
		}
		fmt.Fprintf(w, "\nFollow-up if connected: %s, %s\n", day.Format("Mon 2 Jan 2006"), from)
	}
	say, ok := model.CueToAnswer(cues, now())
	if !ok {
		return nil // a rival's integration named: nothing to answer
	}
	_, err := fmt.Fprintf(w, "\nSay (%s): %s\n", say.Label(), d.Response(say, locale, now()))
	return err
}

// cueDetail is what a cue carries beyond its kind and text; followUp is
// set on the timing cue the note's follow-up comes from, which shows its
// day.
func cueDetail(c model.Cue, now time.Time, followUp bool) string {
	var parts []string
	if c.Category != "" {
		parts = append(parts, "category "+c.Category)
	}
	switch {
	case c.Kind == model.CuePrice && c.Severity >= 3:
		parts = append(parts, "spend freeze: no offers")
	case c.Severity != 0:
		parts = append(parts, fmt.Sprintf("severity %d", c.Severity))
	}
	if c.Competitor != "" {
		parts = append(parts, c.Competitor)
	}
	if c.Kind == model.CueGrowth && c.Number != 0 {
		parts = append(parts, fmt.Sprintf("number %d", c.Number))
	}
	if c.Kind == model.CueShrinking && c.Number != 0 {
		parts = append(parts, fmt.Sprintf("%d leaving", c.Number))
	}
	if c.Kind == model.CueTiming && followUp {
		parts = append(parts, "follow-up "+c.FollowUpDate(now).Format(time.DateOnly))
	}
	return strings.Join(parts, ", ")
}

// printCueLearning prints, per kind of cue, how often the calls it was
// heard on ended with a yes: which responses come before an accepted offer.
func (a *app) printCueLearning(ctx context.Context, asJSON bool) error {
	store, err := a.open(ctx)
	if err != nil {
		return err
	}
	defer store.Close()
	outcomes, err := store.CueOutcomes(ctx)
	if err != nil {
		return err
	}
	if outcomes == nil {
		outcomes = []model.CueOutcome{}
	}
	if asJSON {
		return writeJSON(a.stdout, outcomes)
	}
	if len(outcomes) == 0 {
		_, err := fmt.Fprintln(a.stdout, "No cues in the logged calls yet.")
		return err
	}
	tw := tabwriter.NewWriter(a.stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "CUE\tCALLS\tACCEPTED\tINTERESTED")
	for _, o := range outcomes {
		fmt.Fprintf(tw, "%s\t%d\t%d (%d%%)\t%d (%d%%)\n", o.Kind, o.Calls, o.Accepted, 100*o.Accepted/max(o.Calls, 1), o.Interested, 100*o.Interested/max(o.Calls, 1))
	}
	return tw.Flush()
}
