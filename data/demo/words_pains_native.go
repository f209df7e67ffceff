package demo

// painPhrasesJA, painPhrasesRU and painPhrasesET are the complaints as
// Japanese, Russian and Estonian customers put them. {name} is a
// colleague: a family name in Japanese (followed by さん), a given name in
// the nominative elsewhere, so no sentence needs it declined.
var painPhrasesJA = map[string][]string{
	"reporting": {
		"月次レポートの作成に{name}さんが毎回丸2日かかっている",
		"毎週月曜に同じパイプラインの表を一から作り直している",
		"経営会議の数字を誰も信用していない",
		"レポートのたびに{name}さんがExcelに書き出している",
		"地域別の売上を見るのに毎回情報システム部に頼んでいる",
	},
	"scale": {
		"四半期末になるとシステムが極端に遅くなる",
		"毎月ストレージの上限に達してしまう",
		"チームが倍になったのに設定が追いついていない",
		"{n}万件を超えるインポートが途中で止まる",
		"来年{n}拠点を新設するが、今のシステムで持つか分からない",
	},
	"integration": {
		"受注をERPとこちらで二重に入力している",
		"{name}さんが毎週金曜に請求書を手で転記している",
		"ECサイトとCRMで顧客情報が食い違う",
		"ツールが{n}つあって、どれも連携していない",
		"会計用のエクスポートが項目を追加するたびに壊れる",
	},
	"support": {
		"問い合わせが2日間誰にも対応されないことがある",
		"同じ質問に何度も答えている",
		"障害が起きると翌営業日まで待たされる",
		"お客様が3人に連絡して3通りの回答をもらっている",
		"電話の内容が記録に残らない",
	},
	"security": {
		"退職者のログインが何週間も残っていた",
		"ツールごとに別々のパスワードを使っている",
		"誰が何にアクセスできるのか情報システム部でも把握できていない",
		"見込み客からSSO対応を求められたが、対応できなかった",
		"サポートチームがまだログインを共有している",
	},
	"onboarding": {
		"新入社員が慣れるまでに{n}週間かかる",
		"チームの半分がまだ以前のExcelで仕事をしている",
		"設定が分かるのは{name}さんだけ",
		"管理者が辞めてから導入が止まったままになっている",
		"研修が一般的すぎて自社の業務に合わなかった",
	},
	"cost": {
		"誰も使っていないライセンスに費用を払っている",
		"経理からツール費用を今年10%削減するよう言われている",
		"機能が重なるツールを{n}つも契約している",
		"前四半期の超過料金が想定外だった",
		"次の年度まで予算が凍結されている",
	},
	"automation": {
		"{name}さんが毎週金曜にシステム間でデータをコピーしている",
		"フォローのメールは誰かが覚えていないと送られない",
		"見積書をPDFで送り、スキャンで戻ってくる",
		"承認がメールのやり取りで行われ、途中で埋もれてしまう",
		"Webフォームからのリードを手で入力し直している",
	},
	"compliance": {
		"監査で変更履歴を求められたが出せなかった",
		"前回の監査で{name}さんが1週間スクリーンショットを集めた",
		"連絡先がいつ同意したのかを証明できない",
		"保存期間のルールを手作業で運用している",
		"通話録音を{n}年間保存する必要があるが、その方法がない",
	},
	"data_quality": {
		"顧客の半分が二重に登録されている",
		"どの電話番号が最新なのか誰も分からない",
		"旧CRMからのデータが整理されないまま移ってきた",
		"システムを信用できないので、営業が自分のリストを持っている",
		"メール配信のたびに10件に1件は戻ってくる",
	},
}

var painPhrasesRU = map[string][]string{
	"reporting": {
		"{name} до сих пор тратит на отчёты к закрытию месяца два полных дня",
		"Каждый понедельник заново собираем одну и ту же таблицу по воронке",
		"Цифрам в отчёте для руководства никто не доверяет",
		"Для каждого отчёта {name} выгружает данные в Excel",
		"Выручку по регионам видим, только если попросить ИТ",
	},
	"scale": {
		"В конце квартала система еле работает",
		"Каждый месяц упираемся в лимит хранилища",
		"Команда выросла вдвое, а настройки за ней не успели",
		"Импорт больше {n}0 000 строк обрывается по таймауту",
		"В следующем году откроем ещё несколько филиалов и не уверены, что система выдержит",
	},
	"integration": {
		"Заказы вводим дважды: в ERP и здесь",
		"{name} каждую пятницу вручную переносит счета",
		"Интернет-магазин и CRM никак не сойдутся в том, кто клиент",
		"Выгрузка для бухгалтерии ломается при каждом новом поле",
		"Поддержка не видит, что продажи пообещали клиенту",
	},
	"support": {
		"Обращения по два дня лежат без ответа",
		"Отвечаем на одни и те же вопросы снова и снова",
		"Если что-то ломается, ждём до следующего рабочего дня",
		"Клиент пишет трём людям и получает три разных ответа",
		"После телефонных разговоров ничего не остаётся в записи",
	},
	"security": {
		"У ушедших сотрудников неделями оставался доступ",
		"У каждого свой пароль к каждому сервису",
		"ИТ не знает, у кого к чему есть доступ",
		"Потенциальный клиент требовал SSO, и нам пришлось отказать",
		"В поддержке до сих пор работают под общими логинами",
	},
	"onboarding": {
		"Новым сотрудникам нужно несколько недель, чтобы освоиться",
		"Половина команды всё ещё работает в старых таблицах",
		"Настроить что-либо умеет только {name}",
		"После ухода администратора внедрение так и не закончили",
		"Обучение было слишком общим и не про наши процессы",
	},
	"cost": {
		"Платим за лицензии, которыми никто не пользуется",
		"Финансовый отдел требует сократить расходы на сервисы на 10 %",
		"Платим за несколько сервисов, которые дублируют друг друга",
		"Доплата за превышение в прошлом квартале стала неприятным сюрпризом",
		"Бюджет заморожен до следующего финансового года",
	},
	"automation": {
		"{name} каждую пятницу копирует данные между системами",
		"Письма после встреч уходят, только если кто-то вспомнит",
		"КП уходят в PDF, а возвращаются сканами",
		"Согласования идут по почте и теряются",
		"Заявки с сайта перепечатываем вручную",
	},
	"compliance": {
		"Аудиторы запросили историю изменений, а у нас её не было",
		"Не можем подтвердить, когда контакт дал согласие",
		"Сроки хранения данных соблюдаем вручную, и то не всегда",
		"Перед каждой проверкой {name} неделю собирает скриншоты",
		"Записи разговоров нужно хранить несколько лет, а возможности для этого нет",
	},
	"data_quality": {
		"Половина клиентов заведена дважды",
		"Никто не знает, какой номер телефона актуальный",
		"Данные из старой CRM переехали как попало, и их никто не чистил",
		"Менеджеры ведут свои списки, потому что не доверяют системе",
		"При каждой рассылке примерно каждое десятое письмо возвращается",
	},
}

var painPhrasesET = map[string][]string{
	"reporting": {
		"{name} teeb kuu lõpu aruandeid ikka kaks täit päeva",
		"Igal esmaspäeval teeme sama müügitoru tabeli uuesti",
		"Juhatuse esitluse numbreid ei usalda keegi",
		"Iga aruande jaoks ekspordib {name} andmed Excelisse",
		"Käivet piirkonniti näeme ainult siis, kui IT päringu teeb",
	},
	"scale": {
		"Kvartali lõpus muutub süsteem piinavalt aeglaseks",
		"Jõuame iga kuu salvestusmahu piirini",
		"Meeskond kahekordistus, aga seadistus ei ole järele jõudnud",
		"Üle {n}0 000 rea import katkeb",
		"Järgmisel aastal avame {n} uut esindust ja me ei tea, kas süsteem peab vastu",
	},
	"integration": {
		"Tellimused sisestatakse kaks korda, ERP-s ja siin",
		"{name} kannab igal reedel arveid käsitsi üle",
		"E-pood ja CRM ei saa kunagi kokkuleppele, kes klient on",
		"Meil on {n} tööriista ja ükski neist ei räägi teisega",
		"Raamatupidamise eksport läheb iga uue väljaga katki",
	},
	"support": {
		"Pöördumised seisavad kaks päeva, enne kui keegi need võtab",
		"Vastame ikka ja jälle samadele küsimustele",
		"Kui midagi katki läheb, ootame järgmise tööpäevani",
		"Klient kirjutab kolmele inimesele ja saab kolm eri vastust",
		"Telefonikõnedest ei jää mingit jälge",
	},
	"security": {
		"Lahkunud töötajatel oli nädalaid ligipääs alles",
		"Igaühel on igas tööriistas eri parool",
		"IT ei tea, kellel millele ligipääs on",
		"Potentsiaalne klient küsis SSO-d ja pidime ära ütlema",
		"Klienditoes kasutatakse ikka jagatud kontosid",
	},
	"onboarding": {
		"Uutel töötajatel kulub sisseelamiseks {n} nädalat",
		"Pool meeskonnast töötab ikka vanades tabelites",
		"Ainult {name} oskab päriselt midagi seadistada",
		"Pärast administraatori lahkumist jäi juurutus pooleli",
		"Koolitus oli meie tööprotsesside jaoks liiga üldine",
	},
	"cost": {
		"Maksame litsentside eest, mida keegi ei kasuta",
		"Finantsosakond tahab tööriistade kulusid sel aastal 10% vähendada",
		"Maksame {n} tööriista eest, mis kattuvad",
		"Eelmise kvartali ületasud olid ebameeldiv üllatus",
		"Eelarve on järgmise majandusaastani külmutatud",
	},
	"automation": {
		"{name} kopeerib igal reedel andmeid süsteemide vahel",
		"Järelkirjad lähevad välja ainult siis, kui keegi meeles peab",
		"Pakkumised lähevad välja PDF-ina ja tulevad tagasi skaneerituna",
		"Kinnitused käivad e-kirjade ahelates ja lähevad kaduma",
		"Veebivormi müügivihjed trükime käsitsi ümber",
	},
	"compliance": {
		"Audiitorid küsisid muudatuste ajalugu, mida meil polnud",
		"Andmekaitsespetsialist tahab, et kliendiandmed jääksid ELi",
		"Me ei saa tõendada, millal kontakt nõusoleku andis",
		"Enne igat auditit kogub {name} nädal aega kuvatõmmiseid",
		"Säilitustähtaegu järgime käsitsi, kui üldse",
	},
	"data_quality": {
		"Pooled meie klientidest on süsteemis topelt",
		"Keegi ei tea, milline telefoninumber on kehtiv",
		"Vanast CRM-ist tulid andmed üle segamini ja keegi ei korrastanud neid",
		"Müügiinimesed peavad oma nimekirju, sest ei usalda süsteemi",
		"Iga massmeili puhul tuleb umbes iga kümnes kiri tagasi",
	},
}

// painWords are a language's pain phrases by category, and the phrase for
// a category it has none for. Only English names the category ({label}):
// the playbook's labels are English.
func painWords(lang string) (map[string][]string, string) {
	switch lang {
	case "de":
		return painPhrasesDE, "Dasselbe Problem taucht immer wieder auf"
	case "ja":
		return painPhrasesJA, "同じ問題が何度も起きている"
	case "ru":
		return painPhrasesRU, "Одна и та же проблема возникает снова и снова"
	case "et":
		return painPhrasesET, "Sama probleem kordub ikka ja jälle"
	}
	return painPhrases, painFallback
}
