package eval

import (
	"context"
	"testing"
	"testing/fstest"
	"unicode/utf8"

	"github.com/truce-project/truce"
)

// FuzzLoad feeds hostile bytes to the loader: they must give documents or
// an error, never a panic, and whatever loads must run.
func FuzzLoad(f *testing.F) {
	f.Add([]byte(`{"id": "d", "text": "Rockets hit the port.", "events": [{"key": "k", "evidence": "rockets ... port"}]}`))
	f.Add([]byte(`[{"id": "r", "event": "AGREE", "text": "Two sides agreed.", "source": [{"code": "JAP"}]}]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		fsys := fstest.MapFS{
			"g/gold.json": {Data: data},
			"g/a.txt":     {Data: []byte("Shells fell on the town; the army said 4 soldiers died.")},
		}
		docs, err := LoadFS(fsys, "g/gold.json")
		if err != nil {
			if docs != nil {
				t.Fatalf("documents returned with error %v", err)
			}
			return
		}
		if len(docs) == 0 {
			t.Fatal("no documents and no error")
		}
		extract := func(_ context.Context, a *truce.Article) (*truce.Article, *truce.Extraction, error) {
			if a == nil {
				t.Fatal("nil article")
			}
			n := utf8.RuneCountInString(a.Text)
			return a, &truce.Extraction{Events: []truce.Event{
				{ID: "x", Type: truce.Assault, Source: actors("PAK"), Evidence: truce.Evidence{Start: 0, End: n}},
				{ID: "y", Type: truce.Agree, RetaliatesFor: "x", CeasefireID: "c", Evidence: truce.Evidence{Start: n / 2, End: n + 5}},
			}, Ceasefires: []truce.Ceasefire{{ID: "c"}}}, nil
		}
		r, err := Run(context.Background(), docs, extract)
		if err != nil {
			t.Fatal(err)
		}
		if r.RequiredMatched > r.Required || r.PredictedMatched > r.PredictedJudged {
			t.Fatalf("impossible counts %+v", r)
		}
	})
}
