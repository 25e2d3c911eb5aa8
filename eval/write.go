package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
)

// WriteJSON writes the report as one indented JSON object.
func (r *Report) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(r); err != nil {
		return fmt.Errorf("write eval report: %w", err)
	}
	return nil
}

// errWriter keeps the first write error so that printing code can go on
// without checking each line.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err == nil {
		_, e.err = fmt.Fprintf(e.w, format, args...)
	}
}

// clip shortens s to n code points for a terminal line.
func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

func f3(x float64) string { return fmt.Sprintf("%.3f", x) }

// WriteText prints the report for a terminal: a line per gold file, a
// table per field, the misses, the false positives, and a one-line summary
// last.
func (r *Report) WriteText(w io.Writer) error {
	ew := &errWriter{w: w}
	for _, f := range r.Files {
		ew.printf("%s: %d document(s), required %d/%d matched, %d/%d judged predicted matched, P=%s R=%s F1=%s",
			f.File, f.Documents, f.RequiredMatched, f.Required, f.PredictedMatched, f.PredictedJudged,
			f3(f.Precision), f3(f.Recall), f3(f.F1))
		if f.Failed > 0 {
			ew.printf(", %d extraction(s) failed", f.Failed)
		}
		ew.printf("\n")
	}
	if len(r.Fields) > 0 {
		ew.printf("\n")
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		tew := &errWriter{w: tw}
		tew.printf("field\tgold\tsatisfied\tP\tR\tF1\t\n")
		for _, f := range r.Fields {
			if f.NotScored {
				tew.printf("%s\t%d\tnot scored\t\t\t\t\n", f.Field, f.Total)
				continue
			}
			p, f1 := "-", "-"
			if f.WithValue > 0 {
				p, f1 = f3(f.Precision), f3(f.F1)
			}
			tew.printf("%s\t%d\t%d\t%s\t%s\t%s\t\n", f.Field, f.Total, f.Satisfied, p, f3(f.Recall), f1)
		}
		if tew.err == nil {
			tew.err = tw.Flush()
		}
		if ew.err == nil {
			ew.err = tew.err
		}
	}
	if len(r.ACLEDLabels) > 0 && ew.err == nil {
		ew.err = r.writeACLED(w)
	}
	if r.Confidence != nil && ew.err == nil {
		ew.err = r.Confidence.write(w)
	}
	if len(r.Misses) > 0 {
		ew.printf("\nmisses (%d):\n", len(r.Misses))
		for _, m := range r.Misses {
			ew.printf("  %s  %s [%s]  %q\n      %s\n", m.Key, m.File, m.Document, clip(m.Evidence, 100), m.Reason)
		}
	}
	if len(r.FalsePositives) > 0 {
		ew.printf("\nfalse positives (%d):\n", len(r.FalsePositives))
		for _, fp := range r.FalsePositives {
			ew.printf("  %s %s [%s] event #%d  %q\n      %s\n", fp.Type, fp.File, fp.Document, fp.EventIndex,
				clip(fp.Sentence, 100), fp.Judged)
		}
	}
	ew.printf("\n")
	if r.Failed > 0 {
		ew.printf("extraction failed on %d document(s)\n", r.Failed)
	}
	if len(r.ACLEDLabels) > 0 {
		ew.printf("acled: sub-event weighted F1=%.3f over %d types\n", r.ACLEDWeightedF1, len(r.ACLEDLabels))
	}
	if c := r.Confidence; c != nil {
		ew.printf("confidence: Brier=%s calibration error=%s over %d judged events\n", f3(c.Brier), f3(c.Error), c.Events)
	}
	if g := r.GSR; g != nil {
		ew.printf("plover-gsr: category accuracy=%s actor F1 source=%s target=%s (%d records)\n",
			f3(g.CategoryAccuracy), f3(g.SourceF1), f3(g.TargetF1), g.N)
	}
	ew.printf("events: P=%s R=%s F1=%s (required %d/%d matched, %d predicted judged, %d from no-event sentences)\n",
		f3(r.Precision), f3(r.Recall), f3(r.F1), r.RequiredMatched, r.Required, r.PredictedJudged, r.NoEventViolations)
	if ew.err != nil {
		return fmt.Errorf("write eval report: %w", ew.err)
	}
	return nil
}

// maxConfusions is how many label confusions the text report lists.
const maxConfusions = 20

// writeACLED prints each ACLED sub-event type's figures and the most
// frequent label confusions.
func (r *Report) writeACLED(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	ew := &errWriter{w: tw}
	ew.printf("\nacled sub-event type\tgold\tP\tR\tF1\t\n")
	for _, l := range r.ACLEDLabels {
		ew.printf("%s\t%d\t%s\t%s\t%s\t\n", l.Label, l.Support, f3(l.Precision), f3(l.Recall), f3(l.F1))
	}
	if n := len(r.ACLEDConfusions); n > 0 {
		ew.printf("\nacled confusions (gold => predicted)\tn\t\t\t\t\n")
		for _, c := range r.ACLEDConfusions[:min(n, maxConfusions)] {
			ew.printf("%s => %s\t%d\t\t\t\t\n", c.Gold, c.Predicted, c.N)
		}
	}
	if ew.err == nil {
		ew.err = tw.Flush()
	}
	return ew.err
}
