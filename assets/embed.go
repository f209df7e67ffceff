// Package assets holds the files built into the talktrack binary: the demo
// playbook that sales ops can copy and edit, and from which the demo
// database is generated.
package assets

import _ "embed"

// Playbook is the demo playbook (assets/playbook.yaml): a B2B SaaS catalogue
// with tier ladders, complements, pain categories and talking points. Parse
// it with data.ParsePlaybook.
//
//go:embed playbook.yaml
var Playbook []byte
