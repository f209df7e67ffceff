// Package model holds talktrack's domain: accounts and their journey stage,
// products and their families, holdings, pain points, calls and the offers
// made in them, and the pure logic that turns an account's data into ranked,
// explainable suggestions with talking points. It imports only the standard
// library; storage and screens depend on it, never the other way round.
package model
