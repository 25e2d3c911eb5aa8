package eval

import (
	"context"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

var (
	agreeA = flag.String("agree.a", "", "first annotator's gold files, comma-separated (TestAgreementFiles)")
	agreeB = flag.String("agree.b", "", "second annotator's gold files for the same documents, comma-separated")
)

// snippetGold are the project's own gold files, read in place.
func snippetGold(t *testing.T) []*Document {
	t.Helper()
	files, err := filepath.Glob("../code/testdata/snippets/dev/*-wire5[135].gold.json")
	if err != nil || len(files) == 0 {
		t.Fatalf("snippet gold: %v (%d files)", err, len(files))
	}
	var docs []*Document
	for _, f := range files {
		docs = append(docs, MustLoad(t, f)...)
	}
	return docs
}

// TestAgreementSelf: an annotator's first-choice reading matches every one
// of their own events, with no event from a sentence they said holds none.
func TestAgreementSelf(t *testing.T) {
	docs := snippetGold(t)
	if _, err := os.Stat(seedGold); err == nil {
		docs = append(docs, MustLoad(t, seedGold)...)
	}
	r, err := Agreement(context.Background(), docs, docs)
	if err != nil {
		t.Fatal(err)
	}
	if r.Required == 0 || r.RequiredMatched != r.Required || r.NoEventViolations != 0 {
		t.Errorf("self-agreement: required %d/%d matched, %d from no-event sentences", r.RequiredMatched, r.Required, r.NoEventViolations)
	}
	for _, d := range r.Documents {
		if d.NoEventViolations > 0 {
			t.Logf("%s", d.ID)
		}
	}
	for _, m := range r.Misses {
		t.Errorf("missed %s/%s: %s", m.Document, m.Key, m.Reason)
	}
	// Every constraint held, each on an event with a value for it (a
	// mode of "" included): no field scores above 1.
	for _, f := range r.Fields {
		if !slices.Contains(eventFields, f.Field) {
			continue // document blocks and CAMEO codes are not rendered
		}
		if f.Satisfied != f.Total || f.WithValue != f.Total {
			t.Errorf("field %s: %d of %d satisfied, %d with a value", f.Field, f.Satisfied, f.Total, f.WithValue)
		}
	}
}

// TestAgreementDisagrees: a second reading that names another target for
// one event loses that event, and only that one.
func TestAgreementDisagrees(t *testing.T) {
	a := MustLoad(t, "../code/testdata/snippets/dev/VIO-wire55.gold.json")
	b := MustLoad(t, "../code/testdata/snippets/dev/VIO-wire55.gold.json")
	changed := ""
	for _, d := range b {
		for i := range d.Events {
			if g := &d.Events[i]; g.Required && len(g.Target) > 0 && !g.Symmetric && changed == "" {
				g.Target = []string{"ATA"}
				changed = d.ID + "/" + g.Key
			}
		}
	}
	if changed == "" {
		t.Fatal("no required event with a target")
	}
	r, err := Agreement(context.Background(), a, b)
	if err != nil {
		t.Fatal(err)
	}
	if r.RequiredMatched != r.Required-1 || len(r.Misses) != 1 || r.Misses[0].Document+"/"+r.Misses[0].Key != changed {
		t.Errorf("required %d/%d matched, misses %+v; want only %s missed", r.RequiredMatched, r.Required, r.Misses, changed)
	}
	if _, err := Agreement(context.Background(), a, b[1:]); err == nil || !strings.Contains(err.Error(), "no second reading") {
		t.Errorf("a document read once: err = %v", err)
	}
}

// TestAgreementFiles scores a second annotator's gold against a first's:
// go test ./eval -run TestAgreementFiles -agree.a A.json -agree.b B.json
func TestAgreementFiles(t *testing.T) {
	if *agreeA == "" || *agreeB == "" {
		t.Skip("no -agree.a and -agree.b files")
	}
	load := func(list string) []*Document {
		var docs []*Document
		for _, f := range strings.Split(list, ",") {
			docs = append(docs, MustLoad(t, f)...)
		}
		return docs
	}
	r, err := Agreement(context.Background(), load(*agreeA), load(*agreeB))
	if err != nil {
		t.Fatal(err)
	}
	if err := r.WriteText(os.Stdout); err != nil {
		t.Fatal(err)
	}
}

// TestAgreementSecondReadings scores the second annotators' readings of
// five test batches (code/testdata/snippets/second) against the test gold,
// and the test gold's first choices against theirs: how far two careful
// annotators agree under the matching rules, the ceiling the event F1
// target is measured against. Run with -v for the figures.
func TestAgreementSecondReadings(t *testing.T) {
	second, err := filepath.Glob("../code/testdata/snippets/second/*.gold.json")
	if err != nil || len(second) == 0 {
		t.Fatalf("second readings: %v (%d files)", err, len(second))
	}
	var a, b []*Document
	for _, f := range second {
		b = append(b, MustLoad(t, f)...)
		a = append(a, MustLoad(t, filepath.Join("../code/testdata/snippets/test", filepath.Base(f)))...)
	}
	for _, dir := range []struct {
		name       string
		gold, read []*Document
	}{{"second reading against the test gold", a, b}, {"test gold's reading against the second", b, a}} {
		r, err := Agreement(context.Background(), dir.gold, dir.read)
		if err != nil {
			t.Fatal(err)
		}
		if r.Required == 0 || r.RequiredMatched == 0 {
			t.Fatalf("%s: required %d/%d matched", dir.name, r.RequiredMatched, r.Required)
		}
		t.Logf("%s: required %d/%d matched, P=%.3f R=%.3f F1=%.3f", dir.name, r.RequiredMatched, r.Required, r.Precision, r.Recall, r.F1)
	}
}
