package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"time"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/ceasefire"
	"github.com/truce-project/truce/dyad"
)

// AllEvents returns every stored event, each as stored (one per article
// that reported it first, near-duplicate copies folded in), ordered by
// date and id.
func (s *Store) AllEvents(ctx context.Context) ([]truce.Event, error) {
	tx, err := s.rdb.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, fmt.Errorf("read all events: %w", err)
	}
	defer tx.Rollback()
	rows, err := tx.QueryContext(ctx, `SELECT json FROM events ORDER BY date, id`)
	if err != nil {
		return nil, fmt.Errorf("read all events: %w", err)
	}
	es, err := scanJSON[truce.Event](rows)
	if err != nil {
		return nil, fmt.Errorf("read all events: %w", err)
	}
	return es, nil
}

// Declarations returns the ceasefires as extracted from each article (what
// Ceasefires lists), each with the article that first reported it as its
// one source, ordered by id.
func (s *Store) Declarations(ctx context.Context) ([]truce.Ceasefire, error) {
	tx, err := s.rdb.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, fmt.Errorf("read ceasefire declarations: %w", err)
	}
	defer tx.Rollback()
	rows, err := tx.QueryContext(ctx, `SELECT c.json, a.id, a.url, a.canonical_url, a.published
		FROM ceasefires c JOIN articles a ON a.id = c.article_id ORDER BY c.id`)
	if err != nil {
		return nil, fmt.Errorf("read ceasefire declarations: %w", err)
	}
	defer rows.Close()
	var cs []truce.Ceasefire
	for rows.Next() {
		var js, published string
		var ref truce.SourceRef
		var canonical string
		if err := rows.Scan(&js, &ref.ArticleID, &ref.URL, &canonical, &published); err != nil {
			return nil, fmt.Errorf("read ceasefire declarations: %w", err)
		}
		var c truce.Ceasefire
		if err := json.Unmarshal([]byte(js), &c); err != nil {
			return nil, fmt.Errorf("read ceasefire declarations: %w", err)
		}
		if ref.URL == "" {
			ref.URL = canonical
		}
		if t, err := parseTime(published); err == nil && !t.IsZero() {
			ref.Published = t.Format(time.DateOnly)
		}
		c.Sources = []truce.SourceRef{ref}
		cs = append(cs, c)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read ceasefire declarations: %w", err)
	}
	return cs, nil
}

// Registry returns the ceasefire registry built from every stored
// declaration and event (see package ceasefire): one entry per truce, with
// its sources, state history and violations. It is rebuilt on each call,
// so it never depends on the order articles were stored in.
func (s *Store) Registry(ctx context.Context, o ceasefire.Options) ([]truce.Ceasefire, error) {
	decls, err := s.Declarations(ctx)
	if err != nil {
		return nil, err
	}
	evs, err := s.AllEvents(ctx)
	if err != nil {
		return nil, err
	}
	return ceasefire.Build(decls, evs, o), nil
}

// MergedEvents returns every stored event after the cross-source merge
// (see dyad.Merge), ordered by date and id.
func (s *Store) MergedEvents(ctx context.Context, o dyad.MergeOptions) ([]truce.Event, error) {
	evs, err := s.AllEvents(ctx)
	if err != nil {
		return nil, err
	}
	merged, _ := dyad.Merge(evs, o)
	return merged, nil
}
