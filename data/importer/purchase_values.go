package importer

import (
	"slices"
	"strings"

	"talktrack/model"
)

// Stage words by name key. Anything else containing "won" or "lost" reads
// as such; other words are open deals, and the summary lists them.
var (
	wonWords = []string{"won", "closedwon", "closed", "complete", "completed", "paid", "shipped", "delivered",
		"invoiced", "fulfilled", "booked", "signed", "active", "success", "successful"}
	lostWords = []string{"lost", "closedlost", "cancelled", "canceled", "void", "voided", "refunded", "returned",
		"rejected", "declined", "dead", "disqualified"}
	openWords = []string{"open", "engaging", "prospecting", "prospect", "qualification", "qualified", "qualifiedtobuy",
		"proposal", "negotiation", "pending", "new", "discovery", "needsanalysis", "valueproposition",
		"iddecisionmakers", "perceptionanalysis", "proposalpricequote", "negotiationreview", "appointmentscheduled",
		"presentationscheduled", "decisionmakerboughtin", "contractsent", "inprogress", "draft", "quoted"}
)

// purchaseStage reads a deal or order stage as won, lost or open; known
// is false when the word was not recognised and was read as open.
func purchaseStage(s string) (stage string, known bool) {
	k := model.NameKey(s)
	switch {
	case k == "":
		return stageOpen, false
	case slices.Contains(wonWords, k):
		return stageWon, true
	case slices.Contains(lostWords, k):
		return stageLost, true
	case slices.Contains(openWords, k):
		return stageOpen, true
	case strings.Contains(k, "won"):
		return stageWon, true
	case strings.Contains(k, "lost"):
		return stageLost, true
	}
	return stageOpen, false
}

// parseDiscount reads a discount as a fraction: "0.05", "5%", or 5
// (a number above 1 is a percentage).
func parseDiscount(s string, decimalComma bool) (float64, error) {
	pct := strings.HasSuffix(strings.TrimSpace(s), "%")
	v, err := parseNumber(strings.TrimSuffix(strings.TrimSpace(s), "%"), decimalComma)
	if err != nil {
		return 0, err
	}
	if pct || v > 1 {
		v /= 100
	}
	if v < 0 || v > 1 {
		return 0, valueError("is not a discount between 0 and 100%")
	}
	return v, nil
}
