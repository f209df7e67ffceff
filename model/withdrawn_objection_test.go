package model_test

import (
	"testing"

	"talktrack/model"
)

// TestAPriceObjectionWithdrawnLiftsIt: notes that say the price is no
// longer a problem, in the wordings reps type, deny an earlier price
// objection as the briefing reads them; notes that say it still is, or say
// nothing of it, do not.
func TestAPriceObjectionWithdrawnLiftsIt(t *testing.T) {
	cat := shippedCatalog(t)
	for _, tc := range []struct {
		notes  string
		denies bool
	}{
		{"Spoke to Ana: the pricing is no longer a concern for the CFO.", true},
		{"Fees are no longer an obstacle, they want the rollout plan.", true},
		{"Cost is no longer the issue now that the budget moved.", true},
		{"Price is still a problem for them.", false},
		{"費用面はもう問題ではありませんとのこと。", true},
		{"価格はもうネックではないそうです。", true},
		{"料金が問題です。", false},
		{"Der Preis spielt für den Einkauf keine Rolle mehr.", true},
		{"Die Kosten stören die Geschäftsführung nicht mehr.", true},
		{"Стоимость больше не пугает финдиректора.", true},
		{"Цена клиента больше не смущает, ждут договор.", true},
		{"Hind ei ole neile enam takistuseks.", true},
		{"Kulud neid enam ei häiri.", true},
		{"Hind on ikka liiga kõrge.", false},
	} {
		if got := cat.SaysOtherwise(tc.notes, model.CuePrice); got != tc.denies {
			t.Errorf("%q: says otherwise about the price %v, want %v", tc.notes, got, tc.denies)
		}
	}
}
