package model

import (
	"slices"
	"strings"
)

// costSaidFine reports whether a no-need hit follows a cost denial with
// nothing but punctuation between them: in „Preis war kein Thema, passt
// so“ or «Цена не обсуждалась, всё устраивает» the "fine as it is" says
// the price is fine, not that they need nothing.
func costSaidFine(h cueHit, hits []cueHit, text string) bool {
	return h.rule.kind == CueNoNeed && slices.ContainsFunc(hits, func(d cueHit) bool {
		return d.rule.role == roleDenial && d.rule.kind == CuePrice && !d.negated && d.sentence == h.sentence &&
			d.end <= h.start && strings.Trim(text[d.end:h.start], " \t,;:–—-、") == ""
	})
}
