package data

import "encoding/binary"

// varints reads what binary.AppendUvarint wrote, one value or string at a
// time, and remembers whether the bytes ran out or were malformed.
type varints struct {
	b  []byte
	ok bool
}

func newVarints(b []byte) *varints { return &varints{b: b, ok: true} }

// next reads one unsigned varint; 0 once anything failed.
func (r *varints) next() uint64 {
	if !r.ok {
		return 0
	}
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.ok = false
		return 0
	}
	r.b = r.b[n:]
	return v
}

// count reads a number of things still to come, each at least a byte
// long; it fails on more than the bytes left could hold.
func (r *varints) count() uint64 {
	n := r.next()
	if n > uint64(len(r.b)) {
		r.ok = false
		return 0
	}
	return n
}

// text reads a string written as its length then its bytes.
func (r *varints) text() string {
	l := r.count()
	if !r.ok {
		return ""
	}
	s := string(r.b[:l])
	r.b = r.b[l:]
	return s
}

// done reports whether everything read well and nothing is left over.
func (r *varints) done() bool { return r.ok && len(r.b) == 0 }
