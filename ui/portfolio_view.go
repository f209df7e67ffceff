package ui

import (
	"fmt"
	"strings"
	"time"

	"talktrack/model"
)

// column widths of the portfolio table that do not stretch.
type columns struct {
	short                                               bool
	name, stage, renewal, arr, pains, health, top, last int
}

// tableColumns fits the table into w columns: narrow terminals get short
// stage labels and dates; the name and the top suggestion share the rest.
func tableColumns(w int) columns {
	c := columns{short: w < 110, arr: 7, pains: 5, health: 6}
	if c.short {
		c.stage, c.renewal, c.last = 8, 9, 9
	} else {
		c.stage, c.renewal, c.last = 14, 11, 9
	}
	// Two marker columns, then eight columns with a space before each but the first.
	flex := w - 4 - c.stage - c.renewal - c.arr - c.pains - c.health - c.last - 7
	flex = max(flex, 16)
	c.name = flex * 56 / 100
	c.top = flex - c.name
	return c
}

func (p *portfolio) titleInfo() string {
	if !p.win.loaded {
		return ""
	}
	whose := ""
	if o := p.ownerFilter(); o != "" {
		whose = " of " + o
	}
	if p.filter.Value() != "" || p.stage != "" {
		return plural(p.win.total, "matching account") + whose
	}
	return plural(p.win.total, "account") + whose
}

func (p *portfolio) view(w, h int) []string {
	lines := []string{p.filterLine(w), p.stageLine(w)}
	cols := tableColumns(w)
	lines = append(lines, p.headerLine(cols))
	switch {
	case !p.win.loaded:
		lines = append(lines, p.c.styles.Muted.Render("  Loading accounts…"))
	case p.win.total == 0:
		lines = append(lines, p.c.styles.Muted.Render("  "+p.emptyText()))
	default:
		now := p.c.now()
		for i := p.top; i < min(p.top+p.pageSize(), p.win.total); i++ {
			lines = append(lines, p.rowLine(i, cols, now))
		}
	}
	return fit(lines, h)
}

func (p *portfolio) emptyText() string {
	// While typing, the first esc leaves the filter and the second clears it.
	clear := "esc clears the filter"
	if p.filtering {
		clear = "esc twice clears the filter"
	}
	switch f := p.filter.Value(); {
	case f != "" && p.stage != "":
		return fmt.Sprintf("No %s account matches %q. %s, 0 shows all stages.", p.stage.Label(), f, clear)
	case f != "":
		return fmt.Sprintf("No account matches %q. %s.", f, clear)
	case p.stage != "":
		return fmt.Sprintf("No account is in stage %s. 0 shows all stages.", p.stage.Label())
	}
	return "No accounts yet. Import some with talktrack import."
}

// filterLine shows the filter input and, on the right, the sort order.
func (p *portfolio) filterLine(w int) string {
	s := p.c.styles
	arrow := "↑"
	if p.desc {
		arrow = "↓"
	}
	sortInfo := s.Muted.Render("sort: ") + s.Bold.Render(p.sortLabel()+" "+arrow)
	var left string
	switch {
	case p.filtering:
		left = p.filter.View()
	case p.filter.Value() != "":
		left = s.Muted.Render("/ ") + p.filter.Value()
	default:
		left = s.Muted.Render("/ to filter by name")
	}
	return spread(left, sortInfo, w)
}

// stageLine lists the stage filters with their keys; the active one is
// bracketed so it shows without colour too.
func (p *portfolio) stageLine(w int) string {
	short := w < 100
	parts := []string{p.stageTab("0 All", p.stage == "")}
	for i, st := range model.Stages {
		parts = append(parts, p.stageTab(fmt.Sprintf("%d %s", i+1, stageLabel(st, short)), p.stage == st))
	}
	line := strings.Join(parts, "")
	if !short {
		line = p.c.styles.Muted.Render("stage ") + line
	}
	return truncate(line, w)
}

// stageTab is one stage filter; brackets take the place of the padding
// on the active one so the line does not shift.
func (p *portfolio) stageTab(label string, active bool) string {
	if active {
		return p.c.styles.Selected.Render("[" + label + "]")
	}
	return p.c.styles.Muted.Render(" " + label + " ")
}

func (p *portfolio) headerLine(c columns) string {
	s := p.c.styles
	head := func(label string, w int, sort model.PortfolioSort, right bool) string {
		cell := pad(label, w)
		if right {
			cell = padLeft(label, w)
		}
		if sort == p.sort {
			return s.SortColumn.Render(cell)
		}
		return s.TableHeader.Render(cell)
	}
	cells := []string{
		"    " + head("Account", c.name, model.SortName, false),
		head("Stage", c.stage, model.SortStage, false),
		head("Renewal", c.renewal, model.SortRenewal, false),
		head("ARR", c.arr, model.SortARR, true),
		head("Pains", c.pains, model.SortOpenPains, true),
		head("Health", c.health, model.SortHealth, true),
		head("Top suggestion", c.top, "", false),
		head("Last call", c.last, model.SortLastContact, false),
	}
	return strings.Join(cells, " ")
}

// rowLine draws one account; the highlighted one gets a › marker and
// reverse video, an unsaved call draft a ✎.
func (p *portfolio) rowLine(i int, c columns, now time.Time) string {
	s := p.c.styles
	r, ok := p.row(i)
	if !ok {
		// Not loaded yet: the window for it is on its way.
		return s.Muted.Render("    …")
	}
	selected := i == p.cursor
	marker, draft := "  ", "  "
	if selected {
		marker = "› "
	}
	if r.HasDraft {
		draft = "✎ "
	}
	renewal := day(r.RenewalDate)
	if c.short {
		renewal = shortDay(r.RenewalDate)
	}
	top := "—"
	if r.TopSuggestion != "" {
		top = kindGlyph(r.TopKind) + " " + r.TopSuggestion
	}
	pains := "0"
	if r.OpenPains > 0 {
		pains = fmt.Sprint(r.OpenPains)
	}
	cells := []string{
		pad(r.Name, c.name),
		pad(stageLabel(r.Stage, c.short), c.stage),
		pad(renewal, c.renewal),
		padLeft(compactMoneyIn(r.Currency, r.ARR), c.arr),
		padLeft(pains, c.pains),
		padLeft(healthCell(r.Health), c.health),
		pad(top, c.top),
		pad(ago(now, r.LastContact), c.last),
	}
	line := strings.Join(cells, " ")
	if selected {
		return s.Selected.Render(marker) + s.Draft.Reverse(true).Render(draft) + s.Selected.Render(line)
	}
	return marker + s.Draft.Render(draft) + line
}

// healthCell is a health score for the table: "—" until computed.
func healthCell(score int) string {
	if score < 0 {
		return "—"
	}
	return fmt.Sprint(score)
}
