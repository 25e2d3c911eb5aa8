package ceasefire_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/ceasefire"
)

func TestDiff(t *testing.T) {
	pak, afg := truce.Actor{ID: "PAK", Country: "PAK"}, truce.Actor{ID: "AFG", Country: "AFG"}
	v1 := truce.Violation{Kind: "event", EventID: "e1", Date: "2025-10-17", Accused: &pak}
	v2 := truce.Violation{Kind: "tally", Count: 47, ArticleID: "a9", Accused: &pak, AccusedBy: &afg}
	cf := func(state string, vs ...truce.Violation) truce.Ceasefire {
		return truce.Ceasefire{ID: "cf1", Parties: []truce.Actor{pak, afg}, State: state, Violations: vs,
			History: []truce.StateChange{{State: state, Date: "2025-10-17"}}}
	}
	for _, tc := range []struct {
		name          string
		before, after []truce.Ceasefire
		want          []string
	}{
		{"nothing changed", []truce.Ceasefire{cf("in_force")}, []truce.Ceasefire{cf("in_force")}, nil},
		{"new truce", nil, []truce.Ceasefire{cf("in_force")}, []string{"state:in_force"}},
		{"first violation", []truce.Ceasefire{cf("in_force")}, []truce.Ceasefire{cf("violated", v1)}, []string{"state:violated", "violation:e1"}},
		{"another violation, same state", []truce.Ceasefire{cf("violated", v1)}, []truce.Ceasefire{cf("violated", v1, v2)}, []string{"violation:"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, a := range ceasefire.Diff(tc.before, tc.after) {
				s := a.Kind + ":" + a.State
				if a.Violation != nil {
					s = a.Kind + ":" + a.Violation.EventID
				}
				got = append(got, s)
			}
			if strings.Join(got, " ") != strings.Join(tc.want, " ") {
				t.Errorf("Diff = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestNotifierRetries(t *testing.T) {
	var calls atomic.Int32
	var body atomic.Value
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if calls.Add(1) < 3 {
			http.Error(w, "busy", http.StatusServiceUnavailable)
			return
		}
		b, _ := io.ReadAll(r.Body)
		body.Store(string(b))
	}))
	defer srv.Close()
	var out bytes.Buffer
	n := &ceasefire.Notifier{Out: &out, URL: srv.URL, Client: srv.Client(), Backoff: time.Millisecond}
	alert := ceasefire.Alert{Kind: ceasefire.AlertState, CeasefireID: "cf1", State: "violated"}
	if err := n.Notify(context.Background(), []ceasefire.Alert{alert}); err != nil {
		t.Fatal(err)
	}
	if calls.Load() != 3 {
		t.Errorf("webhook called %d times, want 3 (two 503s, then success)", calls.Load())
	}
	var got ceasefire.Alert
	if err := json.Unmarshal(out.Bytes(), &got); err != nil || got.CeasefireID != "cf1" {
		t.Errorf("stdout line %q (%v), want the alert", out.String(), err)
	}
	if s, _ := body.Load().(string); !strings.Contains(s, `"ceasefire_id":"cf1"`) {
		t.Errorf("webhook body %q, want the alert", s)
	}

	// A webhook that keeps failing is given up after Tries attempts.
	calls.Store(-100)
	n.Tries = 2
	if err := n.Notify(context.Background(), []ceasefire.Alert{alert}); err == nil || calls.Load() != -98 {
		t.Errorf("failing webhook: error %v after %d calls, want an error after 2", err, calls.Load()+100)
	}
}
