package hub

import (
	"context"
	"encoding/json"
	"sort"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"talktrack/data"
	"talktrack/model"
)

// SyncResult says what one sync did.
type SyncResult struct {
	// Rep is who the hub knows this login as.
	Rep string
	// SentCalls and SentPainChanges count what was pushed (including
	// what a previous, interrupted sync had pushed without knowing it).
	SentCalls, SentPainChanges int
	// HeldBack counts calls and pain changes on accounts this login cannot
	// reach on the hub (not published, or outside the territory): they
	// stay here, waiting.
	HeldBack int
	// BookRows counts accounts, contacts and holdings pulled (including
	// rows this laptop had already; Pulled.BookChanges counts the others).
	BookRows int
	// PlaybookChanged is true when a new playbook was pulled.
	PlaybookChanged bool
	// Pulled counts the calls and pain changes new to this laptop.
	Pulled data.PullResult
}

// pushBatch is how many local changes one hub transaction sends.
const pushBatch = 200

// Sync sends what was recorded on this laptop since the last sync, then
// pulls the book's changes and the team's calls and pain changes on this
// login's accounts, and stores them in st in one transaction. Everything
// it writes on either side is keyed by global ids, so an interrupted sync
// (lost network, closed laptop, kill -9) run again neither loses nor
// doubles anything.
func (h *Hub) Sync(ctx context.Context, st *data.Store, now func() time.Time) (SyncResult, error) {
	var res SyncResult
	if err := h.checkVersion(ctx); err != nil {
		return res, err
	}
	if err := h.conn.QueryRow(ctx, `SELECT coalesce((SELECT name FROM reps WHERE login = current_user), current_user::text)`).Scan(&res.Rep); err != nil {
		return res, h.failed(err, "looking up this login")
	}
	if err := h.push(ctx, st, &res); err != nil {
		return res, err
	}
	cursor, territory, err := st.SyncCursor(ctx)
	if err != nil {
		return res, err
	}
	// The hub is read in parts while the laptop stores the parts before:
	// reading the holdings overlaps storing the accounts, and so on.
	pullCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	parts := make(chan data.Pulled, 1)
	pulled := make(chan error, 1)
	go func() {
		defer close(parts)
		pulled <- h.pull(pullCtx, cursor, territory, now, func(p data.Pulled) error {
			res.BookRows += len(p.Accounts) + len(p.Contacts) + len(p.Holdings)
			res.PlaybookChanged = res.PlaybookChanged || p.Playbook != nil
			select {
			case parts <- p:
				return nil
			case <-pullCtx.Done():
				return pullCtx.Err()
			}
		})
	}()
	res.Pulled, err = st.ApplyPullParts(ctx, parts)
	cancel()
	if perr := <-pulled; perr != nil && err != nil {
		// The pull's own failure says more than "the pull stopped".
		return res, perr
	}
	return res, err
}

// push sends the outbox in batches; each batch is marked sent here only
// after the hub committed it.
func (h *Hub) push(ctx context.Context, st *data.Store, res *SyncResult) error {
	var since int64
	for {
		ch, err := st.ChangesSince(ctx, since, pushBatch)
		if err != nil {
			return err
		}
		if len(ch.Seqs) == 0 {
			return nil
		}
		since = ch.Through
		visible, err := h.visibleAccounts(ctx, ch)
		if err != nil {
			return err
		}
		batch := &pgx.Batch{}
		sent := map[string]bool{} // global ids sent
		for _, c := range ch.Calls {
			if !visible[c.AccountID] {
				res.HeldBack++
				continue
			}
			offers, err := json.Marshal(offersJSON(c.Offers))
			if err != nil {
				return err
			}
			cues := []byte("[]")
			if len(c.Cues) > 0 {
				if cues, err = json.Marshal(c.Cues); err != nil {
					return err
				}
			}
			batch.Queue(`INSERT INTO calls (id, account_id, contact_id, started_at, duration_s, outcome, notes, follow_up, offers, cues)
				VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (id) DO NOTHING`,
				c.GlobalID, c.AccountID, c.ContactID, c.StartedAt, int32(c.Duration/time.Second), string(c.Outcome),
				c.Notes, data.FormatDay(c.FollowUp), offers, cues)
			sent[c.GlobalID] = true
			res.SentCalls++
		}
		for _, p := range ch.PainChanges {
			if !visible[p.AccountID] {
				res.HeldBack++
				continue
			}
			batch.Queue(`INSERT INTO pain_changes (id, pain_id, account_id, category, title, severity, status, noted_at, changed_at)
				VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (id) DO NOTHING`,
				p.ID, p.PainID, p.AccountID, p.Category, p.Title, int32(p.Severity), string(p.Status),
				data.FormatInstant(p.NotedAt), p.ChangedAt)
			sent[p.ID] = true
			res.SentPainChanges++
		}
		if batch.Len() > 0 {
			err = h.write(ctx, func(tx pgx.Tx) error {
				if err := tx.SendBatch(ctx, batch).Close(); err != nil {
					return err
				}
				return settlePains(ctx, tx)
			})
			if err != nil {
				return h.failed(err, "sending calls")
			}
		}
		if err := st.MarkSent(ctx, ch.SeqsOf(sent)); err != nil {
			return err
		}
	}
}

// visibleAccounts asks the hub which of the accounts ch names this login
// may write to.
func (h *Hub) visibleAccounts(ctx context.Context, ch data.Changes) (map[string]bool, error) {
	var ids []string
	for _, c := range ch.Calls {
		ids = append(ids, c.AccountID)
	}
	for _, p := range ch.PainChanges {
		ids = append(ids, p.AccountID)
	}
	visible := map[string]bool{}
	if len(ids) == 0 {
		return visible, nil
	}
	rows, err := h.conn.Query(ctx, `SELECT id FROM accounts WHERE id = ANY($1)`, ids)
	if err != nil {
		return nil, h.failed(err, "checking accounts")
	}
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, h.failed(err, "checking accounts")
		}
		visible[id] = true
	}
	return visible, h.failed(rows.Err(), "checking accounts")
}

// offerJSON is an offer as the hub stores it in calls.offers.
type offerJSON struct {
	ProductID string `json:"product_id"`
	Response  string `json:"response"`
	Quantity  int    `json:"quantity,omitempty"`
}

func offersJSON(offers []model.Offer) []offerJSON {
	out := make([]offerJSON, 0, len(offers))
	for _, o := range offers {
		out = append(out, offerJSON{ProductID: o.ProductID, Response: string(o.Response), Quantity: o.Quantity})
	}
	return out
}

// cursorSlack keeps the cursor a little behind the oldest writer, for
// clocks that tick coarser than PostgreSQL's microseconds.
const cursorSlack = time.Second

// pull reads, in one snapshot, what changed on the hub since cursor (all
// of it when the territory is not the one the cursor was for) and hands
// it to send in parts, the last one carrying the cursor to use next time.
func (h *Hub) pull(ctx context.Context, cursor, territory string, now func() time.Time, send func(data.Pulled) error) error {
	err := pgx.BeginTxFunc(ctx, h.conn, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly}, func(tx pgx.Tx) error {
		var snapshot time.Time
		var oldest *time.Time
		if err := tx.QueryRow(ctx, `SELECT now(), (SELECT min(started_at) FROM hub_writers
			WHERE started_at > now() - $1::interval)`, writerHorizon.String()).Scan(&snapshot, &oldest); err != nil {
			return err
		}
		next := snapshot
		if oldest != nil && oldest.Before(next) {
			next = *oldest
		}
		current, err := h.territory(ctx, tx)
		if err != nil {
			return err
		}
		from := time.Time{}
		if current == territory && cursor != "" {
			if from, err = time.Parse(time.RFC3339Nano, cursor); err != nil {
				from = time.Time{}
			}
		}
		last, err := h.pullSince(ctx, tx, from, send)
		if err != nil {
			return err
		}
		last.Cursor = next.Add(-cursorSlack).UTC().Format(time.RFC3339Nano)
		last.Territory, last.SyncedAt = current, now()
		return send(last)
	})
	return h.failed(err, "pulling the book")
}

// territory names the owners this login reads, "*" for a login that row
// security does not limit (sales ops).
func (h *Hub) territory(ctx context.Context, tx pgx.Tx) (string, error) {
	var isRep bool
	if err := tx.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM reps WHERE login = current_user)`).Scan(&isRep); err != nil {
		return "", err
	}
	if !isRep {
		return "*", nil
	}
	rows, err := tx.Query(ctx, `SELECT owner FROM territories WHERE login = current_user`)
	if err != nil {
		return "", err
	}
	owners, err := pgx.CollectRows(rows, pgx.RowTo[string])
	sort.Strings(owners)
	return strings.Join(owners, "\n"), err
}
