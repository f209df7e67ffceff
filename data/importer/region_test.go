package importer

import "testing"

// TestARegionThatIsTheCountryIsSaidOnce: a region and a country read
// "Bavaria, Germany"; one that already ends with the country, or is it,
// is not said twice ("Japan, Japan").
func TestARegionThatIsTheCountryIsSaidOnce(t *testing.T) {
	db := newTestDB(t)
	csv := "id,name,region,country\nA1,Alpha,Japan,Japan\nA2,Beta,Bavaria,Germany\nA3,Gamma,\"Munich, Germany\",Germany\nA4,Delta,,Estonia\n"
	if _, err := db.importText(KindAccounts, "accounts.csv", csv, Options{}); err != nil {
		t.Fatal(err)
	}
	db.wantRows(`SELECT id, region FROM accounts ORDER BY id`,
		"A1|Japan", "A2|Bavaria, Germany", "A3|Munich, Germany", "A4|Estonia")
}
