package sqlite

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/truce-project/truce"
)

func TestFeeds(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "feeds.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if added, err := s.AddFeed(ctx, "https://example.org/rss"); err != nil || !added {
		t.Fatalf("AddFeed = %v, %v; want added", added, err)
	}
	if added, err := s.AddFeed(ctx, "https://example.org/rss"); err != nil || added {
		t.Fatalf("second AddFeed = %v, %v; want not added", added, err)
	}
	if _, err := s.AddFeed(ctx, ""); truce.ErrorCode(err) != truce.EINVALID {
		t.Errorf("AddFeed(\"\") err = %v, want EINVALID", err)
	}
	next := time.Date(2025, 10, 21, 12, 0, 0, 0, time.UTC)
	f := &Feed{URL: "https://example.org/rss", ETag: `"v1"`, LastModified: "Tue, 21 Oct 2025 10:00:00 GMT",
		LastPolled: next.Add(-time.Hour), NextPoll: next, Failures: 2, LastStatus: 503, LastError: "boom", Articles: 3}
	if err := s.UpdateFeed(ctx, f, []string{"https://example.org/a", "https://example.org/b"}); err != nil {
		t.Fatal(err)
	}
	if err := s.UpdateFeed(ctx, &Feed{URL: "https://nowhere.example/"}, nil); truce.ErrorCode(err) != truce.ENOTFOUND {
		t.Errorf("UpdateFeed of unknown feed err = %v, want ENOTFOUND", err)
	}
	s.Close()

	// Reopened, the state is where it was left.
	s, err = Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	got, err := s.Feed(ctx, "https://example.org/rss")
	if err != nil {
		t.Fatal(err)
	}
	if got.ETag != f.ETag || got.LastModified != f.LastModified || !got.NextPoll.Equal(next) ||
		got.Failures != 2 || got.LastStatus != 503 || got.LastError != "boom" || got.Articles != 3 || got.Added.IsZero() {
		t.Errorf("feed after reopen = %+v, want %+v", got, f)
	}
	seen, err := s.SeenItems(ctx, f.URL, []string{"https://example.org/a", "https://example.org/c"})
	if err != nil {
		t.Fatal(err)
	}
	if !seen["https://example.org/a"] || seen["https://example.org/c"] {
		t.Errorf("seen = %v, want only /a", seen)
	}
	fs, err := s.Feeds(ctx)
	if err != nil || len(fs) != 1 {
		t.Fatalf("Feeds = %v, %v", fs, err)
	}
	if err := s.RemoveFeed(ctx, f.URL); err != nil {
		t.Fatal(err)
	}
	if err := s.RemoveFeed(ctx, f.URL); truce.ErrorCode(err) != truce.ENOTFOUND {
		t.Errorf("second RemoveFeed err = %v, want ENOTFOUND", err)
	}
	if _, err := s.Feed(ctx, f.URL); truce.ErrorCode(err) != truce.ENOTFOUND {
		t.Errorf("Feed after remove err = %v, want ENOTFOUND", err)
	}
}
