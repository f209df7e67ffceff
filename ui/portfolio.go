package ui

import (
	"context"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"talktrack/model"
)

// portfolio is the table of accounts. It never holds the whole book: it
// asks the store for the window of rows around what is visible and pages
// as the cursor moves, so it stays instant at 100,000 accounts.
type portfolio struct {
	c *common

	filter    textinput.Model
	filtering bool
	stage     model.Stage // "" means all stages
	sort      model.PortfolioSort
	desc      bool
	// mine shows only the configured owner's accounts.
	mine bool

	// cursor is the highlighted row and top the first visible one, both as
	// positions in the whole (filtered, sorted) list.
	cursor, top int
	win         window

	// seq numbers queries; an answer with another number is stale.
	seq int
	// inFlight is the window asked for and not yet answered.
	inFlight *model.PortfolioQuery
	// openOnLoad opens the highlighted account once the rows on their way
	// arrive: enter right after typing means the best match of that text.
	openOnLoad bool
	// filterPrepared is set once the store was asked to get ready for
	// filtering.
	filterPrepared bool

	width, height int
}

// window is the slice of the list the store last returned.
type window struct {
	offset int
	rows   []model.PortfolioRow
	total  int
	loaded bool
}

// sortOrder is the cycle of the sort key, each column with the direction
// a rep wants first: biggest ARR, most pains, longest without a call.
var sortOrder = []struct {
	sort  model.PortfolioSort
	label string
	desc  bool
}{
	{model.SortName, "name", false},
	{model.SortStage, "stage", false},
	{model.SortRenewal, "renewal", false},
	{model.SortARR, "ARR", true},
	{model.SortOpenPains, "open pains", true},
	{model.SortLastContact, "last contact", false},
	{model.SortHealth, "health", false},
}

// ownerFilter is the owner the rows are narrowed to, "" for all.
func (p *portfolio) ownerFilter() string {
	if p.mine {
		return p.c.owner
	}
	return ""
}

func newPortfolio(c *common) *portfolio {
	ti := textinput.New()
	ti.Prompt = "/ "
	ti.Placeholder = "type to filter by name"
	st := ti.Styles()
	st.Cursor.Blink = false
	st.Focused.Prompt = c.styles.Input
	st.Blurred.Prompt = c.styles.Muted
	ti.SetStyles(st)
	return &portfolio{c: c, filter: ti, sort: model.SortName}
}

// pageSize is how many rows fit: the body minus the filter, stage and
// column header lines.
func (p *portfolio) pageSize() int { return max(1, p.height-3) }

// setSize adapts to the room the root gives; a taller screen may need
// more rows from the store.
func (p *portfolio) setSize(w, h int) tea.Cmd {
	p.width, p.height = w, h
	p.filter.SetWidth(max(10, w/2))
	if !p.win.loaded {
		return nil
	}
	p.follow()
	return p.ensureWindow()
}

// query is the current filter, stage and order for the window starting
// one page above the visible rows and ending one page below.
func (p *portfolio) query() model.PortfolioQuery {
	n := p.pageSize()
	off := max(0, p.top-n)
	return model.PortfolioQuery{
		Filter: p.filter.Value(),
		Stage:  p.stage,
		Owner:  p.ownerFilter(),
		Sort:   p.sort,
		Desc:   p.desc,
		Offset: off,
		Limit:  p.top - off + 2*n,
	}
}

// firstQuery asks for the first screen of rows and one more, for a new
// filter, stage or order: half what query asks, so each keystroke in the
// filter briefs half the accounts. The rows below come as the cursor
// moves.
func (p *portfolio) firstQuery() model.PortfolioQuery {
	q := p.query()
	q.Offset, q.Limit = 0, p.pageSize()+1
	return q
}

// fetch asks for the current window; earlier questions become stale.
func (p *portfolio) fetch() tea.Cmd { return p.ask(p.query()) }

// ask sends q to the store; earlier questions become stale.
func (p *portfolio) ask(q model.PortfolioQuery) tea.Cmd {
	p.seq++
	p.inFlight = &q
	return loadPortfolio(p.c.store, p.seq, q)
}

// reload asks again for the visible window, e.g. when coming back from a
// call that changed an account's last contact or draft marker. Before
// anything is loaded that is the first screen.
func (p *portfolio) reload() tea.Cmd {
	if !p.win.loaded {
		return p.ask(p.firstQuery())
	}
	return p.fetch()
}

// restart goes back to the first row for a new filter, stage or order:
// the best match is the first row.
func (p *portfolio) restart() tea.Cmd {
	p.cursor, p.top = 0, 0
	return p.ask(p.firstQuery())
}

// ensureWindow fetches when the visible rows are not all loaded and not
// already asked for.
func (p *portfolio) ensureWindow() tea.Cmd {
	lo, hi := p.top, p.top+p.pageSize()
	if p.win.loaded {
		hi = min(hi, p.win.total)
	}
	covers := func(off, n int) bool { return lo >= off && hi <= off+n }
	if p.win.loaded && covers(p.win.offset, len(p.win.rows)) {
		return nil
	}
	if q := p.inFlight; q != nil && covers(q.Offset, q.Limit) {
		return nil
	}
	return p.fetch()
}

// loaded takes a window from the store unless a newer query was made.
func (p *portfolio) loaded(msg portfolioLoadedMsg) tea.Cmd {
	if msg.seq != p.seq {
		return nil
	}
	p.inFlight = nil
	if msg.err != nil {
		p.openOnLoad = false
		p.c.fail(msg.err)
		return nil
	}
	p.win = window{offset: msg.query.Offset, rows: msg.page.Rows, total: msg.page.Total, loaded: true}
	p.cursor = min(p.cursor, max(0, p.win.total-1))
	p.follow()
	cmd := tea.Batch(p.ensureWindow(), p.prepareFilter())
	if p.openOnLoad && p.inFlight == nil {
		p.openOnLoad = false
		return tea.Batch(cmd, p.open())
	}
	return cmd
}

// filterPreparer is a store that can get ready for filtering ahead of the
// first keystroke (the SQLite store reads every name into memory).
type filterPreparer interface {
	PrepareFilter(ctx context.Context) error
}

// prepareFilter asks the store, once, to get ready for filtering: after
// the first screen is up, so that it never delays it, and before the rep
// types. Its answer is not awaited: filtering works meanwhile, and
// without it, only slower, so a failure is not worth a message.
func (p *portfolio) prepareFilter() tea.Cmd {
	fp, ok := p.c.store.(filterPreparer)
	if !ok || p.filterPrepared {
		return nil
	}
	p.filterPrepared = true
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), storeTimeout)
		defer cancel()
		_ = fp.PrepareFilter(ctx)
		return nil
	}
}

// row returns the account at a position in the list, if it is loaded.
func (p *portfolio) row(i int) (model.PortfolioRow, bool) {
	j := i - p.win.offset
	if j < 0 || j >= len(p.win.rows) {
		return model.PortfolioRow{}, false
	}
	return p.win.rows[j], true
}

// move puts the cursor at i, scrolls to keep it visible and pages in rows.
func (p *portfolio) move(i int) tea.Cmd {
	p.cursor = max(0, min(i, p.win.total-1))
	p.follow()
	return p.ensureWindow()
}

// follow scrolls so the cursor is on screen.
func (p *portfolio) follow() {
	n := p.pageSize()
	if p.cursor < p.top {
		p.top = p.cursor
	}
	if p.cursor >= p.top+n {
		p.top = p.cursor - n + 1
	}
	p.top = max(0, min(p.top, p.win.total-n))
}

func (p *portfolio) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	k := p.c.keys
	if p.filtering {
		return p.handleFilterKey(msg)
	}
	switch {
	case key.Matches(msg, k.Filter):
		// "/" starts a new search, as in less or vim: what was typed
		// before is replaced, not added to.
		p.filtering = true
		if p.filter.Value() != "" {
			p.filter.SetValue("")
			return tea.Batch(p.filter.Focus(), p.restart())
		}
		return p.filter.Focus()
	case key.Matches(msg, k.ClearFilter):
		if p.filter.Value() == "" {
			return nil
		}
		p.filter.SetValue("")
		return p.restart()
	case key.Matches(msg, k.Open):
		return p.open()
	case key.Matches(msg, k.SortNext):
		p.nextSort()
		return p.restart()
	case key.Matches(msg, k.SortReverse):
		p.desc = !p.desc
		return p.restart()
	case key.Matches(msg, k.Stage):
		s := model.Stages[msg.String()[0]-'1']
		if p.stage == s {
			s = ""
		}
		p.stage = s
		return p.restart()
	case key.Matches(msg, k.AllStages):
		p.stage = ""
		return p.restart()
	case key.Matches(msg, k.Mine):
		if p.c.owner == "" {
			p.c.notify("No owner is set: run talktrack config set owner \"Your Name\".")
			return nil
		}
		p.mine = !p.mine
		return p.restart()
	case key.Matches(msg, k.StageNext):
		p.cycleStage(1)
		return p.restart()
	case key.Matches(msg, k.StagePrev):
		p.cycleStage(-1)
		return p.restart()
	}
	return p.navigate(msg)
}

// handleFilterKey types into the filter; each change asks the store again.
// enter opens the highlighted account and the arrows still move.
func (p *portfolio) handleFilterKey(msg tea.KeyPressMsg) tea.Cmd {
	k := p.c.keys
	switch {
	case key.Matches(msg, k.Back):
		p.filtering = false
		p.filter.Blur()
		return nil
	case key.Matches(msg, k.Open):
		return p.open()
	case key.Matches(msg, k.StageNext):
		p.cycleStage(1)
		return p.restart()
	case key.Matches(msg, k.StagePrev):
		p.cycleStage(-1)
		return p.restart()
	case msg.String() == "up", msg.String() == "down", key.Matches(msg, k.PageUp, k.PageDown):
		return p.navigate(msg)
	}
	return p.forward(msg)
}

// forward gives the filter input what it understands (typing, paste) and
// queries again when its text changed.
func (p *portfolio) forward(msg tea.Msg) tea.Cmd {
	if !p.filtering {
		return nil
	}
	before := p.filter.Value()
	var cmd tea.Cmd
	p.filter, cmd = p.filter.Update(msg)
	if p.filter.Value() != before {
		return tea.Batch(cmd, p.restart())
	}
	return cmd
}

func (p *portfolio) navigate(msg tea.KeyPressMsg) tea.Cmd {
	k := p.c.keys
	switch {
	case key.Matches(msg, k.Up):
		return p.move(p.cursor - 1)
	case key.Matches(msg, k.Down):
		return p.move(p.cursor + 1)
	case key.Matches(msg, k.PageUp):
		return p.move(p.cursor - p.pageSize())
	case key.Matches(msg, k.PageDown):
		return p.move(p.cursor + p.pageSize())
	case key.Matches(msg, k.Home):
		return p.move(0)
	case key.Matches(msg, k.End):
		return p.move(p.win.total - 1)
	}
	return nil
}

// open shows the highlighted account. While rows for a new filter or
// page are on their way it waits for them rather than open a row of the
// list being replaced.
func (p *portfolio) open() tea.Cmd {
	if p.inFlight != nil {
		p.openOnLoad = true
		return nil
	}
	r, ok := p.row(p.cursor)
	if !ok {
		return nil
	}
	p.filtering = false
	p.filter.Blur()
	p.c.navigate(openAccountMsg{id: r.ID, name: r.Name})
	return nil
}

func (p *portfolio) nextSort() {
	for i, o := range sortOrder {
		if o.sort == p.sort {
			next := sortOrder[(i+1)%len(sortOrder)]
			p.sort, p.desc = next.sort, next.desc
			return
		}
	}
	p.sort, p.desc = sortOrder[0].sort, sortOrder[0].desc
}

// cycleStage steps through all stages, then each stage in journey order.
func (p *portfolio) cycleStage(step int) {
	all := append([]model.Stage{""}, model.Stages...)
	i := 0
	for j, s := range all {
		if s == p.stage {
			i = j
		}
	}
	p.stage = all[(i+step+len(all))%len(all)]
}

func (p *portfolio) sortLabel() string {
	for _, o := range sortOrder {
		if o.sort == p.sort {
			return o.label
		}
	}
	return string(p.sort)
}

func (p *portfolio) bindings() (short []key.Binding, full [][]key.Binding) {
	k := p.c.keys
	if p.filtering {
		short = []key.Binding{k.Open, k.Back, k.StageNext}
		full = [][]key.Binding{{k.Open, k.Back}, {k.Up, k.Down, k.PageUp, k.PageDown}, {k.StageNext, k.StagePrev}}
		return short, full
	}
	clear := k.ClearFilter
	clear.SetEnabled(p.filter.Value() != "")
	mine := k.Mine
	mine.SetEnabled(p.c.owner != "")
	short = []key.Binding{k.Open, k.Filter, k.Stage, k.SortNext, k.SortReverse, k.Today}
	full = [][]key.Binding{
		{k.Up, k.Down, k.PageUp, k.PageDown, k.Home, k.End},
		{k.Open, k.Filter, clear, k.SortNext, k.SortReverse},
		{k.Stage, k.AllStages, k.StageNext, k.StagePrev},
		{k.Today, mine},
	}
	return short, full
}
