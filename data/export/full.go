package export

import (
	"encoding/json"
	"io"
	"time"
)

// fullHeader is the csv format's columns: everything talktrack keeps about
// a call. Names follow `talktrack calls --json` where the two overlap.
var fullHeader = []string{
	"id", "account_id", "account_name", "contact_id", "contact_name",
	"started_at", "duration_s", "outcome", "notes", "follow_up",
	"offers", "offer_codes",
}

// writeFullCSV writes the csv format. A call's offers fill two columns:
// "offers" for people ("Pipeline Pro — interested; …") and "offer_codes"
// for scripts ("PIPE-PRO=interested;…", the syntax of `log --offer`).
func writeFullCSV(w io.Writer, calls []Call) error {
	return writeCSV(w, fullHeader, calls, func(c Call) []string {
		return []string{
			itoa(c.ID), c.AccountID, c.AccountName, c.ContactID, c.ContactName,
			instant(c.StartedAt), itoa(int64(c.Duration.Seconds())), string(c.Outcome),
			c.Notes, c.FollowUp, offersSummary(c.Offers), offerCodes(c.Offers),
		}
	})
}

// callJSON is one call in the json format.
type callJSON struct {
	ID          int64       `json:"id"`
	AccountID   string      `json:"account_id"`
	AccountName string      `json:"account_name"`
	ContactID   string      `json:"contact_id"`
	ContactName string      `json:"contact_name"`
	StartedAt   string      `json:"started_at"`
	DurationS   int64       `json:"duration_s"`
	Outcome     string      `json:"outcome"`
	Notes       string      `json:"notes"`
	FollowUp    string      `json:"follow_up"`
	Offers      []offerJSON `json:"offers"`
}

// offerJSON is one offer in the json format.
type offerJSON struct {
	ProductID   string `json:"product_id"`
	ProductName string `json:"product_name"`
	Response    string `json:"response"`
}

// writeJSON writes the json format: an array, indented for people, "[]"
// rather than null when empty, and non-ASCII text as itself.
func writeJSON(w io.Writer, calls []Call) error {
	out := make([]callJSON, len(calls))
	for i, c := range calls {
		offers := make([]offerJSON, len(c.Offers))
		for j, o := range c.Offers {
			offers[j] = offerJSON{ProductID: o.ProductID, ProductName: o.ProductName, Response: string(o.Response)}
		}
		out[i] = callJSON{
			ID: c.ID, AccountID: c.AccountID, AccountName: c.AccountName,
			ContactID: c.ContactID, ContactName: c.ContactName,
			StartedAt: instant(c.StartedAt), DurationS: int64(c.Duration.Seconds()),
			Outcome: string(c.Outcome), Notes: c.Notes, FollowUp: c.FollowUp, Offers: offers,
		}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	// Notes are text, not HTML: "<" and "&" stay as typed.
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

// instant writes a point in time as RFC 3339 in UTC, as the database does.
func instant(t time.Time) string { return t.UTC().Format(time.RFC3339) }
