package eval

import (
	"context"
	"regexp"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/truce-project/truce"
)

func TestACLEDAndCAMEOFields(t *testing.T) {
	const gold = `{"format":"truce-gold/1","documents":[
	 {"id":"a","text":"Drones hit a depot. Troops clashed with rebels.","published":"2024-01-02","events":[
	  {"key":"drone","evidence":"Drones hit a depot","type":["ASSAULT"],"acled":["Explosions/Remote violence","Air/drone strike"],"cameo":"195"},
	  {"key":"clash","evidence":"Troops clashed with rebels","type":["ASSAULT"],"acled":["Battles","Armed clash"],"cameo":"190"}]},
	 {"id":"b","text":"The minister met his counterpart.","published":"2024-01-02","events":[
	  {"key":"meet","evidence":"The minister met his counterpart","type":["CONSULT"],"acled":[],"cameo":"040"}]}]}`
	docs, err := LoadFS(fstest.MapFS{"g.json": {Data: []byte(gold)}}, "g.json")
	if err != nil {
		t.Fatal(err)
	}
	ev := func(typ, cameo, at, sub string, start, end int) truce.Event {
		return truce.Event{ID: typ + cameo, Type: typ, CAMEO: cameo, ACLEDType: at, ACLEDSubtype: sub,
			Evidence: truce.Evidence{Start: start, End: end}}
	}
	// The drone strike is labelled right; the clash is given the drone
	// strike's label and a wrong CAMEO root; the meeting gets an ACLED
	// label it should not have.
	preds := map[string][]truce.Event{
		"a": {ev("ASSAULT", "195", "Explosions/Remote violence", "Air/drone strike", 0, 19),
			ev("ASSAULT", "183", "Explosions/Remote violence", "Air/drone strike", 20, 47)},
		"b": {ev("CONSULT", "040", "Strategic developments", "Other", 0, 33)},
	}
	rep, err := Run(context.Background(), docs, func(ctx context.Context, a *truce.Article) (*truce.Article, *truce.Extraction, error) {
		return a, &truce.Extraction{Events: preds[a.ID]}, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	field := func(name string) FieldStat {
		for _, f := range rep.Fields {
			if f.Field == name {
				return f
			}
		}
		t.Fatalf("no field %q in %+v", name, rep.Fields)
		return FieldStat{}
	}
	if f := field("acled"); f.Total != 3 || f.Satisfied != 1 {
		t.Errorf("acled = %d/%d, want 1/3", f.Satisfied, f.Total)
	}
	if f := field("cameo root"); f.Total != 3 || f.Satisfied != 2 {
		t.Errorf("cameo root = %d/%d, want 2/3", f.Satisfied, f.Total)
	}
	if f := field("cameo exact"); f.Satisfied != 2 {
		t.Errorf("cameo exact = %d, want 2", f.Satisfied)
	}
	// Air/drone strike: P=1/2, R=1/1 → F1=2/3; Armed clash: F1=0. Weighted
	// by one gold event each: 1/3.
	if got := rep.ACLEDWeightedF1; got < 0.333 || got > 0.334 {
		t.Errorf("weighted F1 = %.4f, want 1/3", got)
	}
	if rep.Recall != 1 {
		t.Errorf("labels changed matching: recall = %v, want 1", rep.Recall)
	}
	want := []Confusion{
		{Gold: "(none)", Predicted: "Strategic developments / Other", N: 1},
		{Gold: "Battles / Armed clash", Predicted: "Explosions/Remote violence / Air/drone strike", N: 1},
	}
	if !slices.Equal(rep.ACLEDConfusions, want) {
		t.Errorf("confusions = %+v, want %+v", rep.ACLEDConfusions, want)
	}
	var text strings.Builder
	if err := rep.WriteText(&text); err != nil {
		t.Fatal(err)
	}
	for _, line := range []string{
		`Battles / Armed clash\s+1\s+0\.000\s+0\.000\s+0\.000`,
		`Battles / Armed clash => Explosions/Remote violence / Air/drone strike\s+1`,
	} {
		if !regexp.MustCompile(`(?m)^` + line).MatchString(text.String()) {
			t.Errorf("text report lacks a line like %q:\n%s", line, text.String())
		}
	}
}

// TestWeightedF1Deterministic: the weighted F1 is summed in label order,
// so the same pairs give the same bits on every run (a sum in map order
// differed in its last digits from run to run).
func TestWeightedF1Deterministic(t *testing.T) {
	var l labels
	for i := range 30 {
		gold := string(rune('a'+i%26)) + strings.Repeat("x", i/26)
		for k := range i%7 + 1 {
			pred := gold
			if k%3 == 1 {
				pred = string(rune('a' + (i+k)%26))
			}
			l.pairs = append(l.pairs, [2]string{gold, pred})
		}
	}
	first, scores := l.weightedF1()
	total, sum := 0, 0.0
	for _, s := range scores {
		total += s.Support
		sum += s.F1 * float64(s.Support)
	}
	if want := sum / float64(total); first != want {
		t.Fatalf("weighted F1 %v, want %v summed in label order", first, want)
	}
	for range 50 {
		if got, _ := l.weightedF1(); got != first {
			t.Fatalf("weighted F1 %v, then %v", first, got)
		}
	}
}
