package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// helpLines is the help under the status line: one line of the most used
// keys, or with ? every key of the current screen and focus.
func (m *root) helpLines() []string {
	short, full := m.bindings()
	if m.showHelp {
		return m.fullHelp(full, m.width)
	}
	out := m.help.ShortHelpView(short)
	if out == "" {
		return nil
	}
	return strings.Split(out, "\n")
}

// bindings asks the active screen for its bindings in the current focus
// and adds the keys that work everywhere.
func (m *root) bindings() (short []key.Binding, full [][]key.Binding) {
	k := m.c.keys
	switch m.screen {
	case screenAccount:
		short, full = m.account.bindings()
	case screenCall:
		short, full = m.call.bindings()
	case screenToday:
		short, full = m.today.bindings()
	default:
		short, full = m.portfolio.bindings()
	}
	global := []key.Binding{k.Help, k.Quit, k.ForceQuit}
	if m.typing() {
		// q and ? are letters while typing; only ctrl+c still quits.
		global = []key.Binding{k.ForceQuit}
	}
	return append(short, global...), append(full, global)
}

// fullHelp lays the groups of bindings out as columns, starting a new row
// of columns when the next one would not fit, so every key stays listed.
func (m *root) fullHelp(groups [][]key.Binding, w int) []string {
	s := m.c.styles
	var cols []string
	for _, g := range groups {
		var keys, descs []string
		for _, b := range g {
			if b.Enabled() {
				keys = append(keys, b.Help().Key)
				descs = append(descs, b.Help().Desc)
			}
		}
		if len(keys) == 0 {
			continue
		}
		cols = append(cols, lipgloss.JoinHorizontal(lipgloss.Top,
			s.HelpKey.Render(strings.Join(keys, "\n")), " ", s.HelpDesc.Render(strings.Join(descs, "\n"))))
	}
	const gap = "   "
	var rows []string
	var row []string
	rowW := 0
	for _, c := range cols {
		cw := lipgloss.Width(c)
		if len(row) > 0 && rowW+len(gap)+cw > w {
			rows = append(rows, lipgloss.JoinHorizontal(lipgloss.Top, row...))
			row, rowW = nil, 0
		}
		if len(row) > 0 {
			row = append(row, gap)
			rowW += len(gap)
		}
		row = append(row, c)
		rowW += cw
	}
	if len(row) > 0 {
		rows = append(rows, lipgloss.JoinHorizontal(lipgloss.Top, row...))
	}
	var lines []string
	for _, r := range rows {
		for _, l := range strings.Split(r, "\n") {
			lines = append(lines, ansi.Truncate(strings.TrimRight(l, " "), w, "…"))
		}
	}
	return lines
}
