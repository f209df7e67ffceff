package ui

import (
	"context"
	"fmt"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"talktrack/model"
	"talktrack/printable"
)

// todayLimit caps each section of the Today screen; the CLI shows all.
const todayLimit = 50

// todayScreen is the day's queue: follow-ups due, renewals, accounts at
// risk and unsaved calls, each line saying why it is there. enter opens the
// account, d marks a follow-up done, m switches between the owner's
// accounts and everyone's.
type todayScreen struct {
	c *common

	// mine shows only the owner's accounts (when an owner is set).
	mine bool
	t    *model.Today
	seq  int
	// items are the queue's lines in screen order, for the cursor.
	items  []model.TodayItem
	cursor int
	scroll int

	width, height int
}

func newTodayScreen(c *common) *todayScreen { return &todayScreen{c: c, mine: c.owner != ""} }

func (t *todayScreen) setSize(w, h int) { t.width, t.height = w, h }

// owner is whose accounts are shown; "" for everyone's.
func (t *todayScreen) owner() string {
	if t.mine {
		return t.c.owner
	}
	return ""
}

// todayLoadedMsg answers a queue query.
type todayLoadedMsg struct {
	seq   int
	today model.Today
	err   error
}

func loadToday(store Store, seq int, q model.TodayQuery) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), storeTimeout)
		defer cancel()
		t, err := store.Today(ctx, q)
		return todayLoadedMsg{seq: seq, today: printable.Clean(t), err: err}
	}
}

// followUpsDoneMsg reports marking an account's follow-ups done.
type followUpsDoneMsg struct {
	name string
	n    int
	err  error
}

func markFollowUpsDone(store Store, accountID, name string, at model.TodayQuery) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), storeTimeout)
		defer cancel()
		n, err := store.MarkFollowUpsDone(ctx, accountID, at.Now)
		return followUpsDoneMsg{name: name, n: n, err: err}
	}
}

func (t *todayScreen) reload() tea.Cmd {
	t.seq++
	return loadToday(t.c.store, t.seq, model.TodayQuery{Owner: t.owner(), Now: t.c.now(), Limit: todayLimit})
}

func (t *todayScreen) loaded(msg todayLoadedMsg) {
	if msg.seq != t.seq {
		return
	}
	if msg.err != nil {
		t.c.fail(msg.err)
		return
	}
	t.t = &msg.today
	t.items = t.items[:0]
	for _, s := range t.sections() {
		t.items = append(t.items, s.sec.Items...)
	}
	t.cursor = min(t.cursor, max(len(t.items)-1, 0))
}

type todaySection struct {
	title string
	sec   model.TodaySection
}

func (t *todayScreen) sections() []todaySection {
	if t.t == nil {
		return nil
	}
	return []todaySection{
		{"Follow-ups due", t.t.FollowUps},
		{"Renewals in the next 90 days", t.t.Renewals},
		{"Lapsed renewals", t.t.Lapsed},
		{"At risk, slipping or thinking of leaving", t.t.AtRisk},
		{"Calls left as drafts", t.t.Drafts},
	}
}

func (t *todayScreen) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	k := t.c.keys
	switch {
	case key.Matches(msg, k.Up):
		t.cursor = max(t.cursor-1, 0)
	case key.Matches(msg, k.Down):
		t.cursor = min(t.cursor+1, max(len(t.items)-1, 0))
	case key.Matches(msg, k.PageUp):
		t.cursor = max(t.cursor-10, 0)
	case key.Matches(msg, k.PageDown):
		t.cursor = min(t.cursor+10, max(len(t.items)-1, 0))
	case key.Matches(msg, k.Home):
		t.cursor = 0
	case key.Matches(msg, k.End):
		t.cursor = max(len(t.items)-1, 0)
	case key.Matches(msg, k.Open):
		if it, ok := t.current(); ok {
			t.c.navigate(openAccountMsg{id: it.AccountID, name: it.AccountName})
		}
	case key.Matches(msg, k.FollowUpDone):
		it, ok := t.current()
		if !ok || it.Kind != model.TodayFollowUp {
			t.c.notify("d marks a follow-up done; this line is not one.")
			return nil
		}
		return markFollowUpsDone(t.c.store, it.AccountID, it.AccountName, model.TodayQuery{Now: t.c.now()})
	case key.Matches(msg, k.Mine):
		if t.c.owner == "" {
			t.c.notify("No owner is set: run talktrack config set owner \"Your Name\".")
			return nil
		}
		t.mine = !t.mine
		t.cursor = 0
		return t.reload()
	case key.Matches(msg, k.Back):
		t.c.navigate(showPortfolioMsg{})
	}
	return nil
}

func (t *todayScreen) done(msg followUpsDoneMsg) tea.Cmd {
	if msg.err != nil {
		t.c.fail(msg.err)
		return nil
	}
	t.c.notify(fmt.Sprintf("Marked %s of %s done.", plural(msg.n, "follow-up"), msg.name))
	return t.reload()
}

func (t *todayScreen) current() (model.TodayItem, bool) {
	if t.cursor < 0 || t.cursor >= len(t.items) {
		return model.TodayItem{}, false
	}
	return t.items[t.cursor], true
}

func (t *todayScreen) titleInfo() string {
	whose := "all accounts"
	if o := t.owner(); o != "" {
		whose = o + "'s accounts"
	}
	return t.c.now().Format("Mon 2 Jan 2006") + " · " + whose
}

func (t *todayScreen) view(w, h int) []string {
	s := t.c.styles
	if t.t == nil {
		return []string{s.Muted.Render("  Loading today's queue…")}
	}
	if t.t.Empty() {
		return []string{"", "  Nothing is due: no follow-up, renewal, account at risk or unsaved call.",
			s.Muted.Render("  esc shows the portfolio.")}
	}
	var lines []string
	cursorLine := 0
	i := 0
	for _, sec := range t.sections() {
		if sec.sec.Total == 0 {
			continue
		}
		title := fmt.Sprintf("%s (%d)", sec.title, sec.sec.Total)
		if more := sec.sec.Total - len(sec.sec.Items); more > 0 {
			title += fmt.Sprintf(" · first %d; talktrack today --limit 0 lists all", len(sec.sec.Items))
		}
		lines = append(lines, s.Section.Render(truncate(title, w)))
		for _, it := range sec.sec.Items {
			marker := "  "
			if i == t.cursor {
				marker = "› "
				cursorLine = len(lines)
			}
			head := it.AccountName
			if it.ARR > 0 {
				head += "  " + compactMoneyIn(it.Currency, it.ARR)
			}
			if it.Health >= 0 {
				head += fmt.Sprintf("  health %d", it.Health)
			}
			line := marker + truncate(head, w-2)
			if i == t.cursor {
				line = s.Selected.Render(pad(line, w))
			}
			lines = append(lines, line)
			for _, l := range wrap(it.Why, w-4) {
				lines = append(lines, "    "+s.Muted.Render(l))
			}
			if it.Note != "" {
				lines = append(lines, "    "+truncate("“"+it.Note+"”", w-4))
			}
			i++
		}
		lines = append(lines, "")
	}
	// Keep the highlighted item in view.
	if cursorLine < t.scroll {
		t.scroll = cursorLine
	}
	if cursorLine >= t.scroll+h-3 {
		t.scroll = cursorLine - h + 4
	}
	t.scroll = max(0, min(t.scroll, len(lines)-1))
	return fit(lines[t.scroll:], h)
}

func (t *todayScreen) bindings() (short []key.Binding, full [][]key.Binding) {
	k := t.c.keys
	mine := k.Mine
	mine.SetEnabled(t.c.owner != "")
	back := k.Back
	back.SetHelp("esc", "portfolio")
	short = []key.Binding{k.Open, k.FollowUpDone, mine, back}
	full = [][]key.Binding{{k.Up, k.Down, k.PageUp, k.PageDown, k.Home, k.End}, {k.Open, k.FollowUpDone, mine, back}}
	return short, full
}
