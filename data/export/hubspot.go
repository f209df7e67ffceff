package export

import (
	"io"
	"time"

	"talktrack/model"
)

// hubSpotCompanyColumn holds the company's HubSpot record id, which the
// import tool uses to associate each call with an existing company. It is
// named after HubSpot's own label for that property ("Record ID") with the
// object in front, because a calls import file holds properties of two
// objects and the mapping step must tell which object the id belongs to.
const hubSpotCompanyColumn = "Company Record ID"

// hubSpotHeader is HubSpot's internal names for the call properties, which
// its import tool maps without manual matching, then the company column.
var hubSpotHeader = []string{
	"hs_timestamp", "hs_call_title", "hs_call_body", "hs_call_direction",
	"hs_call_disposition", "hs_call_duration", "hs_call_status",
	hubSpotCompanyColumn,
}

// hubSpotDispositions maps each outcome to HubSpot's default call outcome
// label. The import tool matches a dropdown value by its label (the API
// wants the outcome's GUID instead). HubSpot's six defaults are the six
// outcomes the call screen offers, so every outcome maps one to one; the
// labels are spelt out here rather than borrowed from Outcome.Label so that
// rewording the screen can never break an upload.
var hubSpotDispositions = map[model.Outcome]string{
	model.OutcomeConnected:     "Connected",
	model.OutcomeLeftVoicemail: "Left voicemail",
	model.OutcomeLeftMessage:   "Left live message",
	model.OutcomeNoAnswer:      "No answer",
	model.OutcomeBusy:          "Busy",
	model.OutcomeWrongNumber:   "Wrong number",
}

// hubSpotDisposition is the HubSpot label for o; an outcome HubSpot has no
// default for (none today) goes through as its own label, for the rep to map.
func hubSpotDisposition(o model.Outcome) string {
	if label, ok := hubSpotDispositions[o]; ok {
		return label
	}
	return o.Label()
}

// hubSpotTimestamp writes an instant as ISO 8601 in UTC with a Z, one of
// the two forms HubSpot documents for hs_timestamp (the other is epoch
// milliseconds). It is chosen because a rep checking the file before upload
// can read it, and the explicit Z leaves no time zone to guess.
func hubSpotTimestamp(t time.Time) string {
	return t.UTC().Format("2006-01-02T15:04:05.000Z")
}

// writeHubSpot writes a CSV for HubSpot's calls import.
func writeHubSpot(w io.Writer, calls []Call) error {
	return writeCSV(w, hubSpotHeader, calls, func(c Call) []string {
		return []string{
			hubSpotTimestamp(c.StartedAt),
			callTitle(c),
			callBody(c),
			"OUTBOUND",
			hubSpotDisposition(c.Outcome),
			itoa(c.Duration.Milliseconds()),
			"COMPLETED",
			c.AccountID,
		}
	})
}
