package nlp

import (
	"bytes"
	"flag"
	"os"
	"testing"
)

var update = flag.Bool("update", false, "regenerate data/tagger.bin from prose's model")

// TestCompactModel checks that the embedded compact model is exactly prose's
// model re-encoded; with -update it writes it.
func TestCompactModel(t *testing.T) {
	want, err := proseTagger()
	if err != nil {
		t.Fatal(err)
	}
	enc, err := encodeModel(want)
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile("data/tagger.bin", enc, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := decodeModel([]byte(compactModel))
	if err != nil {
		t.Fatal(err)
	}
	again, err := encodeModel(got)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(again, enc) {
		t.Fatal("data/tagger.bin differs from prose's model: run go test ./nlp -run TestCompactModel -update")
	}
}

func TestDecodeModelRejectsBadInput(t *testing.T) {
	for name, b := range map[string][]byte{
		"empty":      nil,
		"magic only": []byte("truce-tagger/1"),
		"truncated":  []byte(compactModel[:len(compactModel)/2]),
	} {
		if _, err := decodeModel(b); err == nil {
			t.Errorf("%s: decoded without error", name)
		}
	}
}

func BenchmarkLoadTagger(b *testing.B) {
	for b.Loop() {
		if _, err := loadTagger(); err != nil {
			b.Fatal(err)
		}
	}
}
