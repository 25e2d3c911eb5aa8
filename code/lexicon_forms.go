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
	tpos  []int              // where toks has a "~"-marked word (perf33)
	// ends holds where each word of the text split last (toks) ends:
	// choose makes the texts of a form in an order where each shares
	// most of its start with the one before, and the words within that
	// shared start are not looked up again. same is how long that start
	// is: choose only cuts text and appends to it, so no byte before the
	// shortest length text was cut to since the last split has changed
	// (perf33). ascii says the form has no byte past ASCII; ends is
	// empty after a form that has.
	ends  []int
	same  int
	ascii bool
	// bits holds each word's signature bit (wordBit) by number, and
	// needs and spans each form of out's signature and span (formNeeds):
	// made from the numbers, they cost no read of the words (perf33).
	bits   []uint64
	needs  []uint64
	spans  []int32
	block  []string   // free room the word lists are cut from
	idRoom []int32    // free room the verbs' number lists are cut from
	out    [][]string // the forms of the row being expanded
	// firsts and keys hold, by form of out, the number of its first word
	// and its packed key (packKey): with needs and spans, all the index
	// needs of the numbers, kept in 20 bytes a form rather than a number
	// a word.
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
	x.needs, x.spans = x.needs[:0], x.spans[:0]
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
	x.text, x.same, x.ascii = x.text[:0], 0, isASCIIString(form)
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
		x.same = min(x.same, n)
		return
	}
	j := i + strings.IndexByte(rest[i:], '}')
	x.text = append(x.text, rest[:i]...)
	m := len(x.text)
	for c, more := rest[i+1:j], true; more; {
		var a string
		a, c, more = strings.Cut(c, ",")
		x.text = append(x.text[:m], a...)
		x.same = min(x.same, m)
		x.choose(rest[j+1:])
	}
	x.text = x.text[:n]
	x.same = min(x.same, n)
}

// asciiSpace marks the ASCII bytes strings.Fields splits at.
var asciiSpace = [256]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// split cuts text into words as strings.Fields would and inflects them.
func (x *formExpander) split() {
	x.toks, x.tids = x.toks[:0], x.tids[:0]
	if !x.ascii {
		x.ends, x.tpos = x.ends[:0], x.tpos[:0]
		for _, w := range strings.Fields(string(x.text)) {
			id := x.word(w)
			if strings.HasSuffix(w, "~") {
				x.tpos = append(x.tpos, len(x.toks))
			}
			x.toks = append(x.toks, x.names[id])
			x.tids = append(x.tids, id)
		}
	} else {
		t := x.text
		same := x.same
		x.same = len(t)
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
		for len(x.tpos) > 0 && x.tpos[len(x.tpos)-1] >= k {
			x.tpos = x.tpos[:len(x.tpos)-1]
		}
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
				if t[j-1] == '~' {
					x.tpos = append(x.tpos, len(x.toks))
				}
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

func isASCIIString(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// inflect puts each form of the "~"-marked word at toks[tpos[p]] in its
// place in turn and goes on with the marked words after it; with none
// left it keeps a copy of toks as a form.
func (x *formExpander) inflect(p int) {
	if p < len(x.tpos) {
		x.inflectAt(x.tpos[p], p)
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
	var need uint64
	var span int32
	for _, id := range x.tids[1:] {
		need, span = x.addNeed(need, span, id)
	}
	x.needs = append(x.needs, need)
	x.spans = append(x.spans, span)
}

// addNeed adds the word numbered id to a form's signature and span, as
// formNeeds reads it.
func (x *formExpander) addNeed(need uint64, span int32, id int32) (uint64, int32) {
	if id == starID {
		return need, span + maxGap
	}
	return need | x.bits[id], span + 1
}

// inflectAt inflects the "~"-marked word at toks[i], the p-th of them.
func (x *formExpander) inflectAt(i, p int) {
	w, wid := x.toks[i], x.tids[i]
	for _, f := range x.verbForms(w) {
		x.toks[i], x.tids[i] = x.names[f], f
		if strings.HasSuffix(x.names[f], "~") {
			// a form may itself end in "~", as inflect reads it
			x.inflectAt(i, p)
		} else {
			x.inflect(p + 1)
		}
	}
	x.toks[i], x.tids[i] = w, wid
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
	x.bits = append(x.bits, wordBit(w))
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
	x.bits = append(x.bits, wordBit(s))
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
