package ui

import (
	"strings"
)

// contactSection lists the account's people with phone and e-mail.
func (a *accountScreen) contactSection(w int) []string {
	s := a.c.styles
	if len(a.av.Contacts) == 0 {
		return nil
	}
	lines := []string{a.section("Contacts", w)}
	for _, c := range a.av.Contacts {
		head := "  " + s.Bold.Render(c.Name)
		if c.Title != "" {
			head += s.Muted.Render(", " + c.Title)
		}
		if c.Primary {
			head += s.Muted.Render(" · primary")
		}
		lines = append(lines, truncate(head, w))
		if reach := c.Reach(); len(reach) > 0 {
			lines = append(lines, truncate("    "+strings.Join(reach, " · "), w))
		}
	}
	return lines
}

// followUpSection lists the follow-ups still open, earliest due first.
func (a *accountScreen) followUpSection(w int) []string {
	b := a.av.Brief
	if len(b.FollowUps) == 0 {
		return nil
	}
	s := a.c.styles
	now := a.c.now()
	lines := []string{a.section("Open follow-ups", w)}
	for _, f := range b.FollowUps {
		due := day(f.Due) + " (" + relativeDay(now, f.Due) + ")"
		style := s.Muted
		if f.Due.Before(now) {
			style = s.Warning
		}
		lines = append(lines, truncate("  "+style.Render(due)+s.Muted.Render(", "+f.Outcome.FollowUpVerb()+" "+day(f.AgreedAt.In(now.Location()))+" · "+strings.ToLower(f.Outcome.Label())), w))
	}
	return lines
}

// offerSection is the history of offers with each answer and its date, and
// how similar accounts answered the same product.
func (a *accountScreen) offerSection(w int) []string {
	b := a.av.Brief
	if len(b.Offers) == 0 {
		return nil
	}
	s := a.c.styles
	loc := a.c.now().Location()
	lines := []string{a.section("Offers made", w)}
	for _, o := range b.Offers {
		line := "  " + day(o.At.In(loc)) + "  " + o.What() + " " + s.Bold.Render(strings.ToLower(o.Response.Label()))
		lines = append(lines, truncate(line, w))
		if p := b.Peers[o.ProductID].Text(); p != "" {
			lines = append(lines, s.Muted.Render(truncate("    "+p, w)))
		}
	}
	return lines
}
