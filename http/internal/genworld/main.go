// Command genworld turns the Natural Earth country outlines that the npm
// package world-atlas ships as TopoJSON (countries-110m.json) into the small
// GeoJSON file the dashboard draws as its base map:
//
//	(cd /tmp && npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz)
//	go run ./http/internal/genworld -in /tmp/package/countries-110m.json -out http/assets/world.geojson
//
// Coordinates are rounded to a tenth of a degree and repeated points
// dropped, which keeps the file small enough for a first page load while
// outlines stay recognisable at the zoom levels a country map needs.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
)

// topology is the part of a TopoJSON document that genworld reads.
type topology struct {
	Type      string `json:"type"`
	Transform *struct {
		Scale     [2]float64 `json:"scale"`
		Translate [2]float64 `json:"translate"`
	} `json:"transform"`
	Objects map[string]struct {
		Geometries []geometry `json:"geometries"`
	} `json:"objects"`
	Arcs [][][2]float64 `json:"arcs"`
}

type geometry struct {
	Type       string          `json:"type"`
	ID         string          `json:"id"`
	Arcs       json.RawMessage `json:"arcs"`
	Properties struct {
		Name string `json:"name"`
	} `json:"properties"`
}

type feature struct {
	Type       string         `json:"type"`
	ID         string         `json:"id,omitempty"`
	Properties map[string]any `json:"properties"`
	Geometry   any            `json:"geometry"`
}

type geom struct {
	Type        string `json:"type"`
	Coordinates any    `json:"coordinates"`
}

func main() {
	in := flag.String("in", "countries-110m.json", "world-atlas TopoJSON file")
	out := flag.String("out", "world.geojson", "GeoJSON file to write")
	step := flag.Float64("round", 0.1, "round coordinates to this many degrees")
	flag.Parse()
	if err := run(*in, *out, *step); err != nil {
		fmt.Fprintln(os.Stderr, "genworld:", err)
		os.Exit(1)
	}
}

func run(in, out string, step float64) error {
	b, err := os.ReadFile(in)
	if err != nil {
		return err
	}
	var t topology
	if err := json.Unmarshal(b, &t); err != nil {
		return fmt.Errorf("parse %s: %w", in, err)
	}
	if t.Type != "Topology" {
		return fmt.Errorf("%s: not a TopoJSON topology", in)
	}
	arcs := decodeArcs(t)
	countries, ok := t.Objects["countries"]
	if !ok {
		return fmt.Errorf("%s: no countries object", in)
	}
	var fs []feature
	for _, g := range countries.Geometries {
		var polys [][][][2]float64
		switch g.Type {
		case "Polygon":
			var rings [][]int
			if err := json.Unmarshal(g.Arcs, &rings); err != nil {
				return fmt.Errorf("country %s: %w", g.Properties.Name, err)
			}
			polys = append(polys, polygon(arcs, rings, step))
		case "MultiPolygon":
			var ps [][][]int
			if err := json.Unmarshal(g.Arcs, &ps); err != nil {
				return fmt.Errorf("country %s: %w", g.Properties.Name, err)
			}
			for _, rings := range ps {
				polys = append(polys, polygon(arcs, rings, step))
			}
		default:
			continue
		}
		var kept [][][][2]float64
		for _, p := range polys {
			if len(p) > 0 {
				kept = append(kept, p)
			}
		}
		if len(kept) == 0 {
			continue
		}
		f := feature{Type: "Feature", ID: g.ID, Properties: map[string]any{"name": g.Properties.Name}}
		if len(kept) == 1 {
			f.Geometry = geom{Type: "Polygon", Coordinates: kept[0]}
		} else {
			f.Geometry = geom{Type: "MultiPolygon", Coordinates: kept}
		}
		fs = append(fs, f)
	}
	js, err := json.Marshal(map[string]any{"type": "FeatureCollection", "features": fs})
	if err != nil {
		return err
	}
	return os.WriteFile(out, append(js, '\n'), 0o644)
}

// decodeArcs undoes TopoJSON's quantisation and delta encoding.
func decodeArcs(t topology) [][][2]float64 {
	out := make([][][2]float64, len(t.Arcs))
	for i, arc := range t.Arcs {
		var x, y float64
		pts := make([][2]float64, len(arc))
		for j, p := range arc {
			if t.Transform == nil {
				pts[j] = p
				continue
			}
			x += p[0]
			y += p[1]
			pts[j] = [2]float64{x*t.Transform.Scale[0] + t.Transform.Translate[0], y*t.Transform.Scale[1] + t.Transform.Translate[1]}
		}
		out[i] = pts
	}
	return out
}

// polygon stitches the rings of one polygon from arcs (an index ~i is arc
// i reversed), rounds them and drops rings that collapse.
func polygon(arcs [][][2]float64, rings [][]int, step float64) [][][2]float64 {
	var out [][][2]float64
	for _, ring := range rings {
		var pts [][2]float64
		for _, idx := range ring {
			i := idx
			if idx < 0 {
				i = ^idx
			}
			if i >= len(arcs) {
				continue
			}
			a := arcs[i]
			if idx < 0 {
				a = reversed(a)
			}
			for k, p := range a {
				if k == 0 && len(pts) > 0 {
					continue // shared with the previous arc's end
				}
				q := [2]float64{round(p[0], step), round(p[1], step)}
				if n := len(pts); n > 0 && pts[n-1] == q {
					continue
				}
				pts = append(pts, q)
			}
		}
		if len(pts) >= 4 {
			out = append(out, pts)
		}
	}
	return out
}

func reversed(a [][2]float64) [][2]float64 {
	r := make([][2]float64, len(a))
	for i, p := range a {
		r[len(a)-1-i] = p
	}
	return r
}

func round(v, step float64) float64 {
	r := math.Round(v/step) * step
	return math.Round(r*1e6) / 1e6
}
