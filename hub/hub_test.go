package hub_test

import (
	"context"
	"testing"

	"talktrack/hub"
	"talktrack/hub/hubtest"
)

func TestInitIsIdempotentAndVersioned(t *testing.T) {
	ctx := context.Background()
	h := connect(t, hubtest.NewDatabase(t))
	from, to, err := h.Init(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if from != 0 || to != hub.SchemaVersion() {
		t.Errorf("first init %d → %d, want 0 → %d", from, to, hub.SchemaVersion())
	}
	from, to, err = h.Init(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if from != hub.SchemaVersion() || to != hub.SchemaVersion() {
		t.Errorf("second init %d → %d, want no change at %d", from, to, hub.SchemaVersion())
	}
}

func TestPublishChangesOnlyWhatChanged(t *testing.T) {
	ctx := context.Background()
	tm := newTeam(t, 40)
	h := connect(t, tm.url)
	if res := publish(t, h, tm.book); res.Changed() {
		t.Errorf("publishing the same book again changed %+v", res)
	}
	// One account renamed, one pain retitled: exactly those change.
	acc := tm.ds.Accounts[3]
	acc.Name += " GmbH"
	if _, err := tm.book.DB().ExecContext(ctx, `UPDATE accounts SET name = ? WHERE id = ?`, acc.Name, acc.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := tm.book.DB().ExecContext(ctx, `UPDATE pain_points SET title = title || ' (again)' WHERE id = (SELECT min(id) FROM pain_points)`); err != nil {
		t.Fatal(err)
	}
	res := publish(t, h, tm.book)
	if res.Accounts != 1 || res.Pains != 1 || res.Contacts != 0 || res.Holdings != 0 || res.Playbook {
		t.Errorf("publish after one rename and one retitled pain changed %+v", res)
	}
}
