// Package hub is the team's shared book in PostgreSQL (or a
// Postgres-compatible database such as CockroachDB): its schema, sales
// ops' publishing of the book, reps' logins limited by row-level security,
// and the sync that moves calls, pain changes and the book between a rep's
// local store and the hub. Each laptop keeps working offline on its SQLite
// copy; the hub is only reached by the commands that say so.
package hub

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"talktrack/model"
)

// Hub is one connection to the team hub.
type Hub struct {
	conn *pgx.Conn
	// where names the hub for messages: host, port and database, never
	// the password.
	where string
}

// connectTimeout bounds reaching the server: a sync on a train gives up
// after it rather than hanging.
const connectTimeout = 10 * time.Second

// Connect opens a connection to the hub at rawURL, a postgres:// URL.
// Transactions left idle (a laptop closed mid-sync) are ended by the
// server after a minute, so they never hold rows or delay others' pulls.
func Connect(ctx context.Context, rawURL string) (*Hub, error) {
	if rawURL == "" {
		return nil, model.Errorf(model.EINVALID, "no hub given: pass --hub postgres://USER@HOST/DATABASE or set TALKTRACK_HUB")
	}
	cfg, err := pgx.ParseConfig(rawURL)
	if err != nil {
		return nil, model.Errorf(model.EINVALID, "the hub address is not a postgres:// URL: %s", redact(rawURL))
	}
	if cfg.ConnectTimeout == 0 || cfg.ConnectTimeout > connectTimeout {
		cfg.ConnectTimeout = connectTimeout
	}
	cfg.RuntimeParams["idle_in_transaction_session_timeout"] = "60000"
	cfg.RuntimeParams["application_name"] = "talktrack"
	where := fmt.Sprintf("%s:%d/%s", cfg.Host, cfg.Port, cfg.Database)
	conn, err := pgx.ConnectConfig(ctx, cfg)
	if err != nil {
		return nil, model.Errorf(model.EINVALID, "cannot reach the hub at %s as %s: %s", where, cfg.User, reason(err))
	}
	return &Hub{conn: conn, where: where}, nil
}

// Close ends the connection.
func (h *Hub) Close() error {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	return h.conn.Close(ctx)
}

// Where names the hub (host:port/database) for messages.
func (h *Hub) Where() string { return h.where }

// reason is the server's or network's message, without pgx's prefixes.
func reason(err error) string {
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		return pe.Message
	}
	msg := err.Error()
	if i := strings.LastIndex(msg, "): "); i >= 0 {
		msg = msg[i+3:]
	}
	return msg
}

// failed wraps a failure of the hub with what was being done, as one
// sentence for the user.
func (h *Hub) failed(err error, doing string) error {
	if err == nil {
		return nil
	}
	var me *model.Error
	if errors.As(err, &me) {
		return err
	}
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return fmt.Errorf("%s on the hub at %s was interrupted: %w", doing, h.where, err)
	}
	return model.Errorf(model.EINTERNAL, "%s on the hub at %s failed: %s", doing, h.where, reason(err))
}

// redact hides the password of a URL for messages.
func redact(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return "(unreadable)"
	}
	return u.Redacted()
}

// IsDenied reports whether err is the server refusing a privilege or a
// row-level security policy.
func IsDenied(err error) bool {
	var pe *pgconn.PgError
	// 42501 insufficient_privilege, also raised by a policy's WITH CHECK.
	return errors.As(err, &pe) && pe.Code == "42501"
}
