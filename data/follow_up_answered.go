package data

// followUpAnswered is the SQL condition, on a call c that set a follow-up,
// that a later connected call answered it: one held on or after the day it
// was due, or one that set a follow-up of its own. A conversation before
// that day which sets none ("a quick question on SSO, solved") leaves it
// standing: the day agreed for when a freeze ends is not lost to it.
const followUpAnswered = `EXISTS (SELECT 1 FROM calls l WHERE l.account_id = c.account_id
		                      AND l.outcome = 'connected' AND l.started_at > c.started_at
		                      AND (l.follow_up != '' OR substr(l.started_at, 1, 10) >= c.follow_up))`
