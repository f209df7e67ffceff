package ui

import "fmt"

// healthSection shows the health score, its band and every reason with
// its points; the points add up to the score.
func (a *accountScreen) healthSection(w int) []string {
	h := a.av.Health
	if len(h.Reasons) == 0 {
		return nil
	}
	s := a.c.styles
	title := fmt.Sprintf("Health %d · %s", h.Score, h.Band.Label())
	lines := []string{"", a.section(title, w)}
	for _, r := range h.Reasons {
		points := fmt.Sprintf("%+3d", r.Points)
		if r.Max > 0 {
			points += fmt.Sprintf("/%-2d", r.Max)
		} else {
			points += "   "
		}
		style := s.Muted
		if r.Points < r.Max/2 || r.Points < 0 {
			style = s.Warning
		}
		for i, l := range wrap(r.Text, max(w-9, 10)) {
			if i == 0 {
				lines = append(lines, style.Render(points)+"  "+l)
			} else {
				lines = append(lines, "         "+l)
			}
		}
	}
	return lines
}
