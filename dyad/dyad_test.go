package dyad

import (
	"encoding/json"
	"math/rand/v2"
	"testing"

	"github.com/truce-project/truce"
)

var (
	pakMil = truce.Actor{ID: "PAKMIL", Country: "PAK", Sector: "MIL"}
	afgGov = truce.Actor{ID: "AFGGOV", Country: "AFG", Sector: "GOV"}
	afgCvl = truce.Actor{ID: "AFGCVL", Country: "AFG", Sector: "CVL"}
	kabul  = &truce.Location{Name: "Kabul", Country: "AFG", Lat: 34.53, Lon: 69.17, Precision: "city"}
	kabulE = &truce.Location{Name: "Deh Sabz", Country: "AFG", Lat: 34.62, Lon: 69.30, Precision: "city"}
	khost  = &truce.Location{Name: "Khost", Country: "AFG", Lat: 33.34, Lon: 69.92, Precision: "city"}
)

func ev(id, article, published, date string, src, tgt truce.Actor, loc *truce.Location, dead int, by *truce.Actor) truce.Event {
	e := truce.Event{ID: id, Type: truce.Assault, Quad: 4, Goldstein: -10, Date: date, Source: []truce.Actor{src},
		Target: []truce.Actor{tgt}, Location: loc, Status: truce.StatusReported, ReportedBy: by,
		Evidence: truce.Evidence{ArticleID: article},
		Sources:  []truce.SourceRef{{ArticleID: article, Published: published}}, Mentions: 1}
	if dead > 0 {
		e.Fatalities = &truce.Count{Min: dead, Max: dead}
	}
	return e
}

func TestMerge(t *testing.T) {
	events := []truce.Event{
		ev("a1", "art1", "2025-10-10", "2025-10-09", pakMil, afgGov, kabul, 0, nil),
		ev("b1", "art2", "2025-10-11", "2025-10-10", pakMil, afgCvl, kabulE, 12, &afgGov),
		ev("c1", "art3", "2025-10-11", "2025-10-09", pakMil, afgGov, kabul, 40, &afgGov),
		ev("d1", "art3", "2025-10-11", "2025-10-09", pakMil, afgGov, khost, 0, nil), // too far
		ev("e1", "art4", "2025-10-20", "2025-10-19", pakMil, afgGov, kabul, 0, nil), // too late
	}
	for i, c := range []float64{0.5, 0.9, 0.7, 0.95, 0.95} {
		events[i].Confidence = c
	}
	merged, alias := Merge(events, MergeOptions{})
	want := map[string]string{"b1": "a1", "c1": "a1"}
	if len(alias) != len(want) || alias["b1"] != "a1" || alias["c1"] != "a1" {
		t.Errorf("alias = %v, want %v", alias, want)
	}
	if len(merged) != 3 {
		t.Fatalf("merged into %d events, want 3", len(merged))
	}
	m := merged[0]
	if m.ID != "a1" || m.Mentions != 3 || len(m.Sources) != 3 || m.Sources[0].ArticleID != "art1" {
		t.Errorf("merged event %s: mentions %d, sources %+v; want a1 with 3 sources, art1 first", m.ID, m.Mentions, m.Sources)
	}
	if m.Confidence != 0.9 {
		t.Errorf("merged confidence %v, want the surest report's 0.9", m.Confidence)
	}
	if m.Fatalities == nil || m.Fatalities.Min != 12 || len(m.Claims) != 2 {
		t.Errorf("toll %+v, claims %+v; want the lowest (12) with both figures kept as claims", m.Fatalities, m.Claims)
	}
	// Any order gives the same result.
	js := func(v any) string { b, _ := json.Marshal(v); return string(b) }
	r := rand.New(rand.NewPCG(1, 2))
	for range 10 {
		r.Shuffle(len(events), func(i, j int) { events[i], events[j] = events[j], events[i] })
		got, a := Merge(events, MergeOptions{})
		if js(got) != js(merged) || js(a) != js(alias) {
			t.Fatalf("order %v changed the merge", events)
		}
	}
}

func TestChainsAndSeries(t *testing.T) {
	events := []truce.Event{
		ev("s1", "a", "2025-10-10", "2025-10-09", pakMil, afgGov, kabul, 0, nil),
		ev("s2", "b", "2025-10-12", "2025-10-11", afgGov, pakMil, nil, 23, nil),
		ev("s3", "c", "2025-10-13", "2025-10-12", pakMil, afgCvl, khost, 10, nil),
		ev("s4", "d", "2025-10-30", "2025-10-29", afgGov, pakMil, nil, 0, nil), // too late to answer s3
	}
	events[2].RetaliatesFor = "s2"
	cs := Chains(events, "PAK", "AFG", 0)
	if len(cs) != 1 || len(cs[0].Links) != 3 || cs[0].Links[1].Answers != "s1" || !cs[0].Links[2].Explicit {
		t.Fatalf("chains = %+v, want s1 ⇒ s2 (inferred) ⇒ s3 (explicit)", cs)
	}
	days := Series(events, "AFG", "PAK")
	if len(days) != 21 || days[0].Date != "2025-10-09" || days[2].Fatalities != 23 {
		t.Fatalf("series of %d days from %s, want 21 days from 2025-10-09 with 23 dead on 10-11", len(days), days[0].Date)
	}
	if days[3].Level <= days[0].Level || days[3].Escalation <= 0 {
		t.Errorf("level %v → %v, escalation %v: want a rising level", days[0].Level, days[3].Level, days[3].Escalation)
	}
	if quiet := days[16]; quiet.Date != "2025-10-25" || quiet.Escalation >= 0 {
		t.Errorf("after a quiet week, %s escalation = %v, want 2025-10-25 negative", quiet.Date, quiet.Escalation)
	}
}

// A report that no one died must not hide a death toll another report
// gives: "no casualties" told early is overtaken by the dead counted later.
func TestMergeZeroToll(t *testing.T) {
	tests := []struct {
		name  string
		tolls []int // -1 for a report with no toll
		want  int   // -1 for no toll after the merge
	}{
		{"a zero and a positive", []int{0, 7}, 7},
		{"a positive and a zero", []int{7, 0}, 7},
		{"two positives keep the lowest", []int{9, 0, 4}, 4},
		{"only zeros", []int{0, 0}, 0},
		{"a zero and none", []int{0, -1}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var events []truce.Event
			for n, dead := range tt.tolls {
				id := string(rune('a' + n))
				e := ev(id, "art"+id, "2025-10-10", "2025-10-09", pakMil, afgGov, kabul, dead, nil)
				if dead == 0 {
					e.Fatalities = &truce.Count{}
				}
				events = append(events, e)
			}
			merged, _ := Merge(events, MergeOptions{})
			if len(merged) != 1 {
				t.Fatalf("merged into %d events, want 1", len(merged))
			}
			got := -1
			if f := merged[0].Fatalities; f != nil {
				got = f.Min
			}
			if got != tt.want {
				t.Errorf("toll %d, want %d (claims %+v)", got, tt.want, merged[0].Claims)
			}
		})
	}
}
