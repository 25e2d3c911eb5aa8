package eval

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/truce-project/truce"
)

func findField(r *Report, name string) *FieldStat {
	for i := range r.Fields {
		if r.Fields[i].Field == name {
			return &r.Fields[i]
		}
	}
	return nil
}

func TestRunPerfect(t *testing.T) {
	docs := MustLoad(t, "testdata/sudan.json")
	r := MustRun(t, docs, func(a *truce.Article) *truce.Extraction { return perfect(t, a.Text) })
	if r.Required != 4 || r.RequiredMatched != 4 {
		t.Errorf("required matched %d/%d, want 4/4; misses %+v", r.RequiredMatched, r.Required, r.Misses)
	}
	if r.PredictedJudged != 5 || r.PredictedMatched != 5 {
		t.Errorf("predicted matched %d/%d judged, want 5/5", r.PredictedMatched, r.PredictedJudged)
	}
	if r.Precision != 1 || r.Recall != 1 || r.F1 != 1 || r.NoEventViolations != 0 {
		t.Errorf("P=%v R=%v F1=%v violations=%d, want 1 1 1 0", r.Precision, r.Recall, r.F1, r.NoEventViolations)
	}
	for _, f := range r.Fields {
		if !f.NotScored && f.Satisfied != f.Total {
			t.Errorf("field %s: %d/%d satisfied", f.Field, f.Satisfied, f.Total)
		}
	}
	for field, total := range map[string]int{"type": 5, "retaliates_for": 1, "fatalities exact": 2, "byline_contains": 1, "related_links": 1} {
		if f := findField(r, field); f == nil || f.Total != total {
			t.Errorf("field %s: got %+v, want total %d", field, f, total)
		}
	}
	if f := findField(r, "dyads"); f == nil || !f.NotScored || f.Total != 1 {
		t.Errorf("dyads: got %+v, want 1 not scored", f)
	}
	if len(r.Documents) != 1 || len(r.Documents[0].Matches) != 5 {
		t.Fatalf("documents: %+v", r.Documents)
	}
}

func TestRunConstraintFails(t *testing.T) {
	docs := MustLoad(t, "testdata/sudan.json")
	tests := []struct {
		name    string
		mutate  func(x *truce.Extraction)
		key     string // the gold event that must be missed
		field   string // the constraint the miss must name
		noEvent bool   // the miss is "no event from this sentence"
	}{
		{"type", func(x *truce.Extraction) { x.Events[0].Type = truce.Protest }, "market-shelling", "type", false},
		{"mode", func(x *truce.Extraction) { x.Events[0].Mode = "" }, "market-shelling", "mode", false},
		{"source", func(x *truce.Extraction) { x.Events[0].Source = actors("SDNMIL") }, "market-shelling", "source", false},
		{"target", func(x *truce.Extraction) { x.Events[0].Target = actors("TCD") }, "market-shelling", "target", false},
		{"target_sector", func(x *truce.Extraction) { x.Events[0].Target = actors("SDNMIL") }, "market-shelling", "target_sector", false},
		{"source_sector", func(x *truce.Extraction) { x.Events[1].Source = actors("SDNMIL") }, "government-accuses", "source_sector", false},
		{"location_any", func(x *truce.Extraction) { x.Events[0].Location.Name = "Nyala" }, "market-shelling", "location_any", false},
		{"location_nil", func(x *truce.Extraction) { x.Events[0].Location = nil }, "market-shelling", "location_any", false},
		{"location_country", func(x *truce.Extraction) { x.Events[0].Location.Country = "TCD" }, "market-shelling", "location_country", false},
		{"fatalities_range", func(x *truce.Extraction) { x.Events[0].Fatalities.Min = 6 }, "market-shelling", "fatalities_min", false},
		{"fatalities_nil", func(x *truce.Extraction) { x.Events[0].Fatalities = nil }, "market-shelling", "fatalities_min", false},
		{"injuries", func(x *truce.Extraction) { x.Events[0].Injuries.Min = 16 }, "market-shelling", "injuries_min", false},
		{"status", func(x *truce.Extraction) { x.Events[0].Status = truce.StatusDenied }, "market-shelling", "status", false},
		{"reported_by", func(x *truce.Extraction) { x.Events[2].ReportedBy = &truce.Actor{ID: "RSF"} }, "airstrikes-nyala", "reported_by", false},
		{"reported_by_nil", func(x *truce.Extraction) { x.Events[2].ReportedBy = nil }, "airstrikes-nyala", "reported_by", false},
		{"retaliates_for", func(x *truce.Extraction) { x.Events[2].RetaliatesFor = "e-accuse" }, "airstrikes-nyala", "retaliates_for", false},
		{"mediators", func(x *truce.Extraction) { x.Ceasefires[0].Mediators = actors("SAU") }, "truce-72h", "mediators", false},
		{"terms_contain", func(x *truce.Extraction) { x.Ceasefires[0].Terms = []string{"prisoner swap"} }, "truce-72h", "terms_contain", false},
		{"ceasefire_missing", func(x *truce.Extraction) { x.Events[3].CeasefireID = "cf9" }, "truce-72h", "ceasefire", false},
		{"duration", func(x *truce.Extraction) { x.Ceasefires[0].DurationHours = 48 }, "truce-72h", "ceasefire_duration_hours", false},
		{"state", func(x *truce.Extraction) { x.Ceasefires[0].State = truce.CeasefireInForce }, "truce-72h", "ceasefire_state", false},
		{"mode_none_required", func(x *truce.Extraction) { x.Events[3].Mode = "aerial" }, "truce-72h", "mode", false},
		{"non_symmetric_swap", func(x *truce.Extraction) {
			x.Events[1].Source, x.Events[1].Target = x.Events[1].Target, x.Events[1].Source
		}, "government-accuses", "source", false},
		{"wrong_sentence", func(x *truce.Extraction) {
			x.Events[0].Evidence = x.Events[4].Evidence
		}, "market-shelling", "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := MustRun(t, docs, func(a *truce.Article) *truce.Extraction {
				x := perfect(t, a.Text)
				tt.mutate(x)
				return x
			})
			// The airstrike retaliates for the market shelling: when that
			// is missed, so is the airstrike.
			want := []string{tt.key}
			if tt.key == "market-shelling" {
				want = append(want, "airstrikes-nyala")
			}
			var got []string
			for _, m := range r.Misses {
				got = append(got, m.Key)
			}
			if strings.Join(got, " ") != strings.Join(want, " ") || r.RequiredMatched != r.Required-len(want) {
				t.Fatalf("misses %v (%d/%d matched), want %v", got, r.RequiredMatched, r.Required, want)
			}
			if len(want) == 2 && !strings.Contains(r.Misses[1].Reason, "retaliates_for: got e-market") {
				t.Errorf("airstrike miss reason %q", r.Misses[1].Reason)
			}
			reason := r.Misses[0].Reason
			if tt.noEvent {
				if reason != "no event from this sentence" {
					t.Errorf("reason %q, want no event from this sentence", reason)
				}
				return
			}
			if !strings.Contains(reason, tt.field+": got") {
				t.Errorf("reason %q does not name %s", reason, tt.field)
			}
			if f := findField(r, tt.field); f == nil || f.Satisfied >= f.Total {
				t.Errorf("field %s: %+v, want one unsatisfied", tt.field, f)
			}
			if r.Precision >= 1 {
				t.Errorf("precision %v, want below 1", r.Precision)
			}
		})
	}
}

// The mediators a gold event wants may be carried by the event itself
// (talks or a deal a third party brokered) as well as by its ceasefire.
func TestRunEventMediators(t *testing.T) {
	docs := MustLoad(t, "testdata/sudan.json")
	r := MustRun(t, docs, func(a *truce.Article) *truce.Extraction {
		x := perfect(t, a.Text)
		x.Events[3].Mediators, x.Ceasefires[0].Mediators = x.Ceasefires[0].Mediators, nil
		return x
	})
	if len(r.Misses) != 0 || r.RequiredMatched != r.Required {
		t.Fatalf("misses %+v, want none", r.Misses)
	}
	r = MustRun(t, docs, func(a *truce.Article) *truce.Extraction {
		x := perfect(t, a.Text)
		x.Events[3].Mediators, x.Ceasefires[0].Mediators = actors("EGY"), nil
		return x
	})
	if len(r.Misses) != 1 || !strings.Contains(r.Misses[0].Reason, "mediators: got EGY") {
		t.Fatalf("misses %+v, want the truce's mediators", r.Misses)
	}
}

func TestRunSymmetricSwap(t *testing.T) {
	docs := MustLoad(t, "testdata/sudan.json")
	r := MustRun(t, docs, func(a *truce.Article) *truce.Extraction {
		x := perfect(t, a.Text)
		x.Events[3].Source, x.Events[3].Target = actors("RSF"), actors("SDN")
		return x
	})
	if r.RequiredMatched != 4 {
		t.Errorf("swapped truce not matched: misses %+v", r.Misses)
	}
}

func TestRunRetaliationFollowsAssignment(t *testing.T) {
	docs := MustLoad(t, "testdata/sudan.json")
	// A second, worse market event comes first; the airstrike answers the
	// one that is matched to the gold market shelling.
	r := MustRun(t, docs, func(a *truce.Article) *truce.Extraction {
		x := perfect(t, a.Text)
		decoy := x.Events[0]
		decoy.ID, decoy.Type = "e-decoy", truce.Protest
		x.Events = append([]truce.Event{decoy}, x.Events...)
		return x
	})
	if r.RequiredMatched != 4 {
		t.Errorf("required matched %d, want 4; misses %+v", r.RequiredMatched, r.Misses)
	}
	// The decoy is judged (its sentence holds evidence), unmatched, and of
	// a forbidden type.
	if r.PredictedJudged != 6 || r.PredictedMatched != 5 || r.NoEventViolations != 1 {
		t.Errorf("judged %d matched %d violations %d, want 6 5 1", r.PredictedJudged, r.PredictedMatched, r.NoEventViolations)
	}
}

func TestRunPrecisionJudged(t *testing.T) {
	docs := MustLoad(t, "testdata/sudan.json")
	tests := []struct {
		name                        string
		sentence, typ               string
		judged, matched, violations int
	}{
		{"unjudged sentence", "The weather in Khartoum stayed hot", truce.Assault, 5, 5, 0},
		{"no_events_from leading part", "Observers said the fighting could spread to neighbouring Chad", truce.Threaten, 6, 5, 1},
		{"no_events_of_type anywhere", "The weather in Khartoum stayed hot", "PROTEST", 6, 5, 1},
		{"extra event on a gold sentence", "Sudan’s government accused", truce.Reject, 6, 5, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := MustRun(t, docs, func(a *truce.Article) *truce.Extraction {
				x := perfect(t, a.Text)
				x.Events = append(x.Events, truce.Event{ID: "extra", Type: tt.typ, Evidence: MustEvidence(t, a.Text, tt.sentence)})
				return x
			})
			if r.PredictedJudged != tt.judged || r.PredictedMatched != tt.matched || r.NoEventViolations != tt.violations {
				t.Errorf("judged %d matched %d violations %d, want %d %d %d",
					r.PredictedJudged, r.PredictedMatched, r.NoEventViolations, tt.judged, tt.matched, tt.violations)
			}
			wantP := float64(tt.matched) / float64(tt.judged)
			if r.Precision != wantP {
				t.Errorf("precision %v, want %v", r.Precision, wantP)
			}
			if tt.judged > tt.matched && (len(r.FalsePositives) != 1 || r.FalsePositives[0].EventID != "extra") {
				t.Errorf("false positives %+v, want the extra event", r.FalsePositives)
			}
		})
	}
}

func TestRunOneToOne(t *testing.T) {
	docs := MustLoad(t, "testdata/twins.json")
	r := MustRun(t, docs, func(a *truce.Article) *truce.Extraction {
		return &truce.Extraction{Events: []truce.Event{{
			ID: "only", Type: truce.Assault, Source: actors("NGA"),
			Evidence: MustEvidence(t, a.Text, "Gunmen attacked two villages"),
		}}}
	})
	if r.Required != 2 || r.RequiredMatched != 1 || r.PredictedMatched != 1 || r.PredictedJudged != 1 {
		t.Errorf("got required %d/%d predicted %d/%d, want 1/2 and 1/1",
			r.RequiredMatched, r.Required, r.PredictedMatched, r.PredictedJudged)
	}
	if len(r.Misses) != 1 || !strings.Contains(r.Misses[0].Reason, "matched to") {
		t.Errorf("misses %+v, want one taken by the other gold event", r.Misses)
	}
}

func TestRunCleanedText(t *testing.T) {
	docs := MustLoad(t, "testdata/sudan.json")
	extract := func(_ context.Context, a *truce.Article) (*truce.Article, *truce.Extraction, error) {
		// Drop the masthead line and the "See also" line, as the pipeline
		// would; every offset then counts in the shorter text.
		lines := strings.Split(a.Text, "\n")
		clean := *a
		clean.Text = strings.Join(lines[1:len(lines)-2], "\n")
		return &clean, perfect(t, clean.Text), nil
	}
	r, err := Run(context.Background(), docs, extract)
	if err != nil {
		t.Fatal(err)
	}
	if r.RequiredMatched != 4 || r.PredictedMatched != 5 {
		t.Errorf("matched %d required, %d predicted; misses %+v", r.RequiredMatched, r.PredictedMatched, r.Misses)
	}
	if docs[0].Article.Text == "" || !strings.HasPrefix(docs[0].Article.Text, "Khartoum Weekly") {
		t.Errorf("Run changed the gold article")
	}
}

func TestRunExtractError(t *testing.T) {
	docs := MustLoad(t, "testdata/sudan.json")
	boom := errors.New("boom")
	r, err := Run(context.Background(), docs, func(context.Context, *truce.Article) (*truce.Article, *truce.Extraction, error) {
		return nil, nil, boom
	})
	if err != nil {
		t.Fatal(err)
	}
	if r.Failed != 1 || r.RequiredMatched != 0 || len(r.Misses) != 4 || !strings.Contains(r.Documents[0].Error, "boom") {
		t.Errorf("failed %d matched %d misses %d error %q", r.Failed, r.RequiredMatched, len(r.Misses), r.Documents[0].Error)
	}
	if f := findField(r, "related_links"); f == nil || f.Total != 1 || f.Satisfied != 0 {
		t.Errorf("related_links after a failed extraction: %+v", f)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Run(ctx, docs, func(context.Context, *truce.Article) (*truce.Article, *truce.Extraction, error) {
		return nil, nil, boom
	}); !errors.Is(err, context.Canceled) {
		t.Errorf("Run with a cancelled context: %v", err)
	}
}

func TestReportWriters(t *testing.T) {
	docs := MustLoad(t, "testdata/sudan.json")
	r := MustRun(t, docs, func(a *truce.Article) *truce.Extraction {
		x := perfect(t, a.Text)
		x.Events[1].Type = truce.Protest
		return x
	})
	var text bytes.Buffer
	if err := r.WriteText(&text); err != nil {
		t.Fatal(err)
	}
	out := strings.TrimRight(text.String(), "\n")
	lines := strings.Split(out, "\n")
	last := lines[len(lines)-1]
	if !strings.HasPrefix(last, "events: P=0.800 R=0.750 F1=0.774 (required 3/4 matched, 5 predicted judged, 1 from no-event sentences)") {
		t.Errorf("last line %q", last)
	}
	for _, want := range []string{"testdata/sudan.json: 1 document(s)", "government-accuses", "type: got PROTEST", "dyads", "not scored", "false positives (1)"} {
		if !strings.Contains(out, want) {
			t.Errorf("text report lacks %q:\n%s", want, out)
		}
	}
	var js bytes.Buffer
	if err := r.WriteJSON(&js); err != nil {
		t.Fatal(err)
	}
	var back Report
	if err := json.Unmarshal(js.Bytes(), &back); err != nil {
		t.Fatal(err)
	}
	if back.RequiredMatched != 3 || back.Required != 4 || len(back.Misses) != 1 || back.Precision != r.Precision {
		t.Errorf("JSON round trip: %+v", back)
	}
}
