package importer

import (
	"testing"
	"time"

	"talktrack/model"
)

func TestInferStage(t *testing.T) {
	asOf := time.Date(2017, 12, 31, 0, 0, 0, 0, time.UTC)
	type buy struct{ product, day string }
	tests := []struct {
		name      string
		buys      []buy
		want      model.Stage
		wantSince string
	}{
		{"nothing bought", nil, model.StageOnboarding, ""},
		{"held without dates", []buy{{"a", ""}}, model.StageAdoption, ""},
		{"lapsed", []buy{{"a", "2016-03-02"}, {"b", "2016-01-01"}}, model.StageAtRisk, "2017-09-01"},
		{"first purchase recent", []buy{{"a", "2017-11-15"}, {"b", "2017-12-01"}}, model.StageOnboarding, "2017-11-15"},
		{"keeps buying", []buy{{"a", "2017-02-01"}, {"b", "2017-06-01"}, {"c", "2017-11-01"}}, model.StageAdvocate, "2017-11-01"},
		{"three days, one product", []buy{{"a", "2017-02-01"}, {"a", "2017-06-01"}, {"a", "2017-11-01"}}, model.StageValueRealized, "2017-06-01"},
		{"three days, last too old", []buy{{"a", "2017-01-01"}, {"b", "2017-02-01"}, {"c", "2017-03-01"}}, model.StageValueRealized, "2017-02-01"},
		{"came back once", []buy{{"a", "2017-01-10"}, {"a", "2017-04-10"}}, model.StageValueRealized, "2017-04-10"},
		{"one purchase", []buy{{"a", "2017-03-09"}}, model.StageAdoption, "2017-06-07"},
		{"same day twice", []buy{{"a", "2017-03-09"}, {"b", "2017-03-09"}}, model.StageAdoption, "2017-06-07"},
		// The earliest three days decide, whatever order they arrive in.
		{"out of order", []buy{{"c", "2017-11-01"}, {"a", "2017-12-01"}, {"b", "2017-06-01"}, {"a", "2017-02-01"}}, model.StageAdvocate, "2017-11-01"},
	}
	for _, tt := range tests {
		var e *stageEvidence
		if tt.buys != nil {
			e = &stageEvidence{}
			for _, b := range tt.buys {
				e.won(b.product, b.day)
			}
		}
		got, since := inferStage(e, asOf)
		if got != tt.want || since != tt.wantSince {
			t.Errorf("%s: inferStage = %s since %q, want %s since %q", tt.name, got, since, tt.want, tt.wantSince)
		}
	}
}

func TestEvidenceAsOf(t *testing.T) {
	now := time.Date(2026, 5, 6, 15, 0, 0, 0, time.UTC)
	ev := newEvidence()
	if got := ev.asOf(now); !got.Equal(time.Date(2026, 5, 6, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("asOf without dates = %v, want today", got)
	}
	ev.saw("2017-12-31")
	ev.won("acme", "a", "2017-03-01")
	if got := ev.asOf(now); got.Format("2006-01-02") != "2017-12-31" {
		t.Errorf("asOf = %v, want the newest date seen", got)
	}
}
