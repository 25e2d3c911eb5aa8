package code_test

// Constructions of wire copy written without the coder in mind, sixth
// round: an act named only as what something falls short of.

import (
	"testing"
)

// TestShortOfNoAct: "stops short of a ceasefire" names the act that was
// NOT reached; the noun after "short of" codes no event of its own.
func TestShortOfNoAct(t *testing.T) {
	tests := []struct{ text, typ string }{
		{"Ethiopia's army and the Tigray rebels signed a pledge in Nairobi late on Friday to let aid trucks through, after talks hosted by Kenya. The pledge stops short of a ceasefire.", "RETREAT"},
		{"Colombia's government and the ELN signed an accord in Havana on Monday to free hostages, after talks hosted by Cuba and Norway. The accord falls short of a truce.", "RETREAT"},
		{"Armenia and Azerbaijan signed a memorandum in Vienna on Monday. The text stopped well short of a full ceasefire, diplomats said.", "RETREAT"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			for _, ev := range mustExtract(t, tt.text, "2025-10-22").Events {
				if string(ev.Type) == tt.typ {
					t.Errorf("%s coded from the act fallen short of (%s)", ev.Type, ev.ID)
				}
			}
		})
	}
}

// TestFamilyNameFirst: Korean, Chinese and Vietnamese names put the
// family name first, and later mentions use it alone ("Lee lifted the
// decree" after "President Lee Jae-myung"); the act is still his.
func TestFamilyNameFirst(t *testing.T) {
	tests := []struct{ text, typ, src string }{
		{"South Korean President Lee Jae-myung declared a state of emergency on Monday. Police arrested dozens of protesters in Seoul. Lee lifted the decree on Tuesday.", "RETREAT", "KOR"},
		{"South Korean President Moon Jae-in met North Korean leader Kim Jong Un in Panmunjom on Friday. Moon later lifted the curfew in Seoul.", "RETREAT", "KOR"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			for _, ev := range mustExtract(t, tt.text, "2025-10-22").Events {
				if string(ev.Type) != tt.typ {
					continue
				}
				for _, a := range ev.Source {
					if a.ID == tt.src || a.Country == tt.src {
						return
					}
				}
			}
			t.Errorf("no %s event by %s", tt.typ, tt.src)
		})
	}
}
