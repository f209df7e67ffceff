package importer

import (
	"slices"
	"strings"
	"testing"
)

func TestAccountNameHeaders(t *testing.T) {
	// The examples: every spelling means the account name.
	for _, h := range []string{"Account Name", "NAME", "account", "Company name", "company_name", "Account-Name"} {
		b, err := bind("f.csv", accountsSchema, []string{h}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if !b.has(acName) {
			t.Errorf("header %q is not read as the account name", h)
		}
	}
	for _, h := range []string{"ARR", "ARR__c", "Annual Recurring Revenue", "ACV"} {
		b, _ := bind("f.csv", accountsSchema, []string{h}, nil)
		if !b.has(acARR) {
			t.Errorf("header %q is not read as arr", h)
		}
	}
	// A CRM's "Annual Revenue" is what the company earns, not what it
	// pays: read as the ARR, every offer would look cheap (or, in
	// millions, dear).
	for _, h := range []string{"ANNUALREVENUE", "Annual Revenue", "revenue"} {
		b, _ := bind("f.csv", accountsSchema, []string{h}, nil)
		if b.has(acARR) {
			t.Errorf("header %q is read as arr", h)
		}
	}
	for _, h := range []string{"Record ID", "ID", "account_id", "customer_id"} {
		b, _ := bind("f.csv", accountsSchema, []string{h}, nil)
		if !b.has(acID) {
			t.Errorf("header %q is not read as the account id", h)
		}
	}
}

func TestOtherKindHeaders(t *testing.T) {
	tests := []struct {
		s      *schema
		header string
		field  int
	}{
		{productsSchema, "product", prName},
		{productsSchema, "product_name", prName},
		{productsSchema, "series", prFamily},
		{productsSchema, "Family", prFamily},
		{productsSchema, "sales_price", prPrice},
		{productsSchema, "unit_price", prPrice},
		{productsSchema, "Price", prPrice},
		{purchasesSchema, "deal_stage", puStage},
		{purchasesSchema, "Stage", puStage},
		{purchasesSchema, "close_date", puDate},
		{purchasesSchema, "order_date", puDate},
		{purchasesSchema, "customer_id", puAccountID},
		{purchasesSchema, "close_value", puAmount},
		{contactsSchema, "First Name", coFirstName},
		{contactsSchema, "Email Address", coEmail},
		{painsSchema, "Description", paTitle},
	}
	for _, tt := range tests {
		b, err := bind("f.csv", tt.s, []string{tt.header}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if !b.has(tt.field) {
			t.Errorf("%s: header %q is not read as %s", tt.s.kind, tt.header, tt.s.fields[tt.field].name)
		}
	}
}

func TestAliasesAreUnambiguous(t *testing.T) {
	for _, k := range Kinds {
		s := schemaOf(k)
		if s == nil {
			continue
		}
		seen := map[string]string{}
		for _, f := range s.fields {
			for _, a := range f.aliases {
				if a != normalizeHeader(a) {
					t.Errorf("%s: alias %q of %s is not normalised", k, a, f.name)
				}
				if other, ok := seen[a]; ok {
					t.Errorf("%s: alias %q means both %s and %s", k, a, other, f.name)
				}
				seen[a] = f.name
			}
		}
	}
}

func TestBindPrefersBestAliasAndListsIgnored(t *testing.T) {
	header := []string{"order_date", "engage_date", "close_date", "sales_agent", ""}
	b, err := bind("f.csv", purchasesSchema, header, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := b.cols[puDate]; !slices.Equal(got, []int{2, 0}) {
		t.Errorf("date columns = %v, want close_date (2) before order_date (0)", got)
	}
	if !slices.Equal(b.ignored, []string{"sales_agent", "(column 5)"}) {
		t.Errorf("ignored = %v", b.ignored)
	}
}

func TestMapOverrides(t *testing.T) {
	header := []string{"Firma", "Umsatz", "revenue"}
	b, err := bind("f.csv", accountsSchema, header, []string{"firma=name", "Umsatz=ARR", "revenue=-"})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(b.cols[acName], []int{0}) || !slices.Equal(b.cols[acARR], []int{1}) {
		t.Errorf("name %v, arr %v; want [0] and [1]", b.cols[acName], b.cols[acARR])
	}
	if !slices.Contains(b.ignored, "revenue") {
		t.Errorf("revenue mapped to - is not ignored: %v", b.ignored)
	}
	for _, tt := range []struct {
		maps []string
		want string
	}{
		{[]string{"Nope=name"}, `has no column "Nope"`},
		{[]string{"Firma=colour"}, `"colour" is not a field of accounts files`},
		{[]string{"Firma"}, "COLUMN=FIELD"},
	} {
		_, err := bind("f.csv", accountsSchema, header, tt.maps)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("--map %v gave %v, want an error containing %q", tt.maps, err, tt.want)
		}
	}
}

func TestRequiredColumns(t *testing.T) {
	b, _ := bind("deals.csv", purchasesSchema, []string{"product", "amount"}, nil)
	err := (&purchasesImport{}).check("deals.csv", b)
	if err == nil || !strings.Contains(err.Error(), "no column for the account") || !strings.Contains(err.Error(), "--map") {
		t.Errorf("a purchases file without an account column gave %v", err)
	}
}

func TestParseKind(t *testing.T) {
	for in, want := range map[string]Kind{"accounts": KindAccounts, "Account": KindAccounts, "purchase": KindPurchases, "playbook": KindPlaybook} {
		if got, err := ParseKind(in); err != nil || got != want {
			t.Errorf("ParseKind(%q) = %v, %v", in, got, err)
		}
	}
	if _, err := ParseKind("calls"); err == nil || !strings.Contains(err.Error(), "accounts") {
		t.Errorf("ParseKind(calls) = %v, want an error listing the kinds", err)
	}
}
