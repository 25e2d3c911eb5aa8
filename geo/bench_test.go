package geo

import (
	"testing"
)

// geoparseTexts returns the documents of the geoparsing set and the number
// of gold toponyms they hold.
func geoparseTexts(tb testing.TB) ([]geoparseDoc, int) {
	tb.Helper()
	var docs []geoparseDoc
	n := 0
	for _, f := range MustGeoparse(tb) {
		for _, d := range f.Documents {
			docs = append(docs, d)
			n += len(d.Places)
		}
	}
	return docs, n
}

// BenchmarkResolve resolves every gold toponym name of the geoparsing set
// on its own, reporting toponyms per second.
func BenchmarkResolve(b *testing.B) {
	g := MustLoad(b)
	docs, _ := geoparseTexts(b)
	var names []string
	for _, d := range docs {
		for _, p := range d.Places {
			names = append(names, p.Text)
		}
	}
	hint := Hint{Countries: []string{"PAK"}}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, n := range names {
			g.Resolve(n, hint)
		}
	}
	b.ReportMetric(float64(b.N*len(names))/b.Elapsed().Seconds(), "toponyms/s")
}

// BenchmarkFindGeoparse runs Find over every document of the geoparsing
// set, reporting gold toponyms found per second of text scanning.
func BenchmarkFindGeoparse(b *testing.B) {
	g := MustLoad(b)
	docs, n := geoparseTexts(b)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			g.Find(d.Text, Hint{Countries: d.Hint})
		}
	}
	b.ReportMetric(float64(b.N*n)/b.Elapsed().Seconds(), "toponyms/s")
}
