package http

import (
	"context"
	"encoding/json"
	"errors"
	nethttp "net/http"
	"reflect"
	"strings"
	"testing"

	"github.com/truce-project/truce"
)

func TestEventsAPI(t *testing.T) {
	h := MustServer(t, MustFixtureStore(t)).Handler()
	tests := []struct {
		name   string
		target string
		want   []string // event ids in order
	}{
		{"all, latest first", "/api/v1/events", []string{"ev-note", "ev-truce", "ev-strike", "ev-attack"}},
		{"country", "/api/v1/events?country=qat", []string{"ev-truce"}},
		{"actor prefix", "/api/v1/events?actor=TTP", []string{"ev-attack"}},
		{"type", "/api/v1/events?type=assault", []string{"ev-strike", "ev-attack"}},
		{"date range", "/api/v1/events?since=2025-10-13&until=2025-10-15", []string{"ev-truce", "ev-strike"}},
		{"first page", "/api/v1/events?limit=3", []string{"ev-note", "ev-truce", "ev-strike"}},
		{"next page", "/api/v1/events?limit=3&after=ev-strike", []string{"ev-attack"}},
		{"nothing", "/api/v1/events?country=NOR", []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := do(t, h, "GET", tt.target, "", nil)
			if rec.Code != 200 {
				t.Fatalf("status %d: %s", rec.Code, rec.Body)
			}
			var page eventPage
			decode(t, rec, &page)
			got := []string{}
			for _, e := range page.Events {
				got = append(got, e.ID)
			}
			if strings.Join(got, ",") != strings.Join(tt.want, ",") {
				t.Errorf("events = %v, want %v", got, tt.want)
			}
			if (page.Next != "") != (tt.name == "first page") {
				t.Errorf("next = %q", page.Next)
			}
		})
	}
	rec := do(t, h, "GET", "/api/v1/events?limit=3", "", nil)
	if link := rec.Header().Get("Link"); !strings.Contains(link, "after=ev-strike") || !strings.Contains(link, `rel="next"`) {
		t.Errorf("Link = %q, want the next page", link)
	}
}

func TestEventsFormats(t *testing.T) {
	h := MustServer(t, MustFixtureStore(t)).Handler()
	rec := do(t, h, "GET", "/api/v1/events?format=geojson", "", nil)
	var fc struct {
		Type     string `json:"type"`
		Features []struct {
			ID string `json:"id"`
		} `json:"features"`
	}
	decode(t, rec, &fc)
	if fc.Type != "FeatureCollection" || len(fc.Features) != 3 { // the truce event has no location
		t.Errorf("geojson = %+v, want 3 features", fc)
	}
	if ct := rec.Header().Get("Content-Type"); ct != "application/geo+json" {
		t.Errorf("geojson Content-Type = %q", ct)
	}
	rec = do(t, h, "GET", "/api/v1/events?format=csv&type=ASSAULT", "", nil)
	lines := strings.Split(strings.TrimSpace(rec.Body.String()), "\n")
	if !strings.HasPrefix(lines[0], "event_id_cnty,") || len(lines) != 3 {
		t.Errorf("csv = %q, want a header and 2 rows", rec.Body.String())
	}
}

func TestDetailEndpoints(t *testing.T) {
	h := MustServer(t, MustFixtureStore(t)).Handler()
	var d eventDetail
	decode(t, do(t, h, "GET", "/api/v1/events/ev-strike", "", nil), &d)
	want, _, _ := sentence(1)
	if d.Event == nil || d.Event.Evidence.Sentence != want || d.Event.RetaliatesFor != "ev-attack" {
		t.Errorf("event = %+v", d.Event)
	}
	if len(d.Articles) != 1 || d.Articles[0].URL != "https://news.example/wana" || d.Articles[0].Title != "Attack in Wana" {
		t.Errorf("articles = %+v, want the one source", d.Articles)
	}
	var c truce.Ceasefire
	decode(t, do(t, h, "GET", "/api/v1/ceasefires/cf-1", "", nil), &c)
	if c.ID != "cf-1" || len(c.Violations) != 1 || c.Mediators[0].ID != "QAT" {
		t.Errorf("ceasefire = %+v", c)
	}
	var cs struct{ Ceasefires []truce.Ceasefire }
	decode(t, do(t, h, "GET", "/api/v1/ceasefires", "", nil), &cs)
	if len(cs.Ceasefires) != 1 {
		t.Errorf("ceasefires = %+v", cs)
	}
	var a truce.Article
	decode(t, do(t, h, "GET", "/api/v1/articles/art-1", "", nil), &a)
	if a.Text != fixtureText {
		t.Errorf("article text = %q", a.Text)
	}
	var as struct{ Articles []articleRef }
	decode(t, do(t, h, "GET", "/api/v1/articles?since=2025-10-14&until=2025-10-14", "", nil), &as)
	if len(as.Articles) != 1 || as.Articles[0].Published != "2025-10-14" {
		t.Errorf("articles of the day = %+v", as)
	}
	decode(t, do(t, h, "GET", "/api/v1/search?q=checkpoint", "", nil), &as)
	if len(as.Articles) != 1 || as.Articles[0].ID != "art-1" {
		t.Errorf("search = %+v", as)
	}
	decode(t, do(t, h, "GET", "/api/v1/search?q=submarine", "", nil), &as)
	if len(as.Articles) != 0 {
		t.Errorf("search for an absent word = %+v", as)
	}
	var dy dyadAnswer
	decode(t, do(t, h, "GET", "/api/v1/dyads?a=PAK&b=AFG", "", nil), &dy)
	if len(dy.Dyads) == 0 || dy.Dyads[0].A != "AFG" || dy.Dyads[0].B != "PAK" || dy.Dyads[0].Events != 2 || len(dy.Dyads) != 3 {
		t.Errorf("dyads = %+v", dy.Dyads)
	}
	// The strike on Kabul weighs 0.7 (Goldstein −7) + 0.5 (across the
	// border); the accusation 0.4; quiet days in between count as zero.
	if dy.A != "AFG" || dy.B != "PAK" || len(dy.Days) != 4 || dy.Days[0].Date != "2025-10-13" || dy.Days[0].Intensity != 1.2 ||
		dy.Days[1].Events != 0 || dy.Days[3].Date != "2025-10-16" || dy.Days[3].Level != 1.6 || dy.Days[3].Escalation != 1.6 {
		t.Errorf("days = %+v", dy.Days)
	}
	if len(dy.Chains) != 0 {
		t.Errorf("chains = %+v, want none (the strike answers an attack inside Pakistan)", dy.Chains)
	}
	if rec := do(t, h, "GET", "/healthz", "", nil); rec.Code != 200 || !strings.Contains(rec.Body.String(), "ok") {
		t.Errorf("healthz = %d %s", rec.Code, rec.Body)
	}
}

func TestErrors(t *testing.T) {
	h := MustServer(t, MustFixtureStore(t)).Handler()
	tests := []struct {
		name, method, target string
		status               int
		code                 string
	}{
		{"unknown event", "GET", "/api/v1/events/nope", 404, truce.ENOTFOUND},
		{"unknown ceasefire", "GET", "/api/v1/ceasefires/nope", 404, truce.ENOTFOUND},
		{"unknown article", "GET", "/api/v1/articles/nope", 404, truce.ENOTFOUND},
		{"bad date", "GET", "/api/v1/events?since=yesterday", 400, truce.EINVALID},
		{"bad limit", "GET", "/api/v1/events?limit=0", 400, truce.EINVALID},
		{"huge limit", "GET", "/api/v1/events?limit=99999999", 400, truce.EINVALID},
		{"bad cursor", "GET", "/api/v1/events?after=nope", 400, truce.EINVALID},
		{"bad format", "GET", "/api/v1/events?format=xml", 400, truce.EINVALID},
		{"empty search", "GET", "/api/v1/search?q=", 400, truce.EINVALID},
		{"bad search syntax", "GET", "/api/v1/search?q=%22unclosed", 400, truce.EINVALID},
		{"half a dyad", "GET", "/api/v1/dyads?a=PAK", 400, truce.EINVALID},
		{"wrong method", "DELETE", "/api/v1/events", 405, codeMethod},
		{"unknown path", "GET", "/api/v2/everything", 404, truce.ENOTFOUND},
		{"unknown asset", "GET", "/assets/nope.js", 404, truce.ENOTFOUND},
		{"asset directory", "GET", "/assets/js", 404, truce.ENOTFOUND},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := do(t, h, tt.method, tt.target, "", nil)
			if rec.Code != tt.status {
				t.Errorf("status %d, want %d (%s)", rec.Code, tt.status, rec.Body)
			}
			var body errorBody
			decode(t, rec, &body)
			if body.Error.Code != tt.code || body.Error.Message == "" {
				t.Errorf("error = %+v, want code %q", body.Error, tt.code)
			}
		})
	}
}

// brokenStore fails every call, as a store whose disk went away would.
type brokenStore struct{ Store }

func (brokenStore) Events(context.Context, truce.EventFilter) ([]*truce.Event, error) {
	return nil, errors.New("disk I/O error at /var/lib/truce/truce.db page 4411")
}

func TestInternalErrorsAreHidden(t *testing.T) {
	var logged strings.Builder
	s := MustServer(t, brokenStore{MustFixtureStore(t)})
	s.Logger = newTextLogger(&logged)
	rec := do(t, s.Handler(), "GET", "/api/v1/events", "", nil)
	if rec.Code != 500 {
		t.Fatalf("status %d", rec.Code)
	}
	if strings.Contains(rec.Body.String(), "disk") || strings.Contains(rec.Body.String(), "/var/lib") {
		t.Errorf("internal detail leaked: %s", rec.Body)
	}
	if !strings.Contains(rec.Body.String(), `"code":"internal"`) {
		t.Errorf("body = %s", rec.Body)
	}
	if !strings.Contains(logged.String(), "disk I/O error") {
		t.Errorf("internal error not logged: %s", logged.String())
	}
	rec = do(t, s.Handler(), "GET", "/", "", nil)
	if rec.Code != 500 || strings.Contains(rec.Body.String(), "disk") {
		t.Errorf("dashboard with a broken store: %d %s", rec.Code, rec.Body)
	}
}

func TestWriteEndpoints(t *testing.T) {
	store := MustFixtureStore(t)
	var added, ingested []string
	w := fakeWriter{
		addFeed: func(_ context.Context, u string) (bool, error) { added = append(added, u); return true, nil },
		ingestURL: func(_ context.Context, u string) ([]truce.PutResult, error) {
			ingested = append(ingested, u)
			return []truce.PutResult{{ArticleID: "a", Status: truce.PutNew, Events: 2}}, nil
		},
	}
	auth := map[string]string{"Authorization": "Bearer s3cret", "Content-Type": "application/json"}
	tests := []struct {
		name   string
		token  string
		writer Writer
		path   string
		body   string
		header map[string]string
		status int
	}{
		{"off without a token", "", w, "/api/v1/feeds", `{"url":"https://example.org/rss"}`, auth, 403},
		{"off without a writer", "s3cret", nil, "/api/v1/feeds", `{"url":"https://example.org/rss"}`, auth, 403},
		{"no credentials", "s3cret", w, "/api/v1/feeds", `{"url":"https://example.org/rss"}`, nil, 401},
		{"wrong token", "s3cret", w, "/api/v1/ingest", `{"url":"https://example.org/a"}`, map[string]string{"Authorization": "Bearer guess"}, 401},
		{"add feed", "s3cret", w, "/api/v1/feeds", `{"url":"https://example.org/rss"}`, auth, 201},
		{"ingest", "s3cret", w, "/api/v1/ingest", `{"url":"https://example.org/a"}`, auth, 200},
		{"not a URL", "s3cret", w, "/api/v1/ingest", `{"url":"file:///etc/passwd"}`, auth, 400},
		{"bad JSON", "s3cret", w, "/api/v1/ingest", `{"url":`, auth, 400},
		{"unknown field", "s3cret", w, "/api/v1/feeds", `{"url":"https://example.org/rss","admin":true}`, auth, 400},
		{"body too large", "s3cret", w, "/api/v1/feeds", `{"url":"https://example.org/` + strings.Repeat("a", 70<<10) + `"}`, auth, 413},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := MustServer(t, store)
			s.Token, s.Writer = tt.token, tt.writer
			rec := do(t, s.Handler(), "POST", tt.path, tt.body, tt.header)
			if rec.Code != tt.status {
				t.Errorf("status %d, want %d: %s", rec.Code, tt.status, rec.Body)
			}
			if tt.status == 401 && rec.Header().Get("WWW-Authenticate") == "" {
				t.Error("401 without WWW-Authenticate")
			}
		})
	}
	if len(added) != 1 || len(ingested) != 1 {
		t.Errorf("writer called: feeds %v, ingest %v; want exactly the two authorised calls", added, ingested)
	}
}

func TestSecurityHeaders(t *testing.T) {
	h := MustServer(t, MustFixtureStore(t)).Handler()
	for _, target := range []string{"/", "/api/v1/events", "/assets/js/dashboard.js", "/api/v1/events/nope"} {
		rec := do(t, h, "GET", target, "", nil)
		csp := rec.Header().Get("Content-Security-Policy")
		if !strings.Contains(csp, "script-src 'self'") || strings.Contains(csp, "unsafe-inline") {
			t.Errorf("%s: CSP = %q", target, csp)
		}
		if rec.Header().Get("X-Content-Type-Options") != "nosniff" {
			t.Errorf("%s: no X-Content-Type-Options", target)
		}
	}
}

func TestOpenAPIDocumentsEveryRoute(t *testing.T) {
	s := MustServer(t, MustFixtureStore(t))
	rec := do(t, s.Handler(), "GET", "/api/v1/openapi.json", "", nil)
	var doc struct {
		OpenAPI string                                `json:"openapi"`
		Paths   map[string]map[string]json.RawMessage `json:"paths"`
	}
	decode(t, rec, &doc)
	if !strings.HasPrefix(doc.OpenAPI, "3.") {
		t.Errorf("openapi = %q", doc.OpenAPI)
	}
	n := 0
	for pattern := range s.routes() {
		method, path, _ := strings.Cut(pattern, " ")
		if !strings.HasPrefix(path, "/api/") && path != "/healthz" {
			continue
		}
		n++
		if _, ok := doc.Paths[path][strings.ToLower(method)]; !ok {
			t.Errorf("%s is not in the OpenAPI document", pattern)
		}
	}
	if len(doc.Paths) != 12 || n != 12 {
		t.Errorf("%d documented paths, %d routes; want 12 of each", len(doc.Paths), n)
	}
}

func TestRecoverHidesPanics(t *testing.T) {
	s := MustServer(t, MustFixtureStore(t))
	h := s.recoverer(nethttp.HandlerFunc(func(nethttp.ResponseWriter, *nethttp.Request) {
		panic(errors.New("boom in /srv/truce/handler.go"))
	}))
	rec := do(t, h, "GET", "/", "", nil)
	if rec.Code != 500 || strings.Contains(rec.Body.String(), "goroutine") || strings.Contains(rec.Body.String(), "boom") {
		t.Errorf("panic answer = %d %s", rec.Code, rec.Body)
	}
}

// TestOpenAPISchemasCoverJSONFields checks that every JSON field the API
// returns for the core records is documented, so a field added to
// truce.Event (as "claims" once was) cannot go missing from the schema.
func TestOpenAPISchemasCoverJSONFields(t *testing.T) {
	var doc struct {
		Components struct {
			Schemas map[string]struct {
				Properties map[string]json.RawMessage `json:"properties"`
			} `json:"schemas"`
		} `json:"components"`
	}
	if err := json.Unmarshal(openapiJSON, &doc); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		schema string
		value  any
	}{
		{"Event", truce.Event{}},
		{"Actor", truce.Actor{}},
		{"Location", truce.Location{}},
		{"Count", truce.Count{}},
		{"Claim", truce.Claim{}},
		{"Evidence", truce.Evidence{}},
		{"SourceRef", truce.SourceRef{}},
		{"Ceasefire", truce.Ceasefire{}},
		{"StateChange", truce.StateChange{}},
	}
	for _, tt := range tests {
		schema, ok := doc.Components.Schemas[tt.schema]
		if !ok {
			t.Errorf("no %s schema", tt.schema)
			continue
		}
		typ := reflect.TypeOf(tt.value)
		for i := range typ.NumField() {
			name, _, _ := strings.Cut(typ.Field(i).Tag.Get("json"), ",")
			if name == "" || name == "-" {
				continue
			}
			if _, ok := schema.Properties[name]; !ok {
				t.Errorf("%s.%s (json %q) is not in the %s schema", typ.Name(), typ.Field(i).Name, name, tt.schema)
			}
		}
	}
}
