package eval

import (
	"bytes"
	"math"
	"strings"
	"testing"

	"github.com/truce-project/truce"
)

func TestCalibration(t *testing.T) {
	docs := MustLoad(t, "testdata/sudan.json")
	r := MustRun(t, docs, func(a *truce.Article) *truce.Extraction {
		x := perfect(t, a.Text)
		for i := range x.Events {
			x.Events[i].Confidence = 0.9
		}
		x.Events = append(x.Events, truce.Event{ID: "extra", Type: truce.Reject, Confidence: 0.2,
			Evidence: MustEvidence(t, a.Text, "Sudan’s government accused")})
		return x
	})
	c := r.Confidence
	if c == nil || c.Events != 6 || len(c.Bins) != 2 {
		t.Fatalf("calibration %+v, want 6 events in two bins", c)
	}
	near := func(a, b float64) bool { return math.Abs(a-b) < 1e-9 }
	// Five matched events at 0.9 and one false positive at 0.2.
	if !near(c.Brier, (5*0.01+0.04)/6) || !near(c.Error, (0.5+0.2)/6) {
		t.Errorf("Brier %v, error %v; want %v, %v", c.Brier, c.Error, (5*0.01+0.04)/6, (0.5+0.2)/6)
	}
	lo, hi := c.Bins[0], c.Bins[1]
	if lo.Low != 0.2 || lo.Events != 1 || lo.Matched != 0 || !near(lo.MeanConfidence, 0.2) ||
		hi.Low != 0.9 || hi.High != 1 || hi.Events != 5 || hi.Matched != 5 {
		t.Errorf("bins %+v", c.Bins)
	}
	var text bytes.Buffer
	if err := r.WriteText(&text); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"confidence of 6 judged events:", "0.9-1.0     5       5        1.000          0.900",
		"confidence: Brier=0.015 calibration error=0.117 over 6 judged events"} {
		if !strings.Contains(text.String(), want) {
			t.Errorf("text report lacks %q:\n%s", want, text.String())
		}
	}
}

func TestCalibrationBounds(t *testing.T) {
	if c := calibration(nil); c != nil {
		t.Errorf("no judged events: %+v, want nil", c)
	}
	c := calibration([]scored{{1, true}, {1.5, true}, {-0.5, false}})
	if c.Brier != 0 || c.Error != 0 || len(c.Bins) != 2 || c.Bins[1].Events != 2 || c.Bins[0].Low != 0 {
		t.Errorf("confidences 1, 1.5 (matched) and -0.5: %+v, want them clipped to 1, 1 and 0", c)
	}
}
