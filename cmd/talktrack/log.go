package main

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"talktrack/model"
)

func newLogCmd(a *app) *cobra.Command {
	var outcome, note, followUp string
	var offers []string
	var durationFlag string
	cmd := &cobra.Command{
		Use:   "log ACCOUNT --outcome O",
		Short: "Record a call without the UI",
		Long: "Record a call without the UI.\n\nOutcomes: connected, left_voicemail, left_message, no_answer, busy, wrong_number.\n" +
			"Offer responses: accepted, interested, not_now, declined (--offer PRODUCT_ID=RESPONSE, repeatable).",
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if outcome == "" {
				return errorf("--outcome is required: use one of connected, left_voicemail, left_message, no_answer, busy, wrong_number")
			}
			o, err := model.ParseOutcome(outcome)
			if err != nil {
				return err
			}
			duration, err := parseCallDuration(durationFlag)
			if err != nil {
				return err
			}
			call := model.Call{Outcome: o, Notes: note, Duration: duration}
			if followUp != "" {
				if call.FollowUp, err = model.ParseFollowUp(followUp, a.now()); err != nil {
					return err
				}
			}
			if len(offers) > 0 && o != model.OutcomeConnected {
				return errorf("--offer needs a call that reached them, and %s reached nobody: log it with --outcome connected, or leave --offer out", o)
			}
			for _, spec := range offers {
				pid, resp, ok := strings.Cut(spec, "=")
				if !ok || strings.TrimSpace(pid) == "" {
					return errorf("--offer %q is not PRODUCT_ID=RESPONSE, e.g. --offer CRM-PRO=interested", spec)
				}
				r, err := model.ParseResponse(resp)
				if err != nil {
					return err
				}
				call.Offers = append(call.Offers, model.Offer{ProductID: strings.TrimSpace(pid), Response: r})
			}
			store, err := a.open(cmd.Context())
			if err != nil {
				return err
			}
			defer store.Close()
			a.sayWhenWaiting(store)
			acc, err := resolveAccount(cmd.Context(), store, args[0])
			if err != nil {
				return err
			}
			catalog, err := store.Catalog(cmd.Context())
			if err != nil {
				return err
			}
			for _, of := range call.Offers {
				p, ok := catalog.Products[of.ProductID]
				if !ok {
					return model.Errorf(model.ENOTFOUND, "no product with id %q: `talktrack show %s` lists the products offered to this account", of.ProductID, acc.ID)
				}
				if p.Discontinued {
					return model.Errorf(model.EINVALID, "%s (%s) is no longer sold, so it was not offered: `talktrack show %s` lists the products offered to this account", p.Name, p.ID, acc.ID)
				}
			}
			call.AccountID = acc.ID
			call.StartedAt = a.now().Add(-duration)
			// The note's cues are saved with the call, as the call screen does.
			if d, err := cueDetector(cmd.Context(), store); err == nil {
				call.Cues = d.DetectNote(call.Notes, acc.Locale)
			}
			day, heard, fromNote := noteFollowUp(call, followUp != "", a.now())
			if fromNote {
				call.FollowUp = day
			}
			id, err := store.LogCall(cmd.Context(), call)
			if err != nil {
				return err
			}
			fmt.Fprintf(a.stderr, "Logged call %d with %s: %s.\n", id, acc.Name, o.Label())
			if fromNote {
				fmt.Fprintf(a.stderr, "Follow-up set to %s from the note (%q); pass --follow-up to choose another day.\n", call.FollowUp.Format("Mon 2 Jan 2006"), heard.Text)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&outcome, "outcome", "", "how the call ended (required)")
	cmd.Flags().StringVar(&note, "note", "", "call notes")
	cmd.Flags().StringArrayVar(&offers, "offer", nil, "PRODUCT_ID=RESPONSE, repeatable")
	cmd.Flags().StringVar(&followUp, "follow-up", "", "follow-up date: YYYY-MM-DD, +3d or +2w from today")
	cmd.Flags().StringVar(&durationFlag, "duration", "", "how long the call lasted: 12m30s, 45s, 1h5m or 12:30")
	return cmd
}

// noteFollowUp is the follow-up day a connected call's notes set and the
// timing cue it comes from (see model.NoteFollowUp), as the call screen
// does; ok is false when the rep chose a date or the call did not reach
// them.
func noteFollowUp(call model.Call, chosen bool, now time.Time) (time.Time, model.Cue, bool) {
	if chosen || call.Outcome != model.OutcomeConnected {
		return time.Time{}, model.Cue{}, false
	}
	return model.NoteFollowUp(call.Cues, now)
}

// parseCallDuration reads --duration: a duration with units ("12m30s",
// "45s", "1h5m") or minutes and seconds as a call timer shows them
// ("12:30", "1:02:05"); "" is no duration.
func parseCallDuration(s string) (time.Duration, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, nil
	}
	bad := errorf("--duration %q is no call length: write it with units (12m30s, 45s, 1h5m) or as a call timer shows it (12:30)", s)
	var d time.Duration
	if strings.Contains(s, ":") {
		parts := strings.Split(s, ":")
		if len(parts) > 3 {
			return 0, bad
		}
		for i, p := range parts {
			n, err := strconv.Atoi(p)
			if err != nil || n < 0 || (i > 0 && (n > 59 || len(p) != 2)) {
				return 0, bad
			}
			d = d*60 + time.Duration(n)
		}
		return d * time.Second, nil
	}
	d, err := time.ParseDuration(s)
	if err != nil {
		return 0, bad
	}
	if d < 0 {
		return 0, errorf("--duration cannot be negative, got %s", s)
	}
	return d, nil
}
