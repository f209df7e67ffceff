package data

import (
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"talktrack/assets"
	"talktrack/model"
)

// spokenTexts gathers every text of the bundled playbook and of the fixed
// sentences that a rep says to a customer of lang, or reads in lang:
// talking point templates, offsets, cue responses, competitor differences,
// stage guidance, held-back advice and the right-size line. Each is keyed
// by where it comes from, so a failure names the line to fix.
func spokenTexts(t *testing.T, lang string) map[string]string {
	t.Helper()
	pb, err := ParsePlaybook(assets.Playbook)
	if err != nil {
		t.Fatal(err)
	}
	texts := map[string]string{}
	for i, tp := range pb.TalkingPoints {
		if tp.Locale == lang {
			texts["template "+string(tp.Kind)+" #"+strconv.Itoa(i)] = tp.Text
		}
	}
	for _, p := range pb.Products {
		if o := p.OffsetsIn(lang); o != "" {
			texts["offsets "+p.ID] = o
		}
	}
	if l, ok := pb.Cues.Language(lang); ok {
		for kind, r := range l.Responses {
			texts["cue response "+string(kind)] = r
		}
	}
	for _, c := range pb.Cues.Competitors {
		if d := c.Difference[lang]; d != "" {
			texts["difference "+c.Name] = d
		}
	}
	for _, st := range model.Stages {
		texts["guidance "+string(st)] = st.GuidanceIn(lang)
	}
	texts["guidance advocate with a complaint about us"] = model.AdvocateComplaintGuidance(lang)
	texts["advice about us"] = model.AdviceAboutUs(lang, "X")
	texts["advice further down"] = model.AdviceFurtherDown(lang, "X", "{product}", 6)
	texts["advice no offers"] = model.AdviceNoOffers(lang, "X", false)
	texts["advice no expansion"] = model.AdviceNoExpansion(lang, "X", false)
	texts["advice no offers, seats in use"] = model.AdviceNoOffers(lang, "X", true)
	texts["advice no expansion, seats in use"] = model.AdviceNoExpansion(lang, "X", true)
	texts["advice low seats"] = model.AdviceLowSeats(lang, "{product}", 3, 10)
	texts["right-size"] = model.RightSizeLine(lang, "{product}", 3, 10)
	return texts
}

// estonianNameSlot finds an inserted name ({product}, {held},
// {integrated}, {complement}) in a place that asks for a case the name
// cannot take: a case ending glued to it ("{held}-ga"), a following
// postposition or noun that wants it in the genitive ("{held} puhul",
// "{held} järel", "{held} abil", "{integrated} lahendusega", "{product}
// litsentsist"), or a verb or preposition before it that wants the
// partitive or genitive ("kasutab {product}", "lisaks {complement}").
// Product names are said as they are written, so an Estonian template must
// keep them in the nominative: as the subject ("{held} on teil …",
// "millel on {held}") or after a colon.
var estonianNameSlot = regexp.MustCompile(
	`\{(?:product|held|integrated|complement)\}(?:[-'’]?\p{L}+|\s+(?:puhul|järel|järgmine|abil|asemel|eest|jaoks|kaudu|kohta|poolt|juurde|lahendus\p{L}*|litsents\p{L}*|laiendamist|kasutaja\p{L}*|paket\p{L}*|toode\p{L}*|toote\p{L}*))` +
		`|(?:kasuta\p{L}*|lisaks|pärast|peale|ilma|üle|vastu)\s+\{(?:product|held|integrated|complement)\}`)

// TestEstonianNamesStayInTheNominative fails on an Estonian sentence that
// puts a product name where Estonian declines it: "CRM Starter puhul",
// "Admin Training Day lahendust" and "{seats}-st … {held}" read aloud as
// broken Estonian for any name the playbook may hold.
func TestEstonianNamesStayInTheNominative(t *testing.T) {
	n := 0
	for where, text := range spokenTexts(t, "et") {
		n++
		if m := estonianNameSlot.FindString(text); m != "" {
			t.Errorf("%s: %q declines a product name (%q); keep the name in the nominative", where, text, m)
		}
	}
	if n < 40 {
		t.Fatalf("only %d Estonian texts found to check", n)
	}
	// The check itself: the old lines it was written against.
	for _, bad := range []string{
		"{held} puhul on kasutusel 3 litsentsi 4-st",
		"{complement} järel on {product} loomulik järgmine samm.",
		"kasutavad {held} lahendust",
		"lisaks {complement} lahendusele",
		"{held}-ga",
		"Teie 10 {product} litsentsist on kasutusel ainult 3.",
		"{product} laiendamist ei paku",
	} {
		if !estonianNameSlot.MatchString(bad) {
			t.Errorf("the check misses %q", bad)
		}
	}
}

// calques are phrases that no rep in the market would say: word-for-word
// translations of the English playbook, the wrong person doing a thing, or
// the wrong word for a thing. Each was once in the playbook.
var calques = map[string][]string{
	"de": {
		"Platz zum Wachsen",            // "room to grow"
		"völlig gute Antwort",          // "a perfectly good answer"
		", ohne ein neues Werkzeug.",   // a dangling "without a new tool"
		"können wir auf",               // "we can move to X": the customer moves, not the vendor
		"in Ihrer Größe",               // a company's size, not the listener's
		"mehr wert sind als ihr Preis", // whose price?
		"doppelte Kunden",              // customers are not doubled, their records are
		"auch {product} ein.",          // a workshop or a migration is booked, not "eingesetzt"
	},
	"et": {
		"täiesti hea vastus",         // "a perfectly good answer"
		"ümber töötami",              // "work around"
		"uuendus",                    // an update, not a higher tier
		"pilet",                      // a ticket to a concert, not a work item
		"ettevõttest, kes",           // companies take "mis", not "kes"
		"tööle tulles",               // the gerund's subject would be the accounts
		"rohkem, kui see ise maksab", // "finds more licences than it costs"
		"saame minna üle",            // "we can go over": the customer moves, not the vendor
		"sama kliendi kaks korda",
		"agendid",            // support staff are klienditeenindajad, agents are spies
		"huvitavaks muutuks", // "muutuma … muutuks" twice in one question
	},
}

// TestNoCalquesInGermanOrEstonian fails on a German or Estonian line that
// a native rep would not say, in any text of the playbook or the fixed
// sentences.
func TestNoCalquesInGermanOrEstonian(t *testing.T) {
	for lang, phrases := range calques {
		for where, text := range spokenTexts(t, lang) {
			for _, p := range phrases {
				if strings.Contains(text, p) {
					t.Errorf("%s %s: %q says %q", lang, where, text, p)
				}
			}
		}
	}
}

// informal are the words of du (German) and sina (Estonian): customers are
// spoken to as Sie and teie.
var informal = map[string]*regexp.Regexp{
	"de": regexp.MustCompile(`\b(?i:du|dich|dir|dein\p{L}*|euch|euer|eure\p{L}*)\b`),
	"et": regexp.MustCompile(`\b(?i:sina|sinu|sul|sulle|sinult|sa|oled|tead|ütle|vaata|sinul)\b`),
}

// TestGermanSaysSieEstonianTeie fails on a German or Estonian line that
// speaks to the customer informally.
func TestGermanSaysSieEstonianTeie(t *testing.T) {
	for lang, re := range informal {
		for where, text := range spokenTexts(t, lang) {
			if m := re.FindString(text); m != "" {
				t.Errorf("%s %s: %q says %q to a customer", lang, where, text, m)
			}
		}
	}
	if !informal["et"].MatchString("Kas sa tead, kui kaua see aega võtab?") || !informal["de"].MatchString("Wie lange braucht dein Team?") {
		t.Error("the check misses an informal line")
	}
}

// seatWords are the words of a seat line that must agree with how many
// seats are offered, even where no number stands next to them ("wait with
// the extra seat" when one is offered).
var seatWords = map[string]struct{ one, other []string }{
	"de": {one: []string{"der zusätzlichen Lizenz", "reicht 1 weitere Lizenz"}, other: []string{"den zusätzlichen Lizenzen", "weitere Lizenzen"}},
	"et": {one: []string{"lisalitsentsiga", "saame selle lisada"}, other: []string{"lisalitsentsidega", "saame need lisada"}},
}

// TestSeatLinesAgreeWithTheQuantity fails on a German or Estonian seat
// line that speaks of one extra seat in the plural, or of several in the
// singular: "Kui soovite lisalitsentsidega … oodata" for a single seat.
func TestSeatLinesAgreeWithTheQuantity(t *testing.T) {
	pb, err := ParsePlaybook(assets.Playbook)
	if err != nil {
		t.Fatal(err)
	}
	cat := model.NewCatalog(pb)
	now := time.Date(2026, 6, 15, 10, 0, 0, 0, time.UTC)
	for _, lc := range languageCases {
		words, ok := seatWords[lc.locale]
		if !ok {
			continue
		}
		seen := map[bool]int{}
		for _, in := range languageScenarios(cat, lc, now) {
			for _, s := range model.Recommend(in).Suggestions {
				if s.Kind != model.KindSeats {
					continue
				}
				one := s.Quantity == 1
				seen[one]++
				var said, wrong []string
				for _, tp := range s.TalkingPoints {
					said = append(said, tp.Text)
				}
				text := strings.Join(said, " ")
				if one {
					wrong = words.other
				} else {
					wrong = words.one
				}
				for _, w := range wrong {
					if strings.Contains(text, w) {
						t.Errorf("%s, %d seats offered: %q says %q", lc.locale, s.Quantity, text, w)
					}
				}
			}
		}
		if seen[true] == 0 || seen[false] == 0 {
			t.Errorf("%s: the scenarios offer no single seat or no several seats to check: %v", lc.locale, seen)
		}
	}
}
