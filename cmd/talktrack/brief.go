package main

import (
	"fmt"
	"io"

	"talktrack/model"
)

// writeHealth prints the health score, its band and every reason with its
// points, which add up to the score.
func writeHealth(w io.Writer, h model.Health) {
	fmt.Fprintf(w, "Health: %d (%s)\n", h.Score, h.Band.Label())
	for _, r := range h.Reasons {
		if r.Max > 0 {
			fmt.Fprintf(w, "  %+3d of %2d  %s\n", r.Points, r.Max, r.Text)
		} else {
			fmt.Fprintf(w, "  %+3d        %s\n", r.Points, r.Text)
		}
	}
}
