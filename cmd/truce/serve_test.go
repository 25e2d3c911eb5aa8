package main

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// syncBuffer is a bytes.Buffer safe for a server goroutine to write while
// the test reads.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// MustDemoDB fills a fresh store from the demo corpus with truce demo.
func MustDemoDB(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "demo.db")
	MustRun(t, "", "demo", "--db", db)
	return db
}

// MustServe starts truce serve on a free loopback port and returns its
// base URL; the server is stopped, and must shut down cleanly, when the
// test ends.
func MustServe(t *testing.T, args ...string) string {
	t.Helper()
	return mustStartServer(t, append([]string{"serve", "--addr", "127.0.0.1:0"}, args...), io.Discard)
}

// mustStartServer runs the truce command line args, which must end up
// serving, writing its standard output to stdout; it returns the base URL
// once the dashboard is up and stops the server when the test ends.
func mustStartServer(t *testing.T, args []string, stdout io.Writer) string {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	var stderr syncBuffer
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, args, strings.NewReader(""), stdout, &stderr)
	}()
	re := regexp.MustCompile(`dashboard at (http://[^/\s]+)/`)
	deadline := time.Now().Add(20 * time.Second)
	for {
		if m := re.FindStringSubmatch(stderr.String()); m != nil {
			t.Cleanup(func() {
				cancel()
				select {
				case err := <-done:
					if err != nil {
						t.Errorf("serve returned %v after shutdown", err)
					}
				case <-time.After(15 * time.Second):
					t.Error("serve did not shut down within 15 s")
				}
			})
			return m[1]
		}
		select {
		case err := <-done:
			cancel()
			t.Fatalf("serve exited: %v\n%s", err, stderr.String())
		case <-time.After(20 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			cancel()
			t.Fatalf("serve did not start:\n%s", stderr.String())
		}
	}
}

// getJSON GETs url and decodes the JSON answer into v.
func getJSON(t *testing.T, url string, v any) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Fatalf("GET %s: %s", url, resp.Status)
	}
	if err := json.NewDecoder(resp.Body).Decode(v); err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
}

func post(t *testing.T, url, token, body string) (int, string) {
	t.Helper()
	req, err := http.NewRequest("POST", url, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func TestServeDemoStore(t *testing.T) {
	db := MustDemoDB(t)
	t.Setenv("TRUCE_TOKEN", "t0ken")
	base := MustServe(t, "--db", db)

	var page struct {
		Events []struct {
			ID      string `json:"id"`
			Sources []struct {
				ArticleID string `json:"article_id"`
			} `json:"sources"`
		} `json:"events"`
		Next string `json:"next"`
	}
	getJSON(t, base+"/api/v1/events?country=AFG&limit=5", &page)
	if len(page.Events) != 5 || page.Next == "" {
		t.Fatalf("AFG events page = %+v, want 5 and a cursor", page)
	}
	var detail struct {
		Event struct {
			Evidence struct{ Sentence string }
		}
		Articles []struct{ ID, URL string }
	}
	getJSON(t, base+"/api/v1/events/"+page.Events[0].ID, &detail)
	if detail.Event.Evidence.Sentence == "" || len(detail.Articles) == 0 {
		t.Errorf("event detail = %+v", detail)
	}

	// Writes need the token; fetching refuses loopback even when asked by
	// an authorised client.
	loop := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		t.Errorf("the server fetched %s from a loopback address", r.URL)
	}))
	defer loop.Close()
	tests := []struct {
		name, path, token, body string
		status                  int
		want                    string
	}{
		{"no token", "/api/v1/feeds", "", `{"url":"https://example.org/rss"}`, 401, "unauthorized"},
		{"add feed", "/api/v1/feeds", "t0ken", `{"url":"https://example.org/rss"}`, 201, `"added":true`},
		{"add it again", "/api/v1/feeds", "t0ken", `{"url":"https://example.org/rss"}`, 200, `"added":false`},
		{"ingest loopback", "/api/v1/ingest", "t0ken", `{"url":"` + loop.URL + `/secret"}`, 400, "not allowed"},
		{"ingest metadata address", "/api/v1/ingest", "t0ken", `{"url":"http://169.254.169.254/latest/meta-data/"}`, 400, "not allowed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, body := post(t, base+tt.path, tt.token, tt.body)
			if status != tt.status || !strings.Contains(body, tt.want) {
				t.Errorf("POST %s = %d %s, want %d with %q", tt.path, status, body, tt.status, tt.want)
			}
		})
	}
}

// TestDemoServe runs the README's first command with --serve: the events it
// prints are the events the API then serves, page by page.
func TestDemoServe(t *testing.T) {
	var stdout syncBuffer
	base := mustStartServer(t, []string{"demo", "--serve", "--addr", "127.0.0.1:0"}, &stdout)
	m := regexp.MustCompile(`(?m)^(\d+) events$`).FindStringSubmatch(stdout.String())
	if m == nil {
		t.Fatalf("demo printed no event count before serving:\n%.500s", stdout.String())
	}
	var want int
	fmt.Sscan(m[1], &want)
	if want == 0 {
		t.Fatal("demo found no events")
	}
	got, next := 0, ""
	for page := 0; page < 100; page++ {
		var p struct {
			Events []json.RawMessage `json:"events"`
			Next   string            `json:"next"`
		}
		getJSON(t, base+"/api/v1/events?limit=50&after="+next, &p)
		got += len(p.Events)
		if next = p.Next; next == "" {
			break
		}
	}
	t.Logf("demo printed %d events; the API served them in pages of 50", want)
	if got != want {
		t.Errorf("the API served %d events, demo printed %d", got, want)
	}
	resp, err := http.Get(base + "/")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(body), "<html") {
		t.Errorf("GET / = %s, %.200s", resp.Status, body)
	}
}

func TestWatchCommand(t *testing.T) {
	db := filepath.Join(t.TempDir(), "w.db")
	hits := 0
	var mu sync.Mutex
	feed := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		hits++
		mu.Unlock()
	}))
	defer feed.Close()
	list := filepath.Join(t.TempDir(), "feeds.txt")
	if err := os.WriteFile(list, []byte("# feeds\n"+feed.URL+"/rss.xml  # local\n\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Second)
	defer cancel()
	var out, errb syncBuffer
	err := run(ctx, []string{"watch", "--db", db, "--feeds", list, "--interval", "1h"}, strings.NewReader(""), &out, &errb)
	if err != nil {
		t.Fatalf("watch: %v\n%s", err, errb.String())
	}
	if !strings.Contains(out.String(), "watch: "+feed.URL+"/rss.xml") || !strings.Contains(out.String(), "not allowed") {
		t.Errorf("progress = %q, want a line refusing the loopback feed", out.String())
	}
	mu.Lock()
	defer mu.Unlock()
	if hits != 0 {
		t.Errorf("the loopback feed was fetched %d times", hits)
	}
	// The feed is recorded: a second run needs no flags and resumes it.
	ctx2, cancel2 := context.WithTimeout(context.Background(), 3*time.Second)
	defer cancel2()
	if err := run(ctx2, []string{"watch", "--db", db}, strings.NewReader(""), io.Discard, io.Discard); err != nil {
		t.Errorf("second watch without flags: %v", err)
	}

	bad := filepath.Join(t.TempDir(), "bad.txt")
	os.WriteFile(bad, []byte("https://example.org/ok.xml\nftp://example.org/feed\n"), 0o644)
	if _, _, err := runTruce(t, "", "watch", "--db", db, "--feeds", bad); err == nil || !strings.Contains(err.Error(), "bad.txt:2") {
		t.Errorf("bad feed list err = %v, want one naming bad.txt:2", err)
	}
	if _, _, err := runTruce(t, "", "watch", "--db", filepath.Join(t.TempDir(), "empty.db")); err == nil {
		t.Error("watch with no feeds at all accepted")
	}
}

// chromium is where Debian's package (installed by .ci/run) puts the
// browser.
const chromium = "/usr/bin/chromium"

// MustBrowser starts headless Chromium and returns a browser context. The
// test fails on any JavaScript exception or console error in the pages it
// opens (a script blocked by the CSP shows up there).
func MustBrowser(t *testing.T) context.Context {
	t.Helper()
	if _, err := os.Stat(chromium); err != nil {
		t.Skipf("browser tests need Chromium at %s (CI installs it): %v", chromium, err)
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromium),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.NoFirstRun,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	}
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	bctx, cancelB := chromedp.NewContext(actx)
	ctx, cancelT := context.WithTimeout(bctx, 60*time.Second)
	var mu sync.Mutex
	var problems []string
	msgs := chromedp.Console(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		for m, err := range msgs {
			if err != nil {
				return
			}
			if m.Type == chromedp.ConsoleError || m.Type == chromedp.ConsoleException {
				mu.Lock()
				problems = append(problems, fmt.Sprintf("%s: %s (%s:%d)", m.Type, m.Text, m.URL, m.Line))
				mu.Unlock()
			}
		}
	}()
	t.Cleanup(func() {
		cancelT()
		cancelB()
		cancelA()
		<-done
		mu.Lock()
		defer mu.Unlock()
		for _, p := range problems {
			t.Errorf("in the browser: %s", p)
		}
	})
	return ctx
}

func TestDashboardInBrowser(t *testing.T) {
	ctx := MustBrowser(t)
	base := MustServe(t, "--db", MustDemoDB(t))

	// What the API says the filtered dashboard must show.
	var afg struct {
		Events []struct {
			ID       string `json:"id"`
			Evidence struct{ Sentence string }
		} `json:"events"`
	}
	getJSON(t, base+"/api/v1/events?country=AFG&limit=50", &afg)
	var afgMap struct{ Features []json.RawMessage }
	getJSON(t, base+"/api/v1/events?country=AFG&format=geojson&limit=5000", &afgMap)
	var all struct{ Features []json.RawMessage }
	getJSON(t, base+"/api/v1/events?format=geojson&limit=5000", &all)
	var cfs struct {
		Ceasefires []struct {
			ID         string `json:"id"`
			Violations []struct {
				Accused   *struct{ ID, Name string } `json:"accused"`
				AccusedBy *struct{ ID, Name string } `json:"accused_by"`
			} `json:"violations"`
		}
	}
	getJSON(t, base+"/api/v1/ceasefires", &cfs)
	// A violation with its accuser, as the board must show it.
	var accuserCard, accuser string
	for _, c := range cfs.Ceasefires {
		for _, v := range c.Violations {
			if v.AccusedBy != nil && accuser == "" {
				accuserCard, accuser = c.ID, cmp.Or(v.AccusedBy.Name, v.AccusedBy.ID)
			}
		}
	}
	if accuser == "" {
		t.Fatal("the demo registry has no violation with an accuser")
	}
	if len(afg.Events) == 0 || len(afgMap.Features) >= len(all.Features) || len(cfs.Ceasefires) == 0 {
		t.Fatalf("demo store too thin for the test: %d AFG events, %d/%d mapped, %d ceasefires",
			len(afg.Events), len(afgMap.Features), len(all.Features), len(cfs.Ceasefires))
	}
	within := chromedp.WithPollingTimeout(10 * time.Second)

	// The dashboard: every mapped event on the map, over country outlines.
	if err := chromedp.Do(ctx,
		chromedp.Navigate(base+"/"),
		chromedp.WaitVisible(chromedp.CSS(`#map[data-loaded]`)),
	); err != nil {
		t.Fatalf("load the dashboard: %v", err)
	}
	mapped, err := chromedp.Run(ctx, chromedp.AttributeValue(chromedp.CSS(`#map`), "data-loaded"))
	if err != nil || mapped.Value != fmt.Sprint(len(all.Features)) {
		t.Errorf("map shows %q events (%v), want %d", mapped.Value, err, len(all.Features))
	}
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`document.querySelectorAll('#map svg path').length > 100`, within)); err != nil {
		t.Errorf("country outlines not drawn: %v", err)
	}

	// Filter by country: the list and the map follow.
	if err := chromedp.Do(ctx,
		chromedp.SetValue(chromedp.CSS(`#f-country`), "AFG"),
		chromedp.Click(chromedp.CSS(`#f-apply`)),
	); err != nil {
		t.Fatalf("filter by country: %v", err)
	}
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](fmt.Sprintf(`document.getElementById('map').dataset.loaded === '%d'`, len(afgMap.Features)), within)); err != nil {
		t.Errorf("map after filtering by AFG: %v, want %d events", err, len(afgMap.Features))
	}
	// Wait for the filtered rows themselves, not their count: a page of
	// unfiltered rows can have as many rows as the filtered one.
	var want []string
	for _, e := range afg.Events {
		want = append(want, e.ID)
	}
	const rowsJS = `[...document.querySelectorAll('#rows tr.ev')].map(r => r.dataset.id).join(',')`
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](fmt.Sprintf(`%s === %q`, rowsJS, strings.Join(want, ",")), within)); err != nil {
		t.Errorf("list after filtering by AFG: %v, want %d rows", err, len(afg.Events))
	}
	rowIDs, err := chromedp.Run(ctx, chromedp.Evaluate[string](rowsJS))
	if err != nil {
		t.Fatal(err)
	}
	if rowIDs != strings.Join(want, ",") {
		t.Errorf("rows after filtering by AFG = %s, want %s", rowIDs, strings.Join(want, ","))
	}
	if url, err := chromedp.Run(ctx, chromedp.Location()); err != nil || !strings.Contains(url, "country=AFG") {
		t.Errorf("URL after filtering = %s (%v), want the filter in it", url, err)
	}

	// Open the first event: its sentence is highlighted, its sources listed.
	if err := chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS(`#rows tr.ev a.evlink`)),
		chromedp.WaitVisible(chromedp.CSS(`#sentence`)),
	); err != nil {
		t.Fatalf("open an event: %v", err)
	}
	sentence, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(`#sentence`)))
	if err != nil || strings.TrimSpace(sentence) != strings.TrimSpace(afg.Events[0].Evidence.Sentence) {
		t.Errorf("highlighted sentence = %q (%v), want %q", sentence, err, afg.Events[0].Evidence.Sentence)
	}
	if n, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll('#sources li a').length`)); err != nil || n == 0 {
		t.Errorf("the event page links %d sources (%v)", n, err)
	}

	// The ceasefire board.
	if err := chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS(`#nav-ceasefires`)),
		chromedp.WaitVisible(chromedp.CSS(`#ceasefires .card`)),
	); err != nil {
		t.Fatalf("open the ceasefire board: %v", err)
	}
	cards, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll('#ceasefires .card').length`))
	if err != nil || cards != len(cfs.Ceasefires) {
		t.Errorf("board shows %d cards (%v), want %d", cards, err, len(cfs.Ceasefires))
	}
	if state, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(`#ceasefires .card .state`))); err != nil || state == "" {
		t.Errorf("first card's state = %q (%v)", state, err)
	}
	accusers, err := chromedp.Run(ctx, chromedp.Evaluate[string](fmt.Sprintf(
		`[...document.querySelectorAll('#ceasefires .card[data-id=%q] tr.violation td.accuser')].map(td => td.textContent.trim()).join('|')`, accuserCard)))
	if err != nil || !slices.Contains(strings.Split(accusers, "|"), accuser) {
		t.Errorf("board's violations of %s are accused by %q (%v), want %q among them", accuserCard, accusers, err, accuser)
	}
	if n, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll('#ceasefires .card ol.history li').length`)); err != nil || n < len(cfs.Ceasefires) {
		t.Errorf("board shows %d history entries (%v), want at least one per truce", n, err)
	}

	// The dyad timeline draws.
	if err := chromedp.Do(ctx,
		chromedp.Navigate(base+"/dyads"),
		chromedp.WaitVisible(chromedp.CSS(`#timeline[data-loaded]`)),
	); err != nil {
		t.Errorf("dyad timeline: %v", err)
	} else if n, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll('#timeline canvas').length`)); err != nil || n == 0 {
		t.Errorf("dyad timeline has %d canvases (%v)", n, err)
	} else if series, err := chromedp.Run(ctx, chromedp.Evaluate[string](`[...document.querySelectorAll('#timeline .u-legend .u-label')].map(l => l.textContent).join('|')`)); err != nil || !strings.Contains(series, "Escalation") {
		t.Errorf("dyad timeline series %q (%v), want the escalation line", series, err)
	}

	// On a phone-sized screen nothing is wider than the screen.
	if err := chromedp.Do(ctx,
		chromedp.EmulateViewport(390, 844, chromedp.EmulateMobile),
		chromedp.Navigate(base+"/"),
		chromedp.WaitVisible(chromedp.CSS(`#map[data-loaded]`)),
	); err != nil {
		t.Fatalf("dashboard on a phone: %v", err)
	}
	if fits, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.documentElement.scrollWidth <= window.innerWidth + 1`)); err != nil || !fits {
		t.Errorf("dashboard on a phone is wider than the screen (%v)", err)
	}
}
