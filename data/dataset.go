package data

import (
	"context"
	"database/sql"
	"encoding/json"
	"strconv"

	"talktrack/model"
)

// InsertDataset seeds the database with a whole book of business in one
// transaction: the playbook replaces the stored one, the accounts and their
// contacts, holdings, pain points and calls are added, and the peer
// statistics are recomputed. Either all of it is stored or none.
func (s *Store) InsertDataset(ctx context.Context, ds model.Dataset) error {
	if err := checkDataset(ds); err != nil {
		return err
	}
	return s.Update(ctx, func(tx *sql.Tx) error {
		// A seed of 100k accounts touches more pages than the default cache
		// of 2 MB holds; without room it rewrites the same pages many times.
		if _, err := tx.ExecContext(ctx, `PRAGMA cache_size = -262144`); err != nil {
			return internalf(err, "prepare the seed")
		}
		defer func() { _, _ = tx.ExecContext(ctx, `PRAGMA cache_size = -2000`) }()

		if err := ReplacePlaybook(ctx, tx, ds.Playbook); err != nil {
			return err
		}
		restore, err := dropIndexesWhenEmpty(ctx, tx)
		if err != nil {
			return err
		}
		if err := insertAccounts(ctx, tx, ds.Accounts); err != nil {
			return err
		}
		if err := insertContacts(ctx, tx, ds.Contacts); err != nil {
			return err
		}
		if err := insertHoldings(ctx, tx, ds.Holdings); err != nil {
			return err
		}
		if err := insertPains(ctx, tx, ds.Pains); err != nil {
			return err
		}
		if err := insertCalls(ctx, tx, ds.Calls); err != nil {
			return err
		}
		if err := restore(); err != nil {
			return err
		}
		return RefreshPeerStats(ctx, tx)
	})
}

// seededTables are the tables a dataset fills.
var seededTables = []string{"accounts", "contacts", "holdings", "pain_points", "calls", "call_offers"}

// dropIndexesWhenEmpty drops the secondary indexes of the seeded tables
// when the database holds no accounts yet, and returns the function that
// recreates them from their stored definitions. Building an index once over
// sorted keys is several times cheaper than updating a dozen indexes at
// random places for every row. On a database that already has accounts it
// does nothing: rebuilding would cost more than it saves.
func dropIndexesWhenEmpty(ctx context.Context, tx *sql.Tx) (restore func() error, err error) {
	restore = func() error { return nil }
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM (SELECT 1 FROM accounts LIMIT 1)`).Scan(&n); err != nil {
		return nil, internalf(err, "count accounts")
	}
	if n > 0 {
		return restore, nil
	}
	tables, _ := json.Marshal(seededTables)
	rows, err := tx.QueryContext(ctx, `SELECT name, sql FROM sqlite_master
		WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (SELECT value FROM json_each(?))`, string(tables))
	if err != nil {
		return nil, internalf(err, "list indexes")
	}
	var names, creates []string
	err = eachRow(rows, func() error {
		var name, create string
		err := rows.Scan(&name, &create)
		names, creates = append(names, name), append(creates, create)
		return err
	})
	if err != nil {
		return nil, internalf(err, "list indexes")
	}
	for _, name := range names {
		if _, err := tx.ExecContext(ctx, `DROP INDEX "`+name+`"`); err != nil {
			return nil, internalf(err, "drop index %s", name)
		}
	}
	return func() error {
		for _, create := range creates {
			if _, err := tx.ExecContext(ctx, create); err != nil {
				return internalf(err, "rebuild an index")
			}
		}
		return nil
	}, nil
}

// checkDataset rejects, before anything is written, a dataset whose rows
// refer to accounts or products it does not contain, with a message that
// names them; the database would only say that a constraint failed.
func checkDataset(ds model.Dataset) error {
	accounts := make(map[string]bool, len(ds.Accounts))
	for _, a := range ds.Accounts {
		if a.ID == "" {
			return model.Errorf(model.EINVALID, "account %q has no id", a.Name)
		}
		if accounts[a.ID] {
			return model.Errorf(model.EINVALID, "account id %s is used twice", a.ID)
		}
		if _, err := model.ParseStage(string(a.Stage)); err != nil {
			return model.Errorf(model.EINVALID, "account %s: %v", a.ID, err)
		}
		accounts[a.ID] = true
	}
	products := make(map[string]bool, len(ds.Playbook.Products))
	for _, p := range ds.Playbook.Products {
		products[p.ID] = true
	}
	refer := func(what, accountID, productID string) error {
		if !accounts[accountID] {
			return model.Errorf(model.EINVALID, "%s refers to account %q, which the dataset does not contain", what, accountID)
		}
		if productID != "" && !products[productID] {
			return model.Errorf(model.EINVALID, "%s of account %s refers to product %q, which the playbook does not list", what, accountID, productID)
		}
		return nil
	}
	for _, c := range ds.Contacts {
		if err := refer("contact "+c.ID, c.AccountID, ""); err != nil {
			return err
		}
	}
	for _, h := range ds.Holdings {
		if err := refer("a holding", h.AccountID, h.ProductID); err != nil {
			return err
		}
	}
	for _, p := range ds.Pains {
		if err := refer("pain point "+strconv.Quote(p.Title), p.AccountID, ""); err != nil {
			return err
		}
	}
	for _, c := range ds.Calls {
		if err := refer("a call", c.AccountID, ""); err != nil {
			return err
		}
		if err := c.Validate(); err != nil {
			return model.Errorf(model.EINVALID, "a call for %s: %v", c.AccountID, err)
		}
	}
	return nil
}

func insertAccounts(ctx context.Context, tx *sql.Tx, accounts []model.Account) error {
	bulk, err := newBulkInsert(ctx, tx, "accounts", "accounts", "id", "name", "name_key", "industry", "size_band",
		"employees", "region", "locale", "arr", "owner", "renewal_date", "stage", "stage_since", "stage_inferred",
		"currency", "locale_inferred")
	if err != nil {
		return err
	}
	for _, a := range accounts {
		locale := a.Locale
		if locale == "" {
			locale = "en"
		}
		err := bulk.add(a.ID, a.Name, model.NameKey(a.Name), a.Industry, a.SizeBand, a.Employees,
			a.Region, locale, a.ARR, a.Owner, FormatDay(a.RenewalDate), string(a.Stage), FormatDay(a.StageSince), a.StageInferred,
			model.CurrencyCode(a.Currency), a.LocaleInferred)
		if err != nil {
			return err
		}
	}
	return bulk.close()
}

func insertContacts(ctx context.Context, tx *sql.Tx, contacts []model.Contact) error {
	bulk, err := newBulkInsert(ctx, tx, "contacts", "contacts", "id", "account_id", "name", "title", "email", "phone", "is_primary")
	if err != nil {
		return err
	}
	for _, c := range contacts {
		if err := bulk.add(c.ID, c.AccountID, c.Name, c.Title, c.Email, c.Phone, c.Primary); err != nil {
			return err
		}
	}
	return bulk.close()
}

func insertHoldings(ctx context.Context, tx *sql.Tx, holdings []model.Holding) error {
	bulk, err := newBulkInsert(ctx, tx, "holdings", "holdings", "account_id", "product_id", "quantity", "seats_used", "since")
	if err != nil {
		return err
	}
	for _, h := range holdings {
		if err := bulk.add(h.AccountID, h.ProductID, h.Quantity, h.SeatsUsed, FormatDay(h.Since)); err != nil {
			return err
		}
	}
	return bulk.close()
}

func insertPains(ctx context.Context, tx *sql.Tx, pains []model.PainPoint) error {
	bulk, err := newBulkInsert(ctx, tx, "pain points", "pain_points", "id", "account_id", "category", "title", "severity", "status", "noted_at")
	if err != nil {
		return err
	}
	for _, p := range pains {
		var id any // NULL lets SQLite number it
		if p.ID != 0 {
			id = p.ID
		}
		status := p.Status
		if status == "" {
			status = model.PainOpen
		}
		if err := bulk.add(id, p.AccountID, p.Category, p.Title, p.Severity, string(status), FormatInstant(p.NotedAt)); err != nil {
			return err
		}
	}
	return bulk.close()
}

func insertCalls(ctx context.Context, tx *sql.Tx, calls []model.Call) error {
	if len(calls) == 0 {
		return nil
	}
	ci, err := prepareCallInserter(ctx, tx)
	if err != nil {
		return err
	}
	defer ci.Close()
	for _, c := range calls {
		if _, err := ci.insert(ctx, c); err != nil {
			return err
		}
	}
	return nil
}
