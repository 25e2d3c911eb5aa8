package eval

import (
	"fmt"

	"github.com/truce-project/truce"
)

// tally accumulates document results into a Report.
type tally struct {
	r      *Report
	fields map[string]*FieldStat
	files  map[string]*FileResult
	dyads  int
	gsr    *GSRScore
	acled  labels
	scored []scored
}

func newTally() *tally {
	return &tally{r: &Report{}, fields: map[string]*FieldStat{}, files: map[string]*FileResult{}}
}

func (t *tally) field(name string) *FieldStat {
	f := t.fields[name]
	if f == nil {
		f = &FieldStat{Field: name}
		t.fields[name] = f
	}
	return f
}

func (t *tally) addChecks(cs []check) {
	for _, c := range cs {
		f := t.field(c.Field)
		f.Total++
		if c.OK {
			f.Satisfied++
		}
		// A check that held had a value, even an empty one: a gold
		// mode of "" (no mode) is satisfied by an event without one.
		if c.HasValue || c.OK {
			f.WithValue++
		}
	}
}

func (t *tally) file(name string) *FileResult {
	f := t.files[name]
	if f == nil {
		f = &FileResult{File: name}
		t.files[name] = f
		t.r.Files = append(t.r.Files, FileResult{File: name})
	}
	return f
}

func (t *tally) addDoc(dr DocResult, failed bool) {
	t.r.Documents = append(t.r.Documents, dr)
	f := t.file(dr.File)
	f.Documents++
	f.Counts.add(dr.Counts)
	if failed {
		f.Failed++
		t.r.Failed++
	}
}

// failed records a document whose extraction failed: every required gold
// event is missed.
func (t *tally) failed(d *Document, err error) {
	dr := DocResult{ID: d.ID, File: d.File, Kind: d.Kind, Error: err.Error(), Matches: []Match{}}
	for i := range d.Events {
		g := &d.Events[i]
		t.addChecks(emptyChecks(g))
		if g.Required {
			dr.Required++
			t.r.Misses = append(t.r.Misses, Miss{Key: g.Key, Document: d.ID, File: d.File, Evidence: g.Evidence,
				Reason: "extraction failed: " + err.Error()})
		}
	}
	empty := &docState{d: d, art: &truce.Article{}, x: &truce.Extraction{}}
	cs := empty.docChecks()
	for i := range cs {
		cs[i].OK, cs[i].HasValue = false, false
	}
	t.addChecks(cs)
	t.dyads += len(d.Dyads)
	if d.gsr != nil {
		t.gsrScore(d.gsr, nil)
	}
	dr.finish()
	t.addDoc(dr, true)
}

// score matches and scores one extracted document.
func (t *tally) score(d *Document, art *truce.Article, x *truce.Extraction) {
	s := &docState{d: d, art: art, x: x, mc: newMatchCtx(x)}
	s.locate()
	s.match()
	dr := DocResult{ID: d.ID, File: d.File, Kind: d.Kind, Matches: []Match{}}
	predMatched := make([]bool, len(x.Events))
	for g := range d.Events {
		ge := &d.Events[g]
		p := s.goldTo[g]
		if p >= 0 {
			predMatched[p] = true
			dr.Matches = append(dr.Matches, Match{Key: ge.Key, EventIndex: p, EventID: x.Events[p].ID})
		}
		if ge.Required {
			dr.Required++
			if p >= 0 {
				dr.RequiredMatched++
			}
		}
		t.fieldStats(s, g, p)
	}
	for p := range x.Events {
		why := s.judged(p)
		if why == "" {
			continue
		}
		dr.PredictedJudged++
		t.scored = append(t.scored, scored{x.Events[p].Confidence, predMatched[p]})
		if s.inNoEventSentence(p) || s.forbiddenType(p) {
			dr.NoEventViolations++
		}
		if predMatched[p] {
			dr.PredictedMatched++
			continue
		}
		t.r.FalsePositives = append(t.r.FalsePositives, FalsePositive{
			Document: d.ID, File: d.File, EventIndex: p, EventID: x.Events[p].ID,
			Type: x.Events[p].Type, Sentence: s.sentenceOf(p), Judged: why,
		})
	}
	dr.Predicted = len(x.Events)
	t.addChecks(s.docChecks())
	t.dyads += len(d.Dyads)
	if d.gsr != nil {
		var first *truce.Event
		if len(x.Events) > 0 {
			first = &x.Events[0]
		}
		t.gsrScore(d.gsr, first)
	}
	dr.finish()
	t.addDoc(dr, false)
}

// fieldStats pairs gold event g with its matched event p or the closest
// one, counts its constraints, and records a miss for a required event.
func (t *tally) fieldStats(s *docState, g, p int) {
	ge := &s.d.Events[g]
	var cs []check
	reason := ""
	switch {
	case p >= 0:
		cs = ge.checks(&s.x.Events[p], s.mc)
	case !s.found[g]:
		cs = emptyChecks(ge)
		reason = "evidence not found in the text the extractor returned"
	default:
		q, qc := s.closest(g)
		if q < 0 {
			cs = emptyChecks(ge)
			reason = "no event from this sentence"
			break
		}
		cs = qc
		ev := &s.x.Events[q]
		if allOK(qc) {
			reason = fmt.Sprintf("closest event #%d (%s) satisfies every constraint but is matched to %s",
				q, ev.Type, s.otherGold(q))
		} else {
			reason = fmt.Sprintf("closest event #%d (%s): %s", q, ev.Type, failed(qc, ge))
		}
	}
	t.addChecks(cs)
	if r := ge.FatalitiesMin; r != nil && r.Lo == r.Hi {
		f := t.field("fatalities exact")
		f.Total++
		var c *truce.Count
		if p >= 0 {
			c = s.x.Events[p].Fatalities
		} else if q, _ := s.closest(g); q >= 0 {
			c = s.x.Events[q].Fatalities
		}
		if c != nil {
			f.WithValue++
			if c.Min == r.Lo {
				f.Satisfied++
			}
		}
	}
	var paired *truce.Event
	if p >= 0 {
		paired = &s.x.Events[p]
	} else if q, _ := s.closest(g); q >= 0 && s.found[g] {
		paired = &s.x.Events[q]
	}
	t.labelFields(ge, paired)
	if p < 0 && ge.Required {
		t.r.Misses = append(t.r.Misses, Miss{Key: ge.Key, Document: s.d.ID, File: s.d.File, Evidence: ge.Evidence, Reason: reason})
	}
}

// otherGold names the gold event predicted event p is matched to.
func (s *docState) otherGold(p int) string {
	for g, q := range s.goldTo {
		if q == p {
			return s.d.Events[g].Key
		}
	}
	return "another gold event"
}

func (dr *DocResult) finish() { dr.Counts.finish() }

// countries returns the ISO3 country parts of actor ids, without repeats.
func countries(actors []truce.Actor) map[string]bool {
	m := map[string]bool{}
	for _, a := range actors {
		id := upper(a.ID)
		if len(id) >= 3 && isoCountries[id[:3]] {
			m[id[:3]] = true
		}
	}
	return m
}

// addPRF compares predicted and gold code sets. Predicted actors whose id
// does not start with a country code are left out, as the gold's
// non-country codes are (see countryCode).
func addPRF(p *PRF, pred map[string]bool, gold []string) {
	g := map[string]bool{}
	for _, c := range gold {
		g[c] = true
	}
	for c := range pred {
		if g[c] {
			p.TP++
		} else {
			p.FP++
		}
	}
	for c := range g {
		if !pred[c] {
			p.FN++
		}
	}
}

func (t *tally) gsrScore(g *gsrGold, first *truce.Event) {
	if t.gsr == nil {
		t.gsr = &GSRScore{}
	}
	t.gsr.N++
	var src, tgt map[string]bool
	if first != nil {
		if canonicalType(upper(first.Type)) == canonicalType(g.Category) {
			t.gsr.CategoryCorrect++
		}
		src, tgt = countries(first.Source), countries(first.Target)
	}
	addPRF(&t.gsr.Source, src, g.Source)
	addPRF(&t.gsr.Target, tgt, g.Target)
}

func (t *tally) report() *Report {
	r := t.r
	var total Counts
	for i := range r.Files {
		f := t.files[r.Files[i].File]
		f.Counts.finish()
		r.Files[i] = *f
		total.add(f.Counts)
	}
	total.finish()
	r.Precision, r.Recall, r.F1 = total.Precision, total.Recall, total.F1
	r.Required, r.RequiredMatched = total.Required, total.RequiredMatched
	r.Predicted, r.PredictedJudged, r.PredictedMatched = total.Predicted, total.PredictedJudged, total.PredictedMatched
	r.NoEventViolations = total.NoEventViolations
	names := append([]string{}, eventFields...)
	names = append(names, "fatalities exact", "acled", "cameo root", "cameo exact", "byline_contains", "republished_from", "related_links")
	for _, n := range names {
		f, ok := t.fields[n]
		if !ok {
			continue
		}
		f.Precision = ratio(f.Satisfied, f.WithValue)
		f.Recall = ratio(f.Satisfied, f.Total)
		f.F1 = harmonic(f.Precision, f.Recall)
		r.Fields = append(r.Fields, *f)
	}
	if len(t.acled.pairs) > 0 {
		r.ACLEDWeightedF1, r.ACLEDLabels = t.acled.weightedF1()
		r.ACLEDConfusions = t.acled.confusions()
	}
	if t.dyads > 0 {
		r.Fields = append(r.Fields, FieldStat{Field: "dyads", Total: t.dyads, NotScored: true})
	}
	r.Confidence = calibration(t.scored)
	if g := t.gsr; g != nil {
		g.CategoryAccuracy = ratio(g.CategoryCorrect, g.N)
		g.Source.finish()
		g.Target.finish()
		g.SourceF1, g.TargetF1 = g.Source.F1, g.Target.F1
		r.GSR = g
	}
	if r.Files == nil {
		r.Files = []FileResult{}
	}
	if r.Fields == nil {
		r.Fields = []FieldStat{}
	}
	if r.Documents == nil {
		r.Documents = []DocResult{}
	}
	if r.Misses == nil {
		r.Misses = []Miss{}
	}
	if r.FalsePositives == nil {
		r.FalsePositives = []FalsePositive{}
	}
	return r
}
