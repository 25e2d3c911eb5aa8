package actor

import (
	"strings"
	"testing"
)

// mustEmbedded parses the embedded data files into a builder.
func mustEmbedded(tb testing.TB) *builder {
	tb.Helper()
	b := newBuilder()
	for _, f := range embedded {
		data, err := dataFS.ReadFile(f.file)
		if err != nil {
			tb.Fatal(err)
		}
		if err := b.addFile(f.file, data, f.kind, false); err != nil {
			tb.Fatal(err)
		}
	}
	return b
}

func TestDataCounts(t *testing.T) {
	b := mustEmbedded(t)
	tests := []struct {
		name string
		got  int
		min  int
	}{
		{"countries (UN members plus PSE, XKX, TWN, ESH)", len(b.countries), 197},
		{"groups and organisations", len(b.groups), 80},
		{"people", len(b.people), 50},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.got < tt.min {
				t.Errorf("%d entries, want at least %d", tt.got, tt.min)
			}
		})
	}
}

func TestDataRequiredIDs(t *testing.T) {
	d := MustLoad(t)
	ids := `TTP TAL ISIS ISKP BLA HAMAS PIJ HEZBOLLAH HOUTHI ALSHABAAB JNIM BOKOHARAM ISWAP
		RSF M23 ADF WAGNER HTS SDF PKK ARSA AA UN UNSC UNHCR UNICEF WHO WFP OCHA UNRWA IAEA
		ICC ICJ ICRC MSF NATO EU AU ASEAN OIC GCC ARABLEAGUE ECOWAS SADC EAC OSCE IMF WB
		PAK AFG ISR UKR RUS SDN PSE XKX TWN ESH USA GBR COD CIV MMR TUR`
	for _, id := range strings.Fields(ids) {
		if _, ok := d.Lookup(id, MustDate(t, "2020-01-01")); !ok {
			t.Errorf("Lookup(%q) unknown", id)
		}
	}
	orgs := map[string]string{"ICRC": "NGO", "MSF": "NGO", "UN": "IGO", "NATO": "IGO", "WB": "IGO"}
	for id, sec := range orgs {
		if a, _ := d.Lookup(id, MustDate(t, "2020-01-01")); a.Sector != sec {
			t.Errorf("Lookup(%q).Sector = %q, want %q", id, a.Sector, sec)
		}
	}
}

// TestDataCountryRefs checks that every country code and state actor id in
// groups and people refers to a country in countries.tsv.
func TestDataCountryRefs(t *testing.T) {
	b := mustEmbedded(t)
	countries := map[string]bool{}
	for _, c := range b.countries {
		if countries[c.key] {
			t.Errorf("country %s listed twice", c.key)
		}
		countries[c.key] = true
	}
	groups := map[string]bool{}
	for _, g := range b.groups {
		groups[g.key] = true
	}
	for _, e := range append(append([]*entity{}, b.groups...), b.people...) {
		if e.country != "" && !countries[e.country] {
			t.Errorf("%s: %s: unknown country %q", e.src, e.key, e.country)
		}
		for _, r := range e.roles {
			switch {
			case groups[r.id]:
			case len(r.id) == 3:
				if !countries[r.id] {
					t.Errorf("%s: %s: role %s is not a country", e.src, e.key, r.id)
				}
			case len(r.id) == 6:
				if !countries[r.id[:3]] || sectorLabels[r.id[3:]] == "" {
					t.Errorf("%s: %s: role %s is not a state actor", e.src, e.key, r.id)
				}
			default:
				t.Errorf("%s: %s: role %s is neither group nor state actor", e.src, e.key, r.id)
			}
		}
	}
}

// TestDataNoAmbiguousPhrases checks that no phrase of the embedded data
// stands for two different things, which would make the result depend on
// the order of the files.
func TestDataNoAmbiguousPhrases(t *testing.T) {
	b := mustEmbedded(t)
	type owner struct{ kind, key, sector string }
	seen := map[string]owner{}
	check := func(text string, fold bool, o owner) {
		text = strings.TrimPrefix(text, "~")
		key := text
		if fold {
			key = "fold:" + strings.ToLower(text)
		} else if o.kind == kindTitle {
			key = "title:" + text
		}
		if old, ok := seen[key]; ok && old != o {
			t.Errorf("phrase %q is both %v and %v", text, old, o)
		}
		seen[key] = o
	}
	for _, c := range b.countries {
		for _, a := range c.aliases {
			check(a, false, owner{"c", c.key, ""})
		}
		for _, a := range c.demonyms {
			check(a, false, owner{"c", c.key, ""})
		}
		for _, a := range c.capitals {
			check(a, false, owner{"c", c.key, ""})
		}
		for _, s := range c.seats {
			check(s.name, false, owner{"c", c.key, ""})
		}
	}
	for _, g := range b.groups {
		for _, a := range g.aliases {
			check(a, false, owner{"g", g.key, ""})
		}
	}
	for _, p := range b.people {
		for _, a := range p.aliases {
			check(a, false, owner{"p", p.key, ""})
		}
	}
	for _, n := range b.nouns {
		kind := KindSector
		if n.title {
			kind = kindTitle
		}
		check(n.phrase, !n.title, owner{kind, "", n.sector})
	}
}

func TestDataRolesOrdered(t *testing.T) {
	b := mustEmbedded(t)
	for _, e := range append(append([]*entity{}, b.groups...), b.people...) {
		for i := 1; i < len(e.roles); i++ {
			prev, r := e.roles[i-1], e.roles[i]
			if prev.to == 0 || r.from == 0 || r.from <= prev.to {
				t.Errorf("%s: %s: roles %d and %d overlap or are open", e.src, e.key, i-1, i)
			}
		}
	}
}
