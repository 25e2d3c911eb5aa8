package eval

import (
	"fmt"
	"io"
	"math"
	"text/tabwriter"
)

// Calibration scores the extractor's confidences against the gold: over
// the predicted events the gold judges, how near each event's confidence
// is to whether it matched a gold event (1) or not (0).
type Calibration struct {
	Events int `json:"events"`
	// Brier is the mean squared gap between confidence and outcome (0 is
	// perfect; always saying 0.5 scores 0.25).
	Brier float64 `json:"brier"`
	// Error is the expected calibration error: over ten bins of
	// confidence, the gap between the bin's mean confidence and the share
	// of its events that matched, weighted by the bin's events.
	Error float64          `json:"calibration_error"`
	Bins  []CalibrationBin `json:"bins"`
}

// CalibrationBin holds the judged events whose confidence is in [Low, High)
// (the last bin takes 1).
type CalibrationBin struct {
	Low            float64 `json:"low"`
	High           float64 `json:"high"`
	Events         int     `json:"events"`
	Matched        int     `json:"matched"`
	MeanConfidence float64 `json:"mean_confidence"`
}

// scored is one judged predicted event: its confidence and whether it
// matched.
type scored struct {
	confidence float64
	matched    bool
}

// calibration sums up the judged events; nil when there are none.
func calibration(evs []scored) *Calibration {
	if len(evs) == 0 {
		return nil
	}
	const nBins = 10
	c := &Calibration{Events: len(evs)}
	var sums [nBins]float64
	var bins [nBins]CalibrationBin
	for _, e := range evs {
		p := min(1, max(0, e.confidence))
		y := 0.0
		if e.matched {
			y = 1
		}
		c.Brier += (p - y) * (p - y)
		b := min(nBins-1, int(p*nBins))
		bins[b].Events++
		sums[b] += p
		if e.matched {
			bins[b].Matched++
		}
	}
	c.Brier /= float64(len(evs))
	for i := range bins {
		b := &bins[i]
		b.Low, b.High = float64(i)/nBins, float64(i+1)/nBins
		if b.Events == 0 {
			continue
		}
		b.MeanConfidence = sums[i] / float64(b.Events)
		c.Error += math.Abs(sums[i] - float64(b.Matched))
		c.Bins = append(c.Bins, *b)
	}
	c.Error /= float64(len(evs))
	return c
}

// write prints the confidence table, a row per bin.
func (c *Calibration) write(w io.Writer) error {
	if _, err := fmt.Fprintf(w, "\nconfidence of %d judged events:\n", c.Events); err != nil {
		return err
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	ew := &errWriter{w: tw}
	ew.printf("confidence\tevents\tmatched\tshare matched\tmean confidence\t\n")
	for _, b := range c.Bins {
		ew.printf("%.1f-%.1f\t%d\t%d\t%s\t%s\t\n", b.Low, b.High, b.Events, b.Matched, f3(ratio(b.Matched, b.Events)), f3(b.MeanConfidence))
	}
	if ew.err != nil {
		return ew.err
	}
	return tw.Flush()
}
