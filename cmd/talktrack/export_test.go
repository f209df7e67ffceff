package main

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestExportCallsOnceThenAll(t *testing.T) {
	db := demoCopy(t)
	calls := decode[[]map[string]any](t, runCLI(t, nil, "calls", "--json", "--db", db).stdout)
	if len(calls) == 0 {
		t.Fatal("the demo data has no calls to export")
	}
	out := filepath.Join(t.TempDir(), "tasks.csv")

	r := runCLI(t, nil, "export", "calls", "--format", "salesforce", "--out", out, "--db", db)
	if r.code != 0 {
		t.Fatalf("export failed: %s", r.stderr)
	}
	if r.stdout != "" {
		t.Errorf("export to a file printed %q on stdout", r.stdout)
	}
	if want := "Exported " + plural(len(calls), "call") + " to " + out + "."; !strings.Contains(r.stderr, want) {
		t.Errorf("stderr %q, want %q", r.stderr, want)
	}
	f, err := os.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(f).ReadAll()
	f.Close()
	if err != nil {
		t.Fatalf("the export is not valid CSV: %v", err)
	}
	if got := strings.Join(recs[0], ","); got != "Subject,ActivityDate,Status,Description,CallDisposition,CallDurationInSeconds,CallType,TaskSubtype,WhatId" {
		t.Errorf("header %q", got)
	}
	if len(recs) != len(calls)+1 {
		t.Errorf("%d rows, want %d calls", len(recs)-1, len(calls))
	}

	r = runCLI(t, nil, "export", "calls", "--format", "salesforce", "--out", out, "--db", db)
	if r.code != 0 || r.stdout != "" || !strings.Contains(r.stderr, "No new calls to export (all were exported before; use --all to export them again). Wrote the header alone to "+out) {
		t.Errorf("second export: code %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	if b, _ := os.ReadFile(out); !strings.HasPrefix(string(b), "Subject,") || strings.Count(string(b), "\n") != 1 {
		t.Errorf("second export left %d bytes (%d lines) in %s, want the header alone", len(b), strings.Count(string(b), "\n"), out)
	}

	// Exported for Salesforce is not exported for HubSpot.
	r = runCLI(t, nil, "export", "calls", "--format", "json", "--db", db)
	if got := decode[[]map[string]any](t, r.stdout); len(got) != len(calls) {
		t.Errorf("json after salesforce: %d calls, want %d", len(got), len(calls))
	}
	if !strings.Contains(r.stderr, "to standard output") {
		t.Errorf("stderr %q does not say where the export went", r.stderr)
	}

	r = runCLI(t, nil, "export", "calls", "--format", "json", "--all", "--db", db)
	if got := decode[[]map[string]any](t, r.stdout); len(got) != len(calls) {
		t.Errorf("--all: %d calls, want %d", len(got), len(calls))
	}
}

func TestExportLoggedCallRoundTrip(t *testing.T) {
	db := demoCopy(t)
	acc := decode[[]map[string]any](t, runCLI(t, nil, "accounts", "--json", "--db", db).stdout)[0]
	note := "Budget, timing \"maybe Q3\"\nVisit in Münster 🚀"
	if r := runCLI(t, nil, "log", acc["id"].(string), "--outcome", "busy", "--note", note, "--db", db); r.code != 0 {
		t.Fatalf("log failed: %s", r.stderr)
	}
	r := runCLI(t, nil, "export", "calls", "--format", "csv", "--since", fixedNow.Local().Format("2006-01-02"), "--db", db)
	if r.code != 0 {
		t.Fatalf("export failed: %s", r.stderr)
	}
	recs, err := csv.NewReader(strings.NewReader(r.stdout)).ReadAll()
	if err != nil {
		t.Fatalf("not valid CSV: %v", err)
	}
	found := false
	for _, rec := range recs[1:] {
		if rec[8] == note && rec[1] == acc["id"] && rec[7] == "busy" {
			found = true
		}
	}
	if !found {
		t.Errorf("the logged call's notes did not come back as typed: %q", recs)
	}
}

func TestExportBadInputChangesNothing(t *testing.T) {
	db := demoCopy(t)
	before := fileHash(t, db)
	missing := filepath.Join(t.TempDir(), "no-such-folder", "x.csv")
	for _, tc := range []struct {
		args      []string
		fragments []string
	}{
		{[]string{"export", "calls", "--format", "xlsx"}, []string{`"xlsx"`, "salesforce, hubspot, csv, json"}},
		{[]string{"export", "calls"}, []string{"--format", "salesforce, hubspot, csv, json"}},
		{[]string{"export", "calls", "--format", "csv", "--since", "3/1/2026"}, []string{"3/1/2026", "YYYY-MM-DD"}},
		{[]string{"export", "calls", "--format", "hubspot", "--out", missing}, []string{"does not exist"}},
		{[]string{"export"}, []string{"export calls"}},
		{[]string{"export", "accounts"}, []string{"export calls"}},
	} {
		r := runCLI(t, nil, append(tc.args, "--db", db)...)
		wantError(t, r, tc.fragments...)
	}
	if fileHash(t, db) != before {
		t.Error("a refused export changed the database")
	}
}
