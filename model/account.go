package model

import "time"

// Account is a customer company in the book of business.
type Account struct {
	// ID is the account's id, as text: the CRM's record id when imported,
	// or the normalised name when the source had no id column.
	ID string `json:"id"`
	// Name is the company name as the CRM writes it.
	Name string `json:"name"`
	// Industry is the account's sector, lower case ("retail", "software").
	Industry string `json:"industry"`
	// SizeBand is the employee-count band ("1-49", "50-199", "200-999",
	// "1000-4999", "5000+"); see SizeBandFor.
	SizeBand string `json:"size_band"`
	// Employees is the head count, 0 when unknown.
	Employees int `json:"employees"`
	// Region is the sales region or country.
	Region string `json:"region"`
	// Locale is the language the account is spoken to in ("en", "de").
	Locale string `json:"locale"`
	// LocaleInferred is true when the locale was derived from the
	// account's country rather than given by the source.
	LocaleInferred bool `json:"locale_inferred"`
	// Currency is the ISO 4217 code the account is billed in ("EUR"); ""
	// means the playbook's currency.
	Currency string `json:"currency"`
	// ARR is the annual recurring revenue (or annual revenue) in Currency.
	ARR float64 `json:"arr"`
	// Owner is the rep or CSM who owns the account.
	Owner string `json:"owner"`
	// RenewalDate is the next contract renewal; zero when unknown.
	RenewalDate time.Time `json:"-"`
	// Stage is the journey stage.
	Stage Stage `json:"stage"`
	// StageSince is when the account entered its stage; zero when unknown.
	StageSince time.Time `json:"-"`
	// StageInferred is true when the stage was derived from the account's
	// data rather than read from the source.
	StageInferred bool `json:"stage_inferred"`
}

// DaysInStage is how many whole days the account has been in its stage at
// now, or -1 when StageSince is unknown.
func (a Account) DaysInStage(now time.Time) int {
	if a.StageSince.IsZero() {
		return -1
	}
	return int(now.Sub(a.StageSince).Hours() / 24)
}

// Segment is the peer group used for "similar customers": same industry and
// size band.
func (a Account) Segment() string { return a.Industry + "|" + a.SizeBand }

// SizeBands lists the employee-count bands from smallest to largest.
var SizeBands = []string{"1-49", "50-199", "200-999", "1000-4999", "5000+"}

// SizeBandFor returns the band for an employee count, or "" when unknown.
func SizeBandFor(employees int) string {
	switch {
	case employees <= 0:
		return ""
	case employees < 50:
		return "1-49"
	case employees < 200:
		return "50-199"
	case employees < 1000:
		return "200-999"
	case employees < 5000:
		return "1000-4999"
	}
	return "5000+"
}

// Contact is a person at an account.
type Contact struct {
	// ID identifies the contact.
	ID string `json:"id"`
	// AccountID is the account the contact works at.
	AccountID string `json:"account_id"`
	// Name is the contact's full name.
	Name string `json:"name"`
	// Title is the job title.
	Title string `json:"title"`
	// Email and Phone reach the contact; either may be empty.
	Email string `json:"email"`
	Phone string `json:"phone"`
	// Primary marks the account's main contact.
	Primary bool `json:"primary"`
}

// Holding is a product an account owns.
type Holding struct {
	// AccountID is the owner.
	AccountID string `json:"-"`
	// ProductID is what is owned.
	ProductID string `json:"-"`
	// Quantity is the number of seats, licences or units.
	Quantity int `json:"quantity"`
	// SeatsUsed is how many of Quantity are in use; 0 when not tracked.
	SeatsUsed int `json:"seats_used"`
	// Since is when the account first bought it; zero when unknown.
	Since time.Time `json:"-"`
}

// PainPoint is a problem the customer described, in their own words.
type PainPoint struct {
	// ID identifies the pain point.
	ID int64 `json:"id"`
	// AccountID is the account that has it.
	AccountID string `json:"-"`
	// Category is a playbook pain category ("reporting", "scale", …).
	Category string `json:"category"`
	// Title is the pain in the customer's words.
	Title string `json:"title"`
	// Severity runs from 1 (minor) to 3 (blocking).
	Severity int `json:"severity"`
	// Status is open or resolved.
	Status PainStatus `json:"status"`
	// NotedAt is when it was first heard.
	NotedAt time.Time `json:"-"`
	// GlobalID is the pain point's id on every laptop and on the team hub
	// (a UUID); empty until the store assigns one.
	GlobalID string `json:"-"`
}

// SeverityLabel names a severity for display.
func SeverityLabel(sev int) string {
	switch {
	case sev >= 3:
		return "high"
	case sev == 2:
		return "medium"
	}
	return "low"
}
