package export

import (
	"io"
	"time"
)

// salesforceHeader is the Task fields Data Loader maps by name. Salesforce
// keeps a call as a Task: TaskSubtype "Call" makes it show as a logged call
// in the activity timeline, CallDisposition is the free-text "Call Result",
// and WhatId relates it to the account.
var salesforceHeader = []string{
	"Subject", "ActivityDate", "Status", "Description", "CallDisposition",
	"CallDurationInSeconds", "CallType", "TaskSubtype", "WhatId",
}

// writeSalesforce writes a CSV for Data Loader's insert into Task.
func writeSalesforce(w io.Writer, calls []Call, loc *time.Location) error {
	return writeCSV(w, salesforceHeader, calls, func(c Call) []string {
		return []string{
			callTitle(c),
			// ActivityDate is a date without a time: the day the rep made
			// the call, in the rep's own time zone.
			c.StartedAt.In(loc).Format(dayLayout),
			"Completed",
			callBody(c),
			c.Outcome.Label(),
			itoa(int64(c.Duration.Seconds())),
			"Outbound",
			"Call",
			c.AccountID,
		}
	})
}
