package importer

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strings"

	"talktrack/model"
)

// Pain point fields.
const (
	paAccountID = iota
	paAccount
	paCategory
	paTitle
	paSeverity
	paStatus
	paDate
)

var painsSchema = &schema{kind: KindPains, fields: []field{
	paAccountID: {"account_id", accountIDAliases},
	paAccount:   {"account", accountNameAliases},
	paCategory:  {"category", []string{"category", "paincategory", "type", "topic", "area"}},
	paTitle:     {"title", []string{"title", "pain", "painpoint", "description", "summary", "subject", "issue", "problem", "quote", "verbatim"}},
	paSeverity:  {"severity", []string{"severity", "priority", "impact", "urgency"}},
	paStatus:    {"status", []string{"status", "state"}},
	paDate:      {"date", []string{"date", "notedat", "noted", "createddate", "createdate", "opened", "openeddate", "dateopened", "reportedat", "reported"}},
}}

// painRow is one parsed row.
type painRow struct {
	line               int
	accountID, account string
	category, title    string
	severity           int // 0 when not given
	status             model.PainStatus
	date               string
}

// painRec is a pain point as stored.
type painRec struct {
	id                       int64
	account, category, title string
	severity                 int
	status                   string
	notedAt                  string
}

type painsImport struct {
	rows []*painRow
	seen map[string]*painRow

	created, updated []*painRec
}

func (pi *painsImport) schema() *schema { return painsSchema }

func (pi *painsImport) check(file string, b *binding) error {
	if err := b.require(file, "the account", paAccountID, paAccount); err != nil {
		return err
	}
	return b.require(file, "the pain's title", paTitle)
}

func (pi *painsImport) parse(r *row, sum *Summary) {
	p := &painRow{line: r.line, accountID: r.text(paAccountID), account: r.text(paAccount), title: r.text(paTitle)}
	if p.title == "" {
		sum.skip("no title", r.line)
		return
	}
	p.category = painCategoryKey(r.text(paCategory))
	if v, c := r.cell(paSeverity); v != "" {
		if sev, ok := parseSeverity(v); ok {
			p.severity = sev
		} else {
			r.fail(c, v, "is not a severity: use 1-3 or low, medium, high")
		}
	}
	if v, c := r.cell(paStatus); v != "" {
		if st, ok := parsePainStatus(v); ok {
			p.status = st
		} else {
			r.fail(c, v, "is not a status: use open or resolved")
		}
	}
	r.date(paDate, &p.date)
	if r.bad {
		return
	}
	key := p.accountID + "\x00" + model.NameKey(p.account) + "\x00" + model.NameKey(p.title)
	if pi.seen == nil {
		pi.seen = map[string]*painRow{}
	}
	if prev, ok := pi.seen[key]; ok {
		a, b := *prev, *p
		a.line, b.line = 0, 0
		if a == b {
			sum.skip("repeats an earlier row", r.line)
		} else {
			r.failRow(fmt.Sprintf("repeats the pain of line %d with different data: keep one row per account and pain", prev.line))
		}
		return
	}
	pi.seen[key] = p
	pi.rows = append(pi.rows, p)
}

// parseSeverity reads 1-3 or a word for it.
func parseSeverity(s string) (int, bool) {
	switch model.NameKey(s) {
	case "1", "low", "minor", "trivial", "small",
		"niedrig", "gering", "низкая", "низкий", "低", "madal":
		return 1, true
	case "2", "medium", "normal", "moderate", "mid", "average",
		"mittel", "средняя", "средний", "中", "keskmine":
		return 2, true
	case "3", "high", "major", "critical", "blocking", "blocker", "urgent", "severe",
		"hoch", "kritisch", "dringend", "высокая", "высокий", "критическая", "критичная", "高", "緊急", "korge", "kriitiline":
		return 3, true
	}
	return 0, false
}

// parsePainStatus reads open or resolved as ticket systems write them, in
// the languages talktrack speaks too („offen“, «решена», 対応中, „lahendatud“).
func parsePainStatus(s string) (model.PainStatus, bool) {
	switch model.NameKey(s) {
	case "open", "new", "active", "inprogress", "pending", "ongoing", "unresolved", "reopened",
		"offen", "neu", "inbearbeitung", "ungelost",
		"открыт", "открыта", "открыто", "новый", "новая", "вработе", "нерешена", "нерешен",
		"未解決", "対応中", "未対応", "新規",
		"avatud", "uus", "toos", "lahendamata":
		return model.PainOpen, true
	case "resolved", "closed", "done", "fixed", "solved", "complete", "completed",
		"gelost", "erledigt", "geschlossen", "behoben",
		"решена", "решен", "решено", "решён", "закрыт", "закрыта", "закрыто", "выполнено",
		"解決済み", "解決済", "完了", "対応済み", "クローズ",
		"lahendatud", "suletud", "tehtud":
		return model.PainResolved, true
	}
	return "", false
}

func (pi *painsImport) plan(ctx context.Context, tx *sql.Tx, e *env) error {
	accounts, err := loadRefIndex(ctx, tx, "accounts", "account")
	if err != nil {
		return err
	}
	categories, err := loadPainCategories(ctx, tx)
	if err != nil {
		return err
	}
	stored, err := loadPains(ctx, tx)
	if err != nil {
		return err
	}
	unknown := map[string]int{}
	claimed := map[string]int{}
	count := e.sum.count("pains")
	for _, p := range pi.rows {
		acc, why, amb := accounts.resolve(p.accountID, p.account)
		if reportRef(e, p.line, why, amb, "account", p.accountID, p.account) {
			continue
		}
		// A pain is recognised by its account and its words: the schema
		// keeps no source id for pains.
		key := acc + "\x00" + model.NameKey(p.title)
		if line, ok := claimed[key]; ok {
			e.p.add(p.line, "", p.title, fmt.Sprintf("is the same pain as line %d: keep one row per account and pain", line))
			continue
		}
		claimed[key] = p.line
		old := stored[key]
		rec := &painRec{account: acc, title: p.title, category: "other", severity: 2, status: string(model.PainOpen)}
		if old != nil {
			*rec = *old
		}
		if p.category != "" {
			cat, ok := categories[p.category]
			if !ok {
				cat = p.category
				unknown[cat]++
			}
			rec.category = cat
		}
		rec.title = p.title
		if p.severity > 0 {
			rec.severity = p.severity
		}
		if p.status != "" {
			rec.status = string(p.status)
		}
		if p.date != "" {
			rec.notedAt = p.date
		}
		switch {
		case old == nil:
			count.Created++
			pi.created = append(pi.created, rec)
		case *rec != *old:
			count.Updated++
			pi.updated = append(pi.updated, rec)
		default:
			count.Unchanged++
		}
	}
	if len(unknown) > 0 {
		e.sum.note("categories not in the playbook, kept as written (no product will be matched to them; a pain in them that speaks of price, \"too expensive\", counts as a cost pain and holds back expansion): %s",
			strings.Join(slices.Sorted(maps.Keys(unknown)), ", "))
	}
	return nil
}

func (pi *painsImport) apply(ctx context.Context, tx *sql.Tx, e *env) error {
	ins, err := tx.PrepareContext(ctx, `INSERT INTO pain_points (account_id, category, title, severity, status, noted_at) VALUES (?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return fmt.Errorf("prepare pain insert: %w", err)
	}
	defer ins.Close()
	for _, p := range pi.created {
		if _, err := ins.ExecContext(ctx, p.account, p.category, p.title, p.severity, p.status, p.notedAt); err != nil {
			return fmt.Errorf("store a pain of %s: %w", p.account, err)
		}
	}
	upd, err := tx.PrepareContext(ctx, `UPDATE pain_points SET category = ?, title = ?, severity = ?, status = ?, noted_at = ? WHERE id = ?`)
	if err != nil {
		return fmt.Errorf("prepare pain update: %w", err)
	}
	defer upd.Close()
	for _, p := range pi.updated {
		if _, err := upd.ExecContext(ctx, p.category, p.title, p.severity, p.status, p.notedAt, p.id); err != nil {
			return fmt.Errorf("update pain %d: %w", p.id, err)
		}
	}
	return nil
}

// loadPains reads every stored pain point by account and title key.
func loadPains(ctx context.Context, tx *sql.Tx) (map[string]*painRec, error) {
	rows, err := tx.QueryContext(ctx, `SELECT id, account_id, category, title, severity, status, noted_at FROM pain_points ORDER BY id`)
	if err != nil {
		return nil, fmt.Errorf("read pains: %w", err)
	}
	defer rows.Close()
	out := map[string]*painRec{}
	for rows.Next() {
		p := &painRec{}
		if err := rows.Scan(&p.id, &p.account, &p.category, &p.title, &p.severity, &p.status, &p.notedAt); err != nil {
			return nil, fmt.Errorf("read pains: %w", err)
		}
		key := p.account + "\x00" + model.NameKey(p.title)
		if _, dup := out[key]; !dup {
			out[key] = p
		}
	}
	return out, rows.Err()
}

// loadPainCategories maps the keys of category ids, labels (in every
// language) and aliases to category ids: a CRM's "Kosten" or "Budget" is
// the playbook's cost.
func loadPainCategories(ctx context.Context, tx *sql.Tx) (map[string]string, error) {
	rows, err := tx.QueryContext(ctx, `SELECT id, label, labels, aliases FROM pain_categories ORDER BY rowid`)
	if err != nil {
		return nil, fmt.Errorf("read pain categories: %w", err)
	}
	defer rows.Close()
	out := map[string]string{}
	for rows.Next() {
		var id, label, labels, aliases string
		if err := rows.Scan(&id, &label, &labels, &aliases); err != nil {
			return nil, fmt.Errorf("read pain categories: %w", err)
		}
		var byLang map[string]string
		var others []string
		if err := json.Unmarshal([]byte(labels), &byLang); err != nil {
			return nil, fmt.Errorf("read the labels of pain category %s: %w", id, err)
		}
		if err := json.Unmarshal([]byte(aliases), &others); err != nil {
			return nil, fmt.Errorf("read the aliases of pain category %s: %w", id, err)
		}
		for _, l := range byLang {
			others = append(others, l)
		}
		// The id and label win over another category's translation or
		// alias of the same name.
		for _, name := range others {
			if _, taken := out[painCategoryKey(name)]; !taken {
				out[painCategoryKey(name)] = id
			}
		}
		out[painCategoryKey(id)] = id
		out[painCategoryKey(label)] = id
	}
	return out, rows.Err()
}
