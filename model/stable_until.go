package model

import "time"

// StableUntil is the first instant after in.Now at which the passing of
// time alone may change the suggestions Recommend makes for in, or their
// order: the next midnight where in.Now is (renewal countdowns count
// calendar days) or, sooner, the end of a declined product's cool-off or
// of the window in which an earlier answer, or what was heard on the
// latest call, still counts. Up to then,
// with the same data, Recommend ranks the same; a list may keep each
// account's best suggestion that long.
func StableUntil(in BriefingInput) time.Time {
	y, m, d := in.Now.Date()
	until := time.Date(y, m, d+1, 0, 0, 0, 0, in.Now.Location())
	coolOff := coolOffPeriod(in)
	for _, o := range latestResponses(in.PastOffers) {
		// A cool-off holds while now is before its end; an answer counts
		// while its age is at most the window, so it stops a nanosecond
		// after.
		for _, end := range []time.Time{
			o.At.Add(coolOff),
			o.At.Add(notNowWindow + time.Nanosecond),
		} {
			if end.After(in.Now) && end.Before(until) {
				until = end
			}
		}
	}
	// What was heard on the latest call speaks while its age is at most
	// HeardFor.
	for _, call := range []*HeardOnCall{in.LastCall, in.Objection} {
		if call == nil {
			continue
		}
		if end := call.holdsUntil().Add(time.Nanosecond); end.After(in.Now) && end.Before(until) {
			until = end
		}
	}
	return until
}
