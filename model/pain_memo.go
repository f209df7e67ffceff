package model

import "sync"

// painMemoCap bounds what a catalogue keeps of each kind of pain reading:
// a few hundred kilobytes, whatever the book's size.
const painMemoCap = 8192

// memo keeps results a catalogue computed from pains' words. Reading runs
// the cue lists and word stems over the words, which is much of a
// briefing's time; the same pain is read again on every briefing of its
// account (after each call, on every portfolio page), and the same words
// across accounts. Safe for concurrent use; when full it starts over.
type memo[K comparable, V any] struct {
	mu sync.Mutex
	m  map[K]V
}

// get returns the result for k, computing it with compute on a miss.
func (m *memo[K, V]) get(k K, compute func() V) V {
	if m == nil {
		return compute()
	}
	m.mu.Lock()
	v, ok := m.m[k]
	m.mu.Unlock()
	if ok {
		return v
	}
	v = compute()
	m.mu.Lock()
	if m.m == nil || len(m.m) >= painMemoCap {
		m.m = make(map[K]V, 64)
	}
	m.m[k] = v
	m.mu.Unlock()
	return v
}

// painKey is what a reading depends on besides the catalogue.
type painKey struct{ category, title string }

// painReading is one pain's reading.
type painReading struct {
	category string
	aboutUs  bool
}

// fitKey is what a product's fit to a pain depends on besides the
// catalogue.
type fitKey struct{ category, title, product string }

// readPain is how the rules read an open pain: the category they count
// it under (see ruleCategory) and, for a pain not about cost, whether it
// speaks to us (see aboutUs).
func (c *Catalog) readPain(p PainPoint) (category string, aboutUs bool) {
	var m *memo[painKey, painReading]
	if c != nil {
		m = c.readings
	}
	r := m.get(painKey{p.Category, p.Title}, func() painReading {
		cat := c.ruleCategory(p)
		return painReading{category: cat, aboutUs: cat != PainCost && c.aboutUs(p.Title)}
	})
	return r.category, r.aboutUs
}
