package model

import "slices"

// dropTimingInPain leaves out a timing cue that stands inside a pain's
// words: «поддержка отвечает только через 3 дня», "tugi vastab alles 3
// päeva pärast" say how long they wait, not when to call.
func dropTimingInPain(cues []Cue) []Cue {
	return slices.DeleteFunc(cues, func(t Cue) bool {
		return t.Kind == CueTiming && slices.ContainsFunc(cues, func(p Cue) bool {
			return p.Kind == CuePain && p.Start <= t.Start && t.Start < p.End
		})
	})
}
