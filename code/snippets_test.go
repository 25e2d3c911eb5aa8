package code_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestSnippetFilesVIO checks the hand-annotated VIO snippet files under
// testdata/snippets: they must parse as truce-gold/1, every evidence string
// must occur verbatim in its snippet, and the corpus must cover each ACLED
// sub-event type in both splits. Only files named VIO-* are checked, so the
// other snippet writer's files stay theirs to validate.
func TestSnippetFilesVIO(t *testing.T) {
	type event struct {
		Key           string   `json:"key"`
		Required      *bool    `json:"required"`
		Evidence      string   `json:"evidence"`
		Type          []string `json:"type"`
		Mode          []string `json:"mode"`
		Status        []string `json:"status"`
		FatalitiesMin []int    `json:"fatalities_min"`
		InjuriesMin   []int    `json:"injuries_min"`
		ACLED         []string `json:"acled"`
		CAMEO         string   `json:"cameo"`
	}
	type document struct {
		ID             string   `json:"id"`
		Text           string   `json:"text"`
		Published      string   `json:"published"`
		Events         []event  `json:"events"`
		NoEventsFrom   []string `json:"no_events_from"`
		NoEventsOfType []string `json:"no_events_of_type"`
	}
	type file struct {
		Format    string     `json:"format"`
		Documents []document `json:"documents"`
	}

	plover := map[string]bool{}
	for _, c := range strings.Fields("AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT " +
		"THREATEN PROTEST SANCTION MOBILIZE COERCE ASSAULT FIGHT DEMAND DISAPPROVE INVESTIGATE") {
		plover[c] = true
	}
	statuses := map[string]bool{"reported": true, "alleged": true, "claimed": true, "denied": true,
		"planned": true, "negated": true, "hypothetical": true}
	// The 25 ACLED event type / sub-event type pairs, spelt as ACLED spells them.
	acledPairs := [][2]string{
		{"Battles", "Armed clash"},
		{"Battles", "Government regains territory"},
		{"Battles", "Non-state actor overtakes territory"},
		{"Explosions/Remote violence", "Chemical weapon"},
		{"Explosions/Remote violence", "Air/drone strike"},
		{"Explosions/Remote violence", "Suicide bomb"},
		{"Explosions/Remote violence", "Shelling/artillery/missile attack"},
		{"Explosions/Remote violence", "Remote explosive/landmine/IED"},
		{"Explosions/Remote violence", "Grenade"},
		{"Violence against civilians", "Sexual violence"},
		{"Violence against civilians", "Attack"},
		{"Violence against civilians", "Abduction/forced disappearance"},
		{"Protests", "Peaceful protest"},
		{"Protests", "Protest with intervention"},
		{"Protests", "Excessive force against protesters"},
		{"Riots", "Violent demonstration"},
		{"Riots", "Mob violence"},
		{"Strategic developments", "Agreement"},
		{"Strategic developments", "Arrests"},
		{"Strategic developments", "Change to group/activity"},
		{"Strategic developments", "Disrupted weapons use"},
		{"Strategic developments", "Headquarters or base established"},
		{"Strategic developments", "Looting/property destruction"},
		{"Strategic developments", "Non-violent transfer of territory"},
		{"Strategic developments", "Other"},
	}
	validACLED := map[[2]string]bool{}
	for _, p := range acledPairs {
		validACLED[p] = true
	}

	paths, err := filepath.Glob(filepath.Join("testdata", "snippets", "*", "VIO-*.gold.json"))
	if err != nil {
		t.Fatalf("glob snippet files: %v", err)
	}
	if len(paths) == 0 {
		t.Fatal("no VIO snippet files under testdata/snippets")
	}

	ids := map[string]string{}
	// Per split, how many snippets hold a required event of each ACLED sub-event
	// type, and how many required events carry it.
	docsWith := map[string]map[string]int{"dev": {}, "test": {}}
	reqEvents := map[string]int{}
	types := map[string]int{}
	negatives := map[string]int{}
	for _, path := range paths {
		split := filepath.Base(filepath.Dir(path))
		if split != "dev" && split != "test" {
			t.Errorf("%s: split directory %q, want dev or test", path, split)
			continue
		}
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("read %s: %v", path, err)
		}
		var f file
		if err := json.Unmarshal(data, &f); err != nil {
			t.Errorf("parse %s: %v", path, err)
			continue
		}
		if f.Format != "truce-gold/1" {
			t.Errorf("%s: format %q, want truce-gold/1", path, f.Format)
		}
		if len(f.Documents) == 0 {
			t.Errorf("%s: no documents", path)
		}
		for _, d := range f.Documents {
			where := path + ": " + d.ID
			if d.ID == "" {
				t.Errorf("%s: document without id", path)
				continue
			}
			if prev, ok := ids[d.ID]; ok {
				t.Errorf("%s: id also used in %s", where, prev)
			}
			ids[d.ID] = path
			if !strings.HasPrefix(d.ID, "VIO-") {
				t.Errorf("%s: id lacks the VIO- prefix", where)
			}
			// Odd-numbered snippets belong to dev, even-numbered to test.
			if i := strings.LastIndexByte(d.ID, '-'); i >= 0 {
				n, err := strconv.Atoi(d.ID[i+1:])
				want := "test"
				if n%2 == 1 {
					want = "dev"
				}
				if err != nil || want != split {
					t.Errorf("%s: number suffix puts it in %s, found in %s", where, want, split)
				}
			}
			if words := len(strings.Fields(d.Text)); words < 15 || words > 70 {
				t.Errorf("%s: %d words, want 15-70", where, words)
			}
			pub, err := time.Parse(time.DateOnly, d.Published)
			if err != nil {
				t.Errorf("%s: published %q: %v", where, d.Published, err)
			} else if pub.Year() < 2019 || pub.Year() > 2025 {
				t.Errorf("%s: published %s outside 2019-2025", where, d.Published)
			}
			for _, s := range d.NoEventsFrom {
				if !strings.Contains(d.Text, s) {
					t.Errorf("%s: no_events_from %q not in text", where, s)
				}
			}
			for _, ty := range d.NoEventsOfType {
				if !plover[ty] {
					t.Errorf("%s: no_events_of_type %q is not a PLOVER category", where, ty)
				}
			}
			if len(d.Events) == 0 {
				if len(d.NoEventsFrom) == 0 && len(d.NoEventsOfType) == 0 {
					t.Errorf("%s: no events and no negative constraints", where)
				}
				negatives[split]++
			}
			keys := map[string]bool{}
			for _, e := range d.Events {
				ew := where + " event " + strconv.Quote(e.Key)
				if e.Key == "" || keys[e.Key] {
					t.Errorf("%s: missing or duplicate key", ew)
				}
				keys[e.Key] = true
				if e.Required == nil {
					t.Errorf("%s: required not set", ew)
				}
				if e.Evidence == "" || !strings.Contains(d.Text, e.Evidence) {
					t.Errorf("%s: evidence %q not in text", ew, e.Evidence)
				}
				if len(e.Type) == 0 || len(e.Type) > 2 {
					t.Errorf("%s: %d types, want 1 or 2", ew, len(e.Type))
				}
				for _, ty := range e.Type {
					if !plover[ty] {
						t.Errorf("%s: type %q is not a PLOVER category", ew, ty)
					}
				}
				for _, s := range e.Status {
					if !statuses[s] {
						t.Errorf("%s: status %q unknown", ew, s)
					}
				}
				for name, r := range map[string][]int{"fatalities_min": e.FatalitiesMin, "injuries_min": e.InjuriesMin} {
					if r != nil && (len(r) != 2 || r[0] < 0 || r[0] > r[1]) {
						t.Errorf("%s: %s %v, want [lo, hi]", ew, name, r)
					}
				}
				if len(e.CAMEO) < 2 || strings.Trim(e.CAMEO, "0123456789") != "" {
					t.Errorf("%s: cameo %q, want a numeric code of at least two digits", ew, e.CAMEO)
				}
				if e.ACLED == nil {
					t.Errorf("%s: acled missing (use [] for events ACLED does not record)", ew)
					continue
				}
				if len(e.ACLED) == 0 {
					continue
				}
				if len(e.ACLED) != 2 || !validACLED[[2]string{e.ACLED[0], e.ACLED[1]}] {
					t.Errorf("%s: acled %q is not a valid ACLED pair", ew, e.ACLED)
					continue
				}
				if e.Required != nil && *e.Required {
					reqEvents[e.ACLED[1]]++
					for _, ty := range e.Type {
						types[ty]++
					}
				}
			}
			seen := map[string]bool{}
			for _, e := range d.Events {
				if len(e.ACLED) == 2 && e.Required != nil && *e.Required && !seen[e.ACLED[1]] {
					seen[e.ACLED[1]] = true
					docsWith[split][e.ACLED[1]]++
				}
			}
		}
	}

	for _, p := range acledPairs {
		sub := p[1]
		dev, test := docsWith["dev"][sub], docsWith["test"][sub]
		t.Logf("%-36s dev %2d  test %2d  required events %2d", sub, dev, test, reqEvents[sub])
		if dev+test < 10 {
			t.Errorf("%s: %d snippets with a required event, want at least 10", sub, dev+test)
		}
		if reqEvents[sub] < 10 {
			t.Errorf("%s: %d required events, want at least 10", sub, reqEvents[sub])
		}
		if dev < 4 || test < 4 {
			t.Errorf("%s: split dev %d / test %d, want at least 4 in each", sub, dev, test)
		}
	}
	names := make([]string, 0, len(types))
	for ty := range types {
		names = append(names, ty)
	}
	sort.Strings(names)
	for _, ty := range names {
		t.Logf("PLOVER %-10s %3d required events (as an acceptable type)", ty, types[ty])
	}
	t.Logf("negatives: dev %d, test %d; snippets: %d", negatives["dev"], negatives["test"], len(ids))
	if negatives["dev"]+negatives["test"] < 40 {
		t.Errorf("%d negative snippets, want at least 40", negatives["dev"]+negatives["test"])
	}
}
