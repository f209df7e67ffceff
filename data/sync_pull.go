package data

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"talktrack/model"
)

// Pulled is what a sync brought from the hub: the book's changes, the
// calls and pain changes of the team on this rep's accounts, and the
// team's offer statistics. ApplyPull stores it all or nothing.
type Pulled struct {
	// Playbook is the hub's playbook when it changed; nil otherwise.
	Playbook *model.Playbook
	// Accounts, Contacts and Holdings are the book's rows that changed.
	// Book fields come from the hub: they replace what this laptop has.
	Accounts []model.Account
	Contacts []model.Contact
	Holdings []model.Holding
	// Calls are calls of the team; the ones this laptop has are skipped.
	Calls []model.Call
	// PainChanges are changes of pain points; each joins its pain's
	// history and the latest one is the pain's state.
	PainChanges []model.PainChange
	// TeamStats, when not nil, replace the team's offer statistics.
	TeamStats []model.TeamOfferStat
	// Cursor is the hub's clock to pull from next time; set on the last part
	// of a pull only (see ApplyPullParts).
	Cursor string
	// Territory names the owners the login reads, to notice a change.
	Territory string
	// SyncedAt is when this sync completed.
	SyncedAt time.Time
}

// PullResult counts what ApplyPull changed here.
type PullResult struct {
	// NewCalls counts calls this laptop did not have.
	NewCalls int
	// NewPainChanges counts pain changes this laptop did not have.
	NewPainChanges int
	// BookChanges counts accounts, contacts and holdings that were new
	// here or differed (a sync may receive rows it has already).
	BookChanges int
}

// SyncCursor returns where the last sync left off: the hub's clock to pull
// from ("" for everything) and the territory it was for.
func (s *Store) SyncCursor(ctx context.Context) (cursor, territory string, err error) {
	err = s.view(ctx, func(tx *sql.Tx) error {
		if cursor, err = metaOrEmpty(ctx, tx, metaSyncCursor); err != nil {
			return err
		}
		territory, err = metaOrEmpty(ctx, tx, metaSyncTerritory)
		return err
	})
	return cursor, territory, internalf(err, "read the sync cursor")
}

// ApplyPull stores p in one transaction together with the new cursor, so
// that an interrupted sync leaves the database as it was and the next one
// pulls the same changes again; rows this laptop already has are skipped.
// p must carry the cursor.
func (s *Store) ApplyPull(ctx context.Context, p Pulled) (PullResult, error) {
	parts := make(chan Pulled, 1)
	parts <- p
	close(parts)
	return s.ApplyPullParts(ctx, parts)
}

// errPullCutOff says the parts of a pull stopped before the last one.
var errPullCutOff = errors.New("the pull from the hub stopped before its end; nothing of it was stored")

// ApplyPullParts stores a pull that arrives in parts while the rest is
// still being read from the hub: the playbook and the accounts first, then
// what refers to them; the last part carries the cursor. Everything goes
// into one transaction, committed only once the last part is stored, so a
// pull cut off part-way stores nothing.
func (s *Store) ApplyPullParts(ctx context.Context, parts <-chan Pulled) (PullResult, error) {
	var res PullResult
	err := s.Update(ctx, func(tx *sql.Tx) error {
		ap := &pullApplier{ctx: ctx, tx: tx, res: &res}
		for {
			select {
			case <-ctx.Done():
				return ctx.Err()
			case p, ok := <-parts:
				if !ok {
					return errPullCutOff
				}
				if err := ap.part(p); err != nil {
					return err
				}
				if p.Cursor != "" {
					return ap.finish(p)
				}
			}
		}
	})
	// New calls bumped the calls' version: briefs cached in memory, whose
	// offers may have changed, are read again.
	return res, err
}

// pullApplier stores the parts of one pull inside one transaction.
type pullApplier struct {
	ctx context.Context
	tx  *sql.Tx
	res *PullResult

	started bool
	// bulk is set when the pull fills a database without accounts (a
	// rep's first sync): rows are inserted in bulk, the indexes rebuilt
	// once by restore, and the pain changes stored together at the end.
	bulk    bool
	restore func() error
	pains   []model.PainChange
	calls   []model.Call
}

func (a *pullApplier) part(p Pulled) error {
	ctx, tx := a.ctx, a.tx
	if p.Playbook != nil {
		if err := ReplacePlaybook(ctx, tx, *p.Playbook); err != nil {
			return err
		}
	}
	if !a.started {
		a.started = true
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM (SELECT 1 FROM accounts LIMIT 1)`).Scan(&n); err != nil {
			return internalf(err, "count accounts")
		}
		if n == 0 && len(p.Accounts) > 0 {
			if err := a.startBulk(); err != nil {
				return err
			}
		}
	}
	if a.bulk {
		if err := insertBookInBulk(ctx, tx, p); err != nil {
			return err
		}
		a.res.BookChanges += len(p.Accounts) + len(p.Contacts) + len(p.Holdings)
		a.pains = append(a.pains, p.PainChanges...)
	} else {
		n, err := upsertBook(ctx, tx, p)
		if err != nil {
			return err
		}
		a.res.BookChanges += n
		for _, ch := range p.PainChanges {
			added, err := applyPainChange(ctx, tx, ch)
			if err != nil {
				return err
			}
			if added {
				a.res.NewPainChanges++
			}
		}
	}
	a.calls = append(a.calls, p.Calls...)
	if p.TeamStats != nil {
		return replaceTeamStats(ctx, tx, p.TeamStats)
	}
	return nil
}

// startBulk prepares a database without accounts for a whole book.
func (a *pullApplier) startBulk() error {
	// A book of 100k accounts touches more pages than the default cache
	// of 2 MB holds.
	if _, err := a.tx.ExecContext(a.ctx, `PRAGMA cache_size = -262144`); err != nil {
		return internalf(err, "prepare the first sync")
	}
	restore, err := dropIndexesWhenEmpty(a.ctx, a.tx)
	if err != nil {
		return err
	}
	a.bulk, a.restore = true, restore
	return nil
}

// finish stores what waited for the whole pull, and the cursor of last.
func (a *pullApplier) finish(last Pulled) error {
	ctx, tx := a.ctx, a.tx
	if a.bulk {
		n, err := insertPainHistory(ctx, tx, a.pains)
		if err != nil {
			return err
		}
		a.res.NewPainChanges += n
		if err := a.restore(); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `PRAGMA cache_size = -2000`); err != nil {
			return internalf(err, "finish the first sync")
		}
	}
	if a.res.BookChanges > 0 {
		if err := RefreshPeerStats(ctx, tx); err != nil {
			return err
		}
	}
	var err error
	if a.res.NewCalls, err = insertPulledCalls(ctx, tx, a.calls); err != nil {
		return err
	}
	for key, value := range map[string]string{
		metaSyncCursor: last.Cursor, metaSyncTerritory: last.Territory, metaSyncLast: FormatInstant(last.SyncedAt),
	} {
		if err := setMeta(ctx, tx, key, value); err != nil {
			return internalf(err, "record the sync")
		}
	}
	return nil
}

// insertBookInBulk inserts the accounts, contacts and holdings of p into
// a database that has none of them (see pullApplier.startBulk).
func insertBookInBulk(ctx context.Context, tx *sql.Tx, p Pulled) error {
	if len(p.Accounts) > 0 {
		if err := insertAccounts(ctx, tx, p.Accounts); err != nil {
			return err
		}
	}
	if len(p.Contacts) > 0 {
		if err := insertContacts(ctx, tx, p.Contacts); err != nil {
			return err
		}
	}
	if len(p.Holdings) > 0 {
		return insertHoldings(ctx, tx, p.Holdings)
	}
	return nil
}

// insertPainHistory stores pain changes into a database that has none of
// their pains yet: the whole history, and each pain as its latest change.
func insertPainHistory(ctx context.Context, tx *sql.Tx, changes []model.PainChange) (int, error) {
	history, err := newBulkInsert(ctx, tx, "pain changes", "pain_changes", "global_id", "pain_id", "account_id",
		"category", "title", "severity", "status", "noted_at", "changed_at", "changed_by")
	if err != nil {
		return 0, err
	}
	latest := map[string]model.PainChange{}
	var order []string
	for _, ch := range changes {
		err := history.add(ch.ID, ch.PainID, ch.AccountID, ch.Category, ch.Title, ch.Severity, string(ch.Status),
			FormatInstant(ch.NotedAt), formatChange(ch.ChangedAt), ch.ChangedBy)
		if err != nil {
			return 0, err
		}
		if cur, ok := latest[ch.PainID]; !ok || ch.Newer(cur) {
			if !ok {
				order = append(order, ch.PainID)
			}
			latest[ch.PainID] = ch
		}
	}
	if err := history.close(); err != nil {
		return 0, err
	}
	pains, err := newBulkInsert(ctx, tx, "pain points", "pain_points", "account_id", "category", "title",
		"severity", "status", "noted_at", "global_id")
	if err != nil {
		return 0, err
	}
	for _, id := range order {
		ch := latest[id]
		if err := pains.add(ch.AccountID, ch.Category, ch.Title, ch.Severity, string(ch.Status), FormatInstant(ch.NotedAt), ch.PainID); err != nil {
			return 0, err
		}
	}
	return len(changes), pains.close()
}

// upsertBook writes the pulled accounts, contacts and holdings over what
// this laptop has, and counts the rows that were new or differed.
func upsertBook(ctx context.Context, tx *sql.Tx, p Pulled) (int, error) {
	type upsert struct {
		what, sql string
		n         int
		args      func(i int) []any
	}
	steps := []upsert{
		{"accounts", `INSERT INTO accounts (id, name, name_key, industry, size_band, employees, region, locale, arr,
			owner, renewal_date, stage, stage_since, stage_inferred) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (id) DO UPDATE SET name = excluded.name, name_key = excluded.name_key,
			industry = excluded.industry, size_band = excluded.size_band, employees = excluded.employees,
			region = excluded.region, locale = excluded.locale, arr = excluded.arr, owner = excluded.owner,
			renewal_date = excluded.renewal_date, stage = excluded.stage, stage_since = excluded.stage_since,
			stage_inferred = excluded.stage_inferred
			WHERE (name, industry, size_band, employees, region, locale, arr, owner, renewal_date, stage, stage_since,
			stage_inferred) IS NOT (excluded.name, excluded.industry, excluded.size_band, excluded.employees,
			excluded.region, excluded.locale, excluded.arr, excluded.owner, excluded.renewal_date, excluded.stage,
			excluded.stage_since, excluded.stage_inferred)`, len(p.Accounts), func(i int) []any {
			a := p.Accounts[i]
			return []any{a.ID, a.Name, model.NameKey(a.Name), a.Industry, a.SizeBand, a.Employees, a.Region,
				orDefault(a.Locale, "en"), a.ARR, a.Owner, FormatDay(a.RenewalDate), string(a.Stage),
				FormatDay(a.StageSince), a.StageInferred}
		}},
		{"contacts", `INSERT INTO contacts (id, account_id, name, title, email, phone, is_primary)
			VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET account_id = excluded.account_id,
			name = excluded.name, title = excluded.title, email = excluded.email, phone = excluded.phone,
			is_primary = excluded.is_primary
			WHERE (account_id, name, title, email, phone, is_primary) IS NOT (excluded.account_id, excluded.name,
			excluded.title, excluded.email, excluded.phone, excluded.is_primary)`, len(p.Contacts), func(i int) []any {
			c := p.Contacts[i]
			return []any{c.ID, c.AccountID, c.Name, c.Title, c.Email, c.Phone, c.Primary}
		}},
		{"holdings", `INSERT INTO holdings (account_id, product_id, quantity, seats_used, since) VALUES (?, ?, ?, ?, ?)
			ON CONFLICT (account_id, product_id) DO UPDATE SET quantity = excluded.quantity,
			seats_used = excluded.seats_used, since = excluded.since
			WHERE (quantity, seats_used, since) IS NOT (excluded.quantity, excluded.seats_used, excluded.since)`, len(p.Holdings), func(i int) []any {
			h := p.Holdings[i]
			return []any{h.AccountID, h.ProductID, h.Quantity, h.SeatsUsed, FormatDay(h.Since)}
		}},
	}
	changed := 0
	for _, st := range steps {
		if st.n == 0 {
			continue
		}
		stmt, err := tx.PrepareContext(ctx, st.sql)
		if err != nil {
			return changed, internalf(err, "prepare %s", st.what)
		}
		for i := 0; i < st.n; i++ {
			res, err := stmt.ExecContext(ctx, st.args(i)...)
			if err != nil {
				stmt.Close()
				return changed, internalf(err, "store the hub's %s", st.what)
			}
			n, _ := res.RowsAffected()
			changed += int(n)
		}
		stmt.Close()
	}
	return changed, nil
}

// insertPulledCalls stores the calls this laptop does not have yet (by
// global id) with their offers, and counts them.
func insertPulledCalls(ctx context.Context, tx *sql.Tx, calls []model.Call) (int, error) {
	if len(calls) == 0 {
		return 0, nil
	}
	known, err := tx.PrepareContext(ctx, `SELECT count(*) FROM calls WHERE global_id = ?`)
	if err != nil {
		return 0, internalf(err, "prepare calls")
	}
	defer known.Close()
	ci, err := prepareCallInserter(ctx, tx)
	if err != nil {
		return 0, err
	}
	defer ci.Close()
	added := 0
	for _, c := range calls {
		var n int
		if err := known.QueryRowContext(ctx, c.GlobalID).Scan(&n); err != nil {
			return added, internalf(err, "look up call %s", c.GlobalID)
		}
		if n > 0 {
			continue // this laptop has the call already
		}
		c.ID = 0 // the local id is this laptop's to choose
		if _, err := ci.insert(ctx, c); err != nil {
			return added, err
		}
		added++
	}
	if added > 0 {
		if err := bumpVersion(ctx, tx, metaCallsVersion); err != nil {
			return added, internalf(err, "record the calls' version")
		}
	}
	return added, nil
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}
