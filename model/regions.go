package model

import "strings"

// A CRM export names where an account is in its own way: a sales region
// ("DACH"), a country ("Germany", "DE"), or a city and a country ("Tallinn,
// Estonia"). A product sold in some regions only is offered to an account
// when its region, or any comma-separated part of it, is one of them or a
// country of one of them.

// regionCountries lists, for the sales regions CRMs commonly use (by
// NameKey), the countries in them, by name and ISO code (by NameKey).
var regionCountries = map[string]map[string]bool{
	"dach":         countrySet("germany deutschland de austria osterreich österreich at switzerland schweiz suisse ch"),
	"benelux":      countrySet("belgium belgie belgique be netherlands nederland holland nl luxembourg lu"),
	"nordics":      countrySet(nordic),
	"nordic":       countrySet(nordic),
	"baltics":      countrySet(baltic),
	"ukireland":    countrySet(britishIsles),
	"ukandireland": countrySet(britishIsles),
	"ukandi":       countrySet(britishIsles),
	"eu":           countrySet(europeanUnion),
	"europe":       countrySet(europeanUnion + " " + restOfEurope),
	"emea":         countrySet(europeanUnion + " " + restOfEurope + " " + middleEastAfrica),
	"estonia":      countrySet("estonia eesti ee"),
}

const (
	nordic           = "sweden sverige se norway norge no denmark danmark dk finland suomi fi iceland is"
	baltic           = "estonia eesti ee latvia latvija lv lithuania lietuva lt"
	britishIsles     = "unitedkingdom uk greatbritain gb england scotland wales northernireland ireland ie"
	europeanUnion    = "germany deutschland de austria osterreich österreich at belgium be netherlands nl luxembourg lu france fr italy it spain es portugal pt ireland ie denmark dk sweden se finland fi estonia eesti ee latvia lv lithuania lt poland pl czechia czechrepublic cz slovakia sk slovenia si hungary hu romania ro bulgaria bg croatia hr greece gr cyprus cy malta mt"
	restOfEurope     = "switzerland schweiz ch norway no iceland is unitedkingdom uk greatbritain gb england scotland wales serbia rs ukraine ua moldova md albania al bosniaandherzegovina ba montenegro me northmacedonia mk liechtenstein li monaco mc"
	middleEastAfrica = "unitedarabemirates uae ae saudiarabia sa israel il turkey turkiye tr qatar qa egypt eg southafrica za nigeria ng kenya ke morocco ma"
)

func countrySet(words string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.Fields(words) {
		out[w] = true
	}
	return out
}

// inSalesRegion reports whether an account's region text is in the sales
// region named: it, or one of its comma-separated parts, is that region or
// a country of it (regionCountries).
func inSalesRegion(region, sales string) bool {
	key := NameKey(sales)
	if key == "" {
		return false
	}
	parts := append([]string{region}, strings.Split(region, ",")...)
	for _, part := range parts {
		p := NameKey(part)
		if p == key || regionCountries[key][p] {
			return true
		}
	}
	return false
}
