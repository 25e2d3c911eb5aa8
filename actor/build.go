package actor

import (
	"fmt"
	"slices"
	"strings"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/bloom"
)

// target is what a dictionary phrase stands for.
type target struct {
	kind   string  // a Mention kind, or kindTitle
	ent    *entity // the country, group or person; nil for sector nouns
	sector string  // sector nouns, titles, seats and capitals
	amb    bool    // "~": also a common personal or place name
}

// phrase is one indexed name: its tokens after the first, and its target.
type phrase struct {
	rest []string // canonical tokens after the first (lower case when fold)
	n    int      // number of tokens
	fold bool     // matched case-insensitively
	t    target
	// generic: a group name of common name words only (markGeneric).
	generic bool
}

// build validates the collected entries and builds the index.
func (b *builder) build() (*Dictionary, error) {
	d := &Dictionary{
		version:   b.version,
		exact:     make(map[string][]*phrase, 2*(len(b.groups)+len(b.people))),
		fold:      map[string][]*phrase{},
		countries: make(map[string]*entity, len(b.countries)),
		groups:    make(map[string]*entity, len(b.groups)),
		people:    make(map[string]*entity, len(b.people)),
		names:     make(map[string]string, len(b.countries)*len(sectorLabels)),
	}
	if b.users > 0 {
		d.version += "+user"
	}
	for _, c := range b.countries {
		d.countries[c.key] = c
	}
	for _, g := range b.groups {
		if d.countries[g.key] != nil || d.stateID(g.key) {
			return nil, truce.Errorf(truce.EINVALID, "actor file %s: group id %s is a state actor id; give it a role instead", g.src, g.key)
		}
		if g.country != "" && d.countries[g.country] == nil {
			return nil, truce.Errorf(truce.EINVALID, "actor file %s: unknown country %s", g.src, g.country)
		}
		d.groups[g.key] = g
	}
	for _, p := range b.people {
		if p.country != "" && d.countries[p.country] == nil {
			return nil, truce.Errorf(truce.EINVALID, "actor file %s: unknown country %s", p.src, p.country)
		}
		d.people[p.key] = p
	}
	for _, e := range slices.Concat(b.groups, b.people) {
		for i := range e.roles {
			r := &e.roles[i]
			country, sector, ok := d.idActor(r.id)
			if !ok {
				return nil, truce.Errorf(truce.EINVALID, "actor file %s: role id %s is neither a group nor a state actor", e.src, r.id)
			}
			r.country, r.sector = country, sector
		}
	}
	for _, c := range b.countries {
		for sec, label := range sectorLabels {
			d.names[c.key+sec] = c.name + " " + label
		}
	}

	// Later entries win over earlier ones for the same phrase.
	seen := make(map[string]*phrase, 4*(len(b.groups)+len(b.people)))
	var kb []byte // a phrase's key in seen, built without a string
	add := func(text string, fold bool, t target) {
		if a, ok := strings.CutPrefix(text, "~"); ok {
			text, t.amb = a, true
		}
		a, tail := strings.CutPrefix(text, "^") // see markGeneric
		text = a
		toks := tokenize(text, nil)
		if len(toks) == 0 || !toks[0].word {
			return
		}
		words := make([]string, len(toks))
		for i, tk := range toks {
			w := text[tk.s:tk.e]
			if !tk.word {
				w = punct(w)
			} else if fold {
				w = strings.ToLower(w)
			}
			words[i] = w
		}
		switch {
		case fold:
			kb = append(kb[:0], 'f')
		case t.kind == kindTitle:
			kb = append(kb[:0], 't')
		default:
			kb = append(kb[:0], 'e')
		}
		for i, w := range words {
			if i > 0 {
				kb = append(kb, 0)
			}
			kb = append(kb, w...)
		}
		if p := seen[string(kb)]; p != nil {
			p.t, p.generic = t, p.generic || tail
			return
		}
		p := &phrase{rest: words[1:], n: len(words), fold: fold, t: t, generic: tail}
		seen[string(kb)] = p
		m := d.exact
		if fold {
			m = d.fold
		}
		m[words[0]] = append(m[words[0]], p)
	}
	for _, c := range b.countries {
		for _, a := range c.aliases {
			add(a, false, target{kind: KindCountry, ent: c})
		}
		for _, a := range c.demonyms {
			add(a, false, target{kind: KindDemonym, ent: c, sector: pluralSector(a, c.demonyms)})
		}
		for _, a := range c.capitals {
			add(a, false, target{kind: KindCapital, ent: c, sector: "GOV"})
		}
		for _, s := range c.seats {
			add(s.name, false, target{kind: KindCapital, ent: c, sector: s.sector})
		}
	}
	for _, g := range b.groups {
		for _, a := range g.aliases {
			add(a, false, target{kind: g.kind, ent: g})
		}
	}
	for _, g := range b.groups {
		for _, a := range unDotted(b.groups, g.aliases) {
			add(a, false, target{kind: g.kind, ent: g})
		}
	}
	for _, p := range b.people {
		for _, a := range p.aliases {
			add(a, false, target{kind: KindPerson, ent: p})
		}
	}
	for _, n := range b.nouns {
		switch {
		case n.title:
			add(n.phrase, false, target{kind: kindTitle, sector: n.sector})
		case n.lower:
			add(strings.ToLower(n.phrase), false, target{kind: KindSector, sector: n.sector})
		case n.proper:
			add(n.phrase, false, target{kind: KindSector, sector: n.sector})
		default:
			add(n.phrase, true, target{kind: KindSector, sector: n.sector})
		}
	}
	for _, m := range []map[string][]*phrase{d.exact, d.fold} {
		for _, ps := range m {
			slices.SortStableFunc(ps, func(a, b *phrase) int { return b.n - a.n })
		}
	}
	if err := b.buildLocal(d); err != nil {
		return nil, err
	}
	d.markGeneric()
	d.exactWords, d.foldWords = bloom.Of(d.exact), bloom.Of(d.fold)
	return d, nil
}

// stateID reports whether id is a country code followed by a sector code.
func (d *Dictionary) stateID(id string) bool {
	if len(id) != 6 || d.countries[id[:3]] == nil {
		return false
	}
	_, ok := sectorLabels[id[3:]]
	return ok
}

// idActor returns the country and sector an actor id stands for: a country
// code, a state actor id or a group id.
func (d *Dictionary) idActor(id string) (country, sector string, ok bool) {
	if c := d.countries[id]; c != nil {
		return id, "", true
	}
	if d.stateID(id) {
		return id[:3], id[3:], true
	}
	if g := d.groups[id]; g != nil {
		return g.country, g.sector, true
	}
	return "", "", false
}

// reportLag is how many days before its publication a report's events may
// lie: a role that ended that recently still holds in it.
const reportLag = 3

// resolve returns the id, country and sector of an entity on a day. A
// role that ended in the few days before still holds when none holds on
// the day: a report of a coup, published the day after, still calls the
// man it ousted "President" ("seized President Alpha Condé").
func (e *entity) resolve(day int) (id, country, sector string) {
	for _, r := range e.roles {
		if (r.from == 0 || day >= r.from) && (r.to == 0 || day <= r.to) {
			return r.id, r.country, r.sector
		}
	}
	if early := daysBefore(day, reportLag); early > 0 {
		for _, r := range e.roles {
			if r.to != 0 && r.to < day && r.to >= early {
				return r.id, r.country, r.sector
			}
		}
	}
	switch e.kind {
	case KindPerson:
		return "", e.country, ""
	case KindCountry:
		return e.key, e.key, ""
	}
	return e.key, e.country, e.sector
}

// String describes a phrase for test failures.
func (p *phrase) String() string {
	return fmt.Sprintf("%s %v (%d)", p.t.kind, p.rest, p.n)
}

// pluralSector returns "CVL" for a demonym that is the plural of another
// of the country's demonyms, and "" otherwise: "hundreds of Afghans" are
// Afghan people (AFGCVL), where "Afghan" alone only says whose.
func pluralSector(a string, demonyms []string) string {
	if s, ok := strings.CutSuffix(a, "s"); ok && slices.Contains(demonyms, s) {
		return "CVL"
	}
	return ""
}
