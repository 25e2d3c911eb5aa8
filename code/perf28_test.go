package code

import "testing"

// TestPerf28ReportKept checks, on every token of every demo sentence and
// of a few of its own, that governingReport's kept answer is the scan's,
// asked first and again.
func TestPerf28ReportKept(t *testing.T) {
	_, docs := readDemoDocs(t,
		"The ministry said that Armenian units had fired on a village, but the army reported calm.",
		"According to the UN, militias killed 12 people; the spokesman posted on X that the raid was over.",
		"Rebels, officials alleged, burned homes while the governor wrote that troops had withdrawn.")
	asked, governed := 0, 0
	for _, d := range docs {
		for _, st := range d.sents {
			if len(st.reports) != len(st.low)+1 {
				t.Fatalf("sentence %q: room for %d answers, want %d", st.s.Text, len(st.reports), len(st.low)+1)
			}
			for i := 0; i <= len(st.low); i++ {
				want := governingReportAt(st, i)
				for range 2 { // the first call reads, the second keeps
					if got := governingReport(st, i); got != want {
						t.Fatalf("governingReport(%q, %d) = %d, want %d", st.s.Text, i, got, want)
					}
				}
				asked++
				if want >= 0 {
					governed++
				}
			}
		}
	}
	if asked < 4000 || governed < 1000 {
		t.Fatalf("%d tokens, %d governed by a report: too few to tell", asked, governed)
	}
}
