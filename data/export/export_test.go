package export

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestExportOnce(t *testing.T) {
	st := newBook(t)

	res, _ := run(t, st, Options{Format: FormatSalesforce})
	if res.Calls != 3 {
		t.Fatalf("first export: %d calls, want 3", res.Calls)
	}
	if got := exportedIDs(t, st, FormatSalesforce); !reflect.DeepEqual(got, []int64{1, 2, 3}) {
		t.Errorf("marked %v, want [1 2 3]", got)
	}

	res, out := run(t, st, Options{Format: FormatSalesforce})
	if recs := parseCSV(t, out); res.Calls != 0 || len(recs) != 1 || res.AlreadyExported != 3 {
		t.Errorf("second export: %d calls, %d already exported, output %q; want 0, 3, the header alone", res.Calls, res.AlreadyExported, out)
	}

	// Another format has its own memory.
	if res, _ := run(t, st, Options{Format: FormatHubSpot}); res.Calls != 3 {
		t.Errorf("hubspot after salesforce: %d calls, want 3", res.Calls)
	}

	// --all writes everything again and keeps it marked.
	res, out = run(t, st, Options{Format: FormatSalesforce, All: true})
	if res.Calls != 3 || len(parseCSV(t, out)) != 4 {
		t.Errorf("--all: %d calls, want 3", res.Calls)
	}

	// A call logged afterwards is the only one in the next export.
	exec(t, st, `INSERT INTO calls (id, account_id, started_at, duration_s, outcome) VALUES (4, '001000000000002', '2026-03-11T10:00:00Z', 60, 'busy')`)
	res, out = run(t, st, Options{Format: FormatSalesforce})
	if res.Calls != 1 {
		t.Fatalf("after a new call: %d calls, want 1", res.Calls)
	}
	if got := column(t, parseCSV(t, out), "CallDisposition"); !reflect.DeepEqual(got, []string{"Busy"}) {
		t.Errorf("exported %v, want the new busy call only", got)
	}
}

func TestMarkingStampsTheCall(t *testing.T) {
	st := newBook(t)
	first := time.Date(2026, 3, 12, 8, 0, 0, 0, time.UTC)
	run(t, st, Options{Format: FormatCSV, Since: time.Date(2026, 3, 9, 0, 0, 0, 0, time.UTC), Now: first})
	run(t, st, Options{Format: FormatJSON, All: true, Now: first.Add(time.Hour)})

	stamps := map[int64]string{}
	rows, err := st.DB().Query(`SELECT id, exported_at FROM calls ORDER BY id`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var at string
		if err := rows.Scan(&id, &at); err != nil {
			t.Fatal(err)
		}
		stamps[id] = at
	}
	// calls.exported_at keeps the first export in any format.
	want := map[int64]string{1: "2026-03-12T09:00:00Z", 2: "2026-03-12T09:00:00Z", 3: "2026-03-12T08:00:00Z"}
	if !reflect.DeepEqual(stamps, want) {
		t.Errorf("calls.exported_at = %v, want %v", stamps, want)
	}
}

func TestSince(t *testing.T) {
	st := newBook(t)
	// Boundary calls around midnight UTC on 9 March, one with a fraction of
	// a second and one written with a space for the T, which sort
	// differently as text.
	exec(t, st, `INSERT INTO calls (id, account_id, started_at, duration_s, outcome) VALUES
		(10, '001000000000002', '2026-03-08T23:59:59Z', 1, 'busy'),
		(11, '001000000000002', '2026-03-09T00:00:00Z', 1, 'busy'),
		(12, '001000000000002', '2026-03-09T00:00:00.5Z', 1, 'busy'),
		(13, '001000000000002', '2026-03-08 23:30:00', 1, 'busy')`)
	for _, tc := range []struct {
		since string
		loc   *time.Location
		want  []string
	}{
		{"2026-03-01", nil, []string{"1", "2", "13", "10", "11", "12", "3"}},
		{"2026-03-05", nil, []string{"2", "13", "10", "11", "12", "3"}},
		{"2026-03-09", nil, []string{"11", "12", "3"}},
		// Midnight in UTC+1 is 23:00 UTC the day before.
		{"2026-03-09", time.FixedZone("CET", 3600), []string{"13", "10", "11", "12", "3"}},
		{"2026-03-10", nil, nil},
	} {
		since, err := ParseSince(tc.since, tc.loc)
		if err != nil {
			t.Fatal(err)
		}
		res, out := run(t, st, Options{Format: FormatCSV, Since: since, All: true})
		var got []string
		if res.Calls > 0 {
			got = column(t, parseCSV(t, out), "id")
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("--since %s in %v: calls %v, want %v", tc.since, tc.loc, got, tc.want)
		}
	}
}

func TestSinceAndExportedCombine(t *testing.T) {
	st := newBook(t)
	since, _ := ParseSince("2026-03-05", nil)
	if res, _ := run(t, st, Options{Format: FormatHubSpot, Since: since}); res.Calls != 2 {
		t.Fatalf("--since: %d calls, want 2", res.Calls)
	}
	// The older call was not exported, so it is still waiting.
	res, out := run(t, st, Options{Format: FormatHubSpot})
	if res.Calls != 1 || column(t, parseCSV(t, out), "hs_timestamp")[0] != "2026-03-02T14:05:00.000Z" {
		t.Errorf("after --since: %d calls %q, want the call of 2 March only", res.Calls, out)
	}
}

// failingWriter accepts some bytes, then fails, as a closed pipe or a full
// disk does.
type failingWriter struct{ left int }

func (w *failingWriter) Write(p []byte) (int, error) {
	if len(p) > w.left {
		n := w.left
		w.left = 0
		return n, errors.New("no space left on device")
	}
	w.left -= len(p)
	return len(p), nil
}

func TestFailedWriteMarksNothing(t *testing.T) {
	st := newBook(t)
	ctx := context.Background()

	_, err := Calls(ctx, st, Options{Format: FormatSalesforce, Now: exportedAt}, ToWriter(&failingWriter{left: 100}))
	if err == nil || !strings.Contains(err.Error(), "no space left") {
		t.Fatalf("export to a failing writer: err = %v, want the write error", err)
	}
	if got := exportedIDs(t, st, FormatSalesforce); len(got) != 0 {
		t.Errorf("failed export marked calls %v", got)
	}

	missing := filepath.Join(t.TempDir(), "no-such-folder", "calls.csv")
	_, err = Calls(ctx, st, Options{Format: FormatSalesforce, Now: exportedAt}, ToFile(missing))
	if err == nil || !strings.Contains(err.Error(), "does not exist") {
		t.Fatalf("export into a missing folder: err = %v, want it to say the folder does not exist", err)
	}
	if got := exportedIDs(t, st, FormatSalesforce); len(got) != 0 {
		t.Errorf("failed export marked calls %v", got)
	}

	// Nothing was lost: the next export has them all.
	if res, _ := run(t, st, Options{Format: FormatSalesforce}); res.Calls != 3 {
		t.Errorf("after failures: %d calls, want 3", res.Calls)
	}
}

func TestExportToFile(t *testing.T) {
	st := newBook(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "calls.csv")
	if err := os.WriteFile(path, []byte("an older export\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	res, err := Calls(context.Background(), st, Options{Format: FormatHubSpot, Now: exportedAt}, ToFile(path))
	if err != nil || res.Calls != 3 {
		t.Fatalf("export to file: %d calls, err %v", res.Calls, err)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if recs := parseCSV(t, string(b)); len(recs) != 4 || recs[0][0] != "hs_timestamp" {
		t.Errorf("file holds %q, want a header and 3 calls", recs)
	}
}

// TestEmptyExportReplacesTheEarlierFile: a script that uploads the file
// after each export must never find the previous export's calls in it.
func TestEmptyExportReplacesTheEarlierFile(t *testing.T) {
	st := newBook(t)
	path := filepath.Join(t.TempDir(), "calls.csv")
	for _, f := range []Format{FormatHubSpot, FormatJSON} {
		if res, err := Calls(context.Background(), st, Options{Format: f, Now: exportedAt}, ToFile(path)); err != nil || res.Calls != 3 {
			t.Fatalf("%s: first export: %d calls, err %v", f, res.Calls, err)
		}
		res, err := Calls(context.Background(), st, Options{Format: f, Now: exportedAt}, ToFile(path))
		if err != nil || res.Calls != 0 || res.AlreadyExported != 3 {
			t.Fatalf("%s: second export: %d calls (%d before), err %v", f, res.Calls, res.AlreadyExported, err)
		}
		b, _ := os.ReadFile(path)
		var empty bytes.Buffer
		if err := Write(&empty, f, nil, nil); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(b, empty.Bytes()) {
			t.Errorf("%s: after an export of nothing new the file holds %q, want %q", f, b, empty.Bytes())
		}
	}
}

func TestUnknownFormatIsRefused(t *testing.T) {
	st := newBook(t)
	var buf bytes.Buffer
	_, err := Calls(context.Background(), st, Options{Format: "excel"}, ToWriter(&buf))
	if err == nil || !strings.Contains(err.Error(), "salesforce, hubspot, csv, json") {
		t.Errorf("err = %v, want the valid formats listed", err)
	}
	if buf.Len() > 0 {
		t.Errorf("wrote %q for an unknown format", buf.String())
	}
}

func TestWarnings(t *testing.T) {
	for _, tc := range []struct {
		format Format
		ids    []string
		want   string // "" for no warning, else a fragment
	}{
		{FormatSalesforce, []string{"001000000000001AAA", "001000000000002"}, ""},
		{FormatSalesforce, []string{"001000000000001AAA", "acme-gmbh", "acme-gmbh"}, `2 of 3 calls are for accounts whose id, e.g. "acme-gmbh", is not a Salesforce record id (15 or 18 letters and digits), so Data Loader cannot relate them`},
		{FormatSalesforce, []string{"00100000000000-"}, "not a Salesforce record id"},
		{FormatHubSpot, []string{"9876543210", "12"}, ""},
		{FormatHubSpot, []string{"001000000000002"}, `1 of 1 calls is for an account whose id, "001000000000002", is not a HubSpot record id (digits only), so HubSpot cannot associate it with a company`},
		{FormatHubSpot, []string{"ACC-1"}, "not a HubSpot record id"},
		{FormatCSV, []string{"anything"}, ""},
		{FormatJSON, []string{"anything"}, ""},
	} {
		var calls []Call
		for _, id := range tc.ids {
			calls = append(calls, Call{AccountID: id})
		}
		got := strings.Join(warnings(tc.format, calls), "\n")
		switch {
		case tc.want == "" && got != "":
			t.Errorf("%s %v: unexpected warning %q", tc.format, tc.ids, got)
		case tc.want != "" && !strings.Contains(got, tc.want):
			t.Errorf("%s %v: warning %q, want it to contain %q", tc.format, tc.ids, got, tc.want)
		}
	}
}

func TestParseFormat(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Format
		err  string
	}{
		{"salesforce", FormatSalesforce, ""},
		{" HubSpot ", FormatHubSpot, ""},
		{"CSV", FormatCSV, ""},
		{"json", FormatJSON, ""},
		{"xlsx", "", `unknown export format "xlsx": use one of salesforce, hubspot, csv, json`},
		{"", "", "choose an export format with --format: one of salesforce, hubspot, csv, json"},
	} {
		got, err := ParseFormat(tc.in)
		if tc.err != "" {
			if err == nil || err.Error() != tc.err {
				t.Errorf("ParseFormat(%q) error %v, want %q", tc.in, err, tc.err)
			}
			continue
		}
		if err != nil || got != tc.want {
			t.Errorf("ParseFormat(%q) = %q, %v; want %q", tc.in, got, err, tc.want)
		}
	}
}

func TestParseSince(t *testing.T) {
	cet := time.FixedZone("CET", 3600)
	got, err := ParseSince("2026-03-09", cet)
	if err != nil || !got.Equal(time.Date(2026, 3, 8, 23, 0, 0, 0, time.UTC)) {
		t.Errorf("ParseSince in CET = %v, %v; want midnight CET", got, err)
	}
	for _, bad := range []string{"09.03.2026", "3/9/2026", "2026-13-01", "yesterday", "2026-03-09T10:00"} {
		_, err := ParseSince(bad, nil)
		if err == nil || !strings.Contains(err.Error(), "use YYYY-MM-DD") {
			t.Errorf("ParseSince(%q) error %v, want it to name the expected format", bad, err)
		}
	}
}

func TestStoredDatesInOtherShapes(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"2026-03-09T10:00:00Z", "2026-03-09T10:00:00Z"},
		{"2026-03-09T10:00:00.25Z", "2026-03-09T10:00:00Z"},
		{"2026-03-09T11:00:00+01:00", "2026-03-09T10:00:00Z"},
		{"2026-03-09 10:00:00", "2026-03-09T10:00:00Z"},
		{"2026-03-09T10:00:00", "2026-03-09T10:00:00Z"},
	} {
		got, err := parseInstant(tc.in)
		if err != nil || instant(got) != tc.want {
			t.Errorf("parseInstant(%q) = %v, %v; want %s", tc.in, got, err, tc.want)
		}
	}
	if _, err := parseInstant("last Tuesday"); err == nil {
		t.Error("parseInstant accepted a sentence")
	}
	for _, tc := range []struct{ in, want string }{
		{"", ""}, {"2026-03-10", "2026-03-10"}, {"2026-03-10T00:00:00Z", "2026-03-10"}, {"soon", "soon"},
	} {
		if got := dayOf(tc.in); got != tc.want {
			t.Errorf("dayOf(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
