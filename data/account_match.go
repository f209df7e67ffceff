package data

import (
	"context"
	"strings"

	"talktrack/model"
)

// MatchAccounts finds accounts whose name contains text, case, spaces and
// punctuation ignored: names starting with it first, then by name. It
// returns at most limit of them and how many match in all.
func (s *Store) MatchAccounts(ctx context.Context, text string, limit int) ([]model.Account, int, error) {
	key := model.NameKey(text)
	if key == "" {
		return nil, 0, nil
	}
	var total int
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM accounts WHERE instr(name_key, ?) > 0`, key).Scan(&total); err != nil {
		return nil, 0, mapError(s.path, internalf(err, "find accounts like %q", text))
	}
	rows, err := s.db.QueryContext(ctx, `SELECT `+accountColumns+` FROM accounts a
		 WHERE instr(a.name_key, ?1) > 0 ORDER BY instr(a.name_key, ?1) > 1, a.name_key, a.id LIMIT ?2`, key, limit)
	if err != nil {
		return nil, 0, mapError(s.path, internalf(err, "find accounts like %q", text))
	}
	var out []model.Account
	err = eachRow(rows, func() error {
		a, err := scanAccount(rows)
		out = append(out, a)
		return err
	})
	return out, total, mapError(s.path, internalf(err, "find accounts like %q", text))
}

// AccountsStartingWith lists accounts whose id or name starts with prefix
// (ASCII case ignored), by name, at most limit: for shell completion.
func (s *Store) AccountsStartingWith(ctx context.Context, prefix string, limit int) ([]model.Account, error) {
	escaped := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(prefix)
	rows, err := s.db.QueryContext(ctx, `SELECT `+accountColumns+` FROM accounts a
		 WHERE a.id LIKE ?1 || '%' ESCAPE '\' OR a.name LIKE ?1 || '%' ESCAPE '\'
		 ORDER BY a.name_key, a.id LIMIT ?2`, escaped, limit)
	if err != nil {
		return nil, mapError(s.path, internalf(err, "complete accounts"))
	}
	var out []model.Account
	err = eachRow(rows, func() error {
		a, err := scanAccount(rows)
		out = append(out, a)
		return err
	})
	return out, mapError(s.path, internalf(err, "complete accounts"))
}
