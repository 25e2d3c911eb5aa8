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
)

// citiesFS holds the generated gazetteer, built by internal/gengaz from
// GeoNames data: one city per line, sorted by key, split over numbered
// parts (cities-0.tsv.gz, cities-1.tsv.gz, …) read in parallel.
//
//go:embed data/cities-*.tsv.gz
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
}

// rangeOf returns the generated rows [lo, hi) spelled key, as indexes into
// entries; lo == hi when there are none.
func (gen *generated) rangeOf(key string) (lo, hi int32) {
	i := sort.SearchStrings(gen.keys, key)
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

// genPart is one parsed part of the generated gazetteer.
type genPart struct {
	entries []entry
	keys    []string
	// fixes lists curated rows, near a generated row of the same name,
	// that lack a GeoNames id: [curated row, GeoNames id].
	fixes [][2]int
	err   error
}

// loadGenerated appends the generated rows to g.entries, skipping those a
// curated row shadows, and builds g.gen. The parts are inflated and parsed
// concurrently; each only reads the curated rows.
func (g *Gazetteer) loadGenerated(fsys fs.FS) error {
	var files []string
	for i := 0; ; i++ {
		name := fmt.Sprintf("data/cities-%d.tsv.gz", i)
		if _, err := fs.Stat(fsys, name); err != nil {
			break
		}
		files = append(files, name)
	}
	parts := make([]genPart, len(files))
	var wg sync.WaitGroup
	for i, name := range files {
		wg.Go(func() {
			data, err := fs.ReadFile(fsys, name)
			if err != nil {
				parts[i].err = fmt.Errorf("read gazetteer %s: %w", name, err)
				return
			}
			parts[i] = g.parsePart("geo/"+name, data)
		})
	}
	wg.Wait()
	n := 0
	for _, p := range parts {
		if p.err != nil {
			return p.err
		}
		n += len(p.entries)
	}
	g.gen.base = int32(len(g.entries))
	g.gen.keys = make([]string, 0, n)
	g.entries = slices.Grow(g.entries, n)
	for _, p := range parts {
		if k := len(g.gen.keys); k > 0 && len(p.keys) > 0 && g.gen.keys[k-1] > p.keys[0] {
			return truce.Errorf(truce.EINVALID, "parse gazetteer: generated parts out of key order")
		}
		g.gen.keys = append(g.gen.keys, p.keys...)
		g.entries = append(g.entries, p.entries...)
		for _, f := range p.fixes {
			g.entries[f[0]].GeonamesID = f[1]
		}
	}
	return nil
}

// parsePart inflates and parses one part of the generated gazetteer.
func (g *Gazetteer) parsePart(file string, data []byte) genPart {
	var p genPart
	text, err := gunzip(file, data)
	if err != nil {
		p.err = err
		return p
	}
	n := strings.Count(text, "\n")
	p.entries = make([]entry, 0, n)
	p.keys = make([]string, 0, n)
	countries := make(map[string][]string, 256)
	admin1Keys := make(map[string]string, 2048)
	var f [9]string
	line := 0
	bad := func(format string, args ...any) genPart {
		return genPart{err: truce.Errorf(truce.EINVALID, "parse gazetteer %s:%d: %s", file, line, fmt.Sprintf(format, args...))}
	}
	for len(text) > 0 {
		line++
		row := text
		if k := strings.IndexByte(text, '\n'); k >= 0 {
			row, text = text[:k], text[k+1:]
		} else {
			text = ""
		}
		if row == "" || row[0] == '#' {
			continue
		}
		if !splitTabs(row, f[:]) {
			return bad("want 9 tab-separated fields")
		}
		key := f[0]
		var e entry
		e.Name, e.Kind, e.Admin1 = f[1], KindCity, f[3]
		cs, ok := countries[f[2]]
		if !ok {
			if !isISO3(f[2]) {
				return bad("bad country code %q", f[2])
			}
			cs = []string{f[2]}
			countries[f[2]] = cs
		}
		e.Country, e.Countries = cs[0], cs
		if e.Lat, err = strconv.ParseFloat(f[4], 64); err != nil || math.Abs(e.Lat) > 90 {
			return bad("bad latitude %q", f[4])
		}
		if e.Lon, err = strconv.ParseFloat(f[5], 64); err != nil || math.Abs(e.Lon) > 180 {
			return bad("bad longitude %q", f[5])
		}
		if e.Population, err = strconv.Atoi(f[6]); err != nil || e.Population < 0 {
			return bad("bad population %q", f[6])
		}
		if e.GeonamesID, err = strconv.Atoi(f[7]); err != nil || e.GeonamesID < 0 {
			return bad("bad geonames_id %q", f[7])
		}
		if len(f[8]) > 0 {
			e.feature = f[8][0]
		}
		if k := len(p.keys); k > 0 && p.keys[k-1] > key {
			return bad("rows not sorted by key")
		}
		if e.feature == featAdmin1 {
			e.Kind = KindAdmin1
			if _, ok := g.byKey[key]; ok {
				// The curators' units of that name stand alone.
				continue
			}
		} else if g.shadowed(key, &e, &p.fixes) {
			continue
		}
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
		p.keys = append(p.keys, key)
		p.entries = append(p.entries, e)
	}
	return p
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

// splitTabs splits row into exactly len(f) tab-separated fields.
func splitTabs(row string, f []string) bool {
	for i := range f {
		if i == len(f)-1 {
			if strings.IndexByte(row, '\t') >= 0 {
				return false
			}
			f[i] = row
			return true
		}
		k := strings.IndexByte(row, '\t')
		if k < 0 {
			return false
		}
		f[i], row = row[:k], row[k+1:]
	}
	return true
}
