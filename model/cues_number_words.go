package model

// cueNumberWords are counts reps type as words in the five languages, in
// the forms they take in a note ("in two weeks", "in zwei Wochen", "через
// две недели", "двух недель", "kahe nädala pärast"), folded as notes are.
// "A couple" counts two. One is left out: "ein", "one" and "üks" are as often an article or a
// pronoun, and a cue without a number already counts one.
var cueNumberWords = func() map[string]int {
	words := map[int][]string{
		2:   {"two", "zwei", "zwo", "два", "две", "двух", "двум", "kaks", "kahe", "kahte"},
		3:   {"three", "drei", "три", "трех", "трём", "трем", "kolm", "kolme"},
		4:   {"four", "vier", "четыре", "четырех", "neli", "nelja"},
		5:   {"five", "fünf", "пять", "пяти", "viis", "viie", "viit"},
		6:   {"six", "sechs", "шесть", "шести", "kuus", "kuue", "kuut"},
		7:   {"seven", "sieben", "семь", "семи", "seitse", "seitsme", "seitset"},
		8:   {"eight", "acht", "восемь", "восьми", "kaheksa", "kaheksat"},
		9:   {"nine", "neun", "девять", "девяти", "üheksa", "üheksat"},
		10:  {"ten", "zehn", "десять", "десяти", "kümme", "kümne", "kümmet"},
		11:  {"eleven", "elf", "одиннадцать", "üksteist"},
		12:  {"twelve", "zwölf", "двенадцать", "двенадцати", "kaksteist"},
		15:  {"fifteen", "fünfzehn", "пятнадцать", "пятнадцати", "viisteist"},
		20:  {"twenty", "zwanzig", "двадцать", "двадцати", "kakskümmend", "kahekümne"},
		30:  {"thirty", "dreißig", "dreissig", "тридцать", "тридцати", "kolmkümmend", "kolmekümne"},
		50:  {"fifty", "fünfzig", "пятьдесят", "viiskümmend"},
		100: {"hundred", "hundert", "сто", "sada", "saja"},
	}
	out := map[string]int{}
	for n, ws := range words {
		for _, w := range ws {
			out[foldCue(w)] = n
		}
	}
	return out
}()

// cueNumberWord reads a count written as a word; ok is false for any
// other word.
func cueNumberWord(norm string) (n int, ok bool) {
	n, ok = cueNumberWords[norm]
	return n, ok
}
