package actor

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/truce-project/truce"
)

const day = "2025-10-15"

func TestLoadOverlay(t *testing.T) {
	base := MustLoad(t)
	d := MustLoad(t, "testdata/my_groups.tsv", "testdata/local_figures.tsv", "testdata/my_sectors.tsv", "testdata/user_countries.tsv")
	if v := d.Version(); v != "2025.11+user" {
		t.Errorf("Version() = %q, want 2025.11+user", v)
	}
	tests := []struct {
		name string
		text string
		want []want
	}{
		{"new militia by name", "The Kivu Defence Brigade attacked.", []want{{"Kivu Defence Brigade", "KDB", "MLT", KindGroup}}},
		{"new militia by alias", "Brigade de Défense du Kivu fighters", []want{{"Brigade de Défense du Kivu fighters", "KDB", "MLT", KindGroup}}},
		{"alias added to existing group", "Congo River Rebels and M23", []want{{"Congo River Rebels", "M23", "REB", KindGroup}, {"M23", "M23", "REB", KindGroup}}},
		{"new person with role", "KDB leader Jean Mwamba spoke.", []want{{"KDB", "KDB", "MLT", KindGroup}, {"Jean Mwamba", "KDB", "MLT", KindPerson}}},
		{"new sector noun", "bandits killed farmers", []want{{"bandits", "", "CRM", KindSector}, {"farmers", "", "CVL", KindSector}}},
		{"sector noun replaced", "soldiers", []want{{"soldiers", "", "COP", KindSector}}},
		{"country alias and seat added", "Pak and the Aiwan-e-Sadr", []want{{"Pak", "PAK", "", KindCountry}, {"Aiwan-e-Sadr", "PAKGOV", "GOV", KindCapital}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := d.Find(tt.text, MustDate(t, day))
			if len(got) != len(tt.want) {
				t.Fatalf("Find(%q) = %v, want %v", tt.text, got, tt.want)
			}
			for i, m := range got {
				w := tt.want[i]
				if m.Text != w.text || m.Actor.ID != w.id || m.Actor.Sector != w.sector || m.Kind != w.kind {
					t.Errorf("mention %d = {%q %s %s %s}, want %v", i, m.Text, m.Actor.ID, m.Actor.Sector, m.Kind, w)
				}
			}
		})
	}
	if a, _ := d.Lookup("M23", MustDate(t, day)); a.Name != "M23" || a.Country != "COD" {
		t.Errorf("overlay changed M23's fields: %+v", a)
	}

	// Everything the overlay does not name is as before.
	text := mustRead(t, "testdata/sentences.txt")
	for line := range strings.Lines(text) {
		if strings.Contains(strings.ToLower(line), "soldiers") || strings.Contains(line, "Pak ") {
			continue
		}
		got, want := d.Find(line, MustDate(t, day)), base.Find(line, MustDate(t, day))
		if !slices.Equal(got, want) {
			t.Errorf("overlay changed %q:\n got %v\nwant %v", line, got, want)
		}
	}
	for _, id := range []string{"TTP", "TAL", "UN", "PAKMIL"} {
		got, _ := d.Lookup(id, MustDate(t, day))
		want, _ := base.Lookup(id, MustDate(t, day))
		if got != want {
			t.Errorf("overlay changed Lookup(%q): %+v, was %+v", id, got, want)
		}
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name  string
		file  string
		where string // the file:line the error must name
		code  string
	}{
		{"bad id", "testdata/bad_groups.tsv", "bad_groups.tsv:2", truce.EINVALID},
		{"bad date", "testdata/bad_date_groups.tsv", "bad_date_groups.tsv:1", truce.EINVALID},
		{"unknown country", "testdata/unknown_country_groups.tsv", "unknown_country_groups.tsv:1", truce.EINVALID},
		{"unknown role", "testdata/unknown_role_groups.tsv", "unknown_role_groups.tsv:1", truce.EINVALID},
		{"bad sector", "testdata/bad_sector_groups.tsv", "bad_sector_groups.tsv:1", truce.EINVALID},
		{"state id as group", "testdata/state_id_groups.tsv", "state_id_groups.tsv:1", truce.EINVALID},
		{"unknown kind", "testdata/unknown_kind.tsv", "unknown_kind.tsv", truce.EINVALID},
		{"bad kind header", "testdata/bad_kind_header.tsv", "bad_kind_header.tsv", truce.EINVALID},
		{"missing file", "testdata/no_such_groups.tsv", "no_such_groups.tsv", truce.EINTERNAL},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Load(tt.file)
			if err == nil {
				t.Fatalf("Load(%q) = %v, want an error", tt.file, d)
			}
			if !strings.Contains(err.Error(), tt.where) {
				t.Errorf("error %q does not name %s", err, tt.where)
			}
			if c := truce.ErrorCode(err); c != tt.code {
				t.Errorf("error code %q, want %q", c, tt.code)
			}
		})
	}
	if _, err := Load("testdata/no_such_groups.tsv"); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing file: %v, want os.ErrNotExist in the chain", err)
	}
}

func TestLoadMalformedRows(t *testing.T) {
	tests := []struct {
		name, kind, data string
	}{
		{"too many columns", kindGroups, "X\tx\t\t\t\t\t\textra\n"},
		{"new group without sector", kindGroups, "NEWG\tNew group\n"},
		{"role ends before start", kindGroups, "NEWG\tNew\t\tPAK\tREB\t2020-01-02..2020-01-01>PAKGOV\n"},
		{"role without range", kindGroups, "NEWG\tNew\t\tPAK\tREB\t2020-01-02>PAKGOV\n"},
		{"bad country code", kindCountries, "Pak\tPakistan\n"},
		{"new country without name", kindCountries, "QQQ\t\n"},
		{"bad seat", kindCountries, "PAK\t\t\t\t\tGHQ\n"},
		{"seat with bad sector", kindCountries, "PAK\t\t\t\t\tGHQ>ARMY\n"},
		{"empty alias", kindGroups, "TTP\t\tA||B\n"},
		{"noun with bad use", kindSectors, "troops\tMIL\tverb\n"},
		{"noun with bad sector", kindSectors, "troops\tARMY\n"},
		{"local noun with bad country", kindSectors, "rangers\tMIL\t\tThai\n"},
		{"local noun of unknown country", kindSectors, "rangers\tMIL\t\tQQQ\n"},
		{"local noun with a use", kindSectors, "rangers\tMIL\tlower\tTHA\n"},
		{"noun with five columns", kindSectors, "rangers\tMIL\t\tTHA\textra\n"},
		{"person with bad country", kindPeople, "Some One\t\tPakistan\n"},
		{"invalid utf-8", kindPeople, "Some \xff One\n"},
		{"overlong alias", kindGroups, "TTP\t\t" + strings.Repeat("a ", 40) + "\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "user_"+tt.kind+".tsv")
			if err := os.WriteFile(path, []byte("# a user file\n"+tt.data), 0o600); err != nil {
				t.Fatal(err)
			}
			_, err := Load(path)
			if err == nil {
				t.Fatal("Load accepted a malformed row")
			}
			if !strings.Contains(err.Error(), path+":2") {
				t.Errorf("error %q does not name %s:2", err, path)
			}
		})
	}
}

func mustRead(tb testing.TB, path string) string {
	tb.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

// FuzzLoadUser feeds hostile TSV to the user-file loader: it must return an
// error or a dictionary that works, never panic.
func FuzzLoadUser(f *testing.F) {
	for _, s := range []string{
		"# kind: groups\nKDB\tKivu Defence Brigade\tKDB\tCOD\tMLT\t2025-01-01..>CODMIL\n",
		"# kind: people\nA B\tB\tPAK\t..2020-01-01>PAKGOV;2021-01-01..>TTP\n",
		"# kind: sectors\nbandits|the bandit\tCRM\t\nMr\tGOV\ttitle\n",
		"# kind: sectors\nrangers|ranger\tMIL\t\tTHA|PAK\nbandits\tCRM\t\tNGA\n",
		"# kind: countries\nPAK\t~Pak\tPk|the Pk\tPaki\tIsb\tGHQ>MIL\n",
		"# kind: groups\n\t\t\t\t\t\n||\t~\t..\n",
		"# kind: people\n\xff\xfe\n",
	} {
		f.Add([]byte(s))
	}
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte) {
		path := filepath.Join(dir, "user.tsv")
		if err := os.WriteFile(path, data, 0o600); err != nil {
			t.Fatal(err)
		}
		d, err := Load(path)
		if err != nil {
			if truce.ErrorCode(err) != truce.EINVALID {
				t.Fatalf("error %v has code %q, want EINVALID", err, truce.ErrorCode(err))
			}
			return
		}
		for _, m := range d.Find("Pakistani soldiers and the Kivu Defence Brigade met Pk's bandits and Mr A B. "+string(data), MustDate(t, day)) {
			if m.Start < 0 || m.End <= m.Start {
				t.Fatalf("bad offsets %+v", m)
			}
		}
	})
}
