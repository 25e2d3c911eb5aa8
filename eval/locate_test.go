package eval

import (
	"strings"
	"testing"
)

func TestLocate(t *testing.T) {
	long := "Start here. " + strings.Repeat("x", 450) + " end there."
	tests := []struct {
		name, text, evidence string
		want                 span
		ok                   bool
	}{
		{"plain", "One. Two three. Four.", "Two three", span{5, 14}, true},
		{"case and spaces", "One.  TWO \n\t three.", "two three", span{6, 18}, true},
		{"curly quotes in text", "He said “no” to the ‘deal’.", `said "no" to the 'deal'`, span{3, 26}, true},
		{"curly quotes in evidence", `the "deal" held`, "the “deal” held", span{0, 15}, true},
		{"dashes", "a 48-hour truce—broken", "48–hour truce - broken", span{2, 22}, false},
		{"em dash both", "truce — brokered", "truce - brokered", span{0, 16}, true},
		{"code points not bytes", "Ça va. Kabul’s strikes", "kabul's strikes", span{7, 22}, true},
		{"gap", "The UN reports that the TTP, armed anew, has intensified attacks.", "The UN reports that the TTP ... has intensified attacks", span{0, 64}, true},
		{"unicode ellipsis gap", "alpha beta gamma delta", "alpha…delta", span{0, 22}, true},
		{"gap pieces out of order", "alpha beta gamma", "gamma ... alpha", span{}, false},
		{"gap too wide", long, "start here ... end there", span{}, false},
		{"gap within limit", strings.Replace(long, strings.Repeat("x", 450), strings.Repeat("x", 390), 1), "start here ... end there", span{0, 412}, true},
		{"second first-piece occurrence", "ab x. ab " + strings.Repeat("y", 500) + " cd", "ab ... cd", span{}, false},
		{"absent", "One. Two.", "Three", span{}, false},
		{"only dots", "One. Two.", "...", span{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := fold(tt.text).locate(tt.evidence)
			if ok != tt.ok || (ok && got != tt.want) {
				t.Errorf("locate(%q) = %v %v, want %v %v", tt.evidence, got, ok, tt.want, tt.ok)
			}
		})
	}
}

func TestLocateLaterOccurrence(t *testing.T) {
	// The first "ab" is followed by "cd" too far away; the second is near.
	text := "ab " + strings.Repeat("y", 500) + " ab cd"
	got, ok := fold(text).locate("ab ... cd")
	if !ok || got != (span{504, 509}) {
		t.Errorf("got %v %v, want {504 509} true", got, ok)
	}
}
