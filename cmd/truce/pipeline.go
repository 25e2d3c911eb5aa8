package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/code"
	"github.com/truce-project/truce/ingest"
	"github.com/truce-project/truce/sqlite"
)

// extractor runs the pipeline after ingest on one article.
type extractor struct {
	coder *code.Coder
}

// Extract cleans the article body and codes it.
func (x *extractor) Extract(ctx context.Context, a *truce.Article) (*truce.Extraction, error) {
	if a.ContentHash == "" {
		ingest.Finish(a)
	}
	return x.coder.Extract(ctx, a)
}

var _ truce.Extractor = (*extractor)(nil)

// dbPath picks the store: --db, then TRUCE_DB, then the config file, then
// the user's data directory.
func dbPath(e *env, flagValue string) (string, error) {
	if flagValue != "" {
		return flagValue, nil
	}
	if v := e.getenv("TRUCE_DB"); v != "" {
		return v, nil
	}
	c, err := loadConfig(e)
	if err != nil {
		return "", err
	}
	if c.DB != "" {
		return c.DB, nil
	}
	dir := e.getenv("XDG_DATA_HOME")
	if dir == "" {
		home, err := os.UserHomeDir()
		if err != nil {
			return "", fmt.Errorf("find a place for the database (set --db or TRUCE_DB): %w", err)
		}
		dir = filepath.Join(home, ".local", "share")
	}
	return filepath.Join(dir, "truce", "truce.db"), nil
}

func openStore(ctx context.Context, e *env, flagValue string) (*sqlite.Store, error) {
	path, err := dbPath(e, flagValue)
	if err != nil {
		return nil, err
	}
	return sqlite.Open(ctx, path)
}

// parseDate reads YYYY-MM-DD or RFC 3339.
func parseDate(s string) (time.Time, error) {
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t, nil
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("date %q: want YYYY-MM-DD", s)
	}
	return t.UTC(), nil
}
