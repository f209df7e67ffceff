package demo

// callWords are the sentences call notes are put together from, in one
// language. Sentences by stage are indexed like model.Stages. Slots:
// {contact} the first name of the person spoken to, {product} a product
// name, {pain} a pain in the customer's words, {date} a follow-up date,
// {industry} the account's industry.
type callWords struct {
	openers [6][]string
	bodies  [6][]string
	// painRaised quotes an open pain the customer brought up again.
	painRaised []string
	// offers by response, in model.Responses order.
	offers   [4][]string
	followUp []string
	// retry is the follow-up line after a call that reached nobody.
	retry []string
	recap []string
	// unreached notes by outcome, in model.Outcomes order (index 0,
	// connected, is unused).
	unreached [6][]string
	// dateLayout writes {date}.
	dateLayout string
	// sep goes between sentences: a space, or nothing in Japanese.
	sep string
}

var callWordsEN = callWords{
	openers: [6][]string{
		{"Kickoff call with {contact}.", "Weekly rollout check-in with {contact}.", "Go-live planning with {contact}."},
		{"Adoption check-in with {contact}.", "Usage review with {contact}.", "Call with {contact} about how the team is getting on."},
		{"Quarterly business review with {contact}.", "Check-in with {contact}.", "Call with {contact} ahead of their planning season."},
		{"Catch-up with {contact}.", "QBR with {contact}, very positive.", "{contact} called to share their results."},
		{"Escalation call with {contact}.", "Difficult call with {contact}.", "Call with {contact} about the open issues."},
		{"Exit call with {contact}.", "Call with {contact} after the cancellation notice."},
	},
	bodies: [6][]string{
		{"Data import is done; training for the team is booked.", "Go-live slipped a week because the ERP export isn't ready.", "Admins are set up; next step is the first dashboard.", "Agreed on success: everyone logging calls in the system by the end of the month."},
		{"Usage is growing, but a few people still work in spreadsheets.", "The team likes the new queues; reporting is still done by hand.", "About half the seats are active daily.", "They want a refresher session for new hires."},
		{"They closed the books two days faster this quarter.", "First-response time is down from a day to a few hours.", "Happy with the rollout; they plan to grow the team next year.", "Pipeline reviews now run straight from the dashboards.", "Renewal looks safe; next year's budget is being set now."},
		{"Offered to be a reference for other {industry} companies.", "Happy to do a case study with our marketing team.", "Introduced us to their sister company.", "Will present their results at our user group."},
		{"Frustrated with slow answers from support; escalated internally.", "Usage dropped since their champion left.", "They are looking at a cheaper competitor.", "Promised a fix plan by Friday.", "A budget review could cut the contract."},
		{"Moving to a cheaper tool after budget cuts.", "Left because the ERP integration never worked for them.", "Acquired by a group that standardises on another vendor.", "Open to talking again next year."},
	},
	painRaised: []string{`Raised again: "{pain}".`, `Still hurting: "{pain}".`, `Quote: "{pain}".`},
	offers: [4][]string{
		{"Agreed to {product}; sending the order form.", "Said yes to {product}, starting next month."},
		{"Interested in {product}; sending a proposal.", "Asked for pricing on {product}."},
		{"{product}: not now, maybe after the budget round.", "Parked {product} until next quarter."},
		{"Declined {product}: no need at the moment.", "No to {product}; they are happy as they are."},
	},
	followUp: []string{"Follow up on {date}.", "Next call booked for {date}."},
	retry:    []string{"Try again on {date}.", "Reminder set for {date}."},
	recap:    []string{"Sent a recap by email.", "Notes shared with the team.", ""},
	unreached: [6][]string{
		nil,
		{"Left a voicemail for {contact} about the renewal.", "Left a voicemail for {contact} about the next check-in.", "Voicemail for {contact}: asked for a call back about the open ticket."},
		{"Left a message with the front desk for {contact}.", "Message left with a colleague; {contact} is travelling this week."},
		{"No answer. Will try {contact} again next week.", "No answer; sent {contact} a short email."},
		{"Line busy; emailed {contact} instead.", "Busy. Will try {contact} again tomorrow."},
		{"The number on file reaches someone else; asked the front desk for {contact}'s direct line."},
	},
	dateLayout: "2 Jan 2006",
	sep:        " ",
}

var callWordsDE = callWords{
	openers: [6][]string{
		{"Kickoff mit {contact}.", "Wöchentlicher Abgleich zur Einführung mit {contact}.", "Go-live-Planung mit {contact}."},
		{"Nutzungs-Check-in mit {contact}.", "Telefonat mit {contact}, wie das Team zurechtkommt."},
		{"Quartalsgespräch mit {contact}.", "Check-in mit {contact}.", "Telefonat mit {contact} vor der Jahresplanung."},
		{"Austausch mit {contact}.", "Quartalsgespräch mit {contact}, sehr positiv.", "{contact} hat angerufen, um Ergebnisse zu teilen."},
		{"Eskalationsgespräch mit {contact}.", "Schwieriges Gespräch mit {contact}.", "Telefonat mit {contact} zu den offenen Punkten."},
		{"Abschlussgespräch mit {contact}.", "Telefonat mit {contact} nach der Kündigung."},
	},
	bodies: [6][]string{
		{"Datenimport ist fertig, Schulung für das Team ist gebucht.", "Go-live verschiebt sich um eine Woche, der ERP-Export ist nicht fertig.", "Admins sind eingerichtet; als Nächstes kommt das erste Dashboard."},
		{"Die Nutzung steigt, einige arbeiten aber noch mit Excel.", "Das Team mag die neuen Queues; Berichte entstehen noch von Hand.", "Etwa die Hälfte der Lizenzen ist täglich aktiv."},
		{"Der Monatsabschluss ging dieses Quartal zwei Tage schneller.", "Die erste Antwortzeit ist von einem Tag auf wenige Stunden gesunken.", "Zufrieden mit der Einführung; das Team soll nächstes Jahr wachsen.", "Verlängerung sieht gut aus; das Budget wird gerade geplant."},
		{"Bietet sich als Referenz für andere Kunden aus der Branche an.", "Gerne bereit für eine Fallstudie mit unserem Marketing.", "Hat uns an ihre Schwesterfirma empfohlen."},
		{"Unzufrieden mit langsamen Antworten vom Support; intern eskaliert.", "Die Nutzung ist gesunken, seit der interne Fürsprecher weg ist.", "Sie schauen sich einen günstigeren Wettbewerber an.", "Maßnahmenplan bis Freitag zugesagt."},
		{"Wechsel zu einem günstigeren Tool nach Budgetkürzungen.", "Gekündigt, weil die ERP-Anbindung nie funktioniert hat.", "Offen für ein Gespräch im nächsten Jahr."},
	},
	painRaised: []string{"Erneut angesprochen: „{pain}“.", "Weiterhin ein Thema: „{pain}“."},
	offers: [4][]string{
		{"{product} zugesagt; Bestellformular geht raus.", "Ja zu {product}, Start nächsten Monat."},
		{"Interesse an {product}; Angebot folgt.", "Möchte Preise für {product}."},
		{"{product}: jetzt nicht, eventuell nach der Budgetrunde.", "{product} auf nächstes Quartal verschoben."},
		{"{product} abgelehnt: aktuell kein Bedarf.", "Kein Interesse an {product}, sind zufrieden wie es ist."},
	},
	followUp: []string{"Wiedervorlage am {date}.", "Nächster Termin am {date}."},
	retry:    []string{"Erneut versuchen am {date}.", "Wiedervorlage am {date}."},
	recap:    []string{"Zusammenfassung per E-Mail geschickt.", ""},
	unreached: [6][]string{
		nil,
		{"Nachricht auf der Mailbox von {contact} zur Verlängerung.", "Mailbox von {contact}, um Rückruf gebeten."},
		{"Nachricht für {contact} am Empfang hinterlassen."},
		{"Nicht erreicht. Nächste Woche erneut bei {contact} versuchen.", "Nicht erreicht; {contact} kurz per E-Mail angeschrieben."},
		{"Besetzt; {contact} stattdessen gemailt.", "Besetzt. Morgen erneut versuchen."},
		{"Die hinterlegte Nummer ist falsch; Durchwahl von {contact} am Empfang erfragt."},
	},
	dateLayout: "02.01.2006",
	sep:        " ",
}
