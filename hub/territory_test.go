package hub_test

import (
	"context"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"talktrack/hub"
)

// TestRepLoginIsLimitedByTheServer tries a rep's login directly against
// the hub's tables, as any PostgreSQL client could: the server itself
// hides other territories' accounts, contacts, holdings, calls and pains,
// and refuses writes there, changes of calls, and calls logged in another
// rep's name.
func TestRepLoginIsLimitedByTheServer(t *testing.T) {
	ctx := context.Background()
	tm := newTeam(t, 60)
	owners := tm.owners()
	if len(owners) < 3 {
		t.Fatalf("demo book has owners %v, want 3 or more", owners)
	}
	mine, theirs := owners[0], owners[1]
	anaURL := tm.addRep(t, "Ana", mine)
	benURL := tm.addRep(t, "Ben", theirs)
	theirAccount := tm.accountsOf(theirs)[0]
	myAccount := tm.accountsOf(mine)[0]

	// Ben logs a call on his account through a sync.
	ben := newStore(t, "ben.db")
	syncOnce(t, benURL, ben)
	benCall := logCall(t, ben, theirAccount, testNow)
	syncOnce(t, benURL, ben)

	ana, err := pgx.Connect(ctx, anaURL)
	if err != nil {
		t.Fatal(err)
	}
	defer ana.Close(ctx)

	count := func(query string, args ...any) int {
		t.Helper()
		var n int
		if err := ana.QueryRow(ctx, query, args...).Scan(&n); err != nil {
			t.Fatalf("%s: %v", query, err)
		}
		return n
	}
	if n, want := count(`SELECT count(*) FROM accounts`), len(tm.accountsOf(mine)); n != want {
		t.Errorf("Ana reads %d accounts, want the %d of %s", n, want, mine)
	}
	if n := count(`SELECT count(*) FROM accounts WHERE owner <> $1`, mine); n != 0 {
		t.Errorf("Ana reads %d accounts of other owners", n)
	}
	for _, table := range []string{"contacts", "holdings", "calls", "pains", "pain_changes"} {
		if n := count(`SELECT count(*) FROM `+table+` WHERE account_id = $1`, theirAccount); n != 0 {
			t.Errorf("Ana reads %d %s of %s's account %s", n, table, theirs, theirAccount)
		}
	}
	if n := count(`SELECT count(*) FROM contacts`); n == 0 {
		t.Errorf("Ana reads no contacts at all, want her territory's")
	}
	if n := count(`SELECT count(*) FROM territories`); n != 1 {
		t.Errorf("Ana reads %d territory rows, want her own one", n)
	}

	denied := func(what, query string, args ...any) {
		t.Helper()
		_, err := ana.Exec(ctx, query, args...)
		if err == nil {
			t.Errorf("%s: the server allowed it", what)
			return
		}
		if !hub.IsDenied(err) {
			t.Errorf("%s: %v, want the server's permission denial", what, err)
		}
	}
	denied("a call on another territory's account",
		`INSERT INTO calls (id, account_id, started_at, outcome) VALUES ($1, $2, now(), 'connected')`,
		"7b0e3c1e-0000-4000-8000-000000000001", theirAccount)
	denied("a call logged in another rep's name",
		`INSERT INTO calls (id, account_id, logged_by, started_at, outcome) VALUES ($1, $2, $3, now(), 'connected')`,
		"7b0e3c1e-0000-4000-8000-000000000002", myAccount, "someone_else")
	denied("changing someone else's call", `UPDATE calls SET notes = 'mine now' WHERE id = $1`, benCall.GlobalID)
	denied("deleting someone else's call", `DELETE FROM calls WHERE id = $1`, benCall.GlobalID)
	denied("changing the book", `UPDATE accounts SET owner = $1`, mine)
	denied("a pain change on another territory's account",
		`INSERT INTO pain_changes (id, pain_id, account_id, title, changed_at) VALUES ($1, $1, $2, 'x', now())`,
		"7b0e3c1e-0000-4000-8000-000000000003", theirAccount)
	denied("joining another territory", `INSERT INTO territories (login, owner) VALUES (current_user, $1)`, theirs)
	denied("registering a writer in another login's name", `INSERT INTO hub_writers (id, login) VALUES ($1, 'someone_else')`,
		"7b0e3c1e-0000-4000-8000-000000000005")
	// Another login's registration cannot be removed: her delete finds no row.
	admin, err := pgx.Connect(ctx, tm.url)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close(ctx)
	if _, err := admin.Exec(ctx, `INSERT INTO hub_writers (id) VALUES ('7b0e3c1e-0000-4000-8000-000000000006')`); err != nil {
		t.Fatal(err)
	}
	if tag, err := ana.Exec(ctx, `DELETE FROM hub_writers`); err != nil || tag.RowsAffected() != 0 {
		t.Errorf("Ana deleting writers: %v rows, %v; want none deleted", tag.RowsAffected(), err)
	}

	// What Ana may do, she can: log her own call on her own account.
	if _, err := ana.Exec(ctx, `INSERT INTO calls (id, account_id, started_at, outcome) VALUES ($1, $2, $3, 'connected')`,
		"7b0e3c1e-0000-4000-8000-000000000004", myAccount, time.Now()); err != nil {
		t.Errorf("Ana's own call: %v", err)
	}
	// Her own call cannot be changed either: calls are append-only.
	denied("changing her own call", `UPDATE calls SET notes = 'edited' WHERE id = $1`, "7b0e3c1e-0000-4000-8000-000000000004")
}
