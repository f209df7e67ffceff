package ui

import (
	"slices"

	"talktrack/model"
)

// heldBackOffers are the briefing's offers that what the customer said on
// this call took off the list (a price objection, a freeze, a churn risk)
// while the rep could see them, or that already have an answer: the rep
// may have pitched one just before the objection, and its answer ("too
// expensive": declined) is part of the call. They stay selectable below
// the live offers, marked held back.
func (cs *callScreen) heldBackOffers() []model.Suggestion {
	brief := cs.av.Briefing.Suggestions
	shown := shownOffers(len(brief), cs.allOffers)
	var held []model.Suggestion
	for i, sg := range brief {
		if cs.suggested(sg.Product.ID) || (i >= shown && cs.response(sg.Product.ID) == "") {
			continue
		}
		held = append(held, sg)
	}
	return held
}

// rows are the offers the rep can select on the call: the live ones shown,
// then the held-back ones.
func (cs *callScreen) rows() []model.Suggestion {
	n := shownOffers(len(cs.suggestions), cs.allOffers)
	return append(slices.Clip(cs.suggestions[:n]), cs.heldBackOffers()...)
}

// liveRows is how many of the rows are live offers.
func (cs *callScreen) liveRows() int {
	return shownOffers(len(cs.suggestions), cs.allOffers)
}

// selectedRow is the offer under the cursor, whether it is held back, and
// whether there is one at all.
func (cs *callScreen) selectedRow() (sg model.Suggestion, held, ok bool) {
	rows := cs.rows()
	if cs.selected < 0 || cs.selected >= len(rows) {
		return model.Suggestion{}, false, false
	}
	return rows[cs.selected], cs.selected >= cs.liveRows(), true
}

// selectProduct puts the cursor on a product's row, or on the nearest
// row when it is gone.
func (cs *callScreen) selectProduct(productID string) {
	rows := cs.rows()
	if i := slices.IndexFunc(rows, func(s model.Suggestion) bool { return s.Product.ID == productID }); i >= 0 {
		cs.selected = i
		return
	}
	cs.selected = max(0, min(cs.selected, len(rows)-1))
}

// inRows reports whether a product has a row on the call screen.
func (cs *callScreen) inRows(productID string) bool {
	return slices.ContainsFunc(cs.rows(), func(s model.Suggestion) bool { return s.Product.ID == productID })
}
