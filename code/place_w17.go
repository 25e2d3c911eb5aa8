package code

// Places a sentence gives only by pointing back: a site named again with
// "the" ("near the camp"), or a distance from what was told before ("a
// kilometre away").

import (
	"slices"
	"strings"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/geo"
)

// againSites are the military and civil sites that a story names once
// with their place ("a camp at Zenda") and then again with "the" alone
// ("fighting near the camp").
var againSites = filtered(map[string]bool{
	"camp": true, "base": true, "post": true, "outpost": true, "checkpoint": true,
	"position": true, "barracks": true, "garrison": true, "compound": true,
	"airbase": true, "airfield": true, "mine": true, "depot": true,
})

// distanceUnits measure how far an act was from one told before: "a
// second bomb was found 300 metres away".
var distanceUnits = filtered(map[string]bool{
	"metres": true, "meters": true, "metre": true, "meter": true, "kilometres": true,
	"kilometers": true, "kilometre": true, "kilometer": true, "km": true, "miles": true,
	"mile": true, "yards": true,
})

// placesAgain places an act that its own sentence puts in no town, at
// most in a country, where the story said before: at the site its clause
// names again with "the" (see siteAgain), or, when its clause only
// measures it from the act before ("a second device was found about a
// kilometre away"), where the act of the sentence before was. A distance
// outranks a place the story lent a sentence that names none: the second
// bomb "a few metres away" from one near a village was at the village,
// not in the county the story named.
func placesAgain(d *doc) {
	for _, cd := range d.cands {
		loc := cd.ev.Location
		own := loc != nil && loc.Name != "" && (loc.Text != "" || loc.Precision != "country")
		idx := slices.Index(d.sents, cd.st)
		if cd.folded || idx < 1 || own && len(cd.st.places) > 0 {
			continue
		}
		if noun := siteNamedAgain(cd); noun != "" && !own {
			for n := idx - 1; n >= 0 && n >= idx-2; n-- {
				cc := ""
				if loc != nil {
					cc = loc.Country
				}
				if t := siteAgain(d.sents[n], noun, cc); t != nil {
					cd.ev.Location = t
					break
				}
			}
			continue
		}
		// "In Kibarani, a few miles away, police fired …": the sentence
		// names the place the distance leads to.
		if measuredAway(cd) && (loc == nil || loc.Precision != "none" || loc.Text == "") {
			if t := placeBefore(d, d.sents[idx-1]); t != nil {
				cd.ev.Location = t
			}
		}
	}
}

// siteNamedAgain returns the singular of a site noun the trigger's clause
// names after "the" with no name of its own ("near the camp", "around
// the posts"), or "".
func siteNamedAgain(cd *candidate) string {
	st := cd.st
	for k := 1; k < len(st.low); k++ {
		if st.clause[k] != st.clause[cd.i] || st.low[k-1] != "the" {
			continue
		}
		noun := singularSite(st.low[k])
		if noun == "" {
			continue
		}
		if k+1 < len(st.low) && (st.low[k+1] == "of" || capitalised(st.toks[k+1].text) || st.isPlace(k+1)) {
			continue
		}
		return noun
	}
	return ""
}

// singularSite returns w as a site noun in the singular, or "" when w is
// none: "posts" is "post".
func singularSite(w string) string {
	if againSites.has(w) {
		return w
	}
	if s := strings.TrimSuffix(w, "s"); s != w && againSites.has(s) {
		return s
	}
	return ""
}

// siteAgain returns the place st gives the site noun, named within a few
// words after it with a place preposition or a place noun ("a camp at
// Zenda, near Strelsau", "posts near the village of Tarlenheim in
// Hentzau district"): the first town the gazetteer knows, else a town it
// lacks, else a province. A town it lacks that no province places ("an
// army post at Zenda, near the border") is put in cc, the country the
// act is already in, when there is one. It returns nil when st names the
// noun with no place.
func siteAgain(st *sent, noun, cc string) *truce.Location {
	for k := range st.low {
		if singularSite(st.low[k]) != noun || k+1 >= len(st.low) || !locPreps.has(st.low[k+1]) && st.low[k+1] != "outside" {
			continue
		}
		end := min(len(st.low), k+14)
		var region *truce.Location
		for n := range st.places {
			p := &st.places[n]
			if p.i <= k || p.i >= end || st.clause[p.i] != st.clause[k] {
				continue
			}
			if p.place.Precision == "city" || p.place.Precision == "point" {
				return bareName(&p.place.Location)
			}
			if p.place.Precision == "admin1" && region == nil {
				region = bareName(&p.place.Location)
			}
		}
		for n := k + 1; n < end-1; n++ {
			if text, _ := st.unknownAfter(n); text != "" && region != nil {
				return &truce.Location{Text: text, Name: text, Country: region.Country, Precision: "none"}
			}
		}
		if text, _ := st.unknownAfter(k + 1); text != "" && region == nil && cc != "" {
			return &truce.Location{Text: text, Name: text, Country: cc, Precision: "none"}
		}
		if region != nil {
			return region
		}
	}
	return nil
}

// measuredAway reports whether the trigger's clause puts the act at a
// distance and no more: "a kilometre away", "300 metres away".
func measuredAway(cd *candidate) bool {
	st := cd.st
	for k := 1; k+1 < len(st.low); k++ {
		if st.clause[k] == st.clause[cd.i] && distanceUnits.has(st.low[k]) && st.low[k+1] == "away" {
			return true
		}
	}
	return false
}

// placeBefore returns where the first act coded from st was, when that
// is finer than a country, or nil.
func placeBefore(d *doc, st *sent) *truce.Location {
	for _, q := range d.cands {
		if q.st != st || q.folded || q.ev.Location == nil {
			continue
		}
		if loc := q.ev.Location; loc.Name != "" && (!coarse(loc.Precision) || loc.Precision == "admin1") {
			cp := *loc
			return &cp
		}
	}
	return nil
}

// datelineVenue places an agreement or a meeting that the story puts in
// no town, only in the country of one of its parties, at the town of the
// article's dateline when that town lies in a party's country: in
// "STRELSAU (wire) — Ruritania and Borduria signed a border treaty on
// Monday", the treaty was signed in Strelsau. A dateline is a known town
// written in capitals that opens the article.
func datelineVenue(d *doc) {
	at := storyDateline(d)
	if at == nil {
		return
	}
	for _, cd := range d.cands {
		loc := cd.ev.Location
		if cd.folded || !venueTypes.has(cd.ev.Type) || loc == nil || loc.Text != "" || loc.Precision != "country" {
			continue
		}
		if hasCountry(cd.ev.Source, at.Country) || hasCountry(cd.ev.Target, at.Country) {
			cp := *at
			cd.ev.Location = &cp
		}
	}
}

// storyDateline returns the dateline town of d's first sentence, or nil.
func storyDateline(d *doc) *truce.Location {
	if len(d.sents) == 0 {
		return nil
	}
	return dateline(d.sents[0])
}

// dateline returns the town that opens st written in capitals
// ("STRELSAU, May 3 —", "STRELSAU - "), or nil.
func dateline(st *sent) *truce.Location {
	for n := range st.places {
		p := &st.places[n]
		if p.i != 0 || p.place.Precision != "city" && !place45DatelineCountry(st, p) {
			continue
		}
		// ("EL FASHER": a short word may open a name of two.)
		for k := p.i; k < p.j; k++ {
			if w := st.toks[k].text; w != strings.ToUpper(w) || len(w) < 3 && (k == 0 && p.j == 1 || k > 0) {
				return nil
			}
		}
		if p.j < len(st.low) && st.low[p.j] != "," && st.low[p.j] != "(" && !datelineDashes.has(st.low[p.j]) {
			return nil
		}
		return bareName(&p.place.Location)
	}
	return nil
}

// actorsTown re-resolves a town whose name the gazetteer also knows in
// another country when the sentence's actors all belong to that other
// country and none to the town's: "Supporters of the Ruritanian People's
// Party attacked a rally in Zenda" were in Ruritania's Zenda, not in a
// namesake abroad. Only towns are re-resolved, and only into a town.
func (c *Coder) actorsTown(st *sent) {
	cc := ""
	for n := range st.mentions {
		m := &st.mentions[n]
		if m.actor.Country == "" || m.kind == "sector" {
			continue
		}
		if cc != "" && m.actor.Country != cc {
			return
		}
		cc = m.actor.Country
	}
	if cc == "" {
		return
	}
	for n := range st.places {
		p := &st.places[n]
		if p.place.Precision != "city" || p.place.Country == "" || p.place.Country == cc || st.mentionAt(p.i) != nil {
			continue
		}
		loc, ok := c.places.Resolve(p.place.Text, geo.Hint{Countries: []string{cc}})
		if !ok || loc.Country != cc || coarse(loc.Precision) || loc.Precision == "none" {
			continue
		}
		loc.Text = p.place.Text
		p.place.Location = loc
	}
}
