// Package importer reads CRM and spreadsheet exports (accounts, contacts,
// products, holdings, purchases, pains) and the playbook file into a
// talktrack database.
//
// An import runs in three steps. The file is read and every row parsed into
// typed values, with every row that cannot be understood collected rather
// than stopping at the first. The parsed rows are then compared with what
// the database holds, inside one write transaction, to decide what is
// created, updated, unchanged or skipped. Only when nothing is wrong are the
// changes written, in that same transaction, together with the peer
// statistics they affect; any problem rolls everything back, so a failed
// import leaves the database exactly as it was.
//
// Real exports are messy, and the reader copes with what spreadsheets and
// CRMs write: a UTF-8 byte order mark, UTF-16 from Excel's "Unicode text",
// CRLF line ends, comma, semicolon or tab delimiters, quoted fields with
// line breaks and quotes, decimal commas where the delimiter makes them
// unambiguous, numbers such as 3.5E8 and dates in ISO, M/D/YYYY and
// D.M.YYYY forms. Text in another encoding is decoded on request and
// otherwise refused with a hint; mis-decoded text is never stored.
package importer
