package demo

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

// goldFile mirrors truce-gold/1 closely enough to reject misspelt fields.
type goldFile struct {
	Format         string          `json:"format"`
	ID             string          `json:"id"`
	TextFile       string          `json:"text_file"`
	Published      string          `json:"published"`
	Title          string          `json:"title"`
	URL            string          `json:"url"`
	Note           string          `json:"note"`
	Events         []goldEvent     `json:"events"`
	NoEventsFrom   []string        `json:"no_events_from"`
	NoEventsOfType []string        `json:"no_events_of_type"`
	Document       json.RawMessage `json:"document"`
}

type goldEvent struct {
	Key                    string   `json:"key"`
	Required               *bool    `json:"required"`
	Evidence               string   `json:"evidence"`
	Type                   []string `json:"type"`
	Mode                   []string `json:"mode"`
	Source                 []string `json:"source"`
	Target                 []string `json:"target"`
	Symmetric              bool     `json:"symmetric"`
	SourceSector           []string `json:"source_sector"`
	TargetSector           []string `json:"target_sector"`
	LocationAny            []string `json:"location_any"`
	LocationCountry        []string `json:"location_country"`
	FatalitiesMin          []int    `json:"fatalities_min"`
	InjuriesMin            []int    `json:"injuries_min"`
	Status                 []string `json:"status"`
	ReportedBy             []string `json:"reported_by"`
	Ceasefire              bool     `json:"ceasefire"`
	Mediators              []string `json:"mediators"`
	TermsContain           []string `json:"terms_contain"`
	CeasefireDurationHours int      `json:"ceasefire_duration_hours"`
	CeasefireState         []string `json:"ceasefire_state"`
	RetaliatesFor          string   `json:"retaliates_for"`
	Note                   string   `json:"note"`
}

var (
	validTypes = set("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
		"REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
	validModes = set("", "aerial", "drone", "heavy-weapons", "explosives", "suicide-attack", "firearms",
		"abduct", "destroy", "targeted", "deport", "arrest", "seize", "restrict", "curfew",
		"ceasefire", "withdraw", "release", "visit", "third-party", "multilateral", "phone", "demo", "riot")
	validStatus = set("reported", "alleged", "claimed", "denied", "planned", "negated", "hypothetical")
	validSector = set("GOV", "MIL", "COP", "JUD", "LEG", "SPY", "REB", "MLT", "OPP", "CVL", "REF",
		"PRO", "MED", "HLH", "AID", "BUS", "LAB", "REL", "EDU", "IGO", "NGO")
	validState = set("announced", "in_force", "violated", "collapsed", "expired", "extended")
	actorID    = regexp.MustCompile(`^[A-Z][A-Z0-9]{1,11}$`)
	iso3       = regexp.MustCompile(`^[A-Z]{3}$`)
	fileStem   = regexp.MustCompile(`^(\d\d)-[a-z0-9]+(-[a-z0-9]+)*$`)
	// sentenceBreak finds a full stop, question or exclamation mark followed
	// by a space and a capital: evidence must not run across one.
	sentenceBreak = regexp.MustCompile(`[a-z0-9”"][.?!]["”]? [A-Z“"]`)
)

func set(xs ...string) map[string]bool {
	m := make(map[string]bool, len(xs))
	for _, x := range xs {
		m[x] = true
	}
	return m
}

// MustGold loads and strictly decodes every gold file with its text.
func MustGold(tb testing.TB) (names []string, golds []goldFile, texts []string) {
	tb.Helper()
	names, err := GoldFiles()
	if err != nil {
		tb.Fatalf("GoldFiles: %v", err)
	}
	for _, name := range names {
		b, err := fs.ReadFile(Gold(), name)
		if err != nil {
			tb.Fatalf("read %s: %v", name, err)
		}
		dec := json.NewDecoder(bytes.NewReader(b))
		dec.DisallowUnknownFields()
		var g goldFile
		if err := dec.Decode(&g); err != nil {
			tb.Fatalf("parse %s: %v", name, err)
		}
		text, err := fs.ReadFile(Gold(), g.TextFile)
		if err != nil {
			tb.Fatalf("%s: text_file %q: %v", name, g.TextFile, err)
		}
		golds = append(golds, g)
		texts = append(texts, string(text))
	}
	return names, golds, texts
}

func TestCorpusSize(t *testing.T) {
	_, golds, _ := MustGold(t)
	required := 0
	for _, g := range golds {
		for _, e := range g.Events {
			if e.Required != nil && *e.Required {
				required++
			}
		}
	}
	if len(golds) < 22 {
		t.Errorf("corpus has %d articles, want at least 22", len(golds))
	}
	if required < 110 {
		t.Errorf("corpus has %d required events, want at least 110", required)
	}
	t.Logf("%d articles, %d required events", len(golds), required)
}

func TestGoldHeaders(t *testing.T) {
	names, golds, texts := MustGold(t)
	ids := map[string]string{}
	for i, name := range names {
		g, text := golds[i], texts[i]
		t.Run(name, func(t *testing.T) {
			stem := strings.TrimSuffix(name, goldSuffix)
			if !fileStem.MatchString(stem) {
				t.Errorf("file name %q is not NN-slug.gold.json", name)
			}
			if g.Format != "truce-gold/1" {
				t.Errorf("format = %q, want truce-gold/1", g.Format)
			}
			if g.ID != "demo-"+stem {
				t.Errorf("id = %q, want %q", g.ID, "demo-"+stem)
			}
			if prev, dup := ids[g.ID]; dup {
				t.Errorf("id %q also used by %s", g.ID, prev)
			}
			ids[g.ID] = name
			if g.TextFile != stem+".txt" {
				t.Errorf("text_file = %q, want %q", g.TextFile, stem+".txt")
			}
			pub, err := time.Parse(time.DateOnly, g.Published)
			if err != nil || pub.Year() != 2025 {
				t.Errorf("published = %q, want a 2025 date (err %v)", g.Published, err)
			}
			slug := stem[3:]
			wantURL := "https://news.truce.invalid/" + strings.ReplaceAll(g.Published, "-", "/") + "/" + slug
			if g.URL != wantURL {
				t.Errorf("url = %q, want %q", g.URL, wantURL)
			}
			if strings.TrimSpace(g.Title) == "" {
				t.Errorf("no title")
			}
			if n := len(strings.Fields(text)); n < 120 || n > 290 {
				t.Errorf("text has %d words, want 120-290", n)
			}
			if strings.Contains(text, "\r") || strings.Contains(text, "\n\n") {
				t.Errorf("text must have one paragraph per line, no blank lines or CRs")
			}
		})
	}
}

func TestGoldEvents(t *testing.T) {
	names, golds, texts := MustGold(t)
	for i, name := range names {
		g, text := golds[i], texts[i]
		t.Run(name, func(t *testing.T) {
			keys := map[string]bool{}
			required := 0
			for _, e := range g.Events {
				if e.Key == "" || keys[e.Key] {
					t.Errorf("event key %q empty or repeated", e.Key)
				}
				keys[e.Key] = true
			}
			for _, e := range g.Events {
				if e.Required == nil {
					t.Errorf("%s: no required field", e.Key)
				} else if *e.Required {
					required++
				}
				checkEvent(t, e, text, keys)
			}
			for _, s := range g.NoEventsFrom {
				at := strings.Index(text, s)
				if at < 0 {
					t.Errorf("no_events_from entry not in text: %q", s)
					continue
				}
				if at > 0 && text[at-1] != '\n' && text[at-1] != ' ' {
					t.Errorf("no_events_from entry does not start a sentence: %q", s)
				}
				for _, e := range g.Events {
					if strings.Contains(s, e.Evidence) {
						t.Errorf("no_events_from entry %q holds the evidence of %s", s, e.Key)
					}
				}
			}
			for _, ty := range g.NoEventsOfType {
				if !validTypes[ty] {
					t.Errorf("no_events_of_type %q is not a PLOVER category", ty)
				}
				for _, e := range g.Events {
					for _, et := range e.Type {
						if et == ty {
							t.Errorf("%s has type %s, which no_events_of_type forbids", e.Key, ty)
						}
					}
				}
			}
			if required == 0 && len(g.NoEventsOfType) == 0 {
				t.Errorf("no required events: a deliberate negative must say so with no_events_of_type")
			}
		})
	}
}

// checkEvent reports every way e breaks the gold conventions.
func checkEvent(t *testing.T, e goldEvent, text string, keys map[string]bool) {
	t.Helper()
	switch {
	case e.Evidence == "":
		t.Errorf("%s: no evidence", e.Key)
	case !strings.Contains(text, e.Evidence):
		t.Errorf("%s: evidence not in text: %q", e.Key, e.Evidence)
	case strings.Contains(e.Evidence, "\n") || sentenceBreak.MatchString(e.Evidence):
		t.Errorf("%s: evidence runs across sentences: %q", e.Key, e.Evidence)
	}
	if len(e.Type) == 0 {
		t.Errorf("%s: no type", e.Key)
	}
	for _, ty := range e.Type {
		if !validTypes[ty] {
			t.Errorf("%s: type %q is not a PLOVER category", e.Key, ty)
		}
	}
	for _, m := range e.Mode {
		if !validModes[m] {
			t.Errorf("%s: mode %q is not a known mode", e.Key, m)
		}
	}
	if len(e.Status) == 0 {
		t.Errorf("%s: no status", e.Key)
	}
	for _, s := range e.Status {
		if !validStatus[s] {
			t.Errorf("%s: status %q is not valid", e.Key, s)
		}
	}
	if len(e.Source) == 0 && len(e.Target) == 0 {
		t.Errorf("%s: neither source nor target", e.Key)
	}
	for _, side := range [][]string{e.Source, e.Target, e.ReportedBy, e.Mediators} {
		for _, id := range side {
			if !actorID.MatchString(id) {
				t.Errorf("%s: actor id %q is malformed", e.Key, id)
			}
		}
	}
	for _, side := range [][]string{e.SourceSector, e.TargetSector} {
		for _, s := range side {
			if !validSector[s] {
				t.Errorf("%s: sector %q is not valid", e.Key, s)
			}
		}
	}
	for _, c := range e.LocationCountry {
		if !iso3.MatchString(c) {
			t.Errorf("%s: location_country %q is not ISO3", e.Key, c)
		}
	}
	for name, r := range map[string][]int{"fatalities_min": e.FatalitiesMin, "injuries_min": e.InjuriesMin} {
		if r != nil && (len(r) != 2 || r[0] < 0 || r[0] > r[1]) {
			t.Errorf("%s: %s %v is not a range [lo, hi]", e.Key, name, r)
		}
	}
	for _, s := range e.CeasefireState {
		if !validState[s] {
			t.Errorf("%s: ceasefire_state %q is not valid", e.Key, s)
		}
	}
	if !e.Ceasefire && (len(e.Mediators) > 0 || len(e.TermsContain) > 0 ||
		e.CeasefireDurationHours != 0 || len(e.CeasefireState) > 0) {
		t.Errorf("%s: ceasefire fields on an event that is not a ceasefire", e.Key)
	}
	if e.RetaliatesFor != "" && (!keys[e.RetaliatesFor] || e.RetaliatesFor == e.Key) {
		t.Errorf("%s: retaliates_for %q names no other event in the file", e.Key, e.RetaliatesFor)
	}
	if e.Symmetric && (len(e.Source) == 0 || len(e.Target) == 0) {
		t.Errorf("%s: symmetric needs both source and target", e.Key)
	}
}

func TestArticles(t *testing.T) {
	arts, err := Articles()
	if err != nil {
		t.Fatalf("Articles: %v", err)
	}
	names, golds, texts := MustGold(t)
	if len(arts) != len(names) {
		t.Fatalf("Articles returned %d, want %d", len(arts), len(names))
	}
	byID := map[string]int{}
	for i, g := range golds {
		byID[g.ID] = i
	}
	for i, a := range arts {
		j, ok := byID[a.ID]
		if !ok {
			t.Errorf("article %q has no gold file", a.ID)
			continue
		}
		g := golds[j]
		if a.Text != texts[j] || a.Title != g.Title || a.URL != g.URL {
			t.Errorf("%s: text, title or url differ from the gold file", a.ID)
		}
		if want := "demo/corpus/" + g.TextFile; a.Origin != want {
			t.Errorf("%s: origin = %q, want %q", a.ID, a.Origin, want)
		}
		if got := a.Published.Format(time.DateOnly); got != g.Published || a.Published.Location() != time.UTC {
			t.Errorf("%s: published = %v, want %s UTC", a.ID, a.Published, g.Published)
		}
		if i > 0 {
			p := arts[i-1]
			if a.Published.Before(p.Published) || (a.Published.Equal(p.Published) && a.ID < p.ID) {
				t.Errorf("articles out of order: %s before %s", p.ID, a.ID)
			}
		}
	}
}

func TestReadArticleErrors(t *testing.T) {
	tests := []struct {
		name, gold, want string
	}{
		{"bad json", `{"id":`, "parse demo gold"},
		{"missing id", `{"format":"truce-gold/1","text_file":"a.txt","published":"2025-10-09"}`, "are required"},
		{"bad date", `{"id":"x","text_file":"a.txt","published":"9 Oct"}`, "published date"},
		{"missing text", `{"id":"x","text_file":"nope.txt","published":"2025-10-09"}`, "nope.txt"},
		{"escaping path", `{"id":"x","text_file":"../a.txt","published":"2025-10-09"}`, "not a path"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{
				"g.gold.json": {Data: []byte(tt.gold)},
				"a.txt":       {Data: []byte("text")},
			}
			_, err := readArticle(fsys, "g.gold.json")
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err = %v, want one containing %q", err, tt.want)
			}
			if tt.name != "missing text" && !strings.Contains(err.Error(), "g.gold.json") {
				t.Errorf("err = %v, want it to name the gold file", err)
			}
		})
	}
}

func TestReadArticleOK(t *testing.T) {
	fsys := fstest.MapFS{
		"g.gold.json": {Data: []byte(`{"id":"demo-x","title":"T","url":"https://news.truce.invalid/x","text_file":"a.txt","published":"2025-10-09"}`)},
		"a.txt":       {Data: []byte("Body line.\n")},
	}
	a, err := readArticle(fsys, "g.gold.json")
	if err != nil {
		t.Fatalf("readArticle: %v", err)
	}
	want := time.Date(2025, 10, 9, 0, 0, 0, 0, time.UTC)
	if a.ID != "demo-x" || a.Title != "T" || a.URL != "https://news.truce.invalid/x" ||
		a.Text != "Body line.\n" || !a.Published.Equal(want) || a.Origin != "demo/corpus/a.txt" {
		t.Errorf("readArticle = %+v", a)
	}
}
