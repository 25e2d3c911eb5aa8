package truce

import (
	"context"
	"time"
)

// Put outcomes.
const (
	PutNew           = "new"
	PutDuplicate     = "duplicate"      // the same content or canonical URL is stored already
	PutNearDuplicate = "near_duplicate" // stored, linked to the original it republishes
)

// PutResult says what Store.PutArticle did.
type PutResult struct {
	ArticleID   string
	Status      string
	DuplicateOf string
	Events      int
}

// ArticleFilter selects articles.
type ArticleFilter struct {
	Since, Until time.Time
	Query        string // full-text search over article text
	Limit        int
}

// EventFilter selects events. Zero fields do not filter.
type EventFilter struct {
	Since, Until time.Time
	Country      string // ISO3 of the location or of any actor
	Actor        string // actor id prefix or name
	Type         string // PLOVER category
	Limit        int
	// After is a cursor: events ordered after the one with this id.
	After string
}

// Store keeps articles with their extractions, deduplicated.
type Store interface {
	// PutArticle stores a and what was extracted from it in one transaction.
	// An exact duplicate (content hash or canonical URL) changes nothing and
	// reports PutDuplicate; a near-duplicate is stored and linked.
	PutArticle(ctx context.Context, a *Article, x *Extraction) (PutResult, error)
	// Article returns one article; ENOTFOUND if there is none with that id.
	Article(ctx context.Context, id string) (*Article, error)
	Articles(ctx context.Context, f ArticleFilter) ([]*Article, error)
	// Event returns one event; ENOTFOUND if there is none with that id.
	Event(ctx context.Context, id string) (*Event, error)
	Events(ctx context.Context, f EventFilter) ([]*Event, error)
	Ceasefires(ctx context.Context) ([]*Ceasefire, error)
	Close() error
}

// Extractor turns an article into events, ceasefires and places.
type Extractor interface {
	Extract(ctx context.Context, a *Article) (*Extraction, error)
}
