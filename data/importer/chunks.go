package importer

// chunkSize is how many rows a chunk holds.
const chunkSize = 4096

// chunked stores many rows in fixed-size chunks, so that a pointer to a
// row stays valid as more are added (an ambiguous date is fixed up through
// it when the table is read) without one allocation per row.
type chunked[T any] struct {
	chunks []*[chunkSize]T
	n      int
}

// add returns a pointer to a new zero row.
func (c *chunked[T]) add() *T {
	if c.n%chunkSize == 0 {
		c.chunks = append(c.chunks, new([chunkSize]T))
	}
	p := &c.chunks[c.n/chunkSize][c.n%chunkSize]
	c.n++
	return p
}

// len is the number of rows.
func (c *chunked[T]) len() int { return c.n }

// at returns row i.
func (c *chunked[T]) at(i int) *T { return &c.chunks[i/chunkSize][i%chunkSize] }

// interner shares one copy of strings that repeat down a column (account
// ids, product names, dates), which keeps a million parsed rows small.
type interner map[string]string

func (in interner) get(s string) string {
	if v, ok := in[s]; ok {
		return v
	}
	in[s] = s
	return s
}
