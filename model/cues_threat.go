package model

import "strings"

// cueFutureWords say what someone will do: the threat that follows a
// condition ("if it goes up again they will cancel", „wenn …, werden sie
// kündigen“).
var cueFutureWords = map[string]bool{
	"will": true, "would": true, "gonna": true, "going": true, "may": true, "might": true, "werden": true, "wird": true, "wurden": true,
}

// threatAfterCondition reports whether the words of a clause from start
// up to k hold a condition word and, after it, a word saying what someone
// will do, so that the match at k is the consequence of the condition, not
// the condition itself: "if the renewal goes up again they will cancel",
// "if prices rise again they'll walk", but not "if they cancel".
func threatAfterCondition(words []cueWord, start, k int) bool {
	return threatStart(words, start, k) >= 0
}

// threatStart is where the threat after a condition begins (its "will",
// "may", "'ll"), -1 when the clause holds none: a negation before it is
// the condition's ("if it isn't fixed they may not renew").
func threatStart(words []cueWord, start, k int) int {
	cond := -1
	for j := start; j < k; j++ {
		if cueConditionWords[words[j].norm] {
			cond = j
			break
		}
	}
	if cond < 0 {
		return -1
	}
	for j := cond + 1; j <= k && j < len(words); j++ {
		w := words[j].norm
		if cueFutureWords[w] || strings.HasSuffix(w, "'ll") || strings.HasSuffix(w, "'d") {
			return j
		}
	}
	return -1
}
