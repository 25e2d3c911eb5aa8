package sqlite

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/truce-project/truce"
)

// Part of testStore: the event filters and pagination.

func testFilters(t *testing.T, s truce.Store) {
	a := newArticle(t, "filters", "Seven events.", "2025-10-15", 0)
	protest := newEvent("f6", truce.Protest, "2024-12-01", []truce.Actor{afgCvl}, []truce.Actor{pakGov}, kabul)
	undated := newEvent("f4", truce.Accuse, "", []truce.Actor{afgGov}, []truce.Actor{pakGov}, nil)
	mustPut(t, s, a, &truce.Extraction{Events: []truce.Event{
		newEvent("f1", truce.Assault, "2025-10-09", []truce.Actor{pakMil}, []truce.Actor{afgGov, afgCvl}, kabul),
		newEvent("f2", truce.Assault, "2025-10-08", []truce.Actor{ttp}, []truce.Actor{pakMil}, wana),
		newEvent("f3", truce.Agree, "2025-10-19", []truce.Actor{pakGov}, []truce.Actor{afgGov}, nil),
		undated,
		newEvent("f5", truce.Consult, "2025-10-18", []truce.Actor{qatar}, []truce.Actor{pakGov}, nil),
		protest,
		// Only the location is Afghan.
		newEvent("f7", truce.Assault, "2025-10-12", []truce.Actor{pakMil}, []truce.Actor{ttp}, kabul),
	}}, truce.PutNew)

	for _, tc := range []struct {
		name string
		f    truce.EventFilter
		want []string
	}{
		{"none, latest first, undated filed under publication", truce.EventFilter{}, []string{"f3", "f5", "f4", "f7", "f1", "f2", "f6"}},
		{"since", truce.EventFilter{Since: mustDay(t, "2025-10-09")}, []string{"f3", "f5", "f4", "f7", "f1"}},
		{"until", truce.EventFilter{Until: mustDay(t, "2025-10-09")}, []string{"f1", "f2", "f6"}},
		{"since and until include both days", truce.EventFilter{Since: mustDay(t, "2025-10-09"), Until: mustDay(t, "2025-10-15")}, []string{"f4", "f7", "f1"}},
		{"country of location or actor", truce.EventFilter{Country: "AFG"}, []string{"f3", "f4", "f7", "f1", "f6"}},
		{"country of first source when no location", truce.EventFilter{Country: "qat"}, []string{"f5"}},
		{"actor id prefix ignoring case", truce.EventFilter{Actor: "pakmil"}, []string{"f7", "f1", "f2"}},
		{"actor id prefix only", truce.EventFilter{Actor: "MIL"}, nil},
		{"actor name part", truce.EventFilter{Actor: "Tehrik"}, []string{"f7", "f2"}},
		{"actor name part ignoring case", truce.EventFilter{Actor: "CIVILIANS"}, []string{"f1", "f6"}},
		{"actor wildcard is literal", truce.EventFilter{Actor: "%"}, nil},
		{"type", truce.EventFilter{Type: truce.Assault}, []string{"f7", "f1", "f2"}},
		{"type ignoring case", truce.EventFilter{Type: "agree"}, []string{"f3"}},
		{"type and country", truce.EventFilter{Type: truce.Assault, Country: "AFG"}, []string{"f7", "f1"}},
		{"actor, type and until", truce.EventFilter{Actor: "AFGGOV", Type: truce.Accuse, Until: mustDay(t, "2025-10-15")}, []string{"f4"}},
		{"actor, country and since", truce.EventFilter{Actor: "TTP", Country: "PAK", Since: mustDay(t, "2025-10-09")}, []string{"f7"}},
		{"limit", truce.EventFilter{Limit: 2}, []string{"f3", "f5"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := eventIDs(mustEvents(t, s, tc.f))
			if len(got) == 0 {
				got = nil
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("Events(%+v) = %v, want %v", tc.f, got, tc.want)
			}
		})
	}
	// The undated event keeps its empty date; only its filing uses the
	// publication date.
	if got := mustEvent(t, s, undated.ID); got.Date != "" {
		t.Errorf("undated event came back with date %q", got.Date)
	}
}

func testPagination(t *testing.T, s truce.Store) {
	const n = 25
	// Five days, five events a day, stored over five articles in an order
	// unrelated to the listing order.
	for art := range 5 {
		var x truce.Extraction
		for j := range 5 {
			i := (art*5 + j) * 7 % n // a permutation of 0..n-1
			x.Events = append(x.Events, newEvent(fmt.Sprintf("p%02d", i), truce.Assault,
				fmt.Sprintf("2025-10-%02d", 1+i%5), []truce.Actor{ttp}, []truce.Actor{pakMil}, wana))
		}
		mustPut(t, s, newArticle(t, fmt.Sprintf("page%d", art), "Page.", "2025-10-10", 0), &x, truce.PutNew)
	}
	all := mustEvents(t, s, truce.EventFilter{})
	if len(all) != n {
		t.Fatalf("stored %d events, want %d", len(all), n)
	}
	if !slices.IsSortedFunc(all, func(a, b *truce.Event) int {
		if a.Date != b.Date {
			return -strings.Compare(a.Date, b.Date)
		}
		return strings.Compare(a.ID, b.ID)
	}) {
		t.Errorf("events not ordered by date desc, id: %v", eventIDs(all))
	}
	for _, size := range []int{1, 4, 5, 7, 25, 30} {
		t.Run(fmt.Sprintf("pages of %d", size), func(t *testing.T) {
			var got []string
			f := truce.EventFilter{Limit: size}
			for pages := 0; ; pages++ {
				if pages > n {
					t.Fatal("pagination does not end")
				}
				page := mustEvents(t, s, f)
				if len(page) > size {
					t.Fatalf("page of %d events, limit %d", len(page), size)
				}
				got = append(got, eventIDs(page)...)
				if len(page) < size {
					break
				}
				f.After = page[len(page)-1].ID
			}
			if want := eventIDs(all); !slices.Equal(got, want) {
				t.Errorf("pages gave %v, want %v", got, want)
			}
		})
	}
	t.Run("cursor with filter", func(t *testing.T) {
		f := truce.EventFilter{Since: mustDay(t, "2025-10-04"), Limit: 3}
		first := mustEvents(t, s, f)
		f.After = first[len(first)-1].ID
		second := mustEvents(t, s, f)
		got := append(eventIDs(first), eventIDs(second)...)
		if want := eventIDs(all[:6]); !slices.Equal(got, want) {
			t.Errorf("two pages since 10-04 = %v, want %v", got, want)
		}
	})
	if _, err := s.Events(context.Background(), truce.EventFilter{After: "no-such-event"}); truce.ErrorCode(err) != truce.EINVALID {
		t.Errorf("Events after an unknown cursor: error %v, want EINVALID", err)
	}
}
