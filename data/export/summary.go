package export

import "strings"

// offersSummary is the offers in words, for people reading a CRM record:
// "Pipeline Pro — interested; Analytics Plus — not now".
func offersSummary(offers []Offer) string {
	parts := make([]string, len(offers))
	for i, o := range offers {
		parts[i] = o.ProductName + " — " + strings.ToLower(o.Response.Label())
	}
	return strings.Join(parts, "; ")
}

// offerCodes is the offers as PRODUCT_ID=RESPONSE pairs joined by ";", the
// syntax `talktrack log --offer` takes, so a script can split it back.
func offerCodes(offers []Offer) string {
	parts := make([]string, len(offers))
	for i, o := range offers {
		parts[i] = o.ProductID + "=" + string(o.Response)
	}
	return strings.Join(parts, ";")
}

// callTitle is a one-line subject for a CRM activity: "Call: Connected", or
// "Call with Jana Novak: Connected" when the contact is known, because
// neither CRM format here carries the contact in a column of its own.
func callTitle(c Call) string {
	if c.ContactName != "" {
		return "Call with " + c.ContactName + ": " + c.Outcome.Label()
	}
	return "Call: " + c.Outcome.Label()
}

// callBody is the free-text body of a CRM activity: the notes as typed,
// then the offers with their responses and the follow-up date, each on its
// own line, so that nothing talktrack recorded is lost on upload even where
// the CRM has no field for it. (The contact is in the title.)
func callBody(c Call) string {
	var facts []string
	if len(c.Offers) > 0 {
		facts = append(facts, "Offers: "+offersSummary(c.Offers))
	}
	if len(c.Cues) > 0 {
		facts = append(facts, "Cues: "+cuesSummary(c.Cues))
	}
	if c.FollowUp != "" {
		facts = append(facts, "Follow-up: "+c.FollowUp)
	}
	notes := strings.TrimRight(c.Notes, " \t\r\n")
	switch {
	case len(facts) == 0:
		return notes
	case notes == "":
		return strings.Join(facts, "\n")
	}
	return notes + "\n\n" + strings.Join(facts, "\n")
}
