package actor

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/truce-project/truce"
)

// A country may give a sector noun its own sector: Thailand's
// paramilitary rangers (thahan phran) are army troops, where rangers
// elsewhere (Pakistan's Rangers, park rangers) are police. A row of a
// sectors file with a fourth column, the countries, says so:
//
//	rangers|ranger	MIL		THA
//
// Such a row adds no noun to the index: the noun is found under its
// general row and gets its country from the text, and the coder then asks
// LocalSector which sector that country gives it.

// localNoun is a sector noun with the sector one country gives it.
type localNoun struct {
	country string
	phrase  string // lower case
	sector  string
	// longer are the general nouns, in lower case, that hold the phrase
	// ("park rangers"): named, they keep their general sector.
	longer []string
	src    string
}

// addLocalNouns records a row's phrases as the countries' own nouns.
func (b *builder) addLocalNouns(phrases, countries []string, sec, src string) error {
	for _, c := range countries {
		if !isISO3(c) {
			return fmt.Errorf("country code %q is not three capital letters", c)
		}
		for _, p := range phrases {
			l := &localNoun{country: c, phrase: strings.ToLower(p), sector: sec, src: src}
			key := c + ":" + l.phrase
			if old := b.localByKey[key]; old != nil {
				*old = *l
				continue
			}
			b.localByKey[key] = l
			b.locals = append(b.locals, l)
		}
	}
	return nil
}

// buildLocal indexes the local nouns by country, once every general noun
// is known.
func (b *builder) buildLocal(d *Dictionary) error {
	for _, l := range b.locals {
		if d.countries[l.country] == nil {
			return truce.Errorf(truce.EINVALID, "actor file %s: unknown country %s", l.src, l.country)
		}
		l.longer = l.longer[:0]
		for _, n := range b.nouns {
			if n.title || n.proper {
				continue
			}
			p := strings.ToLower(n.phrase)
			if p != l.phrase && holdsWords(p, l.phrase) {
				l.longer = append(l.longer, p)
			}
		}
		if d.local == nil {
			d.local = map[string][]*localNoun{}
		}
		d.local[l.country] = append(d.local[l.country], l)
	}
	return nil
}

// LocalSector returns the sector country gives a sector noun named in
// text ("Thai rangers" are THAMIL), and false when the country gives none
// of the nouns named there its own sector, or text names a longer general
// noun that holds it ("park rangers").
func (d *Dictionary) LocalSector(country, text string) (string, bool) {
	ls := d.local[country]
	if len(ls) == 0 {
		return "", false
	}
	low := strings.ToLower(text)
	for _, l := range ls {
		if !holdsWords(low, l.phrase) {
			continue
		}
		if slices.ContainsFunc(l.longer, func(p string) bool { return holdsWords(low, p) }) {
			continue
		}
		return l.sector, true
	}
	return "", false
}

// holdsWords reports whether s holds w as whole words.
func holdsWords(s, w string) bool {
	for from := 0; ; {
		k := strings.Index(s[from:], w)
		if k < 0 {
			return false
		}
		k += from
		end := k + len(w)
		if (k == 0 || !wordByte(s[k-1])) && (end == len(s) || !wordByte(s[end])) {
			return true
		}
		from = k + 1
	}
}

// wordByte reports whether b continues a word: a letter or digit
// (isASCIIWord), a byte of a non-ASCII rune, or a hyphen ("ranger-led").
func wordByte(b byte) bool {
	return isASCIIWord(b) || b >= utf8.RuneSelf || b == '-'
}
