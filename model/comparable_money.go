package model

import "sort"

// ListValue is an amount in currency expressed in the catalogue's list
// currency, by the rate its own price book implies: the median, over the
// products priced in both, of the price in currency over the list price
// (a book whose CRM Pro is $49 and ¥7,350 puts a dollar at ¥150). Prices
// are never converted for a customer; this only lets amounts in several
// currencies be ordered ("highest ARR first"). ok is false when the
// catalogue prices nothing in that currency and it is not the list one.
func (c *Catalog) ListValue(amount float64, currency string) (float64, bool) {
	code := CurrencyCode(currency)
	if c == nil || code == "" || code == CurrencyCode(c.Currency) {
		return amount, true
	}
	var ratios []float64
	for _, p := range c.Products {
		if v := p.Prices[code]; v > 0 && p.Price > 0 {
			ratios = append(ratios, v/p.Price)
		}
	}
	if len(ratios) == 0 {
		return amount, false
	}
	sort.Float64s(ratios)
	rate := ratios[len(ratios)/2]
	if len(ratios)%2 == 0 {
		rate = (ratios[len(ratios)/2-1] + rate) / 2
	}
	return amount / rate, true
}
