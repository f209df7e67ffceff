package ui

import (
	"fmt"
	"strings"
	"time"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"talktrack/model"
	"talktrack/printable"
)

// twoColumnWidth is where the briefing splits into facts on the left and
// suggestions on the right.
const twoColumnWidth = 110

func (a *accountScreen) titleInfo() string {
	if a.av == nil {
		return a.name
	}
	return a.c.styles.Muted.Render(printable.Line(a.av.Account.ID))
}

func (a *accountScreen) view(w, h int) []string {
	s := a.c.styles
	if a.av == nil {
		return fit([]string{s.Muted.Render("Loading " + a.name + "…")}, h)
	}
	lines := a.headerLines(w)
	body, _, _ := a.body(w)
	bh := max(0, h-len(lines))
	end := min(len(body), a.scroll+bh)
	shown := append([]string(nil), body[a.scroll:end]...)
	if end < len(body) && len(shown) > 0 {
		shown[len(shown)-1] = s.Muted.Render(fmt.Sprintf("↓ %d more lines (pgdn)", len(body)-end+1))
	}
	if a.scroll > 0 && len(shown) > 0 {
		shown[0] = s.Muted.Render(fmt.Sprintf("↑ %d lines above (pgup)", a.scroll+1))
	}
	return fit(append(lines, shown...), h)
}

// headerLines are the facts that stay on screen while the rest scrolls:
// who they are, what they pay, where they are on the journey and what to
// aim for.
func (a *accountScreen) headerLines(w int) []string {
	s := a.c.styles
	v := a.av
	acc := v.Account
	now := a.c.now()

	var facts []string
	if acc.Industry != "" {
		facts = append(facts, capitalize(acc.Industry))
	}
	if acc.SizeBand != "" {
		size := acc.SizeBand + " employees"
		if acc.Employees > 0 {
			size = fmt.Sprintf("%s employees (%d)", acc.SizeBand, acc.Employees)
		}
		facts = append(facts, size)
	}
	if acc.Region != "" {
		facts = append(facts, acc.Region)
	}
	if acc.Owner != "" {
		facts = append(facts, "owner "+acc.Owner)
	}
	lang := "language " + acc.Locale
	if acc.LocaleInferred {
		lang += " (inferred)"
	}
	arr := "—"
	if acc.ARR > 0 {
		arr = model.FormatAmount(acc.Locale, acc.Currency, acc.ARR)
	}
	facts = append(facts, lang, "ARR "+arr)
	if !acc.RenewalDate.IsZero() {
		renewal := "renews " + day(acc.RenewalDate) + " (" + relativeDay(now, acc.RenewalDate) + ")"
		if n := daysBetween(now, acc.RenewalDate); n >= 0 && n <= 90 {
			// A renewal within a quarter is a moment to act on.
			renewal = s.Warning.Render(renewal)
		}
		facts = append(facts, renewal)
	}
	facts = append(facts, contactsText(v.Contacts))
	for _, c := range v.Competitors {
		// Noted from a call's cue: they use or weigh a competitor.
		facts = append(facts, "uses or weighs "+c.Name)
	}

	lines := packChips(s.Heading.Render(acc.Name)+"  ", facts, s.Muted.Render(" · "), w)
	lines = append(lines, a.journeyLine(w, now))
	// The stage's guidance, then each piece of advice on a line of its
	// own: a CSM scans them, and one paragraph of six hid the one that
	// mattered.
	for _, piece := range append([]string{v.Briefing.Guidance}, v.Briefing.Advice...) {
		for i, l := range wrap(piece, max(1, w-2)) {
			mark := "  "
			if i == 0 {
				mark = "▸ "
			}
			lines = append(lines, s.Bold.Render(mark+l))
		}
	}
	if d := v.Draft; d != nil {
		lines = append(lines, s.Draft.Render(truncate(fmt.Sprintf("✎ A call from %s is not logged yet: c resumes it.", d.StartedAt.In(now.Location()).Format("2 Jan 15:04")), w)))
	}
	return lines
}

// packChips lays short facts out on as few lines as fit, never splitting
// one fact across lines.
func packChips(first string, chips []string, sep string, w int) []string {
	var lines []string
	line, empty := first, true
	for _, c := range chips {
		add := c
		if !empty {
			add = sep + c
		}
		if !empty && ansi.StringWidth(line+add) > w {
			lines = append(lines, line)
			line, add = "", c
		}
		line += add
		empty = false
	}
	return append(lines, truncate(line, w))
}

// contactsText names the primary contact first and counts the others.
func contactsText(cs []model.Contact) string {
	if len(cs) == 0 {
		return "no contacts"
	}
	first := cs[0]
	for _, c := range cs {
		if c.Primary {
			first = c
			break
		}
	}
	t := first.Name
	if first.Title != "" {
		t += " (" + first.Title + ")"
	}
	if len(cs) > 1 {
		t += fmt.Sprintf(" +%d", len(cs)-1)
	}
	return "contact " + t
}

// journeyLine draws the stages as a path with this account's stage
// bracketed and highlighted, with the days it has been there. At risk and
// churned sit apart: they are off the happy path.
func (a *accountScreen) journeyLine(w int, now time.Time) string {
	s := a.c.styles
	acc := a.av.Account
	render := func(short bool) (string, int) {
		var b strings.Builder
		var plain strings.Builder
		for i, st := range model.Stages {
			sep := ""
			switch {
			case i == 4:
				sep = "  │  "
			case i == 5:
				sep = " · "
			case i > 0:
				sep = " › "
			}
			b.WriteString(s.Muted.Render(sep))
			plain.WriteString(sep)
			label := stageLabel(st, short)
			if st == acc.Stage {
				if d := acc.DaysInStage(now); d >= 0 {
					label += ", " + plural(d, "day")
				}
				label = "[" + label + "]"
				b.WriteString(s.StageCurrent.Render(label))
			} else {
				b.WriteString(s.StageOther.Render(label))
			}
			plain.WriteString(label)
		}
		return b.String(), len([]rune(plain.String()))
	}
	line, n := render(false)
	if n > w {
		line, _ = render(true)
	}
	return truncate(line, w)
}

// body is the scrolling part of the briefing. from and to bound the lines
// of the selected suggestion and its talking points, to scroll them into view.
func (a *accountScreen) body(w int) (lines []string, from, to int) {
	if w >= twoColumnWidth {
		leftW := w * 9 / 20
		rightW := w - leftW - 3
		left := a.factSections(leftW)
		right, from, to := a.suggestionSection(rightW)
		return joinColumns(left, right, leftW, a.c.styles.Muted.Render(" │ ")), from, to
	}
	// One column: pains first (what hurts them), then what to offer and
	// say, then the rest.
	facts := a.factSections(w)
	pains := a.painSection(w)
	sugg, from, to := a.suggestionSection(w)
	lines = append(lines, pains...)
	off := len(lines)
	lines = append(lines, sugg...)
	lines = append(lines, facts[len(pains):]...)
	return lines, from + off, to + off
}

// factSections are pains, holdings, cooling-off and recent calls.
func (a *accountScreen) factSections(w int) []string {
	var lines []string
	lines = append(lines, a.painSection(w)...)
	lines = append(lines, a.holdingSection(w)...)
	lines = append(lines, a.healthSection(w)...)
	lines = append(lines, a.followUpSection(w)...)
	lines = append(lines, a.contactSection(w)...)
	lines = append(lines, a.coolingSection(w)...)
	lines = append(lines, a.offerSection(w)...)
	lines = append(lines, a.callSection(w)...)
	return lines
}

func (a *accountScreen) section(title string, w int) string {
	t := "── " + title + " "
	return a.c.styles.Section.Render(t) + a.c.styles.Muted.Render(strings.Repeat("─", max(0, w-len([]rune(t)))))
}

// painSection lists pains in the customer's words, open ones first, by
// severity; the dots show severity without colour.
func (a *accountScreen) painSection(w int) []string {
	s := a.c.styles
	pains := a.av.Pains
	open := 0
	for _, p := range pains {
		if p.Status == model.PainOpen {
			open++
		}
	}
	lines := []string{a.section(fmt.Sprintf("Pain points (%d open)", open), w)}
	if len(pains) == 0 {
		return append(lines, s.Muted.Render("  None heard yet: ask what slows them down."))
	}
	for _, p := range pains {
		quote := "“" + p.Title + "” " + s.Muted.Render("· "+a.av.Briefing.CategoryLabel(p))
		if p.Status != model.PainOpen {
			lines = append(lines, hanging(s.Muted.Render("  ✓ solved   "), 13, s.Muted.Render("“"+p.Title+"” · "+p.Category), w)...)
			continue
		}
		label := "  " + severityStyle(s, p.Severity).Render(pad(severityDots(p.Severity)+" "+model.SeverityLabel(p.Severity), 10)) + " "
		lines = append(lines, hanging(label, 13, quote, w)...)
	}
	return lines
}

// hanging writes a labelled text wrapped under itself, not under the label.
func hanging(label string, labelW int, text string, w int) []string {
	var out []string
	for i, l := range wrap(text, max(10, w-labelW)) {
		if i == 0 {
			out = append(out, label+l)
			continue
		}
		out = append(out, strings.Repeat(" ", labelW)+l)
	}
	return out
}

func severityStyle(s Styles, sev int) lipgloss.Style {
	switch {
	case sev >= 3:
		return s.SeverityHigh
	case sev == 2:
		return s.SeverityMedium
	}
	return s.SeverityLow
}

// severityDots shows severity as filled dots out of three.
func severityDots(sev int) string {
	sev = max(1, min(sev, 3))
	return strings.Repeat("●", sev) + strings.Repeat("○", 3-sev)
}

// holdingSection lists what the account owns with seat usage; usage at
// 90% or more is a signal for more seats.
func (a *accountScreen) holdingSection(w int) []string {
	s := a.c.styles
	lines := []string{a.section("Holdings", w)}
	if len(a.av.Holdings) == 0 {
		return append(lines, s.Muted.Render("  Nothing yet."))
	}
	nameW := 0
	for _, h := range a.av.Holdings {
		nameW = max(nameW, ansi.StringWidth(h.Product.Name))
	}
	tracked := model.TracksSeatUse(a.av.Holdings)
	usage := func(h model.HeldProduct) string {
		if h.SeatUseKnown(tracked) {
			return fmt.Sprintf("%d/%d seats", h.SeatsUsed, h.Quantity)
		}
		return fmt.Sprintf("qty %d", h.Quantity)
	}
	// The usage column is as wide as its widest entry ("1647/1790 seats"),
	// never cut.
	usageW := 13
	for _, h := range a.av.Holdings {
		usageW = max(usageW, len(usage(h)))
	}
	nameW = min(nameW, max(12, w-usageW-13))
	for _, h := range a.av.Holdings {
		style := s.Bold
		if h.SeatUseKnown(tracked) && h.Quantity > 0 && h.SeatsUsed*10 >= h.Quantity*9 {
			style = s.Warning
		}
		// What follows is said in whole parts, as many as fit: "since
		// Dec 2024", never "since De…". That it is no longer sold comes
		// first.
		var parts []string
		if h.Product.Discontinued {
			parts = append(parts, "no longer sold")
		}
		parts = append(parts, fmt.Sprintf("%s tier %d", h.Product.Family, h.Product.Tier))
		if !h.Since.IsZero() {
			parts = append(parts, "since "+h.Since.Format("Jan 2006"))
		}
		line := "  " + pad(h.Product.Name, nameW) + " " + style.Render(pad(usage(h), usageW))
		room := w - ansi.StringWidth(line)
		extra := ""
		for _, p := range parts {
			if ansi.StringWidth(extra)+3+ansi.StringWidth(p) > room {
				break
			}
			extra += " · " + p
		}
		lines = append(lines, truncate(line+s.Muted.Render(extra), w))
	}
	return lines
}

// suggestionSection ranks the suggestions and details the selected one:
// why it scores, and the talking points in pitch order.
func (a *accountScreen) suggestionSection(w int) (lines []string, from, to int) {
	s := a.c.styles
	b := a.av.Briefing
	n := a.shown()
	title := fmt.Sprintf("Suggestions (%d)", len(b.Suggestions))
	if n < len(b.Suggestions) {
		title = fmt.Sprintf("Suggestions (top %d of %d)", n, len(b.Suggestions))
	}
	lines = []string{a.section(title, w)}
	if len(b.Suggestions) == 0 {
		msg := "  No suggestion fits right now."
		switch {
		case !a.av.Account.Stage.AllowsOffers():
			msg = "  No offers in this stage: follow the guidance above."
		case len(b.Advice) > 0:
			msg = "  No suggestion right now: see what is held back above."
		}
		return append(lines, s.Muted.Render(msg)), 0, 1
	}
	// A long list shows a window around the selection so the talking
	// points stay close.
	rows := 5
	if w >= twoColumnWidth/2 && a.width >= twoColumnWidth {
		rows = 8
	}
	start, end := listWindow(n, a.selected, rows)
	if start > 0 {
		lines = append(lines, s.Muted.Render(fmt.Sprintf("  ↑ %d more", start)))
	}
	for i := start; i < end; i++ {
		if i == a.selected {
			from = len(lines)
		}
		lines = append(lines, suggestionLine(s, b.Suggestions[i], i, i == a.selected, w))
	}
	if end < n {
		lines = append(lines, s.Muted.Render(fmt.Sprintf("  ↓ %d more", n-end)))
	}
	if more := moreOffersLine(s, len(b.Suggestions)-n); more != "" {
		lines = append(lines, more)
	}
	sg := b.Suggestions[a.selected]
	lines = append(lines, s.Section.Render(truncate(fmt.Sprintf("   Why %s", sg.Product.Name), w)))
	for _, r := range sg.Reasons {
		lines = append(lines, hanging(s.Muted.Render(fmt.Sprintf("   %+4d ", r.Points)), 8, r.Text, w)...)
	}
	lines = append(lines, s.Section.Render("   What to say"))
	for _, tp := range sg.TalkingPoints {
		label := pad(string(tp.Kind), 9)
		for j, l := range wrap(tp.Text, max(10, w-13)) {
			if j > 0 {
				label = pad("", 9)
			}
			lines = append(lines, "   "+s.Muted.Render(label)+" "+l)
		}
	}
	return lines, from, len(lines)
}

// suggestionLine is one ranked suggestion: rank, kind, product, quantity
// and score.
func suggestionLine(s Styles, sg model.Suggestion, i int, selected bool, w int) string {
	kind := s.CrossSell
	if sg.Kind == model.KindUpsell || sg.Kind == model.KindSeats {
		kind = s.Upsell
	}
	name := offerName(sg)
	score := fmt.Sprintf(" score %d", sg.Score)
	text := fmt.Sprintf("%d. %s %s", i+1, pad(kindGlyph(sg.Kind)+" "+string(sg.Kind), 12), name)
	if selected {
		return s.Selected.Render(truncate("› "+text+score, w))
	}
	return truncate("  "+kind.Render(text)+s.Muted.Render(score), w)
}

// coolingSection lists products declined or put off lately, resting before
// they may be offered again.
func (a *accountScreen) coolingSection(w int) []string {
	s := a.c.styles
	if len(a.av.Briefing.CoolingOff) == 0 {
		return nil
	}
	lines := []string{a.section("Cooling off", w)}
	for _, c := range a.av.Briefing.CoolingOff {
		verb := " declined "
		if c.Response == model.ResponseNotNow {
			verb = " put off "
		}
		lines = append(lines, truncate("  "+c.Product.Name+s.Muted.Render(verb+day(c.DeclinedAt)+", rests until "+day(c.Until)), w))
	}
	return lines
}

// callSection lists the latest calls with their outcome and notes.
func (a *accountScreen) callSection(w int) []string {
	s := a.c.styles
	lines := []string{a.section("Recent calls", w)}
	if len(a.av.RecentCalls) == 0 {
		return append(lines, s.Muted.Render("  No calls logged yet."))
	}
	loc := a.c.now().Location()
	for _, c := range a.av.RecentCalls {
		head := "  " + c.StartedAt.In(loc).Format("2 Jan 2006 15:04") + "  " + s.Bold.Render(pad(c.Outcome.Label(), 18)) + s.Muted.Render(minutes(c.Duration))
		if !c.FollowUp.IsZero() {
			head += s.Muted.Render(" · follow-up " + day(c.FollowUp))
		}
		lines = append(lines, truncate(head, w))
		// The notes in full, wrapped: what was said last is what the rep
		// needs before calling again.
		if n := strings.TrimSpace(c.Notes); n != "" {
			for _, l := range wrap("“"+n+"”", max(w-4, 10)) {
				lines = append(lines, "    "+l)
			}
		}
		var detail []string
		for _, o := range c.Offers {
			detail = append(detail, a.productName(o.ProductID)+" "+strings.ToLower(o.Response.Label()))
		}
		if len(detail) > 0 {
			lines = append(lines, s.Muted.Render(truncate("    "+strings.Join(detail, " · "), w)))
		}
	}
	return lines
}

// productName names a product the briefing knows of, else shows its id.
func (a *accountScreen) productName(id string) string {
	return productName(a.av, id)
}

func productName(v *model.AccountView, id string) string {
	if v == nil {
		return id
	}
	for _, h := range v.Holdings {
		if h.Product.ID == id {
			return h.Product.Name
		}
	}
	for _, sg := range v.Briefing.Suggestions {
		if sg.Product.ID == id {
			return sg.Product.Name
		}
	}
	for _, c := range v.Briefing.CoolingOff {
		if c.Product.ID == id {
			return c.Product.Name
		}
	}
	for _, o := range v.Briefing.InProgress {
		if o.Product.ID == id {
			return o.Product.Name
		}
	}
	// An offer answered on a call and no longer suggested (accepted, in
	// progress, or after a price objection) still has its name.
	if v.Input != nil && v.Input.Catalog != nil {
		if p, ok := v.Input.Catalog.Products[id]; ok && p.Name != "" {
			return p.Name
		}
	}
	return id
}

// joinColumns sets two blocks of lines side by side.
func joinColumns(left, right []string, leftW int, sep string) []string {
	n := max(len(left), len(right))
	out := make([]string, n)
	for i := range n {
		var l, r string
		if i < len(left) {
			l = left[i]
		}
		if i < len(right) {
			r = right[i]
		}
		out[i] = pad(l, leftW) + sep + r
	}
	return out
}

// capitalize upper-cases the first letter: "retail" reads "Retail".
func capitalize(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	return strings.ToUpper(string(r[0])) + string(r[1:])
}
