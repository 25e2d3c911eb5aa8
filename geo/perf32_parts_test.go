package geo

import (
	"fmt"
	"io/fs"
	"testing"
)

// TestEmbeddedParts checks that each part embedded as a string is the
// file citiesFS holds, and that citiesFS holds no inflated part beyond them.
func TestEmbeddedParts(t *testing.T) {
	for i := 0; ; i++ {
		name := fmt.Sprintf("data/cities-%d.tsv", i)
		data, err := fs.ReadFile(citiesFS, name)
		text, ok := embeddedPart(citiesFS, name)
		if err != nil {
			if ok {
				t.Errorf("%s embedded but not in citiesFS", name)
			}
			break
		}
		if !ok {
			t.Fatalf("%s is in citiesFS but not embedded as a string: add it to perf32_parts.go", name)
		}
		if text != string(data) {
			t.Errorf("%s: embedded string differs from citiesFS's file", name)
		}
	}
	if _, ok := embeddedPart(nil, "data/cities-0.tsv"); ok {
		t.Error("embeddedPart answers for another file system")
	}
}
