package eval

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/truce-project/truce"
)

// Extract runs truce's pipeline on one article. The pipeline may clean the
// article's text; the extraction's evidence offsets count code points in
// the text of the article Extract returns, so it returns that article too
// (nil means the text was left as it was).
type Extract func(ctx context.Context, a *truce.Article) (*truce.Article, *truce.Extraction, error)

// Run extracts every document and scores it. A document whose extraction
// fails is recorded in the report with its error and its gold events count
// as missed; Run itself fails only when ctx is done or extract is nil.
func Run(ctx context.Context, docs []*Document, extract Extract) (*Report, error) {
	if extract == nil {
		return nil, errors.New("run eval: no extract function")
	}
	t := newTally()
	for _, d := range docs {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("run eval: %w", err)
		}
		in := *d.Article
		art, x, err := extract(ctx, &in)
		if err == nil && x == nil {
			err = errors.New("extractor returned no extraction")
		}
		if err != nil {
			if ctxErr := ctx.Err(); ctxErr != nil {
				return nil, fmt.Errorf("run eval: %w", ctxErr)
			}
			t.failed(d, fmt.Errorf("extract %q: %w", d.ID, err))
			continue
		}
		if art == nil {
			art = &in
		}
		t.score(d, art, x)
	}
	return t.report(), nil
}

// docState is one document being scored.
type docState struct {
	d      *Document
	art    *truce.Article
	x      *truce.Extraction
	mc     *matchCtx
	spans  []span // gold evidence spans; found[i] says whether spans[i] is valid
	found  []bool
	noEv   []span
	goldTo map[int]int
}

// holds reports whether predicted event p's sentence holds gold event g's
// evidence.
func (s *docState) holds(g, p int) bool {
	ev := s.x.Events[p].Evidence
	return s.found[g] && s.spans[g].overlaps(ev.Start, ev.End)
}

func (s *docState) edge(g, p int) bool {
	return s.holds(g, p) && allOK(s.d.Events[g].checks(&s.x.Events[p], s.mc))
}

// assigned maps gold keys to the ids of the predicted events matched.
func (s *docState) assigned() map[string]string {
	m := map[string]string{}
	for g, p := range s.goldTo {
		if p >= 0 {
			m[s.d.Events[g].Key] = s.x.Events[p].ID
		}
	}
	return m
}

// match computes the one-to-one assignment. retaliates_for is first left
// open; once a matching is known it is checked against it and the matching
// redone, at most a few times, until it no longer changes. Pairs that
// still fail under the final matching are dropped.
func (s *docState) match() {
	var order []int
	for _, req := range []bool{true, false} {
		for g := range s.d.Events {
			if s.d.Events[g].Required == req {
				order = append(order, g)
			}
		}
	}
	n := len(s.x.Events)
	s.goldTo = maxMatching(order, n, s.edge)
	hasRetaliation := slices.ContainsFunc(s.d.Events, func(g GoldEvent) bool { return g.RetaliatesFor != "" })
	if !hasRetaliation {
		return
	}
	for range 3 {
		prev := s.goldTo
		s.mc.assigned = s.assigned()
		s.goldTo = maxMatching(order, n, s.edge)
		if mapsEqual(prev, s.goldTo) {
			break
		}
	}
	s.mc.assigned = s.assigned()
	for g, p := range s.goldTo {
		if p >= 0 && !s.edge(g, p) {
			s.goldTo[g] = -1
		}
	}
}

func mapsEqual(a, b map[int]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if w, ok := b[k]; !ok || w != v {
			return false
		}
	}
	return true
}

// closest returns the predicted event from gold event g's sentence that
// satisfies the most of g's constraints, with its checks, or -1.
func (s *docState) closest(g int) (int, []check) {
	best, bestN := -1, -1
	var bestChecks []check
	for p := range s.x.Events {
		if !s.holds(g, p) {
			continue
		}
		cs := s.d.Events[g].checks(&s.x.Events[p], s.mc)
		if n := countOK(cs); n > bestN {
			best, bestN, bestChecks = p, n, cs
		}
	}
	return best, bestChecks
}

// sentenceOf returns the text of predicted event p's sentence.
func (s *docState) sentenceOf(p int) string {
	ev := s.x.Events[p].Evidence
	if ev.Sentence != "" {
		return ev.Sentence
	}
	r := []rune(s.art.Text)
	if ev.Start >= 0 && ev.Start < ev.End && ev.End <= len(r) {
		return string(r[ev.Start:ev.End])
	}
	return ""
}

// locate finds the gold evidence and no_events_from entries in the text
// the extractor returned. An entry the cleaning removed (an "Also Read:"
// line) is not found; no event can come from it.
func (s *docState) locate() {
	nt := fold(s.art.Text)
	s.spans = make([]span, len(s.d.Events))
	s.found = make([]bool, len(s.d.Events))
	for i, g := range s.d.Events {
		if g.wholeText {
			s.spans[i], s.found[i] = span{0, nt.n}, true
			continue
		}
		s.spans[i], s.found[i] = nt.locate(g.Evidence)
	}
	for _, e := range s.d.NoEventsFrom {
		if sp, ok := nt.locate(e); ok {
			s.noEv = append(s.noEv, sp)
		}
	}
}

// judged says why the gold judges predicted event p, or "" if it does not.
func (s *docState) judged(p int) string {
	ev := s.x.Events[p]
	for g := range s.d.Events {
		if s.holds(g, p) {
			return "sentence holds the evidence of " + s.d.Events[g].Key
		}
	}
	if s.inNoEventSentence(p) {
		return "from a no_events_from sentence"
	}
	if s.forbiddenType(p) {
		return "type " + ev.Type + " is in no_events_of_type"
	}
	return ""
}

func (s *docState) inNoEventSentence(p int) bool {
	ev := s.x.Events[p].Evidence
	return slices.ContainsFunc(s.noEv, func(sp span) bool { return sp.overlaps(ev.Start, ev.End) })
}

func (s *docState) forbiddenType(p int) bool {
	t := canonicalType(upper(s.x.Events[p].Type))
	return slices.ContainsFunc(s.d.NoEventsOfType, func(f string) bool { return canonicalType(upper(f)) == t })
}

// emptyChecks lists g's constraints as unsatisfied, for a gold event with
// no predicted event to compare.
func emptyChecks(g *GoldEvent) []check {
	cs := g.checks(&truce.Event{}, &matchCtx{assigned: map[string]string{}})
	for i := range cs {
		cs[i] = check{Field: cs[i].Field, Got: "(no event)"}
	}
	return cs
}

func (s *docState) docChecks() []check {
	c := s.d.Doc
	if c == nil {
		return nil
	}
	doc := s.x.Document
	byline := firstNonEmpty(doc.Byline, s.art.Byline)
	from := firstNonEmpty(doc.RepublishedFrom, s.art.RepublishedFrom)
	links := doc.RelatedLinks
	if len(links) == 0 {
		links = s.art.RelatedLinks
	}
	var cs []check
	for _, want := range c.BylineContains {
		cs = append(cs, check{Field: "byline_contains", OK: want != "" && strings.Contains(foldString(byline), foldString(want)),
			Got: orNone(byline), HasValue: byline != ""})
	}
	if c.RepublishedFrom != nil {
		cs = append(cs, check{Field: "republished_from", OK: foldString(from) == foldString(*c.RepublishedFrom),
			Got: orNone(from), HasValue: from != ""})
	}
	if c.RelatedLinks != nil {
		cs = append(cs, check{Field: "related_links", OK: len(links) == *c.RelatedLinks,
			Got: fmt.Sprint(len(links)), HasValue: len(links) > 0})
	}
	return cs
}

func firstNonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}
