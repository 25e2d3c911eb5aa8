package http

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/sqlite"
)

// secondText is a later article that reports the strike on Kabul again and
// the Taliban's answer to it.
const secondText = "Pakistani jets struck Kabul on Monday, officials said. " +
	"Taliban forces shelled Pakistani border posts near Wana on Tuesday in retaliation for the strike."

// MustTwoSourceStore is the fixture store with a second article: the strike
// on Kabul reported again (so merging folds two reports into one event) and
// the Taliban shelling Pakistani posts in answer to it.
func MustTwoSourceStore(tb testing.TB) *sqlite.Store {
	tb.Helper()
	s := MustFixtureStore(tb)
	a := &truce.Article{ID: "art-2", URL: "https://other.example/kabul", Title: "Kabul and Wana", Text: secondText,
		Published: time.Date(2025, 10, 15, 8, 0, 0, 0, time.UTC), ContentHash: "hash-2"}
	sents := strings.SplitAfter(secondText, ". ")
	ev := func(id string, n int, src, tgt truce.Actor, date string, loc *truce.Location) truce.Event {
		start := 0
		if n == 1 {
			start = len([]rune(sents[0]))
		}
		s := strings.TrimSpace(sents[n])
		return truce.Event{ID: id, Type: truce.Assault, Quad: 4, Goldstein: -10, Date: date, Source: []truce.Actor{src},
			Target: []truce.Actor{tgt}, Location: loc, Status: truce.StatusReported,
			Evidence: truce.Evidence{ArticleID: "art-2", Sentence: s, Start: start, End: start + len([]rune(s))}}
	}
	afgMil := truce.Actor{Text: "Taliban forces", Name: "Afghan Taliban forces", ID: "AFGMIL", Country: "AFG", Sector: "MIL"}
	x := &truce.Extraction{Events: []truce.Event{
		ev("ev-strike-2", 0, pakMil, afgGov, "2025-10-13", kabul),
		ev("ev-reply", 1, afgMil, pakMil, "2025-10-14", wana),
	}}
	x.Events[1].RetaliatesFor = "ev-strike-2"
	if _, err := s.PutArticle(context.Background(), a, x); err != nil {
		tb.Fatal(err)
	}
	return s
}

func TestCeasefireRegistryAPI(t *testing.T) {
	h := MustServer(t, MustFixtureStore(t)).Handler()
	var cs struct{ Ceasefires []truce.Ceasefire }
	decode(t, do(t, h, "GET", "/api/v1/ceasefires", "", nil), &cs)
	if len(cs.Ceasefires) != 1 {
		t.Fatalf("registry = %+v, want one truce", cs.Ceasefires)
	}
	c := cs.Ceasefires[0]
	var states []string
	for _, h := range c.History {
		states = append(states, h.State+"@"+h.Date)
	}
	tests := []struct {
		name      string
		got, want string
	}{
		{"state", c.State, truce.CeasefireViolated},
		{"history", strings.Join(states, " "), "announced@2025-10-15 in_force@2025-10-15 violated@2025-10-16"},
		{"effective", c.Effective, "2025-10-15"},
		{"sources", c.Sources[0].ArticleID + " " + c.Sources[0].URL, "art-1 https://news.example/wana"},
		{"violation kind", c.Violations[0].Kind, "accusation"},
		{"accused", c.Violations[0].Accused.ID, "PAKMIL"},
		{"accuser", c.Violations[0].AccusedBy.ID, "AFGGOV"},
		{"violation event", c.Violations[0].EventID, "ev-note"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s = %q, want %q", tt.name, tt.got, tt.want)
		}
	}
	var one truce.Ceasefire
	decode(t, do(t, h, "GET", "/api/v1/ceasefires/"+c.ID, "", nil), &one)
	if one.ID != c.ID || len(one.History) != len(c.History) || len(one.Violations) != 1 {
		t.Errorf("ceasefire %s = %+v", c.ID, one)
	}
	// Judged a week later with no extension, the 48 hours have run out.
	decode(t, do(t, h, "GET", "/api/v1/ceasefires?now=2025-10-25", "", nil), &cs)
	if got := cs.Ceasefires[0]; got.State != truce.CeasefireExpired || got.End != "2025-10-17" {
		t.Errorf("as of 2025-10-25: state %q, end %q; want expired on 2025-10-17", got.State, got.End)
	}
}

func TestDyadsAPI(t *testing.T) {
	h := MustServer(t, MustTwoSourceStore(t)).Handler()
	var dy dyadAnswer
	decode(t, do(t, h, "GET", "/api/v1/dyads?a=pak&b=afg", "", nil), &dy)
	if len(dy.Dyads) == 0 || dy.Dyads[0].A != "AFG" || dy.Dyads[0].B != "PAK" {
		t.Fatalf("dyads = %+v", dy.Dyads)
	}
	// The two reports of the strike count once.
	if d := dy.Dyads[0]; d.Events != 3 || d.ByQuad != [4]int{0, 0, 1, 2} || d.Retaliations != 1 {
		t.Errorf("AFG-PAK = %+v, want 3 events (strike, reply, accusation) and one retaliation", d)
	}
	if len(dy.Chains) != 1 || len(dy.Chains[0].Links) != 2 {
		t.Fatalf("chains = %+v, want the strike and the reply", dy.Chains)
	}
	first, reply := dy.Chains[0].Links[0], dy.Chains[0].Links[1]
	if first.From != "PAK" || reply.From != "AFG" || reply.EventID != "ev-reply" || !reply.Explicit || reply.Answers != first.EventID {
		t.Errorf("chain = %+v", dy.Chains[0].Links)
	}
	if len(dy.Days) != 4 || dy.Days[1].Date != "2025-10-14" || dy.Days[1].ByQuad[3] != 1 {
		t.Errorf("days = %+v", dy.Days)
	}
	// A window of filters narrows what the dyads are computed from.
	var day dyadAnswer
	decode(t, do(t, h, "GET", "/api/v1/dyads?since=2025-10-14&until=2025-10-14", "", nil), &day)
	if len(day.Dyads) != 1 || day.Dyads[0].Events != 1 || day.Days != nil {
		t.Errorf("dyads of 2025-10-14 = %+v, days %v", day.Dyads, day.Days)
	}
	for _, bad := range []string{"/api/v1/dyads?a=PAK&b=pak", "/api/v1/dyads?a=PAK&b=AFG&window=0", "/api/v1/dyads?a=PAK&b=AFG&window=x"} {
		if rec := do(t, h, "GET", bad, "", nil); rec.Code != 400 {
			t.Errorf("GET %s = %d, want 400", bad, rec.Code)
		}
	}
}

func TestMergedEventsAPI(t *testing.T) {
	h := MustServer(t, MustTwoSourceStore(t)).Handler()
	var plain, merged eventPage
	decode(t, do(t, h, "GET", "/api/v1/events?type=ASSAULT", "", nil), &plain)
	decode(t, do(t, h, "GET", "/api/v1/events?type=ASSAULT&merged=1", "", nil), &merged)
	if len(plain.Events) != 4 || len(merged.Events) != 3 {
		t.Fatalf("%d reports, %d merged events; want 4 and 3", len(plain.Events), len(merged.Events))
	}
	var strike *truce.Event
	for _, e := range merged.Events {
		if e.Date == "2025-10-13" {
			strike = e
		}
	}
	if strike == nil || strike.Mentions != 2 || len(strike.Sources) != 2 || strike.Sources[0].ArticleID != "art-1" || strike.Sources[1].ArticleID != "art-2" {
		t.Fatalf("merged strike = %+v, want two sources, art-1 first", strike)
	}
	// Pages of the merged list chain by cursor, latest first.
	var ids []string
	after := ""
	for range 5 {
		var page eventPage
		decode(t, do(t, h, "GET", "/api/v1/events?type=ASSAULT&merged=1&limit=2&after="+after, "", nil), &page)
		for _, e := range page.Events {
			ids = append(ids, e.Date)
		}
		if after = page.Next; after == "" {
			break
		}
	}
	if strings.Join(ids, " ") != "2025-10-14 2025-10-13 2025-10-12" {
		t.Errorf("paged merged dates = %v", ids)
	}
	rec := do(t, h, "GET", "/api/v1/events?merged=1&format=csv&type=ASSAULT", "", nil)
	if lines := strings.Split(strings.TrimSpace(rec.Body.String()), "\n"); rec.Code != 200 || len(lines) != 4 {
		t.Errorf("merged csv = %d %q, want a header and 3 rows", rec.Code, rec.Body.String())
	}
	for _, bad := range []string{"/api/v1/events?merged=perhaps", "/api/v1/events?merged=1&after=nope"} {
		if rec := do(t, h, "GET", bad, "", nil); rec.Code != 400 {
			t.Errorf("GET %s = %d, want 400", bad, rec.Code)
		}
	}
}

func TestDyadPageChains(t *testing.T) {
	h := MustServer(t, MustTwoSourceStore(t)).Handler()
	rec := do(t, h, "GET", "/dyads?a=AFG&b=PAK", "", nil)
	body := rec.Body.String()
	for _, want := range []string{`<ol class="chains" id="chains">`, `href="/events/ev-reply">2025-10-14 AFG→PAK</a>`, `class="answers said"`} {
		if !strings.Contains(body, want) {
			t.Errorf("dyad page lacks %q", want)
		}
	}
}
