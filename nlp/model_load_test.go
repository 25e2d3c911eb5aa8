package nlp

import (
	"bytes"
	"compress/gzip"
	"reflect"
	"testing"
)

// TestModelStoredGzipped checks that the compact model, stored gzip'd
// rather than inflated, decodes to the same tagger, and that a damaged
// stream is refused.
func TestModelStoredGzipped(t *testing.T) {
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	if _, err := zw.Write([]byte(compactModel)); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	want, err := decodeModel([]byte(compactModel))
	if err != nil {
		t.Fatal(err)
	}
	got, err := decodeModel(gz.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Error("the gzip'd model decodes to another tagger")
	}
	if _, err := decodeModel(gz.Bytes()[:gz.Len()/2]); err == nil {
		t.Error("half the gzip'd model decoded without error")
	}
}
