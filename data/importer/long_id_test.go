package importer

import (
	"strings"
	"testing"
)

// TestAnIdLongerThanAnyIdIsRefused: a column of text taken for ids (60,000
// characters once stretched every listing) fails its row, with what to do.
func TestAnIdLongerThanAnyIdIsRefused(t *testing.T) {
	b, err := bind("a.csv", accountsSchema, []string{"id", "name"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	rd := &rowReader{b: b, p: &problems{}}
	long := &row{rd: rd, line: 2, rec: []string{strings.Repeat("x", MaxIDRunes+1), "Acme"}}
	if got := long.id(acID); got != "" || !long.bad {
		t.Errorf("an id of %d characters read as %q (bad %v)", MaxIDRunes+1, got, long.bad)
	}
	ok := &row{rd: rd, line: 3, rec: []string{strings.Repeat("é", MaxIDRunes), "Acme"}}
	if got := ok.id(acID); got == "" || ok.bad {
		t.Errorf("an id of %d characters refused", MaxIDRunes)
	}
}
