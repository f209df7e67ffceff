package main

import (
	"encoding/json"
	"io"

	"talktrack/model"
)

// The JSON shapes below are a contract with other tools: field names are
// fixed, new fields may be added.

type productJSON struct {
	ID     string `json:"id"`
	Name   string `json:"name"`
	Family string `json:"family"`
	Tier   int    `json:"tier"`
}

type accountJSON struct {
	ID            string `json:"id"`
	Name          string `json:"name"`
	Stage         string `json:"stage"`
	StageSince    string `json:"stage_since"`
	StageInferred bool   `json:"stage_inferred"`
	Industry      string `json:"industry"`
	SizeBand      string `json:"size_band"`
	Employees     int    `json:"employees"`
	Region        string `json:"region"`
	Locale        string `json:"locale"`
	// LocaleInferred says the locale came from the account's country.
	LocaleInferred bool   `json:"locale_inferred"`
	Currency       string `json:"currency"`
	// ARR is null when the account has none on file.
	ARR         *float64 `json:"arr"`
	Owner       string   `json:"owner"`
	RenewalDate string   `json:"renewal_date"`
}

type painJSON struct {
	ID       int64  `json:"id"`
	Category string `json:"category"`
	Title    string `json:"title"`
	Severity int    `json:"severity"`
	Status   string `json:"status"`
	NotedAt  string `json:"noted_at"`
}

type holdingJSON struct {
	Product   productJSON `json:"product"`
	Quantity  int         `json:"quantity"`
	SeatsUsed int         `json:"seats_used"`
	Since     string      `json:"since"`
}

type talkingPointJSON struct {
	Kind string `json:"kind"`
	Text string `json:"text"`
}

type suggestionJSON struct {
	Product  productJSON `json:"product"`
	Kind     string      `json:"kind"`
	Quantity int         `json:"quantity"`
	Score    int         `json:"score"`
	Reasons  []string    `json:"reasons"`
	// ScoredReasons are the reasons with the points each adds to Score.
	ScoredReasons []model.Reason     `json:"scored_reasons"`
	Solves        []int64            `json:"solves"`
	TalkingPoints []talkingPointJSON `json:"talking_points"`
}

type coolingOffJSON struct {
	Product    productJSON `json:"product"`
	Response   string      `json:"response"`
	DeclinedAt string      `json:"declined_at"`
	Until      string      `json:"until"`
}

type inProgressJSON struct {
	Product  productJSON `json:"product"`
	Response string      `json:"response"`
	At       string      `json:"at"`
}

type briefingJSON struct {
	Account     accountJSON      `json:"account"`
	Guidance    string           `json:"guidance"`
	HeldBack    []string         `json:"held_back"`
	PainPoints  []painJSON       `json:"pain_points"`
	Holdings    []holdingJSON    `json:"holdings"`
	Suggestions []suggestionJSON `json:"suggestions"`
	CoolingOff  []coolingOffJSON `json:"cooling_off"`
	InProgress  []inProgressJSON `json:"in_progress"`
	Health      model.Health     `json:"health"`
	briefJSON
}

type offerJSON struct {
	ProductID string `json:"product_id"`
	Response  string `json:"response"`
	// Quantity is what the rep offered when it differs from the suggestion.
	Quantity int `json:"quantity,omitempty"`
}

type callJSON struct {
	ID        int64       `json:"id"`
	AccountID string      `json:"account_id"`
	ContactID string      `json:"contact_id"`
	StartedAt string      `json:"started_at"`
	DurationS int64       `json:"duration_s"`
	Outcome   string      `json:"outcome"`
	Notes     string      `json:"notes"`
	FollowUp  string      `json:"follow_up"`
	Offers    []offerJSON `json:"offers"`
	// Cues are what the customer signalled, as heard in the notes.
	Cues []model.Cue `json:"cues"`
	// GlobalID is the call's id on every laptop and on the team hub.
	GlobalID string `json:"global_id"`
	// LoggedBy is the colleague who logged it; absent for your own calls.
	LoggedBy string `json:"logged_by,omitempty"`
}

func toProductJSON(p model.Product) productJSON {
	return productJSON{ID: p.ID, Name: p.Name, Family: p.Family, Tier: p.Tier}
}

func toAccountJSON(a model.Account) accountJSON {
	return accountJSON{
		ID: a.ID, Name: a.Name, Stage: string(a.Stage), StageSince: day(a.StageSince),
		StageInferred: a.StageInferred, Industry: a.Industry, SizeBand: a.SizeBand,
		Employees: a.Employees, Region: a.Region, Locale: a.Locale, LocaleInferred: a.LocaleInferred,
		Currency: a.Currency, ARR: arrJSON(a.ARR), Owner: a.Owner,
		RenewalDate: day(a.RenewalDate),
	}
}

// arrJSON is an ARR for JSON: null when none is on file, as the briefing
// prints "—" rather than a zero.
func arrJSON(arr float64) *float64 {
	if arr <= 0 {
		return nil
	}
	return &arr
}

func toBriefingJSON(v model.AccountView) briefingJSON {
	out := briefingJSON{
		Account:     toAccountJSON(v.Account),
		Guidance:    v.Briefing.Guidance,
		PainPoints:  []painJSON{},
		Holdings:    []holdingJSON{},
		Suggestions: []suggestionJSON{},
		CoolingOff:  []coolingOffJSON{},
		InProgress:  []inProgressJSON{},
		HeldBack:    []string{},
		Health:      v.Health,
		briefJSON:   toBriefJSON(v),
	}
	for _, p := range v.Pains {
		out.PainPoints = append(out.PainPoints, painJSON{ID: p.ID, Category: p.Category, Title: p.Title,
			Severity: p.Severity, Status: string(p.Status), NotedAt: day(p.NotedAt)})
	}
	for _, h := range v.Holdings {
		out.Holdings = append(out.Holdings, holdingJSON{Product: toProductJSON(h.Product),
			Quantity: h.Quantity, SeatsUsed: h.SeatsUsed, Since: day(h.Since)})
	}
	for _, s := range v.Briefing.Suggestions {
		sj := suggestionJSON{Product: toProductJSON(s.Product), Kind: string(s.Kind), Quantity: s.Quantity,
			Score: s.Score, Reasons: []string{}, ScoredReasons: []model.Reason{}, Solves: []int64{}, TalkingPoints: []talkingPointJSON{}}
		for _, r := range s.Reasons {
			sj.Reasons = append(sj.Reasons, r.Text)
			sj.ScoredReasons = append(sj.ScoredReasons, r)
		}
		sj.Solves = append(sj.Solves, s.Solves...)
		for _, tp := range s.TalkingPoints {
			sj.TalkingPoints = append(sj.TalkingPoints, talkingPointJSON{Kind: string(tp.Kind), Text: tp.Text})
		}
		out.Suggestions = append(out.Suggestions, sj)
	}
	for _, c := range v.Briefing.CoolingOff {
		out.CoolingOff = append(out.CoolingOff, coolingOffJSON{Product: toProductJSON(c.Product),
			Response: string(c.Response), DeclinedAt: day(c.DeclinedAt), Until: day(c.Until)})
	}
	out.HeldBack = append(out.HeldBack, v.Briefing.Advice...)
	for _, o := range v.Briefing.InProgress {
		out.InProgress = append(out.InProgress, inProgressJSON{Product: toProductJSON(o.Product), Response: string(o.Response), At: day(o.At)})
	}
	return out
}

func toCallJSON(c model.Call) callJSON {
	out := callJSON{ID: c.ID, AccountID: c.AccountID, ContactID: c.ContactID,
		StartedAt: c.StartedAt.UTC().Format("2006-01-02T15:04:05Z07:00"),
		DurationS: int64(c.Duration.Seconds()), Outcome: string(c.Outcome), Notes: c.Notes,
		FollowUp: day(c.FollowUp), Offers: []offerJSON{}, Cues: c.Cues, GlobalID: c.GlobalID, LoggedBy: c.LoggedBy}
	if out.Cues == nil {
		out.Cues = []model.Cue{}
	}
	for _, o := range c.Offers {
		out.Offers = append(out.Offers, offerJSON{ProductID: o.ProductID, Response: string(o.Response), Quantity: o.Quantity})
	}
	return out
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(jsonOut(w))
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
