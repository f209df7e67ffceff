package data

import (
	"context"
	"reflect"
	"strings"
	"testing"

	"talktrack/model"
)

func TestFindAccount(t *testing.T) {
	s := newBook().
		account("001A", "Acme Retail").
		account("002B", "Globex").
		account("003C", "Globex").
		account("004D", "Initech, Inc.").
		account("005E", "Initech Inc").
		account("Umbrella", "001A"). // a name that is another account's id
		seed(t)
	tests := []struct {
		ref    string
		wantID string
		code   string
		msg    string
	}{
		{ref: "002B", wantID: "002B"},
		{ref: "acme retail", wantID: "001A"},
		{ref: "  ACME RETAIL ", wantID: "001A"},
		{ref: "001A", wantID: "001A"}, // the id wins over a name
		{ref: "initech, inc.", wantID: "004D"},
		{ref: "Initech Inc", wantID: "005E"}, // same name key, only one exact name
		{ref: "globex", code: model.ECONFLICT, msg: "002B, 003C"},
		{ref: "acme", code: model.ENOTFOUND, msg: "no account with id or name \"acme\": run `talktrack accounts` to list them"},
		{ref: "", code: model.ENOTFOUND},
	}
	for _, tt := range tests {
		t.Run(tt.ref, func(t *testing.T) {
			a, err := s.FindAccount(context.Background(), tt.ref)
			if tt.code != "" {
				if model.ErrorCode(err) != tt.code || !strings.Contains(err.Error(), tt.msg) {
					t.Errorf("err %v (code %s), want code %s containing %q", err, model.ErrorCode(err), tt.code, tt.msg)
				}
				return
			}
			if err != nil || a.ID != tt.wantID {
				t.Errorf("got %q, %v; want %s", a.ID, err, tt.wantID)
			}
		})
	}
}

func TestAccountsByStage(t *testing.T) {
	s := newBook().
		account("3", "charlie").
		account("1", "Alpha", func(a *model.Account) { a.Stage = model.StageAtRisk }).
		account("2", "bravo").
		seed(t)
	ctx := context.Background()
	all, err := s.Accounts(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	if got := names(all, func(a model.Account) string { return a.Name }); !reflect.DeepEqual(got, []string{"Alpha", "bravo", "charlie"}) {
		t.Errorf("all accounts %v, want by name ignoring case", got)
	}
	risky, err := s.Accounts(ctx, model.StageAtRisk)
	if err != nil {
		t.Fatal(err)
	}
	if len(risky) != 1 || risky[0].ID != "1" {
		t.Errorf("at-risk accounts %+v", risky)
	}
	if _, err := s.Accounts(ctx, "done"); model.ErrorCode(err) != model.EINVALID {
		t.Errorf("unknown stage: %v", err)
	}
	none, err := s.Accounts(ctx, model.StageChurned)
	if err != nil || len(none) != 0 {
		t.Errorf("churned accounts %+v, %v", none, err)
	}
}
