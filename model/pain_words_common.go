package model

import "cmp"

// Within a pain category, a word that many of its products' sentences
// use ("answer" and "ticket" among the support products, "Daten" among
// the compliance ones) says the pain belongs to the category, which is
// known already, and nothing of which product answers it: "we waited four
// days for an answer on a ticket" shares both with a survey tool and a
// help centre, and is about neither. Such words do not count toward a
// product's fit (see painFit).

// commonShare is the share of a category's product families whose
// sentences (in one language) must use a word for it to be common, and
// commonMin the fewest: two families may share a word by chance. Families,
// not products: the tiers of one family say the same thing in their own
// words ("storage" in each Document Storage tier), which tells the family
// from the category's others and so must count. On two sets of 50 pains
// written blind by native speakers, a third left 3 and 1 confident claims
// wrong where half left 6 and 4 (see the README).
const (
	commonShare = 1.0 / 3
	commonMin   = 3
)

// commonPainWords finds, for each pain category, the stems used by at
// least commonMin and at least commonShare of the product families whose
// sentences for it are in the same language (English, and each language
// of the products' Texts).
func commonPainWords(products map[string]Product) map[string]map[string]bool {
	// uses holds, by category and language, the families using each stem;
	// speakers the families with a sentence.
	type key struct{ category, lang string }
	uses := map[key]map[string]map[string]bool{}
	speakers := map[key]map[string]bool{}
	count := func(k key, family, sentence string) {
		if sentence == "" {
			return
		}
		if speakers[k] == nil {
			speakers[k] = map[string]bool{}
			uses[k] = map[string]map[string]bool{}
		}
		speakers[k][family] = true
		for w := range sentenceStems(sentence) {
			if uses[k][w] == nil {
				uses[k][w] = map[string]bool{}
			}
			uses[k][w][family] = true
		}
	}
	for _, p := range products {
		family := cmp.Or(p.Family, p.ID)
		for category, s := range p.Solves {
			count(key{category, ""}, family, s)
		}
		for lang, t := range p.Texts {
			for category, s := range t.Solves {
				count(key{category, lang}, family, s)
			}
		}
	}
	out := map[string]map[string]bool{}
	for k, words := range uses {
		for w, families := range words {
			if n := len(families); n >= commonMin && float64(n) >= commonShare*float64(len(speakers[k])) {
				if out[k.category] == nil {
					out[k.category] = map[string]bool{}
				}
				out[k.category][w] = true
			}
		}
	}
	return out
}
