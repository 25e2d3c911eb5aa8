package geo

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"math"
	"math/rand/v2"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
)

// TestParseDecimal checks that the fast path of parseDecimal gives what
// strconv.ParseFloat gives, bit for bit.
func TestParseDecimal(t *testing.T) {
	cases := []string{"0", "-0", "-0.0", "12.5", "-51.5839", "44.29083", "179.99999",
		"-89.99999", "0.1", "1.", ".5", "+3.25", "123456789012345", "1234567890123456",
		"0.000000000000001", "1e5", "nan", "", "-", "1.2.3", "4,5"}
	r := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		v := (r.Float64()*2 - 1) * 180
		cases = append(cases, strconv.FormatFloat(v, 'f', r.IntN(9), 64))
	}
	for _, s := range cases {
		want, werr := strconv.ParseFloat(s, 64)
		got, gerr := parseDecimal(s)
		if (werr == nil) != (gerr == nil) || math.Float64bits(got) != math.Float64bits(want) {
			t.Errorf("parseDecimal(%q) = %v, %v; strconv gives %v, %v", s, got, gerr, want, werr)
		}
	}
}

// TestGeneratedPartsStoredEitherWay checks that a part stored inflated
// (cities-0.tsv) loads the same rows as one stored gzip'd.
func TestGeneratedPartsStoredEitherWay(t *testing.T) {
	rows := "# header\n" +
		"azure bay\tAzure Bay\tPRT\tFaro\t37.01\t-7.93\t2500\t101\t\n" +
		"ferrow\tFerrow\tPRT\tFaro\t37.2\t-8.1\t1200\t102\tA\n"
	more := "gullmoor\tGullmoor\tIRL\tKerry\t52.05\t-9.5\t3100\t103\t\n"
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(more))
	zw.Close()
	load := func(fsys fstest.MapFS) []entry {
		t.Helper()
		g := &Gazetteer{byKey: map[string][]int32{}}
		if err := g.loadGenerated(fsys); err != nil {
			t.Fatal(err)
		}
		if len(g.gen.keys) != len(g.entries) {
			t.Fatalf("%d keys for %d rows", len(g.gen.keys), len(g.entries))
		}
		return g.entries
	}
	raw := load(fstest.MapFS{
		"data/cities-0.tsv":    {Data: []byte(rows)},
		"data/cities-1.tsv.gz": {Data: gz.Bytes()},
	})
	var gz0 bytes.Buffer
	zw = gzip.NewWriter(&gz0)
	zw.Write([]byte(rows))
	zw.Close()
	zipped := load(fstest.MapFS{
		"data/cities-0.tsv.gz": {Data: gz0.Bytes()},
		"data/cities-1.tsv":    {Data: []byte(more)},
	})
	if len(raw) != 3 || !reflect.DeepEqual(raw, zipped) {
		t.Errorf("inflated parts give\n%s\ngzip'd parts give\n%s", fmt.Sprint(raw), fmt.Sprint(zipped))
	}
}

// BenchmarkParseParts parses the generated parts one after another: the
// share of Load that is neither reading the parts nor curated.
func BenchmarkParseParts(b *testing.B) {
	g, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	var texts []string
	for i := 0; ; i++ {
		name := fmt.Sprintf("data/cities-%d.tsv", i)
		text, err := readPart(citiesFS, name)
		if err != nil {
			break
		}
		texts = append(texts, text)
	}
	if len(texts) == 0 {
		b.Fatal("no generated parts in data/")
	}
	for b.Loop() {
		for _, text := range texts {
			rows := strings.Count(text, "\n") + 1
			p := genPart{file: "bench", text: text, entries: make([]entry, rows), keys: make([]string, rows)}
			g.parsePart(&p)
			if p.err != nil {
				b.Fatal(p.err)
			}
		}
	}
}
