package importer

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"strings"

	"talktrack/model"
)

// Contact fields.
const (
	coID = iota
	coAccountID
	coAccount
	coName
	coFirstName
	coLastName
	coTitle
	coEmail
	coPhone
	coPrimary
)

var contactsSchema = &schema{kind: KindContacts, fields: []field{
	coID:        {"id", []string{"contactid", "recordid", "id", "personid"}},
	coAccountID: {"account_id", accountIDAliases},
	coAccount:   {"account", append(append([]string{}, accountNameAliases...), "associatedcompany")},
	coName:      {"name", []string{"contactname", "name", "fullname", "contact", "person"}},
	coFirstName: {"first_name", []string{"firstname", "givenname", "first"}},
	coLastName:  {"last_name", []string{"lastname", "surname", "familyname", "last"}},
	coTitle:     {"title", []string{"title", "jobtitle", "contacttitle", "position", "role"}},
	coEmail:     {"email", []string{"email", "emailaddress", "mail", "workemail"}},
	coPhone:     {"phone", []string{"phone", "phonenumber", "telephone", "tel", "mobile", "mobilephone", "workphone", "businessphone"}},
	coPrimary:   {"primary", []string{"primary", "isprimary", "primarycontact", "main", "maincontact"}},
}}

// contactRow is one parsed row; set has a bit per field the row gives.
type contactRow struct {
	line                   int
	set                    uint32
	id                     string
	accountID, account     string
	name, title, email, ph string
	primary                bool
}

func (c *contactRow) has(fi int) bool { return c.set&(1<<fi) != 0 }

// contactRec is a contact as stored.
type contactRec struct {
	id, account, name, title, email, phone string
	primary                                bool
}

type contactsImport struct {
	rows []*contactRow
	seen map[string]*contactRow

	created, updated []*contactRec
}

func (ci *contactsImport) schema() *schema { return contactsSchema }

func (ci *contactsImport) check(file string, b *binding) error {
	if err := b.require(file, "the account", coAccountID, coAccount); err != nil {
		return err
	}
	return b.require(file, "the contact's name", coName, coFirstName, coLastName, coEmail)
}

func (ci *contactsImport) parse(r *row, sum *Summary) {
	c := &contactRow{line: r.line, id: r.id(coID), accountID: r.text(coAccountID), account: r.text(coAccount)}
	c.name = cmp.Or(r.text(coName), joinNonEmpty(" ", r.text(coFirstName), r.text(coLastName)))
	c.email = r.text(coEmail)
	if c.name == "" {
		c.name = c.email
	}
	if c.name == "" {
		sum.skip("no contact name", r.line)
		return
	}
	c.set |= 1 << coName
	if c.email != "" {
		if !strings.Contains(c.email, "@") {
			_, col := r.cell(coEmail)
			r.fail(col, c.email, "is not an email address")
		}
		c.set |= 1 << coEmail
	}
	if v := r.text(coTitle); v != "" {
		c.title, c.set = v, c.set|1<<coTitle
	}
	if v := r.text(coPhone); v != "" {
		c.ph, c.set = v, c.set|1<<coPhone
	}
	if v, ok := r.boolean(coPrimary); ok {
		c.primary, c.set = v, c.set|1<<coPrimary
	}
	if r.bad {
		return
	}
	key, what := "id\x00"+c.id, "contact id "+c.id
	if c.id == "" {
		key, what = cmp.Or(c.accountID, model.NameKey(c.account))+"\x00"+contactKey(c.name, c.email), "contact "+c.name
	}
	if ci.seen == nil {
		ci.seen = map[string]*contactRow{}
	}
	if prev, ok := ci.seen[key]; ok {
		a, b := *prev, *c
		a.line, b.line = 0, 0
		if a == b {
			sum.skip("repeats an earlier row", r.line)
		} else {
			r.failRow(fmt.Sprintf("repeats %s of line %d with different data: keep one row per contact", what, prev.line))
		}
		return
	}
	ci.seen[key] = c
	ci.rows = append(ci.rows, c)
}

// contactKey is how a contact without an id is recognised within its
// account: by email when there is one, else by name.
func contactKey(name, email string) string {
	if email != "" {
		return "@" + strings.ToLower(email)
	}
	return model.NameKey(name)
}

func (ci *contactsImport) plan(ctx context.Context, tx *sql.Tx, e *env) error {
	accounts, err := loadRefIndex(ctx, tx, "accounts", "account")
	if err != nil {
		return err
	}
	stored, err := loadContacts(ctx, tx)
	if err != nil {
		return err
	}
	byKey := map[string]*contactRec{} // account id + contact key
	for _, c := range stored {
		byKey[c.account+"\x00"+contactKey(c.name, "")] = c
		if c.email != "" {
			byKey[c.account+"\x00"+contactKey(c.name, c.email)] = c
		}
	}
	fresh := map[string]bool{}
	taken := func(id string) bool { return stored[id] != nil || fresh[id] }
	claimed := map[string]int{}
	count := e.sum.count("contacts")
	for _, c := range ci.rows {
		acc, why, amb := accounts.resolve(c.accountID, c.account)
		if reportRef(e, c.line, why, amb, "account", c.accountID, c.account) {
			continue
		}
		old := stored[c.id]
		if c.id == "" {
			old = byKey[acc+"\x00"+contactKey(c.name, c.email)]
			if old == nil {
				old = byKey[acc+"\x00"+contactKey(c.name, "")]
			}
		}
		id := c.id
		switch {
		case old != nil:
			id = old.id
		case id == "":
			id = slugID(acc+" "+c.name, taken)
		}
		if line, ok := claimed[id]; ok {
			e.p.add(c.line, "", c.name, fmt.Sprintf("is the same contact as line %d: keep one row per contact", line))
			continue
		}
		claimed[id] = c.line
		rec := &contactRec{id: id}
		if old != nil {
			*rec = *old
		} else {
			fresh[id] = true
		}
		rec.account = acc
		keep(c.has(coName), &rec.name, c.name)
		keep(c.has(coTitle), &rec.title, c.title)
		keep(c.has(coEmail), &rec.email, c.email)
		keep(c.has(coPhone), &rec.phone, c.ph)
		keep(c.has(coPrimary), &rec.primary, c.primary)
		switch {
		case old == nil:
			count.Created++
			ci.created = append(ci.created, rec)
		case *rec != *old:
			count.Updated++
			ci.updated = append(ci.updated, rec)
		default:
			count.Unchanged++
		}
	}
	return nil
}

func (ci *contactsImport) apply(ctx context.Context, tx *sql.Tx, e *env) error {
	ins, err := tx.PrepareContext(ctx, `INSERT INTO contacts (account_id, name, title, email, phone, is_primary, id) VALUES (?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return fmt.Errorf("prepare contact insert: %w", err)
	}
	defer ins.Close()
	upd, err := tx.PrepareContext(ctx, `UPDATE contacts SET account_id = ?, name = ?, title = ?, email = ?, phone = ?, is_primary = ? WHERE id = ?`)
	if err != nil {
		return fmt.Errorf("prepare contact update: %w", err)
	}
	defer upd.Close()
	for _, batch := range []struct {
		stmt *sql.Stmt
		recs []*contactRec
	}{{ins, ci.created}, {upd, ci.updated}} {
		for _, c := range batch.recs {
			if _, err := batch.stmt.ExecContext(ctx, c.account, c.name, c.title, c.email, c.phone, c.primary, c.id); err != nil {
				return fmt.Errorf("store contact %s: %w", c.id, err)
			}
		}
	}
	return nil
}

// loadContacts reads every stored contact.
func loadContacts(ctx context.Context, tx *sql.Tx) (map[string]*contactRec, error) {
	rows, err := tx.QueryContext(ctx, `SELECT id, account_id, name, title, email, phone, is_primary FROM contacts`)
	if err != nil {
		return nil, fmt.Errorf("read contacts: %w", err)
	}
	defer rows.Close()
	out := map[string]*contactRec{}
	for rows.Next() {
		c := &contactRec{}
		if err := rows.Scan(&c.id, &c.account, &c.name, &c.title, &c.email, &c.phone, &c.primary); err != nil {
			return nil, fmt.Errorf("read contacts: %w", err)
		}
		out[c.id] = c
	}
	return out, rows.Err()
}
