package data

import (
	"encoding/binary"
	"time"

	"talktrack/model"
)

// encodePool writes the pool compactly: the product ids once, then for each
// account the number of its holdings and, for each, the product's number
// and the day it was first bought (days since 1970 plus one; 0 unknown),
// all as unsigned varints.
func encodePool(accounts []model.BookAccount) []byte {
	number := map[string]uint64{}
	var ids []string
	for _, a := range accounts {
		for _, id := range a.ProductIDs {
			if _, ok := number[id]; !ok {
				number[id] = uint64(len(ids))
				ids = append(ids, id)
			}
		}
	}
	b := binary.AppendUvarint(nil, uint64(len(ids)))
	for _, id := range ids {
		b = binary.AppendUvarint(b, uint64(len(id)))
		b = append(b, id...)
	}
	b = binary.AppendUvarint(b, uint64(len(accounts)))
	for _, a := range accounts {
		b = binary.AppendUvarint(b, uint64(len(a.ProductIDs)))
		for k, id := range a.ProductIDs {
			b = binary.AppendUvarint(b, number[id])
			var d uint64
			if k < len(a.Since) && !a.Since[k].IsZero() && a.Since[k].Unix() >= 0 {
				d = uint64(a.Since[k].Unix()/86400) + 1
			}
			b = binary.AppendUvarint(b, d)
		}
	}
	return b
}

// decodePool reads what encodePool wrote; false when the bytes are not
// such a pool.
func decodePool(b []byte) ([]model.BookAccount, bool) {
	r := newVarints(b)
	ids := make([]string, r.count())
	for i := range ids {
		ids[i] = r.text()
	}
	accounts := make([]model.BookAccount, r.count())
	for i := range accounts {
		nh := r.count()
		a := model.BookAccount{ProductIDs: make([]string, nh), Since: make([]time.Time, nh)}
		for k := range a.ProductIDs {
			p, d := r.next(), r.next()
			if !r.ok || p >= uint64(len(ids)) {
				return nil, false
			}
			a.ProductIDs[k] = ids[p]
			if d > 0 {
				a.Since[k] = time.Unix(int64(d-1)*86400, 0).UTC()
			}
		}
		accounts[i] = a
	}
	return accounts, r.done()
}
