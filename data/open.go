package data

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"unicode/utf8"

	_ "modernc.org/sqlite" // registers the "sqlite" driver

	"talktrack/model"
)

// sqliteHeader is how every SQLite 3 database file begins.
const sqliteHeader = "SQLite format 3\x00"

// appName is the meta "app" value that marks a talktrack database.
const appName = "talktrack"

// Meta keys written by the store itself.
const (
	metaApp           = "app"
	metaSchemaVersion = "schema_version"
	// MetaDemo is the meta key that marks demo data ("1").
	MetaDemo = "demo"
)

// FileMode is the mode of a database talktrack creates: customer data is
// readable by its owner alone. SQLite gives the -wal and -shm files the
// database's own mode.
const FileMode = 0o600

// Create makes a new database at path, which must not exist yet, and
// creates its schema. The file is private to its owner (FileMode, whatever
// the umask). On failure it leaves nothing behind.
func Create(path string) (*Store, error) {
	abs, err := checkFolder(path)
	if err != nil {
		return nil, err
	}
	f, err := os.OpenFile(abs, os.O_RDWR|os.O_CREATE|os.O_EXCL, FileMode)
	if errors.Is(err, fs.ErrExist) {
		return nil, model.Errorf(model.ECONFLICT, "%s already exists: pass another --db path or remove the file first", path)
	}
	if err != nil {
		return nil, model.Errorf(model.EINVALID, "cannot create %s: %v", path, pathErrReason(err))
	}
	// The file did not exist: a -wal or -journal beside it was left by a
	// database deleted without them, and SQLite would replay it into this
	// one.
	RemoveOrphanedJournals(abs)
	// The umask can only take bits away; Chmod states the mode outright.
	err = f.Chmod(FileMode)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		removeDatabase(abs)
		return nil, model.Errorf(model.EINVALID, "cannot create %s: %v", path, pathErrReason(err))
	}
	s, err := openReadWrite(path, abs, false)
	if err != nil {
		removeDatabase(abs)
		return nil, err
	}
	return s, nil
}

// Open opens an existing talktrack database and brings its schema up to
// date. A missing folder or file, a file that is not a talktrack database,
// or one written by a newer talktrack is reported as such, and the file is
// not modified: it is only ever looked at read-only until it is accepted.
// An empty file is accepted as a new database.
func Open(path string) (*Store, error) {
	abs, size, err := accept(path)
	if err != nil {
		return nil, err
	}
	return openReadWrite(path, abs, size > 0 && size <= quickCheckBelow)
}

// accept checks, without writing anything, that path is an existing
// regular file that is empty or a talktrack database of a schema this
// build knows, and returns its absolute path and size.
func accept(path string) (abs string, size int64, err error) {
	abs, err = checkFolder(path)
	if err != nil {
		return "", 0, err
	}
	info, err := os.Stat(abs)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "", 0, model.Errorf(model.ENOTFOUND, "there is no database at %s: create one with `talktrack demo --db %s` or pass another --db", path, path)
	case err != nil:
		return "", 0, model.Errorf(model.EINVALID, "cannot read %s: %v", path, pathErrReason(err))
	case info.IsDir():
		return "", 0, model.Errorf(model.EINVALID, "%s is a folder, not a talktrack database: pass a file path to --db", path)
	case !info.Mode().IsRegular():
		// A disk, a pipe or a terminal reads as empty: taken for a new
		// database, its first sectors would be overwritten.
		return "", 0, model.Errorf(model.EINVALID, "%s is a device or a pipe, not a talktrack database: pass a file path to --db", path)
	}
	if info.Size() > 0 {
		wal, err := checkHeader(path, abs)
		if err != nil {
			return "", 0, err
		}
		if err := probe(path, abs, wal); err != nil {
			return "", 0, err
		}
	}
	return abs, info.Size(), nil
}

// quickCheckBelow is the file size up to which Open checks every page
// (PRAGMA quick_check, about 4 ms per MiB here): a damaged page is found
// before anything is written next to it. Larger books are checked before
// an import (see QuickCheck).
const quickCheckBelow = 16 << 20

// QuickCheck runs SQLite's quick_check over the whole file and reports a
// damaged database as one sentence. It reads every page: about 4 ms per
// MiB on a 2-core machine.
func (s *Store) QuickCheck(ctx context.Context) error {
	return quickCheck(ctx, s.db, s.path)
}

func quickCheck(ctx context.Context, q queryer, path string) error {
	rows, err := q.QueryContext(ctx, `PRAGMA quick_check`)
	if err != nil {
		return mapError(path, err)
	}
	defer rows.Close()
	var first string
	n := 0
	for rows.Next() {
		var msg string
		if err := rows.Scan(&msg); err != nil {
			return mapError(path, err)
		}
		if n == 0 {
			first = msg
		}
		n++
	}
	if err := rows.Err(); err != nil {
		return mapError(path, err)
	}
	if n == 1 && first == "ok" {
		return nil
	}
	return model.Errorf(model.EINTERNAL, "%s is damaged (SQLite's check says: %s): nothing was written; restore it from a backup or pass another --db", path, clipText(first, 120))
}

// clipText shortens s to n bytes at most, on a character boundary.
func clipText(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}

// checkFolder makes path absolute and checks that its folder exists.
func checkFolder(path string) (string, error) {
	if strings.TrimSpace(path) == "" {
		return "", model.Errorf(model.EINVALID, "no database path given: pass --db PATH")
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", model.Errorf(model.EINVALID, "cannot resolve %s: %v", path, err)
	}
	dir := filepath.Dir(abs)
	info, err := os.Stat(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return "", model.Errorf(model.ENOTFOUND, "folder %s does not exist: create it or pass another --db", dir)
	}
	if err != nil {
		return "", model.Errorf(model.EINVALID, "cannot read folder %s: %v", dir, pathErrReason(err))
	}
	if !info.IsDir() {
		return "", model.Errorf(model.EINVALID, "%s is not a folder: pass another --db", dir)
	}
	return abs, nil
}

// checkHeader rejects a file that does not start like a SQLite database,
// and reports whether the file is in WAL mode (format bytes 18 and 19 are 2).
func checkHeader(path, abs string) (wal bool, err error) {
	f, err := os.Open(abs)
	if err != nil {
		return false, model.Errorf(model.EINVALID, "cannot read %s: %v", path, pathErrReason(err))
	}
	defer f.Close()
	head := make([]byte, 20)
	if _, err := io.ReadFull(f, head); err != nil || !bytes.HasPrefix(head, []byte(sqliteHeader)) {
		return false, notTalktrack(path)
	}
	return head[18] == 2, nil
}

// probe looks at the file through a read-only connection, with no journal
// pragma, and accepts it only if its meta table says talktrack wrote it with
// a schema this build knows.
func probe(path, abs string, wal bool) error {
	// A read-only connection to a WAL file creates the -wal and -shm files
	// when they are missing and cannot remove them afterwards. When there is
	// no -wal file, every committed page is in the main file, so it is read
	// as immutable instead and nothing is created next to a file we may
	// reject.
	_, werr := os.Stat(abs + "-wal")
	immutable := wal && errors.Is(werr, fs.ErrNotExist)
	before, _ := os.Stat(abs)
	err := probeWith(path, abs, immutable)
	if err != nil && immutable && changedSince(abs, before) {
		// Another talktrack began writing while the file was read as
		// immutable (its -wal appeared, or a checkpoint changed the
		// file): what was read may be torn. It is a talktrack database
		// in use, so read it again the ordinary way.
		return probeWith(path, abs, false)
	}
	return err
}

// changedSince reports whether a -wal file now sits beside abs, or abs
// changed size or time since before was taken.
func changedSince(abs string, before fs.FileInfo) bool {
	if _, err := os.Stat(abs + "-wal"); err == nil {
		return true
	}
	now, err := os.Stat(abs)
	return before == nil || err != nil || now.Size() != before.Size() || !now.ModTime().Equal(before.ModTime())
}

// probeWith is probe with the connection read as immutable or not.
func probeWith(path, abs string, immutable bool) error {
	db, err := sql.Open("sqlite", probeDSN(abs, immutable))
	if err != nil {
		return internalf(err, "open %s read-only", path)
	}
	defer db.Close()
	ctx := context.Background()

	var tables int
	err = db.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'`).Scan(&tables)
	if err != nil {
		// A lock, damage or permissions get their own message; anything
		// else means SQLite could not make sense of the file.
		if me := mapError(path, err); isDomain(me) {
			return me
		}
		return notTalktrack(path)
	}
	if tables == 0 {
		return notTalktrack(path)
	}
	app, err := metaValue(ctx, db, metaApp)
	if err != nil {
		return notTalktrack(path)
	}
	if app != appName {
		return notTalktrack(path)
	}
	version, err := storedVersion(ctx, db)
	if err != nil {
		return mapError(path, err)
	}
	return checkVersion(path, version)
}

// openReadWrite opens the accepted file with the store's pragmas and
// migrates it; with check, it first runs quick_check, so a damaged file is
// refused before anything is written to it. (The check reads through this
// connection, a consistent snapshot, and not the read-only probe's, which
// may treat the file as immutable while another process writes to it.)
func openReadWrite(path, abs string, check bool) (*Store, error) {
	db, err := sql.Open("sqlite", dsn(abs))
	if err != nil {
		return nil, internalf(err, "open %s", path)
	}
	if err := db.Ping(); err != nil {
		_ = db.Close()
		return nil, mapError(path, err)
	}
	if check {
		if err := quickCheck(context.Background(), db, path); err != nil {
			_ = db.Close()
			return nil, err
		}
	}
	if err := migrate(context.Background(), db, path); err != nil {
		_ = db.Close()
		return nil, mapError(path, err)
	}
	return &Store{db: db, path: path}, nil
}

// dsn builds the read-write connection string. The pragmas live in the DSN
// so that every pooled connection gets them, not just the first.
func dsn(abs string) string {
	return "file:" + uriPath(abs) + "?_pragma=busy_timeout(5000)&_pragma=journal_mode(WAL)" +
		"&_pragma=foreign_keys(1)&_pragma=synchronous(FULL)&_txlock=immediate"
}

// probeDSN builds a read-only connection string with no journal pragma:
// switching to WAL would write to the file.
func probeDSN(abs string, immutable bool) string {
	u := "file:" + uriPath(abs) + "?mode=ro&_pragma=busy_timeout(5000)"
	if immutable {
		u += "&immutable=1"
	}
	return u
}

// uriPath escapes a file path for a SQLite URI, where '?', '#' and '%'
// would otherwise be read as syntax.
func uriPath(abs string) string {
	p := filepath.ToSlash(abs)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // a Windows drive path: file:/C:/...
	}
	return (&url.URL{Path: p}).EscapedPath()
}

// checkVersion rejects a schema newer than this build's.
func checkVersion(path string, version int) error {
	if latest := latestVersion(); version > latest {
		return model.Errorf(model.ECONFLICT, "%s was written by a newer version of talktrack (schema %d, this build knows %d): upgrade talktrack", path, version, latest)
	}
	return nil
}

func notTalktrack(path string) error {
	return model.Errorf(model.EINVALID, "%s is not a talktrack database: pass another --db path", path)
}

func isDomain(err error) bool {
	var me *model.Error
	return errors.As(err, &me)
}

// storedVersion reads meta schema_version; 0 when absent.
func storedVersion(ctx context.Context, q queryer) (int, error) {
	v, err := metaValue(ctx, q, metaSchemaVersion)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	if err != nil {
		return 0, err
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		return 0, model.Errorf(model.EINTERNAL, "the schema version %q stored in the database is not a number", v)
	}
	return n, nil
}

func metaValue(ctx context.Context, q queryer, key string) (string, error) {
	var v string
	err := q.QueryRowContext(ctx, `SELECT value FROM meta WHERE key = ?`, key).Scan(&v)
	return v, err
}

// RemoveOrphanedJournals deletes the -wal, -shm and -journal files beside
// path when there is no database at path (or only the empty file Create
// just made): they belonged to a database deleted without them, and SQLite
// would replay them into a new database put at that path. A database that
// exists keeps its own.
func RemoveOrphanedJournals(path string) {
	if info, err := os.Stat(path); err == nil && info.Size() > 0 {
		return
	}
	for _, suffix := range []string{"-wal", "-shm", "-journal"} {
		_ = os.Remove(path + suffix)
	}
}

// removeDatabase deletes a database file and its WAL companions.
func removeDatabase(abs string) {
	for _, suffix := range []string{"", "-wal", "-shm", "-journal"} {
		_ = os.Remove(abs + suffix)
	}
}

// pathErrReason drops the path an *fs.PathError repeats, since our message
// already names the file.
func pathErrReason(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
