package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/truce-project/truce"
)

// mergeKey is what identifies an event independently of its id: type,
// sorted source actor ids, sorted target actor ids and date. Events of
// near-duplicate articles with equal keys are one event.
func mergeKey(e *truce.Event) string {
	ids := func(as []truce.Actor) string {
		s := make([]string, len(as))
		for i, a := range as {
			s[i] = a.ID
		}
		slices.Sort(s)
		return strings.Join(s, ",")
	}
	return e.Type + "|" + ids(e.Source) + "|" + ids(e.Target) + "|" + e.Date
}

// eventDate is the date an event is filed under: its own, else its
// article's publication date.
func eventDate(a *truce.Article, e *truce.Event) string {
	if e.Date != "" || a.Published.IsZero() {
		return e.Date
	}
	return a.Published.Format(time.DateOnly)
}

// eventCountry is the ISO3 code an event is filed under: its location's,
// else its first source actor's.
func eventCountry(e *truce.Event) string {
	if e.Location != nil && e.Location.Country != "" {
		return e.Location.Country
	}
	for _, a := range e.Source {
		return a.Country
	}
	return ""
}

// insertEvent stores e, reported by article a, with ref as its one source.
func insertEvent(ctx context.Context, tx *sql.Tx, a *truce.Article, e *truce.Event, ref truce.SourceRef) error {
	var owner string
	err := tx.QueryRowContext(ctx, `SELECT article_id FROM events WHERE id = ?`, e.ID).Scan(&owner)
	switch {
	case err == nil:
		return truce.Errorf(truce.ECONFLICT, "event %q already stored from article %q", e.ID, owner)
	case !errors.Is(err, sql.ErrNoRows):
		return fmt.Errorf("insert event %q: %w", e.ID, err)
	}
	e.Sources = []truce.SourceRef{ref}
	e.Mentions = 1
	if e.Evidence.ArticleID == "" {
		e.Evidence.ArticleID = a.ID
	}
	js, err := json.Marshal(e)
	if err != nil {
		return fmt.Errorf("insert event %q: %w", e.ID, err)
	}
	var fatalities any
	if e.Fatalities != nil {
		fatalities = e.Fatalities.Min
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO events (id, article_id, type, mode, date, country,
		fatalities_min, merge_key, json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		e.ID, a.ID, e.Type, e.Mode, eventDate(a, e), eventCountry(e), fatalities, mergeKey(e), string(js))
	if err != nil {
		return fmt.Errorf("insert event %q: %w", e.ID, err)
	}
	for _, side := range []struct {
		name   string
		actors []truce.Actor
	}{{"source", e.Source}, {"target", e.Target}} {
		for _, ac := range side.actors {
			if _, err := tx.ExecContext(ctx, `INSERT INTO event_actors (event_id, side, actor_id, name, country)
				VALUES (?, ?, ?, ?, ?)`, e.ID, side.name, ac.ID, ac.Name, ac.Country); err != nil {
				return fmt.Errorf("insert actor of event %q: %w", e.ID, err)
			}
		}
	}
	return nil
}

// mergeEvent adds ref as a source of the event that e repeats among the
// events of article orig and its near-duplicates, and returns that event's
// id; it returns "" when there is no such event.
func mergeEvent(ctx context.Context, tx *sql.Tx, orig string, e *truce.Event, ref truce.SourceRef) (string, error) {
	var id, js string
	err := tx.QueryRowContext(ctx, `SELECT id, json FROM events
		WHERE merge_key = ? AND (article_id = ? OR article_id IN (SELECT id FROM articles WHERE duplicate_of = ?))
		ORDER BY seq LIMIT 1`, mergeKey(e), orig, orig).Scan(&id, &js)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("merge event %q: %w", e.ID, err)
	}
	var stored truce.Event
	if err := json.Unmarshal([]byte(js), &stored); err != nil {
		return "", fmt.Errorf("merge event %q into %q: %w", e.ID, id, err)
	}
	if slices.ContainsFunc(stored.Sources, func(r truce.SourceRef) bool { return r.ArticleID == ref.ArticleID }) {
		return id, nil
	}
	stored.Sources = append(stored.Sources, ref)
	stored.Mentions = len(stored.Sources)
	b, err := json.Marshal(&stored)
	if err != nil {
		return "", fmt.Errorf("merge event %q into %q: %w", e.ID, id, err)
	}
	if _, err := tx.ExecContext(ctx, `UPDATE events SET json = ? WHERE id = ?`, string(b), id); err != nil {
		return "", fmt.Errorf("merge event %q into %q: %w", e.ID, id, err)
	}
	return id, nil
}

// Event returns the event with the given id; ENOTFOUND if there is none.
func (s *Store) Event(ctx context.Context, id string) (*truce.Event, error) {
	tx, err := s.rdb.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, fmt.Errorf("get event %q: %w", id, err)
	}
	defer tx.Rollback()
	var js string
	err = tx.QueryRowContext(ctx, `SELECT json FROM events WHERE id = ?`, id).Scan(&js)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, truce.Errorf(truce.ENOTFOUND, "event %q not found", id)
	}
	if err != nil {
		return nil, fmt.Errorf("get event %q: %w", id, err)
	}
	var e truce.Event
	if err := json.Unmarshal([]byte(js), &e); err != nil {
		return nil, fmt.Errorf("get event %q: %w", id, err)
	}
	return &e, nil
}

// Events returns the events that pass f, latest first (by date, then id),
// at most f.Limit of them (1000 when f.Limit is 0). An event without a date
// is filed under its article's publication date; one with neither is
// listed last and never passes a Since or Until filter. Since and Until
// are days, both included. Country matches the location's or any actor's
// ISO3 code, Actor an actor id prefix or a part of an actor's name (both
// ignoring case), Type the PLOVER category. With f.After set to the id of
// the last event of one page, Events returns the next page.
//
// Returns EINVALID when f.After is not the id of a stored event.
func (s *Store) Events(ctx context.Context, f truce.EventFilter) ([]*truce.Event, error) {
	tx, err := s.rdb.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, fmt.Errorf("list events: %w", err)
	}
	defer tx.Rollback()

	var where []string
	var args []any
	if !f.Since.IsZero() {
		where = append(where, `e.date <> '' AND e.date >= ?`)
		args = append(args, f.Since.Format(time.DateOnly))
	}
	if !f.Until.IsZero() {
		where = append(where, `e.date <> '' AND e.date <= ?`)
		args = append(args, f.Until.Format(time.DateOnly))
	}
	if f.Country != "" {
		where = append(where, `(e.country = ? COLLATE NOCASE OR EXISTS (SELECT 1 FROM event_actors ea
			WHERE ea.event_id = e.id AND ea.country = ? COLLATE NOCASE))`)
		args = append(args, f.Country, f.Country)
	}
	if f.Actor != "" {
		where = append(where, `EXISTS (SELECT 1 FROM event_actors ea WHERE ea.event_id = e.id
			AND (ea.actor_id LIKE ? ESCAPE '\' OR ea.name LIKE ? ESCAPE '\'))`)
		esc := escapeLike(f.Actor)
		args = append(args, esc+"%", "%"+esc+"%")
	}
	if f.Type != "" {
		where = append(where, `e.type = ?`)
		args = append(args, strings.ToUpper(f.Type))
	}
	if f.After != "" {
		var date string
		err := tx.QueryRowContext(ctx, `SELECT date FROM events WHERE id = ?`, f.After).Scan(&date)
		if errors.Is(err, sql.ErrNoRows) {
			return nil, truce.Errorf(truce.EINVALID, "list events: cursor %q is not a stored event", f.After)
		}
		if err != nil {
			return nil, fmt.Errorf("list events: %w", err)
		}
		// The range on date lets SQLite start the scan of events_date at
		// the cursor; the OR then skips the rows of that day already seen.
		where = append(where, `e.date <= ? AND (e.date < ? OR e.id > ?)`)
		args = append(args, date, date, f.After)
	}
	q := `SELECT e.json FROM events e`
	if len(where) > 0 {
		q += ` WHERE ` + strings.Join(where, ` AND `)
	}
	q += ` ORDER BY e.date DESC, e.id LIMIT ?`
	args = append(args, limitOf(f.Limit))

	rows, err := tx.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("list events: %w", err)
	}
	es, err := scanJSON[truce.Event](rows)
	if err != nil {
		return nil, fmt.Errorf("list events: %w", err)
	}
	return pointers(es), nil
}

// escapeLike escapes LIKE's wildcards in s, with \ as the escape character.
func escapeLike(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}
