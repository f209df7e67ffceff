package ui

import (
	"fmt"

	"talktrack/model"
)

// topOffers is how many suggestions the account and call screens list
// until the rep asks for the rest (see model.OffersShown).
const topOffers = model.OffersShown

// shownOffers is how many of n suggestions a screen lists: all of them, or
// the top three.
func shownOffers(n int, all bool) int {
	if all {
		return n
	}
	return min(n, topOffers)
}

// moreOffersLine tells how many suggestions are left out and which key
// shows them; "" when none are.
func moreOffersLine(s Styles, hidden int) string {
	if hidden <= 0 {
		return ""
	}
	word := "offers"
	if hidden == 1 {
		word = "offer"
	}
	return s.Muted.Render(fmt.Sprintf("  m: %d more %s", hidden, word))
}

// offerName names a suggestion the way a rep says it: "+7 seats of CRM
// Pro" for more seats, else the product with its quantity when above one.
func offerName(sg model.Suggestion) string {
	switch {
	case sg.Kind == model.KindSeats && sg.Quantity == 1:
		return "+1 seat of " + sg.Product.Name
	case sg.Kind == model.KindSeats:
		return fmt.Sprintf("+%d seats of %s", sg.Quantity, sg.Product.Name)
	case sg.Quantity > 1:
		return fmt.Sprintf("%s ×%d", sg.Product.Name, sg.Quantity)
	}
	return sg.Product.Name
}
