package model

import (
	"fmt"
	"math"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// The weights and thresholds of recommendation, in one place. Every point of
// a suggestion's score comes from one Reason built below with one of these
// weights, so a rep can always see why an offer ranks where it does.
//
// The scale is chosen so that fit to the customer's own problem outweighs
// everything else: a high-severity open pain (45) beats a plain next tier
// (30; a pain claimed for its category alone is level with it), which
// beats a declared complement (20), which beats what peers do (at most 25,
// and only when many of them do it). Timing and past answers only nudge
// the order.
const (
	// pointsNextTier rewards the next rung of a ladder the account already
	// climbs: upsell builds on a choice the customer made.
	pointsNextTier = 30

	// pointsSeatsNearLimit rewards more seats when usage reaches
	// seatsNearLimitPercent; each percentage point above that adds
	// pointsPerSeatPercent, up to maxSeatsPressurePoints more, because a
	// full or overfull licence is a need, not an opportunity.
	pointsSeatsNearLimit = 30
	// pointsGrowthHeard rewards seats sized for the people the latest
	// call said are joining: a need they told us, not a guess.
	pointsGrowthHeard      = 10
	pointsPerSeatPercent   = 1
	maxSeatsPressurePoints = 15
	seatsNearLimitPercent  = 85
	// extraSeatsPercent sizes the seat offer: enough for this much headroom
	// over the seats in use (or the licence, when that is larger).
	extraSeatsPercent = 20

	// pointsComplement rewards a complement sales ops declared for a held
	// product; pointsAlsoComplements each further held product it
	// complements (a smaller bonus, the signals overlap).
	pointsComplement      = 20
	pointsAlsoComplements = 5

	// pointsPeersMax scales what the account's own segment adds beyond
	// the whole book: a segment whose accounts hold a product with a held
	// one a full 100 percentage points more often than the book does would
	// earn it. The segment's share is first shrunk toward the book's by
	// peerShrink accounts' worth of doubt, and fewer than minPeerHolders
	// peers holding the held product, or both, say nothing, so three
	// accounts are never a pattern.
	pointsPeersMax = 50
	peerShrink     = 20
	minPeerHolders = 5

	// pointsPerEvidence turns the book's item model weights (see Evidence)
	// into points: a weight of 0.1 from a held product is worth 5 points.
	// At most maxEvidenceReasons held products are named; the others are
	// summed in one reason, as are those worth less than
	// minNamedEvidencePoints: a line per single point is clutter.
	pointsPerEvidence      = 50
	maxEvidenceReasons     = 3
	minNamedEvidencePoints = 2

	// pointsLookalikesMax is earned by a product that every look-alike
	// customer holds (see Evidence.lookalikeShares): the accounts whose
	// holdings are most like the briefed account's, nearer ones counting
	// far more (similarity cubed); fewer than minPeerHolders of them
	// (effectively) say nothing. What look-alikes hold weighs more than
	// the item model: in backtests on six public order books the two
	// together hit most at about 8 to 5 (80 to 50 here), against 2 to 5
	// before.
	pointsLookalikesMax = 80

	// maxEvidencePoints caps what the book's history (the item model,
	// look-alikes, the trend and the sequence together) adds to one offer: no more than a
	// high-severity pain and a little, so fit to the account's own needs
	// comes first.
	maxEvidencePoints = 50

	// pointsTrendMax is earned by the product most accounts first bought in
	// the book's latest fifth (trendShare) of dated first purchases, and
	// its share of that by others; fewer than minTrendPurchases dated
	// purchases make no trend.
	pointsTrendMax    = 8
	trendShare        = 0.2
	minTrendPurchases = 20

	// pointsPerSequence is earned for each held product all of whose
	// holders went on to take the offer up after it (see sequence): the
	// share of its holders holding the offer, times the share of those
	// who took it up later rather than before or on the same day, summed
	// over the held products. In backtests on seven public order books
	// (see the README) 5 hit more accounts on five of them, most where
	// the catalogue changes over the years (new models replacing old), and
	// cost Northwind and Online Retail one to two percent.
	pointsPerSequence = 5

	// pointsPopularMax is earned by a product every account of the book
	// holds, and its share of that by others.
	pointsPopularMax = 5

	// pointsPerWelcome turns how much more (or less) often an offer of a
	// product was welcomed in the segment than offers in general into
	// points: 50 for a rate 100 points above. Rates are shrunk by
	// responseShrink answers of doubt toward the product's book-wide rate
	// and that toward the book's rate over all products.
	pointsPerWelcome = 50
	responseShrink   = 10

	// arrSharePercent is the share of the account's ARR from which an
	// offer's yearly cost counts against it: one point per percent of ARR,
	// at most maxARRSharePoints.
	arrSharePercent   = 3
	maxARRSharePoints = 60
	// arrUnitsFactor is how many times its ARR an account's holdings may
	// cost at list price before the ARR is taken to be in other units.
	arrUnitsFactor = 10

	// pointsPerSeverity is earned per severity level (1 low to 3 high) of
	// each open pain a product addresses in the playbook's words for what
	// the customer said; pointsPerSeverityByCategory when only the pain's
	// category ties the two ("same category as their pain"), a guess
	// that must not outrank a product that speaks to the pain.
	pointsPerSeverity           = 15
	pointsPerSeverityByCategory = 10

	// pointsRenewal rewards an upsell when the renewal falls within
	// renewalWindowDays: contract talks are the natural moment to move up.
	pointsRenewal     = 10
	renewalWindowDays = 90

	// pointsAdvocateUpsell rewards upsells for advocates, the stage where
	// moving up lands best.
	pointsAdvocateUpsell = 10

	// A product the customer put off ("not now") rests for notNowHold,
	// not offered at all (the rep said they would not raise it for a
	// while), then ranks pointsNotNow lower until notNowWindow, a quarter:
	// "not now" mostly means "next quarter". Accepted, and interested
	// within familyBusyWindow, are in progress and not offered at all (see
	// inProgress); interest that went nowhere for longer earns
	// pointsEarlierInterest when the product comes up again.
	pointsNotNow          = -5
	notNowHold            = 30 * 24 * time.Hour
	notNowWindow          = 90 * 24 * time.Hour
	pointsEarlierInterest = 5
	// Within answerMemory of the last answer a rep hears it again before
	// pitching: a decline (once cooled off) ranks pointsEarlierDecline
	// lower, a "not now" older than notNowWindow pointsLaterNotNow.
	pointsEarlierDecline = -5
	pointsLaterNotNow    = -2
	answerMemory         = 365 * 24 * time.Hour

	// familyBusyWindow is how long after a product was accepted or met
	// with interest the rest of its family is not offered: the deal is
	// under way.
	familyBusyWindow = 90 * 24 * time.Hour

	// lowSeatUsePercent is the seat use of a family under which it gets no
	// expansion: adoption comes first.
	lowSeatUsePercent = 70
)

// nextTierReason explains a tier upgrade.
func nextTierReason(held Product) Reason {
	return Reason{Points: pointsNextTier, Text: fmt.Sprintf("Next tier up from %s", held.Name)}
}

// seatsReason explains a seat upsell: usage at or above the threshold, with
// one more point per percentage point of pressure.
func seatsReason(h HeldProduct) Reason {
	pct := h.SeatsUsed * 100 / h.Quantity
	pressure := min((pct-seatsNearLimitPercent)*pointsPerSeatPercent, maxSeatsPressurePoints)
	return Reason{
		Points: pointsSeatsNearLimit + pressure,
		Text: fmt.Sprintf("Uses %s of %s (%d%%)", formatCount("en", h.SeatsUsed), seatsOf(h.Quantity),
			int(math.Round(float64(h.SeatsUsed)*100/float64(h.Quantity)))),
	}
}

// seatsOf is "its 1 seat" or "20 seats".
func seatsOf(n int) string {
	if n == 1 {
		return "its 1 seat"
	}
	return formatCount("en", n) + " seats"
}

// complementReason explains a declared complement; first says whether it is
// the first held product the suggestion complements.
func complementReason(held Product, why string, first bool) Reason {
	text, pts := "Complements "+held.Name, pointsComplement
	if !first {
		text, pts = "Also complements "+held.Name, pointsAlsoComplements
	}
	if why != "" {
		text += ": " + why
	}
	return Reason{Points: pts, Text: text}
}

// peerReason explains what the account's segment adds beyond the book:
// together of holders peers with held also hold product.
func peerReason(a Account, held, product Product, together, holders, pts int) Reason {
	return Reason{
		Points: pts,
		Text: fmt.Sprintf("%d of %d similar customers (%s) with %s also hold %s",
			together, holders, segmentShort(a), held.Name, product.Name),
	}
}

// bookReason explains one held product's weight in the book's item model,
// with the counts behind it; a weight against the offer says so.
func bookReason(held, product Product, l bookLink, pts int) Reason {
	counts := formatCount("en", l.together) + " of " + formatCount("en", l.holders)
	if pts < 0 {
		return Reason{Points: pts, Text: fmt.Sprintf("Customers with %s hold %s less often than others do (%s)",
			held.Name, product.Name, counts)}
	}
	return Reason{Points: pts, Text: fmt.Sprintf("%s customers with %s also hold %s", counts, held.Name, product.Name)}
}

// otherHoldingsReason sums the item model's weights of held products not
// named one by one.
func otherHoldingsReason(n int, product Product, pts int) Reason {
	what, verb := fmt.Sprintf("%d other products they hold", n), "point toward"
	if n == 1 {
		what, verb = "Another product they hold", "points toward"
	}
	if pts < 0 {
		verb = strings.Replace(verb, "toward", "away from", 1)
	}
	return Reason{Points: pts, Text: fmt.Sprintf("%s %s %s in the book's history", what, verb, product.Name)}
}

// lookalikeReason explains the look-alike customers' share holding a
// product; restOn is how many accounts the share effectively rests on,
// said when few do ("it rests on about 2 of them"): a near twin or two can
// make a share of 100%. A product that came to the book after some
// look-alikes stopped taking anything up is a share of those that went
// on (arrived is when it came; zero when it counts them all).
func lookalikeReason(product Product, share, restOn float64, arrived time.Time, pts int) Reason {
	who := ""
	if !arrived.IsZero() {
		who = " who took something up since it came in on " + formatDay(arrived)
	}
	text := fmt.Sprintf("%d%% of look-alike customers (those holding much the same)%s hold %s",
		int(math.Round(share*100)), who, product.Name)
	if restOn > 0 && restOn < fewLookalikes {
		text += fmt.Sprintf("; it rests on about %d of them", max(1, int(math.Round(restOn))))
	}
	return Reason{Points: pts, Text: text}
}

// fewLookalikes is how many accounts a look-alike share must rest on for
// its reason not to say how few they are.
const fewLookalikes = 10

// popularityReason explains how many of the book's accounts hold a
// product.
func popularityReason(product Product, n, of, pts int) Reason {
	return Reason{Points: pts, Text: fmt.Sprintf("%s of %s customers hold %s", formatCount("en", n), formatCount("en", of), product.Name)}
}

// trendReason explains how many accounts took a product up lately; about
// says n is estimated from a sample of the book.
func trendReason(product Product, n int, about bool, since time.Time, pts int) Reason {
	who := formatCount("en", n) + " customers"
	switch {
	case about:
		who = "About " + formatCount("en", roughly(n)) + " customers"
	case n == 1:
		who = "1 customer"
	}
	return Reason{Points: pts, Text: fmt.Sprintf("%s started buying %s since %s", who, product.Name, formatDay(since))}
}

// roughly rounds an estimate to two significant digits: 1,308 is "about
// 1,300".
func roughly(n int) int {
	unit := 1
	for n/unit >= 100 {
		unit *= 10
	}
	return (n + unit/2) / unit * unit
}

// welcomeReason explains how offers of the product were answered.
func welcomeReason(product Product, used ResponseCount, inSegment bool, pts int) Reason {
	// The counts are answers logged on calls, not customers: one customer
	// offered a product twice answered twice.
	to := "customers"
	if inSegment {
		to = "similar customers"
	}
	text := fmt.Sprintf("%d of %d offers of %s to %s were accepted or met with interest",
		used.Welcomed, used.Offered, product.Name, to)
	if used.Offered == 1 {
		answer := "was accepted or met with interest"
		if used.Welcomed == 0 {
			answer = "was neither accepted nor met with interest"
		}
		one := "a customer"
		if inSegment {
			one = "a similar customer"
		}
		text = fmt.Sprintf("The one offer of %s to %s %s", product.Name, one, answer)
	}
	return Reason{Points: pts, Text: text}
}

// arrShareReason explains why an offer costly for the account's size ranks
// lower; once says its price is paid once (a workshop), not every year.
func arrShareReason(currency string, yearly, share float64, pts int, once bool) Reason {
	var part string
	if share >= 1 {
		part = "more than their whole ARR"
	} else {
		part = fmt.Sprintf("about %d%% of their ARR", int(math.Round(share*100)))
	}
	when := "a year"
	if once {
		when = "once"
	}
	return Reason{Points: pts, Text: fmt.Sprintf("Costs %s (%s %s)", part, FormatAmount("en", currency, yearly), when)}
}

// painReason explains an open pain the product addresses, quoting the
// customer and saying how, in the playbook's words. byWords says the
// playbook's sentence speaks of what the customer said; without it the
// product is only made for that kind of problem, and the reason says no
// more.
func painReason(p PainPoint, label, how string, byWords bool) Reason {
	claim, per := "Solves an open pain", pointsPerSeverity
	if !byWords {
		claim, per = "Same category as their pain ("+lowerFirst(label)+"), check it fits", pointsPerSeverityByCategory
	}
	return Reason{
		Points: per * clampSeverity(p.Severity),
		Text: fmt.Sprintf("%s: “%s” (%s, %s): %s",
			claim, Quoted(p.Title), lowerFirst(label), SeverityLabel(p.Severity), how),
	}
}

// renewalReason explains why an upcoming renewal favours an upsell.
func renewalReason(days int, seats bool) Reason {
	when := fmt.Sprintf("Renewal in %d days", days)
	switch days {
	case 0:
		when = "Renewal today"
	case 1:
		when = "Renewal tomorrow"
	}
	what := "move up a tier"
	if seats {
		what = "add seats"
	}
	return Reason{Points: pointsRenewal, Text: when + ": a natural moment to " + what}
}

// advocateReason is the advocate bonus for upsells.
func advocateReason() Reason {
	return Reason{Points: pointsAdvocateUpsell, Text: "Advocate: the best moment to grow what they have"}
}

// responseReason turns the latest answer to an earlier offer of the product
// into a nudge, or reports false when that answer says nothing about now
// (over answerMemory old). Offers in progress or cooling off never get
// here; an interest older than that is a reason to raise it again, and a
// decline or "not now" is said so that the rep knows the last answer.
func responseReason(last PastOffer, now time.Time) (Reason, bool) {
	said := func(pts int, what string) (Reason, bool) {
		return Reason{Points: pts, Text: fmt.Sprintf("%s on %s, %s", what, formatDay(last.At), daysAgo(last.At, now))}, true
	}
	age := now.Sub(last.At)
	switch {
	case last.Response == ResponseNotNow && age <= notNowWindow:
		return said(pointsNotNow, "Said not now")
	case last.Response == ResponseNotNow && age <= answerMemory:
		return said(pointsLaterNotNow, "Said not now")
	case last.Response == ResponseDeclined && age <= answerMemory:
		return said(pointsEarlierDecline, "Declined")
	}
	if last.Response == ResponseInterested {
		return Reason{Points: pointsEarlierInterest, Text: fmt.Sprintf("Was interested on %s, %s, and it went no further", formatDay(last.At), daysAgo(last.At, now))}, true
	}
	return Reason{}, false
}

// clampSeverity keeps a severity in the 1-3 range the weights assume.
func clampSeverity(s int) int { return min(max(s, 1), 3) }

// segmentShort names the peer group in a few words: "retail, 200-999
// employees", or the half that is known.
func segmentShort(a Account) string {
	switch {
	case a.Industry == "":
		return a.SizeBand + " employees"
	case a.SizeBand == "":
		return a.Industry
	}
	return a.Industry + ", " + a.SizeBand + " employees"
}

// segmentWords names the peer group in a sentence: "retail companies with
// 200-999 employees"; false when industry or size is unknown.
func segmentWords(a Account) (string, bool) {
	if a.Industry == "" || a.SizeBand == "" {
		return "", false
	}
	return a.Industry + " companies with " + a.SizeBand + " employees", true
}

// lowerFirst lowers the first letter of a label ("Reporting" gives
// "reporting") unless it starts an acronym ("API access" stays).
func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	if next, _ := utf8.DecodeRuneInString(s[n:]); unicode.IsUpper(next) {
		return s
	}
	return string(unicode.ToLower(r)) + s[n:]
}

// formatDay writes a date the way reps read it: "12 Mar 2027".
func formatDay(t time.Time) string { return t.Format("2 Jan 2006") }

// daysBetween counts calendar days from from to to (negative when to is
// earlier), each read in its own location, so a renewal date stored at
// midnight UTC is not a day off for a briefing in the afternoon.
func daysBetween(from, to time.Time) int {
	y1, m1, d1 := from.Date()
	y2, m2, d2 := to.Date()
	a := time.Date(y1, m1, d1, 0, 0, 0, 0, time.UTC)
	b := time.Date(y2, m2, d2, 0, 0, 0, 0, time.UTC)
	return int(b.Sub(a).Hours() / 24)
}

// daysAgo says how long ago t was: "today", "1 day ago", "12 days ago".
func daysAgo(t, now time.Time) string {
	switch d := daysBetween(t, now); {
	case d <= 0:
		return "today"
	case d == 1:
		return "1 day ago"
	default:
		return fmt.Sprintf("%d days ago", d)
	}
}
