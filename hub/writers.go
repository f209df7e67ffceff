package hub

import (
	"context"
	"time"

	"github.com/jackc/pgx/v5"

	"talktrack/data"
)

// writerHorizon is how long a registered writer holds back the pulls'
// cursor: longer than any transaction of ours lasts (the server ends one
// left idle after a minute), short enough that a writer killed before it
// could unregister delays nothing for long.
const writerHorizon = 10 * time.Minute

// write runs fn in one transaction, registered in hub_writers while it
// runs (see the table's comment), and committed when fn returns nil.
func (h *Hub) write(ctx context.Context, fn func(tx pgx.Tx) error) error {
	id := data.NewGlobalID()
	if _, err := h.conn.Exec(ctx, `INSERT INTO hub_writers (id) VALUES ($1)`, id); err != nil {
		return err
	}
	err := pgx.BeginFunc(ctx, h.conn, fn)
	// A writer that could not unregister (the network went) stops counting
	// after writerHorizon; nothing else depends on this.
	cleanup, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
	defer cancel()
	_, _ = h.conn.Exec(cleanup, `DELETE FROM hub_writers WHERE id = $1`, id)
	return err
}
