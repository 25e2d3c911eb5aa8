package code

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// refInflect and refAlternatives expand forms the plain way, one string
// at a time, as the reading the expander must give.
func refInflect(ws []string) [][]string {
	for i, w := range ws {
		stem, ok := strings.CutSuffix(w, "~")
		if !ok {
			continue
		}
		forms := verbForms
		if s, ok := strings.CutSuffix(stem, "~"); ok {
			stem, forms = s, doubledForms
		}
		var out [][]string
		for _, f := range forms(stem) {
			v := append(append(append([]string{}, ws[:i]...), f), ws[i+1:]...)
			out = append(out, refInflect(v)...)
		}
		return out
	}
	if len(ws) == 0 {
		return nil
	}
	return [][]string{ws}
}

func refAlternatives(form string) ([][]string, error) {
	i := strings.IndexAny(form, "{}")
	if i < 0 {
		return refInflect(strings.Fields(form)), nil
	}
	if form[i] == '}' {
		return nil, fmt.Errorf("form %q: \"}\" without \"{\"", form)
	}
	j := strings.IndexAny(form[i+1:], "{}")
	if j < 0 || form[i+1+j] != '}' {
		return nil, fmt.Errorf("form %q: \"{\" without \"}\"", form)
	}
	j += i + 1
	var out [][]string
	for _, a := range strings.Split(form[i+1:j], ",") {
		if strings.TrimSpace(a) == "" {
			return nil, fmt.Errorf("form %q: empty choice in braces", form)
		}
		ws, err := refAlternatives(form[:i] + a + form[j+1:])
		if err != nil {
			return nil, err
		}
		out = append(out, ws...)
	}
	return out, nil
}

// The shared expander gives every form of triggers.tsv, and of some odd
// ones, exactly the word lists and order the plain expansion gives.
func TestFormExpanderSameAsPlain(t *testing.T) {
	forms := []string{
		"", "  ", "~", "ban~~", "a {b c,d} {e~,f~~} g~", "re{took,captured} * town",
		"{x,y}~ {a,b}\tc", "storm~ {the,a} {base,camp}", "\u00a0shell~\u00a0town",
		// after a form past ASCII, one sharing its words; a verb form
		// that is itself marked; choices sharing their start (perf33)
		"shell~ town", "x~~~ {a,b}", "{a b,a c} d~ {e~,f} g", "{*~,a} b",
	}
	x := newFormExpander()
	if err := eachRow("data/triggers.tsv", 6, func(f []string, line int) error {
		forms = append(forms, strings.Split(f[0], "|")...)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	for _, form := range forms {
		want, err := refAlternatives(form)
		if err != nil {
			t.Fatalf("%q: %v", form, err)
		}
		got, err := x.expand(form)
		if err != nil {
			t.Fatalf("%q: %v", form, err)
		}
		if !slices.EqualFunc(got, want, slices.Equal[[]string]) {
			t.Errorf("%q: got %q, want %q", form, got, want)
		}
	}
}

// refSecond builds a first word's secondIndex the plain way, growing each
// list, as the reading indexSecond must give.
func refSecond(es []*entry) *secondIndex {
	ix := &secondIndex{entries: es}
	for k, e := range es {
		switch {
		case len(e.words) >= 3 && e.words[1] == "*" && e.words[2] != "*":
			if ix.byThird == nil {
				ix.byThird = map[string][]int{}
			}
			ix.byThird[e.words[2]] = append(ix.byThird[e.words[2]], k)
		case len(e.words) < 2 || e.words[1] == "*":
			ix.open = append(ix.open, k)
		default:
			if ix.bySecond == nil {
				ix.bySecond = map[string][]int{}
			}
			ix.bySecond[e.words[1]] = append(ix.bySecond[e.words[1]], k)
		}
	}
	// the filter of the keys (perf23_wordfilter.go)
	for w := range ix.bySecond {
		ix.keys.add(w)
	}
	for w := range ix.byThird {
		ix.keys.add(w)
	}
	// the signatures match tries first (TestMatchSignatureSkipsNoMatch)
	ix.need = make([]uint64, len(es))
	for k, e := range es {
		span := 0
		for _, w := range e.words[1:] {
			if w == "*" {
				span += maxGap
				continue
			}
			ix.need[k] |= wordBit(w)
			span++
		}
		ix.span = max(ix.span, span)
	}
	return ix
}

// The lexicon lists every form under its first word in file order, and
// indexes each list as the plain way would.
func TestLexiconIndexSameAsPlain(t *testing.T) {
	lx, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	x := newFormExpander()
	var want []string
	if err := eachRow("data/triggers.tsv", 6, func(f []string, line int) error {
		for _, form := range strings.Split(f[0], "|") {
			forms, err := x.expand(form)
			if err != nil {
				return err
			}
			for _, ws := range forms {
				want = append(want, fmt.Sprint(line, ws))
			}
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	seen := map[string]int{}
	for _, w := range want {
		seen[w]++
	}
	n := 0
	for w, es := range lx.byFirst {
		last := 0
		for _, e := range es {
			if e.words[0] != w || e.line < last {
				t.Fatalf("%q: %q (line %d) out of place", w, e.words, e.line)
			}
			last = e.line
			seen[fmt.Sprint(e.line, e.words)]--
			n++
		}
		want := refSecond(es)
		// the qualifiers under the first word (perf26)
		want.qualifiers, want.inner = lx.qualifiers[w], lx.inner[w]
		if got := lx.second[w]; !reflect.DeepEqual(got, want) {
			t.Errorf("%q: index %+v, want %+v", w, got, want)
		}
	}
	if n != len(want) || len(lx.second) != len(lx.byFirst) {
		t.Errorf("%d forms in %d indexes, want %d in %d", n, len(lx.second), len(want), len(lx.byFirst))
	}
	for w, c := range seen {
		if c != 0 {
			t.Errorf("form %s: %d left", w, c)
		}
	}
}
