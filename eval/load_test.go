package eval

import (
	"errors"
	"os"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/truce-project/truce"
)

// Evaluation data lives outside the repository; tests read it in place.
const (
	seedGold = "../../shared/eval/seed/gold.json"
	gsrFile  = "../../shared/eval/plover-gsr/PLOVER_GSR_CAMEO.json"
)

func skipIfAbsent(t *testing.T, path string) {
	t.Helper()
	if _, err := os.Stat(path); err != nil {
		t.Skipf("%s absent: %v", path, err)
	}
}

func TestLoadGold(t *testing.T) {
	docs := MustLoad(t, "testdata/sudan.json")
	if len(docs) != 1 {
		t.Fatalf("got %d documents", len(docs))
	}
	d := docs[0]
	if d.ID != "sudan-week" || d.Kind != KindGold || d.File != "testdata/sudan.json" {
		t.Errorf("document %q kind %q file %q", d.ID, d.Kind, d.File)
	}
	if !strings.HasPrefix(d.Article.Text, "Khartoum Weekly") || d.Article.Title != "A week in Sudan" {
		t.Errorf("article not read from text_file: %q", d.Article.Title)
	}
	if want := time.Date(2024, 6, 14, 0, 0, 0, 0, time.UTC); !d.Article.Published.Equal(want) {
		t.Errorf("published %v, want %v", d.Article.Published, want)
	}
	if len(d.Events) != 5 || !d.Events[0].Required || d.Events[4].Required {
		t.Fatalf("events %+v", d.Events)
	}
	if r := d.Events[0].FatalitiesMin; r == nil || *r != (Range{7, 7}) {
		t.Errorf("fatalities_min %v", r)
	}
	if got := d.Events[2].Type; len(got) != 1 || got[0] != "ASSAULT" {
		t.Errorf("type written as one string: %v", got)
	}
	if d.Doc == nil || *d.Doc.RelatedLinks != 1 || *d.Doc.RepublishedFrom != "Khartoum Weekly" || len(d.Dyads) != 1 {
		t.Errorf("document block %+v dyads %v", d.Doc, d.Dyads)
	}
	twins := MustLoad(t, "testdata/twins.json")
	if want := time.Date(2024, 3, 2, 0, 0, 0, 0, time.UTC); !twins[0].Article.Published.Equal(want) {
		t.Errorf("RFC 3339 published %v, want %v", twins[0].Article.Published, want)
	}
}

func TestLoadSeed(t *testing.T) {
	skipIfAbsent(t, seedGold)
	docs := MustLoad(t, seedGold)
	if len(docs) != 1 || len(docs[0].Events) != 14 || len(docs[0].NoEventsFrom) != 5 {
		t.Fatalf("seed: %d documents", len(docs))
	}
	r := MustRun(t, docs, func(*truce.Article) *truce.Extraction { return &truce.Extraction{} })
	if r.Required != 12 || r.RequiredMatched != 0 || len(r.Misses) != 12 {
		t.Errorf("required %d/%d misses %d", r.RequiredMatched, r.Required, len(r.Misses))
	}
	for _, m := range r.Misses {
		if m.Reason != "no event from this sentence" {
			t.Errorf("miss %s: %q", m.Key, m.Reason)
		}
	}
}

func TestLoadGSR(t *testing.T) {
	skipIfAbsent(t, gsrFile)
	docs := MustLoad(t, gsrFile)
	if len(docs) != 322 {
		t.Fatalf("got %d documents, want 322", len(docs))
	}
	byID := map[string]*Document{}
	for _, d := range docs {
		byID[d.ID] = d
		if d.Kind != KindGSR || len(d.Events) != 1 || d.Article.Text == "" {
			t.Fatalf("record %s: %+v", d.ID, d)
		}
		for _, ty := range d.Events[0].Type {
			if !ValidType(ty) {
				t.Errorf("record %s: type %q", d.ID, ty)
			}
		}
		if !d.Article.Published.Equal(gsrPublished) {
			t.Errorf("record %s published %v", d.ID, d.Article.Published)
		}
	}
	// Every actor code the gold keeps is an ISO 3166 alpha-3 country:
	// CAMEO's own country codes are mapped and its non-country codes
	// (IGO, NGO, …) dropped (the mapping itself is tested on synthetic
	// records in TestRunGSR). Record ids are unique, even where PLOVER's
	// file repeats one.
	seen := map[string]bool{}
	withActors := 0
	for _, d := range docs {
		if seen[d.ID] {
			t.Errorf("record id %s loaded twice", d.ID)
		}
		seen[d.ID] = true
		g := d.Events[0]
		for _, c := range append(append([]string{}, g.Source...), g.Target...) {
			if !isoCountries[c] {
				t.Errorf("record %s: actor code %q is not an ISO3 country", d.ID, c)
			}
		}
		if len(g.Source)+len(g.Target) > 0 {
			withActors++
		}
	}
	if withActors < 250 {
		t.Errorf("only %d records keep an actor code, want most of 322", withActors)
	}
}

func TestRunGSR(t *testing.T) {
	data := `[
 {"id": "DOC", "event": "DOCUMENT"},
 {"id": "r1", "event": "FIGHT", "text": "Japanese troops clashed with rebels.",
  "source": [{"actorText": "Japanese troops", "code": "JAP", "sector": "MIL"}], "target": [{"actorText": "rebels", "code": "IGO", "sector": "REB"}]},
 {"id": "r2", "event": "DEMAND", "text": "Ghana asked Togo to reopen the border.",
  "source": [{"actorText": "Ghana", "code": "GHA"}], "target": [{"actorText": "Togo", "code": "TGO"}]}
]`
	docs, err := LoadFS(fstest.MapFS{"gsr.json": {Data: []byte(data)}}, "gsr.json")
	if err != nil {
		t.Fatal(err)
	}
	r := MustRun(t, docs, func(a *truce.Article) *truce.Extraction {
		whole := MustEvidence(t, a.Text, a.Text)
		if a.ID == "r1" {
			return &truce.Extraction{Events: []truce.Event{{ID: "a", Type: truce.Assault, Source: actors("JPNMIL"), Target: actors("UN"), Evidence: whole}}}
		}
		return &truce.Extraction{Events: []truce.Event{{ID: "b", Type: truce.Accuse, Source: actors("GHAGOV"), Target: actors("BEN"), Evidence: whole}}}
	})
	g := r.GSR
	if g == nil || g.N != 2 || g.CategoryCorrect != 1 || g.CategoryAccuracy != 0.5 {
		t.Fatalf("GSR %+v", g)
	}
	if g.Source.TP != 2 || g.Source.FP != 0 || g.Source.FN != 0 || g.SourceF1 != 1 {
		t.Errorf("source %+v", g.Source)
	}
	if g.Target.TP != 0 || g.Target.FP != 1 || g.Target.FN != 1 || g.TargetF1 != 0 {
		t.Errorf("target %+v", g.Target)
	}
	if r.RequiredMatched != 1 || r.Required != 2 {
		t.Errorf("required %d/%d", r.RequiredMatched, r.Required)
	}
}

func TestLoadFS(t *testing.T) {
	fsys := fstest.MapFS{
		"gold/multi.json": {Data: []byte(`{"format": "truce-gold/1", "documents": [
			{"id": "a", "text_file": "texts/a.txt", "events": [{"key": "k", "evidence": "rockets hit", "type": ["ASSAULT"]}]},
			{"id": "b", "text": "Talks resumed in Doha.", "no_events_of_type": ["ASSAULT"]}
		]}`)},
		"gold/texts/a.txt": {Data: []byte("Overnight, rockets hit the port.")},
	}
	docs, err := LoadFS(fsys, "gold/multi.json")
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 || docs[0].Article.Text != "Overnight, rockets hit the port." || docs[1].ID != "b" {
		t.Fatalf("docs %+v", docs)
	}
	if !docs[0].Events[0].Required {
		t.Errorf("required should default to true")
	}
}

func TestLoadErrors(t *testing.T) {
	const text = `"text": "Rockets hit the port at dawn."`
	tests := []struct {
		name, data string
		want       []string // substrings of the error
	}{
		{"missing evidence", `{"id": "d", ` + text + `, "events": [{"key": "strike", "evidence": "shells hit", "type": ["ASSAULT"]}]}`, []string{"bad.json", `"strike"`, "not found"}},
		{"syntax", "{\"id\": \"d\",\n \"text\": }", []string{"bad.json", "line 2"}},
		{"wrong type", `{"id": "d", "text": 5}`, []string{"bad.json", "text"}},
		{"unknown field", `{"id": "d", ` + text + `, "events": [{"key": "k", "evidence": "Rockets", "fatalites_min": [1, 2]}]}`, []string{"fatalites_min"}},
		{"bad category", `{"id": "d", ` + text + `, "events": [{"key": "k", "evidence": "Rockets", "type": ["BOMB"]}]}`, []string{`"k"`, "BOMB"}},
		{"bad range", `{"id": "d", ` + text + `, "events": [{"key": "k", "evidence": "Rockets", "fatalities_min": [5, 2]}]}`, []string{"fatalities_min"}},
		{"empty list", `{"id": "d", ` + text + `, "events": [{"key": "k", "evidence": "Rockets", "source": []}]}`, []string{"source is an empty list"}},
		{"duplicate key", `{"id": "d", ` + text + `, "events": [{"key": "k", "evidence": "Rockets"}, {"key": "k", "evidence": "port"}]}`, []string{"duplicate key"}},
		{"retaliates for nothing", `{"id": "d", ` + text + `, "events": [{"key": "k", "evidence": "Rockets", "retaliates_for": "x"}]}`, []string{"retaliates_for"}},
		{"no text", `{"id": "d"}`, []string{"neither text nor text_file"}},
		{"both texts", `{"id": "d", ` + text + `, "text_file": "a.txt"}`, []string{"both text and text_file"}},
		{"missing text file", `{"id": "d", "text_file": "nowhere.txt"}`, []string{"nowhere.txt"}},
		{"no id", `{` + text + `}`, []string{"missing id"}},
		{"bad date", `{"id": "d", ` + text + `, "published": "June"}`, []string{"published"}},
		{"no_events_from absent", `{"id": "d", ` + text + `, "no_events_from": ["Nothing like this"]}`, []string{"no_events_from"}},
		{"other format", `{"format": "truce-gold/9", "id": "d"}`, []string{"truce-gold/9"}},
		{"scalar", `42`, []string{"not a gold file"}},
		{"gsr record without text", `[{"id": "r1", "event": "AGREE"}]`, []string{`"r1"`, "missing text"}},
		{"gsr bad event", `[{"id": "r1", "event": "HUG", "text": "x"}]`, []string{"HUG"}},
		{"gsr bad actors", `[{"id": "r1", "event": "AGREE", "text": "x", "source": {"code": 3}}]`, []string{"source"}},
		{"gsr syntax", `[{"id": "r1", "event": "DOCUMENT"}, {`, []string{"record 2"}},
		{"gsr empty", `[]`, []string{"no PLOVER records"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := LoadFS(fstest.MapFS{"bad.json": {Data: []byte(tt.data)}}, "bad.json")
			if err == nil {
				t.Fatal("no error")
			}
			if truce.ErrorCode(err) != truce.EINVALID && tt.name != "missing text file" {
				t.Errorf("code %q, want %q", truce.ErrorCode(err), truce.EINVALID)
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q lacks %q", err, w)
				}
			}
		})
	}
	if _, err := LoadFile("testdata/does-not-exist.json"); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing file: %v", err)
	}
}
