package importer

import (
	"strings"
	"testing"
)

// TestAccountCurrencyAndLocale reads Salesforce's CurrencyIsoCode and a
// language column, and infers the locale from the country where none is
// given, marked as inferred.
func TestAccountCurrencyAndLocale(t *testing.T) {
	db := newTestDB(t)
	text := "Account Name,BillingCountry,CurrencyIsoCode,Language\n" +
		"Kaufhaus Adler GmbH,Germany,EUR,\n" +
		"Alpenblick AG,Schweiz,chf,\n" +
		"Sakura Shoji,Japan,JPY,\n" +
		"Volga Trade,Russia,RUB,\n" +
		"Tallinna Tarkvara OÜ,EE,EUR,\n" +
		"Maple Foods,Canada,CAD,\n" +
		"Wiener Werkstätten,Austria,EUR,en\n" +
		"Nowhere Ltd,,,\n"
	sum, err := db.importText(KindAccounts, "accounts.csv", text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	db.wantRows(`SELECT name || ' ' || locale || ' ' || locale_inferred || ' ' || currency FROM accounts ORDER BY name`,
		"Alpenblick AG de-CH 1 CHF",
		"Kaufhaus Adler GmbH de 1 EUR",
		"Maple Foods en 1 CAD",
		"Nowhere Ltd en 0 ",
		"Sakura Shoji ja 1 JPY",
		"Tallinna Tarkvara OÜ et 1 EUR",
		"Volga Trade ru 1 RUB",
		"Wiener Werkstätten en 0 EUR",
	)
	if !hasNote(sum, "inferred from the country") {
		t.Errorf("no note on inferred locales: %v", sum.Notes)
	}

	// A language given later replaces the inferred one; a file without a
	// language or currency column leaves both alone.
	if _, err := db.importText(KindAccounts, "more.csv", "Account Name,Locale\nSakura Shoji,en-US\n", Options{}); err != nil {
		t.Fatal(err)
	}
	if _, err := db.importText(KindAccounts, "more.csv", "Account Name,Country\nVolga Trade,Russia\n", Options{}); err != nil {
		t.Fatal(err)
	}
	db.wantRows(`SELECT name || ' ' || locale || ' ' || locale_inferred || ' ' || currency FROM accounts WHERE name IN ('Sakura Shoji', 'Volga Trade') ORDER BY name`,
		"Sakura Shoji en 0 JPY", "Volga Trade ru 1 RUB")

	before := db.fileState()
	_, err = db.importText(KindAccounts, "bad.csv", "Account Name,Currency\nSakura Shoji,yen please\n", Options{})
	if err == nil || !strings.Contains(err.Error(), "currency code") {
		t.Errorf("a bad currency gave %v", err)
	}
	if db.fileState() != before {
		t.Error("a refused import changed the database")
	}
}
