package eval

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"unicode"

	"github.com/truce-project/truce"
)

// AsExtraction renders one annotator's gold document as the extraction a
// coder would have returned had it coded exactly what the annotator did:
// each event takes the first value of each list (the annotator's first
// choice), its evidence's sentence as its span, and the annotator's
// ceasefire, toll and ACLED readings. Scoring it against another
// annotator's gold for the same text measures how far two careful human
// coders agree under the same matching rules, the ceiling for any coder.
func AsExtraction(d *Document) *truce.Extraction {
	x := &truce.Extraction{Events: []truce.Event{}, Ceasefires: []truce.Ceasefire{}}
	text := []rune(d.Article.Text)
	nt := fold(d.Article.Text)
	for i := range d.Events {
		g := &d.Events[i]
		e := truce.Event{
			ID:            g.Key,
			Type:          first(g.Type),
			Mode:          first(g.Mode),
			CAMEO:         g.CAMEO,
			Source:        idActors(first(g.Source)),
			Target:        idActors(first(g.Target)),
			Status:        first(g.Status),
			RetaliatesFor: g.RetaliatesFor,
			Evidence:      truce.Evidence{ArticleID: d.ID, Start: -1, End: -1},
		}
		withSector(e.Source, first(g.SourceSector))
		withSector(e.Target, first(g.TargetSector))
		if e.Status == "" {
			e.Status = "reported"
		}
		if sp, ok := nt.locate(g.Evidence); ok && !g.wholeText {
			e.Evidence.Start, e.Evidence.End = sentenceAround(text, sp.Start, sp.End)
			e.Evidence.Sentence = string(text[e.Evidence.Start:e.Evidence.End])
		}
		if g.ACLED != nil && len(*g.ACLED) == 2 {
			e.ACLEDType, e.ACLEDSubtype = (*g.ACLED)[0], (*g.ACLED)[1]
		}
		if g.LocationAny != nil || g.LocationCountry != nil {
			name := first(g.LocationAny)
			e.Location = &truce.Location{Text: name, Name: name, Country: first(g.LocationCountry)}
		}
		if r := g.FatalitiesMin; r != nil {
			e.Fatalities = &truce.Count{Min: r.Lo, Max: r.Hi}
		}
		if r := g.InjuriesMin; r != nil {
			e.Injuries = &truce.Count{Min: r.Lo, Max: r.Hi}
		}
		if id := first(g.ReportedBy); id != "" {
			a := idActors(id)[0]
			e.ReportedBy = &a
		}
		for _, id := range g.Mediators {
			e.Mediators = append(e.Mediators, idActors(id)...)
		}
		if g.Ceasefire != nil && *g.Ceasefire || g.CeasefireDurationHours != nil || g.CeasefireState != nil || g.TermsContain != nil {
			cf := truce.Ceasefire{ID: "cf" + strconv.Itoa(len(x.Ceasefires)+1), Terms: g.TermsContain,
				State: first(g.CeasefireState), Events: []string{e.ID}, Mediators: e.Mediators}
			if h := g.CeasefireDurationHours; h != nil {
				cf.DurationHours = *h
			}
			x.Ceasefires = append(x.Ceasefires, cf)
			e.CeasefireID = cf.ID
		}
		x.Events = append(x.Events, e)
	}
	return x
}

// Agreement scores annotator b's reading of each document against
// annotator a's gold for the same document (same id). Documents only one
// of them annotated are an error: agreement is measured on shared text.
func Agreement(ctx context.Context, a, b []*Document) (*Report, error) {
	byID := make(map[string]*Document, len(b))
	for _, d := range b {
		byID[d.ID] = d
	}
	for _, d := range a {
		if byID[d.ID] == nil {
			return nil, fmt.Errorf("agreement: document %s has no second reading", d.ID)
		}
	}
	if len(a) != len(byID) {
		return nil, fmt.Errorf("agreement: %d documents against %d", len(a), len(byID))
	}
	return Run(ctx, a, func(_ context.Context, art *truce.Article) (*truce.Article, *truce.Extraction, error) {
		return art, AsExtraction(byID[art.ID]), nil
	})
}

// sentenceAround widens the rune span [start, end) to the sentence that
// holds it: back to just after the last line break or sentence end (".",
// "!" or "?", perhaps with a closing quote, before a space) before start,
// forward to the first such end at or after end.
func sentenceAround(text []rune, start, end int) (int, int) {
	ends := func(i int) bool {
		switch text[i] {
		case '\n':
			return true
		case '"', '\'', '”', '’':
			if i == 0 || !strings.ContainsRune(".!?", text[i-1]) {
				return false
			}
		case '.', '!', '?':
		default:
			return false
		}
		return i+1 == len(text) || unicode.IsSpace(text[i+1])
	}
	for start > 0 && !ends(start-1) {
		start--
	}
	for start < len(text) && unicode.IsSpace(text[start]) {
		start++
	}
	for end < len(text) && (end == 0 || !ends(end-1)) {
		end++
	}
	return start, max(start, end)
}

func first(list []string) string {
	if len(list) == 0 {
		return ""
	}
	return list[0]
}

// idActors is the actor a gold id names, none for "". Its sector is read
// from the id where needed (actorSector: PAKMIL is MIL).
func idActors(id string) []truce.Actor {
	if id == "" {
		return nil
	}
	return []truce.Actor{{ID: id, Name: id}}
}

// withSector gives the first actor of a side the sector a gold reading
// names for it, when it names one.
func withSector(side []truce.Actor, sector string) {
	if len(side) > 0 && sector != "" {
		side[0].Sector = sector
	}
}
