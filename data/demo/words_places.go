package demo

// country holds what makes an account from one country look local: its
// web domain, legal forms, phone numbers, cities and people's names.
type country struct {
	tld string
	// legal are the company forms of smaller firms; legalLarge those of
	// firms with 1,000 staff or more. An empty form means none is written.
	legal, legalLarge []string
	// phones are number patterns; each # becomes a digit.
	phones  []string
	cities  []string
	culture *culture
	weight  float64
	// currency is what accounts there are billed in (ISO 4217); every
	// one has a price book in the demo playbook.
	currency string
}

// region is a sales region: the locale accounts are spoken to in, the reps
// who own them and the countries they lie in.
type region struct {
	name      string
	locale    string
	weight    float64
	owners    []string
	countries []country
}

// regions are the sales regions with their share of the book.
var regions = []region{
	{
		name: "North America", locale: "en", weight: 38,
		owners: []string{"Megan Torres", "Jordan Blake", "Priya Raman", "Derek Owens"},
		countries: []country{
			{
				tld: ".com", currency: "USD", weight: 85, culture: &cultureEnglish,
				legal: []string{"Inc.", "LLC", "", "Co."}, legalLarge: []string{"Inc.", "Corp.", "Corporation"},
				// 555-0100 to 555-0199 are reserved for fiction.
				phones: []string{"+1 212 555 01##", "+1 312 555 01##", "+1 415 555 01##", "+1 512 555 01##", "+1 617 555 01##", "+1 303 555 01##", "+1 206 555 01##", "+1 404 555 01##"},
				cities: []string{"Chicago", "Austin", "Denver", "Atlanta", "Seattle", "Boston", "Phoenix", "Columbus", "Nashville", "Portland"},
			},
			{
				tld: ".ca", currency: "USD", weight: 15, culture: &cultureEnglish,
				legal: []string{"Inc.", "Ltd.", ""}, legalLarge: []string{"Inc.", "Corp."},
				phones: []string{"+1 416 555 01##", "+1 604 555 01##", "+1 403 555 01##", "+1 613 555 01##"},
				cities: []string{"Toronto", "Vancouver", "Calgary", "Ottawa", "Halifax"},
			},
		},
	},
	{
		name: "UK & Ireland", locale: "en", weight: 15,
		owners: []string{"Oliver Grant", "Siobhan Kelly"},
		countries: []country{
			{
				tld: ".co.uk", currency: "GBP", weight: 85, culture: &cultureEnglish,
				legal: []string{"Ltd", "Ltd", "Limited", ""}, legalLarge: []string{"plc", "Group plc", "Ltd"},
				// Ofcom keeps these ranges free for drama.
				phones: []string{"+44 20 7946 0###", "+44 161 496 0###", "+44 113 496 0###", "+44 117 496 0###", "+44 131 496 0###"},
				cities: []string{"Leeds", "Bristol", "Manchester", "Glasgow", "Cardiff", "Reading", "Norwich"},
			},
			{
				tld: ".ie", currency: "EUR", weight: 15, culture: &cultureEnglish,
				legal: []string{"Ltd", "Limited"}, legalLarge: []string{"DAC", "plc"},
				phones: []string{"+353 1 ### ####", "+353 21 ### ####", "+353 91 ### ###"},
				cities: []string{"Dublin", "Cork", "Galway", "Limerick"},
			},
		},
	},
	{
		name: "DACH", locale: "de", weight: 20,
		owners: []string{"Lukas Becker", "Anna Schmitt", "Florian Huber"},
		countries: []country{
			{
				tld: ".de", currency: "EUR", weight: 65, culture: &cultureGerman,
				legal: []string{"GmbH", "GmbH", "GmbH & Co. KG", "KG"}, legalLarge: []string{"AG", "SE", "GmbH"},
				phones: []string{"+49 30 ########", "+49 40 #######", "+49 89 ########", "+49 69 #######", "+49 221 #######", "+49 711 #######", "+49 911 ######"},
				cities: []string{"Hamburg", "Köln", "Leipzig", "Bremen", "Dresden", "Nürnberg", "Hannover", "Freiburg"},
			},
			{
				tld: ".at", currency: "EUR", weight: 15, culture: &cultureGerman,
				legal: []string{"GmbH", "GmbH", "OG"}, legalLarge: []string{"AG", "GmbH"},
				phones: []string{"+43 1 ### ## ##", "+43 316 ### ###", "+43 662 ### ###", "+43 512 ### ###"},
				cities: []string{"Wien", "Graz", "Linz", "Salzburg", "Innsbruck"},
			},
			{
				tld: ".ch", currency: "EUR", weight: 20, culture: &cultureGerman,
				legal: []string{"AG", "GmbH"}, legalLarge: []string{"AG"},
				phones: []string{"+41 44 ### ## ##", "+41 31 ### ## ##", "+41 61 ### ## ##", "+41 41 ### ## ##"},
				cities: []string{"Zürich", "Basel", "Bern", "Luzern", "St. Gallen"},
			},
		},
	},
	{
		name: "Nordics", locale: "en", weight: 8,
		owners: []string{"Erik Lindqvist"},
		countries: []country{
			{tld: ".se", currency: "EUR", weight: 40, culture: &cultureNordic, legal: []string{"AB"}, legalLarge: []string{"AB"},
				phones: []string{"+46 8 ### ### ##", "+46 31 ### ## ##", "+46 40 ### ## ##"}, cities: []string{"Stockholm", "Göteborg", "Malmö", "Uppsala"}},
			{tld: ".no", currency: "EUR", weight: 20, culture: &cultureNordic, legal: []string{"AS"}, legalLarge: []string{"ASA", "AS"},
				phones: []string{"+47 ## ## ## ##"}, cities: []string{"Oslo", "Bergen", "Trondheim", "Stavanger"}},
			{tld: ".dk", currency: "EUR", weight: 25, culture: &cultureNordic, legal: []string{"ApS", "A/S"}, legalLarge: []string{"A/S"},
				phones: []string{"+45 ## ## ## ##"}, cities: []string{"København", "Aarhus", "Odense", "Aalborg"}},
			{tld: ".fi", currency: "EUR", weight: 15, culture: &cultureNordic, legal: []string{"Oy"}, legalLarge: []string{"Oyj", "Oy"},
				phones: []string{"+358 9 ### ####", "+358 3 ### ####"}, cities: []string{"Helsinki", "Tampere", "Turku", "Oulu"}},
		},
	},
	{
		name: "Benelux", locale: "en", weight: 9,
		owners: []string{"Sanne de Vries"},
		countries: []country{
			{tld: ".nl", currency: "EUR", weight: 65, culture: &cultureDutch, legal: []string{"B.V.", "B.V.", ""}, legalLarge: []string{"N.V.", "B.V."},
				phones: []string{"+31 20 ### ####", "+31 10 ### ####", "+31 30 ### ####", "+31 40 ### ####"}, cities: []string{"Amsterdam", "Rotterdam", "Utrecht", "Eindhoven", "Groningen"}},
			{tld: ".be", currency: "EUR", weight: 35, culture: &cultureDutch, legal: []string{"BV", "NV"}, legalLarge: []string{"NV", "SA"},
				phones: []string{"+32 2 ### ## ##", "+32 3 ### ## ##", "+32 9 ### ## ##"}, cities: []string{"Antwerpen", "Gent", "Brussel", "Leuven"}},
		},
	},
	{
		name: "ANZ", locale: "en", weight: 10,
		owners: []string{"Hamish Clarke", "Chloe Nguyen"},
		countries: []country{
			{tld: ".com.au", currency: "USD", weight: 80, culture: &cultureEnglish, legal: []string{"Pty Ltd", "Pty Ltd", ""}, legalLarge: []string{"Ltd", "Limited"},
				// 5550 xxxx and 7010 xxxx are set aside for fiction.
				phones: []string{"+61 2 5550 ####", "+61 3 7010 ####", "+61 7 5550 ####", "+61 8 5550 ####"}, cities: []string{"Sydney", "Melbourne", "Brisbane", "Perth", "Adelaide"}},
			{tld: ".co.nz", currency: "USD", weight: 20, culture: &cultureEnglish, legal: []string{"Ltd", "Limited"}, legalLarge: []string{"Ltd", "Limited"},
				phones: []string{"+64 9 ### ####", "+64 4 ### ####", "+64 3 ### ####"}, cities: []string{"Auckland", "Wellington", "Christchurch"}},
		},
	},
	{
		name: "Japan", locale: "ja", weight: 7,
		owners: []string{"渡辺 健二", "小川 由香"},
		countries: []country{
			{
				tld: ".co.jp", currency: "JPY", weight: 100, culture: &cultureJapanese,
				legal: []string{"株式会社", "株式会社", "合同会社"}, legalLarge: []string{"株式会社"},
				phones: []string{"+81 3 #### ####", "+81 6 #### ####", "+81 52 ### ####", "+81 92 ### ####"},
				cities: []string{"東京", "大阪", "名古屋", "福岡", "札幌", "横浜"},
			},
		},
	},
	{
		name: "Russia", locale: "ru", weight: 5,
		owners: []string{"Андрей Котов", "Елена Гусева"},
		countries: []country{
			{
				tld: ".ru", currency: "RUB", weight: 100, culture: &cultureRussian,
				legal: []string{"ООО"}, legalLarge: []string{"АО", "ПАО"},
				phones: []string{"+7 495 ### ## ##", "+7 812 ### ## ##", "+7 843 ### ## ##", "+7 343 ### ## ##"},
				cities: []string{"Москва", "Санкт-Петербург", "Казань", "Екатеринбург", "Новосибирск", "Нижний Новгород"},
			},
		},
	},
	{
		name: "Estonia", locale: "et", weight: 5,
		owners: []string{"Kaarel Lind", "Merle Saks"},
		countries: []country{
			{
				tld: ".ee", currency: "EUR", weight: 100, culture: &cultureEstonian,
				legal: []string{"OÜ", "OÜ", "AS"}, legalLarge: []string{"AS"},
				phones: []string{"+372 5### ####", "+372 6## ####", "+372 7## ####"},
				cities: []string{"Tallinn", "Tartu", "Pärnu", "Narva", "Viljandi", "Rakvere"},
			},
		},
	},
}
