package data

import (
	"context"
	"database/sql"
	"time"

	"talktrack/model"
)

// recentCalls is how many calls the account view shows.
const recentCalls = 10

// AccountView loads account id with its contacts (primary first), holdings
// (by family, then tier), pain points (open first, then by severity and
// newest), latest calls, unsaved draft and its briefing computed at now.
func (s *Store) AccountView(ctx context.Context, id string, now time.Time) (model.AccountView, error) {
	var v model.AccountView
	cat, err := s.Catalog(ctx)
	if err != nil {
		return v, err
	}
	var in model.BriefingInput
	err = s.view(ctx, func(tx *sql.Tx) error {
		a, err := scanAccount(tx.QueryRowContext(ctx, `SELECT `+accountColumns+` FROM accounts a WHERE a.id = ?`, id))
		if err == sql.ErrNoRows {
			return model.Errorf(model.ENOTFOUND, "no account with id %q: run `talktrack accounts` to list them", id)
		}
		if err != nil {
			return internalf(err, "read account %s", id)
		}
		v.Account = a
		if v.Contacts, err = loadContacts(ctx, tx, id); err != nil {
			return err
		}
		ins, facts, err := s.briefAll(ctx, tx, cat, now, []model.Account{a})
		if err != nil {
			return err
		}
		in = ins[0]
		v.Holdings, v.Pains = facts[id].held, facts[id].pains
		if v.RecentCalls, err = loadCalls(ctx, tx, id, recentCalls); err != nil {
			return err
		}
		if v.Competitors, err = loadCompetitors(ctx, tx, id); err != nil {
			return err
		}
		if v.Health, err = accountHealth(ctx, tx, id, now); err != nil {
			return err
		}
		d, err := loadDraft(ctx, tx, id)
		switch {
		case err == nil:
			v.Draft = &d
		case err != sql.ErrNoRows:
			return err
		}
		return nil
	})
	if err != nil {
		return model.AccountView{}, err
	}
	v.Briefing = s.recommend(in)
	v.Input = &in
	if v.Account.Currency == "" {
		v.Account.Currency = cat.Currency
	}
	return v, s.addBrief(ctx, &v)
}

// recommend computes a briefing; tests may swap the function to keep what
// they check apart from the recommendation rules.
func (s *Store) recommend(in model.BriefingInput) model.Briefing {
	if s.recommendFn != nil {
		return s.recommendFn(in)
	}
	return model.Recommend(in)
}

func loadContacts(ctx context.Context, q queryer, accountID string) ([]model.Contact, error) {
	rows, err := q.QueryContext(ctx, `SELECT id, account_id, name, title, email, phone, is_primary
		FROM contacts WHERE account_id = ? ORDER BY is_primary DESC, name, id`, accountID)
	if err != nil {
		return nil, internalf(err, "read contacts")
	}
	var out []model.Contact
	err = eachRow(rows, func() error {
		var c model.Contact
		err := rows.Scan(&c.ID, &c.AccountID, &c.Name, &c.Title, &c.Email, &c.Phone, &c.Primary)
		out = append(out, c)
		return err
	})
	return out, internalf(err, "read contacts")
}
