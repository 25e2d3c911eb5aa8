package code_test

import (
	"slices"
	"sort"
	"testing"

	"github.com/truce-project/truce/actor"
)

// TestSnippetActorIDs checks that every actor id the snippet gold names
// (sides, mediators, reporters) is one a coder can produce with the
// embedded dictionary: a country code, a country code with a sector, a
// group or organisation id, or a bare sector code. A group that always
// stands as another id ("SAF" as SDNMIL, the Taliban as AFGGOV after
// August 2021) is produced only as that id, so the list must hold it. A
// gold event naming only ids no coder can produce on a side is lost to
// every coder.
func TestSnippetActorIDs(t *testing.T) {
	dict, err := actor.Load()
	if err != nil {
		t.Fatal(err)
	}
	problems := map[string][]string{}
	for _, sf := range loadSnippetDir(t, "*") {
		for _, d := range sf.docs {
			day := d.Article.Published
			for _, ev := range d.Events {
				for _, list := range [][]string{ev.Source, ev.Target, ev.Mediators, ev.ReportedBy} {
					for _, id := range list {
						why := ""
						if a, ok := dict.Lookup(id, day); !ok {
							// A bare sector ("NGO", "AID") stands for
							// that sector anywhere.
							if _, sector := dict.Lookup("USA"+id, day); len(id) != 3 || !sector {
								why = "is not in the dictionary"
							}
						} else if a.ID != id && !slices.Contains(list, a.ID) {
							why = "stands as " + a.ID + " on " + day.Format("2006-01-02")
						}
						if why != "" {
							k := "actor id " + id + " " + why
							problems[k] = append(problems[k], d.ID+"/"+ev.Key)
						}
					}
				}
			}
		}
	}
	keys := make([]string, 0, len(problems))
	for k := range problems {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		t.Errorf("%s (%d uses: %v)", k, len(problems[k]), problems[k])
	}
}
