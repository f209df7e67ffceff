package ui

import "charm.land/bubbles/v2/key"

// KeyMap holds every key binding of the screens, grouped by where it
// applies. Screens match keys with key.Matches against it and build their
// help from the bindings active in the current focus, so help never goes
// out of date.
type KeyMap struct {
	// Everywhere.
	Quit      key.Binding // where no text is being typed
	ForceQuit key.Binding // anywhere, even while typing
	Help      key.Binding
	Back      key.Binding

	// Moving through lists.
	Up       key.Binding
	Down     key.Binding
	PageUp   key.Binding
	PageDown key.Binding
	Home     key.Binding
	End      key.Binding

	// Portfolio.
	Filter      key.Binding
	ClearFilter key.Binding
	Open        key.Binding
	SortNext    key.Binding
	SortReverse key.Binding
	Stage       key.Binding // 1-6 toggle one stage
	AllStages   key.Binding
	StageNext   key.Binding
	StagePrev   key.Binding

	// Account and call.
	StartCall  key.Binding
	MoreOffers key.Binding // every suggestion, or the top three again

	// Today and the portfolio.
	Today        key.Binding // everywhere no text is typed
	Mine         key.Binding
	FollowUpDone key.Binding

	// Call.
	SwitchFocus key.Binding
	Accepted    key.Binding
	Interested  key.Binding
	NotNow      key.Binding
	Declined    key.Binding
	EndCall     key.Binding
	// RecordCue turns the latest cue heard into a record; Contact picks
	// who is on the line; Reasons shows why an offer ranks where it does;
	// More and Fewer change the quantity offered.
	RecordCue key.Binding
	Contact   key.Binding
	Reasons   key.Binding
	More      key.Binding
	Fewer     key.Binding

	// Ending a call.
	Outcome     key.Binding // 1-6 pick the outcome and save
	FollowUp    key.Binding
	Discard     key.Binding
	Confirm     key.Binding
	Cancel      key.Binding
	SetFollowUp key.Binding
}

// DefaultKeyMap returns talktrack's key bindings.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Quit:      key.NewBinding(key.WithKeys("q"), key.WithHelp("q", "quit")),
		ForceQuit: key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit")),
		Help:      key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "help")),
		Back:      key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back")),

		Up:       key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down:     key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		PageUp:   key.NewBinding(key.WithKeys("pgup"), key.WithHelp("pgup", "page up")),
		PageDown: key.NewBinding(key.WithKeys("pgdown"), key.WithHelp("pgdn", "page down")),
		Home:     key.NewBinding(key.WithKeys("home", "g"), key.WithHelp("home/g", "first")),
		End:      key.NewBinding(key.WithKeys("end", "G"), key.WithHelp("end/G", "last")),

		Filter:      key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "filter")),
		ClearFilter: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "clear filter")),
		Open:        key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "open")),
		SortNext:    key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "sort by")),
		SortReverse: key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "reverse")),
		Stage:       key.NewBinding(key.WithKeys("1", "2", "3", "4", "5", "6"), key.WithHelp("1-6", "toggle stage")),
		AllStages:   key.NewBinding(key.WithKeys("0"), key.WithHelp("0", "all stages")),
		StageNext:   key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "next stage")),
		StagePrev:   key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", "prev stage")),

		StartCall:  key.NewBinding(key.WithKeys("c"), key.WithHelp("c", "start call")),
		MoreOffers: key.NewBinding(key.WithKeys("m"), key.WithHelp("m", "all offers")),

		Today:        key.NewBinding(key.WithKeys("t"), key.WithHelp("t", "today")),
		Mine:         key.NewBinding(key.WithKeys("m"), key.WithHelp("m", "mine/all")),
		FollowUpDone: key.NewBinding(key.WithKeys("d"), key.WithHelp("d", "follow-up done")),

		SwitchFocus: key.NewBinding(key.WithKeys("tab", "shift+tab"), key.WithHelp("tab", "notes/suggestions")),
		Accepted:    key.NewBinding(key.WithKeys("a"), key.WithHelp("a", "accepted")),
		Interested:  key.NewBinding(key.WithKeys("i"), key.WithHelp("i", "interested")),
		NotNow:      key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "not now")),
		Declined:    key.NewBinding(key.WithKeys("d"), key.WithHelp("d", "declined")),
		EndCall:     key.NewBinding(key.WithKeys("ctrl+s"), key.WithHelp("ctrl+s", "end call")),
		RecordCue:   key.NewBinding(key.WithKeys("ctrl+r"), key.WithHelp("ctrl+r", "record cue")),
		Contact:     key.NewBinding(key.WithKeys("ctrl+p"), key.WithHelp("ctrl+p", "contact")),
		Reasons:     key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "reasons")),
		More:        key.NewBinding(key.WithKeys("+", "="), key.WithHelp("+/-", "quantity")),
		Fewer:       key.NewBinding(key.WithKeys("-"), key.WithHelp("-", "fewer")),

		Outcome:     key.NewBinding(key.WithKeys("1", "2", "3", "4", "5", "6"), key.WithHelp("1-6", "outcome and save")),
		FollowUp:    key.NewBinding(key.WithKeys("f"), key.WithHelp("f", "follow-up date")),
		Discard:     key.NewBinding(key.WithKeys("x"), key.WithHelp("x", "discard call")),
		Confirm:     key.NewBinding(key.WithKeys("y"), key.WithHelp("y", "yes, discard")),
		Cancel:      key.NewBinding(key.WithKeys("esc", "n"), key.WithHelp("esc/n", "keep it")),
		SetFollowUp: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "set date")),
	}
}
