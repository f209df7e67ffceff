package model

// Dataset is a whole book of business in memory, used to seed a database
// (the demo data) in one transaction.
type Dataset struct {
	Playbook Playbook
	Accounts []Account
	Contacts []Contact
	Holdings []Holding
	Pains    []PainPoint
	Calls    []Call
}
