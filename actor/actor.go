package actor

import (
	"embed"
	"fmt"
	"os"
	"time"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/bloom"
)

//go:embed data/*.tsv
var dataFS embed.FS

// embedded lists the embedded data files in load order: countries first, so
// that groups and people can refer to them.
var embedded = []struct{ file, kind string }{
	{"data/countries.tsv", kindCountries},
	{"data/sectors.tsv", kindSectors},
	{"data/groups.tsv", kindGroups},
	{"data/people.tsv", kindPeople},
}

// Dictionary is an immutable, loaded actor dictionary, safe for concurrent
// use.
type Dictionary struct {
	version   string
	exact     map[string][]*phrase    // case-sensitive phrases by first token
	fold      map[string][]*phrase    // sector nouns by lower-cased first token
	countries map[string]*entity      // by ISO3
	groups    map[string]*entity      // by id
	people    map[string]*entity      // by canonical name
	names     map[string]string       // state actor id ("PAKMIL") -> name
	local     map[string][]*localNoun // a country's own sector nouns, by ISO3 (actor39_local.go)
	// exactWords and foldWords filter the keys of exact and fold
	// (perf22_filter.go).
	exactWords, foldWords bloom.Filter
}

// Mention is an actor named in a text.
type Mention struct {
	// Start and End are byte offsets into the text given to Find; a
	// possessive "'s" after the name is not included.
	Start, End int
	// Text is the words as written.
	Text string
	// Actor is resolved for the date: Text, Name, ID, Country and Sector are
	// filled. A bare sector noun has an empty ID and Country.
	Actor truce.Actor
	// Kind is "country" (a name), "demonym", "capital" (also seats of
	// government such as "the Kremlin"), "group", "person", "org" or
	// "sector".
	Kind string
}

// Load returns the embedded dictionary with the user files extra overlaid on
// it, in order. A user file has the same TSV format as the embedded file of
// its kind, told by a "# kind: countries|sectors|groups|people" header line
// or else by its file name. A user entry with an existing id (a country's
// ISO3, a group's id, a person's name, a sector phrase) adds aliases to it
// and replaces the fields it gives; other entries are added. Errors are
// *truce.Error with code EINVALID naming the file and line.
func Load(extra ...string) (*Dictionary, error) {
	b := newBuilder()
	for _, f := range embedded {
		data, err := dataFS.ReadFile(f.file)
		if err != nil {
			return nil, fmt.Errorf("load actor data %q: %w", f.file, err)
		}
		if err := b.addFile(f.file, data, f.kind, false); err != nil {
			return nil, err
		}
	}
	for _, name := range extra {
		data, err := os.ReadFile(name)
		if err != nil {
			return nil, fmt.Errorf("load actor file %q: %w", name, err)
		}
		kind, err := fileKind(name, data)
		if err != nil {
			return nil, err
		}
		b.users++
		if err := b.addFile(name, data, kind, true); err != nil {
			return nil, err
		}
	}
	return b.build()
}

// Version returns the data version string, such as "2025.11", with "+user"
// appended when user files were overlaid.
func (d *Dictionary) Version() string { return d.version }

// Lookup resolves an id for the date (zero date = today): a group or
// organisation id ("TTP", "UN"), a country code ("PAK"), a state actor id
// ("AFGGOV") or a person's canonical name. Roles apply, so "TAL" on or
// after 2021-08-15 is AFGGOV. It returns false if the id is unknown.
func (d *Dictionary) Lookup(id string, date time.Time) (truce.Actor, bool) {
	day := dayOf(orToday(date))
	if g := d.groups[id]; g != nil {
		return d.entityActor(g, day, ""), true
	}
	if p := d.people[id]; p != nil {
		return d.entityActor(p, day, ""), true
	}
	if c := d.countries[id]; c != nil {
		return truce.Actor{Name: c.name, ID: id, Country: id}, true
	}
	if d.stateID(id) {
		return truce.Actor{Name: d.names[id], ID: id, Country: id[:3], Sector: id[3:]}, true
	}
	return truce.Actor{}, false
}

// Country returns the canonical name of an ISO3 code.
func (d *Dictionary) Country(iso3 string) (string, bool) {
	if c := d.countries[iso3]; c != nil {
		return c.name, true
	}
	return "", false
}

// entityActor resolves a group, organisation or person for a day.
func (d *Dictionary) entityActor(e *entity, day int, text string) truce.Actor {
	id, country, sector := e.resolve(day)
	return truce.Actor{Text: text, Name: e.name, ID: id, Country: country, Sector: sector}
}

func orToday(t time.Time) time.Time {
	if t.IsZero() {
		return time.Now()
	}
	return t
}
