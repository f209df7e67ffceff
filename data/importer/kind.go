package importer

import (
	"strings"

	"talktrack/model"
)

// Kind is what an imported file holds.
type Kind string

// The kinds of file talktrack imports.
const (
	KindAccounts  Kind = "accounts"
	KindContacts  Kind = "contacts"
	KindProducts  Kind = "products"
	KindHoldings  Kind = "holdings"
	KindPurchases Kind = "purchases"
	KindPains     Kind = "pains"
	KindPlaybook  Kind = "playbook"
)

// Kinds lists every kind, in the order a new database is best filled:
// the catalogue and the accounts before what refers to them.
var Kinds = []Kind{KindPlaybook, KindProducts, KindAccounts, KindContacts, KindHoldings, KindPurchases, KindPains}

// ParseKind reads a kind name; singular forms are accepted too.
func ParseKind(s string) (Kind, error) {
	k := strings.ToLower(strings.TrimSpace(s))
	for _, kind := range Kinds {
		if k == string(kind) || k+"s" == string(kind) {
			return kind, nil
		}
	}
	names := make([]string, len(Kinds))
	for i, kind := range Kinds {
		names[i] = string(kind)
	}
	return "", model.Errorf(model.EINVALID, "cannot import %q: use one of %s", s, strings.Join(names, ", "))
}
