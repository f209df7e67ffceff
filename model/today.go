package model

import (
	"strings"
	"time"
)

// TodayKind says why an account is in the day's queue.
type TodayKind string

// The kinds of item in the day's queue.
const (
	// TodayFollowUp is a follow-up date agreed on a call that has come,
	// with no connected call since and not marked done.
	TodayFollowUp TodayKind = "follow_up"
	// TodayRenewal is a renewal in the next 90 days.
	TodayRenewal TodayKind = "renewal"
	// TodayLapsed is a renewal date that has passed.
	TodayLapsed TodayKind = "lapsed"
	// TodayAtRisk is an account in the at-risk stage.
	TodayAtRisk TodayKind = "at_risk"
	// TodaySlipping is an account whose health is in the at-risk band
	// while its stage says otherwise.
	TodaySlipping TodayKind = "slipping"
	// TodayChurnHeard is an account whose latest conversation, within
	// HeardFor, said it may leave ("looking at alternatives"), while its
	// stage and health do not say so yet.
	TodayChurnHeard TodayKind = "churn_heard"
	// TodayDraft is a call left unsaved.
	TodayDraft TodayKind = "draft"
)

// TodayItem is one line of the day's queue: an account and why it is there.
type TodayItem struct {
	Kind TodayKind `json:"kind"`
	// AccountID and AccountName name the account.
	AccountID   string `json:"account_id"`
	AccountName string `json:"account_name"`
	// Owner is the account's rep or CSM.
	Owner string `json:"owner"`
	// ARR is the account's annual recurring revenue, in Currency.
	ARR float64 `json:"arr"`
	// Currency is the ISO 4217 code of ARR; "" for the playbook's.
	Currency string `json:"currency"`
	// Stage is the account's journey stage.
	Stage Stage `json:"stage"`
	// Date is the follow-up, renewal or draft date the item is about; zero
	// for at-risk and slipping accounts.
	Date time.Time `json:"-"`
	// Days is how far Date is from today (negative when past) or, for
	// at-risk and slipping accounts, the days since the last connected
	// conversation (-1 when there was none).
	Days int `json:"days"`
	// CallID is the call that agreed the follow-up (follow-ups only).
	CallID int64 `json:"call_id,omitempty"`
	// Health is the account's stored health score, -1 when not computed.
	Health int `json:"health"`
	// Why says in one sentence why the item is in the queue.
	Why string `json:"why"`
	// Note is the first sentence of the call's notes (follow-ups, drafts).
	Note string `json:"note,omitempty"`
}

// TodaySection is one part of the queue: its items, best first, and how
// many there are in all (more than the items when a limit cut them).
type TodaySection struct {
	Items []TodayItem `json:"items"`
	Total int         `json:"total"`
}

// Today is the day's queue: whom to call and why.
type Today struct {
	// Day is the day the queue is for.
	Day time.Time `json:"-"`
	// Owner is the owner the queue is filtered to; empty for everyone's.
	Owner string `json:"owner"`
	// FollowUps are due today or overdue, latest due first.
	FollowUps TodaySection `json:"follow_ups"`
	// Renewals fall in the next 90 days, soonest first.
	Renewals TodaySection `json:"renewals"`
	// Lapsed renewals have passed, most recent first.
	Lapsed TodaySection `json:"lapsed"`
	// AtRisk are at-risk and slipping accounts, and those heard to be
	// thinking of leaving, highest ARR first, then
	// longest without a conversation.
	AtRisk TodaySection `json:"at_risk"`
	// Drafts are calls left unsaved, newest first.
	Drafts TodaySection `json:"drafts"`
}

// Empty reports whether nothing is due.
func (t Today) Empty() bool {
	return t.FollowUps.Total+t.Renewals.Total+t.Lapsed.Total+t.AtRisk.Total+t.Drafts.Total == 0
}

// TodayQuery asks for the day's queue.
type TodayQuery struct {
	// Owner keeps only the accounts of this owner (case ignored); empty
	// means all.
	Owner string
	// Now is the moment the queue is for.
	Now time.Time
	// Limit caps each section's items; 0 or less means no cap.
	Limit int
}

// RenewalWindows are the renewal horizons the queue groups renewals by.
var RenewalWindows = []int{30, 60, 90}

// RenewalWindow is the smallest of RenewalWindows that days fits in, or 0
// when it fits none.
func RenewalWindow(days int) int {
	for _, w := range RenewalWindows {
		if days <= w {
			return w
		}
	}
	return 0
}

// SameOwner reports whether two owner names are the same person, ignoring
// case and surrounding spaces.
func SameOwner(a, b string) bool {
	return strings.EqualFold(strings.TrimSpace(a), strings.TrimSpace(b))
}
