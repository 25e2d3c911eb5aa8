package geo

import (
	"strings"
	"testing"
)

// TestFindGenerated covers names only the generated gazetteer knows, and
// the cues that keep its 134,000 names from swamping the text.
func TestFindGenerated(t *testing.T) {
	g := MustLoad(t)
	tests := []struct {
		name string
		text string
		hint Hint
		want []want // text, name, country, precision
	}{
		{"big generated city", "Rescue teams reached Uruapan at dawn.", Hint{},
			[]want{{"Uruapan", "Uruapan", "MEX", "city"}}},
		{"small town needs context", "Fighting was reported in Ormara.", Hint{}, nil},
		{"small town with hint", "Fighting was reported in Ormara.", Hint{Countries: []string{"PAK"}},
			[]want{{"Ormara", "Ormara", "PAK", "city"}}},
		{"small town with country after it", "Fighting was reported in Ormara, Pakistan.", Hint{},
			[]want{{"Ormara", "Ormara", "PAK", "city"}, {"Pakistan", "Pakistan", "PAK", "country"}}},
		{"generated admin1 after a town", "Shooting was reported in Kelowna, British Columbia.", Hint{},
			[]want{{"Kelowna", "Kelowna", "CAN", "city"}, {"British Columbia", "British Columbia", "CAN", "admin1"}}},
		{"admin1 without its suffix", "Tribal fighting broke out in Enga.", Hint{Countries: []string{"PNG"}},
			[]want{{"Enga", "Enga Province", "PNG", "admin1"}}},
		{"title before a name", "President Jackson spoke in Jackson, Mississippi.", Hint{},
			[]want{{"Jackson", "Jackson", "USA", "city"}, {"Mississippi", "Mississippi", "USA", "admin1"}}},
		{"first name before a surname", "Vladimir Putin met Imran Khan.", Hint{}, nil},
		{"common word opening a sentence", "Police said the curfew would hold.", Hint{}, nil},
		{"common word inside a sentence", "The Taliban said Police and Union officials had left.", Hint{}, nil},
		{"acronym", "The UN and the EU condemned the strike.", Hint{}, nil},
		{"given name needs a focus country", "David said the shelters were full.", Hint{}, nil},
		{"given name in a focus country", "Migrants waited in David before heading north from Panama.", Hint{},
			[]want{{"David", "David", "PAN", "city"}, {"Panama", "Panama", "PAN", "country"}}},
		{"demonym gives focus", "Thai troops fired on positions near Surin.", Hint{},
			[]want{{"Surin", "Surin", "THA", "city"}}},
		{"possessive", "Sfax's port was closed.", Hint{},
			[]want{{"Sfax", "Sfax", "TUN", "city"}}},
		{"all-common multi-word name", "Officials at the Red Hill depot declined to comment.", Hint{}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := g.Find(tt.text, tt.hint)
			if len(got) != len(tt.want) {
				t.Fatalf("Find(%q) = %d places %+v, want %d", tt.text, len(got), got, len(tt.want))
			}
			for i, w := range tt.want {
				p := got[i]
				if p.Text != w.text || p.Name != w.name || p.Country != w.country || p.Precision != w.precision {
					t.Errorf("place %d = %q→%s/%s/%s, want %q→%s/%s/%s", i, p.Text, p.Name, p.Country, p.Precision, w.text, w.name, w.country, w.precision)
				}
				if p.GeonamesID == 0 && p.Precision == "city" {
					t.Errorf("place %d (%s) has no GeoNames id", i, p.Name)
				}
			}
		})
	}
}

// TestGeneratedKeys checks that the generated rows are keyed as Key keys
// them now: a change to normalisation must come with regenerated data.
func TestGeneratedKeys(t *testing.T) {
	g := MustLoad(t)
	if g.gen.base == int32(g.Len()) {
		t.Skip("no generated gazetteer")
	}
	bad := 0
	for i, key := range g.gen.keys {
		e := &g.entries[g.gen.base+int32(i)]
		if Key(e.Name) == key {
			continue
		}
		if e.Kind == KindAdmin1 && strings.HasPrefix(Key(e.Name), key+" ") {
			continue // "Enga Province" keyed as "enga"
		}
		if bad++; bad <= 10 {
			t.Errorf("row %q keyed %q, Key gives %q", e.Name, key, Key(e.Name))
		}
	}
}

func TestResolveGenerated(t *testing.T) {
	g := MustLoad(t)
	tests := []struct {
		name, query, hint     string
		wantName, wantCountry string
		ok                    bool
	}{
		{"big city", "Uruapan", "", "Uruapan", "MEX", true},
		{"village without hint", "Jermuk", "", "", "", false},
		{"village with hint", "Jermuk", "ARM", "Jermuk", "ARM", true},
		{"most populous of many", "Springfield", "", "Springfield", "USA", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var h Hint
			if tt.hint != "" {
				h.Countries = []string{tt.hint}
			}
			loc, ok := g.Resolve(tt.query, h)
			if ok != tt.ok || loc.Name != tt.wantName || loc.Country != tt.wantCountry {
				t.Errorf("Resolve(%q) = %s/%s %v, want %s/%s %v", tt.query, loc.Name, loc.Country, ok, tt.wantName, tt.wantCountry, tt.ok)
			}
		})
	}
}
