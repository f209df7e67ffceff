package model

// NewCatalog indexes a playbook for recommendation.
func NewCatalog(pb Playbook) *Catalog {
	panic("not yet written")
}

// Recommend ranks what to offer one account now, with reasons and talking
// points, gated by its journey stage.
func Recommend(in BriefingInput) Briefing {
	panic("not yet written")
}
