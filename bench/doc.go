// Package bench measures talktrack at the size it is built for: a book of
// 100,000 accounts holding about a million products. It holds benchmarks
// only, in its test files; run them with
//
//	go test ./bench -run '^$' -bench . -benchtime 2s
//
// The book is generated once per run by the demo generator and stored with
// Store.InsertDataset in a temporary folder, or read from the database that
// $TALKTRACK_BENCH_DB names (and generated there when the file does not
// exist yet, so later runs skip the half minute it takes). Only benchmarks
// ask for the book: `go test ./...` builds nothing large and stays fast.
// Benchmarks report time; none of them fails because a machine is slow.
//
// scripts/bench runs these benchmarks together with whole-process
// measurements of the binary (start-up of the terminal UI, `show --json`,
// import) and the comparisons with fzf and the sqlite3 shell.
package bench
