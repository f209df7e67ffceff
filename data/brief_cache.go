package data

import (
	"context"
	"sync"
	"time"

	"talktrack/model"
)

// metaCallsVersion is the meta key LogCall bumps, so that a store (in this
// process or another) knows the past offers it keeps may be stale.
const metaCallsVersion = "calls_version"

// briefCacheSize bounds the accounts briefCache keeps, a few kilobytes
// each: scrolling through the whole book must not hold it all in memory.
const briefCacheSize = 2048

// briefVersions are the versions of what an account's top suggestion is
// ranked from: accounts, holdings and pains change with bulk writes
// (Update), past offers with LogCall, peer statistics and the playbook
// with their own refreshes.
type briefVersions struct {
	accounts, calls, peers, playbook string
}

// compare orders versions, which only grow; 0 when they are equal.
func (v briefVersions) compare(w briefVersions) int {
	pairs := [][2]string{{v.accounts, w.accounts}, {v.calls, w.calls}, {v.peers, w.peers}, {v.playbook, w.playbook}}
	for _, p := range pairs {
		a, b := versionNumber(p[0]), versionNumber(p[1])
		switch {
		case a < b:
			return -1
		case a > b:
			return 1
		}
	}
	return 0
}

// readBriefVersions reads the versions in the caller's transaction, so that
// they agree with the rows it reads.
func readBriefVersions(ctx context.Context, q queryer) (briefVersions, error) {
	var v briefVersions
	rows, err := q.QueryContext(ctx, `SELECT key, value FROM meta WHERE key IN (?, ?, ?, ?)`,
		metaAccountsVersion, metaCallsVersion, metaPeersVersion, metaPlaybookVersion)
	if err != nil {
		return v, internalf(err, "read the data's version")
	}
	err = eachRow(rows, func() error {
		var key, value string
		err := rows.Scan(&key, &value)
		switch key {
		case metaAccountsVersion:
			v.accounts = value
		case metaCallsVersion:
			v.calls = value
		case metaPeersVersion:
			v.peers = value
		case metaPlaybookVersion:
			v.playbook = value
		}
		return err
	})
	return v, internalf(err, "read the data's version")
}

// briefEntry is what briefCache keeps of one account.
type briefEntry struct {
	// facts are its holdings, pain points and past offers; nil when only
	// the top suggestion is kept.
	facts *accountFacts
	// top is its best suggestion, valid at moments before until in the
	// time zone loc (model.StableUntil); ranked is false until it is.
	top    topPick
	until  time.Time
	loc    *time.Location
	ranked bool
}

// briefCache keeps, per account, its top suggestion and what briefing it
// reads from the database (holdings, pain points, past offers), so that a
// keystroke in the portfolio filter neither reads nor ranks again the rows
// it showed a moment ago. A top suggestion is kept only until the passing
// of time may change it (a cool-off ends at the hour of the call that
// started it), and everything only while the versions it was read at are
// current; LogCall drops the account it logged for. Peer statistics and
// the catalogue have caches of their own.
type briefCache struct {
	mu       sync.Mutex
	versions briefVersions
	entries  map[string]*briefEntry
}

// briefLookup is what briefCache holds of some accounts at one moment.
type briefLookup struct {
	// tops are the accounts whose top suggestion is still valid.
	tops map[string]topPick
	// facts are the kept facts of the others.
	facts map[string]*accountFacts
	// missing are the accounts of which nothing usable is kept.
	missing []string
	// use is false when the versions asked for are older than the kept
	// ones (a query whose snapshot began before a write): nothing may be
	// stored from it.
	use bool
}

// get looks ids up for a query that reads at versions v and ranks at now.
// Entries read at other versions are dropped first, unless v is the older.
func (c *briefCache) get(v briefVersions, now time.Time, ids []string) briefLookup {
	l := briefLookup{tops: map[string]topPick{}, facts: map[string]*accountFacts{}}
	c.mu.Lock()
	defer c.mu.Unlock()
	switch v.compare(c.versions) {
	case -1:
		l.missing = ids
		return l
	case 1:
		c.versions, c.entries = v, nil
	}
	l.use = true
	for _, id := range ids {
		e, ok := c.entries[id]
		switch {
		case ok && e.ranked && now.Before(e.until) && now.Location() == e.loc:
			l.tops[id] = e.top
		case ok && e.facts != nil:
			l.facts[id] = e.facts
		default:
			l.missing = append(l.missing, id)
		}
	}
	return l
}

// entry returns id's entry to fill, making room when the cache is full.
// c.mu must be held.
func (c *briefCache) entry(id string) *briefEntry {
	e, ok := c.entries[id]
	if ok {
		return e
	}
	if c.entries == nil || len(c.entries) >= briefCacheSize {
		c.entries = map[string]*briefEntry{}
	}
	e = &briefEntry{}
	c.entries[id] = e
	return e
}

// putFacts keeps facts read at versions v, unless newer ones arrived.
func (c *briefCache) putFacts(v briefVersions, facts map[string]*accountFacts) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if v.compare(c.versions) != 0 {
		return
	}
	for id, f := range facts {
		c.entry(id).facts = f
	}
}

// putTop keeps an account's top suggestion, ranked from data read at
// versions v, until it may change.
func (c *briefCache) putTop(v briefVersions, id string, top topPick, until time.Time, loc *time.Location) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if v.compare(c.versions) != 0 {
		return
	}
	e := c.entry(id)
	e.top, e.until, e.loc, e.ranked = top, until, loc, true
}

// forgetOffers drops one account after this store logged a call for it;
// calls is the calls version that call's transaction wrote. When the kept
// entries were read just before that version, only that account's are
// stale; otherwise someone else logged calls too, and the next get drops
// everything.
func (c *briefCache) forgetOffers(accountID, calls string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	delete(c.entries, accountID)
	if versionNumber(c.versions.calls)+1 == versionNumber(calls) {
		c.versions.calls = calls
	}
}

// catalogIs reports whether cat is the catalogue kept for the playbook at
// version.
func (s *Store) catalogIs(cat *model.Catalog, version string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.catalog == cat && s.catalogVersion == version
}
