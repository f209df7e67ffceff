package data

import (
	"context"
	"database/sql"
	"strings"

	"talktrack/model"
)

// accountColumns are the accounts columns scanAccount reads, in order.
const accountColumns = `a.id, a.name, a.industry, a.size_band, a.employees, a.region, a.locale, a.arr,
	a.owner, a.renewal_date, a.stage, a.stage_since, a.stage_inferred, a.currency, a.locale_inferred`

func scanAccount(sc interface{ Scan(...any) error }) (model.Account, error) {
	var a model.Account
	var renewal, since string
	err := sc.Scan(&a.ID, &a.Name, &a.Industry, &a.SizeBand, &a.Employees, &a.Region, &a.Locale, &a.ARR,
		&a.Owner, &renewal, &a.Stage, &since, &a.StageInferred, &a.Currency, &a.LocaleInferred)
	if err != nil {
		return a, err
	}
	if a.RenewalDate, err = parseDate("renewal date", renewal); err != nil {
		return a, err
	}
	a.StageSince, err = parseDate("stage date", since)
	return a, err
}

// FindAccount resolves ref as an account id, else as an exact name ignoring
// case. A name several accounts share is an ECONFLICT listing their ids.
func (s *Store) FindAccount(ctx context.Context, ref string) (model.Account, error) {
	ref = strings.TrimSpace(ref)
	a, err := scanAccount(s.db.QueryRowContext(ctx, `SELECT `+accountColumns+` FROM accounts a WHERE a.id = ?`, ref))
	if err == nil {
		return a, nil
	}
	if err != sql.ErrNoRows {
		return a, mapError(s.path, internalf(err, "find account %q", ref))
	}

	// name_key narrows the search through its index; the exact name test
	// then drops names that differ only in punctuation.
	rows, err := s.db.QueryContext(ctx, `SELECT `+accountColumns+` FROM accounts a
		WHERE a.name_key = ? ORDER BY a.id`, model.NameKey(ref))
	if err != nil {
		return a, mapError(s.path, internalf(err, "find account %q", ref))
	}
	var found []model.Account
	err = eachRow(rows, func() error {
		a, err := scanAccount(rows)
		if err != nil {
			return err
		}
		if strings.EqualFold(strings.TrimSpace(a.Name), ref) {
			found = append(found, a)
		}
		return nil
	})
	if err != nil {
		return model.Account{}, mapError(s.path, internalf(err, "find account %q", ref))
	}
	switch len(found) {
	case 0:
		return model.Account{}, model.Errorf(model.ENOTFOUND, "no account with id or name %q: run `talktrack accounts` to list them", ref)
	case 1:
		return found[0], nil
	}
	ids := make([]string, len(found))
	for i, f := range found {
		ids[i] = f.ID
	}
	return model.Account{}, model.Errorf(model.ECONFLICT, "%d accounts are named %q: use one of their ids: %s", len(found), ref, strings.Join(ids, ", "))
}

// Accounts lists accounts ordered by name, all of them or those in stage.
func (s *Store) Accounts(ctx context.Context, stage model.Stage) ([]model.Account, error) {
	q := `SELECT ` + accountColumns + ` FROM accounts a`
	var args []any
	if stage != "" {
		if _, err := model.ParseStage(string(stage)); err != nil {
			return nil, err
		}
		q += ` WHERE a.stage = ?`
		args = append(args, string(stage))
	}
	q += ` ORDER BY a.name_key, a.id`
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, mapError(s.path, internalf(err, "list accounts"))
	}
	var out []model.Account
	err = eachRow(rows, func() error {
		a, err := scanAccount(rows)
		out = append(out, a)
		return err
	})
	if err != nil {
		return nil, mapError(s.path, internalf(err, "list accounts"))
	}
	// An account with no currency of its own is billed in the playbook's.
	cat, err := s.Catalog(ctx)
	if err != nil {
		return nil, err
	}
	for i := range out {
		if out[i].Currency == "" {
			out[i].Currency = cat.Currency
		}
	}
	return out, nil
}
