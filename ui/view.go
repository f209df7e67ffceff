package ui

import (
	"strings"

	tea "charm.land/bubbletea/v2"

	"talktrack/printable"
)

// demoBanner tells a new user the accounts are made up and how to bring
// their own.
const demoBanner = "Demo data. Use your own: talktrack import …, or run with --db PATH."

// View draws the title bar, the active screen, the status line and help.
func (m *root) View() tea.View {
	v := tea.NewView(m.render())
	v.AltScreen = true
	v.WindowTitle = "talktrack"
	return v
}

func (m *root) render() string {
	header := m.header()
	help := m.helpLines()
	bodyH := m.height - len(header) - 1 - len(help)
	var body []string
	switch m.screen {
	case screenAccount:
		body = m.account.view(m.width, bodyH)
	case screenCall:
		body = m.call.view(m.width, bodyH)
	case screenToday:
		body = m.today.view(m.width, bodyH)
	default:
		body = m.portfolio.view(m.width, bodyH)
	}
	lines := make([]string, 0, m.height)
	lines = append(lines, header...)
	lines = append(lines, fit(body, bodyH)...)
	lines = append(lines, m.statusLine())
	lines = append(lines, help...)
	return strings.Join(lines, "\n")
}

// header is the title bar and, on demo data, the banner.
func (m *root) header() []string {
	s := m.c.styles
	var name, right string
	switch m.screen {
	case screenAccount:
		name, right = "Account", m.account.titleInfo()
	case screenCall:
		name, right = "Call", m.call.titleInfo()
	case screenToday:
		name, right = "Today", m.today.titleInfo()
	default:
		name, right = "Portfolio", m.portfolio.titleInfo()
	}
	if info := syncInfo(m.sync, m.c.now()); info != "" && (m.screen == screenPortfolio || m.screen == screenToday) {
		right = s.Muted.Render(info) + "  " + right
	}
	if m.screen != screenCall && m.call != nil {
		// A call left open keeps ticking; say so wherever the rep is.
		right = s.Draft.Render("call with "+m.call.accountName+" "+clock(m.call.elapsed())) + "  " + right
	}
	lines := []string{spread(s.Title.Render("talktrack")+" "+s.Muted.Render("›")+" "+s.Screen.Render(name), right, m.width)}
	if m.demo {
		lines = append(lines, s.Banner.Render(truncate(demoBanner, m.width)))
	}
	return lines
}

// statusLine shows the last notice or error, else the screen's own state.
func (m *root) statusLine() string {
	s := m.c.styles
	if st := m.c.status; st.text != "" {
		// Notices quote names and errors quote files and values.
		text := printable.Line(st.text)
		if st.err {
			return s.StatusError.Render(truncate(text, m.width))
		}
		return s.StatusInfo.Render(truncate(text, m.width))
	}
	if m.screen == screenCall {
		return m.call.statusLine(m.width)
	}
	return ""
}
