package data

import (
	"bytes"
	"slices"
	"sync"

	"gopkg.in/yaml.v3"

	"talktrack/assets"
	"talktrack/model"
)

// Sections of a playbook that the built-in playbook fills in when a
// playbook file leaves them out (see ParsePlaybookFile).
const (
	SectionCues          = "cues"
	SectionTalkingPoints = "talking_points"
)

// builtInPlaybook is the playbook talktrack ships, parsed once.
var builtInPlaybook = sync.OnceValues(func() (model.Playbook, error) { return ParsePlaybook(assets.Playbook) })

// ParsePlaybookFile parses a playbook file sales ops wrote, as
// ParsePlaybook does, and fills in what it leaves out: without a cues
// section the notes of calls would be heard by nothing, and without
// talking points no offer would say a word, so those sections are the
// built-in playbook's (its talking points for any product, and for the
// pain categories the file lists). builtIn names the sections taken so.
func ParsePlaybookFile(b []byte) (pb model.Playbook, builtIn []string, err error) {
	if pb, err = ParsePlaybook(b); err != nil {
		return pb, nil, err
	}
	var keys map[string]yaml.Node
	if err := yaml.NewDecoder(bytes.NewReader(b)).Decode(&keys); err != nil {
		return pb, nil, playbookYAMLError(err)
	}
	base, err := builtInPlaybook()
	if err != nil {
		return pb, nil, err
	}
	if _, ok := keys["cues"]; !ok {
		pb.Cues = base.Cues
		builtIn = append(builtIn, SectionCues)
	}
	if _, ok := keys["talking_points"]; !ok {
		for _, t := range base.TalkingPoints {
			if len(t.Products) == 0 && (t.Category == "" || slices.ContainsFunc(pb.PainCategories, func(c model.PainCategory) bool { return c.ID == t.Category })) {
				pb.TalkingPoints = append(pb.TalkingPoints, t)
			}
		}
		builtIn = append(builtIn, SectionTalkingPoints)
	}
	return pb, builtIn, nil
}
