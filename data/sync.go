package data

import (
	"context"
	"crypto/rand"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"talktrack/model"
)

// Meta keys of sync with the team hub.
const (
	// metaSyncLast is when the last sync completed (RFC 3339, UTC).
	metaSyncLast = "sync_last"
	// metaSyncCursor is the hub's clock to pull changes from.
	metaSyncCursor = "sync_cursor"
	// metaSyncTerritory is the owners whose accounts the hub let this
	// login read at the last sync; when it changes, everything is pulled.
	metaSyncTerritory = "sync_territory"
)

// changeLayout writes the instants of pain changes: UTC with a fixed
// number of microsecond digits (what PostgreSQL keeps), so that the text
// sorts as the time does.
const changeLayout = "2006-01-02T15:04:05.000000Z"

// NewGlobalID returns a new random UUID (version 4): the id of a call or a
// pain change on every laptop and on the hub, made without asking anyone.
func NewGlobalID() string {
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic(err) // crypto/rand does not fail on supported platforms
	}
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	return fmt.Sprintf("%x-%x-%x-%x-%x", b[0:4], b[4:6], b[6:8], b[8:10], b[10:16])
}

// SyncStatus reads when the book was last synced and what waits to be
// sent, from this database alone: it never waits on the network.
func (s *Store) SyncStatus(ctx context.Context) (model.SyncStatus, error) {
	var st model.SyncStatus
	err := s.view(ctx, func(tx *sql.Tx) error {
		last, err := metaOrEmpty(ctx, tx, metaSyncLast)
		if err != nil {
			return err
		}
		if st.LastSync, err = parseDate("last sync", last); err != nil {
			return err
		}
		return tx.QueryRowContext(ctx, `SELECT count(call_id), count(pain_change_id) FROM sync_outbox`).
			Scan(&st.PendingCalls, &st.PendingPainChanges)
	})
	return st, internalf(err, "read the sync status")
}

// Changes are what this laptop recorded for the hub: calls logged and pain
// points changed here, in the order they were recorded.
type Changes struct {
	// Calls are the calls, with their offers and global ids.
	Calls []model.Call
	// PainChanges are the pain changes.
	PainChanges []model.PainChange
	// Seqs are the outbox positions of all of the above; MarkSent takes
	// them once the hub has the changes.
	Seqs []int64
	// Through is the last position read: the since of the next call.
	Through int64
	// globalIDs are the global ids of what each of Seqs names, "" for a
	// call deleted since it was logged.
	globalIDs []string
}

// SeqsOf returns the outbox positions of the changes whose global ids are
// in sent, and of those that name nothing any more: what MarkSent may
// forget once sent is on the hub.
func (c Changes) SeqsOf(sent map[string]bool) []int64 {
	var out []int64
	for i, seq := range c.Seqs {
		if id := c.globalIDs[i]; id == "" || sent[id] {
			out = append(out, seq)
		}
	}
	return out
}

// ChangesSince is the one way to ask the store what changed here since a
// point: it returns at most limit changes recorded after position since
// (0 for the start) that the hub has not confirmed yet (see MarkSent).
// An empty Changes means there are no more.
func (s *Store) ChangesSince(ctx context.Context, since int64, limit int) (Changes, error) {
	ch := Changes{Through: since}
	err := s.view(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, `SELECT seq, call_id, pain_change_id FROM sync_outbox
			WHERE seq > ? ORDER BY seq LIMIT ?`, since, limit)
		if err != nil {
			return err
		}
		var callIDs []any
		var painIDs []any
		var localIDs []int64 // the call of each position, 0 for a pain change
		err = eachRow(rows, func() error {
			var seq int64
			var callID sql.NullInt64
			var painID sql.NullString
			if err := rows.Scan(&seq, &callID, &painID); err != nil {
				return err
			}
			ch.Seqs = append(ch.Seqs, seq)
			ch.Through = seq
			localIDs = append(localIDs, callID.Int64)
			ch.globalIDs = append(ch.globalIDs, painID.String)
			if callID.Valid {
				callIDs = append(callIDs, callID.Int64)
			}
			if painID.Valid {
				painIDs = append(painIDs, painID.String)
			}
			return nil
		})
		if err != nil {
			return err
		}
		if ch.Calls, err = callsByID(ctx, tx, callIDs); err != nil {
			return err
		}
		global := make(map[int64]string, len(ch.Calls))
		for _, c := range ch.Calls {
			global[c.ID] = c.GlobalID
		}
		for i, id := range localIDs {
			if id != 0 {
				ch.globalIDs[i] = global[id]
			}
		}
		ch.PainChanges, err = painChangesByID(ctx, tx, painIDs)
		return err
	})
	return ch, internalf(err, "read the changes to sync")
}

// MarkSent forgets the outbox positions seqs: the hub has what they name.
func (s *Store) MarkSent(ctx context.Context, seqs []int64) error {
	if len(seqs) == 0 {
		return nil
	}
	return s.write(ctx, func(tx *sql.Tx) error {
		args := make([]any, len(seqs))
		for i, q := range seqs {
			args[i] = q
		}
		_, err := tx.ExecContext(ctx, `DELETE FROM sync_outbox WHERE seq IN (`+placeholders(len(seqs))+`)`, args...)
		return internalf(err, "mark changes as sent")
	})
}

// callsByID reads the calls with the given local ids, with their offers
// and cues.
func callsByID(ctx context.Context, q queryer, ids []any) ([]model.Call, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	in := placeholders(len(ids))
	calls, index, err := scanCalls(ctx, q, `SELECT `+callColumns+` FROM calls c WHERE c.id IN (`+in+`) ORDER BY c.id`, ids...)
	if err != nil || len(calls) == 0 {
		return calls, err
	}
	err = addOffers(ctx, q, calls, index,
		`SELECT o.call_id, o.product_id, o.response, o.quantity FROM call_offers o WHERE o.call_id IN (`+in+`) ORDER BY o.call_id, o.product_id`, ids...)
	if err != nil {
		return calls, err
	}
	return calls, addCues(ctx, q, calls, index,
		`SELECT q.call_id, `+cueColumns+` FROM call_cues q WHERE q.call_id IN (`+in+`) ORDER BY q.call_id, q.position`, ids...)
}

// placeholders is "?, ?, …" for n values.
func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?, ", n), ", ")
}

// formatChange writes a pain change's instant.
func formatChange(t time.Time) string { return t.UTC().Format(changeLayout) }
