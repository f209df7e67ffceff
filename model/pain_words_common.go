package model

// Within a pain category, a word that many of its products' sentences
// use ("answer" and "ticket" among the support products, "Daten" among
// the compliance ones) says the pain belongs to the category, which is
// known already, and nothing of which product answers it: "we waited four
// days for an answer on a ticket" shares both with a survey tool and a
// help centre, and is about neither. Such words do not count toward a
// product's fit (see painFit).

// commonShare is the share of a category's products whose sentences (in
// one language) must use a word for it to be common, and commonMin the
// fewest: two products may share a word by chance. On two sets of 50
// pains written blind by native speakers, a third left 3 and 1 confident
// claims wrong where half left 6 and 4 (see the README).
const (
	commonShare = 1.0 / 3
	commonMin   = 3
)

// commonPainWords finds, for each pain category, the stems used by at
// least commonMin and at least commonShare of the products whose
// sentences for it are in the same language (English, and each language
// of the products' Texts).
func commonPainWords(products map[string]Product) map[string]map[string]bool {
	// uses counts, by category and language, the products using each stem;
	// speakers counts the products with a sentence.
	type key struct{ category, lang string }
	uses := map[key]map[string]int{}
	speakers := map[key]int{}
	count := func(k key, sentence string) {
		if sentence == "" {
			return
		}
		speakers[k]++
		if uses[k] == nil {
			uses[k] = map[string]int{}
		}
		for w := range sentenceStems(sentence) {
			uses[k][w]++
		}
	}
	for _, p := range products {
		for category, s := range p.Solves {
			count(key{category, ""}, s)
		}
		for lang, t := range p.Texts {
			for category, s := range t.Solves {
				count(key{category, lang}, s)
			}
		}
	}
	out := map[string]map[string]bool{}
	for k, words := range uses {
		for w, n := range words {
			if n >= commonMin && float64(n) >= commonShare*float64(speakers[k]) {
				if out[k.category] == nil {
					out[k.category] = map[string]bool{}
				}
				out[k.category][w] = true
			}
		}
	}
	return out
}
