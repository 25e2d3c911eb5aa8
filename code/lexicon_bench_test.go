package code

import "testing"

// BenchmarkLoadLexicon measures the coder's own share of start-up: reading
// the TSV tables and expanding and indexing every trigger form.
func BenchmarkLoadLexicon(b *testing.B) {
	for b.Loop() {
		if _, err := loadLexicon(); err != nil {
			b.Fatal(err)
		}
	}
}
