package model

import "testing"

func TestFormatMoney(t *testing.T) {
	tests := []struct {
		currency string
		amount   float64
		want     string
	}{
		{"$", 1250, "$1,250"},
		{"$", 49.5, "$49.50"},
		{"$", 49.05, "$49.05"},
		{"$", 49, "$49"},
		{"$", 0, "$0"},
		{"$", 999, "$999"},
		{"$", 1000, "$1,000"},
		{"$", 1234567.891, "$1,234,567.89"},
		{"$", 999999.999, "$1,000,000"},
		{"$", -5, "-$5"},
		{"€", 1250.25, "€1,250.25"},
		{"EUR", 1250, "EUR 1,250"},
		{"", 12345, "12,345"},
	}
	for _, tt := range tests {
		if got := FormatMoney(tt.currency, tt.amount); got != tt.want {
			t.Errorf("FormatMoney(%q, %v) = %q, want %q", tt.currency, tt.amount, got, tt.want)
		}
	}
}

func TestFormatPriceAndSeatPeriod(t *testing.T) {
	prices := []struct {
		p    Product
		want string
		ok   bool
	}{
		{Product{Price: 49, BillingUnit: "seat/month"}, "$49 per seat/month", true},
		{Product{Price: 1250}, "$1,250", true},
		{Product{Price: 0, BillingUnit: "month"}, "", false},
	}
	for _, tt := range prices {
		if got, ok := formatPrice("$", tt.p); got != tt.want || ok != tt.ok {
			t.Errorf("formatPrice(%+v) = %q, %v; want %q, %v", tt.p, got, ok, tt.want, tt.ok)
		}
	}
	periods := map[string]string{"seat/month": " per month", "user/year": " per year", "seat": "", "": "", "month": " per month"}
	for unit, want := range periods {
		if got := seatPeriod(unit); got != want {
			t.Errorf("seatPeriod(%q) = %q, want %q", unit, got, want)
		}
	}
}
