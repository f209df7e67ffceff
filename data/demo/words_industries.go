package demo

// industry describes one sector of the book: how common it is, which kinds
// of problems hurt it most (and so which products it buys), and the words
// its companies are named with.
type industry struct {
	// name is the account's industry as stored ("financial services").
	name   string
	weight float64
	// pains weighs pain categories against the default of 1; the products
	// that address a heavy category are bought more often in the sector.
	pains map[string]float64
	// nouns and nounsDE end company names ("Freight", "Spedition").
	nouns, nounsDE []string
	// forms weighs the company name shapes, in nameForm order.
	forms [nameForms]float64
	// noLegalForm is set for sectors whose names rarely carry one.
	noLegalForm bool
}

// Company name shapes.
const (
	formSurname  = iota // Hartmann Logistik GmbH
	formPlace           // Blue Harbor Freight LLC
	formCoined          // Veltrix Systems
	formBrand           // Corvana Inc.
	formPartners        // Carver & Doyle Advisory
	nameForms
)

var industries = []industry{
	{
		name: "software", weight: 18,
		pains:   map[string]float64{"integration": 2.2, "automation": 1.8, "scale": 1.7, "security": 1.3, "support": 1.2, "compliance": 0.6, "onboarding": 0.7, "cost": 0.8},
		nouns:   []string{"Software", "Systems", "Labs", "Technologies", "Digital", "Cloud", "Data", "Networks"},
		nounsDE: []string{"Software", "Systemhaus", "IT-Services", "Digital", "Datentechnik", "Informatik"},
		forms:   [nameForms]float64{1, 2, 3.5, 3, 0},
	},
	{
		name: "retail", weight: 15,
		pains:   map[string]float64{"reporting": 2.0, "support": 1.9, "automation": 1.5, "cost": 1.5, "scale": 1.2, "compliance": 0.5, "security": 0.6},
		nouns:   []string{"Outfitters", "Home & Garden", "Market", "Supply", "Stores", "Trading", "Goods", "Retail Group"},
		nounsDE: []string{"Handel", "Warenhaus", "Moden", "Fachmarkt", "Versand", "Einrichtung"},
		forms:   [nameForms]float64{3.5, 3.5, 2, 1, 0},
	},
	{
		name: "manufacturing", weight: 15,
		pains:   map[string]float64{"integration": 1.9, "data_quality": 1.9, "reporting": 1.5, "onboarding": 1.4, "cost": 1.3, "support": 0.7, "security": 0.8, "automation": 1.2},
		nouns:   []string{"Manufacturing", "Precision", "Industries", "Components", "Tooling", "Plastics", "Metalworks", "Engineering"},
		nounsDE: []string{"Maschinenbau", "Präzisionstechnik", "Metallbau", "Werkzeugbau", "Kunststofftechnik", "Antriebstechnik", "Elektrotechnik"},
		forms:   [nameForms]float64{4, 3, 2, 1, 0},
	},
	{
		name: "healthcare", weight: 10,
		pains:   map[string]float64{"compliance": 2.7, "security": 2.2, "support": 1.3, "onboarding": 1.2, "data_quality": 1.2, "automation": 0.8, "scale": 0.7, "integration": 0.9},
		nouns:   []string{"Health", "Clinics", "Medical", "Care", "Dental Group", "Diagnostics", "Physiotherapy", "Pharmacy"},
		nounsDE: []string{"Klinik", "Medizintechnik", "Pflegedienst", "Praxisgruppe", "Labor", "Gesundheitszentrum"},
		forms:   [nameForms]float64{3, 4, 2.5, 0.5, 0},
	},
	{
		name: "financial services", weight: 10,
		pains:   map[string]float64{"compliance": 2.4, "security": 2.3, "reporting": 1.8, "data_quality": 1.5, "support": 0.8, "onboarding": 0.8, "cost": 0.8},
		nouns:   []string{"Capital", "Financial", "Insurance", "Wealth Partners", "Credit Union", "Asset Management", "Leasing", "Payments"},
		nounsDE: []string{"Finanz", "Versicherung", "Vermögensverwaltung", "Leasing", "Treuhand", "Finanzberatung"},
		forms:   [nameForms]float64{3, 3, 2, 1, 1},
	},
	{
		name: "logistics", weight: 10,
		pains:   map[string]float64{"integration": 2.0, "automation": 1.9, "support": 1.5, "cost": 1.6, "scale": 1.4, "reporting": 1.1, "compliance": 0.7, "security": 0.6},
		nouns:   []string{"Logistics", "Freight", "Transport", "Shipping", "Couriers", "Cargo", "Distribution", "Warehousing"},
		nounsDE: []string{"Logistik", "Spedition", "Transporte", "Kurierdienst", "Lagerlogistik", "Frachtkontor"},
		forms:   [nameForms]float64{4, 3.5, 2, 0.5, 0},
	},
	{
		name: "professional services", weight: 13,
		pains:   map[string]float64{"automation": 1.8, "reporting": 1.6, "cost": 1.5, "onboarding": 1.3, "support": 0.7, "integration": 0.8, "scale": 0.6},
		nouns:   []string{"Consulting", "Partners", "Advisory", "Associates", "Accountants", "Legal", "Recruitment", "Architects"},
		nounsDE: []string{"Beratung", "Consulting", "Steuerberatung", "Partner", "Ingenieurbüro", "Personalberatung"},
		forms:   [nameForms]float64{3, 1.5, 1, 0.5, 4},
	},
	{
		name: "education", weight: 9,
		pains:   map[string]float64{"onboarding": 2.1, "cost": 2.0, "support": 1.6, "security": 1.2, "compliance": 1.2, "reporting": 0.9, "integration": 0.7, "scale": 0.8, "automation": 0.8},
		nouns:   []string{"Academy", "Learning", "College", "Institute", "Language School", "Training Centre", "Learning Trust", "Business School"},
		nounsDE: []string{"Akademie", "Bildungswerk", "Institut", "Sprachschule", "Schulungszentrum", "Bildungszentrum"},
		forms:   [nameForms]float64{2, 5, 1.5, 0, 0},
		// Schools and colleges go by their name alone.
		noLegalForm: true,
	},
}

// coinedStarts and coinedEnds compose invented brand names ("Vel" + "trix").
var (
	coinedStarts = []string{
		"Vel", "Cor", "Zen", "Ax", "Lum", "Nov", "Quin", "Tal", "Ver", "Sol",
		"Kor", "Mer", "Nex", "Syn", "Tor", "Bel", "Cal", "Dar", "Fen", "Hal",
		"Lan", "Mar", "Pel", "Ren", "Sil", "Tam", "Val", "Wen", "Zor", "Bren",
		"Cael", "Del", "Ev", "Jov", "Lor",
	}
	coinedEnds = []string{
		"ix", "ora", "ium", "eon", "ent", "ara", "ity", "ova", "ex", "io",
		"is", "ant", "era", "ico", "ana", "on", "yx", "elle", "aro", "ano",
		"ia", "os", "ova", "ine", "aris",
	}
)
