package main

import (
	"fmt"
	"io"
	"strings"
	"time"

	"talktrack/model"
)

// writeHealth prints the health score, its band and every reason with its
// points, which add up to the score.
func writeHealth(w io.Writer, h model.Health) {
	fmt.Fprintf(w, "Health: %d (%s)\n", h.Score, h.Band.Label())
	for _, r := range h.Reasons {
		if r.Max > 0 {
			fmt.Fprintf(w, "  %+3d of %2d  %s\n", r.Points, r.Max, r.Text)
		} else {
			fmt.Fprintf(w, "  %+3d        %s\n", r.Points, r.Text)
		}
	}
}

// briefWidth is where the plain-text brief wraps long notes.
const briefWidth = 96

// writeContacts lists the account's people with how to reach them.
func writeContacts(w io.Writer, contacts []model.Contact) {
	fmt.Fprintln(w, "\nContacts")
	if len(contacts) == 0 {
		fmt.Fprintln(w, "  none recorded")
	}
	for _, c := range contacts {
		line := "  " + c.Name
		if c.Title != "" {
			line += ", " + c.Title
		}
		if c.Primary {
			line += " (primary)"
		}
		if reach := c.Reach(); len(reach) > 0 {
			line += " · " + strings.Join(reach, " · ")
		}
		fmt.Fprintln(w, line)
	}
}

// writeFollowUpsAndOffers prints the open follow-ups and the history of
// offers with each answer, its date and how similar accounts answered.
func writeFollowUpsAndOffers(w io.Writer, b model.AccountBrief, now time.Time) {
	if len(b.FollowUps) > 0 {
		fmt.Fprintln(w, "\nOpen follow-ups")
		for _, f := range b.FollowUps {
			fmt.Fprintf(w, "  %s (%s), %s on the call of %s (%s)\n", day(f.Due), dueWords(f.Due, now),
				f.Outcome.FollowUpVerb(), day(f.AgreedAt.In(now.Location())), strings.ToLower(f.Outcome.Label()))
		}
	}
	if len(b.Offers) > 0 {
		fmt.Fprintln(w, "\nOffers made")
		for _, o := range b.Offers {
			line := fmt.Sprintf("  %s %s: %s", day(o.At.In(now.Location())), o.What(), strings.ToLower(o.Response.Label()))
			if p := b.Peers[o.ProductID].Text(); p != "" {
				line += " · " + p
			}
			fmt.Fprintln(w, line)
		}
	}
}

// dueWords says how a due day stands against today.
func dueWords(due, now time.Time) string {
	y, m, d := now.Date()
	today := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	switch days := int(due.Sub(today).Hours() / 24); {
	case days == 0:
		return "due today"
	case days < 0:
		return fmt.Sprintf("overdue by %s", plural(-days, "day"))
	default:
		return fmt.Sprintf("in %s", plural(days, "day"))
	}
}

// writeRecentCalls prints the latest calls with their notes in full,
// wrapped.
func writeRecentCalls(w io.Writer, calls []model.Call, now time.Time) {
	if len(calls) == 0 {
		return
	}
	fmt.Fprintln(w, "\nRecent calls")
	for _, c := range calls {
		head := fmt.Sprintf("  %s %s", c.StartedAt.In(now.Location()).Format("2006-01-02 15:04"), c.Outcome.Label())
		if !c.FollowUp.IsZero() {
			head += " · follow-up " + day(c.FollowUp)
		}
		fmt.Fprintln(w, head)
		for _, para := range strings.Split(strings.TrimSpace(c.Notes), "\n") {
			for _, l := range wrapWords(para, briefWidth-4) {
				fmt.Fprintln(w, "    "+l)
			}
		}
	}
}

// wrapWords breaks text into lines of at most width runes at spaces; a
// word longer than width gets a line of its own.
func wrapWords(text string, width int) []string {
	var lines []string
	var cur []rune
	for _, word := range strings.Fields(text) {
		r := []rune(word)
		if len(cur) > 0 && len(cur)+1+len(r) > width {
			lines = append(lines, string(cur))
			cur = cur[:0]
		}
		if len(cur) > 0 {
			cur = append(cur, ' ')
		}
		cur = append(cur, r...)
	}
	if len(cur) > 0 {
		lines = append(lines, string(cur))
	}
	return lines
}

// briefJSON is the brief's part of `show --json`: how to reach people,
// open follow-ups, offers made and answered, how similar accounts answered,
// and the latest calls with their notes in full.
type briefJSON struct {
	Contacts       []contactJSON                `json:"contacts"`
	FollowUps      []followUpJSON               `json:"follow_ups"`
	OfferHistory   []offerRecordJSON            `json:"offer_history"`
	SimilarAnswers map[string]model.PeerAnswers `json:"similar_answers"`
	RecentCalls    []callJSON                   `json:"recent_calls"`
}

type contactJSON struct {
	Name    string `json:"name"`
	Title   string `json:"title"`
	Email   string `json:"email"`
	Phone   string `json:"phone"`
	Primary bool   `json:"primary"`
}

type followUpJSON struct {
	Due      string `json:"due"`
	AgreedAt string `json:"agreed_at"`
	CallID   int64  `json:"call_id"`
	Outcome  string `json:"outcome"`
}

type offerRecordJSON struct {
	ProductID   string `json:"product_id"`
	ProductName string `json:"product_name"`
	Response    string `json:"response"`
	At          string `json:"at"`
	// Similar says how similar accounts answered the same product.
	Similar string `json:"similar"`
}

func toBriefJSON(v model.AccountView) briefJSON {
	out := briefJSON{Contacts: []contactJSON{}, FollowUps: []followUpJSON{}, OfferHistory: []offerRecordJSON{},
		SimilarAnswers: map[string]model.PeerAnswers{}, RecentCalls: []callJSON{}}
	for _, c := range v.Contacts {
		out.Contacts = append(out.Contacts, contactJSON{Name: c.Name, Title: c.Title, Email: c.Email, Phone: c.Phone, Primary: c.Primary})
	}
	for _, f := range v.Brief.FollowUps {
		out.FollowUps = append(out.FollowUps, followUpJSON{Due: day(f.Due), AgreedAt: f.AgreedAt.UTC().Format(time.RFC3339),
			CallID: f.CallID, Outcome: string(f.Outcome)})
	}
	for _, o := range v.Brief.Offers {
		out.OfferHistory = append(out.OfferHistory, offerRecordJSON{ProductID: o.ProductID, ProductName: o.ProductName,
			Response: string(o.Response), At: o.At.UTC().Format(time.RFC3339), Similar: v.Brief.Peers[o.ProductID].Text()})
	}
	for id, p := range v.Brief.Peers {
		out.SimilarAnswers[id] = p
	}
	for _, c := range v.RecentCalls {
		out.RecentCalls = append(out.RecentCalls, toCallJSON(c))
	}
	return out
}
