package importer

import (
	"strings"
	"testing"
)

// TestTwoColumnsOfOneNameAreRefused: two columns both read as one field
// under the same name leave no way to tell which value is meant; the file
// is refused with both column numbers, while a duplicate column nobody
// reads is only ignored.
func TestTwoColumnsOfOneNameAreRefused(t *testing.T) {
	s := accountsSchema
	_, err := bind("a.csv", s, []string{"Account ID", "Account ID", "Account Name"}, nil)
	if err == nil || !strings.Contains(err.Error(), `two columns named "Account ID" (columns 1 and 2)`) {
		t.Errorf("duplicate id columns: %v", err)
	}
	if _, err := bind("a.csv", s, []string{"id", "name", "Notes", "Notes"}, nil); err != nil {
		t.Errorf("a duplicate column nobody reads: %v", err)
	}
	if _, err := bind("a.csv", s, []string{"id", "name", "id"}, []string{"id=-"}); err != nil {
		t.Errorf("both ignored with --map: %v", err)
	}
}

// TestAColumnReadOnlyWhereAnotherIsEmptySaysSo: "Name" beside "Account
// Name" is read only where the better one is empty, and the summary says
// so instead of listing both as the name.
func TestAColumnReadOnlyWhereAnotherIsEmptySaysSo(t *testing.T) {
	b, err := bind("a.csv", accountsSchema, []string{"Name", "Account Name", "id"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, u := range b.used {
		if u.Field == "name" {
			got = append(got, u.Column+"|"+u.Before)
		}
	}
	if strings.Join(got, " ") != "Name|Account Name Account Name|" {
		t.Errorf("name columns %q, want Name read where Account Name is empty", got)
	}
}
