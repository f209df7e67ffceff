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
// replies began with a "Then" that followed nothing said; and wordings a
// native speaker found stiff, untrue or unidiomatic ("what it pays back
// for you", „ohne sich festzulegen“, 「このお話はここまでにいたします」).
var earlierResponses = map[string]map[model.CueKind][]string{
	"en": {
		model.CuePain: {
			"You said \"{words}\". May I show you how other teams fixed exactly that?",
		},
		model.CueChurnRisk: {
			"I hear you, and I won't bring you anything new today. What would need to change for you to be happy to stay? That's what I want to fix first.",
			"Then let's put anything new aside today. What would need to happen for you to be glad you stayed? I want to fix that first.",
			"Understood, nothing new from me today. What would need to happen for you to be glad you stayed? I want to fix that first.",
		},
		model.CuePrice: {
			"Fair point. Let me show you what it pays back for you, and the smallest step that still solves the problem, so you can start there and grow later.",
			"Fair point. Let me show you how it pays for itself, and the smallest step that still solves the problem, so you can start there and grow later.",
		},
		model.CueGrowth: {
			"Congratulations on the growth! Let's make sure the new people have what they need from day one. Shall we look at seats now?",
		},
	},
	"de": {
		model.CuePain: {
			"Sie sagten „{words}“. Darf ich Ihnen zeigen, wie andere Teams genau das gelöst haben?",
		},
		model.CueChurnRisk: {
			"Verstanden, heute biete ich Ihnen nichts Neues an. Was müsste passieren, damit Sie wieder zufrieden sind? Darum kümmere ich mich zuerst.",
			"Dann lassen wir neue Angebote heute ganz beiseite. Was müsste passieren, damit Sie wieder zufrieden sind? Das möchte ich zuerst lösen.",
			"Verstanden, heute biete ich Ihnen nichts Neues an. Was müsste passieren, damit Sie wieder zufrieden sind? Das möchte ich zuerst lösen.",
		},
		model.CuePrice: {
			"Das verstehe ich gut. Darf ich Ihnen kurz zeigen, was es Ihnen unterm Strich bringt, und mit welchem kleineren Schritt Sie anfangen können, ohne sich festzulegen?",
			"Das verstehe ich gut. Darf ich Ihnen kurz zeigen, was Ihnen das unterm Strich bringt und mit welchem kleineren Schritt Sie starten könnten?",
		},
		model.CueGrowth: {
			"Herzlichen Glückwunsch zum Wachstum! Sorgen wir dafür, dass die Neuen vom ersten Tag an alles haben. Sollen wir gleich über die Lizenzen sprechen?",
		},
	},
	"ja": {
		model.CuePain: {
			"「{words}」とのこと、承知いたしました。他のお客様が同じ課題をどのように解決されたか、ご紹介してもよろしいでしょうか。",
		},
		model.CueChurnRisk: {
			"本日は新しいご提案は控えさせていただきます。ご満足いただくために何が必要かを伺い、まずそこから対応させてください。",
		},
		model.CueNoNeed: {
			"承知いたしました。どのような状況になればご検討いただけそうでしょうか。本日のところは、このお話はここまでにいたします。",
		},
		model.CueAuthority: {
			"承知いたしました。ご判断なさる方とのお打ち合わせに私も同席し、ご質問に直接お答えしましょうか。事前に簡単な資料もお送りできます。",
		},
		model.CuePrice: {
			"ご懸念はごもっともです。御社にとっての費用対効果をご説明したうえで、まずは小さく始められる方法もご案内できればと思います。",
		},
	},
	"ru": {
		model.CuePain: {
			"Вы сказали: «{words}». Можно я покажу, как другие команды решили именно эту задачу?",
			"Вы упомянули проблему: «{words}». Можно я покажу, как другие команды решили именно эту задачу?",
		},
		model.CueChurnRisk: {
			"Понимаю, сегодня я ничего нового предлагать не буду. Что должно произойти, чтобы вы снова были довольны? Именно этим я и займусь в первую очередь.",
			"Тогда сегодня никаких новых предложений. Что должно произойти, чтобы вы снова были довольны? Это я хочу решить в первую очередь.",
			"Понимаю, сегодня никаких новых предложений. Что должно произойти, чтобы вы снова были довольны? Именно это я и хочу решить в первую очередь.",
		},
		model.CuePrice: {
			"Понимаю. Давайте я покажу, как это окупается именно у вас, и с какого минимального шага можно начать, чтобы расширяться потом.",
			"Понимаю. Давайте я покажу, как это окупается именно у вас, и с какого минимального шага можно начать, а расширяться уже потом.",
		},
	},
	"et": {
		model.CuePain: {
			"Te ütlesite „{words}“. Kas tohin näidata, kuidas teised meeskonnad just selle lahendasid?",
			"See kõlab tülikalt. Kas tohin näidata, kuidas teised meeskonnad just selle lahendasid?",
		},
		model.CueChurnRisk: {
			"Saan aru, täna ma midagi uut ei paku. Mis peaks juhtuma, et te oleksite jälle rahul? Sellega tahan kõigepealt tegeleda.",
			"Siis jätame täna uued pakkumised kõrvale. Mis peaks juhtuma, et te oleksite jälle rahul? Tahan selle kõigepealt lahendada.",
			"Saan aru, täna ma midagi uut ei paku. Mis peaks juhtuma, et te oleksite jälle rahul? Tahan selle kõigepealt lahendada.",
		},
		model.CuePrice: {
			"Saan aru. Lubage mul näidata, mida see teile rahas tagasi toob ja millise väiksema sammuga saaks alustada ilma kohustusteta.",
			"Saan aru. Kas tohin näidata, kuidas see end teie jaoks ära tasub ja millise väiksema sammuga võiks alustada?",
		},
	},
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
