package hub

import (
	"context"
	"crypto/rand"
	"encoding/base32"
	"net/url"
	"sort"
	"strings"

	"github.com/jackc/pgx/v5"

	"talktrack/model"
)

// Rep is one rep's login to the hub.
type Rep struct {
	// Name is the rep as the team knows them.
	Name string `json:"rep"`
	// Login is the rep's PostgreSQL role.
	Login string `json:"-"`
	// Owners are the account owners whose accounts the rep works.
	Owners []string `json:"-"`
	// URL is the postgres:// URL, password included, to hand to the rep.
	URL string `json:"url"`
}

// AddRep creates the login of the rep name, limited by the server's
// row-level security to the accounts of owners (a territory), and returns
// the URL to hand to the rep: hubURL with the rep's login and a new
// password. For a rep who exists already, the territory is replaced and
// the password renewed (the old URL stops working).
func (h *Hub) AddRep(ctx context.Context, name string, owners []string, hubURL string) (Rep, error) {
	name = strings.TrimSpace(name)
	if name == "" {
		return Rep{}, model.Errorf(model.EINVALID, "a rep needs a name")
	}
	owners = cleanOwners(owners)
	if len(owners) == 0 {
		return Rep{}, model.Errorf(model.EINVALID, "rep %s needs at least one --owner: the account owner (or owners) of their territory", name)
	}
	if err := h.checkVersion(ctx); err != nil {
		return Rep{}, err
	}
	var db string
	if err := h.conn.QueryRow(ctx, `SELECT current_database()`).Scan(&db); err != nil {
		return Rep{}, h.failed(err, "reading the database name")
	}
	login, err := roleName(db, name)
	if err != nil {
		return Rep{}, err
	}
	reps, err := h.repsRole(ctx)
	if err != nil {
		return Rep{}, err
	}
	password := newPassword()
	err = pgx.BeginFunc(ctx, h.conn, func(tx pgx.Tx) error {
		var exists bool
		if err := tx.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = $1)`, login).Scan(&exists); err != nil {
			return err
		}
		role := pgx.Identifier{login}.Sanitize()
		// A password cannot be a bind parameter here; it is made of
		// base32 letters and digits only, so quoting it is enough.
		stmt := `CREATE ROLE ` + role + ` LOGIN PASSWORD '` + password + `'`
		if exists {
			stmt = `ALTER ROLE ` + role + ` WITH LOGIN PASSWORD '` + password + `'`
		}
		for _, s := range []string{stmt, `GRANT ` + pgx.Identifier{reps}.Sanitize() + ` TO ` + role} {
			if _, err := tx.Exec(ctx, s); err != nil {
				return err
			}
		}
		if _, err := tx.Exec(ctx, `INSERT INTO reps (login, name) VALUES ($1, $2)
			ON CONFLICT (login) DO UPDATE SET name = excluded.name`, login, name); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `DELETE FROM territories WHERE login = $1`, login); err != nil {
			return err
		}
		_, err := tx.Exec(ctx, `INSERT INTO territories (login, owner) SELECT $1, unnest($2::text[])`, login, owners)
		return err
	})
	if err != nil {
		return Rep{}, h.failed(err, "adding rep "+name)
	}
	repURL, err := withLogin(hubURL, login, password)
	if err != nil {
		return Rep{}, err
	}
	return Rep{Name: name, Login: login, Owners: owners, URL: repURL}, nil
}

// cleanOwners trims, drops empty and repeated owners, and sorts them.
func cleanOwners(owners []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, o := range owners {
		for _, part := range strings.Split(o, ",") {
			part = strings.TrimSpace(part)
			if part != "" && !seen[part] {
				seen[part] = true
				out = append(out, part)
			}
		}
	}
	sort.Strings(out)
	return out
}

// newPassword is 32 random base32 characters (160 bits).
func newPassword() string {
	var b [20]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic(err)
	}
	return strings.ToLower(base32.StdEncoding.EncodeToString(b[:]))
}

// withLogin is hubURL with its user and password replaced.
func withLogin(hubURL, login, password string) (string, error) {
	u, err := url.Parse(hubURL)
	if err != nil || (u.Scheme != "postgres" && u.Scheme != "postgresql") {
		return "", model.Errorf(model.EINVALID, "the hub address is not a postgres:// URL: %s", redact(hubURL))
	}
	u.User = url.UserPassword(login, password)
	return u.String(), nil
}
