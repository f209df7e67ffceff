package demo

import (
	"strings"
	"time"

	"talktrack/model"
)

// painCounts are how many open and resolved pains an account has, by stage
// (model.Stages order), as ranges.
var painCounts = [6]struct{ open, resolved [2]int }{
	{open: [2]int{0, 2}, resolved: [2]int{0, 0}}, // onboarding
	{open: [2]int{1, 2}, resolved: [2]int{0, 1}}, // adoption
	{open: [2]int{0, 2}, resolved: [2]int{1, 2}}, // value realized
	{open: [2]int{0, 1}, resolved: [2]int{1, 2}}, // advocate
	{open: [2]int{2, 3}, resolved: [2]int{0, 1}}, // at risk
	{open: [2]int{1, 2}, resolved: [2]int{0, 1}}, // churned
}

// pains adds the account's pain points in its own words. Open pains lean to
// what its products do not yet address (that is what it calls about);
// resolved ones to what they do (a product fixed it). Onboarding customers
// mostly struggle with getting started; at-risk ones hurt badly.
func (g *generator) pains(a *account) {
	if len(g.ix.categories) == 0 {
		return
	}
	clear(g.catHeld)
	for _, h := range g.ds.Holdings[a.firstHolding:] {
		for _, c := range g.ix.products[g.ix.byID[h.ProductID]].pains {
			g.catHeld[c] = true
		}
	}
	counts := painCounts[stageIndex(a.Stage)]
	base := g.ix.painWeight[a.indIdx][a.band]

	for c := range g.cats {
		w := base[c]
		if g.catHeld[c] {
			w *= 0.6
		} else {
			w *= 1.8
		}
		if a.Stage == model.StageOnboarding && g.ix.categories[c].ID == "onboarding" {
			w *= 4
		}
		g.cats[c] = w
	}
	for range g.between(counts.open[0], counts.open[1]) {
		c := pickWeighted(g.rng, g.cats)
		if c < 0 {
			break
		}
		g.cats[c] = 0 // one open pain per category
		g.addPain(a, c, model.PainOpen)
	}

	for c := range g.cats {
		w := base[c]
		if g.catHeld[c] {
			w *= 2.5
		} else {
			w *= 0.4
		}
		g.cats[c] = w
	}
	for range g.between(counts.resolved[0], counts.resolved[1]) {
		c := pickWeighted(g.rng, g.cats)
		if c < 0 {
			break
		}
		g.cats[c] = 0
		g.addPain(a, c, model.PainResolved)
	}
}

// addPain writes one pain point of category c.
func (g *generator) addPain(a *account, c int, status model.PainStatus) {
	r := g.rng
	cat := g.ix.categories[c]
	byCategory, fallback := painWords(a.cult.lang)
	phrases := byCategory[cat.ID]
	s := slots{name: g.colleague(a), n: 2 + r.IntN(5), label: strings.ToLower(cat.Label)}
	// The same complaint is not noted twice at one account.
	for try := 0; ; try++ {
		phrase := fallback
		if len(phrases) > 0 {
			phrase = pickString(r, phrases)
		}
		g.buf = appendFilled(g.buf[:0], phrase, &s)
		if try == 5 || !g.hasPain(a, g.buf) {
			break
		}
	}

	severity := 1 + pickWeighted(r, []float64{3, 5, 2})
	if status == model.PainOpen && a.Stage == model.StageAtRisk {
		severity = 2 + pickWeighted(r, []float64{3, 7})
	}
	g.ds.Pains = append(g.ds.Pains, model.PainPoint{
		AccountID: a.ID,
		Category:  cat.ID,
		Title:     string(g.buf),
		Severity:  severity,
		Status:    status,
		NotedAt:   g.painNoted(a, status),
	})
}

// hasPain reports whether the account already has a pain worded as title.
func (g *generator) hasPain(a *account, title []byte) bool {
	for _, p := range g.ds.Pains[a.firstPain:] {
		if p.Title == string(title) {
			return true
		}
	}
	return false
}

// painNoted is when a pain was first heard: open ones recently, mostly
// around the time the account entered its stage; resolved ones earlier.
func (g *generator) painNoted(a *account, status model.PainStatus) time.Time {
	yesterday := g.today.AddDate(0, 0, -1)
	lo, hi := a.StageSince.AddDate(0, 0, -45), yesterday
	switch {
	case status == model.PainResolved:
		lo, hi = a.start, a.StageSince.AddDate(0, 0, 30)
	case a.Stage == model.StageChurned:
		hi = a.StageSince // nobody notes complaints after they left
	}
	lo, hi = later(lo, a.start), earlier(hi, yesterday)
	if hi.Before(lo) {
		return lo
	}
	return lo.AddDate(0, 0, g.between(0, daysBetween(lo, hi)))
}

// stageIndex is the stage's position in model.Stages.
func stageIndex(s model.Stage) int {
	for i, st := range model.Stages {
		if st == s {
			return i
		}
	}
	return 0
}
