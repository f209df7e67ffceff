package importer

import (
	"math"
	"testing"
)

func TestParseNumber(t *testing.T) {
	tests := []struct {
		in           string
		decimalComma bool
		want         float64
		bad          bool
	}{
		{"3.5E8", false, 3.5e8, false},
		{"6.0", false, 6, false},
		{"6.0", true, 6, false}, // one dot and no group of three: a decimal point
		{"1 234,50", true, 1234.5, false},
		{"1.234,50", true, 1234.5, false},
		{"1.234,50", false, 1234.5, false}, // both separators: the last is the decimal
		{"1,234.50", true, 1234.5, false},
		{"1.234", true, 1234, false}, // a decimal-comma file groups with dots
		{"1,234", false, 1234, false},
		{"1,234", true, 1.234, false},
		{"12,5", false, 12.5, false}, // cannot be a thousands group
		{"0,125", false, 0.125, false},
		{"$1,200,000.50", false, 1200000.5, false},
		{"-$1,200", false, -1200, false},
		{"1 200 EUR", false, 1200, false},
		{"€ 99,90", true, 99.9, false},
		{"(120)", false, -120, false},
		{"1'234.5", false, 1234.5, false},
		{"1\u00a0234,5", true, 1234.5, false},
		{"+7", false, 7, false},
		{"abc", false, 0, true},
		{"12abc", false, 0, true},
		{"1,2,3", false, 0, true},
		{"1.23.4", false, 0, true},
		{"1,234.5.6", false, 0, true},
		{"NaN", false, 0, true},
		{"Inf", false, 0, true},
		{"$", false, 0, true},
	}
	for _, tt := range tests {
		got, err := parseNumber(tt.in, tt.decimalComma)
		if tt.bad {
			if err == nil {
				t.Errorf("parseNumber(%q, %v) = %v, want an error", tt.in, tt.decimalComma, got)
			}
			continue
		}
		if err != nil || math.Abs(got-tt.want) > 1e-9 {
			t.Errorf("parseNumber(%q, %v) = %v, %v; want %v", tt.in, tt.decimalComma, got, err, tt.want)
		}
	}
}

func TestParseWhole(t *testing.T) {
	tests := []struct {
		in   string
		want int
		bad  bool
	}{
		{"6.0", 6, false},
		{"2822", 2822, false},
		{"3.5E3", 3500, false},
		{"6.5", 0, true},
		{"1e12", 0, true},
	}
	for _, tt := range tests {
		got, err := parseWhole(tt.in, false)
		if (err != nil) != tt.bad || got != tt.want {
			t.Errorf("parseWhole(%q) = %v, %v; want %v (error %v)", tt.in, got, err, tt.want, tt.bad)
		}
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in, want, alt string
		evidence      int
		bad           bool
	}{
		{in: "2017-03-01", want: "2017-03-01"},
		{in: "2017-03-01T10:15:00Z", want: "2017-03-01"},
		{in: "2017-03-01 10:15:00", want: "2017-03-01"},
		{in: "2017/03/01", want: "2017-03-01"},
		{in: "3/25/2017", want: "2017-03-25", evidence: +1},
		{in: "25/3/2017", want: "2017-03-25", evidence: -1},
		{in: "3/1/2017", want: "2017-03-01", alt: "2017-01-03"},
		{in: "3/3/2017", want: "2017-03-03"},
		{in: "3/1/2017 10:15 AM", want: "2017-03-01", alt: "2017-01-03"},
		{in: "1.3.2017", want: "2017-03-01"},
		{in: "01.03.17", want: "2017-03-01"},
		{in: "7/4/96", want: "1996-07-04", alt: "1996-04-07"},
		{in: "1 Mar 2017", want: "2017-03-01"},
		{in: "Mar 1, 2017", want: "2017-03-01"},
		{in: "01-Mar-2017", want: "2017-03-01"},
		{in: "2017-02-30", bad: true},
		{in: "2/30/2017", bad: true},
		{in: "13/13/2017", bad: true},
		{in: "3/1/017", bad: true},
		{in: "next spring", bad: true},
		{in: "20170301", bad: true},
	}
	for _, tt := range tests {
		got, err := parseDate(tt.in)
		if tt.bad {
			if err == nil {
				t.Errorf("parseDate(%q) = %+v, want an error", tt.in, got)
			}
			continue
		}
		if err != nil || got.iso != tt.want || got.alt != tt.alt || got.evidence != tt.evidence {
			t.Errorf("parseDate(%q) = %+v, %v; want %s (alt %q, evidence %d)", tt.in, got, err, tt.want, tt.alt, tt.evidence)
		}
	}
}

func TestParseBool(t *testing.T) {
	for in, want := range map[string]bool{"yes": true, "TRUE": true, "1": true, "x": true, "No": false, "0": false, "false": false} {
		got, err := parseBool(in)
		if err != nil || got != want {
			t.Errorf("parseBool(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	if _, err := parseBool("maybe"); err == nil {
		t.Error(`parseBool("maybe") succeeded, want an error`)
	}
}

func TestPurchaseStage(t *testing.T) {
	tests := []struct {
		in, want string
		known    bool
	}{
		{"Won", stageWon, true},
		{"Closed Won", stageWon, true},
		{"closedwon", stageWon, true},
		{"Shipped", stageWon, true},
		{"Lost", stageLost, true},
		{"Closed Lost", stageLost, true},
		{"Cancelled", stageLost, true},
		{"Engaging", stageOpen, true},
		{"Prospecting", stageOpen, true},
		{"Negotiation/Review", stageOpen, true},
		{"Won - pending signature", stageWon, true},
		{"Stalled", stageOpen, false},
	}
	for _, tt := range tests {
		got, known := purchaseStage(tt.in)
		if got != tt.want || known != tt.known {
			t.Errorf("purchaseStage(%q) = %s, %v; want %s, %v", tt.in, got, known, tt.want, tt.known)
		}
	}
}

func TestParseDiscount(t *testing.T) {
	for in, want := range map[string]float64{"0.05": 0.05, "5%": 0.05, "15": 0.15, "0,15": 0.15, "0": 0} {
		comma := in == "0,15"
		got, err := parseDiscount(in, comma)
		if err != nil || math.Abs(got-want) > 1e-9 {
			t.Errorf("parseDiscount(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	if _, err := parseDiscount("150%", false); err == nil {
		t.Error("a discount of 150% was accepted")
	}
}
