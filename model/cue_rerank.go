package model

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// Points a cue heard on the call adds to or takes from an offer's score.
// They are large next to the briefing's own weights on purpose: what the
// customer says now outranks what the data suggested before the call.
const (
	cueGrowthPoints   = 30 // growth: more seats, and seated upgrades
	cueCheaperPoints  = 25 // price: the cheaper half of the offers
	cueExpensivePoint = -25
	cuePainPoints     = 30 // a pain just heard that the offer solves
)

// CueRanking is the call's suggestions re-ranked for what was heard.
type CueRanking struct {
	// Suggestions are ranked best first, each with the cue reasons added
	// to its Reasons and Score. Nil when offers are stopped.
	Suggestions []Suggestion
	// Stopped is set when a churn risk was heard: no offer is made.
	Stopped bool
	// StopReason says why, for the rep.
	StopReason string
	// HeldBack says, for the rep, what a price objection took off the
	// list (upgrades and more seats); empty when nothing was.
	HeldBack string
}

// RerankForCues post-processes a briefing's ranked suggestions for the
// cues heard on the call, leaving the ranking itself alone: growth lifts
// more seats and seated upgrades, a price objection takes upgrades and
// more seats off the list (as an open cost pain does in the briefing) and
// lifts the cheaper half of the rest, a pain lifts what solves its
// category, and a churn risk or a spend freeze stops all offers. Every change is a named
// reason on the suggestion; ties keep the briefing's order. The input is
// not modified.
func RerankForCues(suggestions []Suggestion, cues []Cue) CueRanking {
	for _, c := range cues {
		if c.Kind == CueChurnRisk {
			return CueRanking{Stopped: true, StopReason: fmt.Sprintf("Churn risk heard (%q): no offers on this call. Listen, and fix what is wrong first.", c.Text)}
		}
	}
	for _, c := range cues {
		if c.Kind == CuePrice && c.Severity >= 3 {
			// "Budget frozen till Q2": the end is said, not asked for.
			if end, ok := freezeEnd(cues, c); ok {
				return CueRanking{Stopped: true, StopReason: fmt.Sprintf("Spend freeze heard (%q) until %q: no offers on this call. Help them get the most from what they have until then.", c.Text, end.Text)}
			}
			return CueRanking{Stopped: true, StopReason: fmt.Sprintf("Spend freeze heard (%q): no offers on this call. Help them get the most from what they have, and ask when budget frees up again.", c.Text)}
		}
	}
	var price, shrinking *Cue
	for i, c := range cues {
		if c.Kind == CuePrice && price == nil {
			price = &cues[i]
		}
		if c.Kind == CueShrinking && shrinking == nil {
			shrinking = &cues[i]
		}
	}
	if slices.ContainsFunc(cues, func(c Cue) bool { return c.Kind == CueGrowth }) {
		shrinking = nil // "layoffs in marketing, sales hires 5": seats still fit
	}
	out := make([]Suggestion, 0, len(suggestions))
	held := 0
	for _, sg := range suggestions {
		if (price != nil || shrinking != nil) && (sg.Kind == KindUpsell || sg.Kind == KindSeats) {
			held++
			continue
		}
		sg.Reasons = slices.Clone(sg.Reasons)
		out = append(out, sg)
	}
	cheap := cheaperHalf(out)
	seen := map[string]bool{}
	for _, c := range cues {
		key := string(c.Kind) + "|" + c.Category
		if c.Kind != CuePain {
			key = string(c.Kind)
		}
		if seen[key] {
			continue // one reason per kind of cue, however often it is heard
		}
		seen[key] = true
		for i := range out {
			addCueReason(&out[i], c, cheap[out[i].Product.ID])
		}
	}
	order := make([]int, len(out))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(out[b].Score, out[a].Score) })
	ranked := make([]Suggestion, len(out))
	for i, j := range order {
		ranked[i] = out[j]
	}
	besideAbove(ranked)
	r := CueRanking{Suggestions: ranked}
	switch {
	case held > 0 && price != nil:
		r.HeldBack = fmt.Sprintf("Price objection heard (%q): no upgrade or more seats on this call; show what they get for what they pay.", price.Text)
	case held > 0:
		r.HeldBack = printer("en").Sprintf(msgCallShrinking, shrinking.Text)
	}
	return r
}

// addCueReason applies one cue to one suggestion.
func addCueReason(sg *Suggestion, c Cue, cheap bool) {
	add := func(points int, text string) {
		sg.Score += points
		sg.Reasons = append(sg.Reasons, Reason{Points: points, Text: text})
	}
	switch c.Kind {
	case CueGrowth:
		// The seats are sized where the briefing is computed with the
		// people said to join (see joining): a size changed here would
		// disagree with the talking points.
		if sg.Kind == KindSeats || sg.Product.Seated {
			add(cueGrowthPoints, fmt.Sprintf("Growth heard on the call (%q): more people need seats", c.Text))
		}
	case CuePrice:
		if cheap {
			add(cueCheaperPoints, fmt.Sprintf("Price objection heard (%q): one of the cheaper options", c.Text))
		} else {
			add(cueExpensivePoint, fmt.Sprintf("Price objection heard (%q): one of the dearer options", c.Text))
		}
	case CuePain:
		if c.Category != "" && sg.Product.Addresses(c.Category) {
			add(cuePainPoints, fmt.Sprintf("Solves what they just said (%q, %s)", c.Text, c.Category))
		}
	}
}

// offerCost is what an offer adds per billing period: its price times the
// quantity offered.
func offerCost(sg Suggestion) float64 { return sg.Product.Price * float64(max(sg.Quantity, 1)) }

// cheaperHalf marks the offers whose cost is in the lower half, by
// product id; with one offer, it counts as cheap.
func cheaperHalf(sgs []Suggestion) map[string]bool {
	idx := make([]int, len(sgs))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int { return cmp.Compare(offerCost(sgs[a]), offerCost(sgs[b])) })
	out := make(map[string]bool, len(sgs))
	for rank, i := range idx {
		out[sgs[i].Product.ID] = rank < (len(sgs)+1)/2
	}
	return out
}

// besideAbove rewrites, on offers the call's cues moved above the offer
// their spread reason names as ranked above them, that reason's words: the
// points stay, as the briefing gave them, and the text no longer says
// something the screen contradicts.
func besideAbove(ranked []Suggestion) {
	place := make(map[string]int, len(ranked))
	for i, s := range ranked {
		place[s.Product.ID] = i
	}
	for i := range ranked {
		for k, r := range ranked[i].Reasons {
			if j, ok := place[r.above]; ok && r.above != "" && j > i {
				ranked[i].Reasons[k].Text = strings.Replace(r.Text, ", ranked above (", ", which the briefing ranked above it before this call (", 1)
			}
		}
	}
}
