package ui

import (
	"image/color"

	"charm.land/lipgloss/v2"
)

// palette holds the few semantic colour tokens every style is built from.
type palette struct {
	primary color.Color
	muted   color.Color
	warning color.Color
	danger  color.Color
	success color.Color
}

// defaultPalette reads on dark and light backgrounds alike. Without colour
// (NO_COLOR, dumb terminals) the program strips these and the styles fall
// back to bold, faint, reverse and the text markers the screens draw.
func defaultPalette() palette {
	return palette{
		primary: lipgloss.Color("#7C6FF0"),
		muted:   lipgloss.Color("#8A8A8A"),
		warning: lipgloss.Color("#D79B00"),
		danger:  lipgloss.Color("#E05D5D"),
		success: lipgloss.Color("#3FAF7A"),
	}
}

// Styles is every style the screens use, built once from the palette.
type Styles struct {
	// Title is the app name in the top bar; Screen the screen's name next to it.
	Title  lipgloss.Style
	Screen lipgloss.Style
	// Banner is the demo data notice.
	Banner lipgloss.Style
	// Section heads a block on a screen ("Pain points").
	Section lipgloss.Style
	// Heading is an account's name.
	Heading lipgloss.Style
	// Muted is secondary text; Bold emphasises.
	Muted lipgloss.Style
	Bold  lipgloss.Style
	// Selected marks the highlighted row or item; it stays visible without colour.
	Selected lipgloss.Style
	// TableHeader heads the portfolio columns; SortColumn the one sorted by.
	TableHeader lipgloss.Style
	SortColumn  lipgloss.Style
	// Draft marks accounts and calls with unsaved drafts.
	Draft lipgloss.Style
	// Upsell and CrossSell label suggestion kinds.
	Upsell    lipgloss.Style
	CrossSell lipgloss.Style
	// StageCurrent is this account's stage on the journey path; StageOther the rest.
	StageCurrent lipgloss.Style
	StageOther   lipgloss.Style
	// Severity styles for pains: high, medium, low.
	SeverityHigh   lipgloss.Style
	SeverityMedium lipgloss.Style
	SeverityLow    lipgloss.Style
	// Success, Warning and Danger colour facts by how good they are.
	Success lipgloss.Style
	Warning lipgloss.Style
	Danger  lipgloss.Style
	// StatusInfo and StatusError are the status line.
	StatusInfo  lipgloss.Style
	StatusError lipgloss.Style
	// PaneFocused and PaneBlurred title the call screen's notes and suggestions.
	PaneFocused lipgloss.Style
	PaneBlurred lipgloss.Style
	// HelpKey, HelpDesc and HelpSep draw the help.
	HelpKey  lipgloss.Style
	HelpDesc lipgloss.Style
	HelpSep  lipgloss.Style
	// Input is a text input's prompt.
	Input lipgloss.Style

	// colors are kept for components that take a colour, not a style.
	colors palette
}

// DefaultStyles returns talktrack's styles.
func DefaultStyles() Styles {
	p := defaultPalette()
	base := lipgloss.NewStyle()
	return Styles{
		Title:          base.Bold(true).Foreground(p.primary),
		Screen:         base.Bold(true),
		Banner:         base.Foreground(p.warning),
		Section:        base.Bold(true).Foreground(p.primary),
		Heading:        base.Bold(true),
		Muted:          base.Foreground(p.muted),
		Bold:           base.Bold(true),
		Selected:       base.Reverse(true).Bold(true),
		TableHeader:    base.Bold(true).Foreground(p.muted),
		SortColumn:     base.Bold(true).Underline(true),
		Draft:          base.Bold(true).Foreground(p.warning),
		Upsell:         base.Foreground(p.success),
		CrossSell:      base.Foreground(p.primary),
		StageCurrent:   base.Bold(true).Reverse(true),
		StageOther:     base.Foreground(p.muted),
		SeverityHigh:   base.Bold(true).Foreground(p.danger),
		SeverityMedium: base.Foreground(p.warning),
		SeverityLow:    base.Foreground(p.muted),
		Success:        base.Foreground(p.success),
		Warning:        base.Foreground(p.warning),
		Danger:         base.Foreground(p.danger),
		StatusInfo:     base.Foreground(p.success),
		StatusError:    base.Bold(true).Foreground(p.danger),
		PaneFocused:    base.Bold(true).Foreground(p.primary),
		PaneBlurred:    base.Foreground(p.muted),
		HelpKey:        base.Bold(true),
		HelpDesc:       base.Foreground(p.muted),
		HelpSep:        base.Foreground(p.muted),
		Input:          base.Bold(true).Foreground(p.primary),
		colors:         p,
	}
}
