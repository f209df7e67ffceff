package hub

import (
	"context"

	"github.com/jackc/pgx/v5"

	"talktrack/data"
	"talktrack/model"
)

// PublishResult counts the rows a publish created or changed on the hub.
type PublishResult struct {
	Playbook bool
	Accounts int64
	Contacts int64
	Holdings int64
	Pains    int64
}

// Changed reports whether the publish changed anything.
func (r PublishResult) Changed() bool {
	return r.Playbook || r.Accounts+r.Contacts+r.Holdings+r.Pains > 0
}

// publishBatch is how many rows one transaction of a publish writes: short
// transactions keep the pulls' cursor moving (see hub_writers). A publish
// interrupted between batches is completed by running it again.
const publishBatch = 5000

// Publish makes the hub's book ds (sales ops' local book): the playbook,
// then accounts, contacts, holdings and pain points. Rows equal to the
// hub's are left alone, so repeating a publish changes nothing; a pain
// point that differs becomes a new change in its history.
func (h *Hub) Publish(ctx context.Context, ds model.Dataset) (PublishResult, error) {
	var res PublishResult
	if err := h.checkVersion(ctx); err != nil {
		return res, err
	}
	doc, err := encodePlaybook(ds.Playbook)
	if err != nil {
		return res, err
	}
	err = h.write(ctx, func(tx pgx.Tx) error {
		tag, err := tx.Exec(ctx, `INSERT INTO playbook (id, doc) VALUES (1, $1)
			ON CONFLICT (id) DO UPDATE SET doc = excluded.doc, changed_at = now()
			WHERE playbook.doc IS DISTINCT FROM excluded.doc`, doc)
		res.Playbook = tag.RowsAffected() > 0
		return err
	})
	if err != nil {
		return res, h.failed(err, "publishing the playbook")
	}
	steps := []struct {
		what  string
		n     int
		count *int64
		sql   string
		cols  func(lo, hi int) []any
	}{
		{"accounts", len(ds.Accounts), &res.Accounts, upsertAccounts, func(lo, hi int) []any { return accountColumns(ds.Accounts[lo:hi]) }},
		{"contacts", len(ds.Contacts), &res.Contacts, upsertContacts, func(lo, hi int) []any { return contactColumns(ds.Contacts[lo:hi]) }},
		{"holdings", len(ds.Holdings), &res.Holdings, upsertHoldings, func(lo, hi int) []any { return holdingColumns(ds.Holdings[lo:hi]) }},
		{"pain points", len(ds.Pains), &res.Pains, publishPains, func(lo, hi int) []any { return painColumns(ds.Pains[lo:hi]) }},
	}
	for _, st := range steps {
		for lo := 0; lo < st.n; lo += publishBatch {
			hi := min(lo+publishBatch, st.n)
			err := h.write(ctx, func(tx pgx.Tx) error {
				tag, err := tx.Exec(ctx, st.sql, st.cols(lo, hi)...)
				*st.count += tag.RowsAffected()
				if err != nil || st.what != "pain points" {
					return err
				}
				return settlePains(ctx, tx)
			})
			if err != nil {
				return res, h.failed(err, "publishing "+st.what)
			}
		}
	}
	return res, nil
}

// The upserts below read one array per column (unnest), which PostgreSQL
// and CockroachDB both take, and change a row only when it differs.
const upsertAccounts = `INSERT INTO accounts (id, name, industry, size_band, employees, region, locale, arr, owner,
	renewal_date, stage, stage_since, stage_inferred)
SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[], $6::text[], $7::text[],
	$8::float8[], $9::text[], $10::text[], $11::text[], $12::text[], $13::bool[])
ON CONFLICT (id) DO UPDATE SET name = excluded.name, industry = excluded.industry, size_band = excluded.size_band,
	employees = excluded.employees, region = excluded.region, locale = excluded.locale, arr = excluded.arr,
	owner = excluded.owner, renewal_date = excluded.renewal_date, stage = excluded.stage,
	stage_since = excluded.stage_since, stage_inferred = excluded.stage_inferred, changed_at = now()
WHERE (accounts.name, accounts.industry, accounts.size_band, accounts.employees, accounts.region, accounts.locale,
	accounts.arr, accounts.owner, accounts.renewal_date, accounts.stage, accounts.stage_since, accounts.stage_inferred)
	IS DISTINCT FROM (excluded.name, excluded.industry, excluded.size_band, excluded.employees, excluded.region,
	excluded.locale, excluded.arr, excluded.owner, excluded.renewal_date, excluded.stage, excluded.stage_since,
	excluded.stage_inferred)`

func accountColumns(as []model.Account) []any {
	n := len(as)
	id, name, ind, band, region, locale, owner, renewal, stage, since :=
		make([]string, n), make([]string, n), make([]string, n), make([]string, n), make([]string, n),
		make([]string, n), make([]string, n), make([]string, n), make([]string, n), make([]string, n)
	emp, arr, inferred := make([]int32, n), make([]float64, n), make([]bool, n)
	for i, a := range as {
		id[i], name[i], ind[i], band[i], emp[i], region[i] = a.ID, a.Name, a.Industry, a.SizeBand, int32(a.Employees), a.Region
		locale[i], arr[i], owner[i], renewal[i] = a.Locale, a.ARR, a.Owner, data.FormatDay(a.RenewalDate)
		stage[i], since[i], inferred[i] = string(a.Stage), data.FormatDay(a.StageSince), a.StageInferred
		if locale[i] == "" {
			locale[i] = "en"
		}
	}
	return []any{id, name, ind, band, emp, region, locale, arr, owner, renewal, stage, since, inferred}
}

const upsertContacts = `INSERT INTO contacts (id, account_id, name, title, email, phone, is_primary)
SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::bool[])
ON CONFLICT (id) DO UPDATE SET account_id = excluded.account_id, name = excluded.name, title = excluded.title,
	email = excluded.email, phone = excluded.phone, is_primary = excluded.is_primary, changed_at = now()
WHERE (contacts.account_id, contacts.name, contacts.title, contacts.email, contacts.phone, contacts.is_primary)
	IS DISTINCT FROM (excluded.account_id, excluded.name, excluded.title, excluded.email, excluded.phone, excluded.is_primary)`

func contactColumns(cs []model.Contact) []any {
	n := len(cs)
	id, acc, name, title, email, phone, primary := make([]string, n), make([]string, n), make([]string, n),
		make([]string, n), make([]string, n), make([]string, n), make([]bool, n)
	for i, c := range cs {
		id[i], acc[i], name[i], title[i], email[i], phone[i], primary[i] = c.ID, c.AccountID, c.Name, c.Title, c.Email, c.Phone, c.Primary
	}
	return []any{id, acc, name, title, email, phone, primary}
}

const upsertHoldings = `INSERT INTO holdings (account_id, product_id, quantity, seats_used, since)
SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::int[], $5::text[])
ON CONFLICT (account_id, product_id) DO UPDATE SET quantity = excluded.quantity, seats_used = excluded.seats_used,
	since = excluded.since, changed_at = now()
WHERE (holdings.quantity, holdings.seats_used, holdings.since)
	IS DISTINCT FROM (excluded.quantity, excluded.seats_used, excluded.since)`

func holdingColumns(hs []model.Holding) []any {
	n := len(hs)
	acc, prod, since, qty, used := make([]string, n), make([]string, n), make([]string, n), make([]int32, n), make([]int32, n)
	for i, h := range hs {
		acc[i], prod[i], qty[i], used[i], since[i] = h.AccountID, h.ProductID, int32(h.Quantity), int32(h.SeatsUsed), data.FormatDay(h.Since)
	}
	return []any{acc, prod, qty, used, since}
}

// publishPains records, as a change made now by the publisher, every pain
// point that the hub does not have or has otherwise; settlePains then
// makes each pain its latest change.
const publishPains = `INSERT INTO pain_changes (id, pain_id, account_id, category, title, severity, status, noted_at, changed_at)
SELECT s.change_id, s.id, s.account_id, s.category, s.title, s.severity, s.status, s.noted_at, now()
  FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::int[], $7::text[], $8::text[])
       AS s (id, change_id, account_id, category, title, severity, status, noted_at)
  LEFT JOIN pains p ON p.id = s.id
 WHERE p.id IS NULL OR (p.account_id, p.category, p.title, p.severity, p.status, p.noted_at)
       IS DISTINCT FROM (s.account_id, s.category, s.title, s.severity, s.status, s.noted_at)
ON CONFLICT (id) DO NOTHING`

func painColumns(ps []model.PainPoint) []any {
	n := len(ps)
	id, change, acc, cat, title, status, noted, sev := make([]string, n), make([]string, n), make([]string, n),
		make([]string, n), make([]string, n), make([]string, n), make([]string, n), make([]int32, n)
	for i, p := range ps {
		id[i], change[i], acc[i], cat[i], title[i] = p.GlobalID, data.NewGlobalID(), p.AccountID, p.Category, p.Title
		sev[i], status[i], noted[i] = int32(p.Severity), string(p.Status), data.FormatInstant(p.NotedAt)
		if status[i] == "" {
			status[i] = string(model.PainOpen)
		}
	}
	return []any{id, change, acc, cat, title, sev, status, noted}
}

// settlePains makes each pain written to in this transaction its latest
// change: by changed_at, then by the change's id, the rule every laptop
// applies too.
func settlePains(ctx context.Context, tx pgx.Tx) error {
	_, err := tx.Exec(ctx, `INSERT INTO pains (id, account_id, category, title, severity, status, noted_at, changed_at, change_id)
SELECT DISTINCT ON (c.pain_id) c.pain_id, c.account_id, c.category, c.title, c.severity, c.status, c.noted_at, c.changed_at, c.id
  FROM pain_changes c
 WHERE c.received_at = now()
 ORDER BY c.pain_id, c.changed_at DESC, c.id DESC
ON CONFLICT (id) DO UPDATE SET account_id = excluded.account_id, category = excluded.category, title = excluded.title,
	severity = excluded.severity, status = excluded.status, noted_at = excluded.noted_at,
	changed_at = excluded.changed_at, change_id = excluded.change_id
WHERE (pains.changed_at, pains.change_id) < (excluded.changed_at, excluded.change_id)`)
	return err
}
