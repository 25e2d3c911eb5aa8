package nlp

import (
	"bytes"
	"compress/gzip"
	"reflect"
	"testing"
)

// TestLoadModelSameAsDecodeCompact checks that decoding the embedded
// model where it lies gives the tagger decodeCompact gives from a copy,
// stored inflated or gzip'd.
func TestLoadModelSameAsDecodeCompact(t *testing.T) {
	want, err := decodeCompact([]byte(compactModel), false)
	if err != nil {
		t.Fatal(err)
	}
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	if _, err := zw.Write([]byte(compactModel)); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	for name, text := range map[string]string{"inflated": compactModel, "gzip'd": gz.String()} {
		got, err := loadModel(text)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: loadModel gives another tagger than decodeCompact", name)
		}
	}
	if _, err := loadModel(compactModel[:len(compactModel)/2]); err == nil {
		t.Error("half the model loaded without error")
	}
}
