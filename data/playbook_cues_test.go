package data

import (
	"context"
	"database/sql"
	"reflect"
	"slices"
	"strings"
	"testing"

	"talktrack/assets"
	"talktrack/model"
)

func TestPlaybookCuesAreStoredAndLoaded(t *testing.T) {
	pb, err := ParsePlaybook(assets.Playbook)
	if err != nil {
		t.Fatal(err)
	}
	if len(pb.Cues.Languages) < 5 || len(pb.Cues.Competitors) == 0 {
		t.Fatalf("demo playbook cues: %d languages, %d competitors", len(pb.Cues.Languages), len(pb.Cues.Competitors))
	}
	st := newStore(t)
	ctx := context.Background()
	if err := st.Update(ctx, func(tx *sql.Tx) error { return ReplacePlaybook(ctx, tx, pb) }); err != nil {
		t.Fatal(err)
	}
	back, err := st.Playbook(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back.Cues, pb.Cues) {
		t.Fatal("cue rules changed on their way through the store")
	}
	d, err := st.CueDetector(ctx)
	if err != nil || d == nil {
		t.Fatalf("detector: %v %v", d, err)
	}
	if c := d.Detect("zu teuer", "de"); len(c) != 1 || c[0].Kind != model.CuePrice {
		t.Fatalf("stored rules detect %v", c)
	}
	// A cut budget is heard whichever comes first, the verb or the budget.
	for _, said := range []string{"Нам срезали бюджет на софт", "Бюджет урезали вдвое", "урезали бюджет"} {
		if c := d.Detect(said, "ru"); len(c) != 1 || c[0].Kind != model.CuePrice {
			t.Errorf("%q: %v, want a price cue", said, c)
		}
	}
	// Ways of saying they pay too much that no price word names.
	for _, said := range []struct{ text, lang string }{
		{"We are overpaying", "en"}, {"We are paying way more than we get out of it", "en"},
		{"Spend is under review", "en"}, {"月々の支払いが負担になってきている", "ja"},
		{"Finance has frozen all new spend until the third quarter", "en"},
		{"The renewal came in 18% higher", "en"}, {"Our invoice went up again", "en"},
		{"Unser Softwarebudget für nächstes Jahr wurde um 20 % gekürzt", "de"},
		{"The invoice keeps creeping up every renewal", "en"}, {"We pay for 40 unused seats", "en"},
		{"Die Rechnung ist jedes Jahr höher", "de"}, {"請求額が毎年上がっている", "ja"},
		{"使っていないライセンスにお金を払っている", "ja"}, {"Счёт за лицензии вырос почти вдвое", "ru"},
		{"Arved muudkui kasvavad", "et"},
	} {
		if c := d.Detect(said.text, said.lang); !slices.ContainsFunc(c, func(q model.Cue) bool { return q.Kind == model.CuePrice }) {
			t.Errorf("%q: %v, want a price cue", said.text, c)
		}
	}
	// A bill that grew is no growth to congratulate them on.
	for _, said := range []struct{ text, lang string }{{"Счёт за лицензии вырос почти вдвое", "ru"}, {"Our spend on your tools has doubled", "en"}} {
		if c := d.Detect(said.text, said.lang); slices.ContainsFunc(c, func(q model.Cue) bool { return q.Kind == model.CueGrowth }) {
			t.Errorf("%q: %v, want no growth cue", said.text, c)
		}
	}
	if c := d.Detect("We doubled the team this year", "en"); !slices.ContainsFunc(c, func(q model.Cue) bool { return q.Kind == model.CueGrowth }) {
		t.Errorf("a doubled team: %v, want a growth cue", c)
	}
	if c := d.Detect("Our team is paying attention to more than one thing", "en"); len(c) != 0 {
		t.Errorf("paying attention: %v, want no cue", c)
	}
	// Our support plans claim a support pain only in the customer's words.
	for _, p := range back.Products {
		if want := p.ID == "support-premium" || p.ID == "support-enterprise"; p.ByWordsOnly != want {
			t.Errorf("%s: by_words_only %v after the store, want %v", p.ID, p.ByWordsOnly, want)
		}
	}
	if !reflect.DeepEqual(back.PainCategories, pb.PainCategories) {
		t.Errorf("pain categories (labels, aliases) changed on their way through the store:\n%v\n%v", back.PainCategories, pb.PainCategories)
	}
}

func TestPlaybookCueErrorsNameThePlace(t *testing.T) {
	for _, tt := range []struct{ old, new, want string }{
		{"      price:\n", "      pricey:\n", `"pricey" is not a key of a cue language`},
		{"        reporting: [report*,", "        reports: [report*,", `"reports" is not one of the playbook's pain categories`},
		{"      price:\n", "      price:\n        - too|\n", `pattern "too|" has an empty word`},
	} {
		b := strings.Replace(string(assets.Playbook), tt.old, tt.new, 1)
		_, err := ParsePlaybook([]byte(b))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%q: got %v, want %q", tt.new, err, tt.want)
		}
	}
}
