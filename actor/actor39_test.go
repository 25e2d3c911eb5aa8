package actor

import (
	"os"
	"path/filepath"
	"testing"
)

// A country's own sector for a noun (actor39_local.go).
func TestLocalSector(t *testing.T) {
	d := MustLoad(t)
	tests := []struct {
		name, country, text, want string
	}{
		{"Thailand's rangers are its army", "THA", "rangers", "MIL"},
		{"one ranger", "THA", "a ranger", "MIL"},
		{"with a demonym", "THA", "Thai rangers", "MIL"},
		{"park rangers stay police", "THA", "park rangers", ""},
		{"forest rangers stay police", "THA", "Forest rangers", ""},
		{"another country's rangers", "PAK", "Rangers", ""},
		{"no such noun", "THA", "soldiers", ""},
		{"a word that holds the noun", "THA", "strangers", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := d.LocalSector(tt.country, tt.text)
			if ok != (tt.want != "") || got != tt.want {
				t.Errorf("LocalSector(%s, %q) = %q, %v; want %q", tt.country, tt.text, got, ok, tt.want)
			}
		})
	}
}

// A user's sectors file can give a country its own sector for a noun, and
// the noun keeps its general sector elsewhere.
func TestLocalSectorUserFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "my_sectors.tsv")
	data := "# a user file\nvolunteers\tCVL\t\nvolunteers|volunteer battalions\tMIL\t\tUKR|RUS\n"
	if err := os.WriteFile(path, []byte(data), 0o600); err != nil {
		t.Fatal(err)
	}
	d, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ country, text, want string }{
		{"UKR", "volunteers", "MIL"},
		{"RUS", "volunteer battalions", "MIL"},
		{"FRA", "volunteers", ""},
	} {
		if got, _ := d.LocalSector(tt.country, tt.text); got != tt.want {
			t.Errorf("LocalSector(%s, %q) = %q, want %q", tt.country, tt.text, got, tt.want)
		}
	}
	if sec := findSector(t, d, "Volunteers joined the march in Kyiv."); sec != "CVL" {
		t.Errorf("volunteers found with sector %q, want the general CVL", sec)
	}
}

func findSector(t *testing.T, d *Dictionary, text string) string {
	t.Helper()
	for _, m := range d.Find(text, MustDate(t, "2024-01-01")) {
		if m.Actor.Sector != "" {
			return m.Actor.Sector
		}
	}
	return ""
}
