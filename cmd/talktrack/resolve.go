package main

import (
	"context"
	"fmt"
	"strings"

	"talktrack/data"
	"talktrack/model"
)

// candidatesShown is how many accounts an ambiguous name lists.
const candidatesShown = 8

// resolveAccount finds the account ref names: its id, its exact name, or a
// part of its name that fits one account only. A part that fits several is
// an ECONFLICT listing them, so the user can pick one.
func resolveAccount(ctx context.Context, st *data.Store, ref string) (model.Account, error) {
	acc, err := st.FindAccount(ctx, ref)
	if model.ErrorCode(err) != model.ENOTFOUND {
		return acc, err
	}
	found, total, merr := st.MatchAccounts(ctx, ref, candidatesShown)
	switch {
	case merr != nil:
		return acc, merr
	case total == 0:
		return acc, err
	case total == 1:
		return found[0], nil
	}
	names := make([]string, len(found))
	for i, f := range found {
		names[i] = fmt.Sprintf("%s (%s)", f.Name, f.ID)
	}
	more := ""
	if total > len(found) {
		more = fmt.Sprintf(" and %d more", total-len(found))
	}
	return acc, model.Errorf(model.ECONFLICT, "%q fits %d accounts: %s%s; give more of the name or the id",
		strings.TrimSpace(ref), total, strings.Join(names, ", "), more)
}
