package code

import (
	"bufio"
	"cmp"
	_ "embed"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/truce-project/truce"
)

// The confidence model gives each event the probability that a careful
// coder records it as coded: a logistic regression over what the record
// shows (its category, which sides it names, its status, the lexicon row
// that fired, how many events its sentence holds and where it stands in
// the article). It is trained on the dev gold by TestTrainConfidence
// (confidence_train_test.go: go test ./code -run TestTrainConfidence
// -train) and kept as data in data/confidence.tsv. An event whose
// probability falls under the model's threshold is left out, unless
// another record refers to it or it is one kept always keeps. The
// threshold is 0: no event is left out (see the file's header for what a
// threshold would do on dev).
//
//go:embed data/confidence.tsv
var confidenceData string

type confidenceModel struct {
	w         map[uint64]float64
	threshold float64
}

// parseConfidence reads the model: "threshold", then one "feature weight"
// row per feature, tab-separated, # comments.
func parseConfidence(data string) (*confidenceModel, error) {
	m := &confidenceModel{w: map[uint64]float64{}, threshold: -1}
	sc := bufio.NewScanner(strings.NewReader(data))
	for line := 1; sc.Scan(); line++ {
		t := sc.Text()
		if t == "" || t[0] == '#' {
			continue
		}
		k, v, ok := strings.Cut(t, "\t")
		if !ok {
			return nil, fmt.Errorf("data/confidence.tsv:%d: want feature<TAB>weight", line)
		}
		f, err := strconv.ParseFloat(v, 64)
		if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
			return nil, fmt.Errorf("data/confidence.tsv:%d: weight %q is not a number", line, v)
		}
		if k == "threshold" {
			m.threshold = f
			continue
		}
		m.w[featureHash(k)] = f
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("data/confidence.tsv: %w", err)
	}
	if m.threshold < 0 || m.threshold >= 1 {
		return nil, fmt.Errorf("data/confidence.tsv: want a threshold in [0, 1)")
	}
	return m, nil
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func fnvAdd(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * fnvPrime
	}
	return h
}

// featureHash is the hash of a feature's written name, "name=a|b".
func featureHash(k string) uint64 { return fnvAdd(fnvOffset, k) }

// confScore sums the weights of an event's features; when keys is set
// (training) it also writes the features out.
type confScore struct {
	m    *confidenceModel
	sum  float64
	keys *[]string
}

// add scores the feature "name=vals[0]|vals[1]…" ("name" alone when there
// are no values) without building it.
func (s *confScore) add(name string, vals ...string) {
	h := fnvAdd(fnvOffset, name)
	for i, v := range vals {
		if i == 0 {
			h = fnvAdd(h, "=")
		} else {
			h = fnvAdd(h, "|")
		}
		h = fnvAdd(h, v)
	}
	if s.m != nil {
		s.sum += s.m.w[h]
	}
	if s.keys != nil {
		k := name
		if len(vals) > 0 {
			k += "=" + strings.Join(vals, "|")
		}
		*s.keys = append(*s.keys, k)
	}
}

var smallCounts = [...]string{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10",
	"11", "12", "13", "14", "15", "16", "17", "18", "19", "20"}

func countFeature(n, limit int) string { return smallCounts[min(limit, n)] }

// eventSide names which sides an event names.
func eventSide(e *truce.Event) string {
	switch {
	case len(e.Source) > 0 && len(e.Target) > 0:
		return "both"
	case len(e.Target) > 0:
		return "nosrc"
	case len(e.Source) > 0:
		return "notgt"
	}
	return "none"
}

func sideSector(as []truce.Actor) string {
	switch {
	case len(as) == 0:
		return "none"
	case as[0].Sector != "":
		return as[0].Sector
	case as[0].ID != "":
		return "grp"
	}
	return "unk"
}

// ruleRow names what fired for an event: its lexicon row by the row's
// first form and CAMEO code (which, unlike its line, stays when rows are
// added), or the rule file.
func (c *Coder) ruleRow(rule string) (kind, row string) {
	head, _, _ := strings.Cut(rule, " ")
	file, line, ok := strings.Cut(head, ":")
	if !ok {
		return "other", ""
	}
	if file != "triggers.tsv" {
		return file, ""
	}
	n, err := strconv.Atoi(line)
	if err != nil {
		return file, ""
	}
	return file, c.lex.rowKeys[n]
}

// eventFeatures adds the features of evs[i], the list in salience order
// before any is left out.
func (c *Coder) eventFeatures(s *confScore, evs []truce.Event, i int, published string) {
	e := &evs[i]
	side := eventSide(e)
	s.add("bias")
	s.add("t", e.Type)
	s.add("s", side)
	s.add("ts", e.Type, side)
	s.add("st", e.Status)
	s.add("tst", e.Type, e.Status)
	mode := e.Mode
	if mode == "" {
		mode = "-"
	}
	s.add("mode", e.Type, mode)
	inSentence, rank, sameType, otherBoth := 0, 0, false, false
	for j := range evs {
		o := &evs[j]
		if o.Evidence.Start != e.Evidence.Start {
			continue
		}
		inSentence++
		if j == i {
			continue
		}
		if j < i {
			rank++
		}
		sameType = sameType || o.Type == e.Type
		otherBoth = otherBoth || eventSide(o) == "both"
	}
	s.add("nev", countFeature(inSentence, 4))
	s.add("rank", countFeature(rank, 2))
	if sameType {
		s.add("sametype")
	}
	if otherBoth {
		s.add("otherboth")
		s.add("otherboth", side)
	}
	s.add("docpos", countFeature(i, 3))
	s.add("ndoc", countFeature(len(evs)/3, 4))
	kind, row := c.ruleRow(e.Rule)
	s.add("rk", kind)
	if row != "" {
		s.add("row", row)
	}
	if e.Fatalities != nil {
		s.add("fat")
	}
	if e.Injuries != nil {
		s.add("inj")
	}
	if e.ReportedBy != nil {
		s.add("rep")
	}
	prec := "nil"
	if e.Location != nil {
		prec = e.Location.Precision
	}
	s.add("loc", prec)
	s.add("ss", sideSector(e.Source))
	s.add("tsec", sideSector(e.Target))
	if len(e.Source) > 0 && len(e.Target) > 0 && e.Source[0].Country != "" && e.Source[0].Country == e.Target[0].Country {
		s.add("samecc")
	}
	if e.ACLEDType != "" {
		s.add("acled")
	}
	s.add("dp", e.DatePrecision)
	if len(e.Date) >= 7 && len(published) >= 7 && e.Date[:7] < published[:7] {
		s.add("older")
	}
	if e.RetaliatesFor != "" {
		s.add("retal")
	}
	s.add("conf", countFeature(int(math.Round(e.Confidence*20)), 20))
	s.add("len", countFeature(strings.Count(e.Evidence.Sentence, " ")/10, 5))
}

// screenByConfidence sets each event's confidence from the model and,
// unless KeepAll is set, leaves out those under its threshold but the
// ones kept keeps.
func (c *Coder) screenByConfidence(x *truce.Extraction) {
	if c.conf == nil && c.onFeatures == nil || len(x.Events) == 0 {
		return
	}
	screening := c.conf != nil && !c.KeepAll && c.conf.threshold > 0
	var answered map[string]bool
	if screening || c.onFeatures != nil {
		answered = map[string]bool{}
		for i := range x.Events {
			if id := x.Events[i].RetaliatesFor; id != "" {
				answered[id] = true
			}
		}
	}
	for i := range x.Events {
		e := &x.Events[i]
		s := confScore{m: c.conf}
		var keys []string
		if c.onFeatures != nil || c.Trace != nil {
			s.keys = &keys
		}
		// The features of an event read its own confidence, so each is
		// replaced once it has been read.
		c.eventFeatures(&s, x.Events, i, x.Document.Published)
		if c.onFeatures != nil {
			c.onFeatures(e.ID, keys, !kept(i, e, answered))
			continue
		}
		e.Confidence = math.Round(100/(1+math.Exp(-s.sum))) / 100
		if c.Trace != nil {
			c.traceConfidence(e, keys)
		}
	}
	if !screening {
		return
	}
	keep := x.Events[:0]
	for i, e := range x.Events {
		if e.Confidence >= c.conf.threshold || kept(i, &e, answered) {
			keep = append(keep, e)
			continue
		}
		if c.Trace != nil {
			fmt.Fprintf(c.Trace, "truce: %s event (%s) at %d-%d left out: confidence %.2f under the model's %.2f\n",
				e.Type, e.Rule, e.Evidence.Start, e.Evidence.End, e.Confidence, c.conf.threshold)
		}
	}
	x.Events = keep
}

// traceConfidence tells the trace an event's confidence and the features
// that weigh most in it, heaviest first.
func (c *Coder) traceConfidence(e *truce.Event, keys []string) {
	type weighed struct {
		key string
		w   float64
	}
	ws := make([]weighed, 0, len(keys))
	for _, k := range keys {
		if w := c.conf.w[featureHash(k)]; w != 0 {
			ws = append(ws, weighed{k, w})
		}
	}
	slices.SortStableFunc(ws, func(a, b weighed) int { return cmp.Compare(math.Abs(b.w), math.Abs(a.w)) })
	var b strings.Builder
	for i, w := range ws[:min(4, len(ws))] {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%s %+.2f", w.key, w.w)
	}
	fmt.Fprintf(c.Trace, "truce: %s event (%s) at %d-%d has confidence %.2f; most weight: %s\n",
		e.Type, e.Rule, e.Evidence.Start, e.Evidence.End, e.Confidence, b.String())
}

// kept reports whether the event at salience rank i stays whatever its
// confidence: the article's main event, an event with a toll, one ACLED
// records and a retaliation are what the record is for, and an event
// that declares a ceasefire or that a retaliation answers is referred to
// by another record; the model leaves out only the rest. Measured with a
// threshold of .20, this keeps ACLED weighted F1, fatalities, the PLOVER
// records and the founding article where they were, where leaving out
// any event lowered all four.
func kept(i int, e *truce.Event, answered map[string]bool) bool {
	return i == 0 || e.Fatalities != nil || e.Injuries != nil || e.ACLEDType != "" || e.RetaliatesFor != "" ||
		e.CeasefireID != "" || answered[e.ID]
}
