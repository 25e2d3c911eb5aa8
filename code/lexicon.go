package code

import (
	"bufio"
	"embed"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/bloom"
)

//go:embed data/*.tsv
var dataFS embed.FS

// cameoRow is one line of the CAMEO→PLOVER table.
type cameoRow struct {
	plover    string
	mode      string
	context   []string
	goldstein float64
}

// Trigger flags.
const (
	flagSym = 1 << iota
	flagCease
	flagKill
	flagVisit
	flagViolent
	flagNeedTarget
	flagWeapon
	flagPassive
	flagTerritory
	flagForces
	flagGuests
	flagDeal
	flagAlone
	flagOfficial
	flagCrowd
)

var flagNames = map[string]int{
	"sym": flagSym, "cease": flagCease, "kill": flagKill, "visit": flagVisit,
	"violent": flagViolent, "needtarget": flagNeedTarget, "weapon": flagWeapon,
	"passive": flagPassive, "territory": flagTerritory, "forces": flagForces,
	"guests": flagGuests, "deal": flagDeal, "alone": flagAlone,
	"official": flagOfficial, "crowd": flagCrowd,
}

// entry is one way of coding a trigger word.
type entry struct {
	words     []string
	pos       byte // 'V' or 'N'
	cameo     string
	mode      string
	acledType string
	acledSub  string
	plover    string // replaces the CAMEO table's category when set
	flags     int
	line      int
}

func (e *entry) has(f int) bool { return e.flags&f != 0 }

// lexicon indexes trigger entries by their first word.
type lexicon struct {
	byFirst map[string][]*entry
	// second indexes each byFirst list by its entries' second word, so
	// that match tries only the forms that can fit the next token.
	second map[string]*secondIndex
	// firsts filters the keys of second: two tokens in three start no
	// form, and the filter turns most of them away before second is
	// probed (package bloom).
	firsts bloom.Filter
	cameo  map[string]cameoRow
	// rowKeys names each line of triggers.tsv by its first form and
	// CAMEO code, for the confidence model (confidence.go).
	rowKeys    map[int]string
	facilities map[string]string
	weapons    map[string]weapon
	domains    map[string]string
	// domainPairs indexes the domains of several words by their first
	// word, then the rest: "world war ii" is under "world", "war ii".
	domainPairs map[string]map[string]string
	// pairFirsts and domainWords filter the keys of domainPairs and
	// domains, asked of every token (package bloom).
	pairFirsts, domainWords bloom.Filter
	// facilityHeads filters what may stand before a space in a key of
	// facilities (perf25_facilities.go).
	facilityHeads wordBits
	// facilityKeys filters the keys of facilities (perf27_wordfilter.go).
	facilityKeys wordBits
	// complements maps a category to the words of what it is about, each
	// with the mode and CAMEO code they give.
	complements map[string][]complement
	// complementIx indexes each category's complements by first word
	// (perf26_complements.go).
	complementIx map[string]*complementIndex
	// qualifiers indexes by first word the phrases in which a trigger
	// word only qualifies a noun ("riot police"), which code nothing.
	qualifiers map[string][][]string
	// inner indexes the same phrases by each later literal word they
	// hold, with its place: the "protest" of "in protest at" is hidden
	// although the phrase starts before it.
	inner map[string][]innerQualifier
}

// innerQualifier is a qualifier phrase seen from one of its later words,
// at index at of words.
type innerQualifier struct {
	words []string
	at    int
}

// complement is one reading of what a statement is about.
type complement struct {
	words []string
	mode  string
	cameo string
}

// weapon is how an attack was carried out, read from its clause.
type weapon struct {
	mode, cameo, acledType, acledSub string
}

func loadLexicon() (*lexicon, error) {
	lx := &lexicon{cameo: map[string]cameoRow{}, rowKeys: map[int]string{}, facilities: map[string]string{},
		weapons: map[string]weapon{}, domains: map[string]string{}, complements: map[string][]complement{},
		qualifiers: map[string][][]string{}, inner: map[string][]innerQualifier{}}
	if err := eachRow("data/cameo.tsv", 5, func(f []string, line int) error {
		g, err := strconv.ParseFloat(f[4], 64)
		if err != nil {
			return fmt.Errorf("goldstein %q: %w", f[4], err)
		}
		var ctx []string
		if f[3] != "" {
			ctx = strings.Split(f[3], ",")
		}
		mode := f[2]
		// PLOVER's table gives destroying property (1712) the mode
		// "seize"; issue 3's ontology has "seize" for COERCE only and
		// "destroy" for an ASSAULT on property.
		if f[1] == truce.Assault && mode == "seize" {
			mode = "destroy"
		}
		lx.cameo[f[0]] = cameoRow{plover: f[1], mode: mode, context: ctx, goldstein: g}
		return nil
	}); err != nil {
		return nil, err
	}
	if err := eachRow("data/facilities.tsv", 2, func(f []string, line int) error {
		lx.facilities[f[0]] = f[1]
		addHeads(&lx.facilityHeads, f[0])
		lx.facilityKeys.add(f[0])
		return nil
	}); err != nil {
		return nil, err
	}
	if err := eachRow("data/domains.tsv", 2, func(f []string, line int) error {
		lx.domains[f[0]] = f[1]
		return nil
	}); err != nil {
		return nil, err
	}
	lx.indexDomains()
	if err := eachRow("data/complements.tsv", 4, func(f []string, line int) error {
		if _, ok := lx.cameo[f[3]]; !ok {
			return fmt.Errorf("unknown CAMEO code %q", f[3])
		}
		for _, w := range strings.Split(f[1], "|") {
			lx.complements[f[0]] = append(lx.complements[f[0]], complement{words: strings.Fields(w), mode: f[2], cameo: f[3]})
		}
		return nil
	}); err != nil {
		return nil, err
	}
	lx.complementIx = indexComplements(lx.complements)
	if err := eachRow("data/qualifiers.tsv", 1, func(f []string, line int) error {
		ws := strings.Fields(f[0])
		lx.qualifiers[ws[0]] = append(lx.qualifiers[ws[0]], ws)
		for k := 1; k < len(ws) && ws[k] != "*"; k++ {
			lx.inner[ws[k]] = append(lx.inner[ws[k]], innerQualifier{words: ws, at: k})
		}
		return nil
	}); err != nil {
		return nil, err
	}
	if err := eachRow("data/weapons.tsv", 5, func(f []string, line int) error {
		if _, ok := lx.cameo[f[2]]; !ok {
			return fmt.Errorf("unknown CAMEO code %q", f[2])
		}
		lx.weapons[f[0]] = weapon{mode: f[1], cameo: f[2], acledType: f[3], acledSub: f[4]}
		return nil
	}); err != nil {
		return nil, err
	}
	// The forms' entries are allocated a block at a time, and listed
	// under their first words once all are read.
	var slab []entry
	var slabs [][]entry
	fw := &firstWords{}
	x := newFormExpander()
	err := eachRow("data/triggers.tsv", 6, func(f []string, line int) error {
		if _, ok := lx.cameo[f[2]]; !ok {
			return fmt.Errorf("unknown CAMEO code %q", f[2])
		}
		if f[1] != "V" && f[1] != "N" {
			return fmt.Errorf("pos %q is not V or N", f[1])
		}
		e := entry{pos: f[1][0], cameo: f[2], mode: f[3], line: line}
		first, _, _ := strings.Cut(f[0], "|")
		lx.rowKeys[line] = first + "|" + f[2]
		if f[4] != "-" {
			e.acledType = f[4]
		}
		if f[5] != "-" {
			e.acledSub = f[5]
		}
		if len(f) > 6 {
			for _, fl := range strings.Split(f[6], ",") {
				if fl = strings.TrimSpace(fl); fl == "" {
					continue
				}
				if t, ok := strings.CutPrefix(fl, "type="); ok {
					e.plover = t
					continue
				}
				v, ok := flagNames[fl]
				if !ok {
					return fmt.Errorf("unknown flag %q", fl)
				}
				e.flags |= v
			}
		}
		for rest, more := f[0], true; more; {
			var form string
			form, rest, more = strings.Cut(rest, "|")
			forms, err := x.expand(form)
			if err != nil {
				return err
			}
			for i, ws := range forms {
				if len(slab) == cap(slab) {
					slab = make([]entry, 0, 1024)
					slabs = append(slabs, slab)
					fw.newSlab(cap(slab))
				}
				slab = append(slab, e)
				slab[len(slab)-1].words = ws
				slabs[len(slabs)-1] = slab
				fw.add(ws[0], x.firsts[i], x.keys[i], x.needs[i], x.spans[i])
			}
		}
		return nil
	})
	fw.names = x.names
	lx.indexSecond(lx.indexFirst(slabs, fw))
	return lx, err
}

// secondIndex holds, for the entries sharing a first word, the positions
// (in file order) of those whose second word is a given word, and of those
// whose second word is a wildcard or missing. Alternatives multiply forms
// ("{send~,deploy~} * {missiles,tanks} to" gives dozens starting with
// "sent"), and most of them fail on the second token, or, after a
// wildcard, on the word the wildcard must reach.
type secondIndex struct {
	entries  []*entry
	bySecond map[string][]int
	// byThird holds the forms "w * x …" by x, which must stand one to
	// four tokens after w's next one; open holds the other forms whose
	// second word is a wildcard or missing ("w", "w * *").
	byThird map[string][]int
	open    []int
	// need holds each form's signature (perf21_sig.go), span the most
	// tokens after the first word any form takes.
	need []uint64
	span int
	// keys filters the words of bySecond and byThird: most tokens after
	// a first word are neither, and the filter says so before a map is
	// read (perf23_wordfilter.go).
	keys wordBits
	// qualifiers and inner are the lexicon's qualifiers and inner
	// qualifiers under the first word, which match reads after the forms:
	// here they cost no lookup of their own (perf26).
	qualifiers [][]string
	inner      []innerQualifier
}

func (lx *lexicon) indexDomains() {
	lx.domainPairs = map[string]map[string]string{}
	for k, d := range lx.domains {
		first, rest, ok := strings.Cut(k, " ")
		if !ok {
			continue
		}
		if lx.domainPairs[first] == nil {
			lx.domainPairs[first] = map[string]string{}
		}
		lx.domainPairs[first][rest] = d
	}
	lx.pairFirsts = bloom.Of(lx.domainPairs)
	lx.domainWords = bloom.Of(lx.domains)
}

// wordDomain returns domains[w], turning most words without one away by
// the filter first: domainsOf asks it of every word.
func (lx *lexicon) wordDomain(w string) string {
	if !bloom.MayHave(&lx.domainWords, w) {
		return ""
	}
	return lx.domains[w]
}

// pairDomain returns the domain of the words w and next read together,
// as domains[w+" "+next] would, without building the key: every word of
// every sentence is tried.
func (lx *lexicon) pairDomain(w, next string) string {
	if strings.IndexByte(w, ' ') >= 0 {
		return lx.domains[w+" "+next]
	}
	if !bloom.MayHave(&lx.pairFirsts, w) {
		return ""
	}
	return lx.domainPairs[w][next]
}

// maxGap is the most tokens a "*" in a form stands for.
const maxGap = 4

// candidates returns, in ix's positions, the lists of forms that may match
// from token i: those whose second word is the next token, the open ones,
// and those whose wildcard reaches a word within maxGap tokens (a gap
// stops at "." or ";", as in matchFrom). An adverb after a word of the
// form (lex49_adverb.go) moves what follows one or two tokens on, and so
// does a quotation mark matchFrom steps over after a full gap
// (lex69_quote.go: labelled the three jailed men "traitors"). n is how
// many lists are set.
func (ix *secondIndex) candidates(low []string, i int) (lists [5 + maxGap][]int, n int) {
	add := func(l []int) {
		if len(l) > 0 {
			lists[n] = l
			n++
		}
	}
	if i+1 < len(low) && ix.keys.mayHave(low[i+1]) {
		add(ix.bySecond[low[i+1]])
	}
	if w := lex49SecondAfterAdverb(low, i); w != "" && ix.keys.mayHave(w) {
		add(ix.bySecond[w])
	}
	add(ix.open)
	if len(ix.byThird) == 0 {
		return lists, n
	}
	for p := i + 2; p <= i+3+maxGap && p < len(low); p++ {
		if low[p-1] == "." || low[p-1] == ";" {
			break
		}
		if p > i+1+maxGap && !lex49AdverbEndsAt(low, p-1) && !lex69DoubleQuote(low[p-1]) {
			continue
		}
		// a word twice in the window gives its list once
		seen := false
		for q := i + 2; q < p; q++ {
			if low[q] == low[p] {
				seen = true
				break
			}
		}
		if !seen && ix.keys.mayHave(low[p]) {
			add(ix.byThird[low[p]])
		}
	}
	return lists, n
}

// eachRow calls fn for every non-comment row of an embedded TSV file with at
// least min fields.
func eachRow(name string, min int, fn func(fields []string, line int) error) error {
	f, err := dataFS.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	line := 0
	for sc.Scan() {
		line++
		t := sc.Text()
		if strings.TrimSpace(t) == "" || strings.HasPrefix(t, "#") {
			continue
		}
		fs := strings.Split(t, "\t")
		if len(fs) < min {
			return fmt.Errorf("%s:%d: %d fields, want at least %d", name, line, len(fs), min)
		}
		if err := fn(fs, line); err != nil {
			return fmt.Errorf("%s:%d: %w", name, line, err)
		}
	}
	return sc.Err()
}

// quadOf returns PLOVER's quad class of a category.
func quadOf(typ string) int {
	switch typ {
	case truce.Agree, truce.Consult, truce.Support, truce.Concede:
		return 1
	case truce.Cooperate, truce.Aid, truce.Retreat:
		return 2
	case truce.Request, truce.Accuse, truce.Reject, truce.Threaten:
		return 3
	}
	return 4
}

// match finds the longest trigger starting at token i. It returns the entries
// for that form and the number of tokens matched, or none where a
// qualifier phrase (qualifiers.tsv) starts at i or holds the word at i.
// A "*" in a form stands for one to four tokens ("pushed * out of"). Of
// forms matching as many tokens, the one spelling out more words wins:
// "ordered the release of the jailed leader" is a release, though
// "ordered * jailed" spans it too.
func (lx *lexicon) match(low []string, i int) ([]*entry, int) {
	var best []*entry
	bestN, bestLit := 0, 0
	if !bloom.MayHave(&lx.firsts, low[i]) {
		return nil, 0
	}
	ix := lx.second[low[i]]
	if ix == nil {
		// No form starts here: the qualifiers below could only return
		// no match either.
		return nil, 0
	}
	lists, nl := ix.candidates(low, i)
	var have uint64
	if nl > 0 {
		have = ix.tokenBits(low, i+1)
	}
	// Try the forms that may fit in file order: ties keep the order the
	// file gives them. The lists hold distinct positions, each ascending,
	// so the positions a form's signature lets through, sorted, are the
	// order a merge of the lists would give (perf25).
	var buf [32]int
	ks := buf[:0]
	for _, l := range lists[:nl] {
		for _, k := range l {
			if ix.need[k]&^have == 0 {
				ks = append(ks, k)
			}
		}
	}
	if nl > 1 {
		// A form may stand in two lists ("pay dearly dearly": the second
		// word's and the third's): try it once.
		slices.Sort(ks)
		ks = slices.Compact(ks)
	}
	for _, k := range ks {
		e := ix.entries[k]
		n, ok := matchFrom(low, i+1, e.words[1:])
		n++
		if !ok || n < bestN {
			continue
		}
		lit := literalWords(e.words)
		if n == bestN && lit < bestLit {
			continue
		}
		if n > bestN || lit > bestLit {
			best, bestN, bestLit = nil, n, lit
		}
		best = append(best, e)
	}
	// "riot police", "in riot gear": a qualifier at least as long as the
	// trigger hides it.
	for _, q := range ix.qualifiers {
		if n, ok := matchFrom(low, i+1, q[1:]); ok && n+1 >= bestN {
			return nil, 0
		}
	}
	// "recalled their ambassadors in protest", "left a campaign rally":
	// the words before the trigger make it qualify another act or noun.
	for _, q := range ix.inner {
		if i < q.at || !wordsAt(low, i-q.at, q.words[:q.at]) {
			continue
		}
		if n, ok := matchFrom(low, i+1, q.words[q.at+1:]); ok && n+1 >= bestN {
			return nil, 0
		}
	}
	return best, bestN
}

// wordsAt reports whether low holds words, literally, from token k.
func wordsAt(low []string, k int, words []string) bool {
	for n, w := range words {
		if k+n >= len(low) || low[k+n] != w {
			return false
		}
	}
	return true
}

// literalWords counts the words of a form that are not wildcards.
func literalWords(words []string) int {
	n := 0
	for _, w := range words {
		if w != "*" {
			n++
		}
	}
	return n
}

// matchFrom matches words against low from token i and returns how many
// tokens they took.
func matchFrom(low []string, i int, words []string) (int, bool) {
	if len(words) == 0 {
		return 0, true
	}
	if words[0] == "*" {
		// "was attacked by militiamen armed with machetes": a gap that
		// opens on "by" after a participle is a passive's agent, not the
		// object the form reads ("hacked villagers with machetes"). After
		// a noun it is the noun's own ("a protest by farmers … turned
		// violent").
		if i > 0 && i < len(low) && low[i] == "by" && (strings.HasSuffix(low[i-1], "ed") || pastVerbs.has(low[i-1])) {
			return 0, false
		}
		for gap := 1; gap <= 4 && i+gap <= len(low); gap++ {
			if low[i+gap-1] == "." || low[i+gap-1] == ";" || gap > 1 && opensClause(low, i+gap-1) || lex71AttributionAfter(low, i+gap-1) {
				break
			}
			if n, ok := matchFrom(low, i+gap, words[1:]); ok && !lex52DateAfterGap(low, i+gap, words[1:]) {
				return gap + n, true
			}
		}
		return 0, false
	}
	if i >= len(low) || low[i] != words[0] {
		if n, ok := lex69SkipQuote(low, i, words); ok {
			return n, true
		}
		return lex49SkipAdverb(low, i, words)
	}
	n, ok := matchFrom(low, i+1, words[1:])
	return n + 1, ok
}

// opensClause reports whether token k is a coordinator ("and", "or", a
// comma) followed by a past-tense verb, where a second clause begins: a gap
// does not cross it, so in "seized rifles and arrested five men" the form
// "seized * men" finds no match and the arrest keeps its own event. A gap
// may still open on the coordinator, as two verbs share what follows in
// "hacked and shot to death". The
// test is on word form only, as matchFrom sees no tags: a word ending in
// "-ed" or one of the common irregular pasts in pastVerbs.
func opensClause(low []string, k int) bool {
	if k+1 >= len(low) {
		return false
	}
	switch low[k] {
	case "and", "or", ",":
	default:
		return false
	}
	w := low[k+1]
	if pastVerbs.has(w) {
		return true
	}
	return len(w) > 4 && strings.HasSuffix(w, "ed") && !notPastVerbs.has(w)
}

// pastVerbs are irregular past forms that open a clause after "and".
var pastVerbs = filtered(map[string]bool{
	"took": true, "shot": true, "struck": true, "fled": true, "sent": true,
	"held": true, "stole": true, "threw": true, "blew": true, "beat": true,
	"set": true, "fought": true, "drove": true, "left": true, "hit": true,
	"kept": true, "led": true, "burnt": true, "met": true, "gave": true,
})

// notPastVerbs are words ending in "-ed" that modify a noun after "and"
// more often than they open a clause: "rifles and armed men".
var notPastVerbs = filtered(map[string]bool{
	"armed": true, "masked": true, "unidentified": true, "unarmed": true,
	"suspected": true, "wounded": true, "injured": true, "alleged": true,
	"hundred": true,
})
