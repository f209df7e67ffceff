package demo

// Japanese, Russian and Estonian accounts. Japanese words are written
// "native|latin": the latin half spells web domains and mail addresses.
// Russian ones are transliterated for those (see latinOf).

var cultureJapanese = culture{
	firstNames: []string{
		"翔太|shota", "健一|kenichi", "大輔|daisuke", "拓也|takuya", "直樹|naoki", "浩二|koji", "誠|makoto",
		"隆|takashi", "和也|kazuya", "亮|ryo", "美咲|misaki", "陽子|yoko", "恵|megumi", "由美|yumi",
		"真由美|mayumi", "彩|aya", "智子|tomoko", "麻衣|mai", "裕子|yuko", "奈々|nana", "健太|kenta", "千尋|chihiro",
	},
	lastNames: []string{
		"佐藤|sato", "鈴木|suzuki", "高橋|takahashi", "田中|tanaka", "伊藤|ito", "渡辺|watanabe", "山本|yamamoto",
		"中村|nakamura", "小林|kobayashi", "加藤|kato", "吉田|yoshida", "山田|yamada", "佐々木|sasaki", "山口|yamaguchi",
		"松本|matsumoto", "井上|inoue", "木村|kimura", "林|hayashi", "清水|shimizu", "森|mori", "池田|ikeda",
		"橋本|hashimoto", "石川|ishikawa", "前田|maeda", "藤田|fujita", "岡田|okada", "後藤|goto", "長谷川|hasegawa",
		"村上|murakami", "近藤|kondo",
	},
	// Place-like names: a region or a lucky word before the trade.
	placeStems: []string{
		"東洋|toyo", "北陸|hokuriku", "関東|kanto", "中央|chuo", "大和|yamato", "富士|fuji", "東海|tokai",
		"三和|sanwa", "光|hikari", "新星|shinsei", "明和|meiwa", "協和|kyowa", "青葉|aoba", "若葉|wakaba",
		"桜|sakura", "瀬戸内|setouchi", "北斗|hokuto", "日進|nisshin",
	},
	titles: [3][]string{
		{"代表取締役", "営業部長", "総務部長", "カスタマーサポート課長", "経営企画室長", "業務部長", "経理課長", "取締役"},
		{"営業本部長", "カスタマーサポート部長", "情報システム部長", "営業企画課長", "マーケティング部長", "財務部長", "購買部長", "経営企画部長"},
		{"執行役員 営業本部長", "情報システム部 部長", "CIO", "IT調達課長", "営業企画部 部長", "サポートセンター長", "業務システム部長", "経理財務部長"},
	},
	lang:        "ja",
	familyFirst: true,
}

// coinedJA are katakana brand names for Japanese companies.
var coinedJA = []string{
	"ネクスト|next", "ヴェルテック|veltec", "コアテック|coretec", "ルミナス|luminous", "ノヴァ|nova",
	"ゼニス|zenith", "ソレイユ|soleil", "アクシス|axis", "リンクス|lynx", "エール|aile",
}

var cultureRussian = culture{
	firstNames: []string{
		"Алексей", "Дмитрий", "Сергей", "Андрей", "Михаил", "Иван", "Николай", "Павел", "Артём", "Максим",
		"Владимир", "Егор", "Игорь", "Константин", "Роман",
		"Анна", "Елена", "Ольга", "Наталья", "Ирина", "Мария", "Татьяна", "Екатерина", "Светлана", "Юлия",
		"Марина", "Ксения", "Дарья", "Алина", "Виктория",
	},
	femaleFirstNames: []string{
		"Анна", "Елена", "Ольга", "Наталья", "Ирина", "Мария", "Татьяна", "Екатерина", "Светлана", "Юлия",
		"Марина", "Ксения", "Дарья", "Алина", "Виктория",
	},
	// Family names in their masculine form; feminine adds "а".
	lastNames: []string{
		"Смирнов", "Иванов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов", "Михайлов", "Новиков", "Фёдоров",
		"Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов", "Егоров", "Павлов", "Козлов", "Степанов", "Николаев",
		"Орлов", "Андреев", "Макаров", "Никитин", "Захаров", "Зайцев", "Соловьёв", "Борисов", "Яковлев", "Григорьев",
		"Романов", "Сергеев", "Беляев", "Тарасов", "Белов", "Комаров", "Виноградов", "Богданов",
	},
	placeStems: []string{
		"Вектор", "Меридиан", "Горизонт", "Альфа", "Прогресс", "Север", "Волга", "Урал", "Байкал", "Сфера",
		"Импульс", "Эталон", "Гранит", "Орион", "Квант", "Стимул", "Арсенал", "Ладога", "Кедр", "Монолит",
	},
	titles: [3][]string{
		{"Генеральный директор", "Коммерческий директор", "Руководитель отдела продаж", "Офис-менеджер", "Руководитель службы поддержки", "Финансовый директор", "Операционный директор", "Исполнительный директор"},
		{"Директор по продажам", "Руководитель клиентского сервиса", "ИТ-директор", "Руководитель отдела маркетинга", "Главный бухгалтер", "Руководитель отдела закупок", "Директор по развитию", "Финансовый директор"},
		{"Директор по ИТ", "Директор по клиентскому опыту", "Руководитель направления CRM", "Руководитель ИТ-закупок", "Директор департамента продаж", "Руководитель контакт-центра", "Руководитель отдела бизнес-систем", "Финансовый контролёр"},
	},
	lang: "ru",
}

var cultureEstonian = culture{
	firstNames: []string{
		"Mari", "Kadri", "Liis", "Triin", "Kristi", "Anu", "Maarja", "Kertu", "Piret", "Eva", "Tiina", "Helen",
		"Martin", "Andres", "Margus", "Tõnu", "Jaan", "Rein", "Siim", "Kristjan", "Priit", "Marko", "Karl", "Mihkel", "Rasmus",
	},
	lastNames: []string{
		"Tamm", "Saar", "Sepp", "Mägi", "Kask", "Kukk", "Rebane", "Ilves", "Pärn", "Koppel", "Lepik", "Kuusk",
		"Raudsepp", "Oja", "Lill", "Kivi", "Mets", "Karu", "Vaher", "Lepp", "Kallas", "Teder", "Laur", "Põder", "Org",
	},
	placeStems: []string{
		"Põhja", "Lõuna", "Lääne", "Ida", "Mere", "Kalju", "Metsa", "Tähe", "Päikese", "Kuld", "Hõbe", "Tuule",
		"Järve", "Linnu", "Ranna",
	},
	placeEnds: []string{
		"täht", "rand", "mets", "kivi", "tuul", "laht", "org", "mägi", "saar", "sild", "värav", "allikas", "koda",
	},
	compound: true,
	titles: [3][]string{
		{"Juhataja", "Tegevjuht", "Müügijuht", "Kontorijuht", "Klienditoe juht", "Finantsjuht", "Tegevdirektor", "Juhatuse liige"},
		{"Müügidirektor", "Klienditeeninduse juht", "IT-juht", "Turundusjuht", "Pearaamatupidaja", "Ostujuht", "Arendusjuht", "Finantsdirektor"},
		{"IT-direktor", "Kliendikogemuse juht", "CRM-valdkonna juht", "IT-hangete juht", "Müügiosakonna direktor", "Kontaktkeskuse juht", "Ärisüsteemide juht", "Finantskontroller"},
	},
	lang: "et",
}

// industryNouns end company names in Japanese, Russian and Estonian, by
// industry; Japanese ones are "native|latin".
var industryNouns = map[string]map[string][]string{
	"software": {
		"ja": {"システム|system", "ソフト|soft", "情報技術|johogijutsu", "データ|data", "テクノロジー|technology", "ネットワーク|network"},
		"ru": {"Софт", "Технологии", "Системы", "Инфо", "Дата", "Лаб"},
		"et": {"Tarkvara", "Süsteemid", "IT", "Digital", "Andmed", "Tehnoloogia"},
	},
	"retail": {
		"ja": {"商事|shoji", "商店|shoten", "物産|bussan", "ストア|store", "リテール|retail", "百貨|hyakka"},
		"ru": {"Трейд", "Ритейл", "Маркет", "Торг", "Снаб"},
		"et": {"Kaubandus", "Pood", "Kaubamaja", "Hulgi", "Sisustus"},
	},
	"manufacturing": {
		"ja": {"精機|seiki", "製作所|seisakusho", "工業|kogyo", "電機|denki", "化成|kasei", "金属|kinzoku"},
		"ru": {"Пром", "Завод", "Механика", "Металл", "Приборы"},
		"et": {"Tootmine", "Metall", "Masinaehitus", "Plast", "Tehnika", "Puit"},
	},
	"healthcare": {
		"ja": {"メディカル|medical", "医療|iryo", "ヘルスケア|healthcare", "クリニック|clinic", "薬局|yakkyoku"},
		"ru": {"Мед", "Клиника", "Медсервис", "Фарм", "Здоровье"},
		"et": {"Kliinik", "Meditsiin", "Tervis", "Hambaravi", "Apteek", "Labor"},
	},
	"financial services": {
		"ja": {"ファイナンス|finance", "証券|shoken", "保険|hoken", "リース|lease", "キャピタル|capital", "投資顧問|toshikomon"},
		"ru": {"Финанс", "Капитал", "Инвест", "Лизинг", "Страхование"},
		"et": {"Finants", "Kapital", "Liising", "Kindlustus", "Investeeringud"},
	},
	"logistics": {
		"ja": {"物流|butsuryu", "運輸|unyu", "運送|unso", "倉庫|soko", "ロジスティクス|logistics", "海運|kaiun"},
		"ru": {"Логистик", "Транс", "Экспедиция", "Карго", "ТрансСервис"},
		"et": {"Logistika", "Transport", "Ekspedeerimine", "Kuller", "Laod"},
	},
	"professional services": {
		"ja": {"コンサルティング|consulting", "総研|soken", "パートナーズ|partners", "人材|jinzai", "会計|kaikei"},
		"ru": {"Консалтинг", "Партнёры", "Аудит", "Эксперт", "Право"},
		"et": {"Konsultatsioonid", "Partnerid", "Raamatupidamine", "Õigusbüroo", "Projekt"},
	},
	"education": {
		"ja": {"学院|gakuin", "アカデミー|academy", "教育|kyoiku", "外語学院|gaigogakuin", "研修センター|kenshucenter"},
		"ru": {"Академия", "Учебный центр", "Институт", "Школа"},
		"et": {"Akadeemia", "Koolituskeskus", "Keelekool", "Instituut", "Õppekeskus"},
	},
}
