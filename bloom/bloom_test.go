package bloom

import (
	"fmt"
	"testing"
)

// Every word added passes, as a string and as bytes; the zero filter
// passes everything; and few words never added pass.
func TestFilter(t *testing.T) {
	keys := map[string]bool{}
	for i := range 5000 {
		keys[fmt.Sprintf("key%d", i)] = true
	}
	f := Of(keys)
	for k := range keys {
		if !MayHave(&f, k) || !MayHave(&f, []byte(k)) {
			t.Fatalf("%q was added but does not pass", k)
		}
	}
	passed := 0
	for i := range 5000 {
		if MayHave(&f, fmt.Sprintf("other%d", i)) {
			passed++
		}
	}
	if passed > 250 {
		t.Errorf("%d of 5000 words never added pass, want under 5%%", passed)
	}
	var zero Filter
	if !MayHave(&zero, "anything") {
		t.Error("the zero filter turned a word away")
	}
}
