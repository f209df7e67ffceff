package data

import (
	"context"
	"encoding/binary"
	"slices"

	"talktrack/model"
)

// loadBookCounts reads the book-wide counts (every segment's summed) from
// the peer statistics: accounts, holders of each product and of each pair.
func loadBookCounts(ctx context.Context, q queryer) (model.PeerStats, error) {
	book := model.PeerStats{Holders: map[string]int{}, Together: map[string]map[string]int{}}
	if err := q.QueryRowContext(ctx, `SELECT coalesce(sum(accounts), 0) FROM peer_segments`).Scan(&book.Accounts); err != nil {
		return book, internalf(err, "count the book's accounts")
	}
	rows, err := q.QueryContext(ctx, `SELECT product_id, sum(holders) FROM peer_products GROUP BY product_id`)
	if err != nil {
		return book, internalf(err, "read the book's holders")
	}
	err = eachRow(rows, func() error {
		var id string
		var n int
		err := rows.Scan(&id, &n)
		book.Holders[id] = n
		return err
	})
	if err != nil {
		return book, internalf(err, "read the book's holders")
	}
	rows, err = q.QueryContext(ctx, `SELECT held_id, other_id, sum(holders) FROM peer_pairs GROUP BY held_id, other_id`)
	if err != nil {
		return book, internalf(err, "read the book's pairs")
	}
	err = eachRow(rows, func() error {
		var held, other string
		var n int
		if err := rows.Scan(&held, &other, &n); err != nil {
			return err
		}
		m := book.Together[held]
		if m == nil {
			m = map[string]int{}
			book.Together[held] = m
		}
		m[other] = n
		return nil
	})
	return book, internalf(err, "read the book's pairs")
}

// encodeCounts writes book-wide counts compactly, as unsigned varints: the
// accounts; the products, each as its id and holders; then each pair as
// the two products' numbers and the accounts holding both, for the pairs
// of the item model's products (model.ItemModelProducts) alone. Products
// and pairs go in id order, so the same counts give the same bytes.
func encodeCounts(book model.PeerStats) []byte {
	ids := make([]string, 0, len(book.Holders))
	for id := range book.Holders {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	number := make(map[string]uint64, len(ids))
	b := binary.AppendUvarint(nil, uint64(book.Accounts))
	b = binary.AppendUvarint(b, uint64(len(ids)))
	for i, id := range ids {
		number[id] = uint64(i)
		b = binary.AppendUvarint(b, uint64(len(id)))
		b = append(b, id...)
		b = binary.AppendUvarint(b, uint64(max(book.Holders[id], 0)))
	}
	modelled := model.ItemModelProducts(book.Holders)
	var pairs [][3]uint64
	for _, held := range ids {
		if !modelled[held] {
			continue
		}
		for other, n := range book.Together[held] {
			if j, ok := number[other]; ok && n > 0 && modelled[other] {
				pairs = append(pairs, [3]uint64{number[held], j, uint64(n)})
			}
		}
	}
	slices.SortFunc(pairs, func(a, b [3]uint64) int {
		if a[0] != b[0] {
			return int(a[0]) - int(b[0])
		}
		return int(a[1]) - int(b[1])
	})
	b = binary.AppendUvarint(b, uint64(len(pairs)))
	for _, p := range pairs {
		for _, v := range p {
			b = binary.AppendUvarint(b, v)
		}
	}
	return b
}

// decodeCounts reads what encodeCounts wrote; false when the bytes are not
// such counts. Only the pairs among the products of the item model are
// kept (model.ItemModelProducts): a catalogue of thousands of products has
// millions of pairs, and a briefing needs no others.
func decodeCounts(b []byte) (model.PeerStats, bool) {
	book := model.PeerStats{Holders: map[string]int{}, Together: map[string]map[string]int{}}
	r := newVarints(b)
	book.Accounts = int(r.next())
	ids := make([]string, r.count())
	for i := range ids {
		ids[i] = r.text()
		book.Holders[ids[i]] = int(r.next())
	}
	inModel := model.ItemModelProducts(book.Holders)
	modelled := make([]bool, len(ids))
	for i, id := range ids {
		modelled[i] = inModel[id]
	}
	for range r.count() {
		i, j, n := r.next(), r.next(), r.next()
		if !r.ok || i >= uint64(len(ids)) || j >= uint64(len(ids)) {
			return book, false
		}
		if !modelled[i] || !modelled[j] {
			continue
		}
		m := book.Together[ids[i]]
		if m == nil {
			m = map[string]int{}
			book.Together[ids[i]] = m
		}
		m[ids[j]] = int(n)
	}
	return book, r.done()
}
