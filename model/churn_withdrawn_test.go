package model_test

import (
	"testing"

	"talktrack/model"
)

// TestStayingSaidBesideTheRivalLiftsAChurnRisk: notes that say the switch
// to a rival is off or its trial is over, in any sentence of the note, deny
// an earlier churn risk as the briefing reads them and hear no new one.
func TestStayingSaidBesideTheRivalLiftsAChurnRisk(t *testing.T) {
	cat := shippedCatalog(t)
	d := demoCueDetector(t)
	for _, tc := range []struct{ locale, notes string }{
		{"de", "Der Umstieg auf HubSpot ist abgeblasen, sie bleiben bei uns."},
		{"de", "Die Zendesk-Testphase ist vorbei. Sie bleiben bei uns."},
		{"en", "The Pipedrive pilot ended last week; they are sticking with us."},
		{"en", "They ran a Zoho trial in October. They decided to stay."},
		{"en", "The move to Salesforce is off the table."},
		{"ja", "Zendeskへの移行は見送りとなり、引き続き弊社を利用"},
		{"ja", "Salesforceのトライアルは終了。乗り換えはやめたそうです。"},
	} {
		if !cat.SaysOtherwise(tc.notes, model.CueChurnRisk) {
			t.Errorf("%q: does not lift the churn risk", tc.notes)
		}
		for _, c := range d.Detect(tc.notes, tc.locale) {
			if c.Kind == model.CueChurnRisk || c.Kind == model.CueTiming {
				t.Errorf("%q: heard %s %q", tc.notes, c.Kind, c.Text)
			}
		}
	}
	// Their own customers' churn after a rival's trial lifts nothing.
	if cues := d.Detect("They are trialling HubSpot. Their churn rate is up.", "en"); !anyCue(cues, "churn_risk") {
		t.Errorf("a rival's trial beside their churn rate: got %s", describeCues(cues))
	}
}
