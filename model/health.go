package model

import (
	"fmt"
	"strings"
	"time"
)

// HealthBand groups health scores into what a CSM does about them.
type HealthBand string

// The three health bands, best first.
const (
	BandHealthy HealthBand = "healthy"
	BandWatch   HealthBand = "watch"
	BandAtRisk  HealthBand = "at_risk"
)

// Label is the band as a person would write it.
func (b HealthBand) Label() string {
	switch b {
	case BandHealthy:
		return "healthy"
	case BandWatch:
		return "watch"
	case BandAtRisk:
		return "at risk"
	}
	return string(b)
}

// Band thresholds: a score of at least HealthyFrom is healthy, below
// AtRiskBelow at risk, watch in between.
const (
	HealthyFrom = 70
	AtRiskBelow = 45
)

// BandFor returns the band of a score.
func BandFor(score int) HealthBand {
	switch {
	case score >= HealthyFrom:
		return BandHealthy
	case score < AtRiskBelow:
		return BandAtRisk
	}
	return BandWatch
}

// HealthReason is one named part of a health score: its points and why.
// The points of all reasons add up to the score.
type HealthReason struct {
	// Points is what this reason contributes; negative for a penalty.
	Points int `json:"points"`
	// Max is the most this reason can contribute (0 for penalties).
	Max int `json:"max"`
	// Factor names what the reason is about: seats, seat_trend,
	// conversation, pains, renewal, offers, stage or cue.
	Factor string `json:"factor"`
	// Text says what was found, in words a CSM reads aloud.
	Text string `json:"text"`
}

// Health is an account's health score from 0 to 100, its band and the
// reasons that make it up.
type Health struct {
	Score   int            `json:"score"`
	Band    HealthBand     `json:"band"`
	Reasons []HealthReason `json:"reasons"`
}

// HealthCue is something heard on a call that signals churn risk ("we are
// looking at other vendors"). Cues come from the notes' reading of calls;
// each one recent enough costs points.
type HealthCue struct {
	// Text is the cue as heard.
	Text string
	// HeardAt is when.
	HeardAt time.Time
}

// HealthObjection is a price objection or a spend freeze heard on a call.
type HealthObjection struct {
	// Text is the cue as heard.
	Text string
	// Freeze is set for a spend freeze, which stops every offer.
	Freeze bool
	// HeardAt is when the call started.
	HeardAt time.Time
}

// HealthInput is what the book knows about one account at a moment.
type HealthInput struct {
	Account Account
	// SeatsBought and SeatsUsed add up the seated holdings whose use is
	// tracked; SeatsBought 0 means seat use is not tracked.
	SeatsBought, SeatsUsed int
	// SeatsUsedBefore is the seats used at an earlier snapshot of the same
	// holdings, and SeatsBefore when that was; zero when no history exists.
	SeatsUsedBefore int
	SeatsBefore     time.Time
	// LastConversation is the latest connected call; zero when none.
	LastConversation time.Time
	// AttemptsSince counts calls since then that reached nobody
	// (voicemail, no answer, busy, wrong number).
	AttemptsSince int
	// OpenPains counts open pain points by severity (index 1 low, 2
	// medium, 3 high).
	OpenPains [4]int
	// Offered counts the offers answered in the last HealthOfferWindow,
	// Declined and NotNow those answered so; DealsClosed counts the deals
	// won or lost in that window, LostDeals those lost.
	Offered, Declined, NotNow int
	DealsClosed, LostDeals    int
	// Cues are churn-risk cues heard in the last HealthCueWindow.
	Cues []HealthCue
	// Objection is the price objection or spend freeze heard on the latest
	// conversation, when one was: a call that said "we can't spend" is
	// contact, not a sign of health.
	Objection *HealthObjection
	// Now is the moment the score is for.
	Now time.Time
}

// HealthOfferWindow is how far back declined offers and lost deals count.
const HealthOfferWindow = 180 * 24 * time.Hour

// HealthCueWindow is how far back churn-risk cues count.
const HealthCueWindow = 90 * 24 * time.Hour

// The most points each part of the score can give; they add up to 100.
const (
	healthSeatsMax        = 25
	healthConversationMax = 20
	healthPainsMax        = 20
	healthRenewalMax      = 10
	healthOffersMax       = 10
	healthStageMax        = 15
	// healthCuePoints is what each recent churn-risk cue costs.
	healthCuePoints = 10
)

// ComputeHealth scores an account from 0 to 100. Every point comes from a
// named reason: seat use and its trend, the last conversation, open pains
// by severity, renewal nearness, declined offers and lost deals, the stage,
// and churn-risk cues as penalties. The reasons' points always add up to
// the score.
func ComputeHealth(in HealthInput) Health {
	reasons := []HealthReason{
		healthSeatReason(in),
		healthConversationReason(in),
		healthPainReason(in),
		healthRenewalReason(in),
		healthOfferReason(in),
		healthStageReason(in.Account.Stage),
	}
	total := 0
	for _, r := range reasons {
		total += r.Points
	}
	// Penalties come last and never take the score below zero, so that the
	// reasons still add up to it.
	if r, ok := healthSeatTrendReason(in); ok {
		r.Points = -min(-r.Points, total)
		total += r.Points
		reasons = append(reasons, r)
	}
	for _, c := range in.Cues {
		if in.Now.Sub(c.HeardAt) > HealthCueWindow || total <= 0 {
			continue
		}
		p := min(healthCuePoints, total)
		total -= p
		reasons = append(reasons, HealthReason{Factor: "cue", Points: -p, Text: fmt.Sprintf("churn-risk cue heard %s: “%s”", daysAgo(c.HeardAt, in.Now), c.Text)})
	}
	return Health{Score: total, Band: BandFor(total), Reasons: reasons}
}

func healthSeatReason(in HealthInput) HealthReason {
	r := HealthReason{Factor: "seats", Max: healthSeatsMax}
	if in.SeatsBought <= 0 {
		r.Points = healthSeatsMax / 2
		r.Text = "seat use not tracked (half the points)"
		return r
	}
	share := float64(in.SeatsUsed) / float64(in.SeatsBought)
	switch {
	case share >= 0.85:
		r.Points = 25
	case share >= 0.7:
		r.Points = 20
	case share >= 0.5:
		r.Points = 12
	case share >= 0.3:
		r.Points = 6
	}
	r.Text = fmt.Sprintf("%d%% of seats in use (%s of %s)", int(share*100+0.5), formatCount("en", in.SeatsUsed), formatCount("en", in.SeatsBought))
	return r
}

// healthSeatTrendReason scores how seat use moved since the earlier snapshot:
// ±5 points for a change of a tenth of the seats or more.
func healthSeatTrendReason(in HealthInput) (HealthReason, bool) {
	if in.SeatsBefore.IsZero() || in.SeatsBought <= 0 {
		return HealthReason{}, false
	}
	delta := in.SeatsUsed - in.SeatsUsedBefore
	since := in.SeatsBefore.Format("2 Jan 2006")
	switch {
	case delta*10 <= -in.SeatsBought:
		return HealthReason{Factor: "seat_trend", Points: -5, Text: fmt.Sprintf("seat use fell by %d since %s", -delta, since)}, true
	case delta*10 >= in.SeatsBought:
		return HealthReason{Factor: "seat_trend", Points: 0, Text: fmt.Sprintf("seat use grew by %d since %s", delta, since)}, true
	}
	return HealthReason{Factor: "seat_trend", Points: 0, Text: fmt.Sprintf("seat use steady since %s", since)}, true
}

func healthConversationReason(in HealthInput) HealthReason {
	r := HealthReason{Factor: "conversation", Max: healthConversationMax}
	attempts := ""
	switch in.AttemptsSince {
	case 0:
	default:
		// A message left with someone is no conversation with them either.
		attempts = "; since then " + plural(in.AttemptsSince, "call attempt", "call attempts") + " did not reach them"
	}
	if in.LastConversation.IsZero() {
		r.Text = "no conversation logged" + strings.Replace(attempts, " since then", "", 1)
		return r
	}
	days := daysBetween(in.LastConversation, in.Now)
	switch {
	case days <= 14:
		r.Points = 20
	case days <= 30:
		r.Points = 15
	case days <= 60:
		r.Points = 10
	case days <= 90:
		r.Points = 5
	}
	r.Text = "last conversation " + daysAgoN(days) + attempts
	// A conversation in which they spoke of leaving is no sign of health,
	// nor one in which they froze spending; one in which they said it
	// costs too much is half of one.
	for _, c := range in.Cues {
		if !c.HeardAt.Before(in.LastConversation) && in.Now.Sub(c.HeardAt) <= HealthCueWindow {
			r.Points = 0
			r.Text += ", where a churn risk was heard (no points)"
			return r
		}
	}
	if o := in.Objection; o != nil && o.HeardAt.Equal(in.LastConversation) {
		if o.Freeze {
			r.Points = 0
			r.Text += fmt.Sprintf(", where they froze spending (“%s”: no points)", o.Text)
		} else {
			r.Points /= 2
			r.Text += fmt.Sprintf(", where they objected to the price (“%s”: half the points)", o.Text)
		}
	}
	return r
}

func healthPainReason(in HealthInput) HealthReason {
	r := HealthReason{Factor: "pains", Max: healthPainsMax}
	low, medium, high := in.OpenPains[1], in.OpenPains[2], in.OpenPains[3]
	r.Points = max(0, healthPainsMax-8*high-4*medium-2*low)
	var parts []string
	if high > 0 {
		parts = append(parts, fmt.Sprintf("%d high", high))
	}
	if medium > 0 {
		parts = append(parts, fmt.Sprintf("%d medium", medium))
	}
	if low > 0 {
		parts = append(parts, fmt.Sprintf("%d low", low))
	}
	if len(parts) == 0 {
		r.Text = "no open pain points"
	} else {
		r.Text = "open pain points: " + strings.Join(parts, ", ")
	}
	return r
}

func healthRenewalReason(in HealthInput) HealthReason {
	r := HealthReason{Factor: "renewal", Max: healthRenewalMax}
	due := in.Account.RenewalDate
	if due.IsZero() {
		r.Points = healthRenewalMax / 2
		r.Text = "renewal date unknown (half the points)"
		return r
	}
	days := daysBetween(in.Now, due)
	switch {
	case days < 0:
		r.Text = fmt.Sprintf("renewal date %s passed %s", due.Format("2 Jan 2006"), daysAgoN(-days))
	case days <= 30:
		r.Points = 3
		r.Text = fmt.Sprintf("renewal in %s (%s)", dayCount(days), due.Format("2 Jan 2006"))
	case days <= 90:
		r.Points = 6
		r.Text = fmt.Sprintf("renewal in %s (%s)", dayCount(days), due.Format("2 Jan 2006"))
	default:
		r.Points = healthRenewalMax
		r.Text = "renewal more than 90 days away (" + due.Format("2 Jan 2006") + ")"
	}
	return r
}

// healthOfferReason scores the share of offers declined and deals lost,
// not their number: a book with a busy pipeline loses many deals and still
// wins most. An offer put off counts a quarter of a decline.
func healthOfferReason(in HealthInput) HealthReason {
	r := HealthReason{Factor: "offers", Max: healthOffersMax}
	offered := max(in.Offered, in.Declined+in.NotNow)
	closed := max(in.DealsClosed, in.LostDeals)
	if offered+closed == 0 {
		r.Points = healthOffersMax
		r.Text = "no offer made or deal closed in the last 6 months"
		return r
	}
	bad := float64(in.Declined+in.LostDeals) + float64(in.NotNow)/4
	r.Points = max(0, healthOffersMax-int(float64(healthOffersMax)*bad/float64(offered+closed)+0.5))
	// "2 offers (1 declined, 1 put off), 3 deals (none lost) in the last
	// 6 months".
	var parts []string
	if offered > 0 {
		var how []string
		if in.Declined > 0 {
			how = append(how, fmt.Sprintf("%d declined", in.Declined))
		}
		if in.NotNow > 0 {
			how = append(how, fmt.Sprintf("%d put off", in.NotNow))
		}
		if len(how) == 0 {
			how = []string{"none declined"}
		}
		parts = append(parts, fmt.Sprintf("%s (%s)", plural(offered, "offer", "offers"), strings.Join(how, ", ")))
	}
	if closed > 0 {
		lost := "none lost"
		if in.LostDeals > 0 {
			lost = fmt.Sprintf("%d lost", in.LostDeals)
		}
		parts = append(parts, fmt.Sprintf("%s (%s)", plural(closed, "deal", "deals"), lost))
	}
	r.Text = strings.Join(parts, ", ") + " in the last 6 months"
	return r
}

// stagePoints is what each stage gives towards health.
var stagePoints = map[Stage]int{
	StageOnboarding: 9, StageAdoption: 9, StageValueRealized: 12, StageAdvocate: 15, StageAtRisk: 0, StageChurned: 0,
}

func healthStageReason(s Stage) HealthReason {
	return HealthReason{Factor: "stage", Points: stagePoints[s], Max: healthStageMax, Text: "stage: " + strings.ToLower(s.Label())}
}

func dayCount(n int) string { return plural(n, "day", "days") }

// daysAgoN says how long ago a day n days back was.
func daysAgoN(n int) string {
	switch {
	case n <= 0:
		return "today"
	case n == 1:
		return "1 day ago"
	}
	return fmt.Sprintf("%d days ago", n)
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// PointsOf is what the reasons about factor contribute.
func (h Health) PointsOf(factor string) int {
	n := 0
	for _, r := range h.Reasons {
		if r.Factor == factor {
			n += r.Points
		}
	}
	return n
}
