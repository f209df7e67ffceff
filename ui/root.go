// Package ui is talktrack's terminal interface: the portfolio of accounts,
// an account's briefing, and the call screen with notes, offers and the
// outcome. One root model owns the screens, focus and layout; every store
// call runs in a tea.Cmd and comes back as a typed message.
package ui

import (
	"strings"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"talktrack/model"
	"talktrack/printable"
)

// Options configure the screens.
type Options struct {
	// Demo shows a banner saying the data is demo data and how to use your own.
	Demo bool
	// Now is the clock; nil means time.Now. Tests pass a fixed clock.
	Now func() time.Time
	// DraftDelay is how long typing must pause before a call draft is
	// saved; zero means 500ms.
	DraftDelay time.Duration
	// Owner is the rep whose accounts Today and the portfolio show first
	// ("mine"); empty shows everyone's.
	Owner string
	// Cues hears cues in call notes; nil turns listening off.
	Cues *model.CueDetector
	// CueDelay is how long typing must pause before the notes are read
	// for cues; zero means 300ms.
	CueDelay time.Duration
}

// defaultDraftDelay saves a draft half a second after the last keystroke:
// well within the one second a crash may cost, without a write per key.
const defaultDraftDelay = 500 * time.Millisecond

// The smallest terminal the layout is designed for; smaller ones still
// render, cut to fit.
const (
	minWidth  = 80
	minHeight = 24
)

type screenID int

const (
	screenPortfolio screenID = iota
	screenAccount
	screenCall
	screenToday
)

// common is what every screen shares: the store, keys, styles, the clock
// and the status line.
type common struct {
	store      Store
	keys       KeyMap
	styles     Styles
	now        func() time.Time
	draftDelay time.Duration
	// cues hears cues in call notes (nil: not listening); cueDelay is the
	// pause in typing before the notes are read.
	cues     *model.CueDetector
	cueDelay time.Duration
	// owner is the configured owner, "" when none.
	owner string
	// tick schedules the next second of the call timer; tests replace it
	// to count ticks instead of sleeping.
	tick func(gen int) tea.Cmd
	// retrySave schedules another try of a call's draft save that
	// failed; tests replace it to count retries instead of waiting.
	retrySave func(accountID string) tea.Cmd
	status    status
	// next is a screen change a screen asked for; the root makes it in
	// the same update, so no key can slip in between.
	next tea.Msg
}

// navigate asks the root to change screens once the current message is
// handled.
func (c *common) navigate(msg tea.Msg) { c.next = msg }

// status is a one-line notice or error shown above the help.
type status struct {
	text string
	err  bool
}

func (c *common) fail(err error) { c.status = status{text: errorText(err), err: true} }

func (c *common) notify(text string) { c.status = status{text: text} }

// errorText turns an error into the sentence shown to the user.
func errorText(err error) string {
	s := strings.TrimSpace(printable.Line(err.Error()))
	if s == "" {
		return "Something went wrong."
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// root is the one Bubble Tea model: it routes messages to the active
// screen and lays the screens out between the title bar and the help.
type root struct {
	c    *common
	demo bool

	width, height int
	screen        screenID
	portfolio     *portfolio
	account       *accountScreen
	today         *todayScreen
	// fromToday sends esc on the account back to Today, where it was
	// opened from.
	fromToday bool
	// started is set once a key was pressed: Today only takes over the
	// first screen before that.
	started bool
	// call is the call in progress, nil when none; it lives on while the
	// rep looks back at the account.
	call    *callScreen
	callGen int
	// left are calls replaced by a newer one while their last edits were
	// still being saved.
	left []*callScreen

	help     help.Model
	showHelp bool
	// quitting waits for the last draft save before quitting.
	quitting bool
	// callStarting is set while the store is asked for a call draft.
	callStarting bool
	// queued holds keys pressed while the screen they are meant for is
	// still loading; they are replayed in order once it is there.
	queued []tea.KeyPressMsg
	// sync is the last sync with the team hub and what waits to be sent,
	// as the local database says.
	sync model.SyncStatus
}

// New builds the root model over a store. Run it with tea.NewProgram.
func New(store Store, opts Options) tea.Model {
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.DraftDelay <= 0 {
		opts.DraftDelay = defaultDraftDelay
	}
	if opts.CueDelay <= 0 {
		opts.CueDelay = defaultCueDelay
	}
	c := &common{
		store:      store,
		keys:       DefaultKeyMap(),
		styles:     DefaultStyles(),
		now:        opts.Now,
		draftDelay: opts.DraftDelay,
		cues:       opts.Cues,
		cueDelay:   opts.CueDelay,
		tick:       timerTick,
		retrySave:  func(accountID string) tea.Cmd { return draftDue(saveRetryDelay, accountID) },
		owner:      opts.Owner,
	}
	h := help.New()
	h.Styles = help.Styles{
		ShortKey: c.styles.HelpKey, ShortDesc: c.styles.HelpDesc, ShortSeparator: c.styles.HelpSep,
		FullKey: c.styles.HelpKey, FullDesc: c.styles.HelpDesc, FullSeparator: c.styles.HelpSep,
		Ellipsis: c.styles.HelpSep,
	}
	m := &root{
		c:         c,
		demo:      opts.Demo,
		width:     minWidth,
		height:    minHeight,
		portfolio: newPortfolio(c),
		account:   newAccountScreen(c),
		today:     newTodayScreen(c),
		help:      h,
	}
	m.layout()
	return m
}

// Init loads the first window of the portfolio and the day's queue, which
// becomes the first screen when anything is due, and brings the stored
// health scores up to date in the background.
func (m *root) Init() tea.Cmd {
	m.portfolio.mine = m.c.owner != ""
	return tea.Batch(m.portfolio.reload(), m.today.reload(), refreshHealth(m.c.store, m.c.now()), loadSyncStatus(m.c.store))
}

// Update routes one message, makes the screen change it led to, replays
// keys that waited for that screen, and lays the screens out again (which
// may ask the portfolio for more rows after a resize).
func (m *root) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	cmds := []tea.Cmd{m.update(msg)}
	cmds = append(cmds, m.navigate())
	for len(m.queued) > 0 && !m.waiting() {
		k := m.queued[0]
		m.queued = m.queued[1:]
		cmds = append(cmds, m.handleKey(k), m.navigate())
	}
	cmds = append(cmds, m.layout())
	return m, tea.Batch(cmds...)
}

// navigate makes the screen changes screens asked for.
func (m *root) navigate() tea.Cmd {
	var cmds []tea.Cmd
	for m.c.next != nil {
		msg := m.c.next
		m.c.next = nil
		cmds = append(cmds, m.update(msg))
	}
	return tea.Batch(cmds...)
}

// waiting reports whether the screen the next keys are meant for is still
// on its way: the account the rep pressed enter on, or the call after c.
// Typing ahead then is not lost, nor taken as commands of the old screen.
func (m *root) waiting() bool {
	return m.portfolio.openOnLoad || m.callStarting ||
		m.screen == screenAccount && m.account.loading && m.account.av == nil
}

func (m *root) update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		return nil
	case ShutdownMsg:
		// A signal to stop: save the draft first, as q does.
		return m.quit()
	case tea.KeyPressMsg:
		if m.waiting() && !key.Matches(msg, m.c.keys.ForceQuit) {
			m.queued = append(m.queued, msg)
			return nil
		}
		return m.handleKey(msg)
	case portfolioLoadedMsg:
		return m.portfolio.loaded(msg)
	case syncStatusMsg:
		if msg.err == nil {
			m.sync = msg.status
		}
		return nil
	case todayLoadedMsg:
		m.today.loaded(msg)
		if !m.started && m.screen == screenPortfolio && m.today.t != nil && !m.today.t.Empty() {
			m.screen = screenToday
		}
		return nil
	case followUpsDoneMsg:
		return m.today.done(msg)
	case healthRefreshedMsg:
		return m.healthRefreshed(msg)
	case showTodayMsg:
		m.screen, m.fromToday = screenToday, false
		return m.today.reload()
	case accountLoadedMsg:
		m.account.loaded(msg)
		return nil
	case openAccountMsg:
		m.fromToday = m.screen == screenToday
		m.screen = screenAccount
		return m.account.open(msg.id, msg.name)
	case showPortfolioMsg:
		if m.fromToday && m.screen == screenAccount {
			m.screen, m.fromToday = screenToday, false
			return m.today.reload()
		}
		m.screen = screenPortfolio
		// A call logged, or a sync run in another terminal, changes what
		// waits to be sent.
		return tea.Batch(m.portfolio.reload(), loadSyncStatus(m.c.store))
	case leaveCallMsg:
		m.screen = screenAccount
		return m.account.reload()
	case startCallMsg:
		return m.startCall(msg.accountID)
	case draftLoadedMsg:
		return m.beginCall(msg)
	case draftDueMsg, draftSavedMsg, timerTickMsg, callLoggedMsg, draftDiscardedMsg, cueDueMsg, cuesHeardMsg, cueRecordedMsg:
		return m.handleCallMsg(msg)
	}
	return m.forward(msg)
}

// handleKey deals with the keys that work everywhere and hands the rest to
// the active screen.
func (m *root) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	k := m.c.keys
	m.c.status = status{}
	m.started = true
	if key.Matches(msg, k.ForceQuit) {
		return m.quit()
	}
	if !m.typing() {
		switch {
		case key.Matches(msg, k.Quit):
			return m.quit()
		case key.Matches(msg, k.Help):
			m.showHelp = !m.showHelp
			return nil
		case key.Matches(msg, k.Today) && m.screen != screenToday:
			m.c.navigate(showTodayMsg{})
			return nil
		}
	}
	switch m.screen {
	case screenToday:
		return m.today.handleKey(msg)
	case screenAccount:
		return m.account.handleKey(msg)
	case screenCall:
		return m.call.handleKey(msg)
	}
	return m.portfolio.handleKey(msg)
}

// forward hands other messages (paste, cursor blinks) to the active screen.
func (m *root) forward(msg tea.Msg) tea.Cmd {
	switch m.screen {
	case screenPortfolio:
		return m.portfolio.forward(msg)
	case screenCall:
		return m.call.forward(msg)
	}
	return nil
}

// typing reports whether keys are going into a text field, where q and ?
// are letters, not commands.
func (m *root) typing() bool {
	switch m.screen {
	case screenPortfolio:
		return m.portfolio.filtering
	case screenCall:
		return m.call.typing()
	}
	return false
}

// quit leaves at once unless a call has edits not yet saved: then it saves
// them first. Asking again while that save runs quits anyway.
// ShutdownMsg asks the TUI to quit as q does, saving the call draft
// first: the program sends it on a terminate or hang-up signal.
type ShutdownMsg struct{}

func (m *root) quit() tea.Cmd {
	if m.quitting || !m.unsaved() {
		return tea.Quit
	}
	m.quitting = true
	m.c.notify("Saving the call draft before quitting…")
	return m.flushAll()
}

// layout gives each screen the room between the title bar and the help.
func (m *root) layout() tea.Cmd {
	w, h := m.width, m.height-len(m.header())-1-len(m.helpLines())
	m.help.SetWidth(m.width)
	m.account.setSize(w, h)
	m.today.setSize(w, h)
	if m.call != nil {
		m.call.setSize(w, h)
	}
	return m.portfolio.setSize(w, h)
}
