package data

import (
	"context"
	"database/sql"
	"reflect"
	"testing"
	"time"

	"talktrack/model"
)

func TestLookalikePoolRoundTrip(t *testing.T) {
	pool := []model.BookAccount{
		{ProductIDs: []string{"crm-basic", "Größe 10"}, Since: []time.Time{day("2024-01-15"), {}}},
		{ProductIDs: []string{"Größe 10"}, Since: []time.Time{day("1998-03-02")}},
		{ProductIDs: []string{}, Since: []time.Time{}},
	}
	got, ok := decodePool(encodePool(pool))
	if !ok || !reflect.DeepEqual(got, pool) {
		t.Fatalf("decoded %+v (ok %v), want %+v", got, ok, pool)
	}
	body := encodePool(pool)
	for _, bad := range [][]byte{body[:len(body)-1], append(body, 0), {0xff}} {
		if _, ok := decodePool(bad); ok {
			t.Errorf("decoded %x as a pool", bad)
		}
	}
}

// TestStoredPoolFollowsTheHoldings checks that the pool written with the
// peer statistics is what the holdings say, and that a book without a
// stored pool reads the holdings instead.
func TestStoredPoolFollowsTheHoldings(t *testing.T) {
	b := newBook()
	b.account("a1", "One").holds("a1", "crm-basic", "analytics")
	b.account("a2", "Two").holds("a2", "crm-pro")
	s := b.seed(t)
	ctx := context.Background()
	var stored, read []model.BookAccount
	err := s.view(ctx, func(tx *sql.Tx) error {
		var err error
		if stored, _, err = readLookalikePool(ctx, tx); err != nil {
			return err
		}
		read, _, err = loadBookHistory(ctx, tx)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(stored) != 2 || !reflect.DeepEqual(stored, read) {
		t.Fatalf("stored pool %+v, holdings say %+v", stored, read)
	}
	if _, err := s.DB().ExecContext(ctx, `DELETE FROM lookalike_pool`); err != nil {
		t.Fatal(err)
	}
	err = s.view(ctx, func(tx *sql.Tx) error {
		var err error
		stored, _, err = readLookalikePool(ctx, tx)
		return err
	})
	if err != nil || !reflect.DeepEqual(stored, read) {
		t.Errorf("without a stored pool read %+v (%v), want the holdings' %+v", stored, err, read)
	}
}
