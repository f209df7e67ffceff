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
// it that is no sentence (「レポート作成に丸2日かかっ」); the churn
// replies began with a "Then" that followed nothing said.
var earlierResponses = map[string]map[model.CueKind][]string{
	"ru": {
		model.CuePain: {
			"Вы сказали: «{words}». Можно я покажу, как другие команды решили именно эту задачу?",
			"Вы упомянули проблему: «{words}». Можно я покажу, как другие команды решили именно эту задачу?",
		},
		model.CueChurnRisk: {"Тогда сегодня никаких новых предложений. Что должно произойти, чтобы вы снова были довольны? Это я хочу решить в первую очередь."},
	},
	"en": {
		model.CuePain:      {`You said "{words}". May I show you how other teams fixed exactly that?`},
		model.CueChurnRisk: {"Then let's put anything new aside today. What would need to happen for you to be glad you stayed? I want to fix that first."},
	},
	"de": {
		model.CuePain:      {"Sie sagten „{words}“. Darf ich Ihnen zeigen, wie andere Teams genau das gelöst haben?"},
		model.CueChurnRisk: {"Dann lassen wir neue Angebote heute ganz beiseite. Was müsste passieren, damit Sie wieder zufrieden sind? Das möchte ich zuerst lösen."},
	},
	"et": {
		model.CuePain:      {"Te ütlesite „{words}“. Kas tohin näidata, kuidas teised meeskonnad just selle lahendasid?"},
		model.CueChurnRisk: {"Siis jätame täna uued pakkumised kõrvale. Mis peaks juhtuma, et te oleksite jälle rahul? Tahan selle kõigepealt lahendada."},
	},
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
