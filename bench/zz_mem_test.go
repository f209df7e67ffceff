package bench

import (
	"context"
	"runtime"
	"strings"
	"testing"
)

func BenchmarkZZMem(b *testing.B) {
	st := bigStore(b)
	ctx := context.Background()
	var ms0, ms1 runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&ms0)
	rows, err := st.DB().QueryContext(ctx, `SELECT rowid, name_key FROM accounts ORDER BY name_key, id`)
	if err != nil {
		b.Fatal(err)
	}
	var keys []string
	var ids []int64
	for rows.Next() {
		var id int64
		var k string
		rows.Scan(&id, &k)
		keys = append(keys, k)
		ids = append(ids, id)
	}
	rows.Close()
	runtime.GC()
	runtime.ReadMemStats(&ms1)
	b.Logf("heap for %d keys: %.1f MB", len(keys), float64(ms1.HeapAlloc-ms0.HeapAlloc)/1e6)
	for _, q := range []string{"g", "gr", "gran", "granite"} {
		b.Run(q, func(b *testing.B) {
			total := 0
			for range b.N {
				var exact, prefix, rest []int64
				total = 0
				for i, k := range keys {
					j := strings.Index(k, q)
					if j < 0 {
						continue
					}
					total++
					switch {
					case len(k) == len(q):
						exact = append(exact, ids[i])
					case j == 0:
						if len(prefix) < 40 {
							prefix = append(prefix, ids[i])
						}
					default:
						if len(rest) < 40 {
							rest = append(rest, ids[i])
						}
					}
				}
			}
			b.ReportMetric(float64(total), "matches")
		})
	}
}
