package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// runTruce runs the program in process, as a user would from a shell.
func runTruce(t *testing.T, stdin string, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errb bytes.Buffer
	err = run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return out.String(), errb.String(), err
}

// MustRun runs truce and fails the test if it fails.
func MustRun(t *testing.T, stdin string, args ...string) string {
	t.Helper()
	out, errs, err := runTruce(t, stdin, args...)
	if err != nil {
		t.Fatalf("truce %s: %v\nstderr:\n%s", strings.Join(args, " "), err, errs)
	}
	return out
}

type line struct {
	ID       string `json:"id"`
	Document struct {
		Title           string   `json:"title"`
		Byline          string   `json:"byline"`
		Published       string   `json:"published"`
		RelatedLinks    []string `json:"related_links"`
		RepublishedFrom string   `json:"republished_from"`
	} `json:"document"`
	Events []struct {
		ID       string `json:"id"`
		Type     string `json:"type"`
		Evidence struct {
			Sentence   string `json:"sentence"`
			Start, End int
		} `json:"evidence"`
		Source []struct{ ID string } `json:"source"`
	} `json:"events"`
	Ceasefires []json.RawMessage `json:"ceasefires"`
	Places     []struct {
		Text       string
		Name       string
		Start, End int
	} `json:"places"`
}

func decodeLines(t *testing.T, out string) []line {
	t.Helper()
	var ls []line
	for _, s := range strings.Split(strings.TrimSpace(out), "\n") {
		if s == "" {
			continue
		}
		raw := map[string]json.RawMessage{}
		if err := json.Unmarshal([]byte(s), &raw); err != nil {
			t.Fatalf("output line is not JSON: %v\n%s", err, s)
		}
		for _, k := range []string{"id", "document", "events", "ceasefires", "places"} {
			if v, ok := raw[k]; !ok || string(v) == "null" {
				t.Errorf("output line lacks %q: %s", k, s)
			}
		}
		var l line
		if err := json.Unmarshal([]byte(s), &l); err != nil {
			t.Fatal(err)
		}
		ls = append(ls, l)
	}
	return ls
}

func TestExtractFiles(t *testing.T) {
	out := MustRun(t, "", "extract", "--published", "2025-10-21", "testdata/khost.txt", "testdata/gaza.html")
	ls := decodeLines(t, out)
	if len(ls) != 2 {
		t.Fatalf("got %d lines, want 2 (one per document, in order)", len(ls))
	}
	if len(ls[0].Events) == 0 || len(ls[1].Events) == 0 {
		t.Fatalf("want events from both documents, got %d and %d", len(ls[0].Events), len(ls[1].Events))
	}
	html := ls[1]
	if html.Document.Title != "Strikes hit Khan Younis as truce frays" || html.Document.Published != "2025-10-29" {
		t.Errorf("document = %+v, want the page's title and date", html.Document)
	}
	if !strings.Contains(html.Document.Byline, "Lina Haddad") {
		t.Errorf("byline = %q, want Lina Haddad", html.Document.Byline)
	}
	text, err := os.ReadFile("testdata/khost.txt")
	if err != nil {
		t.Fatal(err)
	}
	runes := []rune(strings.TrimSpace(string(text)))
	for _, ev := range ls[0].Events {
		s, e := ev.Evidence.Start, ev.Evidence.End
		if s < 0 || e > len(runes) || s >= e || string(runes[s:e]) != ev.Evidence.Sentence {
			t.Errorf("event %s: evidence [%d,%d) does not hold %q in code points", ev.ID, s, e, ev.Evidence.Sentence)
		}
	}
	for _, p := range ls[0].Places {
		if string(runes[p.Start:p.End]) != p.Text {
			t.Errorf("place %q at [%d,%d) reads %q", p.Text, p.Start, p.End, string(runes[p.Start:p.End]))
		}
	}
}

func TestExtractJSONLAndStdin(t *testing.T) {
	in := `{"id":"a","text":"Houthi forces fired a missile at a ship in the Red Sea on Sunday, the US military said.","published":"2025-03-02"}` + "\n" +
		`{"id":"b","text":"The weather was calm across the region.","published":"2025-03-02"}` + "\n"
	ls := decodeLines(t, MustRun(t, in, "extract", "--jsonl"))
	if len(ls) != 2 || ls[0].ID != "a" || ls[1].ID != "b" {
		t.Fatalf("lines = %+v, want a then b", ls)
	}
	if len(ls[1].Events) != 0 {
		t.Errorf("document b: %d events, want none (and still a line)", len(ls[1].Events))
	}
	ls = decodeLines(t, MustRun(t, "Pakistan and Afghanistan agreed to a 48-hour ceasefire on Wednesday.", "extract", "--published", "2025-10-15"))
	if len(ls) != 1 || len(ls[0].Ceasefires) != 1 {
		t.Errorf("stdin: %+v, want one document with one ceasefire", ls)
	}
}

// TestExplainTraceNamesDocuments checks that --explain writes each
// document's trace under a header naming it, and the rule in each line.
func TestExplainTraceNamesDocuments(t *testing.T) {
	in := `{"id":"strike","text":"Houthi forces fired a missile at a ship in the Red Sea on Sunday.","published":"2025-03-02"}` + "\n" +
		`{"id":"calm","text":"The weather was calm across the region.","published":"2025-03-02"}` + "\n"
	stdout, stderr, err := runTruce(t, in, "extract", "--jsonl", "--explain")
	if err != nil {
		t.Fatalf("extract --explain: %v\n%s", err, stderr)
	}
	a, b := strings.Index(stderr, "== strike"), strings.Index(stderr, "== calm")
	if a < 0 || b < a {
		t.Fatalf("trace lacks the document headers in order:\n%s", stderr)
	}
	if a+len("== strike\n") == b {
		t.Errorf("no trace lines under the first document:\n%s", stderr)
	}
	ls := decodeLines(t, stdout)
	if len(ls) != 2 || len(ls[0].Events) == 0 {
		t.Fatalf("lines = %+v, want two, the first with events", ls)
	}
	if !strings.Contains(stdout, `"explain":[`) {
		t.Errorf("output lacks the explain field:\n%s", stdout)
	}
}

// badInputs writes one of each kind of bad input into dir and returns
// their paths with a word each error must contain.
func badInputs(t *testing.T, dir string) map[string]string {
	t.Helper()
	files := map[string][]byte{
		"binary.txt":  {0x89, 'P', 'N', 'G', 0, 0, 0, 0x0d, 1, 2, 3, 0},
		"empty.txt":   {},
		"nobody.html": []byte("<html><head><title>x</title></head><body><nav>Home</nav></body></html>"),
		"broken.jsonl": []byte(`{"id":"ok","text":"Police arrested twelve protesters in Lahore on Friday, organisers said.","published":"2025-05-02"}` + "\n" +
			`{"id": "bad", "text": ` + "\n"),
	}
	want := map[string]string{}
	for name, b := range files {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		want[p] = name
	}
	return want
}

func TestExtractBadInputs(t *testing.T) {
	dir := t.TempDir()
	bad := badInputs(t, dir)
	cp1252 := filepath.Join(dir, "cp1252.txt")
	// "Rebels attacked the caf\xe9 in Goma, killing three people." in Windows-1252.
	if err := os.WriteFile(cp1252, []byte("Rebels attacked a \x93caf\xe9\x94 in Goma on Saturday, killing three people, police said."), 0o644); err != nil {
		t.Fatal(err)
	}
	args := []string{"extract", "--published", "2025-06-01", "testdata/khost.txt"}
	for p := range bad {
		if !strings.HasSuffix(p, ".jsonl") {
			args = append(args, p)
		}
	}
	args = append(args, cp1252)
	out, errs, err := runTruce(t, "", args...)
	if !errors.Is(err, errReported) {
		t.Fatalf("err = %v, want the failures reported and a non-zero exit", err)
	}
	for p, name := range bad {
		if !strings.HasSuffix(p, ".jsonl") && !strings.Contains(errs, name) {
			t.Errorf("stderr does not name %s:\n%s", name, errs)
		}
	}
	ls := decodeLines(t, out)
	if len(ls) != 2 {
		t.Fatalf("got %d lines, want the 2 good documents", len(ls))
	}
	if !utf8.ValidString(out) || !strings.Contains(out, "“café”") {
		t.Errorf("Windows-1252 input not converted: %s", out)
	}

	jsonl := ""
	for p := range bad {
		if strings.HasSuffix(p, ".jsonl") {
			jsonl = p
		}
	}
	out, errs, err = runTruce(t, "", "extract", "--jsonl", jsonl)
	if !errors.Is(err, errReported) || !strings.Contains(errs, "broken.jsonl:2") {
		t.Errorf("malformed JSONL line: err=%v stderr=%q, want an error naming broken.jsonl:2", err, errs)
	}
	if ls := decodeLines(t, out); len(ls) != 1 || ls[0].ID != "ok" {
		t.Errorf("the good JSONL line was not processed: %s", out)
	}
}

func countEvents(t *testing.T, db string) int {
	t.Helper()
	out := MustRun(t, "", "events", "--db", db, "--format", "json")
	return strings.Count(out, "\n")
}

func TestIngestQueryAndBadInputs(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "store", "truce.db")
	good := filepath.Join(dir, "good")
	if err := os.MkdirAll(filepath.Join(good, "nested"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"khost.txt", "gaza.html"} {
		b, err := os.ReadFile(filepath.Join("testdata", f))
		if err != nil {
			t.Fatal(err)
		}
		dst := filepath.Join(good, f)
		if f == "gaza.html" {
			dst = filepath.Join(good, "nested", f)
		}
		if err := os.WriteFile(dst, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out := MustRun(t, "", "ingest", "--db", db, "--published", "2025-10-21", good)
	if !strings.Contains(out, "2 new") {
		t.Fatalf("ingest summary = %q, want 2 new", out)
	}
	n := countEvents(t, db)
	if n == 0 {
		t.Fatal("no events stored")
	}

	// Re-ingesting the same input changes nothing.
	out = MustRun(t, "", "ingest", "--db", db, "--published", "2025-10-21", good)
	if !strings.Contains(out, "0 new, 2 duplicate") {
		t.Errorf("re-ingest summary = %q, want 0 new, 2 duplicate", out)
	}
	if m := countEvents(t, db); m != n {
		t.Errorf("re-ingest changed the event count from %d to %d", n, m)
	}

	// Bad inputs: each named, none stored, the store unchanged.
	bad := badInputs(t, filepath.Join(dir))
	dead := httptest.NewServer(http.NotFoundHandler())
	deadURL := dead.URL + "/gone"
	dead.Close()
	notFeed := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write([]byte("this is not xml at all"))
	}))
	defer notFeed.Close()
	big := filepath.Join(dir, "big.txt")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	chunk := bytes.Repeat([]byte("Troops clashed with rebels near the town. "), 1024)
	for written := 0; written < 50<<20; written += len(chunk) {
		if _, err := f.Write(chunk); err != nil {
			t.Fatal(err)
		}
	}
	f.Close()

	args := []string{"ingest", "--db", db}
	for p := range bad {
		args = append(args, p)
	}
	args = append(args, deadURL, notFeed.URL, big)
	_, errs, err := runTruce(t, "", args...)
	if !errors.Is(err, errReported) {
		t.Fatalf("err = %v, want failures reported", err)
	}
	for _, name := range []string{"binary.txt", "empty.txt", "nobody.html", "broken.jsonl:2", deadURL, notFeed.URL, "big.txt"} {
		if !strings.Contains(errs, name) {
			t.Errorf("stderr does not name %s:\n%s", name, errs)
		}
	}
	if m := countEvents(t, db); m <= n {
		t.Errorf("event count %d → %d: the good JSONL line beside the bad ones should be stored", n, m)
	}
}

func TestEventsFormats(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	MustRun(t, "", "ingest", "--db", db, "--published", "2025-10-21", "testdata/khost.txt", "testdata/gaza.html")
	for _, format := range []string{"table", "json", "csv", "geojson"} {
		out := MustRun(t, "", "events", "--db", db, "--format", format)
		if strings.TrimSpace(out) == "" {
			t.Errorf("events --format %s printed nothing", format)
		}
	}
	var fc struct {
		Type     string            `json:"type"`
		Features []json.RawMessage `json:"features"`
	}
	if err := json.Unmarshal([]byte(MustRun(t, "", "events", "--db", db, "--format", "geojson")), &fc); err != nil || fc.Type != "FeatureCollection" || len(fc.Features) == 0 {
		t.Errorf("geojson = %+v (%v), want a FeatureCollection with features", fc, err)
	}
	csv := MustRun(t, "", "events", "--db", db, "--format", "csv", "--country", "AFG")
	if !strings.HasPrefix(csv, "event_id_cnty,event_date") || !strings.Contains(csv, "Khost") {
		t.Errorf("csv for AFG = %q", csv)
	}
	if out := MustRun(t, "", "events", "--db", db, "--format", "json", "--type", "REQUEST", "--actor", "NOBODY"); strings.TrimSpace(out) != "" {
		t.Errorf("filter by unknown actor returned %q", out)
	}
	if out := MustRun(t, "", "articles", "--db", db, "--q", "Khan Younis"); !strings.Contains(out, "Khan Younis") {
		t.Errorf("search = %q", out)
	}
	if _, _, err := runTruce(t, "", "events", "--db", db, "--format", "xml"); err == nil {
		t.Error("unknown format accepted")
	}
}

func TestDBFromEnvironment(t *testing.T) {
	e := &env{getenv: func(k string) string {
		if k == "TRUCE_DB" {
			return "/tmp/from-env.db"
		}
		return ""
	}}
	if p, _ := dbPath(e, "/tmp/flag.db"); p != "/tmp/flag.db" {
		t.Errorf("--db not preferred: %s", p)
	}
	if p, _ := dbPath(e, ""); p != "/tmp/from-env.db" {
		t.Errorf("TRUCE_DB not used: %s", p)
	}
	e.getenv = func(k string) string {
		if k == "XDG_DATA_HOME" {
			return "/data"
		}
		return ""
	}
	if p, _ := dbPath(e, ""); p != "/data/truce/truce.db" {
		t.Errorf("data dir default = %s", p)
	}
}

func TestDemoAndEval(t *testing.T) {
	out := MustRun(t, "", "demo", "--db", filepath.Join(t.TempDir(), "demo.db"))
	if !strings.Contains(out, "events") || !strings.Contains(out, "ceasefires") {
		t.Errorf("demo output:\n%s", out)
	}
	out = MustRun(t, "", "eval", "--demo")
	last := out[strings.LastIndex(strings.TrimRight(out, "\n"), "\n")+1:]
	if !strings.HasPrefix(last, "events: P=") {
		t.Errorf("eval's last line = %q, want the summary", last)
	}
}

func TestUsageErrors(t *testing.T) {
	if _, _, err := runTruce(t, "", "frobnicate"); err == nil {
		t.Error("unknown command accepted")
	}
	if _, _, err := runTruce(t, "", "ingest"); err == nil {
		t.Error("ingest without inputs accepted")
	}
	if _, _, err := runTruce(t, "", "extract", "--published", "yesterday"); err == nil {
		t.Error("bad --published accepted")
	}
}

func TestConfigFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "config.json")
	vars := map[string]string{"TRUCE_CONFIG": path}
	e := &env{stderr: &bytes.Buffer{}, getenv: func(k string) string { return vars[k] }}
	if tok, err := tokenFrom(e); err != nil || tok != "" {
		t.Fatalf("no config file: token %q, err %v; want none", tok, err)
	}
	if err := os.WriteFile(path, []byte(`{"db": "/data/t.db", "token": "s3cret"}`), 0o600); err != nil {
		t.Fatal(err)
	}
	if tok, _ := tokenFrom(e); tok != "s3cret" {
		t.Errorf("token from file = %q", tok)
	}
	if p, _ := dbPath(e, ""); p != "/data/t.db" {
		t.Errorf("db from file = %q", p)
	}
	vars["TRUCE_TOKEN"], vars["TRUCE_DB"] = "env", "/env.db"
	if tok, _ := tokenFrom(e); tok != "env" {
		t.Errorf("TRUCE_TOKEN does not override the file: %q", tok)
	}
	if p, _ := dbPath(e, ""); p != "/env.db" {
		t.Errorf("TRUCE_DB does not override the file: %q", p)
	}
	delete(vars, "TRUCE_TOKEN")
	delete(vars, "TRUCE_DB")
	for name, body := range map[string]string{
		"malformed": `{"token": `,
		"unknown":   `{"tokne": "x"}`,
		"wrongtype": `{"token": 7}`,
	} {
		if err := os.WriteFile(path, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
		if _, err := tokenFrom(e); err == nil || !strings.Contains(err.Error(), path) {
			t.Errorf("%s config: err = %v, want an error naming %s", name, err, path)
		}
	}
}

// Two articles that report the same strike give one merged event with both
// sources.
func TestEventsMerged(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "t.db")
	a := filepath.Join(dir, "a.jsonl")
	lines := `{"id":"a1","text":"Israeli air strikes on Khan Younis killed at least 30 people on Tuesday, Gaza health officials said.","published":"2025-10-29","url":"https://a.truce.invalid/1"}` + "\n" +
		`{"id":"b1","text":"At least 31 people died when Israeli warplanes struck Khan Younis on Tuesday, according to medics in the city.","published":"2025-10-29","url":"https://b.truce.invalid/2"}` + "\n"
	if err := os.WriteFile(a, []byte(lines), 0o644); err != nil {
		t.Fatal(err)
	}
	MustRun(t, "", "ingest", "--db", db, "--jsonl", a)
	raw := strings.Count(MustRun(t, "", "events", "--db", db, "--format", "json", "--type", "ASSAULT"), "\n")
	out := MustRun(t, "", "events", "--db", db, "--format", "json", "--type", "ASSAULT", "--merged")
	if n := strings.Count(out, "\n"); raw < 2 || n != 1 {
		t.Fatalf("%d reports merged into %d events, want 2 into 1:\n%s", raw, n, out)
	}
	var ev struct {
		Mentions int `json:"mentions"`
	}
	if err := json.Unmarshal([]byte(out), &ev); err != nil || ev.Mentions != 2 {
		t.Errorf("merged event mentions = %d (%v), want 2", ev.Mentions, err)
	}
}
