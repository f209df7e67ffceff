package bench

import (
	"context"
	"fmt"
	"testing"
	"time"

	"talktrack/model"
)

// BenchmarkSaveDraft times one autosave of a call draft in the large book:
// an upsert committed durably (synchronous=FULL). The draft is deleted
// afterwards so the book is left as it was.
func BenchmarkSaveDraft(b *testing.B) {
	st := bigStore(b)
	ctx := context.Background()
	id := sampleIDs(b, st, 1, offerStages...)[0]
	if _, err := st.Draft(ctx, id); err == nil {
		b.Fatalf("account %s already has a draft; the benchmark would replace it", id)
	}
	b.Cleanup(func() {
		if err := st.DeleteDraft(context.Background(), "bench-draft"); err != nil {
			b.Error(err)
		}
	})
	d := model.Draft{ID: "bench-draft", AccountID: id, StartedAt: time.Now(),
		Offers: []model.Offer{{ProductID: "analytics-advanced", Response: model.ResponseInterested}}}
	b.ResetTimer()
	for i := range b.N {
		d.Notes = fmt.Sprintf("Asked about reporting; they rebuild the pipeline sheet by hand every Monday. Keystroke %d.", i)
		d.UpdatedAt = time.Now()
		if err := st.SaveDraft(ctx, d); err != nil {
			b.Fatal(err)
		}
	}
}
