package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"

	"github.com/truce-project/truce"
)

// remapCeasefire returns a copy of c whose event references follow merged,
// which maps ids of events merged away to the ids they were merged into.
func remapCeasefire(c truce.Ceasefire, merged map[string]string) truce.Ceasefire {
	if len(merged) == 0 {
		return c
	}
	c.Events = slices.Clone(c.Events)
	for i, id := range c.Events {
		if to, ok := merged[id]; ok {
			c.Events[i] = to
		}
	}
	c.Violations = slices.Clone(c.Violations)
	for i, v := range c.Violations {
		if to, ok := merged[v.EventID]; ok {
			c.Violations[i].EventID = to
		}
	}
	return c
}

// putCeasefire stores c, reported by article articleID. A ceasefire already
// stored under the same id (another report of it) keeps what it has; it
// gains the events, violations, terms, parties and mediators it lacked, and
// fields it had empty.
func putCeasefire(ctx context.Context, tx *sql.Tx, articleID string, c *truce.Ceasefire) error {
	var js string
	err := tx.QueryRowContext(ctx, `SELECT json FROM ceasefires WHERE id = ?`, c.ID).Scan(&js)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		b, err := json.Marshal(c)
		if err != nil {
			return fmt.Errorf("insert ceasefire %q: %w", c.ID, err)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO ceasefires (id, article_id, date, json) VALUES (?, ?, ?, ?)`,
			c.ID, articleID, ceasefireDate(c), string(b)); err != nil {
			return fmt.Errorf("insert ceasefire %q: %w", c.ID, err)
		}
	case err != nil:
		return fmt.Errorf("read ceasefire %q: %w", c.ID, err)
	default:
		var stored truce.Ceasefire
		if err := json.Unmarshal([]byte(js), &stored); err != nil {
			return fmt.Errorf("read ceasefire %q: %w", c.ID, err)
		}
		mergeCeasefire(&stored, c)
		b, err := json.Marshal(&stored)
		if err != nil {
			return fmt.Errorf("update ceasefire %q: %w", c.ID, err)
		}
		if _, err := tx.ExecContext(ctx, `UPDATE ceasefires SET date = ?, json = ? WHERE id = ?`,
			ceasefireDate(&stored), string(b), c.ID); err != nil {
			return fmt.Errorf("update ceasefire %q: %w", c.ID, err)
		}
		c = &stored
	}
	for _, id := range c.Events {
		if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO ceasefire_events (ceasefire_id, event_id) VALUES (?, ?)`,
			c.ID, id); err != nil {
			return fmt.Errorf("link ceasefire %q to event %q: %w", c.ID, id, err)
		}
	}
	return nil
}

// mergeCeasefire adds to dst what src reports that dst lacks.
func mergeCeasefire(dst, src *truce.Ceasefire) {
	fill := func(d *string, s string) {
		if *d == "" {
			*d = s
		}
	}
	fill(&dst.Announced, src.Announced)
	fill(&dst.Effective, src.Effective)
	fill(&dst.State, src.State)
	if dst.DurationHours == 0 {
		dst.DurationHours = src.DurationHours
	}
	sameActor := func(a, b truce.Actor) bool {
		if a.ID != "" || b.ID != "" {
			return a.ID == b.ID
		}
		return a.Name == b.Name
	}
	for _, p := range src.Parties {
		if !slices.ContainsFunc(dst.Parties, func(q truce.Actor) bool { return sameActor(p, q) }) {
			dst.Parties = append(dst.Parties, p)
		}
	}
	for _, m := range src.Mediators {
		if !slices.ContainsFunc(dst.Mediators, func(q truce.Actor) bool { return sameActor(m, q) }) {
			dst.Mediators = append(dst.Mediators, m)
		}
	}
	for _, t := range src.Terms {
		if !slices.Contains(dst.Terms, t) {
			dst.Terms = append(dst.Terms, t)
		}
	}
	for _, id := range src.Events {
		if !slices.Contains(dst.Events, id) {
			dst.Events = append(dst.Events, id)
		}
	}
	for _, v := range src.Violations {
		if !slices.ContainsFunc(dst.Violations, func(w truce.Violation) bool {
			return w.EventID == v.EventID && w.Date == v.Date && w.Count == v.Count
		}) {
			dst.Violations = append(dst.Violations, v)
		}
	}
}

// ceasefireDate is the date a ceasefire is listed under.
func ceasefireDate(c *truce.Ceasefire) string {
	if c.Announced != "" {
		return c.Announced
	}
	return c.Effective
}

// Ceasefires returns every stored ceasefire, latest announced (or, failing
// that, effective) first.
func (s *Store) Ceasefires(ctx context.Context) ([]*truce.Ceasefire, error) {
	tx, err := s.rdb.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, fmt.Errorf("list ceasefires: %w", err)
	}
	defer tx.Rollback()
	rows, err := tx.QueryContext(ctx, `SELECT json FROM ceasefires ORDER BY date DESC, id`)
	if err != nil {
		return nil, fmt.Errorf("list ceasefires: %w", err)
	}
	cs, err := scanJSON[truce.Ceasefire](rows)
	if err != nil {
		return nil, fmt.Errorf("list ceasefires: %w", err)
	}
	return pointers(cs), nil
}
