package http

import (
	"context"
	"encoding/json"
	"net/url"
	"strings"
	"testing"
)

// FuzzRequests sends arbitrary query strings and write bodies: the server
// must answer every one with a status below 500 and a JSON body.
func FuzzRequests(f *testing.F) {
	f.Add("country=AFG&type=assault&since=2025-10-01", `{"url":"https://example.org/rss"}`)
	f.Add("limit=-1&after=%00&format=csv", `{"url":`)
	f.Add("q=%22&a=PAK&b=AFG", `[]`)
	s := MustServer(f, MustFixtureStore(f))
	s.Token = "tok"
	s.Writer = fakeWriter{
		addFeed: func(_ context.Context, u string) (bool, error) { return true, nil },
	}
	h := s.Handler()
	f.Fuzz(func(t *testing.T, query, body string) {
		v, err := url.ParseQuery(query)
		if err != nil {
			return // not something a client can send
		}
		query = v.Encode()
		for _, path := range []string{"/api/v1/events", "/api/v1/dyads", "/api/v1/search", "/api/v1/articles"} {
			rec := do(t, h, "GET", path+"?"+query, "", nil)
			if rec.Code >= 500 || !json.Valid(rec.Body.Bytes()) && !strings.HasPrefix(rec.Header().Get("Content-Type"), "text/csv") &&
				rec.Header().Get("Content-Type") != "application/geo+json" {
				t.Fatalf("GET %s?%s = %d %s", path, query, rec.Code, rec.Body)
			}
		}
		rec := do(t, h, "POST", "/api/v1/feeds", body, map[string]string{"Authorization": "Bearer tok"})
		if rec.Code >= 500 || !json.Valid(rec.Body.Bytes()) {
			t.Fatalf("POST %q = %d %s", body, rec.Code, rec.Body)
		}
	})
}
