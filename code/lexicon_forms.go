package code

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// formExpander expands the forms of trigger rows into their word lists:
// "{a,b}" choices and "~"/"~~" inflections, as alternatives describes.
// A load expands tens of thousands of forms from a few thousand rows, most
// of them sharing words ("sent", "*", "to"), so the expander keeps one
// copy of each word and of each verb's forms, builds a form's text in one
// reused buffer, and cuts the word lists from large shared blocks.
type formExpander struct {
	// words numbers each distinct word, kept once in names; the numbers
	// let the index count and sort forms by word in slices, not maps
	// (perf32_words.go).
	words map[string]int32
	names []string
	verbs map[string][]int32 // "seize~" → seize, seizes, seized, seizing
	text  []byte             // the form with its choices made
	toks  []string           // text's words, being inflected
	tids  []int32            // their numbers
	// last holds the text split last, and ends where each of its words
	// (toks) ends: choose makes the texts of a form in an order where
	// each shares most of its start with the one before, and the words
	// within that shared start are not looked up again. Both are empty
	// after a text with a byte past ASCII.
	last   []byte
	ends   []int
	block  []string   // free room the word lists are cut from
	idRoom []int32    // free room the verbs' number lists are cut from
	out    [][]string // the forms of the row being expanded
	// firsts and keys hold, by form of out, the number of its first word
	// and its packed key (packKey): all the index needs of the
	// numbers, kept in 8 bytes a form rather than a number a word.
	firsts, keys []int32
}

func newFormExpander() *formExpander {
	x := &formExpander{words: make(map[string]int32, 4096), names: make([]string, 0, 4096), verbs: make(map[string][]int32, 1024)}
	x.word("*") // numbered starID
	return x
}

// expand returns the word lists of form, in the order alternatives gives
// them. The returned slice is reused by the next call; the lists are not.
func (x *formExpander) expand(form string) ([][]string, error) {
	x.out, x.firsts, x.keys = x.out[:0], x.firsts[:0], x.keys[:0]
	for rest := form; ; {
		i := strings.IndexAny(rest, "{}")
		if i < 0 {
			break
		}
		if rest[i] == '}' {
			return nil, fmt.Errorf("form %q: \"}\" without \"{\"", form)
		}
		j := strings.IndexAny(rest[i+1:], "{}")
		if j < 0 || rest[i+1+j] != '}' {
			return nil, fmt.Errorf("form %q: \"{\" without \"}\"", form)
		}
		for c, more := rest[i+1:i+1+j], true; more; {
			var a string
			a, c, more = strings.Cut(c, ",")
			if strings.TrimSpace(a) == "" {
				return nil, fmt.Errorf("form %q: empty choice in braces", form)
			}
		}
		rest = rest[i+2+j:]
	}
	x.text = x.text[:0]
	x.choose(form)
	return x.out, nil
}

// choose appends to text each choice of rest's first braces in turn, and
// goes on with what follows them; with no braces left it splits the text.
// expand has checked the braces.
func (x *formExpander) choose(rest string) {
	n := len(x.text)
	i := strings.IndexByte(rest, '{')
	if i < 0 {
		x.text = append(x.text, rest...)
		x.split()
		x.text = x.text[:n]
		return
	}
	j := i + strings.IndexByte(rest[i:], '}')
	x.text = append(x.text, rest[:i]...)
	m := len(x.text)
	for c, more := rest[i+1:j], true; more; {
		var a string
		a, c, more = strings.Cut(c, ",")
		x.text = append(x.text[:m], a...)
		x.choose(rest[j+1:])
	}
	x.text = x.text[:n]
}

// asciiSpace marks the ASCII bytes strings.Fields splits at.
var asciiSpace = [256]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// split cuts text into words as strings.Fields would and inflects them.
func (x *formExpander) split() {
	x.toks, x.tids = x.toks[:0], x.tids[:0]
	if !isASCII(x.text) {
		x.last, x.ends = x.last[:0], x.ends[:0]
		for _, w := range strings.Fields(string(x.text)) {
			id := x.word(w)
			x.toks = append(x.toks, x.names[id])
			x.tids = append(x.tids, id)
		}
	} else {
		t := x.text
		same := 0
		for same < len(t) && same < len(x.last) && t[same] == x.last[same] {
			same++
		}
		// A word that ends before same ends there in both texts: the
		// byte after it, a space, is shared too.
		k := 0
		for k < len(x.ends) && x.ends[k] < same {
			k++
		}
		i := 0
		if k > 0 {
			i = x.ends[k-1]
		}
		x.toks, x.tids, x.ends = x.toks[:k], x.tids[:k], x.ends[:k]
		x.last = append(x.last[:0], t...)
		for i < len(t) {
			for i < len(t) && asciiSpace[t[i]] {
				i++
			}
			j := i
			for j < len(t) && !asciiSpace[t[j]] {
				j++
			}
			if j > i {
				id := x.wordOf(t[i:j])
				x.toks = append(x.toks, x.names[id])
				x.tids = append(x.tids, id)
				x.ends = append(x.ends, j)
			}
			i = j
		}
	}
	if len(x.toks) > 0 {
		x.inflect(0)
	}
}

func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// inflect puts each form of the first "~"-marked word from toks[from] in
// its place in turn and goes on with the words after it; with none left
// it keeps a copy of toks as a form.
func (x *formExpander) inflect(from int) {
	for i := from; i < len(x.toks); i++ {
		w, wid := x.toks[i], x.tids[i]
		if !strings.HasSuffix(w, "~") {
			continue
		}
		for _, f := range x.verbForms(w) {
			x.toks[i], x.tids[i] = x.names[f], f
			// from i: a form may itself end in "~", as inflect reads it
			x.inflect(i)
		}
		x.toks[i], x.tids[i] = w, wid
		return
	}
	if cap(x.block)-len(x.block) < len(x.toks) {
		x.block = make([]string, 0, max(4096, len(x.toks)))
	}
	a := len(x.block)
	x.block = append(x.block, x.toks...)
	x.out = append(x.out, x.block[a:len(x.block):len(x.block)])
	x.firsts = append(x.firsts, x.tids[0])
	x.keys = append(x.keys, packKey(x.tids))
}

// verbForms returns the numbers of the forms of a "~"- or "~~"-marked
// verb, made once.
func (x *formExpander) verbForms(w string) []int32 {
	if fs, ok := x.verbs[w]; ok {
		return fs
	}
	stem := strings.TrimSuffix(w, "~")
	forms := verbForms
	if s, ok := strings.CutSuffix(stem, "~"); ok {
		stem, forms = s, doubledForms
	}
	fs := forms(stem)
	if cap(x.idRoom)-len(x.idRoom) < len(fs) {
		x.idRoom = make([]int32, 0, max(1024, len(fs)))
	}
	a := len(x.idRoom)
	for _, f := range fs {
		x.idRoom = append(x.idRoom, x.word(f))
	}
	ids := x.idRoom[a:len(x.idRoom):len(x.idRoom)]
	x.verbs[w] = ids
	return ids
}

// word returns the number of w, numbering it if new; names holds its
// kept copy.
func (x *formExpander) word(w string) int32 {
	if id, ok := x.words[w]; ok {
		return id
	}
	id := int32(len(x.names))
	x.words[w] = id
	x.names = append(x.names, w)
	return id
}

// wordOf returns the number of the word b spells, numbering it if new.
func (x *formExpander) wordOf(b []byte) int32 {
	if id, ok := x.words[string(b)]; ok {
		return id
	}
	s := string(b)
	id := int32(len(x.names))
	x.words[s] = id
	x.names = append(x.names, s)
	return id
}

// alternatives expands a form's "{a,b,c}" choices, each standing for any
// one of its comma-separated words or phrases, then inflects every
// result: "suspend~ * {increase,hike}" gives "suspend * increase",
// "suspended * hike" and the rest; "{protest camp,sit-in camp}" gives
// both phrases. A "~"-marked word is a regular verb with four forms:
// "seize~" gives seize, seizes, seized, seizing; "~~" marks one that
// doubles its last consonant before -ed and -ing: "ban~~" gives ban,
// bans, banned, banning. A brace left open or closed without opening is
// an error.
func alternatives(form string) ([][]string, error) {
	return newFormExpander().expand(form)
}

// verbForms returns a regular verb's base, third person, past and
// present participle.
func verbForms(v string) []string {
	n := len(v)
	switch {
	case n > 2 && v[n-1] == 'e' && strings.IndexByte("eoy", v[n-2]) >= 0:
		// "free", "hoe", "dye" keep their "e": freeing, not freing.
		return []string{v, v + "s", v + "d", v + "ing"}
	case n > 1 && v[n-1] == 'e':
		return []string{v, v + "s", v + "d", v[:n-1] + "ing"}
	case n > 1 && v[n-1] == 'y' && !strings.ContainsRune("aeiou", rune(v[n-2])):
		return []string{v, v[:n-1] + "ies", v[:n-1] + "ied", v + "ing"}
	case strings.HasSuffix(v, "s") || strings.HasSuffix(v, "sh") || strings.HasSuffix(v, "ch") || strings.HasSuffix(v, "x") || strings.HasSuffix(v, "z"):
		return []string{v, v + "es", v + "ed", v + "ing"}
	}
	return []string{v, v + "s", v + "ed", v + "ing"}
}

// doubledForms returns the forms of a verb that doubles its last
// consonant before -ed and -ing: "kidnap" gives kidnap, kidnaps,
// kidnapped, kidnapping.
func doubledForms(v string) []string {
	d := v + v[len(v)-1:]
	return []string{v, v + "s", d + "ed", d + "ing"}
}

// starID is the number of "*", the first word every expander numbers.
const starID int32 = 0
