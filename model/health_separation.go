package model

import "time"

// HealthSeparation says how well health scores told apart, beforehand, the
// accounts that went on to be at risk or churn from those that did not.
type HealthSeparation struct {
	// Horizon is how soon after each moment an account had to go at risk
	// or churn to count as going bad.
	Horizon time.Duration
	// Moments are the dates the scores were computed at.
	Moments []time.Time
	// WentBad and StayedWell count the scores of each group (an account
	// counts once per moment).
	WentBad, StayedWell int
	// MeanWentBad and MeanStayedWell are the groups' mean scores.
	MeanWentBad, MeanStayedWell float64
	// AUC is the chance that an account that stayed well scored higher
	// than one that went bad (ties count half): 0.5 is no separation, 1
	// perfect.
	AUC float64
}

// Separation compares the scores of accounts that went bad with those of
// accounts that stayed well.
func Separation(wentBad, stayedWell []int) HealthSeparation {
	sep := HealthSeparation{WentBad: len(wentBad), StayedWell: len(stayedWell)}
	sep.MeanWentBad, sep.MeanStayedWell = mean(wentBad), mean(stayedWell)
	if len(wentBad) == 0 || len(stayedWell) == 0 {
		return sep
	}
	// Scores are 0-100: count them instead of comparing every pair.
	var below [102]int // below[s] counts stayed-well scores under s
	var at [101]int
	for _, s := range stayedWell {
		at[min(max(s, 0), 100)]++
	}
	for s := 1; s <= 101; s++ {
		below[s] = below[s-1] + at[s-1]
	}
	wins := 0.0
	for _, b := range wentBad {
		b = min(max(b, 0), 100)
		wins += float64(len(stayedWell)-below[b+1]) + 0.5*float64(at[b])
	}
	sep.AUC = wins / float64(len(wentBad)*len(stayedWell))
	return sep
}

func mean(xs []int) float64 {
	if len(xs) == 0 {
		return 0
	}
	sum := 0
	for _, x := range xs {
		sum += x
	}
	return float64(sum) / float64(len(xs))
}
