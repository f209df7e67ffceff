package data

import (
	"context"
	"testing"
	"time"

	"talktrack/model"
)

func TestBriefCountsHowSimilarAccountsAnswered(t *testing.T) {
	ctx := context.Background()
	s := demoStore(t)
	accounts, err := s.Accounts(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	calls, err := s.Calls(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]model.Account{}
	for _, a := range accounts {
		byID[a.ID] = a
	}
	// peers works the answers out from the calls alone.
	peers := func(acc model.Account, product string) model.PeerAnswers {
		offered, accepted := map[string]bool{}, map[string]bool{}
		for _, c := range calls {
			o := byID[c.AccountID]
			if o.ID == acc.ID || o.Segment() != acc.Segment() {
				continue
			}
			for _, of := range c.Offers {
				if of.ProductID == product {
					offered[o.ID] = true
					if of.Response == model.ResponseAccepted {
						accepted[o.ID] = true
					}
				}
			}
		}
		return model.PeerAnswers{Offered: len(offered), Accepted: len(accepted)}
	}
	checked := 0
	for _, a := range accounts {
		v, err := s.AccountView(ctx, a.ID, demoNow)
		if err != nil {
			t.Fatal(err)
		}
		for _, o := range v.Brief.Offers {
			want := peers(a, o.ProductID)
			if got := v.Brief.Peers[o.ProductID]; got != want {
				t.Fatalf("%s, %s: %+v, want %+v", a.ID, o.ProductID, got, want)
			}
			if want.Offered > 0 {
				checked++
			}
		}
		for i := 1; i < len(v.Brief.Offers); i++ {
			if v.Brief.Offers[i].At.After(v.Brief.Offers[i-1].At) {
				t.Fatalf("%s: offers not newest first", a.ID)
			}
		}
	}
	if checked < 5 {
		t.Fatalf("only %d offers had a similar account to compare", checked)
	}
}

func TestBriefFollowUpsCloseLikeTheQueue(t *testing.T) {
	ctx := context.Background()
	s := demoStore(t)
	today, err := s.Today(ctx, model.TodayQuery{Now: demoNow})
	if err != nil {
		t.Fatal(err)
	}
	id := today.FollowUps.Items[0].AccountID
	v, err := s.AccountView(ctx, id, demoNow)
	if err != nil || len(v.Brief.FollowUps) == 0 {
		t.Fatalf("%s has no open follow-up in its brief (%v)", id, err)
	}
	if _, err := s.MarkFollowUpsDone(ctx, id, demoNow); err != nil {
		t.Fatal(err)
	}
	if v, _ = s.AccountView(ctx, id, demoNow); len(v.Brief.FollowUps) != 0 {
		t.Fatalf("done follow-ups still in the brief: %+v", v.Brief.FollowUps)
	}
	// A follow-up agreed later, on a voicemail, is open again.
	if _, err := s.LogCall(ctx, model.Call{AccountID: id, StartedAt: demoNow, Outcome: model.OutcomeLeftVoicemail, FollowUp: demoNow.Add(72 * time.Hour)}); err != nil {
		t.Fatal(err)
	}
	if v, _ = s.AccountView(ctx, id, demoNow); len(v.Brief.FollowUps) != 1 || v.Brief.FollowUps[0].Outcome != model.OutcomeLeftVoicemail {
		t.Fatalf("new follow-up: %+v", v.Brief.FollowUps)
	}
}
