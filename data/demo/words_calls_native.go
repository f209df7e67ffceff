package demo

// Call notes of Japanese, Russian and Estonian reps. {contact} is a family
// name followed by 様 in Japanese and a given name in the nominative
// elsewhere: the sentences are built so that no name needs declining, and
// no verb shows whether the rep or the contact is a man or a woman.

var callWordsJA = callWords{
	openers: [6][]string{
		{"{contact}とキックオフ。", "{contact}と導入の定例確認。", "{contact}と稼働開始に向けた打ち合わせ。"},
		{"{contact}と活用状況の確認。", "{contact}と利用状況のレビュー。", "{contact}とチームの定着状況について通話。"},
		{"{contact}と四半期レビュー。", "{contact}と定例確認。", "{contact}と来期計画の前に通話。"},
		{"{contact}と近況確認。", "{contact}と四半期レビュー、非常に好感触。", "{contact}から成果の共有でお電話あり。"},
		{"{contact}とエスカレーション対応の通話。", "{contact}と厳しいお話。", "{contact}と未解決の課題について通話。"},
		{"{contact}と解約に関する最終面談。", "解約のご連絡を受けて{contact}と通話。"},
	},
	bodies: [6][]string{
		{"データ移行完了、チーム向け研修を予約済み。", "ERPのエクスポートが間に合わず、稼働開始が1週間延期。", "管理者の設定完了。次は最初のダッシュボード作成。", "月末までに全員がシステムで通話記録を付けることを成功基準として合意。"},
		{"利用は増えているが、まだExcelで作業している方が数名いる。", "新しいキューは好評。レポートはまだ手作業。", "ライセンスの約半数が毎日利用されている。", "新入社員向けに再研修のご要望あり。"},
		{"今四半期は月次決算が2日早く締まった。", "一次回答までの時間が1日から数時間に短縮。", "導入にご満足いただいており、来年はチームを増員予定。", "パイプラインのレビューをダッシュボードで直接実施するようになった。", "更新は問題なさそう。来期予算を策定中。"},
		{"同業他社向けの導入事例としてご協力いただけるとのこと。", "弊社マーケティングとの事例インタビューにご快諾。", "グループ会社をご紹介いただいた。", "ユーザー会で成果を発表していただける予定。"},
		{"サポートの回答が遅いことにご不満。社内でエスカレーション済み。", "社内推進者の退職以降、利用が減少。", "より安価な競合製品を検討中とのこと。", "金曜日までに改善計画をお送りすると約束。", "予算見直しで契約縮小の可能性あり。"},
		{"予算削減により安価なツールへ移行。", "ERP連携がうまく機能しなかったことが解約理由。", "グループの方針で他社製品に統一されることになった。", "来年あらためてお話しする余地あり。"},
	},
	painRaised: []string{"「{pain}」と再度ご指摘あり。", "「{pain}」は引き続き課題とのこと。"},
	offers: [4][]string{
		{"{product}の導入にご同意。注文書を送付。", "{product}を来月から開始することで合意。"},
		{"{product}にご関心あり。提案書を送付予定。", "{product}の見積もりをご依頼。"},
		{"{product}は今は見送り、予算策定後に再検討。", "{product}は来四半期まで保留。"},
		{"{product}は現時点では不要とのこと。", "{product}は現状で満足とのことで不要。"},
	},
	followUp: []string{"{date}にフォロー予定。", "次回は{date}に予約済み。"},
	retry:    []string{"{date}に再度連絡。", "{date}にリマインダー設定。"},
	recap:    []string{"要点をメールで送付。", "議事メモをチームに共有。", ""},
	unreached: [6][]string{
		nil,
		{"{contact}の留守番電話に更新の件でメッセージを残した。", "{contact}の留守番電話に折り返しをお願いするメッセージを残した。"},
		{"受付に{contact}への伝言を依頼。", "{contact}は今週出張中のため、同僚の方に伝言を依頼。"},
		{"応答なし。来週あらためて{contact}に連絡。", "応答なし。{contact}に短いメールを送付。"},
		{"話し中。代わりに{contact}へメールを送付。", "話し中。明日あらためて{contact}に連絡。"},
		{"登録番号が別の方につながった。受付で{contact}の直通番号を確認。"},
	},
	dateLayout: "2006年1月2日",
	sep:        "",
}

var callWordsRU = callWords{
	openers: [6][]string{
		{"Стартовая встреча, на связи {contact}.", "Еженедельная сверка по внедрению, на связи {contact}.", "Планирование запуска, на связи {contact}."},
		{"Проверка использования, на связи {contact}.", "Обзор использования, на связи {contact}.", "Созвон о том, как команда осваивается, на связи {contact}."},
		{"Квартальный обзор, на связи {contact}.", "Плановый созвон, на связи {contact}.", "Созвон перед планированием на следующий год, на связи {contact}."},
		{"Созвон, на связи {contact}.", "Квартальный обзор, на связи {contact}, очень позитивно.", "Входящий звонок: {contact} хочет поделиться результатами."},
		{"Созвон по эскалации, на связи {contact}.", "Непростой разговор, на связи {contact}.", "Созвон по открытым вопросам, на связи {contact}."},
		{"Финальный созвон, на связи {contact}.", "Созвон после уведомления о расторжении, на связи {contact}."},
	},
	bodies: [6][]string{
		{"Импорт данных завершён, обучение команды запланировано.", "Запуск сдвигается на неделю: выгрузка из ERP не готова.", "Администраторы настроены, следующий шаг — первый дашборд.", "Договорились о критерии успеха: к концу месяца все ведут звонки в системе."},
		{"Использование растёт, но несколько человек всё ещё работают в таблицах.", "Новые очереди команде нравятся, отчёты пока делают вручную.", "Около половины лицензий используется ежедневно.", "Просят повторное обучение для новых сотрудников."},
		{"В этом квартале закрыли месяц на два дня быстрее.", "Время первого ответа сократилось с суток до нескольких часов.", "Довольны внедрением, в следующем году планируют расширять команду.", "Обзор воронки теперь проводят прямо по дашбордам.", "Продление выглядит надёжно, бюджет на следующий год сейчас формируется."},
		{"Готовы выступить референсом для других компаний отрасли.", "Согласны на кейс с нашим отделом маркетинга.", "Познакомили нас с дочерней компанией.", "Расскажут о своих результатах на нашей встрече пользователей."},
		{"Недовольны медленными ответами поддержки, эскалировали внутри.", "Использование упало после ухода их внутреннего сторонника.", "Смотрят на более дешёвого конкурента.", "Пообещали план исправлений до пятницы.", "Пересмотр бюджета может урезать контракт."},
		{"Переходят на более дешёвый инструмент из-за сокращения бюджета.", "Ушли, потому что интеграция с ERP так и не заработала.", "Компанию купила группа, которая работает с другим поставщиком.", "Готовы вернуться к разговору в следующем году."},
	},
	painRaised: []string{"Снова подняли тему: «{pain}».", "По-прежнему болит: «{pain}»."},
	offers: [4][]string{
		{"{product}: согласились, отправляю форму заказа.", "{product}: да, старт со следующего месяца."},
		{"{product}: интересно, готовлю предложение.", "{product}: запросили цены."},
		{"{product}: не сейчас, возможно после согласования бюджета.", "{product}: отложили до следующего квартала."},
		{"{product}: отказ, сейчас не нужно.", "{product}: нет, их всё устраивает."},
	},
	followUp: []string{"Повторный звонок {date}.", "Следующий созвон назначен на {date}."},
	retry:    []string{"Перезвонить {date}.", "Напоминание на {date}."},
	recap:    []string{"Резюме отправлено по почте.", "Заметки переданы команде.", ""},
	unreached: [6][]string{
		nil,
		{"Голосовое сообщение, адресат — {contact}, тема — продление.", "Голосовое сообщение, адресат — {contact}, просьба перезвонить по открытой заявке."},
		{"Оставлено сообщение на ресепшене, адресат — {contact}.", "{contact} на этой неделе в командировке, сообщение передано коллеге."},
		{"Не ответили. Повторить звонок на следующей неделе.", "Не ответили, отправлено короткое письмо."},
		{"Занято, отправлено письмо.", "Занято. Перезвонить завтра."},
		{"Номер в карточке принадлежит другому человеку; на ресепшене запрошен прямой номер, контакт — {contact}."},
	},
	dateLayout: "02.01.2006",
	sep:        " ",
}

var callWordsET = callWords{
	openers: [6][]string{
		{"Avakoosolek, osales {contact}.", "Iganädalane juurutuse ülevaade, osales {contact}.", "Käivitamise planeerimine, osales {contact}."},
		{"Kasutuse ülevaade, osales {contact}.", "Kõne sellest, kuidas meeskond hakkama saab, osales {contact}."},
		{"Kvartaliülevaade, osales {contact}.", "Tavapärane kõne, osales {contact}.", "Kõne enne järgmise aasta planeerimist, osales {contact}."},
		{"Vestlus, osales {contact}.", "Kvartaliülevaade, osales {contact}, väga positiivne.", "Sissetulev kõne: {contact} tahab tulemusi jagada."},
		{"Eskalatsioonikõne, osales {contact}.", "Keeruline vestlus, osales {contact}.", "Kõne lahtistest küsimustest, osales {contact}."},
		{"Lõpuvestlus, osales {contact}.", "Kõne pärast lepingu ülesütlemist, osales {contact}."},
	},
	bodies: [6][]string{
		{"Andmete import on tehtud, meeskonna koolitus broneeritud.", "Käivitamine lükkub nädala võrra, sest ERP eksport pole valmis.", "Administraatorid on seadistatud; järgmine samm on esimene töölaud.", "Leppisime edukriteeriumis kokku: kuu lõpuks logivad kõik kõned süsteemis."},
		{"Kasutus kasvab, aga mõned töötavad ikka tabelites.", "Meeskonnale meeldivad uued järjekorrad; aruanded tehakse veel käsitsi.", "Umbes pooled litsentsid on iga päev kasutuses.", "Soovivad uutele töötajatele korduskoolitust."},
		{"Sel kvartalil said nad kuu kaks päeva kiiremini suletud.", "Esmase vastuse aeg langes päevalt mõnele tunnile.", "Juurutusega rahul; järgmisel aastal plaanivad meeskonda kasvatada.", "Müügitoru ülevaateid tehakse nüüd otse töölaudadelt.", "Pikendamine tundub kindel; järgmise aasta eelarvet alles pannakse kokku."},
		{"Valmis olema referentsiks teistele sama valdkonna ettevõtetele.", "Nõus tegema koos meie turundusega juhtumiuuringu.", "Tutvustasid meid oma sõsarettevõttele.", "Esitlevad oma tulemusi meie kasutajate kokkusaamisel."},
		{"Rahulolematud klienditoe aeglaste vastustega; eskaleeritud majasiseselt.", "Kasutus on langenud pärast nende sisemise eestvedaja lahkumist.", "Vaatavad odavama konkurendi poole.", "Lubasime parandusplaani reedeks.", "Eelarve ülevaatus võib lepingut kärpida."},
		{"Lähevad eelarvekärbete tõttu üle odavamale tööriistale.", "Lahkusid, sest ERP-liidestus ei hakanud kunagi tööle.", "Ettevõtte ostis kontsern, mis kasutab teist tarnijat.", "Valmis järgmisel aastal uuesti rääkima."},
	},
	painRaised: []string{"Tõstatasid uuesti: „{pain}“.", "Endiselt probleem: „{pain}“."},
	offers: [4][]string{
		{"{product}: nõus, saadan tellimisvormi.", "{product}: jah, algus järgmisest kuust."},
		{"{product}: huvi on, saadan pakkumise.", "{product}: küsisid hinda."},
		{"{product}: praegu mitte, võib-olla pärast eelarveringi.", "{product}: lükatud järgmisse kvartalisse."},
		{"{product}: loobusid, praegu pole vaja.", "{product}: ei, on praegusega rahul."},
	},
	followUp: []string{"Järelkõne {date}.", "Järgmine kõne on kokku lepitud {date}."},
	retry:    []string{"Proovida uuesti {date}.", "Meeldetuletus {date}."},
	recap:    []string{"Kokkuvõte saadetud e-postiga.", "Märkmed jagatud meeskonnaga.", ""},
	unreached: [6][]string{
		nil,
		{"Jätsin kõneposti teate, adressaat {contact}, teema lepingu pikendamine.", "Jätsin kõneposti teate, adressaat {contact}, palve tagasi helistada."},
		{"Jätsin teate vastuvõttu, adressaat {contact}.", "{contact} on sel nädalal lähetuses, teade jäetud kolleegile."},
		{"Ei vastanud. Proovin järgmisel nädalal uuesti.", "Ei vastanud; saatsin lühikese e-kirja."},
		{"Kinni; saatsin hoopis e-kirja.", "Kinni. Proovin homme uuesti."},
		{"Kirjas olev number kuulub kellelegi teisele; küsisin vastuvõtust otsenumbrit, kontakt {contact}."},
	},
	dateLayout: "02.01.2006",
	sep:        " ",
}

// callWordsFor are the call note sentences of a language.
func callWordsFor(lang string) *callWords {
	switch lang {
	case "de":
		return &callWordsDE
	case "ja":
		return &callWordsJA
	case "ru":
		return &callWordsRU
	case "et":
		return &callWordsET
	}
	return &callWordsEN
}
