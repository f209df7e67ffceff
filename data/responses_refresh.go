package data

import (
	"context"
	"database/sql"

	"talktrack/model"
)

// earlierResponses are replies an earlier built-in playbook wrote, by
// locale and cue kind, that this one words otherwise: the pain replies
// read a rep's note about the customer («теряют заявки», "Anu exports the
// data to Excel") back as the customer's own words.
var earlierResponses = map[string]map[model.CueKind]string{
	"ru": {model.CuePain: "Вы сказали: «{words}». Можно я покажу, как другие команды решили именно эту задачу?"},
	"en": {model.CuePain: `You said "{words}". May I show you how other teams fixed exactly that?`},
	"de": {model.CuePain: "Sie sagten „{words}“. Darf ich Ihnen zeigen, wie andere Teams genau das gelöst haben?"},
	"et": {model.CuePain: "Te ütlesite „{words}“. Kas tohin näidata, kuidas teised meeskonnad just selle lahendasid?"},
}

// refreshResponses gives each stored reply that an earlier built-in
// playbook wrote this one's words; replies sales ops wrote are left as
// they are.
func refreshResponses(ctx context.Context, tx *sql.Tx) error {
	return updateCueLanguages(ctx, tx, func(l *model.CueLanguage, b model.CueLanguage) (changed bool) {
		for kind, old := range earlierResponses[l.Locale] {
			if l.Responses[kind] == old && b.Responses[kind] != old {
				l.Responses[kind], changed = b.Responses[kind], true
			}
		}
		return changed
	})
}
