package nlp

import (
	"reflect"
	"testing"
)

// TestModelStoredInflated checks that the compact model, stored inflated
// rather than gzip'd, decodes to the same tagger.
func TestModelStoredInflated(t *testing.T) {
	raw, err := inflate(compactModel)
	if err != nil {
		t.Fatal(err)
	}
	want, err := decodeModel(compactModel)
	if err != nil {
		t.Fatal(err)
	}
	got, err := decodeModel([]byte(raw))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Error("the inflated model decodes to another tagger")
	}
	if _, err := decodeModel([]byte(raw[:len(raw)/2])); err == nil {
		t.Error("half the inflated model decoded without error")
	}
}
