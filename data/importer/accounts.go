package importer

import (
	"context"
	"database/sql"
	"fmt"
	"golang.org/x/text/currency"
	"slices"
	"strings"

	"talktrack/model"
)

// Account fields.
const (
	acID = iota
	acName
	acIndustry
	acEmployees
	acSizeBand
	acRegion
	acCountry
	acLocale
	acARR
	acOwner
	acRenewal
	acStage
	acStageSince
	acCurrency
)

var accountsSchema = &schema{kind: KindAccounts, fields: []field{
	acID:         {"id", []string{"recordid", "id", "accountid", "customerid", "companyid", "hsobjectid"}},
	acName:       {"name", []string{"accountname", "name", "account", "companyname", "company", "customername", "customer", "organizationname", "organization", "organisationname", "organisation", "businessname"}},
	acIndustry:   {"industry", []string{"industry", "sector", "vertical", "industrysector"}},
	acEmployees:  {"employees", []string{"employees", "numberofemployees", "employeecount", "noofemployees", "headcount", "staff"}},
	acSizeBand:   {"size_band", []string{"sizeband", "companysize", "size"}},
	acRegion:     {"region", []string{"region", "salesregion", "territory", "officelocation", "location", "headquarters", "hq"}},
	acCountry:    {"country", []string{"country", "billingcountry", "countryregion", "shippingcountry", "hqcountry"}},
	acLocale:     {"locale", []string{"locale", "language", "preferredlanguage", "languagecode", "languagelocalekey"}},
	acARR:        {"arr", []string{"arr", "arrc", "annualrecurringrevenue", "acv", "annualcontractvalue"}},
	acOwner:      {"owner", []string{"owner", "accountowner", "companyowner", "ownername", "accountmanager", "salesrep", "rep", "csm", "salesagent"}},
	acRenewal:    {"renewal_date", []string{"renewaldate", "renewal", "nextrenewal", "renewalon", "contractenddate", "contractend"}},
	acStage:      {"stage", []string{"stage", "journeystage", "customerstage"}},
	acStageSince: {"stage_since", []string{"stagesince", "instagesince", "stagedate"}},
	acCurrency:   {"currency", []string{"currencyisocode", "currency", "currencycode", "accountcurrency", "billingcurrency"}},
}}

// accountRow is one parsed row; set has a bit per field the row gives.
// An empty cell never erases what is stored.
type accountRow struct {
	line                                         int
	set                                          uint32
	id, name, industry, sizeBand, region, locale string
	owner, renewal, stageSince, currency         string
	// country is the country the row names, for inferring the locale.
	country   string
	employees int
	arr       float64
	stage     model.Stage
}

func (a *accountRow) has(fi int) bool { return a.set&(1<<fi) != 0 }

// accountRec is an account as stored.
type accountRec struct {
	id, name, industry, sizeBand, region, locale string
	owner, renewal, stage, stageSince, currency  string
	employees                                    int
	arr                                          float64
	inferred, localeInferred                     bool
}

type accountsImport struct {
	rows []*accountRow
	seen map[string]*accountRow

	created, updated []*accountRec
	moved            []movedAccount // to another segment
	before           int            // accounts stored before the import

	stored map[string]*accountRec // by id, as preloaded
	names  *refIndex              // their names, as preloaded
	// idNames is set when the file has no name column: a new account is
	// named by its id (order exports often carry a customer id alone).
	idNames bool
	// revenueColumn is the ignored column that holds the company's own
	// revenue, named in a note, when no column gives the ARR.
	revenueColumn string
}

func (ai *accountsImport) schema() *schema { return accountsSchema }

func (ai *accountsImport) check(file string, b *binding) error {
	ai.idNames = !b.has(acName)
	if !b.has(acARR) {
		ai.revenueColumn = companyRevenueColumn(b)
	}
	return b.require(file, "the account name", acName, acID)
}

func (ai *accountsImport) parse(r *row, sum *Summary) {
	a := &accountRow{line: r.line, id: r.id(acID), name: r.text(acName)}
	if a.id == "" && a.name == "" {
		sum.skip("no account name", r.line)
		return
	}
	if a.name != "" {
		a.set |= 1 << acName
	}
	if v := r.text(acIndustry); v != "" {
		a.industry, a.set = strings.ToLower(v), a.set|1<<acIndustry
	}
	if v := r.text(acOwner); v != "" {
		a.owner, a.set = v, a.set|1<<acOwner
	}
	if n, ok := r.whole(acEmployees, 0); ok {
		a.employees, a.set = n, a.set|1<<acEmployees
	}
	if v, c := r.cell(acSizeBand); v != "" {
		if band, ok := parseSizeBand(v); ok {
			a.sizeBand, a.set = band, a.set|1<<acSizeBand
		} else {
			r.fail(c, v, "is not a size band: use one of "+strings.Join(model.SizeBands, ", ")+", or give employees")
		}
	} else if a.has(acEmployees) {
		a.sizeBand, a.set = model.SizeBandFor(a.employees), a.set|1<<acSizeBand
	}
	// A region and a country together read "WA, USA"; either alone is
	// kept, and a region that is the country is said once ("Japan").
	region, country := r.text(acRegion), r.text(acCountry)
	if k := model.NameKey(country); k != "" && strings.HasSuffix(model.NameKey(region), k) {
		country = "" // "Munich, Germany" with Germany, or Japan with Japan
	}
	if reg := joinNonEmpty(", ", region, country); reg != "" {
		a.region, a.set = reg, a.set|1<<acRegion
	}
	a.country = r.text(acCountry)
	if a.country == "" {
		a.country = lastPart(a.region)
	}
	if v, c := r.cell(acCurrency); v != "" {
		if code := model.CurrencyCode(v); code != "" && isoCurrency(code) {
			a.currency, a.set = code, a.set|1<<acCurrency
		} else {
			r.fail(c, v, "is not a currency code such as EUR, USD or JPY")
		}
	}
	if v, c := r.cell(acLocale); v != "" {
		if loc, ok := parseLocale(v); ok {
			a.locale, a.set = loc, a.set|1<<acLocale
		} else {
			r.fail(c, v, "is not a language code such as en or de")
		}
	}
	if v, ok := r.number(acARR); ok && v < 0 {
		s, c := r.cell(acARR)
		r.fail(c, s, "is below zero: the ARR is what they pay you a year")
	} else if ok {
		a.arr, a.set = v, a.set|1<<acARR
	}
	if r.date(acRenewal, &a.renewal) {
		a.set |= 1 << acRenewal
	}
	if v, c := r.cell(acStage); v != "" {
		if st, ok := parseStageLoose(v); ok {
			a.stage, a.set = st, a.set|1<<acStage
		} else {
			r.fail(c, v, "is not a journey stage: use one of onboarding, adoption, value_realized, advocate, at_risk, churned")
		}
	}
	if r.date(acStageSince, &a.stageSince) {
		a.set |= 1 << acStageSince
	}
	if r.bad {
		return
	}
	key, what := "id\x00"+a.id, "account id "+a.id
	if a.id == "" {
		key, what = "name\x00"+nameKeyOrText(a.name), "account "+a.name
	}
	if ai.seen == nil {
		ai.seen = map[string]*accountRow{}
	}
	if prev, ok := ai.seen[key]; ok {
		if sameAccountRow(prev, a) {
			sum.skip("repeats an earlier row", r.line)
		} else {
			r.failRow(fmt.Sprintf("repeats %s of line %d with different data: keep one row per account", what, prev.line))
		}
		return
	}
	ai.seen[key] = a
	ai.rows = append(ai.rows, a)
}

func sameAccountRow(x, y *accountRow) bool {
	a, b := *x, *y
	a.line, b.line = 0, 0
	return a == b
}

// preload reads the stored accounts the file is compared with.
func (ai *accountsImport) preload(ctx context.Context, tx *sql.Tx) (err error) {
	ai.stored, ai.names, err = loadAccounts(ctx, tx)
	return err
}

func (ai *accountsImport) plan(ctx context.Context, tx *sql.Tx, e *env) error {
	stored, ix := ai.stored, ai.names
	claims := newRowClaims(ix, "account", func(id string) bool { return stored[id] != nil })
	type change struct{ rec, old *accountRec }
	var changes []change
	var toInfer []*accountRec
	inferredLocales := 0
	today := day(e.now)
	if ai.revenueColumn != "" {
		e.sum.note("%s is the company's own revenue, not what they pay you: left out, so no ARR is set; if it is what they pay you a year, import again with --map %q=arr", ai.revenueColumn, ai.revenueColumn)
	}
	namedByID := 0
	for _, a := range ai.rows {
		if ai.idNames && a.id != "" && stored[a.id] == nil {
			a.name, a.set = a.id, a.set|1<<acName
			namedByID++
		}
		id, ok := claims.claim(e, a.line, a.id, a.name)
		if !ok {
			continue
		}
		old := stored[id]
		rec := &accountRec{id: id, locale: "en", stage: string(model.StageOnboarding), inferred: true}
		if old != nil {
			*rec = *old
		} else {
			claims.fresh[id] = true
		}
		a.applyTo(rec, old == nil, today)
		if rec.localeInferred && !a.has(acLocale) && a.country != "" {
			inferredLocales++
		}
		if rec.inferred {
			toInfer = append(toInfer, rec)
		}
		changes = append(changes, change{rec, old})
	}
	if len(toInfer) > 0 {
		// Accounts without a stage from a file get one from their data.
		ev := newEvidence()
		if err := loadPurchaseEvidence(ctx, tx, ev, nil); err != nil {
			return err
		}
		if err := loadHoldingEvidence(ctx, tx, ev, nil); err != nil {
			return err
		}
		asOf := ev.asOf(e.now)
		for _, rec := range toInfer {
			st, since := inferStage(ev.accounts[rec.id], asOf)
			rec.stage, rec.stageSince = string(st), since
		}
		if ev.newest == "" {
			e.sum.note("no stage given for %s %s, and no purchases or holdings yet: they start as onboarding, and their stages are inferred from purchases and holdings when those are imported (rules: talktrack import --help)",
				thousands(len(toInfer)), plural(len(toInfer), "account", "accounts"))
		} else {
			e.sum.note("no stage given for %s %s: journey stages inferred from purchases and holdings as of %s, and inferred again after each import of them (rules: talktrack import --help)",
				thousands(len(toInfer)), plural(len(toInfer), "account", "accounts"), day(asOf))
		}
	}
	if namedByID > 0 {
		e.sum.note("no name column: %s new %s named by %s id; import a file with names to rename them",
			thousands(namedByID), plural(namedByID, "account is", "accounts are"), plural(namedByID, "its", "their"))
	}
	if inferredLocales > 0 {
		e.sum.note("no language given for %s %s: inferred from the country (Germany, Austria: de; Switzerland: de-CH, Swiss money format; Japan: ja; Russia: ru; Estonia: et; elsewhere: en) and shown as inferred",
			thousands(inferredLocales), plural(inferredLocales, "account", "accounts"))
	}
	count := e.sum.count("accounts")
	ai.before = len(stored)
	for _, c := range changes {
		switch {
		case c.old == nil:
			count.Created++
			ai.created = append(ai.created, c.rec)
		case *c.rec != *c.old:
			count.Updated++
			ai.updated = append(ai.updated, c.rec)
			if from, to := c.old.segment(), c.rec.segment(); from != to {
				ai.moved = append(ai.moved, movedAccount{c.rec.id, from, to})
			}
		default:
			count.Unchanged++
		}
	}
	return nil
}

// applyTo copies the row's fields onto rec. A stage given by the file is
// kept as given, no longer inferred; when it changes and the file gives no
// start date, it starts today.
func (a *accountRow) applyTo(rec *accountRec, isNew bool, today string) {
	keep(a.has(acName), &rec.name, a.name)
	keep(a.has(acIndustry), &rec.industry, a.industry)
	keep(a.has(acSizeBand), &rec.sizeBand, a.sizeBand)
	keep(a.has(acRegion), &rec.region, a.region)
	keep(a.has(acCurrency), &rec.currency, a.currency)
	switch {
	case a.has(acLocale):
		rec.locale, rec.localeInferred = a.locale, false
	case isNew || rec.localeInferred:
		// No language given: the country says which, and the account
		// shows it as inferred until a file names one.
		if loc, ok := localeForCountry(a.country); ok {
			rec.locale, rec.localeInferred = loc, true
		} else if isNew {
			rec.locale, rec.localeInferred = "en", a.country != ""
		}
	}
	keep(a.has(acOwner), &rec.owner, a.owner)
	keep(a.has(acRenewal), &rec.renewal, a.renewal)
	keep(a.has(acEmployees), &rec.employees, a.employees)
	keep(a.has(acARR), &rec.arr, a.arr)
	if a.has(acStage) {
		switch {
		case isNew:
			rec.stageSince = ""
		case rec.stage != string(a.stage):
			rec.stageSince = today
		}
		rec.stage, rec.inferred = string(a.stage), false
	}
	keep(a.has(acStageSince), &rec.stageSince, a.stageSince)
}

func (ai *accountsImport) apply(ctx context.Context, tx *sql.Tx, e *env) error {
	err := withoutIndexes(ctx, tx, "accounts", len(ai.created), func() error {
		ins, err := newBulkInsert(ctx, tx, "accounts", "id", "name", "name_key", "industry", "size_band", "employees",
			"region", "locale", "arr", "owner", "renewal_date", "stage", "stage_since", "stage_inferred", "currency", "locale_inferred")
		if err != nil {
			return err
		}
		for _, r := range ai.created {
			if err := ins.add(r.id, r.name, model.NameKey(r.name), r.industry, r.sizeBand, r.employees,
				r.region, r.locale, r.arr, r.owner, r.renewal, r.stage, r.stageSince, r.inferred, r.currency, r.localeInferred); err != nil {
				ins.flush()
				return fmt.Errorf("store accounts: %w", err)
			}
		}
		if err := ins.flush(); err != nil {
			return fmt.Errorf("store accounts: %w", err)
		}
		return nil
	})
	if err != nil {
		return err
	}
	upd, err := tx.PrepareContext(ctx, `UPDATE accounts SET name = ?, name_key = ?, industry = ?, size_band = ?, employees = ?,
		region = ?, locale = ?, arr = ?, owner = ?, renewal_date = ?, stage = ?, stage_since = ?, stage_inferred = ?,
		currency = ?, locale_inferred = ? WHERE id = ?`)
	if err != nil {
		return fmt.Errorf("prepare account update: %w", err)
	}
	defer upd.Close()
	for _, r := range ai.updated {
		if _, err := upd.ExecContext(ctx, r.name, model.NameKey(r.name), r.industry, r.sizeBand, r.employees,
			r.region, r.locale, r.arr, r.owner, r.renewal, r.stage, r.stageSince, r.inferred, r.currency, r.localeInferred, r.id); err != nil {
			return fmt.Errorf("store account %s: %w", r.id, err)
		}
	}
	return updatePeersForAccounts(ctx, tx, ai.created, ai.moved, ai.before)
}

// loadAccounts reads every stored account and an index of their names.
func loadAccounts(ctx context.Context, tx *sql.Tx) (map[string]*accountRec, *refIndex, error) {
	rows, err := tx.QueryContext(ctx, `SELECT id, name, industry, size_band, employees, region, locale, arr, owner,
		renewal_date, stage, stage_since, stage_inferred, currency, locale_inferred FROM accounts`)
	if err != nil {
		return nil, nil, fmt.Errorf("read accounts: %w", err)
	}
	defer rows.Close()
	stored := map[string]*accountRec{}
	ix := newRefIndex("account")
	for rows.Next() {
		r := &accountRec{}
		if err := rows.Scan(&r.id, &r.name, &r.industry, &r.sizeBand, &r.employees, &r.region, &r.locale, &r.arr, &r.owner,
			&r.renewal, &r.stage, &r.stageSince, &r.inferred, &r.currency, &r.localeInferred); err != nil {
			return nil, nil, fmt.Errorf("read accounts: %w", err)
		}
		stored[r.id] = r
		ix.add(r.id, r.name)
	}
	return stored, ix, rows.Err()
}

// companyRevenueColumn is the ignored column of b whose header names a
// company's annual revenue (Salesforce's and HubSpot's "Annual Revenue",
// a plain "revenue"): what the customer earns, not what it pays, so never
// read as the ARR unless the user maps it.
func companyRevenueColumn(b *binding) string {
	for i, h := range b.header {
		switch normalizeHeader(h) {
		case "annualrevenue", "revenue", "companyrevenue", "totalrevenue":
			if d := displayHeader(h, i); slices.Contains(b.ignored, d) {
				return d
			}
		}
	}
	return ""
}

// isoCurrency reports whether code is an ISO 4217 currency: "XYZ" is
// three letters, but no money an account pays in.
func isoCurrency(code string) bool {
	_, err := currency.ParseISO(code)
	return err == nil
}
