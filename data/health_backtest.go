package data

import (
	"context"
	"time"

	"talktrack/model"
)

// HealthBacktest scores every account at each of the moments from what the
// book held then, and compares the accounts that entered the at-risk or
// churned stage within horizon after the moment with those still in a good
// stage today that were already in it then. The stage's own points are left
// out (the book keeps no history of stages, so today's would give the answer
// away); seat use and pain status are today's, the rest is as of the moment.
func (s *Store) HealthBacktest(ctx context.Context, moments []time.Time, horizon time.Duration) (model.HealthSeparation, error) {
	accounts, err := s.Accounts(ctx, "")
	if err != nil {
		return model.HealthSeparation{}, err
	}
	var wentBad, stayedWell []int
	for _, at := range moments {
		scores, err := s.HealthAsOf(ctx, nil, at)
		if err != nil {
			return model.HealthSeparation{}, err
		}
		for _, a := range accounts {
			if a.StageSince.IsZero() {
				continue
			}
			h, ok := scores[a.ID]
			if !ok {
				continue
			}
			score := h.Score - h.PointsOf("stage")
			bad := a.Stage == model.StageAtRisk || a.Stage == model.StageChurned
			switch {
			case bad && a.StageSince.After(at) && !a.StageSince.After(at.Add(horizon)):
				wentBad = append(wentBad, score)
			case !bad && !a.StageSince.After(at):
				stayedWell = append(stayedWell, score)
			}
		}
	}
	sep := model.Separation(wentBad, stayedWell)
	sep.Horizon, sep.Moments = horizon, moments
	return sep, nil
}
