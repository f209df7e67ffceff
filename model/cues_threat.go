package model

import "strings"

// cueFutureWords say what someone will do: the threat that follows a
// condition ("if it goes up again they will cancel", „wenn …, werden sie
// kündigen“).
var cueFutureWords = map[string]bool{
	"will": true, "would": true, "gonna": true, "going": true, "werden": true, "wird": true, "wurden": true,
}

// threatAfterCondition reports whether the words of a clause from start
// up to k hold a condition word and, after it, a word saying what someone
// will do, so that the match at k is the consequence of the condition, not
// the condition itself: "if the renewal goes up again they will cancel",
// "if prices rise again they'll walk", but not "if they cancel".
func threatAfterCondition(words []cueWord, start, k int) bool {
	cond := -1
	for j := start; j < k; j++ {
		if cueConditionWords[words[j].norm] {
			cond = j
			break
		}
	}
	if cond < 0 {
		return false
	}
	for j := cond + 1; j <= k && j < len(words); j++ {
		w := words[j].norm
		if cueFutureWords[w] || strings.HasSuffix(w, "'ll") || strings.HasSuffix(w, "'d") {
			return true
		}
	}
	return false
}
