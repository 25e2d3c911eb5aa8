package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/truce-project/truce"

	sqlitedrv "modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// busyTimeout is how long a connection waits for another writer (in this or
// another process) before it reports the database as locked.
const busyTimeout = 10 * time.Second

// Store is a truce.Store kept in one SQLite database file.
type Store struct {
	// Now returns the current time; it stamps articles with the time they
	// were stored (and fetched, when the caller did not say). Tests replace it.
	Now func() time.Time

	// wdb serves transactions that write: one connection, and transactions
	// that take the write lock when they begin so that two writers never
	// deadlock upgrading a read lock. rdb serves reads, which WAL lets run
	// beside a writer.
	wdb *sql.DB
	rdb *sql.DB
}

var _ truce.Store = (*Store)(nil)

// Stats counts what a Store holds.
type Stats struct {
	Articles       int `json:"articles"`
	NearDuplicates int `json:"near_duplicates"`
	Events         int `json:"events"`
	Ceasefires     int `json:"ceasefires"`
}

// Open opens the database at path, creating it and its parent directories
// if needed, sets WAL mode, a busy timeout and foreign keys, and applies
// pending migrations. It returns EINVALID for a path it cannot use.
func Open(ctx context.Context, path string) (*Store, error) {
	if path == "" || path == ":memory:" || strings.HasPrefix(path, "file:") {
		return nil, truce.Errorf(truce.EINVALID, "open store %q: want a file path", path)
	}
	if strings.ContainsAny(path, "?#") {
		return nil, truce.Errorf(truce.EINVALID, "open store %q: path may not contain '?' or '#'", path)
	}
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("open store %q: %w", path, err)
		}
	}
	params := "?_pragma=busy_timeout(" + strconv.FormatInt(busyTimeout.Milliseconds(), 10) + ")" +
		"&_pragma=foreign_keys(1)&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)"
	wdb, err := sql.Open("sqlite", path+params+"&_txlock=immediate")
	if err != nil {
		return nil, fmt.Errorf("open store %q: %w", path, err)
	}
	wdb.SetMaxOpenConns(1)
	rdb, err := sql.Open("sqlite", path+params)
	if err != nil {
		wdb.Close()
		return nil, fmt.Errorf("open store %q: %w", path, err)
	}
	rdb.SetMaxOpenConns(4)
	s := &Store{Now: time.Now, wdb: wdb, rdb: rdb}
	if err := s.migrate(ctx); err != nil {
		s.Close()
		return nil, fmt.Errorf("open store %q: %w", path, err)
	}
	return s, nil
}

// Close closes the database.
func (s *Store) Close() error {
	return errors.Join(s.rdb.Close(), s.wdb.Close())
}

// migration is one numbered SQL file.
type migration struct {
	version int
	name    string
	sql     string
}

// migrations returns the embedded migrations in version order.
func migrations() ([]migration, error) {
	names, err := fs.Glob(migrationFS, "migrations/*.sql")
	if err != nil {
		return nil, err
	}
	var ms []migration
	seen := map[int]string{}
	for _, name := range names {
		base := filepath.Base(name)
		num, _, ok := strings.Cut(base, "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || v <= 0 {
			return nil, fmt.Errorf("migration %q: name does not start with a version number", base)
		}
		if prev, dup := seen[v]; dup {
			return nil, fmt.Errorf("migration %q: version %d already used by %q", base, v, prev)
		}
		seen[v] = base
		b, err := migrationFS.ReadFile(name)
		if err != nil {
			return nil, err
		}
		ms = append(ms, migration{version: v, name: base, sql: string(b)})
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].version < ms[j].version })
	return ms, nil
}

// migrate applies the migrations not yet recorded in schema_migrations, each
// in its own transaction.
func (s *Store) migrate(ctx context.Context) error {
	if _, err := s.wdb.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version INTEGER PRIMARY KEY,
		name    TEXT NOT NULL,
		applied TEXT NOT NULL
	)`); err != nil {
		return fmt.Errorf("create schema_migrations: %w", err)
	}
	ms, err := migrations()
	if err != nil {
		return err
	}
	for _, m := range ms {
		if err := s.applyMigration(ctx, m); err != nil {
			return fmt.Errorf("migration %s: %w", m.name, err)
		}
	}
	return nil
}

func (s *Store) applyMigration(ctx context.Context, m migration) error {
	tx, err := s.wdb.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	// Checked inside the write transaction, so that two processes opening a
	// new database at once apply each migration once.
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM schema_migrations WHERE version = ?`, m.version).Scan(&n); err != nil {
		return err
	}
	if n > 0 {
		return nil
	}
	if _, err := tx.ExecContext(ctx, m.sql); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations (version, name, applied) VALUES (?, ?, ?)`,
		m.version, m.name, formatTime(s.now())); err != nil {
		return err
	}
	return tx.Commit()
}

// Stats counts the articles, near-duplicate articles, events and ceasefires
// stored.
func (s *Store) Stats(ctx context.Context) (Stats, error) {
	var st Stats
	err := s.rdb.QueryRowContext(ctx, `SELECT
		(SELECT COUNT(*) FROM articles),
		(SELECT COUNT(*) FROM articles WHERE duplicate_of IS NOT NULL),
		(SELECT COUNT(*) FROM events),
		(SELECT COUNT(*) FROM ceasefires)`).Scan(&st.Articles, &st.NearDuplicates, &st.Events, &st.Ceasefires)
	if err != nil {
		return Stats{}, fmt.Errorf("store stats: %w", err)
	}
	return st, nil
}

func (s *Store) now() time.Time {
	if s.Now == nil {
		return time.Now()
	}
	return s.Now()
}

// timeLayout is fixed-width so that stored times compare correctly as text.
const timeLayout = "2006-01-02T15:04:05.000000000Z"

// formatTime returns t in UTC in timeLayout, or "" for the zero time.
func formatTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(timeLayout)
}

// parseTime reverses formatTime.
func parseTime(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	return time.Parse(timeLayout, s)
}

// isQueryError reports whether err is SQLite's generic SQLITE_ERROR, which a
// full-text MATCH returns for a query it cannot parse.
func isQueryError(err error) bool {
	var e *sqlitedrv.Error
	return errors.As(err, &e) && e.Code()&0xff == sqlite3.SQLITE_ERROR
}

// scanJSON reads rows of one JSON column into values of T.
func scanJSON[T any](rows *sql.Rows) ([]T, error) {
	defer rows.Close()
	var out []T
	for rows.Next() {
		var js string
		if err := rows.Scan(&js); err != nil {
			return nil, err
		}
		var v T
		if err := json.Unmarshal([]byte(js), &v); err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}

// pointers returns pointers to the elements of vs.
func pointers[T any](vs []T) []*T {
	out := make([]*T, len(vs))
	for i := range vs {
		out[i] = &vs[i]
	}
	return out
}
