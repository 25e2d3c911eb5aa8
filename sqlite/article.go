package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"math/bits"
	"strings"
	"time"

	"github.com/truce-project/truce"
)

// nearDuplicateBits is the largest Hamming distance between two simhashes
// for which the later article counts as a copy of the earlier one.
const nearDuplicateBits = 3

// defaultLimit is the number of rows a query returns when its filter sets
// no limit.
const defaultLimit = 1000

// PutArticle stores a with the events and ceasefires extracted from it (x
// may be nil), all in one transaction: on error nothing is stored.
//
// An article with the same content hash, canonical URL or id as a stored
// one changes nothing and reports truce.PutDuplicate with the stored id. An
// article whose simhash is within three bits of a stored article's is stored
// with DuplicateOf set to the original (reported as truce.PutNearDuplicate);
// each of its events that has the same type, actors and date as one of the
// original's events is merged into it as an extra source, and the others are
// stored as new events. Every stored event gets the article as its one
// source. Result.Events counts the events stored or merged.
//
// Returns EINVALID for an article without an id or an extraction with an
// empty or repeated event or ceasefire id, and ECONFLICT when an event id is
// already stored from another article.
func (s *Store) PutArticle(ctx context.Context, a *truce.Article, x *truce.Extraction) (truce.PutResult, error) {
	if a == nil || a.ID == "" {
		return truce.PutResult{}, truce.Errorf(truce.EINVALID, "put article: no article id")
	}
	if x == nil {
		x = &truce.Extraction{}
	}
	if err := validateExtraction(x); err != nil {
		return truce.PutResult{}, fmt.Errorf("put article %q: %w", a.ID, err)
	}
	res, err := s.putArticle(ctx, a, x)
	if err != nil {
		return truce.PutResult{}, fmt.Errorf("put article %q: %w", a.ID, err)
	}
	return res, nil
}

func (s *Store) putArticle(ctx context.Context, a *truce.Article, x *truce.Extraction) (truce.PutResult, error) {
	tx, err := s.wdb.BeginTx(ctx, nil)
	if err != nil {
		return truce.PutResult{}, err
	}
	defer tx.Rollback()

	existing, err := findDuplicate(ctx, tx, a)
	if err != nil {
		return truce.PutResult{}, err
	}
	if existing != "" {
		return truce.PutResult{ArticleID: existing, Status: truce.PutDuplicate, DuplicateOf: existing}, nil
	}
	orig, err := findNearDuplicate(ctx, tx, a.SimHash)
	if err != nil {
		return truce.PutResult{}, err
	}
	if err := insertArticle(ctx, tx, a, orig, s.now()); err != nil {
		return truce.PutResult{}, err
	}

	ref := sourceRefOf(a)
	res := truce.PutResult{ArticleID: a.ID, Status: truce.PutNew}
	// merged maps the ids of this article's events that were merged into a
	// stored event to that event's id, so references to them still resolve.
	merged := map[string]string{}
	if orig != "" {
		res.Status, res.DuplicateOf = truce.PutNearDuplicate, orig
		for i := range x.Events {
			id, err := mergeEvent(ctx, tx, orig, &x.Events[i], ref)
			if err != nil {
				return truce.PutResult{}, err
			}
			if id != "" {
				merged[x.Events[i].ID] = id
				res.Events++
			}
		}
	}
	for i := range x.Events {
		if _, ok := merged[x.Events[i].ID]; ok {
			continue
		}
		e := x.Events[i]
		if id, ok := merged[e.RetaliatesFor]; ok {
			e.RetaliatesFor = id
		}
		if err := insertEvent(ctx, tx, a, &e, ref); err != nil {
			return truce.PutResult{}, err
		}
		res.Events++
	}
	for i := range x.Ceasefires {
		c := remapCeasefire(x.Ceasefires[i], merged)
		if err := putCeasefire(ctx, tx, a.ID, &c); err != nil {
			return truce.PutResult{}, err
		}
	}
	if err := tx.Commit(); err != nil {
		return truce.PutResult{}, err
	}
	return res, nil
}

// validateExtraction checks what the schema would otherwise reject halfway
// through a transaction, so that the error can name the culprit.
func validateExtraction(x *truce.Extraction) error {
	seen := map[string]bool{}
	for i, e := range x.Events {
		switch {
		case e.ID == "":
			return truce.Errorf(truce.EINVALID, "event %d has no id", i)
		case seen[e.ID]:
			return truce.Errorf(truce.EINVALID, "event id %q repeated", e.ID)
		}
		seen[e.ID] = true
	}
	seen = map[string]bool{}
	for i, c := range x.Ceasefires {
		switch {
		case c.ID == "":
			return truce.Errorf(truce.EINVALID, "ceasefire %d has no id", i)
		case seen[c.ID]:
			return truce.Errorf(truce.EINVALID, "ceasefire id %q repeated", c.ID)
		}
		seen[c.ID] = true
	}
	return nil
}

// findDuplicate returns the id of a stored article with a's id, content hash
// or non-empty canonical URL, or "".
func findDuplicate(ctx context.Context, tx *sql.Tx, a *truce.Article) (string, error) {
	var id string
	err := tx.QueryRowContext(ctx, `SELECT id FROM articles
		WHERE content_hash = ? OR (canonical_url <> '' AND canonical_url = ?) OR id = ?
		ORDER BY seq LIMIT 1`,
		nullString(a.ContentHash), a.CanonicalURL, a.ID).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("find duplicate: %w", err)
	}
	return id, nil
}

// findNearDuplicate returns the id of the original of the stored article
// whose simhash is nearest h, if within nearDuplicateBits, or "". The
// original is the article itself, or the one it is a near-duplicate of.
//
// It reads every stored simhash and compares them here: one query and a
// loop, fine for hundreds of thousands of articles. A larger store would
// index the simhash in bands.
func findNearDuplicate(ctx context.Context, tx *sql.Tx, h uint64) (string, error) {
	if h == 0 {
		return "", nil
	}
	rows, err := tx.QueryContext(ctx, `SELECT id, COALESCE(duplicate_of, ''), simhash FROM articles
		WHERE simhash IS NOT NULL ORDER BY seq`)
	if err != nil {
		return "", fmt.Errorf("find near-duplicate: %w", err)
	}
	defer rows.Close()
	best, bestDist := "", nearDuplicateBits+1
	for rows.Next() {
		var id, dupOf string
		var sh int64
		if err := rows.Scan(&id, &dupOf, &sh); err != nil {
			return "", fmt.Errorf("find near-duplicate: %w", err)
		}
		if d := bits.OnesCount64(h ^ uint64(sh)); d < bestDist {
			best, bestDist = id, d
			if dupOf != "" {
				best = dupOf
			}
		}
	}
	if err := rows.Err(); err != nil {
		return "", fmt.Errorf("find near-duplicate: %w", err)
	}
	return best, nil
}

func insertArticle(ctx context.Context, tx *sql.Tx, a *truce.Article, duplicateOf string, now time.Time) error {
	links := a.RelatedLinks
	if links == nil {
		links = []string{}
	}
	lj, err := json.Marshal(links)
	if err != nil {
		return fmt.Errorf("insert article: %w", err)
	}
	fetched := a.Fetched
	if fetched.IsZero() {
		fetched = now
	}
	var simhash any
	if a.SimHash != 0 {
		simhash = int64(a.SimHash)
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO articles (id, url, canonical_url, origin, title, byline,
		published, text, republished_from, related_links, content_hash, simhash, duplicate_of, fetched, stored)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		a.ID, a.URL, a.CanonicalURL, a.Origin, a.Title, a.Byline,
		formatTime(a.Published), a.Text, a.RepublishedFrom, string(lj), nullString(a.ContentHash),
		simhash, nullString(duplicateOf), formatTime(fetched), formatTime(now))
	if err != nil {
		return fmt.Errorf("insert article: %w", err)
	}
	return nil
}

// sourceRefOf returns the reference to a that stored events carry.
func sourceRefOf(a *truce.Article) truce.SourceRef {
	ref := truce.SourceRef{ArticleID: a.ID, URL: a.URL}
	if ref.URL == "" {
		ref.URL = a.CanonicalURL
	}
	if !a.Published.IsZero() {
		ref.Published = a.Published.Format(time.DateOnly)
	}
	return ref
}

// articleColumns lists what scanArticle reads, from articles aliased as a.
const articleColumns = `a.id, a.url, a.canonical_url, a.origin, a.title, a.byline, a.published,
	a.text, a.republished_from, a.related_links, COALESCE(a.content_hash, ''),
	COALESCE(a.simhash, 0), COALESCE(a.duplicate_of, ''), a.fetched`

// scanArticle reads a row selected with articleColumns.
func scanArticle(sc interface{ Scan(...any) error }) (*truce.Article, error) {
	var a truce.Article
	var published, fetched, links string
	var simhash int64
	if err := sc.Scan(&a.ID, &a.URL, &a.CanonicalURL, &a.Origin, &a.Title, &a.Byline, &published,
		&a.Text, &a.RepublishedFrom, &links, &a.ContentHash, &simhash, &a.DuplicateOf, &fetched); err != nil {
		return nil, err
	}
	a.SimHash = uint64(simhash)
	var err error
	if a.Published, err = parseTime(published); err != nil {
		return nil, fmt.Errorf("article %q published: %w", a.ID, err)
	}
	if a.Fetched, err = parseTime(fetched); err != nil {
		return nil, fmt.Errorf("article %q fetched: %w", a.ID, err)
	}
	if err := json.Unmarshal([]byte(links), &a.RelatedLinks); err != nil {
		return nil, fmt.Errorf("article %q related links: %w", a.ID, err)
	}
	if len(a.RelatedLinks) == 0 {
		a.RelatedLinks = nil
	}
	return &a, nil
}

// Article returns the article with the given id; ENOTFOUND if there is none.
// Times come back in UTC.
func (s *Store) Article(ctx context.Context, id string) (*truce.Article, error) {
	tx, err := s.rdb.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, fmt.Errorf("get article %q: %w", id, err)
	}
	defer tx.Rollback()
	a, err := scanArticle(tx.QueryRowContext(ctx, `SELECT `+articleColumns+` FROM articles a WHERE a.id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, truce.Errorf(truce.ENOTFOUND, "article %q not found", id)
	}
	if err != nil {
		return nil, fmt.Errorf("get article %q: %w", id, err)
	}
	return a, nil
}

// Articles returns the articles that pass f, newest first (articles without
// a publication time last), or with f.Query set those matching that
// full-text query (see Search), best first; at most f.Limit of them (1000
// when f.Limit is 0). Since and Until bound the publication time, both
// included; an article without one passes neither.
// Returns EINVALID for a query the full-text index cannot parse.
func (s *Store) Articles(ctx context.Context, f truce.ArticleFilter) ([]*truce.Article, error) {
	var where []string
	var args []any
	from, order := `articles a`, `a.published DESC, a.id`
	fts := strings.TrimSpace(f.Query) != ""
	if fts {
		from = `articles_fts JOIN articles a ON a.seq = articles_fts.rowid`
		where = append(where, `articles_fts MATCH ?`)
		args = append(args, f.Query)
		order = `bm25(articles_fts, 5.0, 1.0), a.seq`
	}
	if !f.Since.IsZero() {
		where = append(where, `a.published <> '' AND a.published >= ?`)
		args = append(args, formatTime(f.Since))
	}
	if !f.Until.IsZero() {
		where = append(where, `a.published <> '' AND a.published <= ?`)
		args = append(args, formatTime(f.Until))
	}
	q := `SELECT ` + articleColumns + ` FROM ` + from
	if len(where) > 0 {
		q += ` WHERE ` + strings.Join(where, ` AND `)
	}
	q += ` ORDER BY ` + order + ` LIMIT ?`
	args = append(args, limitOf(f.Limit))
	as, err := s.queryArticles(ctx, q, args...)
	if err != nil {
		if fts {
			err = queryError(err)
		}
		return nil, fmt.Errorf("list articles: %w", err)
	}
	return as, nil
}

// Search returns up to limit articles (the default when limit <= 0) whose
// title or text match the full-text query q, best match first. q uses
// SQLite FTS5 syntax: words, "phrases", prefix*, AND, OR, NOT, NEAR.
// Returns EINVALID for an empty query or one that cannot be parsed.
func (s *Store) Search(ctx context.Context, q string, limit int) ([]*truce.Article, error) {
	if strings.TrimSpace(q) == "" {
		return nil, truce.Errorf(truce.EINVALID, "search: empty query")
	}
	return s.Articles(ctx, truce.ArticleFilter{Query: q, Limit: limit})
}

func (s *Store) queryArticles(ctx context.Context, q string, args ...any) ([]*truce.Article, error) {
	tx, err := s.rdb.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	rows, err := tx.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var as []*truce.Article
	for rows.Next() {
		a, err := scanArticle(rows)
		if err != nil {
			return nil, err
		}
		as = append(as, a)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	return as, nil
}

// queryError turns SQLite's complaint about a full-text query into EINVALID.
// Callers use it only on queries with a MATCH: once the schema is in place,
// only the user's query can make those fail that way.
func queryError(err error) error {
	if isQueryError(err) {
		return &truce.Error{Code: truce.EINVALID, Message: "bad search query", Err: err}
	}
	return err
}

func limitOf(n int) int {
	if n <= 0 {
		return defaultLimit
	}
	return n
}

// nullString returns nil for "", so that the column gets NULL.
func nullString(s string) any {
	if s == "" {
		return nil
	}
	return s
}
