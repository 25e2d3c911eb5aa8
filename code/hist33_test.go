package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// TestHist33AdjunctYear checks that a participle after a comma ("…,
// accusing X of breaking the 2015 nuclear deal") takes its main clause's
// time: a year naming the accord after it, even with an adjective between
// ("the 2019 maritime agreement"), does not make it history. Sentences of
// our own.
func TestHist33AdjunctYear(t *testing.T) {
	tests := []struct{ name, text, source, target string }{
		{"nuclear deal", "Britain imposed sanctions on Iran on Thursday, accusing Tehran of failing to honour the 2015 nuclear deal.", "GBR", "IRN"},
		{"maritime agreement", "Kenya expelled two Somali diplomats on Friday, accusing Mogadishu of breaching the 2019 maritime agreement.", "KEN", "SOM"},
		{"military accord", "Seoul suspended its hotline with the North on Monday, accusing Pyongyang of violating the 2018 military accord.", "KOR", "PRK"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOf(t, tt.text, "2025-06-01", truce.Accuse)
			if len(evs) != 1 {
				t.Fatalf("%d accusations, want 1", len(evs))
			}
			if !hasActor(evs[0].Source, tt.source) || !hasActor(evs[0].Target, tt.target) {
				t.Errorf("sides %+v -> %+v, want %s -> %s", evs[0].Source, evs[0].Target, tt.source, tt.target)
			}
		})
	}
	// A participle describing a noun keeps the year's date.
	if n := len(mustExtract(t, "Washington moved to restore sanctions lifted under the 2015 nuclear deal.", "2025-06-01").Events); n > 1 {
		t.Errorf("lifted under the 2015 deal: %d events, want at most the restoring", n)
	}
}
