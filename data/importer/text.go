package importer

import (
	"strings"

	"talktrack/model"
)

// joinNonEmpty joins the parts that are not empty.
func joinNonEmpty(sep string, parts ...string) string {
	var kept []string
	for _, p := range parts {
		if p != "" {
			kept = append(kept, p)
		}
	}
	return strings.Join(kept, sep)
}

// nameKeyOrText keys a name for matching; a name of punctuation alone
// keys as itself.
func nameKeyOrText(name string) string {
	if k := model.NameKey(name); k != "" {
		return k
	}
	return strings.ToLower(name)
}
