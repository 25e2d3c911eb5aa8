package geo

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"math"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/truce-project/truce"
)

//go:embed data/places.tsv
var embedded string

// embeddedName is how errors in the embedded data name their file.
const embeddedName = "geo/data/places.tsv"

// Kinds of gazetteer rows.
const (
	KindCountry  = "country"
	KindAdmin1   = "admin1"
	KindAdmin2   = "admin2"
	KindCity     = "city"
	KindTown     = "town"
	KindRegion   = "region"
	KindBorder   = "border"
	KindCrossing = "crossing"
	KindCamp     = "camp"
	KindSite     = "site"
)

// kindBonus weighs a kind against population when ranking candidates: a
// country outranks a province or state of the same name (Georgia, Niger),
// and a city outranks the province named after it (Kandahar, Khost).
var kindBonus = map[string]float64{
	KindCountry:  3,
	KindAdmin1:   0.5,
	KindAdmin2:   0.3,
	KindCity:     1.5,
	KindTown:     1.2,
	KindRegion:   0.6,
	KindBorder:   0.6,
	KindCrossing: 0.5,
	KindCamp:     0.5,
	KindSite:     0.4,
}

// Candidate is one gazetteer entry a name may refer to.
type Candidate struct {
	Name    string
	Kind    string
	Country string // ISO3 of the primary country
	Admin1  string
	// Countries lists every country the entry lies in, primary first; it
	// has more than one element for borders and regions across borders.
	Countries  []string
	Lat, Lon   float64
	Population int
	GeonamesID int
}

// Precision returns the truce.Location precision of the candidate's kind.
func (c Candidate) Precision() string {
	switch c.Kind {
	case KindCountry:
		return "country"
	case KindAdmin1, KindAdmin2, KindRegion:
		return "admin1"
	case KindBorder:
		return "border"
	}
	return "city"
}

// entry is a loaded row with what ranking needs.
type entry struct {
	Candidate
	score     float64
	admin1Key string
	feature   byte // generated rows: featCapital, featSeat, featSection or 0
	generated bool // the row comes from the generated gazetteer
}

// phrase is one spelling of one or more entries, split into words.
type phrase struct {
	words []string
	key   string
	// lineLike is set when some entry of the phrase is a border or region,
	// which may be written in lower case after "the" ("the yellow line").
	lineLike bool
	// acronym is set when every name of the key is an acronym ("UP"),
	// read only in capitals (see acronymName).
	acronym bool
}

// Gazetteer is an immutable loaded gazetteer, safe for concurrent use.
type Gazetteer struct {
	entries   []entry
	byKey     map[string][]int32   // normalised name → entries, best first
	byFirst   map[string][]*phrase // normalised first word → phrases, longest first
	countries map[string]int32     // ISO3 → country entry
	gen       generated            // the generated rows, after the curated ones
	shapes    shapes               // country outlines for CountryAt
	// findBufs holds Find's token buffers between calls (*findBuf).
	findBufs sync.Pool
}

// Load parses the embedded hand-curated gazetteer, then each extra file,
// which has the same format and adds rows to it, then the generated
// gazetteer of GeoNames cities, whose rows yield to curated ones of the same
// name (see loadGenerated), and the country outlines. Errors name the file
// and line and have code truce.EINVALID.
func Load(extra ...string) (*Gazetteer, error) {
	g := &Gazetteer{
		entries:   make([]entry, 0, 1400),
		byKey:     make(map[string][]int32, 2600),
		byFirst:   make(map[string][]*phrase, 2200),
		countries: make(map[string]int32, 260),
	}
	// The country outlines need nothing else of the gazetteer: they are
	// read beside the rest.
	var (
		outlines  sync.WaitGroup
		shapesErr error
	)
	defer outlines.Wait()
	outlines.Go(func() { shapesErr = g.shapes.load(shapesGz) })
	var aliases [][]string
	var err error
	if aliases, err = g.parse(embeddedName, strings.NewReader(embedded), aliases); err != nil {
		return nil, err
	}
	for _, path := range extra {
		f, err := os.Open(path)
		if err != nil {
			return nil, fmt.Errorf("load gazetteer %q: %w", path, err)
		}
		aliases, err = g.parse(path, f, aliases)
		f.Close()
		if err != nil {
			return nil, err
		}
	}
	g.index(aliases)
	if err := g.loadGenerated(citiesFS); err != nil {
		return nil, err
	}
	if outlines.Wait(); shapesErr != nil {
		return nil, shapesErr
	}
	return g, nil
}

// parse reads rows from r, appending entries and their spellings.
func (g *Gazetteer) parse(file string, r io.Reader, aliases [][]string) ([][]string, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1024*1024)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
			continue
		}
		e, names, err := parseRow(text)
		if err != nil {
			return nil, truce.Errorf(truce.EINVALID, "parse gazetteer %s:%d: %v", file, line, err)
		}
		if e.Kind == KindCountry {
			g.countries[e.Country] = int32(len(g.entries))
		}
		g.entries = append(g.entries, e)
		aliases = append(aliases, names)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read gazetteer %s:%d: %w", file, line+1, err)
	}
	return aliases, nil
}

// parseRow parses one data line: name, aliases, kind, countries, admin1,
// lat, lon, population, geonames_id.
func parseRow(text string) (entry, []string, error) {
	f := strings.Split(text, "\t")
	if len(f) != 9 {
		return entry{}, nil, fmt.Errorf("want 9 tab-separated fields, got %d", len(f))
	}
	var e entry
	e.Name = strings.TrimSpace(f[0])
	if e.Name == "" || len(splitName(e.Name)) == 0 {
		return entry{}, nil, fmt.Errorf("empty name")
	}
	e.Kind = strings.TrimSpace(f[2])
	if _, ok := kindBonus[e.Kind]; !ok {
		return entry{}, nil, fmt.Errorf("unknown kind %q", e.Kind)
	}
	for c := range strings.SplitSeq(f[3], "|") {
		c = strings.TrimSpace(c)
		if !isISO3(c) {
			return entry{}, nil, fmt.Errorf("bad country code %q", c)
		}
		e.Countries = append(e.Countries, c)
	}
	e.Country = e.Countries[0]
	e.Admin1 = strings.TrimSpace(f[4])
	if e.Kind == KindAdmin1 && e.Admin1 == "" {
		e.Admin1 = e.Name
	}
	var err error
	if e.Lat, err = strconv.ParseFloat(strings.TrimSpace(f[5]), 64); err != nil || e.Lat < -90 || e.Lat > 90 {
		return entry{}, nil, fmt.Errorf("bad latitude %q", f[5])
	}
	if e.Lon, err = strconv.ParseFloat(strings.TrimSpace(f[6]), 64); err != nil || e.Lon < -180 || e.Lon > 180 {
		return entry{}, nil, fmt.Errorf("bad longitude %q", f[6])
	}
	if e.Population, err = strconv.Atoi(strings.TrimSpace(f[7])); err != nil || e.Population < 0 {
		return entry{}, nil, fmt.Errorf("bad population %q", f[7])
	}
	if e.GeonamesID, err = strconv.Atoi(strings.TrimSpace(f[8])); err != nil || e.GeonamesID < 0 {
		return entry{}, nil, fmt.Errorf("bad geonames_id %q", f[8])
	}
	e.score = math.Log10(float64(e.Population)+10) + kindBonus[e.Kind]
	e.admin1Key = normKey(e.Admin1)
	names := []string{e.Name}
	for a := range strings.SplitSeq(f[1], "|") {
		if a = strings.TrimSpace(a); a != "" {
			names = append(names, a)
		}
	}
	return e, names, nil
}

func isISO3(c string) bool {
	if len(c) != 3 {
		return false
	}
	for i := 0; i < 3; i++ {
		if c[i] < 'A' || c[i] > 'Z' {
			return false
		}
	}
	return true
}

// index builds the name and first-word maps once every row is read.
func (g *Gazetteer) index(aliases [][]string) {
	phrases := make(map[string]*phrase, 2600)
	for i, names := range aliases {
		e := &g.entries[i]
		for _, n := range names {
			words := splitName(n)
			if len(words) == 0 {
				continue
			}
			key := strings.Join(words, " ")
			if slices.Contains(g.byKey[key], int32(i)) {
				markAcronym(phrases[key], n, false)
				continue
			}
			g.byKey[key] = append(g.byKey[key], int32(i))
			p := phrases[key]
			first := p == nil
			if p == nil {
				p = &phrase{words: words, key: key}
				phrases[key] = p
				g.byFirst[words[0]] = append(g.byFirst[words[0]], p)
			}
			markAcronym(p, n, first)
			if e.Kind == KindBorder || e.Kind == KindRegion {
				p.lineLike = true
			}
		}
	}
	for _, ids := range g.byKey {
		slices.SortStableFunc(ids, func(a, b int32) int {
			return -cmpFloat(g.entries[a].score, g.entries[b].score)
		})
	}
	for _, ps := range g.byFirst {
		slices.SortStableFunc(ps, func(a, b *phrase) int { return len(b.words) - len(a.words) })
	}
}

func cmpFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// Len returns the number of rows in the gazetteer.
func (g *Gazetteer) Len() int { return len(g.entries) }

// All returns every row, in file order.
func (g *Gazetteer) All() []Candidate {
	out := make([]Candidate, len(g.entries))
	for i := range g.entries {
		out[i] = g.entries[i].Candidate
	}
	return out
}

// Lookup returns the candidates for a name (case-insensitive,
// diacritics-insensitive: "Turkiye" finds Türkiye), best first by population
// and kind. It returns nil for an unknown name.
func (g *Gazetteer) Lookup(name string) []Candidate {
	ids := g.idsOf(normKey(name))
	if len(ids) == 0 {
		return nil
	}
	out := make([]Candidate, len(ids))
	for i, id := range ids {
		out[i] = g.entries[id].Candidate
	}
	return out
}

// idsOf returns the curated and generated rows spelled key, best first.
func (g *Gazetteer) idsOf(key string) []int32 {
	cur := g.byKey[key]
	lo, hi := g.gen.rangeOf(key)
	if lo == hi {
		return cur
	}
	ids := make([]int32, 0, len(cur)+int(hi-lo))
	ids = append(ids, cur...)
	for id := lo; id < hi; id++ {
		ids = append(ids, id)
	}
	if len(ids) > 1 {
		slices.SortStableFunc(ids, func(a, b int32) int {
			return -cmpFloat(g.entries[a].score, g.entries[b].score)
		})
	}
	return ids
}

// Country returns the country row for an ISO3 code.
func (g *Gazetteer) Country(iso3 string) (Candidate, bool) {
	i, ok := g.countries[strings.ToUpper(strings.TrimSpace(iso3))]
	if !ok {
		return Candidate{}, false
	}
	return g.entries[i].Candidate, true
}

// earthRadiusKm is the mean radius of the Earth.
const earthRadiusKm = 6371.0088

// Distance returns the great-circle distance in km between two points given
// in decimal degrees, by the haversine formula.
func Distance(lat1, lon1, lat2, lon2 float64) float64 {
	rad := math.Pi / 180
	dLat := (lat2 - lat1) * rad
	dLon := (lon2 - lon1) * rad
	a := math.Sin(dLat/2)*math.Sin(dLat/2) +
		math.Cos(lat1*rad)*math.Cos(lat2*rad)*math.Sin(dLon/2)*math.Sin(dLon/2)
	return 2 * earthRadiusKm * math.Asin(math.Min(1, math.Sqrt(a)))
}
