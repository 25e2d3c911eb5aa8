package code_test

import (
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/truce-project/truce/eval"
)

// acledPairs are ACLED's 25 event type / sub-event type pairs, spelt as
// ACLED spells them.
var acledPairs = [][2]string{
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

// dipCategories are the PLOVER categories the diplomacy share covers.
var dipCategories = []string{"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
	"REQUEST", "ACCUSE", "REJECT", "THREATEN", "SANCTION", "MOBILIZE"}

var snippetID = regexp.MustCompile(`^(DIP|VIO)-[a-z0-9-]+-(\d{3})$`)

// TestSnippetFiles checks the hand-annotated snippet corpus in
// testdata/snippets/{dev,test}: eval.LoadFile parses each file strictly and
// checks that every evidence and no_events_from string is in its text and
// every type is a PLOVER category. On top of that: ids are unique and
// alternate between the splits (odd to dev, even to test), snippets are
// 15–70 words (wire paragraphs up to 135) published in 2010–2025, ACLED
// labels are real pairs, and each
// PLOVER category of the diplomacy share and each ACLED sub-event type of
// the violence share has enough required events in both splits.
func TestSnippetFiles(t *testing.T) {
	validACLED := map[[2]string]bool{}
	for _, p := range acledPairs {
		validACLED[p] = true
	}
	type tally struct{ events, dev, test int }
	byCategory := map[string]*tally{}
	bySubtype := map[string]*tally{}
	count := func(m map[string]*tally, k, split string) {
		c := m[k]
		if c == nil {
			c = &tally{}
			m[k] = c
		}
		c.events++
		if split == "dev" {
			c.dev++
		} else {
			c.test++
		}
	}
	negatives := map[string]int{}
	seen := map[string]string{}
	for _, split := range []string{"dev", "test"} {
		for _, sf := range loadSnippetDir(t, split) {
			f, docs := sf.name, sf.docs
			for _, d := range docs {
				m := snippetID.FindStringSubmatch(d.ID)
				if m == nil {
					t.Errorf("%s: id %q is not PREFIX-topic-NNN", f, d.ID)
					continue
				}
				if prev, dup := seen[d.ID]; dup {
					t.Errorf("%s: id %s also in %s", f, d.ID, prev)
				}
				seen[d.ID] = f
				n, _ := strconv.Atoi(m[2])
				if want := map[bool]string{true: "dev", false: "test"}[n%2 == 1]; want != split {
					t.Errorf("%s: %s belongs in %s", f, d.ID, want)
				}
				// A snippet is one to three sentences; a wire paragraph
				// (a -wire file) may run to four.
				most := 70
				if strings.Contains(d.ID, "-wire") {
					most = 135
				}
				if w := len(strings.Fields(d.Article.Text)); w < 15 || w > most {
					t.Errorf("%s: %s has %d words, want 15–%d", f, d.ID, w, most)
				}
				if y := d.Article.Published.Year(); y < 2010 || y > 2025 {
					t.Errorf("%s: %s published %d", f, d.ID, y)
				}
				if len(d.Events) == 0 {
					negatives[m[1]]++
					if len(d.NoEventsFrom)+len(d.NoEventsOfType) == 0 {
						t.Errorf("%s: negative %s constrains nothing", f, d.ID)
					}
				}
				for _, ev := range d.Events {
					if ev.ACLED == nil {
						t.Errorf("%s: %s/%s has no acled label", f, d.ID, ev.Key)
					} else if a := *ev.ACLED; len(a) == 2 && !validACLED[[2]string{a[0], a[1]}] {
						t.Errorf("%s: %s/%s: %q is not an ACLED pair", f, d.ID, ev.Key, a)
					}
					if !ev.Required {
						continue
					}
					count(byCategory, ev.Type[0], split)
					if ev.ACLED != nil && len(*ev.ACLED) == 2 {
						count(bySubtype, (*ev.ACLED)[1], split)
					}
				}
			}
		}
	}
	check := func(share, name string, c *tally) {
		if c == nil {
			c = &tally{}
		}
		t.Logf("%s %-36s required %3d (dev %d, test %d)", share, name, c.events, c.dev, c.test)
		if c.events < 10 || c.dev < 4 || c.test < 4 {
			t.Errorf("%s %s: %d required events (dev %d, test %d), want ≥10 with ≥4 in each split",
				share, name, c.events, c.dev, c.test)
		}
	}
	for _, cat := range dipCategories {
		check("DIP", cat, byCategory[cat])
	}
	for _, p := range acledPairs {
		check("VIO", p[1], bySubtype[p[1]])
	}
	for _, prefix := range []string{"DIP", "VIO"} {
		if negatives[prefix] < 40 {
			t.Errorf("%s: %d negative snippets, want ≥40", prefix, negatives[prefix])
		}
	}
}

// snippetFile is one loaded gold file of the snippet corpus.
type snippetFile struct {
	name string
	docs []*eval.Document
}

// loadSnippetDir loads the gold files of testdata/snippets/dir (a split,
// or "*" for all), failing when there are none; a file that does not load
// is reported and left out.
func loadSnippetDir(t *testing.T, dir string) []snippetFile {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "snippets", dir, "*.gold.json"))
	if err != nil || len(files) == 0 {
		t.Fatalf("snippet files in %s: %v (%d files)", dir, err, len(files))
	}
	var out []snippetFile
	for _, f := range files {
		docs, err := eval.LoadFile(f)
		if err != nil {
			t.Errorf("%v", err)
			continue
		}
		out = append(out, snippetFile{f, docs})
	}
	return out
}
