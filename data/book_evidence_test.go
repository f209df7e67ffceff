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

// TestStoredEvidenceFollowsTheBook checks that the counts and pool written
// with the peer statistics are what the peer statistics and holdings say,
// and that a book without the row reads those instead.
func TestStoredEvidenceFollowsTheBook(t *testing.T) {
	b := newBook()
	b.account("a1", "One").holds("a1", "crm-basic", "analytics")
	b.account("a2", "Two").holds("a2", "crm-pro")
	b.account("a3", "Three", func(a *model.Account) { a.Industry = "software" }).holds("a3", "crm-basic", "analytics")
	s := b.seed(t)
	ctx := context.Background()
	read := func() (model.PeerStats, []model.BookAccount) {
		t.Helper()
		var book model.PeerStats
		var pool []model.BookAccount
		err := s.view(ctx, func(tx *sql.Tx) error {
			var err error
			book, pool, _, err = readBookEvidence(ctx, tx)
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		return book, pool
	}
	var wantBook model.PeerStats
	var wantPool []model.BookAccount
	err := s.view(ctx, func(tx *sql.Tx) error {
		var err error
		if wantBook, err = loadBookCounts(ctx, tx); err != nil {
			return err
		}
		wantPool, _, err = loadBookHistory(ctx, tx)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	// Two segments: the pair counts are summed over both.
	if wantBook.Accounts != 3 || wantBook.Together["crm-basic"]["analytics"] != 2 {
		t.Fatalf("book counts %+v, want 3 accounts and 2 holding CRM Basic with Analytics", wantBook)
	}
	book, pool := read()
	if !reflect.DeepEqual(book, wantBook) || !reflect.DeepEqual(pool, wantPool) {
		t.Fatalf("stored %+v / %+v, the book says %+v / %+v", book, pool, wantBook, wantPool)
	}
	if _, err := s.DB().ExecContext(ctx, `DELETE FROM book_evidence`); err != nil {
		t.Fatal(err)
	}
	if book, pool = read(); !reflect.DeepEqual(book, wantBook) || !reflect.DeepEqual(pool, wantPool) {
		t.Errorf("without a stored row read %+v / %+v, want the book's", book, pool)
	}
}

func TestBookCountsRoundTrip(t *testing.T) {
	book := model.PeerStats{Accounts: 7, Holders: map[string]int{"a": 5, "Größe": 2},
		Together: map[string]map[string]int{"a": {"Größe": 2}, "Größe": {"a": 2}}}
	got, ok := decodeCounts(encodeCounts(book))
	if !ok || !reflect.DeepEqual(got, book) {
		t.Fatalf("decoded %+v (ok %v), want %+v", got, ok, book)
	}
	body := encodeCounts(book)
	if _, ok := decodeCounts(body[:len(body)-1]); ok {
		t.Error("decoded truncated counts")
	}
}
