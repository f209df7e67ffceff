package bench

import (
	"context"
	"encoding/json"
	"testing"
	"time"

	"talktrack/data"
	"talktrack/model"
)

// offerStages are the stages where every suggestion rule runs; in the
// others the stage gate answers before most of the work.
var offerStages = []string{string(model.StageValueRealized), string(model.StageAdvocate)}

// BenchmarkRecommend times the suggestions for one account in process,
// with everything they need already loaded: the goal is under 1 ms.
func BenchmarkRecommend(b *testing.B) {
	st := bigStore(b)
	ctx := context.Background()
	now := time.Now()
	for _, c := range []struct {
		name   string
		stages []string
	}{
		{"offer-stages", offerStages},
		{"all-stages", nil},
	} {
		b.Run(c.name, func(b *testing.B) {
			var ins []model.BriefingInput
			for _, id := range sampleIDs(b, st, 256, c.stages...) {
				in, err := briefingInput(ctx, st, id, now)
				if err != nil {
					b.Fatal(err)
				}
				ins = append(ins, in)
			}
			suggestions := 0
			b.ResetTimer()
			for i := range b.N {
				suggestions += len(model.Recommend(ins[i%len(ins)]).Suggestions)
			}
			b.ReportMetric(float64(suggestions)/float64(b.N), "suggestions/op")
		})
	}
}

// BenchmarkAccountView times the account screen's load: the account, its
// contacts, holdings, pains, calls, draft and briefing, with peer
// statistics read from the stored counts.
func BenchmarkAccountView(b *testing.B) {
	st := bigStore(b)
	ctx := context.Background()
	ids := sampleIDs(b, st, 512)
	now := time.Now()
	b.ResetTimer()
	for i := range b.N {
		if _, err := st.AccountView(ctx, ids[i%len(ids)], now); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBriefing times what `talktrack show ID --json` does once the
// database is open: resolve the account, load its view and encode it.
func BenchmarkBriefing(b *testing.B) {
	st := bigStore(b)
	ctx := context.Background()
	ids := sampleIDs(b, st, 512)
	now := time.Now()
	b.ResetTimer()
	for i := range b.N {
		a, err := st.FindAccount(ctx, ids[i%len(ids)])
		if err != nil {
			b.Fatal(err)
		}
		v, err := st.AccountView(ctx, a.ID, now)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := json.Marshal(v); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkColdBriefing times what `talktrack show ID --json` does in a new
// process, from opening the database to the account's view: nothing is
// cached yet, so the book's evidence is read from its stored row.
func BenchmarkColdBriefing(b *testing.B) {
	ids := sampleIDs(b, bigStore(b), 64)
	ctx := context.Background()
	now := time.Now()
	b.ResetTimer()
	for i := range b.N {
		st, err := data.Open(book.path)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := st.AccountView(ctx, ids[i%len(ids)], now); err != nil {
			b.Fatal(err)
		}
		if err := st.Close(); err != nil {
			b.Fatal(err)
		}
	}
}
