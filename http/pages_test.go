package http

import (
	"fmt"
	"io"
	nethttp "net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/truce-project/truce"
)

func TestHighlight(t *testing.T) {
	text := "First one. Second – with ünïcode. Third."
	tests := []struct {
		name string
		ev   truce.Evidence
		want evidenceText
	}{
		{"offsets in code points", truce.Evidence{Sentence: "Second – with ünïcode.", Start: 11, End: 33},
			evidenceText{"First one. ", "Second – with ünïcode.", " Third."}},
		{"offsets wrong, sentence found", truce.Evidence{Sentence: "Third.", Start: 2, End: 5},
			evidenceText{"First one. Second – with ünïcode. ", "Third.", ""}},
		{"offsets out of range", truce.Evidence{Sentence: "Gone.", Start: 90, End: 99},
			evidenceText{Sentence: "Gone."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := highlight(text, tt.ev); got != tt.want {
				t.Errorf("highlight = %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestPages(t *testing.T) {
	h := MustServer(t, MustFixtureStore(t)).Handler()
	tests := []struct {
		name, target string
		status       int
		want         []string
		notWant      []string
	}{
		{"dashboard", "/", 200, []string{`id="map"`, `href="/events/ev-strike"`, "Pakistani jets struck", `/assets/js/dashboard.js`},
			[]string{"<script>alert"}},
		{"dashboard filtered", "/?country=QAT", 200, []string{`href="/events/ev-truce"`, `value="QAT"`}, []string{`href="/events/ev-strike"`}},
		{"rows fragment", "/ui/events?type=ACCUSE", 200, []string{`href="/events/ev-note"`, "&lt;script&gt;"}, []string{"<html", "<script>alert"}},
		{"rows paged", "/ui/events?limit=2", 200, []string{`id="more"`, "after=ev-truce"}, nil},
		{"event page", "/events/ev-strike", 200, []string{`<mark id="sentence">Pakistani jets struck targets in Kabul on Monday in response, the Taliban said.</mark>`,
			`href="https://news.example/wana"`, `href="/events/ev-attack"`}, nil},
		{"event page escapes", "/events/ev-note", 200, []string{"&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"}, []string{"<script>alert"}},
		{"missing event page", "/events/nope", 404, []string{"not found"}, nil},
		{"ceasefire board", "/ceasefires", 200, []string{"violated", "Qatar", "48 hours", "Days in force", `href="/events/ev-note"`,
			`<td class="accuser">Afghan Taliban government</td>`, `class="history"`, "Reported by 1 article"}, nil},
		{"dyad page", "/dyads", 200, []string{`data-a="AFG"`, `data-b="PAK"`, "/assets/js/dyads.js", `id="escalation"`, "escalation <strong class=\"up\">&#43;1.60</strong>", "No retaliation chain found"}, nil},
		{"dyad page of a pair", "/dyads?a=qat&b=pak", 200, []string{`data-a="PAK"`, `data-b="QAT"`}, nil},
		{"bad dyad page", "/dyads?a=PAK", 400, []string{"both a= and b="}, nil},
		{"bad filter page", "/?since=never", 400, []string{"want YYYY-MM-DD"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := do(t, h, "GET", tt.target, "", nil)
			body := rec.Body.String()
			if rec.Code != tt.status {
				t.Errorf("status %d, want %d", rec.Code, tt.status)
			}
			for _, w := range tt.want {
				if !strings.Contains(body, w) {
					t.Errorf("page lacks %q", w)
				}
			}
			for _, w := range tt.notWant {
				if strings.Contains(body, w) {
					t.Errorf("page has %q", w)
				}
			}
			if strings.Contains(body, "<script>") || regexp.MustCompile(`\sstyle=`).MatchString(body) {
				t.Error("page has an inline script or style, which the CSP would block")
			}
		})
	}
}

// TestFirstLoadUnder1MB fetches the dashboard as a browser would on first
// load: the page, every script and stylesheet it names, the images those
// stylesheets name, the country outlines and the map's event GeoJSON.
func TestFirstLoadUnder1MB(t *testing.T) {
	srv := httptest.NewServer(MustServer(t, MustFixtureStore(t)).Handler())
	defer srv.Close()
	get := func(path string) []byte {
		t.Helper()
		resp, err := nethttp.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, err := io.ReadAll(resp.Body)
		if err != nil {
			t.Fatal(err)
		}
		if resp.StatusCode != 200 {
			t.Fatalf("GET %s: %d", path, resp.StatusCode)
		}
		return b
	}
	page := get("/")
	total := len(page)
	refs := regexp.MustCompile(`(?:src|href)="(/assets/[^"]+)"`).FindAllSubmatch(page, -1)
	seen := map[string]bool{}
	for _, m := range refs {
		p := string(m[1])
		if seen[p] {
			continue
		}
		seen[p] = true
		b := get(p)
		total += len(b)
		if strings.HasSuffix(p, ".css") {
			for _, im := range regexp.MustCompile(`url\(["']?([^)"']+\.png)`).FindAllSubmatch(b, -1) {
				img := "/assets/vendor/leaflet/" + strings.TrimPrefix(string(im[1]), "./")
				if strings.HasPrefix(string(im[1]), "images/") && !seen[img] {
					seen[img] = true
					total += len(get(img))
				}
			}
		}
	}
	total += len(get("/assets/world.geojson"))
	total += len(get("/api/v1/events?format=geojson&limit=5000"))
	if len(seen) < 6 {
		t.Errorf("only %d assets referenced: %v", len(seen), seen)
	}
	t.Logf("first load: %d bytes in %d requests", total, len(seen)+3)
	if total >= 1<<20 {
		t.Errorf("first load is %d bytes, want under 1 MiB", total)
	}
}

// TestConcurrentClients runs 100 clients against a real loopback server,
// each sending a mix of API and page requests, and wants no error.
func TestConcurrentClients(t *testing.T) {
	srv := httptest.NewServer(MustServer(t, MustFixtureStore(t)).Handler())
	defer srv.Close()
	client := &nethttp.Client{Timeout: 10 * time.Second, Transport: &nethttp.Transport{MaxIdleConnsPerHost: 100}}
	paths := []string{"/api/v1/events?country=AFG", "/api/v1/events?format=geojson", "/api/v1/events/ev-strike",
		"/api/v1/dyads", "/api/v1/ceasefires", "/api/v1/search?q=Kabul", "/", "/events/ev-note", "/healthz"}
	const clients, perClient = 100, 20
	var failures atomic.Int64
	var wg sync.WaitGroup
	start := time.Now()
	errs := make(chan string, 10)
	for c := 0; c < clients; c++ {
		wg.Add(1)
		go func(c int) {
			defer wg.Done()
			for i := 0; i < perClient; i++ {
				p := paths[(c+i)%len(paths)]
				resp, err := client.Get(srv.URL + p)
				if err == nil {
					_, err = io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
					if err == nil && resp.StatusCode != 200 {
						err = fmt.Errorf("%s: status %d", p, resp.StatusCode)
					}
				}
				if err != nil {
					failures.Add(1)
					select {
					case errs <- err.Error():
					default:
					}
				}
			}
		}(c)
	}
	wg.Wait()
	close(errs)
	took := time.Since(start)
	t.Logf("%d requests from %d clients in %v (%.0f req/s)", clients*perClient, clients, took, float64(clients*perClient)/took.Seconds())
	if n := failures.Load(); n > 0 {
		for e := range errs {
			t.Error(e)
		}
		t.Fatalf("%d of %d requests failed", n, clients*perClient)
	}
	if took > 60*time.Second {
		t.Errorf("took %v", took)
	}
}
