package demo

// culture is a naming tradition: the first and last names of people, the
// words companies are named from, and how job titles are written.
type culture struct {
	firstNames []string
	lastNames  []string
	// placeStems and placeEnds compose place-like company names
	// ("Blue" + "Harbor", "Nord" + "stern"); joined with a space unless
	// compound is set.
	placeStems []string
	placeEnds  []string
	compound   bool
	// titles by company size: small (under 200 staff), mid, large.
	titles [3][]string
	// lang is the language of the account's pain and call wording and of
	// the names above: "en", "de", "ja", "ru" or "et".
	lang string
	// familyFirst writes the family name before the given name (山田 太郎).
	familyFirst bool
	// femaleFirstNames, when set, are given names that take the feminine
	// form of a family name (Russian: Смирнов, Смирнова).
	femaleFirstNames []string
}

var cultureEnglish = culture{
	firstNames: []string{
		"James", "Emily", "Michael", "Sarah", "David", "Jessica", "Daniel", "Laura", "Chris", "Rachel",
		"Matthew", "Hannah", "Andrew", "Megan", "Ryan", "Olivia", "Kevin", "Sophie", "Brian", "Grace",
		"Tom", "Charlotte", "Sam", "Natalie", "Ben", "Amy", "Jason", "Lauren", "Mark", "Emma",
		"Patrick", "Chloe", "Aaron", "Zoe", "Marcus", "Priya", "Raj", "Aisha", "Carlos", "Maria",
		"Wei", "Mei", "Jamal", "Tanya", "Liam", "Fiona", "Connor", "Siobhan", "Ethan", "Kate",
	},
	lastNames: []string{
		"Smith", "Johnson", "Brown", "Taylor", "Miller", "Wilson", "Moore", "Anderson", "Thomas", "Jackson",
		"White", "Harris", "Martin", "Thompson", "Garcia", "Clark", "Lewis", "Walker", "Hall", "Allen",
		"Young", "King", "Wright", "Scott", "Green", "Baker", "Adams", "Nelson", "Carter", "Mitchell",
		"Roberts", "Turner", "Phillips", "Campbell", "Parker", "Evans", "Edwards", "Collins", "Stewart", "Morris",
		"Murphy", "Cook", "Rogers", "Reed", "Bailey", "Bell", "Cooper", "Howard", "Ward", "Brooks",
		"Patel", "Shah", "Nguyen", "Chen", "Kim", "Lopez", "Rivera", "O'Brien", "Kelly", "Walsh",
	},
	placeStems: []string{
		"Blue", "Red", "Silver", "Iron", "Stone", "Oak", "Pine", "Cedar", "Maple", "Willow",
		"North", "South", "West", "East", "High", "Clear", "Bright", "Golden", "Green", "Grey",
		"Summit", "Harbor", "River", "Lake", "Bay", "Ridge", "Hill", "Meadow", "Fox", "Eagle",
		"Copper", "Granite", "Falcon", "Coastal", "Prairie",
	},
	placeEnds: []string{
		"Harbor", "Ridge", "Creek", "Field", "Bridge", "Point", "Valley", "Peak", "Rock", "Brook",
		"Gate", "Wood", "Haven", "Crest", "Stone", "Line", "Park", "Water", "Hill", "Mill",
		"Grove", "Port", "Shore", "Landing", "Crossing", "Springs", "Pass", "Hollow", "Bend", "Trail",
	},
	titles: [3][]string{
		{"Founder & CEO", "Managing Director", "Operations Manager", "Head of Sales", "Office Manager", "Customer Service Lead", "COO", "Finance Manager"},
		{"VP Sales", "Head of Customer Support", "Revenue Operations Manager", "IT Manager", "Director of Operations", "Marketing Director", "Sales Operations Lead", "CFO"},
		{"Director of Sales Operations", "VP Customer Experience", "CIO", "Head of IT Procurement", "Senior Manager, Revenue Operations", "Director of Support", "Head of Business Systems", "VP Finance"},
	},
	lang: "en",
}

var cultureGerman = culture{
	firstNames: []string{
		"Jana", "Lukas", "Anna", "Jonas", "Lena", "Felix", "Laura", "Maximilian", "Julia", "Tobias",
		"Katharina", "Stefan", "Sabine", "Thomas", "Nina", "Matthias", "Sarah", "Florian", "Miriam", "Andreas",
		"Claudia", "Markus", "Petra", "Jürgen", "Sophie", "Michael", "Carina", "Daniel", "Franziska", "Sebastian",
		"Lea", "Philipp", "Hannah", "Benedikt", "Monika", "Martin", "Ursula", "Niklas", "Birgit", "Jan",
		"Lisa", "Simon", "Verena", "Patrick", "Doris", "Kai", "Johanna", "Dominik", "Theresa", "Fabian",
	},
	lastNames: []string{
		"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
		"Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann",
		"Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Schmitz", "Krause", "Meier",
		"Lehmann", "Köhler", "Huber", "Kaiser", "Fuchs", "Peters", "Lang", "Scholz", "Möller", "Weiß",
		"Jung", "Hahn", "Vogel", "Keller", "Brandt", "Gruber", "Steiner", "Moser", "Lorenz", "Baumann",
	},
	placeStems: []string{
		"Nord", "Süd", "West", "Ost", "Rhein", "Main", "Elb", "Isar", "Donau", "Alpen",
		"Berg", "Tal", "Wald", "Stern", "Sonnen", "Eich", "Linden", "Birken", "Falken", "Adler",
		"Hansa", "Mosel", "Boden", "Neckar", "Spree",
	},
	placeEnds: []string{
		"stern", "blick", "werk", "feld", "berg", "tal", "hof", "brücke", "quelle", "wald",
		"haus", "land", "stein", "grund", "hafen", "bogen", "turm", "garten", "weg", "kamp",
	},
	compound: true,
	titles: [3][]string{
		{"Geschäftsführung", "Geschäftsleitung", "Leitung Vertrieb", "Büroleitung", "Teamleitung Kundenservice", "Kaufmännische Leitung", "Head of Operations", "Assistenz der Geschäftsführung"},
		{"Leitung Vertrieb", "Leitung Kundenservice", "IT-Leitung", "Head of Sales", "Vertriebsinnendienst", "Leitung Marketing", "CFO", "Leitung Einkauf"},
		{"Bereichsleitung Vertrieb", "Head of Customer Experience", "CIO", "Leitung IT-Einkauf", "Head of Revenue Operations", "Leitung Service-Center", "Abteilungsleitung Business Systems", "Leitung Controlling"},
	},
	lang: "de",
}

var cultureNordic = culture{
	firstNames: []string{
		"Erik", "Anna", "Lars", "Ingrid", "Mikael", "Sofia", "Johan", "Elin", "Anders", "Maja",
		"Henrik", "Linnea", "Magnus", "Karin", "Nils", "Astrid", "Oskar", "Frida", "Mathias", "Sigrid",
		"Jonas", "Ida", "Mads", "Freja", "Rasmus", "Emma", "Mikko", "Aino", "Juha", "Sanna",
		"Ola", "Kari", "Per", "Silje", "Gustav", "Hanna", "Viktor", "Saga", "Emil", "Tuva",
	},
	lastNames: []string{
		"Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson",
		"Lindberg", "Lindqvist", "Berg", "Dahl", "Hansen", "Johansen", "Olsen", "Larsen", "Nielsen", "Jensen",
		"Pedersen", "Kristensen", "Madsen", "Holm", "Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Lund", "Sandberg",
		"Ekström", "Nyberg", "Haugen", "Bakke", "Strand", "Lie", "Solberg", "Björk", "Engström", "Halvorsen",
	},
	placeStems: []string{
		"Nord", "Fjord", "Skog", "Sjö", "Berg", "Ljus", "Vind", "Sten", "Is", "Älv",
		"Norr", "Sol", "Havs", "Stor", "Blå",
	},
	placeEnds: []string{
		"vik", "dal", "berg", "holm", "strand", "lund", "bro", "vall", "fors", "näs",
		"sund", "ström", "ljus", "stad", "by",
	},
	compound: true,
	titles:   cultureEnglish.titles,
	lang:     "en",
}

var cultureDutch = culture{
	firstNames: []string{
		"Sanne", "Daan", "Lotte", "Bram", "Eva", "Thijs", "Anouk", "Ruben", "Femke", "Jeroen",
		"Marloes", "Sem", "Iris", "Joost", "Fleur", "Pieter", "Esther", "Niels", "Lieke", "Koen",
		"Maud", "Wouter", "Sophie", "Bart", "Inge", "Lars", "Noor", "Stijn", "Elise", "Tim",
		"Jasper", "Lisa", "Maarten", "Sarah", "Tom", "Charlotte", "Pim", "Roos", "Hendrik", "Emma",
	},
	lastNames: []string{
		"de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser", "Smit", "Meijer",
		"de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer",
		"de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer", "van der Linden", "Kok", "Jacobs", "de Haan", "Vermeulen",
		"Claes", "Maes", "Willems", "Goossens", "Wouters", "Peeters", "Martens", "Verhoeven", "Lambrecht", "Van Damme",
	},
	placeStems: []string{
		"Noord", "Zuid", "Oost", "West", "Polder", "Delta", "Duin", "Dijk", "Maas", "Schelde",
		"Zee", "Molen", "Linde", "Eiken", "Haven",
	},
	placeEnds: []string{
		"poort", "veld", "brug", "dam", "haven", "dijk", "hof", "wijk", "stad", "burg",
		"berg", "meer", "land", "kade", "werf",
	},
	compound: true,
	titles:   cultureEnglish.titles,
	lang:     "en",
}
