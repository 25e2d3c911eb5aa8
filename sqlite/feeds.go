package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/truce-project/truce"
)

// Feed is a feed that truce watch polls and what it remembers of it
// between polls, so that a restarted watcher resumes where it stopped.
type Feed struct {
	URL   string    `json:"url"`
	Added time.Time `json:"added"`
	// ETag and LastModified are the validators of the last good response,
	// sent back as If-None-Match and If-Modified-Since.
	ETag         string    `json:"etag,omitempty"`
	LastModified string    `json:"last_modified,omitempty"`
	LastPolled   time.Time `json:"last_polled,omitzero"`
	NextPoll     time.Time `json:"next_poll,omitzero"`
	// Failures counts consecutive failed polls; the backoff grows with it.
	Failures   int    `json:"failures"`
	LastStatus int    `json:"last_status,omitempty"`
	LastError  string `json:"last_error,omitempty"`
	// Articles counts the articles the feed has brought in.
	Articles int `json:"articles"`
}

// AddFeed records a feed to poll. It reports false when the feed was
// already recorded, which changes nothing. Returns EINVALID for an empty URL.
func (s *Store) AddFeed(ctx context.Context, url string) (bool, error) {
	if url == "" {
		return false, truce.Errorf(truce.EINVALID, "add feed: empty URL")
	}
	tx, err := s.wdb.BeginTx(ctx, nil)
	if err != nil {
		return false, fmt.Errorf("add feed %q: %w", url, err)
	}
	defer tx.Rollback()
	res, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO feeds (url, added) VALUES (?, ?)`, url, formatTime(s.now()))
	if err != nil {
		return false, fmt.Errorf("add feed %q: %w", url, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return false, fmt.Errorf("add feed %q: %w", url, err)
	}
	if err := tx.Commit(); err != nil {
		return false, fmt.Errorf("add feed %q: %w", url, err)
	}
	return n > 0, nil
}

// RemoveFeed forgets a feed and the items read from it (not the articles).
// Returns ENOTFOUND when no such feed is recorded.
func (s *Store) RemoveFeed(ctx context.Context, url string) error {
	tx, err := s.wdb.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("remove feed %q: %w", url, err)
	}
	defer tx.Rollback()
	res, err := tx.ExecContext(ctx, `DELETE FROM feeds WHERE url = ?`, url)
	if err != nil {
		return fmt.Errorf("remove feed %q: %w", url, err)
	}
	if n, err := res.RowsAffected(); err != nil {
		return fmt.Errorf("remove feed %q: %w", url, err)
	} else if n == 0 {
		return truce.Errorf(truce.ENOTFOUND, "feed %q not found", url)
	}
	return tx.Commit()
}

const feedColumns = `url, added, etag, last_modified, last_polled, next_poll, failures, last_status, last_error, articles`

func scanFeed(sc interface{ Scan(...any) error }) (*Feed, error) {
	var f Feed
	var added, polled, next string
	if err := sc.Scan(&f.URL, &added, &f.ETag, &f.LastModified, &polled, &next,
		&f.Failures, &f.LastStatus, &f.LastError, &f.Articles); err != nil {
		return nil, err
	}
	var err error
	if f.Added, err = parseTime(added); err != nil {
		return nil, fmt.Errorf("feed %q added: %w", f.URL, err)
	}
	if f.LastPolled, err = parseTime(polled); err != nil {
		return nil, fmt.Errorf("feed %q last polled: %w", f.URL, err)
	}
	if f.NextPoll, err = parseTime(next); err != nil {
		return nil, fmt.Errorf("feed %q next poll: %w", f.URL, err)
	}
	return &f, nil
}

// Feed returns one recorded feed; ENOTFOUND if there is none with that URL.
func (s *Store) Feed(ctx context.Context, url string) (*Feed, error) {
	f, err := scanFeed(s.rdb.QueryRowContext(ctx, `SELECT `+feedColumns+` FROM feeds WHERE url = ?`, url))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, truce.Errorf(truce.ENOTFOUND, "feed %q not found", url)
	}
	if err != nil {
		return nil, fmt.Errorf("get feed %q: %w", url, err)
	}
	return f, nil
}

// Feeds returns every recorded feed, the one due first first (never-polled
// feeds before all others).
func (s *Store) Feeds(ctx context.Context) ([]*Feed, error) {
	rows, err := s.rdb.QueryContext(ctx, `SELECT `+feedColumns+` FROM feeds ORDER BY next_poll, url`)
	if err != nil {
		return nil, fmt.Errorf("list feeds: %w", err)
	}
	defer rows.Close()
	var fs []*Feed
	for rows.Next() {
		f, err := scanFeed(rows)
		if err != nil {
			return nil, fmt.Errorf("list feeds: %w", err)
		}
		fs = append(fs, f)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list feeds: %w", err)
	}
	return fs, nil
}

// UpdateFeed saves the poll state of f (everything but URL and Added), and
// marks the given item keys of the feed as read, in one transaction.
// Returns ENOTFOUND when the feed is not recorded.
func (s *Store) UpdateFeed(ctx context.Context, f *Feed, seenItems []string) error {
	tx, err := s.wdb.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("update feed %q: %w", f.URL, err)
	}
	defer tx.Rollback()
	res, err := tx.ExecContext(ctx, `UPDATE feeds SET etag = ?, last_modified = ?, last_polled = ?,
		next_poll = ?, failures = ?, last_status = ?, last_error = ?, articles = ? WHERE url = ?`,
		f.ETag, f.LastModified, formatTime(f.LastPolled), formatTime(f.NextPoll), f.Failures,
		f.LastStatus, f.LastError, f.Articles, f.URL)
	if err != nil {
		return fmt.Errorf("update feed %q: %w", f.URL, err)
	}
	if n, err := res.RowsAffected(); err != nil {
		return fmt.Errorf("update feed %q: %w", f.URL, err)
	} else if n == 0 {
		return truce.Errorf(truce.ENOTFOUND, "feed %q not found", f.URL)
	}
	now := formatTime(s.now())
	for _, k := range seenItems {
		if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO feed_items (feed_url, item_key, seen) VALUES (?, ?, ?)`,
			f.URL, k, now); err != nil {
			return fmt.Errorf("update feed %q: mark item read: %w", f.URL, err)
		}
	}
	return tx.Commit()
}

// SeenItems returns which of keys are items of the feed already read.
func (s *Store) SeenItems(ctx context.Context, feedURL string, keys []string) (map[string]bool, error) {
	seen := map[string]bool{}
	for _, k := range keys {
		var n int
		if err := s.rdb.QueryRowContext(ctx, `SELECT COUNT(*) FROM feed_items WHERE feed_url = ? AND item_key = ?`,
			feedURL, k).Scan(&n); err != nil {
			return nil, fmt.Errorf("feed %q items: %w", feedURL, err)
		}
		if n > 0 {
			seen[k] = true
		}
	}
	return seen, nil
}
