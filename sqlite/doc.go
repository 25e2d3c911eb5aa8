// Package sqlite is truce's embedded store: it implements truce.Store on a
// single SQLite file through the pure-Go driver modernc.org/sqlite, so the
// binary builds with CGO_ENABLED=0.
//
// It sits at the end of the pipeline. Articles and their extractions
// (events, ceasefires) flow in through PutArticle, which deduplicates them:
// an exact duplicate (same content hash or canonical URL) changes nothing,
// and a near-duplicate (a syndicated copy whose simhash is within three bits
// of a stored article's) is stored, linked to its original, and its events
// are merged into the original's as extra sources. Events, articles and
// ceasefires flow out to the command line, the JSON API and the exports
// through the query methods, with filters on date, country, actor and type,
// cursor pagination and full-text search over articles.
//
// The schema lives in numbered SQL files under migrations/, embedded in the
// binary and applied in order by Open; the versions applied are recorded in
// the schema_migrations table.
package sqlite
