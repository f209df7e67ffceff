package importer

import (
	"fmt"
	"strings"
)

// schemaOf returns the schema of a CSV kind; nil for the playbook.
func schemaOf(k Kind) *schema {
	if ki := newKind(k); ki != nil {
		return ki.schema()
	}
	return nil
}

// ColumnHelp lists, for each CSV kind, its fields and the column headers
// recognised for each (normalised: lower case, letters and digits only),
// for the command's help and the README.
func ColumnHelp() string {
	var b strings.Builder
	for _, k := range Kinds {
		s := schemaOf(k)
		if s == nil {
			continue
		}
		fmt.Fprintf(&b, "%s:\n", k)
		for _, f := range s.fields {
			fmt.Fprintf(&b, "  %-13s %s\n", f.name, strings.Join(f.aliases, ", "))
		}
	}
	return b.String()
}

// StageRules explains how journey stages are inferred, in the words of the
// rules in stages.go.
const StageRules = `Accounts imported without a stage get one inferred from what they bought, shown
as inferred, and inferred again after every import of purchases or holdings
(a stage from a file is kept). Time is measured from the newest date in the
database (the export's "as of" day), not from today. First match wins:
  1. nothing won or held                                   onboarding
  2. held, but no purchase date known                      adoption
  3. latest won purchase more than 18 months old           at_risk
  4. first won purchase less than 90 days old              onboarding
  5. won on 3+ days, 2+ products, latest within 6 months   advocate
  6. won on 2+ different days                              value_realized
  7. otherwise (one purchase, 90+ days ago)                adoption
`
