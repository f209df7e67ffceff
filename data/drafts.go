package data

import (
	"context"
	"database/sql"
	"encoding/json"
	"time"

	"talktrack/model"
)

// SaveDraft writes the draft d.ID, replacing its earlier save, in one
// statement committed with synchronous=FULL: once it returns, a crash or a
// power cut loses nothing. Other drafts of the account are left alone. A
// zero UpdatedAt is stamped with the current time.
func (s *Store) SaveDraft(ctx context.Context, d model.Draft) error {
	if d.ID == "" {
		return model.Errorf(model.EINVALID, "a call draft needs an id")
	}
	offers := d.Offers
	if offers == nil {
		offers = []model.Offer{}
	}
	offersJSON, err := json.Marshal(offers)
	if err != nil {
		return internalf(err, "encode the draft's offers")
	}
	quantities, err := json.Marshal(d.Quantities)
	if err != nil || d.Quantities == nil {
		quantities = []byte("{}")
	}
	updated := d.UpdatedAt
	if updated.IsZero() {
		updated = time.Now()
	}
	// The WHERE EXISTS turns an unknown account into zero rows written
	// rather than a foreign key failure, so it can be reported by name.
	var res sql.Result
	err = s.write(ctx, func(tx *sql.Tx) error {
		var err error
		res, err = tx.ExecContext(ctx, `INSERT INTO drafts (id, account_id, started_at, notes, offers_json, follow_up, updated_at, contact_id, quantities_json)
		SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9 WHERE EXISTS (SELECT 1 FROM accounts WHERE id = ?2)
		ON CONFLICT (id) DO UPDATE SET started_at = excluded.started_at, notes = excluded.notes,
			offers_json = excluded.offers_json, follow_up = excluded.follow_up, updated_at = excluded.updated_at,
			contact_id = excluded.contact_id, quantities_json = excluded.quantities_json`,
			d.ID, d.AccountID, FormatInstant(d.StartedAt), d.Notes, string(offersJSON), FormatDay(d.FollowUp), FormatInstant(updated),
			d.ContactID, string(quantities))
		return internalf(err, "save the draft for %s", d.AccountID)
	})
	if err != nil {
		return err
	}
	if n, err := res.RowsAffected(); err == nil && n == 0 {
		return model.Errorf(model.ENOTFOUND, "no account with id %q: run `talktrack accounts` to list them", d.AccountID)
	}
	return nil
}

// Draft returns the account's newest draft, or ENOTFOUND when there is
// none.
func (s *Store) Draft(ctx context.Context, accountID string) (model.Draft, error) {
	d, err := loadDraft(ctx, s.db, accountID)
	if err == sql.ErrNoRows {
		return d, model.Errorf(model.ENOTFOUND, "account %s has no unsaved call", accountID)
	}
	return d, mapError(s.path, err)
}

// DeleteDraft removes the draft with this id (Draft.ID), and no other;
// removing none is not an error.
func (s *Store) DeleteDraft(ctx context.Context, draftID string) error {
	return s.write(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `DELETE FROM drafts WHERE id = ?`, draftID)
		return internalf(err, "delete the draft %s", draftID)
	})
}

// loadDraft reads the account's newest draft; sql.ErrNoRows when there is
// none.
func loadDraft(ctx context.Context, q queryer, accountID string) (model.Draft, error) {
	d := model.Draft{AccountID: accountID}
	var started, offers, follow, updated, quantities string
	err := q.QueryRowContext(ctx, `SELECT id, started_at, notes, offers_json, follow_up, updated_at, contact_id, quantities_json FROM drafts
		WHERE account_id = ? ORDER BY updated_at DESC, id LIMIT 1`,
		accountID).Scan(&d.ID, &started, &d.Notes, &offers, &follow, &updated, &d.ContactID, &quantities)
	if err != nil {
		if err == sql.ErrNoRows {
			return d, err
		}
		return d, internalf(err, "read the draft for %s", accountID)
	}
	if d.StartedAt, err = parseDate("draft start", started); err != nil {
		return d, err
	}
	if d.FollowUp, err = parseDate("draft follow-up", follow); err != nil {
		return d, err
	}
	if d.UpdatedAt, err = parseDate("draft save time", updated); err != nil {
		return d, err
	}
	d.Offers = []model.Offer{}
	if err := json.Unmarshal([]byte(offers), &d.Offers); err != nil {
		return d, model.Errorf(model.EINTERNAL, "the stored offers of the draft for %s are damaged: %v", accountID, err)
	}
	if err := json.Unmarshal([]byte(quantities), &d.Quantities); err != nil {
		return d, model.Errorf(model.EINTERNAL, "the stored quantities of the draft for %s are damaged: %v", accountID, err)
	}
	if len(d.Quantities) == 0 {
		d.Quantities = nil
	}
	return d, nil
}
