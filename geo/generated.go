package geo

import (
	"bytes"
	"compress/gzip"
	"embed"
	"encoding/binary"
	"fmt"
	"io"
	"io/fs"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/bloom"
)

// citiesFS holds the generated gazetteer, built by internal/gengaz from
// GeoNames data: one city per line, sorted by key, split over numbered
// parts (cities-0.tsv, cities-1.tsv, …) read in parallel. The parts are
// stored inflated, which makes the binary about 6 MB bigger and start-up
// 60 ms faster on one core; a part stored gzip'd (cities-0.tsv.gz) is read
// too; see readPart.
//
//go:embed data/cities-*
var citiesFS embed.FS

// Generated rows whose name a curated row also spells are kept only when
// they are big and far from every curated row of that name in their
// country: the curators decided what "Kabul" means; a second Kabul of a few
// thousand people would only add noise.
const (
	shadowPopulation = 50000
	shadowKm         = 50.0
)

// Feature marks of generated rows (see internal/gengaz).
const (
	featCapital byte = 'C'
	featSeat    byte = 'A'
	featSection byte = 'X'
	featAdmin1  byte = 'R'
)

// admin1Discount lowers a generated admin1 row's weight: its population is
// a sum over cities, and a unit is named less often than its namesakes.
const admin1Discount = 1.0

// generated indexes the rows loaded from citiesGz, which sit at the end of
// Gazetteer.entries in key order.
type generated struct {
	base int32    // index in entries of the first generated row
	keys []string // keys[i] is the key of entries[base+i]; sorted
	// starts[p] is the first key whose two-byte prefix p (see prefixOf)
	// is at least p; span searches only the keys of its word's prefix.
	// Nil until indexPrefixes runs.
	starts []int32
	// thirdAt and thirds index the keys of large prefixes by their third
	// byte (indexThirds).
	thirdAt, thirds []int32
	// firsts filters the keys' first words (indexFirstWords).
	firsts bloom.Filter
}

// rangeOf returns the generated rows [lo, hi) spelled key, as indexes into
// entries; lo == hi when there are none.
func (gen *generated) rangeOf(key string) (lo, hi int32) {
	i := gen.lowerBound(key)
	j := i
	for j < len(gen.keys) && gen.keys[j] == key {
		j++
	}
	return gen.base + int32(i), gen.base + int32(j)
}

// hasPrefix reports whether some generated key starts with prefix.
func (gen *generated) hasPrefix(prefix string) bool {
	i := sort.SearchStrings(gen.keys, prefix)
	return i < len(gen.keys) && strings.HasPrefix(gen.keys[i], prefix)
}

// gunzip inflates data into one string, sized from the gzip trailer.
func gunzip(name string, data []byte) (string, error) {
	if len(data) == 0 {
		return "", nil
	}
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return "", fmt.Errorf("read %s: %w", name, err)
	}
	var sb strings.Builder
	if len(data) >= 4 {
		if n := binary.LittleEndian.Uint32(data[len(data)-4:]); n < 1<<28 {
			sb.Grow(int(n))
		}
	}
	if _, err := io.Copy(&sb, zr); err != nil {
		return "", fmt.Errorf("read %s: %w", name, err)
	}
	return sb.String(), nil
}

// genPart is one part of the generated gazetteer, inflated and then
// parsed into its own stretch of the gazetteer's entries.
type genPart struct {
	file string
	text string // the inflated part
	rows int    // lines in text, an upper bound on the rows kept
	// entries and keys are the part's stretch of the shared arrays, rows
	// long; the first kept of them hold the rows parsed.
	entries []entry
	keys    []string
	kept    int
	// fixes lists curated rows, near a generated row of the same name,
	// that lack a GeoNames id: [curated row, GeoNames id].
	fixes [][2]int
	err   error
}

// loadGenerated appends the generated rows to g.entries, skipping those a
// curated row shadows, and builds g.gen. The parts are inflated and parsed
// concurrently, straight into g.entries (sized from their line counts);
// each only reads the curated rows.
func (g *Gazetteer) loadGenerated(fsys fs.FS) error {
	var files []string
	for i := 0; ; i++ {
		name := fmt.Sprintf("data/cities-%d.tsv", i)
		if _, err := fs.Stat(fsys, name); err != nil {
			name += ".gz"
			if _, err := fs.Stat(fsys, name); err != nil {
				break
			}
		}
		files = append(files, name)
	}
	parts := make([]genPart, len(files))
	var wg sync.WaitGroup
	for i, name := range files {
		wg.Go(func() {
			p := &parts[i]
			p.file = "geo/" + name
			if p.text, p.err = readPart(fsys, name); p.err == nil {
				p.rows = strings.Count(p.text, "\n") + 1
			}
		})
	}
	wg.Wait()
	n := 0
	for _, p := range parts {
		if p.err != nil {
			return p.err
		}
		n += p.rows
	}
	base := len(g.entries)
	g.entries = slices.Grow(g.entries, n)[:base+n]
	keys := make([]string, n)
	at := 0
	for i := range parts {
		p := &parts[i]
		p.entries = g.entries[base+at : base+at+p.rows]
		p.keys = keys[at : at+p.rows]
		at += p.rows
		wg.Go(func() { g.parsePart(p) })
	}
	wg.Wait()
	for _, p := range parts {
		if p.err != nil {
			return p.err
		}
	}
	// Close the gaps left by the rows each part skipped.
	at = 0
	for i := range parts {
		p := &parts[i]
		if at > 0 && p.kept > 0 && keys[at-1] > p.keys[0] {
			return truce.Errorf(truce.EINVALID, "parse gazetteer: generated parts out of key order")
		}
		copy(g.entries[base+at:], p.entries[:p.kept])
		copy(keys[at:], p.keys[:p.kept])
		at += p.kept
		for _, f := range p.fixes {
			g.entries[f[0]].GeonamesID = f[1]
		}
	}
	clear(g.entries[base+at:])
	clear(keys[at:])
	g.entries = g.entries[:base+at]
	g.gen.base = int32(base)
	g.gen.keys = keys[:at]
	g.gen.indexPrefixes()
	return nil
}

// readPart returns the text of one part: the embedded string if it is
// one (embeddedPart), inflated if its name ends in ".gz", else read as is,
// in one copy.
func readPart(fsys fs.FS, name string) (string, error) {
	if text, ok := embeddedPart(fsys, name); ok {
		return text, nil
	}
	if strings.HasSuffix(name, ".gz") {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return "", fmt.Errorf("read gazetteer %s: %w", name, err)
		}
		return gunzip("geo/"+name, data)
	}
	f, err := fsys.Open(name)
	if err != nil {
		return "", fmt.Errorf("read gazetteer %s: %w", name, err)
	}
	defer f.Close()
	var sb strings.Builder
	if st, err := f.Stat(); err == nil {
		sb.Grow(int(st.Size()))
	}
	if _, err := io.Copy(&sb, f); err != nil {
		return "", fmt.Errorf("read gazetteer %s: %w", name, err)
	}
	return sb.String(), nil
}

// parsePart parses the inflated text of one part into p.entries and
// p.keys, setting p.kept, or p.err.
func (g *Gazetteer) parsePart(p *genPart) {
	text, file := p.text, p.file
	countries := new(countryLists)
	admin1Keys := make(map[string]string, 2048)
	var f [9]string
	var err error
	line := 0
	bad := func(format string, args ...any) {
		p.err = truce.Errorf(truce.EINVALID, "parse gazetteer %s:%d: %s", file, line, fmt.Sprintf(format, args...))
	}
	for len(text) > 0 {
		line++
		row, rest, ok := cutRow(text, &f)
		text = rest
		if row == "" || row[0] == '#' {
			continue
		}
		if !ok {
			bad("want 9 tab-separated fields")
			return
		}
		key := f[0]
		e := &p.entries[p.kept]
		e.Name, e.Kind, e.Admin1 = f[1], KindCity, f[3]
		cs, ok := countries.of(f[2])
		if !ok {
			bad("bad country code %q", f[2])
			return
		}
		e.Country, e.Countries = cs[0], cs
		if e.Lat, err = parseDecimal(f[4]); err != nil || math.Abs(e.Lat) > 90 {
			bad("bad latitude %q", f[4])
			return
		}
		if e.Lon, err = parseDecimal(f[5]); err != nil || math.Abs(e.Lon) > 180 {
			bad("bad longitude %q", f[5])
			return
		}
		if e.Population, err = atoiCount(f[6]); err != nil || e.Population < 0 {
			bad("bad population %q", f[6])
			return
		}
		if e.GeonamesID, err = atoiCount(f[7]); err != nil || e.GeonamesID < 0 {
			bad("bad geonames_id %q", f[7])
			return
		}
		e.feature = 0
		if len(f[8]) > 0 {
			e.feature = f[8][0]
		}
		if k := p.kept; k > 0 && p.keys[k-1] > key {
			bad("rows not sorted by key")
			return
		}
		if e.feature == featAdmin1 {
			e.Kind = KindAdmin1
			if g.curatedIn(key, e.Country) {
				// The curators' units of that name stand alone.
				continue
			}
		} else if g.shadowed(key, e, &p.fixes) {
			continue
		}
		e.admin1Key = ""
		if e.Admin1 != "" {
			ak, ok := admin1Keys[e.Admin1]
			if !ok {
				ak = normKey(e.Admin1)
				admin1Keys[e.Admin1] = ak
			}
			e.admin1Key = ak
		}
		e.generated = true
		e.score = math.Log10(float64(e.Population)+10) + kindBonus[e.Kind]
		switch e.feature {
		case featCapital:
			e.score++
		case featSeat:
			e.score += 0.5
		case featSection:
			e.score--
		case featAdmin1:
			e.score -= admin1Discount
		}
		p.keys[p.kept] = key
		p.kept++
	}
	// Drop what the skipped rows left in the unused slots.
	clear(p.entries[p.kept:])
}

// pow10 holds the powers of ten that float64 represents exactly.
var pow10 = [...]float64{1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
	1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22}

// parseDecimal parses a coordinate such as "-34.41167" as
// strconv.ParseFloat does. Plain decimals of at most 15 digits, which is
// every coordinate of the generated files, take the exact fast path: the
// digits as an integer divided by a power of ten, both exact in float64, so
// the one rounding of the division gives the nearest float64, as strconv
// would. Anything else goes to strconv.
func parseDecimal(s string) (float64, error) {
	i := 0
	neg := false
	if i < len(s) && (s[i] == '-' || s[i] == '+') {
		neg = s[i] == '-'
		i++
	}
	// The whole part, then the fraction, each in a loop of its own: one
	// test a byte instead of a switch and two counters.
	var mant uint64
	j := i
	for ; j < len(s); j++ {
		c := s[j] - '0'
		if c > 9 {
			break
		}
		mant = mant*10 + uint64(c)
	}
	digits, frac := j-i, -1
	if j < len(s) {
		if s[j] != '.' {
			return strconv.ParseFloat(s, 64)
		}
		j++
		k := j
		for ; j < len(s); j++ {
			c := s[j] - '0'
			if c > 9 {
				return strconv.ParseFloat(s, 64)
			}
			mant = mant*10 + uint64(c)
		}
		frac = j - k
		digits += frac
	}
	if digits == 0 || digits > 15 || frac == 0 {
		return strconv.ParseFloat(s, 64)
	}
	v := float64(mant)
	if frac > 0 {
		v /= pow10[frac]
	}
	if neg {
		v = -v
	}
	return v, nil
}

// shadowed reports whether a curated row decides what key means near e.
// On the way it records in fixes that a curated town of that name, close
// to e and lacking a GeoNames id, should get e's.
func (g *Gazetteer) shadowed(key string, e *entry, fixes *[][2]int) bool {
	ids, ok := g.byKey[key]
	if !ok {
		return false
	}
	near := false
	for _, id := range ids {
		c := &g.entries[id]
		if c.Country != e.Country || Distance(c.Lat, c.Lon, e.Lat, e.Lon) > shadowKm {
			continue
		}
		near = true
		if c.GeonamesID == 0 && (c.Kind == KindCity || c.Kind == KindTown) {
			*fixes = append(*fixes, [2]int{int(id), e.GeonamesID})
		}
	}
	return near || e.Population < shadowPopulation
}
