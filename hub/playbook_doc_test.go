package hub

import (
	"reflect"
	"testing"

	"talktrack/assets"
	"talktrack/data"
)

// TestPlaybookSurvivesTheHub checks that the demo playbook comes back from
// the hub's form whole: prices, pains, how each product solves them,
// regions, translations.
func TestPlaybookSurvivesTheHub(t *testing.T) {
	pb, err := data.ParsePlaybook(assets.Playbook)
	if err != nil {
		t.Fatal(err)
	}
	b, err := encodePlaybook(pb)
	if err != nil {
		t.Fatal(err)
	}
	got, err := decodePlaybook(b)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, pb) {
		for i := range pb.Products {
			if !reflect.DeepEqual(got.Products[i], pb.Products[i]) {
				t.Fatalf("product %s comes back as\n%+v\nnot\n%+v", pb.Products[i].ID, got.Products[i], pb.Products[i])
			}
		}
		t.Fatal("the playbook does not come back whole")
	}
}
