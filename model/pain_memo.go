package model

import "sync"

// painReadingsCap bounds the pain readings a catalogue keeps: a few
// hundred kilobytes, whatever the book's size.
const painReadingsCap = 8192

// painReadings keeps how a catalogue read pains' words: the category the
// rules read a pain by and whether it speaks to us. Reading runs the cue
// lists over the words, which is most of a briefing's time before
// ranking; the same pain is read again on every briefing of its account
// (after each call, on every portfolio page), and the same words across
// accounts. Safe for concurrent use; when full it starts over.
type painReadings struct {
	mu     sync.Mutex
	byPain map[painKey]painReading
}

// painKey is what a reading depends on besides the catalogue.
type painKey struct{ category, title string }

// painReading is one pain's reading.
type painReading struct {
	category string
	aboutUs  bool
}

// read returns the reading of a pain, computing it with read on a miss.
func (m *painReadings) read(k painKey, read func() painReading) painReading {
	if m == nil {
		return read()
	}
	m.mu.Lock()
	r, ok := m.byPain[k]
	m.mu.Unlock()
	if ok {
		return r
	}
	r = read()
	m.mu.Lock()
	if m.byPain == nil || len(m.byPain) >= painReadingsCap {
		m.byPain = make(map[painKey]painReading, 64)
	}
	m.byPain[k] = r
	m.mu.Unlock()
	return r
}

// readPain is how the rules read an open pain: the category they count
// it under (see ruleCategory) and, for a pain not about cost, whether it
// speaks to us (see aboutUs).
func (c *Catalog) readPain(p PainPoint) (category string, aboutUs bool) {
	var m *painReadings
	if c != nil {
		m = c.readings
	}
	r := m.read(painKey{p.Category, p.Title}, func() painReading {
		cat := c.ruleCategory(p)
		return painReading{category: cat, aboutUs: cat != PainCost && c.aboutUs(p.Title)}
	})
	return r.category, r.aboutUs
}
