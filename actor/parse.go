package actor

import (
	"bufio"
	"bytes"
	"fmt"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/truce-project/truce"
)

// File kinds.
const (
	kindCountries = "countries"
	kindSectors   = "sectors"
	kindGroups    = "groups"
	kindPeople    = "people"
)

// Entity kinds, which are also Mention kinds.
const (
	KindCountry = "country"
	KindDemonym = "demonym"
	KindCapital = "capital"
	KindGroup   = "group"
	KindOrg     = "org"
	KindPerson  = "person"
	KindSector  = "sector"
	kindTitle   = "title"
)

// maxLine bounds one line of a dictionary file.
const maxLine = 64 << 10

// role is one dated role of an entity: between from and to (inclusive,
// yyyymmdd, 0 = open) it is the actor id.
type role struct {
	from, to int
	id       string
	// Filled when the dictionary is built.
	country, sector string
}

// seat is a seat-of-government name ("Kremlin") standing for a state sector.
type seat struct {
	name, sector string
}

// entity is one country, group or person entry.
type entity struct {
	kind    string // KindCountry, KindGroup, KindOrg or KindPerson
	key     string // ISO3, group id or person name
	name    string
	country string
	sector  string
	roles   []role
	aliases []string
	// Countries only.
	demonyms []string
	capitals []string
	seats    []seat
	// src is "file:line" of the row that last set the entity's fields.
	src string
}

// noun is a sector noun or title.
type noun struct {
	phrase string
	sector string
	title  bool
	lower  bool // matched in lower case only: "the king", not "Martin Luther King"
	proper bool // matched only as written: "the House of Representatives", not "a house of representatives"
	src    string
}

// builder collects entries from the embedded and user files, in order.
type builder struct {
	version   string
	users     int
	countries []*entity
	groups    []*entity
	people    []*entity
	nouns     []*noun
	byKey     map[string]*entity // "c:PAK", "g:TTP", "p:Imran Khan"
	nounByKey map[string]*noun
	// locals are the nouns a country gives its own sector (actor39_local.go).
	locals     []*localNoun
	localByKey map[string]*localNoun // "THA:rangers"
}

func newBuilder() *builder {
	return &builder{byKey: map[string]*entity{}, nounByKey: map[string]*noun{}, localByKey: map[string]*localNoun{}}
}

// fileKind tells a file's kind from its "# kind:" header, else its name.
func fileKind(name string, data []byte) (string, error) {
	for line := range bytes.Lines(data) {
		s := strings.TrimSpace(string(line))
		if s == "" {
			continue
		}
		if !strings.HasPrefix(s, "#") {
			break
		}
		if k, ok := headerValue(s, "kind"); ok {
			switch k {
			case kindCountries, kindSectors, kindGroups, kindPeople:
				return k, nil
			}
			return "", truce.Errorf(truce.EINVALID, "actor file %s: unknown kind %q", name, k)
		}
	}
	base := strings.ToLower(filepath.Base(name))
	for _, k := range []string{kindCountries, kindSectors, kindGroups, kindPeople} {
		if strings.Contains(base, k) {
			return k, nil
		}
	}
	return "", truce.Errorf(truce.EINVALID,
		"actor file %s: cannot tell its kind: name it *countries*, *sectors*, *groups* or *people*, or add a \"# kind: groups\" line", name)
}

// headerValue returns the value of a "# key: value" comment line.
func headerValue(line, key string) (string, bool) {
	s := strings.TrimSpace(strings.TrimPrefix(line, "#"))
	k, v, ok := strings.Cut(s, ":")
	if !ok || !strings.EqualFold(strings.TrimSpace(k), key) {
		return "", false
	}
	return strings.TrimSpace(v), true
}

// addFile parses one dictionary file of the given kind and overlays it.
func (b *builder) addFile(name string, data []byte, kind string, user bool) error {
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 4096), maxLine)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		src := fmt.Sprintf("%s:%d", name, n)
		if !utf8.ValidString(line) {
			return truce.Errorf(truce.EINVALID, "actor file %s: invalid UTF-8", src)
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		if strings.HasPrefix(line, "#") {
			if v, ok := headerValue(line, "version"); ok && !user && b.version == "" {
				b.version = v
			}
			continue
		}
		var err error
		f := strings.Split(line, "\t")
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		switch kind {
		case kindCountries:
			err = b.addCountry(f, src)
		case kindSectors:
			err = b.addNoun(f, src)
		case kindGroups:
			err = b.addGroup(f, src)
		case kindPeople:
			err = b.addPerson(f, src)
		}
		if err != nil {
			return &truce.Error{Code: truce.EINVALID, Message: "actor file " + src, Err: err}
		}
	}
	if err := sc.Err(); err != nil {
		return truce.Errorf(truce.EINVALID, "actor file %s:%d: %v", name, n+1, err)
	}
	return nil
}

// fields checks the number of columns of a row.
func fields(f []string, min, max int, format string) error {
	if len(f) < min || len(f) > max {
		return fmt.Errorf("want %d to %d tab-separated columns (%s), got %d", min, max, format, len(f))
	}
	return nil
}

// col returns column i, or "" when the row is shorter.
func col(f []string, i int) string {
	if i < len(f) {
		return f[i]
	}
	return ""
}

func (b *builder) addCountry(f []string, src string) error {
	if err := fields(f, 2, 6, "iso3, name, aliases, demonyms, capitals, seats"); err != nil {
		return err
	}
	iso := f[0]
	if !isISO3(iso) {
		return fmt.Errorf("country code %q is not three capital letters", iso)
	}
	name, amb := strings.CutPrefix(f[1], "~")
	aliases, err := list(col(f, 2))
	if err != nil {
		return err
	}
	if amb {
		aliases = append(aliases, "~"+name)
	}
	demonyms, err := list(col(f, 3))
	if err != nil {
		return err
	}
	capitals, err := list(col(f, 4))
	if err != nil {
		return err
	}
	var seats []seat
	seatList, err := list(col(f, 5))
	if err != nil {
		return err
	}
	for _, s := range seatList {
		n, sec, ok := strings.Cut(s, ">")
		n, sec = strings.TrimSpace(n), strings.TrimSpace(sec)
		if !ok || n == "" {
			return fmt.Errorf("seat %q: want NAME>SECTOR", s)
		}
		if _, ok := sectorLabels[sec]; !ok {
			return fmt.Errorf("seat %q: unknown sector %q", s, sec)
		}
		seats = append(seats, seat{n, sec})
	}
	e := b.byKey["c:"+iso]
	if e == nil {
		if name == "" {
			return fmt.Errorf("new country %s needs a name", iso)
		}
		e = &entity{kind: KindCountry, key: iso, country: iso}
		b.byKey["c:"+iso] = e
		b.countries = append(b.countries, e)
	}
	if name != "" {
		e.name = name
		e.src = src
		if !amb {
			e.aliases = appendNew(e.aliases, name)
		}
	}
	e.aliases = appendNew(e.aliases, aliases...)
	e.demonyms = appendNew(e.demonyms, demonyms...)
	e.capitals = appendNew(e.capitals, capitals...)
	for _, s := range seats {
		replaced := false
		for i := range e.seats {
			if e.seats[i].name == s.name {
				e.seats[i] = s
				replaced = true
			}
		}
		if !replaced {
			e.seats = append(e.seats, s)
		}
	}
	return nil
}

func (b *builder) addNoun(f []string, src string) error {
	if err := fields(f, 2, 4, "phrases, sector, use, countries"); err != nil {
		return err
	}
	phrases, err := list(f[0])
	if err != nil {
		return err
	}
	if len(phrases) == 0 {
		return fmt.Errorf("no phrase")
	}
	sec := f[1]
	if _, ok := sectorLabels[sec]; !ok {
		return fmt.Errorf("unknown sector %q", sec)
	}
	use := col(f, 2)
	if use != "" && use != "title" && use != "lower" && use != "proper" {
		return fmt.Errorf("use %q: want empty, \"title\", \"lower\" or \"proper\"", use)
	}
	countries, err := list(col(f, 3))
	if err != nil {
		return err
	}
	if len(countries) > 0 {
		if use != "" {
			return fmt.Errorf("use %q: a country's own sector noun takes no use", use)
		}
		return b.addLocalNouns(phrases, countries, sec, src)
	}
	for _, p := range phrases {
		n := &noun{phrase: p, sector: sec, title: use == "title", lower: use == "lower", proper: use == "proper", src: src}
		key := "n:" + strings.ToLower(p)
		switch {
		case n.title:
			key = "t:" + p
		case n.lower:
			key = "l:" + strings.ToLower(p)
		case n.proper:
			key = "p:" + p
		}
		if old := b.nounByKey[key]; old != nil {
			*old = *n
			continue
		}
		b.nounByKey[key] = n
		b.nouns = append(b.nouns, n)
	}
	return nil
}

func (b *builder) addGroup(f []string, src string) error {
	if err := fields(f, 2, 6, "id, name, aliases, country, sector, roles"); err != nil {
		return err
	}
	id := f[0]
	if !isGroupID(id) {
		return fmt.Errorf("group id %q: want 1 to 32 capital letters, digits, '-' or '_'", id)
	}
	aliases, err := list(col(f, 2))
	if err != nil {
		return err
	}
	country, sec := col(f, 3), col(f, 4)
	if country != "" && !isISO3(country) {
		return fmt.Errorf("country %q is not a three-letter code", country)
	}
	if sec != "" {
		if _, ok := sectorLabels[sec]; !ok {
			return fmt.Errorf("unknown sector %q", sec)
		}
	}
	roles, err := parseRoles(col(f, 5))
	if err != nil {
		return err
	}
	e := b.byKey["g:"+id]
	if e == nil {
		if f[1] == "" || sec == "" {
			return fmt.Errorf("new group %s needs a name and a sector", id)
		}
		e = &entity{key: id}
		b.byKey["g:"+id] = e
		b.groups = append(b.groups, e)
	}
	if f[1] != "" {
		e.name = f[1]
		e.aliases = appendNew(e.aliases, f[1])
	}
	if country != "" || len(f) > 3 && f[1] != "" {
		e.country = country
	}
	if sec != "" {
		e.sector = sec
	}
	if roles != nil {
		e.roles = roles
	}
	e.kind = KindGroup
	if e.sector == "IGO" || e.sector == "NGO" {
		e.kind = KindOrg
	}
	e.src = src
	e.aliases = appendNew(e.aliases, aliases...)
	return nil
}

func (b *builder) addPerson(f []string, src string) error {
	if err := fields(f, 1, 4, "name, aliases, country, roles"); err != nil {
		return err
	}
	name := f[0]
	if name == "" {
		return fmt.Errorf("empty name")
	}
	aliases, err := list(col(f, 1))
	if err != nil {
		return err
	}
	country := col(f, 2)
	if country != "" && !isISO3(country) {
		return fmt.Errorf("country %q is not a three-letter code", country)
	}
	roles, err := parseRoles(col(f, 3))
	if err != nil {
		return err
	}
	e := b.byKey["p:"+name]
	if e == nil {
		e = &entity{kind: KindPerson, key: name, name: name, aliases: []string{name}}
		b.byKey["p:"+name] = e
		b.people = append(b.people, e)
	}
	if country != "" {
		e.country = country
	}
	if roles != nil {
		e.roles = roles
	}
	e.src = src
	e.aliases = appendNew(e.aliases, aliases...)
	return nil
}

// list splits a "|"-separated column, dropping a leading "the ".
func list(s string) ([]string, error) {
	if s == "" {
		return nil, nil
	}
	var out []string
	for p := range strings.SplitSeq(s, "|") {
		p = strings.TrimSpace(p)
		amb := strings.HasPrefix(p, "~")
		p = strings.TrimPrefix(p, "~")
		if low := strings.ToLower(p); strings.HasPrefix(low, "the ") {
			p = strings.TrimSpace(p[4:])
		}
		if p == "" {
			return nil, fmt.Errorf("empty name in list %q", s)
		}
		if len(tokenize(p, nil)) > maxPhraseTokens {
			return nil, fmt.Errorf("name %q is longer than %d words", p, maxPhraseTokens)
		}
		if amb {
			p = "~" + p
		}
		out = append(out, p)
	}
	return out, nil
}

func isISO3(s string) bool {
	if len(s) != 3 {
		return false
	}
	for i := 0; i < 3; i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

func isGroupID(s string) bool {
	if s == "" || len(s) > 32 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_') {
			return false
		}
	}
	return true
}

// appendNew appends the strings of add that dst does not hold yet.
func appendNew(dst []string, add ...string) []string {
next:
	for _, a := range add {
		for _, d := range dst {
			if d == a {
				continue next
			}
		}
		dst = append(dst, a)
	}
	return dst
}
