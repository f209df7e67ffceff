package importer

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"testing"
)

func TestCheckLimits(t *testing.T) {
	big := strings.Repeat("x", MaxCellBytes)
	for _, tc := range []struct {
		name, file, want string
	}{
		{"at the limit", "Name,Notes\nAcme," + big + "\n", ""},
		{"one byte over", "Name,Notes\nAcme,\"" + big + "y\"\n", "line 2, Notes: a value is longer than 64 KiB (65,536 bytes)"},
		{"after quoted line breaks", "Name;Notes\n\"A\nB\nC\";ok\nBolt;" + big + "y\n", "line 5, Notes: a value"},
		{"in the header", "Name," + big + "y\n", "line 1, column 2: a value"},
		{"a lone CR ends a line", "Name,Notes\rAcme,x\rBolt," + big + "y\r", "line 3, Notes"},
		{"a row", "A,B,C,D,E,F,G,H,I,J,K,L,M,N,O,P,Q\n" + strings.Repeat(big[:MaxCellBytes-10]+",", 17) + "\n", "line 2: a row is longer than 1 MiB (1,048,576 bytes)"},
		{"utf-16", "\xff\xfeN\x00a\x00m\x00e\x00\n\x00", ""},
	} {
		err := CheckLimits("f.csv", strings.NewReader(tc.file))
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("%s: %v", tc.name, err)
		case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
			t.Errorf("%s: err %v, want %q", tc.name, err, tc.want)
		}
	}
}

// TestImportRefusesAHugeCell: the import itself checks the limits too, so
// nothing over them reaches the database whoever calls it.
func TestImportRefusesAHugeCell(t *testing.T) {
	db := newTestDB(t)
	content := []byte("Account Name\n\"" + strings.Repeat("A", MaxCellBytes+1) + "\"\n")
	_, err := Import(context.Background(), db.st, KindAccounts, "accounts.csv", content, Options{Now: testNow})
	if err == nil || !strings.Contains(err.Error(), "line 2, Account Name: a value is longer than 64 KiB") {
		t.Fatalf("err = %v", err)
	}
	_, err = Import(context.Background(), db.st, KindPlaybook, "playbook.yaml", bytes.Repeat([]byte("#"), MaxPlaybookBytes+1), Options{Now: testNow})
	if err == nil || !strings.Contains(err.Error(), "the playbook is longer than 4 MiB") {
		t.Fatalf("playbook: err = %v", err)
	}
}

// TestCROnlyFileIsRead: a file whose lines end in a carriage return alone
// (old Mac) is read row by row, not as one line.
func TestCROnlyFileIsRead(t *testing.T) {
	db := newTestDB(t)
	sum, err := Import(context.Background(), db.st, KindAccounts, "accounts.csv", []byte("Account Name,Industry\rAcme,retail\rBolt,software\r"), Options{Now: testNow})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Rows != 2 || len(sum.Records) == 0 || sum.Records[0].Created != 2 {
		t.Errorf("read %d rows, records %+v; want 2 rows and 2 accounts created", sum.Rows, sum.Records)
	}
}

// BenchmarkCheckLimits measures the limit check over a file of 100,000
// rows (about 6 MB): it reads every byte once more before the import.
func BenchmarkCheckLimits(b *testing.B) {
	var buf bytes.Buffer
	buf.WriteString("Account Name,Industry,Annual Revenue,Notes\n")
	for i := range 100_000 {
		fmt.Fprintf(&buf, "Account %d,retail,%d,\"a note, with a comma\nand a line\"\n", i, i*1000)
	}
	b.SetBytes(int64(buf.Len()))
	b.ResetTimer()
	for range b.N {
		if err := CheckLimits("f.csv", bytes.NewReader(buf.Bytes())); err != nil {
			b.Fatal(err)
		}
	}
}
