package data

import (
	"context"
	"database/sql"
	"encoding/json"
	"strings"
	"sync"

	"talktrack/model"
)

// playbookCuesDoc is the playbook's cues section as sales ops writes it:
// competitors, and per language the word lists and the responses.
type playbookCuesDoc struct {
	Competitors []playbookCompetitorDoc  `yaml:"competitors"`
	Languages   []playbookCueLanguageDoc `yaml:"languages"`
}

type playbookCompetitorDoc struct {
	Name       string            `yaml:"name"`
	Aliases    []string          `yaml:"aliases"`
	Difference map[string]string `yaml:"difference"`
}

type playbookCueLanguageDoc struct {
	Locale         string              `yaml:"locale"`
	Spaceless      bool                `yaml:"spaceless"`
	Negations      []string            `yaml:"negations"`
	NegationsAfter []string            `yaml:"negations_after"`
	ClauseBreaks   []string            `yaml:"clause_breaks"`
	QuestionStarts []string            `yaml:"question_starts"`
	QuestionWords  []string            `yaml:"question_words"`
	QuestionEnds   []string            `yaml:"question_ends"`
	Price          []string            `yaml:"price"`
	Timing         []string            `yaml:"timing"`
	Authority      []string            `yaml:"authority"`
	NoNeed         []string            `yaml:"no_need"`
	Growth         []string            `yaml:"growth"`
	ChurnRisk      []string            `yaml:"churn_risk"`
	Problems       []string            `yaml:"problems"`
	Pains          map[string][]string `yaml:"pains"`
	Urgent         []string            `yaml:"urgent"`
	CostWords      []string            `yaml:"cost_words"`
	CostDenials    []string            `yaml:"cost_denials"`
	SpendFreeze    []string            `yaml:"spend_freeze"`
	ChurnDenials   []string            `yaml:"churn_denials"`
	AboutUs        []string            `yaml:"about_us"`
	OurService     []string            `yaml:"our_service"`
	TheirOwn       []string            `yaml:"their_own"`
	Ours           []string            `yaml:"ours"`
	People         []string            `yaml:"people"`
	TimeUnits      map[string][]string `yaml:"time_units"`
	Responses      map[string]string   `yaml:"responses"`
}

// toModel copies the section into domain types, trimming stray spaces.
func (d *playbookCuesDoc) toModel() model.CueRules {
	var r model.CueRules
	if d == nil {
		return r
	}
	for _, c := range d.Competitors {
		diff := make(map[string]string, len(c.Difference))
		for loc, text := range c.Difference {
			diff[strings.ToLower(strings.TrimSpace(loc))] = strings.TrimSpace(text)
		}
		r.Competitors = append(r.Competitors, model.Competitor{
			Name: strings.TrimSpace(c.Name), Aliases: trimAll(c.Aliases), Difference: diff,
		})
	}
	for _, l := range d.Languages {
		cl := model.CueLanguage{
			Locale:         strings.ToLower(strings.TrimSpace(l.Locale)),
			Spaceless:      l.Spaceless,
			Negations:      trimAll(l.Negations),
			NegationsAfter: trimAll(l.NegationsAfter),
			ClauseBreaks:   trimAll(l.ClauseBreaks),
			QuestionStarts: trimAll(l.QuestionStarts),
			QuestionWords:  trimAll(l.QuestionWords),
			QuestionEnds:   trimAll(l.QuestionEnds),
			Phrases: map[model.CueKind][]string{
				model.CuePrice: trimAll(l.Price), model.CueTiming: trimAll(l.Timing),
				model.CueAuthority: trimAll(l.Authority), model.CueNoNeed: trimAll(l.NoNeed),
				model.CueGrowth: trimAll(l.Growth), model.CueChurnRisk: trimAll(l.ChurnRisk),
			},
			Problems:     trimAll(l.Problems),
			Pains:        map[string][]string{},
			Urgent:       trimAll(l.Urgent),
			CostWords:    trimAll(l.CostWords),
			CostDenials:  trimAll(l.CostDenials),
			SpendFreeze:  trimAll(l.SpendFreeze),
			ChurnDenials: trimAll(l.ChurnDenials),
			AboutUs:      trimAll(l.AboutUs),
			OurService:   trimAll(l.OurService),
			TheirOwn:     trimAll(l.TheirOwn),
			Ours:         trimAll(l.Ours),
			People:       trimAll(l.People),
			TimeUnits:    map[string][]string{},
			Responses:    map[model.CueKind]string{},
		}
		for cat, words := range l.Pains {
			cl.Pains[strings.TrimSpace(cat)] = trimAll(words)
		}
		for unit, words := range l.TimeUnits {
			cl.TimeUnits[strings.TrimSpace(unit)] = trimAll(words)
		}
		for kind, text := range l.Responses {
			cl.Responses[model.CueKind(canonicalKey(kind))] = strings.TrimSpace(text)
		}
		r.Languages = append(r.Languages, cl)
	}
	return r
}

// trimAll trims every item; an empty list is nil, as it reads back.
func trimAll(list []string) []string {
	if len(list) == 0 {
		return nil
	}
	out := make([]string, 0, len(list))
	for _, s := range list {
		out = append(out, strings.TrimSpace(s))
	}
	return out
}

func canonicalKey(s string) string {
	return strings.ReplaceAll(strings.ToLower(strings.TrimSpace(s)), "-", "_")
}

// checkPlaybookCues validates the cues section against the playbook's pain
// categories and makes sure the detector can be built from it.
func checkPlaybookCues(pb model.Playbook) error {
	if pb.Cues.IsZero() {
		return nil
	}
	cats := make([]string, len(pb.PainCategories))
	for i, c := range pb.PainCategories {
		cats[i] = c.ID
	}
	if err := pb.Cues.Validate(cats); err != nil {
		return err
	}
	_, err := model.NewCueDetector(pb.Cues)
	return err
}

// metaCueRules is the meta key holding the playbook's cue rules as JSON:
// they are read whole, never queried piecemeal.
const metaCueRules = "cue_rules"

// storeCueRules writes the cue rules inside the playbook's transaction.
func storeCueRules(ctx context.Context, tx *sql.Tx, r model.CueRules) error {
	b, err := json.Marshal(r)
	if err != nil {
		return internalf(err, "encode the cue rules")
	}
	return internalf(setMeta(ctx, tx, metaCueRules, string(b)), "store the cue rules")
}

// loadCueRules reads the stored cue rules; none when the playbook had none.
func loadCueRules(ctx context.Context, q queryer) (model.CueRules, error) {
	var r model.CueRules
	v, err := metaOrEmpty(ctx, q, metaCueRules)
	if err != nil || v == "" {
		return r, internalf(err, "read the cue rules")
	}
	return r, internalf(json.Unmarshal([]byte(v), &r), "decode the cue rules")
}

// cueCache keeps the cue detector of one playbook version.
type cueCache struct {
	mu       sync.Mutex
	detector *model.CueDetector
	version  string
}

// CueDetector returns the stored playbook's cue detector, built once per
// playbook version; nil when the playbook has no cue rules.
func (s *Store) CueDetector(ctx context.Context) (*model.CueDetector, error) {
	version, err := metaOrEmpty(ctx, s.db, metaPlaybookVersion)
	if err != nil {
		return nil, mapError(s.path, internalf(err, "read the playbook's version"))
	}
	c := &s.cues
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.detector != nil && c.version == version {
		return c.detector, nil
	}
	r, err := loadCueRules(ctx, s.db)
	if err != nil {
		return nil, mapError(s.path, err)
	}
	if r.IsZero() {
		return nil, nil
	}
	d, err := model.NewCueDetector(r)
	if err != nil {
		return nil, err
	}
	c.detector, c.version = d, version
	return d, nil
}
