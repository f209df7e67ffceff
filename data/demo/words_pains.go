package demo

// painPhrases are pain points as customers say them, by pain category.
// {name} becomes a colleague's first name and {n} a small number, so that
// the same complaint reads differently from one account to the next.
var painPhrases = map[string][]string{
	"reporting": {
		"Month-end reports still take {name} two full days",
		"We rebuild the same pipeline spreadsheet every Monday",
		"Nobody trusts the numbers in the board deck",
		"{name} has to export to Excel for every single report",
		"We can't see revenue by region without asking IT",
		"The dashboards are always a week out of date",
		"Management asks for a forecast and we end up guessing",
		"We can't tell which campaigns actually bring in deals",
	},
	"scale": {
		"The system slows to a crawl at quarter end",
		"We hit the storage limit every month",
		"We doubled the team and the setup didn't keep up",
		"Imports over {n}0,000 rows just time out",
		"Opening one of the big accounts takes forever",
		"We open {n} new locations next year and don't know if this will cope",
		"Our nightly sync runs into the API limit halfway through",
	},
	"integration": {
		"Orders are typed twice, once in the ERP and once here",
		"{name} copies invoices into the CRM by hand every Friday",
		"The webshop and the CRM never agree on who the customer is",
		"The accounting export breaks every time someone adds a field",
		"We have {n} tools and none of them talk to each other",
		"Support can't see what sales promised the customer",
	},
	"support": {
		"Tickets sit for two days before anyone picks them up",
		"We answer the same questions over and over",
		"When something breaks we wait until the next business day",
		"Customers email three people and get three different answers",
		"{name} spends every morning sorting the shared inbox",
		"We missed our response-time promise to a key customer twice this quarter",
		"Phone calls leave no trace, so nobody knows what was agreed",
	},
	"security": {
		"People who left still had logins for weeks",
		"Everyone has a different password for every tool",
		"Our security review flagged the missing two-factor sign-in",
		"IT can't tell who has access to what",
		"A prospect's security questionnaire asked for SSO and we had to say no",
		"The support team still shares logins",
	},
	"onboarding": {
		"New hires take {n} weeks to find their way around",
		"Half the team still works from their old spreadsheets",
		"Only {name} really knows how to set things up",
		"We never finished the rollout after our admin left",
		"Most people log in once a week at most",
		"The training we had was too generic for how we work",
	},
	"cost": {
		"We pay for seats nobody uses",
		"Finance wants tool spend down 10% this year",
		"We're paying for {n} tools that overlap",
		"The overage fees last quarter were a nasty surprise",
		"It's hard to justify the renewal price to our CFO",
		"Budget is frozen until the next fiscal year",
	},
	"automation": {
		"{name} spends every Friday copying data between systems",
		"Follow-up emails depend on someone remembering to send them",
		"Every quote goes out as a PDF and comes back as a scan",
		"Approvals happen in email threads and get lost",
		"We re-type leads from the web form by hand",
		"Onboarding a new customer takes {n} manual steps across three tools",
		"Reps spend more time logging calls than making them",
	},
	"compliance": {
		"The auditors asked for a change history we couldn't produce",
		"Our data protection officer wants customer data kept in the EU",
		"We can't prove when a contact gave consent",
		"Call recordings have to be kept for {n} years and we have no way to do it",
		"Retention rules are done by hand, if at all",
		"The last audit cost {name} a whole week of screenshots",
	},
	"data_quality": {
		"Half our customers exist twice",
		"Nobody knows which phone number is the current one",
		"Addresses come in {n} different formats",
		"The data from the old CRM came over messy and nobody cleaned it up",
		"Reps keep their own lists because they don't trust the system",
		"Every mailing bounces for about one contact in ten",
	},
}

// painPhrasesDE are the same complaints as German-speaking customers put them.
var painPhrasesDE = map[string][]string{
	"reporting": {
		"Der Monatsabschluss kostet {name} immer noch zwei volle Tage",
		"Jeden Montag bauen wir dieselbe Excel-Liste neu",
		"Der Geschäftsführung fehlen Zahlen, denen sie traut",
		"Für jeden Bericht muss {name} nach Excel exportieren",
		"Umsatz nach Region sehen wir nur, wenn die IT eine Abfrage baut",
	},
	"scale": {
		"Zum Quartalsende wird das System quälend langsam",
		"Wir stoßen jeden Monat an die Speichergrenze",
		"Das Team hat sich verdoppelt, die Einrichtung ist nicht mitgewachsen",
		"Importe mit mehr als {n}0.000 Zeilen brechen ab",
		"Nächstes Jahr kommen {n} neue Standorte dazu, und wir wissen nicht, ob das System mitkommt",
	},
	"integration": {
		"Aufträge werden doppelt erfasst, im ERP und hier",
		"{name} überträgt jeden Freitag Rechnungen von Hand",
		"Webshop und CRM sind sich nie einig, wer der Kunde ist",
		"Wir haben {n} Tools, und keines spricht mit dem anderen",
		"Der Export für die Buchhaltung bricht bei jeder Änderung ab",
	},
	"support": {
		"Tickets liegen zwei Tage, bevor sich jemand kümmert",
		"Wir beantworten ständig dieselben Fragen",
		"Wenn etwas ausfällt, warten wir bis zum nächsten Werktag",
		"Kunden schreiben drei Leuten und bekommen drei Antworten",
		"Von Telefonaten bleibt nichts dokumentiert",
	},
	"security": {
		"Ausgeschiedene Kollegen hatten wochenlang noch Zugang",
		"Jeder hat für jedes Tool ein eigenes Passwort",
		"Die IT weiß nicht, wer worauf Zugriff hat",
		"Ein Interessent wollte Single Sign-on, und wir mussten passen",
		"Im Support werden noch geteilte Logins benutzt",
	},
	"onboarding": {
		"Neue Kollegen brauchen {n} Wochen, bis sie sich zurechtfinden",
		"Das halbe Team arbeitet noch mit den alten Listen",
		"Nur {name} weiß wirklich, wie man etwas einrichtet",
		"Seit unser Admin weg ist, liegt die Einführung auf Eis",
		"Die Schulung war zu allgemein für unsere Abläufe",
	},
	"cost": {
		"Wir zahlen für Lizenzen, die keiner nutzt",
		"Die Finanzabteilung will die Toolkosten um 10 % senken",
		"Wir zahlen für {n} Tools, die sich überschneiden",
		"Die Nachzahlung im letzten Quartal war eine böse Überraschung",
		"Das Budget ist bis zum nächsten Geschäftsjahr eingefroren",
	},
	"automation": {
		"{name} kopiert jeden Freitag Daten zwischen den Systemen",
		"Nachfass-Mails hängen davon ab, dass jemand daran denkt",
		"Angebote gehen als PDF raus und kommen eingescannt zurück",
		"Freigaben laufen über E-Mail-Ketten und gehen verloren",
		"Leads aus dem Webformular tippen wir von Hand ab",
	},
	"compliance": {
		"Die Prüfer wollten eine Änderungshistorie, die wir nicht hatten",
		"Unser Datenschutzbeauftragter will die Kundendaten in der EU",
		"Wir können nicht belegen, wann ein Kontakt eingewilligt hat",
		"Die letzte Prüfung hat {name} eine Woche Screenshots gekostet",
		"Löschfristen setzen wir von Hand um, wenn überhaupt",
	},
	"data_quality": {
		"Die Hälfte unserer Kunden gibt es doppelt",
		"Keiner weiß, welche Telefonnummer aktuell ist",
		"Die Daten aus dem alten CRM kamen chaotisch rüber",
		"Der Vertrieb führt eigene Listen, weil er dem System nicht traut",
		"Bei jedem Mailing kommt jede zehnte E-Mail zurück",
	},
}

// painFallback words a pain of a category this file has no phrases for;
// {label} is the category's label.
const painFallback = "We keep running into {label} problems"
