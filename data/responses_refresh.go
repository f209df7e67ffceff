package data

import (
	"context"
	"database/sql"
	"slices"

	"talktrack/model"
)

// earlierResponses are replies earlier built-in playbooks wrote, by
// locale and cue kind, that this one words otherwise: the pain replies
// read a rep's note about the customer («теряют заявки», "Anu exports the
// data to Excel") back as the customer's own words, or quoted a piece of
// it that is no sentence (「レポート作成に丸2日かかっ」).
var earlierResponses = map[string]map[model.CueKind][]string{
	"ru": {model.CuePain: {
		"Вы сказали: «{words}». Можно я покажу, как другие команды решили именно эту задачу?",
		"Вы упомянули проблему: «{words}». Можно я покажу, как другие команды решили именно эту задачу?",
	}},
	"en": {model.CuePain: {`You said "{words}". May I show you how other teams fixed exactly that?`}},
	"de": {model.CuePain: {"Sie sagten „{words}“. Darf ich Ihnen zeigen, wie andere Teams genau das gelöst haben?"}},
	"et": {model.CuePain: {"Te ütlesite „{words}“. Kas tohin näidata, kuidas teised meeskonnad just selle lahendasid?"}},
	"ja": {model.CuePain: {"「{words}」とのこと、承知いたしました。他のお客様が同じ課題をどのように解決されたか、ご紹介してもよろしいでしょうか。"}},
}

// refreshResponses gives each stored reply that an earlier built-in
// playbook wrote this one's words; replies sales ops wrote are left as
// they are.
func refreshResponses(ctx context.Context, tx *sql.Tx) error {
	return updateCueLanguages(ctx, tx, func(l *model.CueLanguage, b model.CueLanguage) (changed bool) {
		for kind, olds := range earlierResponses[l.Locale] {
			if slices.Contains(olds, l.Responses[kind]) && b.Responses[kind] != l.Responses[kind] {
				l.Responses[kind], changed = b.Responses[kind], true
			}
		}
		return changed
	})
}
