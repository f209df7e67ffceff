package export

import (
	"fmt"
	"sort"
	"strings"
)

// warnings lists what would make a CRM reject or misfile rows of an export:
// accounts whose id is not a record id of that CRM, as happens when the
// accounts came from a spreadsheet or the demo data rather than the CRM.
// The export is still written; the rep decides.
func warnings(f Format, calls []Call) []string {
	var looksRight func(string) bool
	var idKind, consequence string
	switch f {
	case FormatSalesforce:
		looksRight, idKind = isSalesforceID, "a Salesforce record id (15 or 18 letters and digits)"
		consequence = "Data Loader cannot relate them to an account; import your accounts from a Salesforce export so talktrack knows their ids"
	case FormatHubSpot:
		looksRight, idKind = isHubSpotID, "a HubSpot record id (digits only)"
		consequence = "HubSpot cannot associate them with a company; import your companies from a HubSpot export so talktrack knows their record ids"
	default:
		return nil
	}
	n := 0
	odd := map[string]bool{}
	for _, c := range calls {
		if !looksRight(c.AccountID) {
			n++
			odd[c.AccountID] = true
		}
	}
	if n == 0 {
		return nil
	}
	ids := make([]string, 0, len(odd))
	for id := range odd {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	if n == 1 {
		return []string{fmt.Sprintf("1 of %d calls is for an account whose id, %q, is not %s, so %s.",
			len(calls), ids[0], idKind, strings.Replace(consequence, "them", "it", 1))}
	}
	return []string{fmt.Sprintf("%d of %d calls are for accounts whose id, e.g. %q, is not %s, so %s.",
		n, len(calls), ids[0], idKind, consequence)}
}

// isSalesforceID reports whether id has the shape of a Salesforce record
// id: 15 case-sensitive or 18 case-insensitive letters and digits.
func isSalesforceID(id string) bool {
	if len(id) != 15 && len(id) != 18 {
		return false
	}
	for _, r := range id {
		if !(r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') {
			return false
		}
	}
	return true
}

// isHubSpotID reports whether id has the shape of a HubSpot record id: a
// positive number.
func isHubSpotID(id string) bool {
	if id == "" || id[0] == '0' {
		return false
	}
	for _, r := range id {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
