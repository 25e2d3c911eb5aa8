package geo

import (
	_ "embed"
	"encoding/binary"
	"errors"
	"math"

	"github.com/truce-project/truce"
)

// shapesGz holds Natural Earth country outlines (1:50m), built by
// internal/gengaz from the world-atlas package.
//
//go:embed data/countries.bin.gz
var shapesGz []byte

const shapesName = "geo/data/countries.bin.gz"

// shapeUnit is the stored coordinate unit in degrees (see
// internal/gengaz.writeShapes).
const shapeUnit = 1e-3

// coastTolerance is how far, in degrees, outside every outline a point may
// lie and still get the nearest country: the 1:50m coastline cuts off
// harbours and small islands by a few kilometres.
const coastTolerance = 0.1

// box is a bounding box in stored units.
type box struct{ minX, minY, maxX, maxY int32 }

func (b box) contains(x, y, pad int32) bool {
	return x >= b.minX-pad && x <= b.maxX+pad && y >= b.minY-pad && y <= b.maxY+pad
}

// ring is one closed outline: points xs[i], ys[i] in stored units.
type ring struct {
	bbox   box
	xs, ys []int32
}

// outline is one country's rings; a point is inside when it lies inside an
// odd number of them, which handles holes and islands alike.
type outline struct {
	iso3  string
	bbox  box
	rings []ring
}

// shapes is every country's outline.
type shapes struct {
	countries []outline
}

// load decodes the binary outline file (see internal/gengaz.writeShapes).
// Empty data gives no outlines.
func (s *shapes) load(data []byte) error {
	text, err := gunzip(shapesName, data)
	if err != nil {
		return err
	}
	if text == "" {
		return nil
	}
	b := []byte(text)
	if len(b) < 5 || string(b[:5]) != "TRCS1" {
		return truce.Errorf(truce.EINVALID, "parse shapes %s: bad header", shapesName)
	}
	r := &reader{b: b[5:]}
	n := r.uvarint()
	if n > 1000 {
		r.err = errors.New("too many countries")
	}
	s.countries = make([]outline, 0, n)
	for i := uint64(0); i < n && r.err == nil; i++ {
		var o outline
		o.iso3 = r.string(3)
		nr := r.uvarint()
		if nr > 1<<16 {
			r.err = errors.New("too many rings")
			break
		}
		o.bbox = box{math.MaxInt32, math.MaxInt32, math.MinInt32, math.MinInt32}
		for k := uint64(0); k < nr && r.err == nil; k++ {
			np := r.uvarint()
			if np > uint64(len(r.b)) {
				r.err = errors.New("ring longer than the data")
				break
			}
			rg := ring{bbox: box{math.MaxInt32, math.MaxInt32, math.MinInt32, math.MinInt32}, xs: make([]int32, np), ys: make([]int32, np)}
			var x, y int64
			for p := range rg.xs {
				x += r.varint()
				y += r.varint()
				rg.xs[p], rg.ys[p] = int32(x), int32(y)
				rg.bbox.minX, rg.bbox.maxX = min(rg.bbox.minX, int32(x)), max(rg.bbox.maxX, int32(x))
				rg.bbox.minY, rg.bbox.maxY = min(rg.bbox.minY, int32(y)), max(rg.bbox.maxY, int32(y))
			}
			o.bbox = box{min(o.bbox.minX, rg.bbox.minX), min(o.bbox.minY, rg.bbox.minY), max(o.bbox.maxX, rg.bbox.maxX), max(o.bbox.maxY, rg.bbox.maxY)}
			o.rings = append(o.rings, rg)
		}
		s.countries = append(s.countries, o)
	}
	if r.err != nil {
		return truce.Errorf(truce.EINVALID, "parse shapes %s: %v", shapesName, r.err)
	}
	return nil
}

// reader decodes varints, keeping the first error.
type reader struct {
	b   []byte
	err error
}

func (r *reader) uvarint() uint64 {
	if r.err != nil {
		return 0
	}
	v, k := binary.Uvarint(r.b)
	if k <= 0 {
		r.err = errors.New("truncated data")
		return 0
	}
	r.b = r.b[k:]
	return v
}

func (r *reader) varint() int64 {
	if r.err != nil {
		return 0
	}
	v, k := binary.Varint(r.b)
	if k <= 0 {
		r.err = errors.New("truncated data")
		return 0
	}
	r.b = r.b[k:]
	return v
}

func (r *reader) string(n int) string {
	if r.err != nil || len(r.b) < n {
		r.err = errors.New("truncated data")
		return ""
	}
	s := string(r.b[:n])
	r.b = r.b[n:]
	return s
}

// CountryAt returns the ISO3 code of the country whose Natural Earth
// outline (1:50m) holds the point, or of the nearest one when the point
// lies just off a coast (within about 10 km). It reports false for the open
// sea and for areas Natural Earth gives no ISO code (Siachen Glacier).
//
// The outlines draw de facto boundaries as Natural Earth does: Crimea lies
// in Russia, Somaliland in Somalia, Northern Cyprus in Cyprus, and France's
// overseas departments (French Guiana, Guadeloupe, Réunion…) in France,
// where GeoNames gives them their own codes.
func (g *Gazetteer) CountryAt(lat, lon float64) (iso3 string, ok bool) {
	if math.IsNaN(lat) || math.IsNaN(lon) || math.Abs(lat) > 90 || math.Abs(lon) > 180 {
		return "", false
	}
	x, y := int32(math.Round(lon/shapeUnit)), int32(math.Round(lat/shapeUnit))
	const turn = int32(360 / shapeUnit)
	for i := range g.shapes.countries {
		o := &g.shapes.countries[i]
		// Rings that cross the antimeridian are stored unwrapped, with
		// longitudes beyond ±180: try the point a turn east and west too.
		for _, sx := range [3]int32{x, x + turn, x - turn} {
			if o.bbox.contains(sx, y, 0) && o.inside(sx, y) {
				return o.iso3, true
			}
		}
	}
	pad := int32(coastTolerance / shapeUnit)
	best, bestD := "", math.Inf(1)
	for i := range g.shapes.countries {
		o := &g.shapes.countries[i]
		if !o.bbox.contains(x, y, pad) && !o.bbox.contains(x+turn, y, pad) && !o.bbox.contains(x-turn, y, pad) {
			continue
		}
		for k := range o.rings {
			for _, sx := range [3]int32{x, x + turn, x - turn} {
				if d := o.rings[k].distance(sx, y, pad); d < bestD {
					best, bestD = o.iso3, d
				}
			}
		}
	}
	if best == "" || bestD > float64(pad) {
		return "", false
	}
	return best, true
}

// inside applies the even-odd rule over every ring of o.
func (o *outline) inside(x, y int32) bool {
	in := false
	for k := range o.rings {
		r := &o.rings[k]
		if !r.bbox.contains(x, y, 0) {
			continue
		}
		if r.crossings(x, y)%2 == 1 {
			in = !in
		}
	}
	return in
}

// crossings counts the edges of r that a ray from (x, y) towards +x crosses.
func (r *ring) crossings(x, y int32) int {
	n := len(r.xs)
	c := 0
	px, py := float64(x), float64(y)
	for i, j := 0, n-1; i < n; j, i = i, i+1 {
		yi, yj := float64(r.ys[i]), float64(r.ys[j])
		if (yi > py) == (yj > py) {
			continue
		}
		xi, xj := float64(r.xs[i]), float64(r.xs[j])
		if px < xi+(py-yi)*(xj-xi)/(yj-yi) {
			c++
		}
	}
	return c
}

// distance returns the planar distance in stored units from (x, y) to the
// nearest edge of r, or +Inf when r's box, padded by pad, misses the point.
func (r *ring) distance(x, y, pad int32) float64 {
	if !r.bbox.contains(x, y, pad) {
		return math.Inf(1)
	}
	best := math.Inf(1)
	px, py := float64(x), float64(y)
	n := len(r.xs)
	for i, j := 0, n-1; i < n; j, i = i, i+1 {
		ax, ay := float64(r.xs[j]), float64(r.ys[j])
		bx, by := float64(r.xs[i]), float64(r.ys[i])
		dx, dy := bx-ax, by-ay
		t := 0.0
		if l := dx*dx + dy*dy; l > 0 {
			t = math.Max(0, math.Min(1, ((px-ax)*dx+(py-ay)*dy)/l))
		}
		best = math.Min(best, math.Hypot(px-(ax+t*dx), py-(ay+t*dy)))
	}
	return best
}
