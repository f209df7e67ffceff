package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"talktrack/model"
)

// accountScreen is one account's briefing: facts, journey, pains,
// holdings, suggestions with their talking points, and recent calls.
type accountScreen struct {
	c *common

	id, name string
	// av is the loaded account and briefing; nil while loading.
	av  *model.AccountView
	seq int

	// loading is set while the briefing is asked for.
	loading bool

	// selected is the highlighted suggestion; scroll the first body line shown.
	selected int
	scroll   int
	// allOffers lists every suggestion instead of the top three.
	allOffers bool

	width, height int
}

func newAccountScreen(c *common) *accountScreen { return &accountScreen{c: c} }

func (a *accountScreen) setSize(w, h int) {
	a.width, a.height = w, h
	a.clampScroll()
}

// open shows an account, keeping the selection when it is the same one.
func (a *accountScreen) open(id, name string) tea.Cmd {
	if id != a.id {
		a.av, a.selected, a.scroll, a.allOffers = nil, 0, 0, false
	}
	a.id, a.name = id, name
	return a.reload()
}

// reload asks the store for the briefing again, e.g. after a call.
func (a *accountScreen) reload() tea.Cmd {
	a.seq++
	a.loading = true
	return loadAccount(a.c.store, a.seq, a.id, a.c.now())
}

func (a *accountScreen) loaded(msg accountLoadedMsg) {
	if msg.seq != a.seq || msg.id != a.id {
		return
	}
	a.loading = false
	if msg.err != nil {
		a.c.fail(msg.err)
		return
	}
	v := msg.view
	a.av = &v
	a.name = v.Account.Name
	a.selected = max(0, min(a.selected, a.shown()-1))
	a.clampScroll()
}

func (a *accountScreen) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	k := a.c.keys
	switch {
	case key.Matches(msg, k.Back):
		a.c.navigate(showPortfolioMsg{})
		return nil
	case key.Matches(msg, k.StartCall):
		if a.av == nil {
			return nil
		}
		a.c.navigate(startCallMsg{accountID: a.id})
		return nil
	case key.Matches(msg, k.MoreOffers):
		if a.av != nil && len(a.av.Briefing.Suggestions) > topOffers {
			a.allOffers = !a.allOffers
			a.selectSuggestion(a.selected)
		}
	case key.Matches(msg, k.Up):
		a.selectSuggestion(a.selected - 1)
	case key.Matches(msg, k.Down):
		a.selectSuggestion(a.selected + 1)
	case key.Matches(msg, k.PageUp):
		a.scrollBy(-max(1, a.bodyHeight()-1))
	case key.Matches(msg, k.PageDown):
		a.scrollBy(max(1, a.bodyHeight()-1))
	case key.Matches(msg, k.Home):
		a.scroll = 0
	case key.Matches(msg, k.End):
		a.scrollBy(1 << 20)
	}
	return nil
}

// selectSuggestion highlights a suggestion and scrolls its talking points
// into view. Without suggestions the arrows scroll.
func (a *accountScreen) selectSuggestion(i int) {
	if a.av == nil {
		return
	}
	n := a.shown()
	if n == 0 {
		a.scrollBy(i - a.selected)
		return
	}
	a.selected = max(0, min(i, n-1))
	_, from, to := a.body(a.width)
	h := a.bodyHeight()
	if to > a.scroll+h {
		a.scroll = min(from, to-h)
	}
	if from < a.scroll {
		a.scroll = from
	}
	a.clampScroll()
}

// shown is how many suggestions the screen lists.
func (a *accountScreen) shown() int {
	if a.av == nil {
		return 0
	}
	return shownOffers(len(a.av.Briefing.Suggestions), a.allOffers)
}

func (a *accountScreen) scrollBy(n int) {
	a.scroll += n
	a.clampScroll()
}

func (a *accountScreen) clampScroll() {
	if a.av == nil {
		a.scroll = 0
		return
	}
	lines, _, _ := a.body(a.width)
	a.scroll = max(0, min(a.scroll, len(lines)-a.bodyHeight()))
}

// bodyHeight is the room for the scrolling part under the fixed header.
func (a *accountScreen) bodyHeight() int {
	if a.av == nil {
		return a.height
	}
	return max(1, a.height-len(a.headerLines(a.width)))
}

func (a *accountScreen) bindings() (short []key.Binding, full [][]key.Binding) {
	k := a.c.keys
	hasSuggestions := a.shown() > 1
	more := k.MoreOffers
	more.SetEnabled(a.av != nil && len(a.av.Briefing.Suggestions) > topOffers)
	if a.allOffers {
		more.SetHelp("m", "top 3 offers")
	}
	up, down := k.Up, k.Down
	up.SetHelp("↑/k", "previous suggestion")
	down.SetHelp("↓/j", "next suggestion")
	up.SetEnabled(hasSuggestions)
	down.SetEnabled(hasSuggestions)
	call := k.StartCall
	call.SetEnabled(a.av != nil)
	if a.av != nil && a.av.Draft != nil {
		call.SetHelp("c", "resume call")
	}
	short = []key.Binding{call, up, down, more, k.PageDown, k.Back}
	full = [][]key.Binding{
		{call, k.Back},
		{up, down, more},
		{k.PageUp, k.PageDown, k.Home, k.End},
	}
	return short, full
}
