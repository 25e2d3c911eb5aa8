package code_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestSnippetFilesDIP checks the hand-annotated diplomacy and verbal-conflict
// snippets in testdata/snippets/{dev,test}/DIP-*.gold.json: that every file is
// well-formed truce-gold/1, that every annotation points at text that is
// really there and uses the vocabularies the evaluator knows (PLOVER types,
// statuses, ceasefire states, ACLED type and sub-event pairs), that snippets
// alternate between the dev and test splits, and that each PLOVER category of
// this share has enough required events.
func TestSnippetFilesDIP(t *testing.T) {
	type event struct {
		Key                    string   `json:"key"`
		Required               *bool    `json:"required"`
		Evidence               string   `json:"evidence"`
		Type                   []string `json:"type"`
		Mode                   []string `json:"mode"`
		Symmetric              bool     `json:"symmetric"`
		Source                 []string `json:"source"`
		Target                 []string `json:"target"`
		SourceSector           []string `json:"source_sector"`
		TargetSector           []string `json:"target_sector"`
		LocationAny            []string `json:"location_any"`
		LocationCountry        []string `json:"location_country"`
		FatalitiesMin          []int    `json:"fatalities_min"`
		InjuriesMin            []int    `json:"injuries_min"`
		Status                 []string `json:"status"`
		ReportedBy             []string `json:"reported_by"`
		Ceasefire              *bool    `json:"ceasefire"`
		Mediators              []string `json:"mediators"`
		TermsContain           []string `json:"terms_contain"`
		CeasefireDurationHours *int     `json:"ceasefire_duration_hours"`
		CeasefireState         []string `json:"ceasefire_state"`
		RetaliatesFor          string   `json:"retaliates_for"`
		ACLED                  []string `json:"acled"`
		CAMEO                  string   `json:"cameo"`
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

	categories := map[string]bool{}
	for _, c := range strings.Fields("AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN PROTEST SANCTION MOBILIZE COERCE ASSAULT FIGHT DEMAND DISAPPROVE INVESTIGATE") {
		categories[c] = true
	}
	statuses := map[string]bool{"reported": true, "alleged": true, "claimed": true, "denied": true, "planned": true, "negated": true, "hypothetical": true}
	ceasefireStates := map[string]bool{"announced": true, "in_force": true, "violated": true, "broken": true, "collapsed": true, "expired": true, "extended": true}
	acledPairs := map[string]bool{}
	for typ, subs := range map[string][]string{
		"Battles":                    {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
		"Explosions/Remote violence": {"Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"},
		"Violence against civilians": {"Sexual violence", "Attack", "Abduction/forced disappearance"},
		"Protests":                   {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
		"Riots":                      {"Violent demonstration", "Mob violence"},
		"Strategic developments":     {"Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use", "Headquarters or base established", "Looting/property destruction", "Non-violent transfer of territory", "Other"},
	} {
		for _, s := range subs {
			acledPairs[typ+"\x00"+s] = true
		}
	}
	if len(acledPairs) != 25 {
		t.Fatalf("ACLED table has %d type/sub-event pairs, want 25", len(acledPairs))
	}
	// This share's categories, each of which needs at least minRequired
	// required events (counted by the first, preferred, type) across the
	// two splits and minPerSplit in each.
	share := strings.Fields("AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN SANCTION MOBILIZE")
	const (
		minRequired  = 10
		minPerSplit  = 4
		minNegatives = 40
		minWords     = 15
		maxWords     = 70
	)
	cameoRe := regexp.MustCompile(`^(0[1-9]|1[0-9]|20)[0-9]{0,2}$`)
	idRe := regexp.MustCompile(`^DIP-([a-z]+)-([0-9]{3})$`)
	modeRe := regexp.MustCompile(`^[a-z_-]*$`)

	paths, err := filepath.Glob(filepath.Join("testdata", "snippets", "*", "DIP-*.gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) == 0 {
		t.Fatal("no DIP snippet files under testdata/snippets")
	}

	seenIDs := map[string]string{}
	primary := map[string]map[string]int{} // split -> type -> required events
	anyType := map[string]int{}            // type -> required events listing it anywhere
	acledCount := map[string]int{}
	docsPerTopic := map[string]int{}
	negatives := map[string]int{}
	for _, path := range paths {
		split := filepath.Base(filepath.Dir(path))
		topic := strings.TrimSuffix(strings.TrimPrefix(filepath.Base(path), "DIP-"), ".gold.json")
		t.Run(split+"/"+topic, func(t *testing.T) {
			if split != "dev" && split != "test" {
				t.Fatalf("%s: split directory %q, want dev or test", path, split)
			}
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			dec := json.NewDecoder(bytes.NewReader(data))
			dec.DisallowUnknownFields()
			var f file
			if err := dec.Decode(&f); err != nil {
				t.Fatalf("parse %s: %v", path, err)
			}
			if f.Format != "truce-gold/1" {
				t.Errorf("format %q, want truce-gold/1", f.Format)
			}
			if len(f.Documents) == 0 {
				t.Fatal("no documents")
			}
			if primary[split] == nil {
				primary[split] = map[string]int{}
			}
			for _, d := range f.Documents {
				m := idRe.FindStringSubmatch(d.ID)
				if m == nil || m[1] != topic {
					t.Errorf("id %q: want DIP-%s-NNN", d.ID, topic)
					continue
				}
				if prev, ok := seenIDs[d.ID]; ok {
					t.Errorf("id %q in %s duplicates one in %s", d.ID, path, prev)
				}
				seenIDs[d.ID] = path
				docsPerTopic[topic]++
				if n, _ := strconv.Atoi(m[2]); (n%2 == 1) != (split == "dev") {
					t.Errorf("%s: odd numbers belong in dev/, even in test/", d.ID)
				}
				if strings.TrimSpace(d.Text) == "" {
					t.Errorf("%s: empty text", d.ID)
				}
				if n := len(strings.Fields(d.Text)); n < minWords || n > maxWords {
					t.Errorf("%s: %d words, want %d-%d", d.ID, n, minWords, maxWords)
				}
				if pub, err := time.Parse(time.DateOnly, d.Published); err != nil {
					t.Errorf("%s: published %q: %v", d.ID, d.Published, err)
				} else if pub.Year() < 2019 || pub.Year() > 2025 {
					t.Errorf("%s: published %s outside 2019-2025", d.ID, d.Published)
				}
				for _, s := range d.NoEventsFrom {
					if s == "" || !strings.Contains(d.Text, s) {
						t.Errorf("%s: no_events_from %q is not in the text", d.ID, s)
					}
				}
				for _, ty := range d.NoEventsOfType {
					if !categories[ty] {
						t.Errorf("%s: no_events_of_type %q is not a PLOVER category", d.ID, ty)
					}
				}
				if len(d.Events) == 0 {
					if len(d.NoEventsFrom) == 0 && len(d.NoEventsOfType) == 0 {
						t.Errorf("%s: no events and no negative constraints", d.ID)
					}
					negatives[split]++
				}
				keys := map[string]bool{}
				for _, e := range d.Events {
					if e.Key == "" || keys[e.Key] {
						t.Errorf("%s: empty or duplicate key %q", d.ID, e.Key)
					}
					keys[e.Key] = true
				}
				for _, e := range d.Events {
					where := d.ID + "/" + e.Key
					if e.Required == nil {
						t.Errorf("%s: required not set", where)
					}
					if e.Evidence == "" || !strings.Contains(d.Text, e.Evidence) {
						t.Errorf("%s: evidence %q is not in the text", where, e.Evidence)
					}
					if len(e.Type) == 0 {
						t.Errorf("%s: no type", where)
					}
					for _, ty := range e.Type {
						if !categories[ty] {
							t.Errorf("%s: type %q is not a PLOVER category", where, ty)
						}
					}
					for _, mo := range e.Mode {
						if !modeRe.MatchString(mo) {
							t.Errorf("%s: mode %q", where, mo)
						}
					}
					if len(e.Status) == 0 {
						t.Errorf("%s: no status", where)
					}
					for _, s := range e.Status {
						if !statuses[s] {
							t.Errorf("%s: status %q", where, s)
						}
					}
					for _, s := range e.CeasefireState {
						if !ceasefireStates[s] {
							t.Errorf("%s: ceasefire_state %q", where, s)
						}
					}
					if (len(e.Mediators) > 0 || len(e.TermsContain) > 0 || e.CeasefireDurationHours != nil || len(e.CeasefireState) > 0) && (e.Ceasefire == nil || !*e.Ceasefire) {
						t.Errorf("%s: ceasefire fields without ceasefire: true", where)
					}
					for name, r := range map[string][]int{"fatalities_min": e.FatalitiesMin, "injuries_min": e.InjuriesMin} {
						if r != nil && (len(r) != 2 || r[0] < 0 || r[0] > r[1]) {
							t.Errorf("%s: %s %v, want [lo, hi]", where, name, r)
						}
					}
					if e.RetaliatesFor != "" && (e.RetaliatesFor == e.Key || !keys[e.RetaliatesFor]) {
						t.Errorf("%s: retaliates_for %q is not another event of the document", where, e.RetaliatesFor)
					}
					if e.Symmetric && (len(e.Source) == 0 || len(e.Target) == 0) {
						t.Errorf("%s: symmetric without both sides", where)
					}
					if !cameoRe.MatchString(e.CAMEO) {
						t.Errorf("%s: cameo %q, want a CAMEO code of 2-4 digits", where, e.CAMEO)
					}
					switch {
					case e.ACLED == nil:
						t.Errorf("%s: acled missing (use [] when ACLED would not record it)", where)
					case len(e.ACLED) == 0:
					case len(e.ACLED) != 2 || !acledPairs[e.ACLED[0]+"\x00"+e.ACLED[1]]:
						t.Errorf("%s: acled %q is not an ACLED type and sub-event type", where, e.ACLED)
					default:
						acledCount[e.ACLED[0]+" / "+e.ACLED[1]]++
					}
					if e.Required != nil && *e.Required && len(e.Type) > 0 {
						primary[split][e.Type[0]]++
						for _, ty := range e.Type {
							anyType[ty]++
						}
					}
				}
			}
		})
	}

	for _, c := range share {
		total := primary["dev"][c] + primary["test"][c]
		t.Logf("%-10s required events (first type): dev %2d, test %2d, total %2d; listed anywhere %2d; topic documents %2d",
			c, primary["dev"][c], primary["test"][c], total, anyType[c], docsPerTopic[strings.ToLower(c)])
		if total < minRequired {
			t.Errorf("%s: %d required events, want at least %d", c, total, minRequired)
		}
		for _, split := range []string{"dev", "test"} {
			if primary[split][c] < minPerSplit {
				t.Errorf("%s: %d required events in %s, want at least %d", c, primary[split][c], split, minPerSplit)
			}
		}
		if n := docsPerTopic[strings.ToLower(c)]; n < minRequired {
			t.Errorf("DIP-%s: %d documents, want at least %d", strings.ToLower(c), n, minRequired)
		}
	}
	t.Logf("negatives (no events): dev %d, test %d", negatives["dev"], negatives["test"])
	if n := negatives["dev"] + negatives["test"]; n < minNegatives {
		t.Errorf("%d negative documents, want at least %d", n, minNegatives)
	}
	subtypes := make([]string, 0, len(acledCount))
	for k := range acledCount {
		subtypes = append(subtypes, k)
	}
	sort.Strings(subtypes)
	for _, k := range subtypes {
		t.Logf("ACLED %s: %d", k, acledCount[k])
	}
	t.Logf("%d documents in %d files", len(seenIDs), len(paths))
}
