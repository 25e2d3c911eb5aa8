package main

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"slices"
)

// topology is the part of a TopoJSON file that gengaz reads.
type topology struct {
	Transform *struct {
		Scale     [2]float64 `json:"scale"`
		Translate [2]float64 `json:"translate"`
	} `json:"transform"`
	Arcs    [][][2]float64 `json:"arcs"`
	Objects map[string]struct {
		Geometries []struct {
			Type       string          `json:"type"`
			ID         string          `json:"id"`
			Arcs       json.RawMessage `json:"arcs"`
			Properties struct {
				Name string `json:"name"`
			} `json:"properties"`
		} `json:"geometries"`
	} `json:"objects"`
}

// unnumbered gives ISO3 codes to Natural Earth units that carry no ISO
// numeric id, by their Natural Earth name. Units left out (Siachen Glacier,
// Indian Ocean Territories) get no country.
var unnumbered = map[string]string{
	"Kosovo":     "XKX",
	"Somaliland": "SOM",
	"N. Cyprus":  "CYP",
}

// shape is one country's outline: rings of lon, lat points.
type shape struct {
	iso3  string
	rings [][][2]float64
}

func readTopology(path string, codes countryCodes) ([]shape, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read topology: %w", err)
	}
	var t topology
	if err := json.Unmarshal(b, &t); err != nil {
		return nil, fmt.Errorf("parse topology %q: %w", path, err)
	}
	obj, ok := t.Objects["countries"]
	if !ok {
		return nil, fmt.Errorf("parse topology %q: no countries object", path)
	}
	arcs := decodeArcs(t)
	byISO := map[string]*shape{}
	var order []string
	for _, g := range obj.Geometries {
		iso3 := codes.byNumeric[g.ID]
		if g.ID == "" {
			iso3 = unnumbered[g.Properties.Name]
		}
		if iso3 == "" {
			continue
		}
		var polys [][][]int
		switch g.Type {
		case "Polygon":
			var p [][]int
			if err := json.Unmarshal(g.Arcs, &p); err != nil {
				return nil, fmt.Errorf("parse topology %q: %s: %w", path, g.Properties.Name, err)
			}
			polys = [][][]int{p}
		case "MultiPolygon":
			if err := json.Unmarshal(g.Arcs, &polys); err != nil {
				return nil, fmt.Errorf("parse topology %q: %s: %w", path, g.Properties.Name, err)
			}
		default:
			continue
		}
		s := byISO[iso3]
		if s == nil {
			s = &shape{iso3: iso3}
			byISO[iso3] = s
			order = append(order, iso3)
		}
		for _, poly := range polys {
			for _, ring := range poly {
				r, err := joinRing(arcs, ring)
				if err != nil {
					return nil, fmt.Errorf("parse topology %q: %s: %w", path, g.Properties.Name, err)
				}
				if len(r) >= 4 {
					s.rings = append(s.rings, unwrap(r))
				}
			}
		}
	}
	slices.Sort(order)
	out := make([]shape, 0, len(order))
	for _, iso := range order {
		out = append(out, *byISO[iso])
	}
	return out, nil
}

// decodeArcs turns quantised, delta-encoded arcs into absolute lon, lat
// positions.
func decodeArcs(t topology) [][][2]float64 {
	out := make([][][2]float64, len(t.Arcs))
	for i, arc := range t.Arcs {
		pts := make([][2]float64, len(arc))
		var x, y float64
		for j, p := range arc {
			if t.Transform != nil {
				x += p[0]
				y += p[1]
				pts[j] = [2]float64{x*t.Transform.Scale[0] + t.Transform.Translate[0], y*t.Transform.Scale[1] + t.Transform.Translate[1]}
			} else {
				pts[j] = p
			}
		}
		out[i] = pts
	}
	return out
}

// joinRing concatenates the arcs of a ring; a negative index ^i means arc i
// reversed. Each arc after the first repeats the last point of the one
// before, which is dropped.
func joinRing(arcs [][][2]float64, ring []int) ([][2]float64, error) {
	var out [][2]float64
	for _, idx := range ring {
		rev := idx < 0
		if rev {
			idx = ^idx
		}
		if idx >= len(arcs) {
			return nil, fmt.Errorf("arc %d out of range", idx)
		}
		a := arcs[idx]
		pts := make([][2]float64, len(a))
		copy(pts, a)
		if rev {
			slices.Reverse(pts)
		}
		if len(out) > 0 && len(pts) > 0 {
			pts = pts[1:]
		}
		out = append(out, pts...)
	}
	return out, nil
}

// unwrap makes a ring that crosses the antimeridian continuous, so that it
// is a simple polygon in the plane: after a jump of more than 180 degrees
// of longitude the following points are shifted by 360. Its longitudes may
// then exceed ±180, which CountryAt allows for.
func unwrap(r [][2]float64) [][2]float64 {
	out := make([][2]float64, len(r))
	shift := 0.0
	for i, p := range r {
		if i > 0 {
			switch d := p[0] - r[i-1][0]; {
			case d > 180:
				shift -= 360
			case d < -180:
				shift += 360
			}
		}
		out[i] = [2]float64{p[0] + shift, p[1]}
	}
	return out
}

// shapeScale is the unit of stored coordinates: 1e-3 degree, about 110 m,
// finer than the 1:50m source.
const shapeScale = 1000

// writeShapes writes the outlines as gzip'd binary:
//
//	"TRCS1", uvarint country count, then per country: 3 bytes ISO3,
//	uvarint ring count, then per ring: uvarint point count and the points
//	as zig-zag varint deltas of lon then lat in units of 1e-3 degree, the
//	first from 0,0.
func writeShapes(path string, shapes []shape) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("write shapes: %w", err)
	}
	defer f.Close()
	zw, err := gzip.NewWriterLevel(f, gzip.BestCompression)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(zw)
	buf := make([]byte, binary.MaxVarintLen64)
	uv := func(v uint64) { w.Write(buf[:binary.PutUvarint(buf, v)]) }
	sv := func(v int64) { w.Write(buf[:binary.PutVarint(buf, v)]) }
	w.WriteString("TRCS1")
	uv(uint64(len(shapes)))
	for _, s := range shapes {
		w.WriteString(s.iso3)
		uv(uint64(len(s.rings)))
		for _, r := range s.rings {
			q := make([][2]int64, 0, len(r))
			for _, p := range r {
				pt := [2]int64{int64(math.Round(p[0] * shapeScale)), int64(math.Round(p[1] * shapeScale))}
				if len(q) > 0 && q[len(q)-1] == pt {
					continue
				}
				q = append(q, pt)
			}
			uv(uint64(len(q)))
			var px, py int64
			for _, p := range q {
				sv(p[0] - px)
				sv(p[1] - py)
				px, py = p[0], p[1]
			}
		}
	}
	if err := w.Flush(); err != nil {
		return fmt.Errorf("write shapes %q: %w", path, err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("write shapes %q: %w", path, err)
	}
	return f.Close()
}
