package sqlite

import (
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"reflect"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/truce-project/truce"
)

// testStore runs the tests every truce.Store must pass. open returns a new,
// empty store that the test may use until it ends.
func testStore(t *testing.T, open func(t *testing.T) truce.Store) {
	t.Run("RoundTrip", func(t *testing.T) { testRoundTrip(t, open(t)) })
	t.Run("ExactDuplicate", func(t *testing.T) { testExactDuplicate(t, open(t)) })
	t.Run("NearDuplicate", func(t *testing.T) { testNearDuplicate(t, open(t)) })
	t.Run("Filters", func(t *testing.T) { testFilters(t, open(t)) })
	t.Run("Pagination", func(t *testing.T) { testPagination(t, open(t)) })
	t.Run("NotFound", func(t *testing.T) { testNotFound(t, open(t)) })
	t.Run("Articles", func(t *testing.T) { testArticles(t, open(t)) })
	t.Run("Search", func(t *testing.T) { testSearch(t, open(t)) })
	t.Run("FailedPut", func(t *testing.T) { testFailedPut(t, open(t)) })
	t.Run("Concurrent", func(t *testing.T) { testConcurrent(t, open(t)) })
}

// fullEvent sets every field of an Event.
func fullEvent() truce.Event {
	return truce.Event{
		ID:            "ev-full",
		Type:          truce.Assault,
		Mode:          "aerial",
		Context:       []string{"military", "terrorism"},
		CAMEO:         "195",
		Goldstein:     -10,
		Quad:          4,
		ACLEDType:     "Explosions/Remote violence",
		ACLEDSubtype:  "Air/drone strike",
		Source:        []truce.Actor{pakMil},
		Target:        []truce.Actor{afgGov, afgCvl},
		Location:      kabul,
		Date:          "2025-10-09",
		DatePrecision: "day",
		Fatalities:    &truce.Count{Min: 12, Max: 15},
		Injuries:      &truce.Count{Min: 30, Max: 30},
		Claims: []truce.Claim{
			{Field: "fatalities", Count: truce.Count{Min: 40, Max: 40}, By: &afgGov},
			{Field: "injuries", Count: truce.Count{Min: 3, Max: 5}, By: nil},
		},
		Status:        truce.StatusAlleged,
		ReportedBy:    &truce.Actor{Text: "the UN mission", Name: "UNAMA", ID: "UN"},
		RetaliatesFor: "ev-earlier",
		CeasefireID:   "",
		Evidence:      truce.Evidence{ArticleID: "a-full", Sentence: "Pakistani jets struck Kabul, killing at least 12 — Afghan officials say 40.", Start: 120, End: 195},
		Confidence:    0.85,
		Rule:          "assault/airstrike-on",
	}
}

func testRoundTrip(t *testing.T, s truce.Store) {
	ctx := context.Background()
	a := newArticle(t, "a-full", "Pakistani jets struck Kabul, killing at least 12 — Afghan officials say 40. Qatar called for calm.", "2025-10-10", 0xF0F0_0000_1234_5678)
	a.Byline = "By A. Reporter"
	a.RepublishedFrom = "The Conversation"
	a.RelatedLinks = []string{"Also Read: Kabul after the strikes", "Also Read: Who are the TTP?"}
	a.Published = time.Date(2025, 10, 10, 14, 5, 6, 789, time.FixedZone("PKT", 5*3600))
	ev := fullEvent()
	agree := newEvent("ev-agree", truce.Agree, "2025-10-19", []truce.Actor{pakGov}, []truce.Actor{afgGov}, nil)
	agree.Mode = "ceasefire"
	agree.CeasefireID = "cf-doha"
	cf := truce.Ceasefire{
		ID: "cf-doha", Parties: []truce.Actor{pakGov, afgGov}, Mediators: []truce.Actor{qatar},
		Announced: "2025-10-19", Effective: "2025-10-19", DurationHours: 48,
		Terms: []string{"halt cross-border attacks"}, State: truce.CeasefireViolated,
		Events:     []string{"ev-agree"},
		Violations: []truce.Violation{{EventID: "ev-full", Date: "2025-10-20", Accused: &pakMil, AccusedBy: &afgGov, Count: 2}},
	}
	res := mustPut(t, s, a, &truce.Extraction{Events: []truce.Event{ev, agree}, Ceasefires: []truce.Ceasefire{cf}}, truce.PutNew)
	if res.ArticleID != a.ID || res.Events != 2 || res.DuplicateOf != "" {
		t.Errorf("PutArticle result = %+v, want id %q, 2 events, no duplicate", res, a.ID)
	}

	got, err := s.Article(ctx, a.ID)
	if err != nil {
		t.Fatalf("Article: %v", err)
	}
	if !got.Published.Equal(a.Published) || !got.Fetched.Equal(a.Fetched) {
		t.Errorf("Article times = %v, %v; want %v, %v", got.Published, got.Fetched, a.Published, a.Fetched)
	}
	want := *a
	want.Published, want.Fetched = got.Published, got.Fetched
	if !reflect.DeepEqual(got, &want) {
		t.Errorf("Article round trip:\n got %+v\nwant %+v", got, &want)
	}

	ref := truce.SourceRef{ArticleID: a.ID, URL: a.URL, Published: "2025-10-10"}
	wantEv := fullEvent()
	wantEv.Sources, wantEv.Mentions = []truce.SourceRef{ref}, 1
	if got := mustEvent(t, s, ev.ID); !reflect.DeepEqual(got, &wantEv) {
		t.Errorf("Event round trip:\n got %+v\nwant %+v", got, &wantEv)
	}
	wantAgree := agree
	wantAgree.Sources, wantAgree.Mentions = []truce.SourceRef{ref}, 1
	wantAgree.Evidence.ArticleID = a.ID // filled in from the article when empty
	if got := mustEvent(t, s, agree.ID); !reflect.DeepEqual(got, &wantAgree) {
		t.Errorf("Event round trip:\n got %+v\nwant %+v", got, &wantAgree)
	}

	cs, err := s.Ceasefires(ctx)
	if err != nil {
		t.Fatalf("Ceasefires: %v", err)
	}
	if len(cs) != 1 || !reflect.DeepEqual(cs[0], &cf) {
		t.Errorf("Ceasefires = %+v, want [%+v]", cs, cf)
	}
}

func testExactDuplicate(t *testing.T, s truce.Store) {
	orig := newArticle(t, "a1", "Text one.", "2025-10-10", 0xAAAA)
	mustPut(t, s, orig, &truce.Extraction{Events: []truce.Event{
		newEvent("e1", truce.Assault, "2025-10-09", []truce.Actor{ttp}, []truce.Actor{pakMil}, wana),
	}}, truce.PutNew)
	before := snapshot(t, s)

	sameAgain := newArticle(t, "a1", "Text one.", "2025-10-10", 0xAAAA)
	sameHash := newArticle(t, "a1-copy", "Text one, fetched from elsewhere.", "2025-10-11", 0x5555_0000)
	sameHash.ContentHash, sameHash.CanonicalURL = orig.ContentHash, ""
	sameURL := newArticle(t, "a1-edited", "Text one, edited later.", "2025-10-11", 0x5555_0000)
	sameURL.CanonicalURL = orig.CanonicalURL
	for _, tc := range []struct {
		name string
		a    *truce.Article
	}{
		{"same input", sameAgain},
		{"same content hash", sameHash},
		{"same canonical URL", sameURL},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x := &truce.Extraction{Events: []truce.Event{
				newEvent("e-"+tc.a.ID, truce.Assault, "2025-10-09", []truce.Actor{ttp}, []truce.Actor{pakMil}, wana),
			}}
			res := mustPut(t, s, tc.a, x, truce.PutDuplicate)
			if res.ArticleID != orig.ID {
				t.Errorf("ArticleID = %q, want the stored %q", res.ArticleID, orig.ID)
			}
			if after := snapshot(t, s); after != before {
				t.Errorf("store changed:\nbefore %s\nafter %s", before, after)
			}
		})
	}
}

func testNearDuplicate(t *testing.T, s truce.Store) {
	ctx := context.Background()
	const h = 0x0123_4567_89AB_CDEF
	orig := newArticle(t, "orig", "Pakistani jets struck Kabul on Thursday.", "2025-10-10", h)
	strike := newEvent("orig-strike", truce.Assault, "2025-10-09", []truce.Actor{pakMil}, []truce.Actor{afgGov, afgCvl}, kabul)
	cf := truce.Ceasefire{ID: "cf", Parties: []truce.Actor{pakGov, afgGov}, Terms: []string{"halt strikes"}, Events: []string{strike.ID}}
	mustPut(t, s, orig, &truce.Extraction{Events: []truce.Event{strike}, Ceasefires: []truce.Ceasefire{cf}}, truce.PutNew)

	// Three bits off: a syndicated copy, with the same strike (actors in
	// another order, another id) and one event of its own.
	copyA := newArticle(t, "copy", "Pakistani jets struck Kabul on Thursday, officials said.", "2025-10-11", h^0b1011)
	copyA.URL = "https://mirror.example/copy"
	sameStrike := newEvent("copy-strike", truce.Assault, "2025-10-09", []truce.Actor{pakMil}, []truce.Actor{afgCvl, afgGov}, kabul)
	accuse := newEvent("copy-accuse", truce.Accuse, "2025-10-10", []truce.Actor{afgGov}, []truce.Actor{pakGov}, nil)
	accuse.RetaliatesFor = "copy-strike"
	cfCopy := truce.Ceasefire{ID: "cf", Parties: []truce.Actor{afgGov}, Mediators: []truce.Actor{qatar},
		Terms: []string{"halt strikes", "talks in Istanbul"}, Events: []string{sameStrike.ID, accuse.ID}, DurationHours: 48}
	res := mustPut(t, s, copyA, &truce.Extraction{Events: []truce.Event{sameStrike, accuse}, Ceasefires: []truce.Ceasefire{cfCopy}}, truce.PutNearDuplicate)
	if res.DuplicateOf != orig.ID || res.ArticleID != copyA.ID || res.Events != 2 {
		t.Errorf("result = %+v, want near-duplicate of %q with 2 events", res, orig.ID)
	}
	if got, err := s.Article(ctx, copyA.ID); err != nil || got.DuplicateOf != orig.ID {
		t.Errorf("Article(copy) = %+v, %v; want DuplicateOf %q", got, err, orig.ID)
	}
	merged := mustEvent(t, s, strike.ID)
	wantSources := []truce.SourceRef{
		{ArticleID: orig.ID, URL: orig.URL, Published: "2025-10-10"},
		{ArticleID: copyA.ID, URL: copyA.URL, Published: "2025-10-11"},
	}
	if !reflect.DeepEqual(merged.Sources, wantSources) || merged.Mentions != 2 {
		t.Errorf("merged event sources = %+v (mentions %d), want %+v (2)", merged.Sources, merged.Mentions, wantSources)
	}
	if _, err := s.Event(ctx, sameStrike.ID); truce.ErrorCode(err) != truce.ENOTFOUND {
		t.Errorf("Event(%s) error = %v, want ENOTFOUND: it was merged", sameStrike.ID, err)
	}
	got := mustEvent(t, s, accuse.ID)
	if got.Mentions != 1 || got.RetaliatesFor != strike.ID {
		t.Errorf("new event of the copy: mentions %d, retaliates_for %q; want 1, %q", got.Mentions, got.RetaliatesFor, strike.ID)
	}

	cs, err := s.Ceasefires(ctx)
	if err != nil {
		t.Fatal(err)
	}
	wantCF := truce.Ceasefire{ID: "cf", Parties: []truce.Actor{pakGov, afgGov}, Mediators: []truce.Actor{qatar},
		Terms: []string{"halt strikes", "talks in Istanbul"}, Events: []string{strike.ID, accuse.ID}, DurationHours: 48}
	if len(cs) != 1 || !reflect.DeepEqual(cs[0], &wantCF) {
		t.Errorf("ceasefires after the copy = %+v, want [%+v]", cs, wantCF)
	}

	// A copy of the copy links to the first original and merges into the
	// events of either.
	copyB := newArticle(t, "copy2", "Jets struck Kabul on Thursday.", "2025-10-12", h^0b1011^0b0100)
	mustPut(t, s, copyB, &truce.Extraction{Events: []truce.Event{
		newEvent("copy2-strike", truce.Assault, "2025-10-09", []truce.Actor{pakMil}, []truce.Actor{afgGov, afgCvl}, kabul),
		newEvent("copy2-accuse", truce.Accuse, "2025-10-10", []truce.Actor{afgGov}, []truce.Actor{pakGov}, nil),
	}}, truce.PutNearDuplicate)
	if got, _ := s.Article(ctx, copyB.ID); got == nil || got.DuplicateOf != orig.ID {
		t.Errorf("copy of a copy: DuplicateOf = %+v, want %q", got, orig.ID)
	}
	if got := mustEvent(t, s, strike.ID); got.Mentions != 3 {
		t.Errorf("strike mentions = %d, want 3", got.Mentions)
	}
	if got := mustEvent(t, s, accuse.ID); got.Mentions != 2 {
		t.Errorf("accusation mentions = %d, want 2", got.Mentions)
	}

	// Four bits off is another article.
	other := newArticle(t, "other", "Another story.", "2025-10-12", h^0xF000_0000_0000_000F)
	mustPut(t, s, other, nil, truce.PutNew)
	if n := len(mustEvents(t, s, truce.EventFilter{})); n != 2 {
		t.Errorf("stored %d events, want 2", n)
	}
}

func testArticles(t *testing.T, s truce.Store) {
	ctx := context.Background()
	for _, a := range []*truce.Article{
		newArticle(t, "oct08", "Eighth.", "2025-10-08", 0),
		newArticle(t, "undated", "No date.", "", 0),
		newArticle(t, "oct10", "Tenth.", "2025-10-10", 0),
		newArticle(t, "oct09", "Ninth.", "2025-10-09", 0),
	} {
		mustPut(t, s, a, nil, truce.PutNew)
	}
	for _, tc := range []struct {
		name string
		f    truce.ArticleFilter
		want []string
	}{
		{"newest first, undated last", truce.ArticleFilter{}, []string{"oct10", "oct09", "oct08", "undated"}},
		{"since", truce.ArticleFilter{Since: mustDay(t, "2025-10-09")}, []string{"oct10", "oct09"}},
		{"until", truce.ArticleFilter{Until: mustDay(t, "2025-10-09").Add(12 * time.Hour)}, []string{"oct09", "oct08"}},
		{"limit", truce.ArticleFilter{Limit: 1}, []string{"oct10"}},
		{"query and since", truce.ArticleFilter{Query: "eighth OR ninth", Since: mustDay(t, "2025-10-09")}, []string{"oct09"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			as, err := s.Articles(ctx, tc.f)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, a := range as {
				got = append(got, a.ID)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("Articles(%+v) = %v, want %v", tc.f, got, tc.want)
			}
		})
	}
}

func testNotFound(t *testing.T, s truce.Store) {
	ctx := context.Background()
	if _, err := s.Article(ctx, "missing"); truce.ErrorCode(err) != truce.ENOTFOUND {
		t.Errorf("Article(missing) error = %v, want ENOTFOUND", err)
	}
	if _, err := s.Event(ctx, "missing"); truce.ErrorCode(err) != truce.ENOTFOUND {
		t.Errorf("Event(missing) error = %v, want ENOTFOUND", err)
	}
}

func testSearch(t *testing.T, s truce.Store) {
	ctx := context.Background()
	body := newArticle(t, "body", "Talks in Doha produced a ceasefire between the two sides after the strikes on Kandahar.", "2025-10-19", 0)
	titled := newArticle(t, "titled", "The ceasefire brokered in Doha held for a day; the ceasefire terms were not published.", "2025-10-20", 0)
	titled.Title = "Ceasefire holds"
	unrelated := newArticle(t, "unrelated", "Flooding displaced thousands in Sindh.", "2025-10-21", 0)
	for _, a := range []*truce.Article{body, titled, unrelated} {
		mustPut(t, s, a, nil, truce.PutNew)
	}
	for _, tc := range []struct {
		name, query string
		want        []string
	}{
		{"one word", "kandahar", []string{"body"}},
		{"title ranks first", "ceasefire", []string{"titled", "body"}},
		{"diacritics folded", "dohá", []string{"body", "titled"}},
		{"phrase", `"displaced thousands"`, []string{"unrelated"}},
		{"no match", "earthquake", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			as, err := s.Articles(ctx, truce.ArticleFilter{Query: tc.query})
			if err != nil {
				t.Fatalf("Articles(%q): %v", tc.query, err)
			}
			var got []string
			for _, a := range as {
				got = append(got, a.ID)
			}
			if tc.name == "diacritics folded" {
				slices.Sort(got)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("Articles(%q) = %v, want %v", tc.query, got, tc.want)
			}
		})
	}
	for _, q := range []string{`"unclosed`, `AND OR`, `title:`, `(ceasefire`} {
		if _, err := s.Articles(ctx, truce.ArticleFilter{Query: q}); truce.ErrorCode(err) != truce.EINVALID {
			t.Errorf("Articles(%q) error = %v, want EINVALID", q, err)
		}
	}
}

func testFailedPut(t *testing.T, s truce.Store) {
	mustPut(t, s, newArticle(t, "kept", "Kept.", "2025-10-10", 0x1), &truce.Extraction{Events: []truce.Event{
		newEvent("taken", truce.Assault, "2025-10-09", []truce.Actor{ttp}, []truce.Actor{pakMil}, wana),
	}}, truce.PutNew)
	before := snapshot(t, s)
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	ev := func(id string) truce.Event {
		return newEvent(id, truce.Coerce, "2025-10-11", []truce.Actor{pakGov}, []truce.Actor{afgGov}, nil)
	}
	for _, tc := range []struct {
		name string
		ctx  context.Context
		x    *truce.Extraction
		code string
	}{
		{"repeated event id", context.Background(), &truce.Extraction{Events: []truce.Event{ev("dup"), ev("dup")}}, truce.EINVALID},
		{"event without id", context.Background(), &truce.Extraction{Events: []truce.Event{ev("")}}, truce.EINVALID},
		{"event id stored from another article", context.Background(), &truce.Extraction{Events: []truce.Event{ev("fresh"), ev("taken")}}, truce.ECONFLICT},
		{"repeated ceasefire id", context.Background(), &truce.Extraction{Ceasefires: []truce.Ceasefire{{ID: "c"}, {ID: "c"}}}, truce.EINVALID},
		{"cancelled context", cancelled, &truce.Extraction{Events: []truce.Event{ev("fresh")}}, truce.EINTERNAL},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := newArticle(t, "failed", "This article must not be stored.", "2025-10-11", 0xFFFF_0000_0000_0000)
			_, err := s.PutArticle(tc.ctx, a, tc.x)
			if err == nil {
				t.Fatal("PutArticle succeeded, want an error")
			}
			if got := truce.ErrorCode(err); got != tc.code {
				t.Errorf("error %v has code %q, want %q", err, got, tc.code)
			}
			if tc.ctx.Err() != nil && !errors.Is(err, context.Canceled) {
				t.Errorf("error %v does not wrap context.Canceled", err)
			}
			if after := snapshot(t, s); after != before {
				t.Errorf("store changed:\nbefore %s\nafter %s", before, after)
			}
		})
	}
	if _, err := s.PutArticle(context.Background(), &truce.Article{Text: "no id"}, nil); truce.ErrorCode(err) != truce.EINVALID {
		t.Errorf("PutArticle without id: error %v, want EINVALID", err)
	}
}

func testConcurrent(t *testing.T, s truce.Store) {
	const workers, each = 4, 8
	var wg sync.WaitGroup
	errs := make(chan error, workers*each)
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range each {
				id := fmt.Sprintf("w%d-%d", w, i)
				a := newArticle(t, id, "Report "+id, "2025-10-10", spread(id))
				x := &truce.Extraction{Events: []truce.Event{
					newEvent("ev-"+id, truce.Assault, "2025-10-09", []truce.Actor{ttp}, []truce.Actor{pakMil}, wana),
				}}
				if _, err := s.PutArticle(context.Background(), a, x); err != nil {
					errs <- err
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Errorf("concurrent PutArticle: %v", err)
	}
	as, err := s.Articles(context.Background(), truce.ArticleFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(as) != workers*each {
		t.Errorf("stored %d articles, want %d", len(as), workers*each)
	}
	if es := mustEvents(t, s, truce.EventFilter{}); len(es) != workers*each {
		t.Errorf("stored %d events, want %d", len(es), workers*each)
	}
}

// spread returns a simhash for id with bits all over the place, so that no
// two ids make near-duplicates.
func spread(id string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(id))
	return h.Sum64() | 1
}
