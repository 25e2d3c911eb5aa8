package code

// People the dictionary does not know, named with a description that says
// who they are: "arrested pro-democracy media tycoon Jane Doe", "detained
// John Roe, a former prime minister and an outspoken critic of the junta".
// The description gives the person's sector; a state named in it, or else
// the place of the event, gives the country.

import (
	"strings"

	"github.com/truce-project/truce"
)

// personWords map a word or two of a person's description to the sector of
// the person: a media owner is the media, a critic or dissident the
// opposition. Two-word entries are tried first.
var personWords = map[string]string{
	"media tycoon": "MED", "media mogul": "MED", "media magnate": "MED", "publisher": "MED",
	"newspaper owner": "MED", "broadcaster": "MED", "columnist": "MED", "journalist": "MED",
	"journalists": "MED", "reporter": "MED", "editor": "MED",
	"tycoon": "BUS", "mogul": "BUS", "magnate": "BUS", "businessman": "BUS", "businesswoman": "BUS",
	"critic": "OPP", "critics": "OPP", "dissident": "OPP", "dissidents": "OPP", "opponent": "OPP",
	"opponents": "OPP", "opposition leader": "OPP", "opposition figure": "OPP",
	"opposition politician": "OPP", "opposition lawmaker": "OPP", "opposition leaders": "OPP",
}

// formerWords, before an office, make its holder one out of power: "former
// chief ministers", "ousted president".
var formerWords = filtered(map[string]bool{"former": true, "ousted": true, "deposed": true, "exiled": true, "ex-president": true})

// offices are the posts whose former holders the news counts with the
// opposition.
var offices = filtered(map[string]bool{
	"president": true, "presidents": true, "minister": true, "ministers": true, "premier": true,
	"premiers": true, "leader": true, "leaders": true, "mayor": true, "governor": true,
	"lawmaker": true, "lawmakers": true, "senator": true, "speaker": true, "head": true,
})

// describedSector returns the sector the description in tokens [s, e)
// gives a person, or "". The head of the phrase decides: a "dissident
// journalist" is the media.
func (st *sent) describedSector(s, e int) string {
	found := ""
	for k := s; k < e; k++ {
		if found != "" && !strings.HasPrefix(st.toks[k].tag, "NN") && !strings.HasPrefix(st.toks[k].tag, "JJ") {
			return found
		}
		if k+1 < e {
			if sec, ok := personWords[st.low[k]+" "+st.low[k+1]]; ok {
				found = sec
				k++
				continue
			}
		}
		if sec, ok := personWords[st.low[k]]; ok {
			found = sec
			continue
		}
		if found == "" && formerWords.has(st.low[k]) {
			for n := k + 1; n < e && n <= k+4; n++ {
				if offices.has(st.low[n]) {
					return "OPP"
				}
			}
		}
	}
	return found
}

// unknownName returns the end of a run of capitalised words at k that
// names no actor the dictionary knows, or k when there is none.
func (st *sent) unknownName(k int) int {
	e := k
	for e < len(st.toks) && st.toks[e].tag == "NNP" && st.mentionAt(e) == nil {
		e++
	}
	return e
}

// appositionEnd returns the end of the apposition opened by the comma at
// k ("Jane Doe, a critic of the president,"): the next comma or the end of
// the sentence, or k when no description follows.
func (st *sent) appositionEnd(k int) int {
	if k+1 >= len(st.low) || st.low[k] != "," || !determiners.has(st.low[k+1]) {
		return k
	}
	e := k + 1
	for e < len(st.low) && st.low[e] != "," && st.low[e] != "." && st.low[e] != ";" {
		e++
	}
	return e
}

// describedPerson returns an actor for the unknown name [i, e) that its
// description — the words d before it and an apposition after it — says
// who it is, or nil.
func (st *sent) describedPerson(d, i, e int) *mention {
	end := st.appositionEnd(e)
	sec := st.describedSector(e, end)
	if sec == "" {
		sec = st.describedSector(d, i)
	}
	if sec == "" {
		return nil
	}
	name := st.textOf(i, e)
	a := truce.Actor{Text: name, Name: name, Sector: sec}
	// "a former prime minister of Mali", "former Pakistani prime
	// minister": the state the description names.
	for k := d; k < end; k++ {
		if m := st.mentionAt(k); m != nil && m.actor.Country != "" && (m.kind == "country" || m.kind == "demonym" || m.kind == "capital" || m.kind == "person") {
			a.Country, a.ID = m.actor.Country, m.actor.Country+sec
			break
		}
	}
	return &mention{i: i, j: e, kind: "sector", actor: a}
}

// describedObject returns the unknown person a verb or noun ending at j acts
// on, described before the name or beside it ("arrested pro-democracy
// media tycoon Jane Doe"), or nil. Only description words lie between.
func (st *sent) describedObject(j int) *mention {
	for k := j; k < len(st.toks) && k < j+8; k++ {
		t := st.toks[k]
		if t.tag == "NNP" && st.mentionAt(k) == nil {
			return st.describedPerson(j, k, st.unknownName(k))
		}
		if st.mentionAt(k) != nil || !(determiners.has(t.low) || t.tag == "CD" || strings.HasPrefix(t.tag, "JJ") || strings.HasPrefix(t.tag, "NN") || t.tag == "HYPH" || t.tag == "VBN") {
			return nil
		}
	}
	return nil
}

// describedOver returns the unknown person whose apposition holds m
// ("Jane Doe, a critic of President John Roe, was detained": Doe, not
// Roe), or nil.
func (st *sent) describedOver(m *mention) *mention {
	for k := m.i - 1; k > 0 && k >= m.i-14; k-- {
		switch st.low[k] {
		case ";", ".":
			return nil
		case ",":
			if st.toks[k-1].tag != "NNP" || st.mentionAt(k-1) != nil || st.appositionEnd(k) < m.j {
				return nil
			}
			i := k - 1
			for i > 0 && st.toks[i-1].tag == "NNP" && st.mentionAt(i-1) == nil {
				i--
			}
			d := i
			for d > 0 && (strings.HasPrefix(st.toks[d-1].tag, "JJ") || strings.HasPrefix(st.toks[d-1].tag, "NN") && st.mentionAt(d-1) == nil) {
				d--
			}
			return st.describedPerson(d, i, k)
		}
	}
	return nil
}

// describedTarget returns the target of a trigger once people described
// but unknown are taken in: "Jane Doe, a critic of President Roe, was
// detained" aims at Doe, not Roe; "arrested tycoon Jane Doe, and officers
// searched …" at Doe, who comes before an actor further on.
func (st *sent) describedTarget(cd *candidate) []*mention {
	tgt := cd.tgt
	if len(tgt) > 0 {
		if p := st.describedOver(tgt[0]); p != nil {
			tgt = []*mention{p}
		}
	}
	if p := st.describedObject(cd.j); p != nil && !cd.e.has(flagSym) && (len(tgt) == 0 || p.j <= tgt[0].i) {
		tgt = []*mention{p}
	}
	return tgt
}

// orgDescriptions head an apposition that says a name the dictionary does
// not know is a civic body: "OVD-Info, a group that monitors arrests",
// "Airwars, an organisation tracking civilian deaths".
var orgDescriptions = filtered(map[string]bool{
	"group": true, "organisation": true, "organization": true, "monitor": true, "watchdog": true,
	"charity": true, "ngo": true, "nonprofit": true, "non-profit": true, "initiative": true, "project": true,
})

// armedEpithets make a described group an armed one, no civic body: "a
// militant group that …".
var armedEpithets = filtered(map[string]bool{
	"militant": true, "armed": true, "rebel": true, "insurgent": true, "jihadist": true, "separatist": true,
	"terrorist": true, "paramilitary": true, "criminal": true,
})

// describedOrg returns a civic body named in [s, e) by a name the
// dictionary does not know, when an apposition after it says what it is
// ("according to OVD-Info, a group that monitors arrests"), or nil. Its
// country is left to the event's place.
func describedOrg(st *sent, s, e int) *mention {
	if s >= e || e+2 >= len(st.low) || st.low[e] != "," || st.low[e+1] != "a" && st.low[e+1] != "an" {
		return nil
	}
	for k := s; k < e; k++ {
		if !strings.HasPrefix(st.toks[k].tag, "NNP") {
			return nil // a name, all of it: "OVD-Info", "Airwars"
		}
	}
	for k := e + 2; k < len(st.low) && k <= e+5; k++ {
		w := st.low[k]
		if armedEpithets.has(w) {
			return nil
		}
		if !orgDescriptions.has(w) {
			continue
		}
		if k+1 < len(st.low) && (st.low[k+1] == "that" || st.low[k+1] == "which" || strings.HasSuffix(st.low[k+1], "ing")) {
			var text []string
			for n := s; n < e; n++ {
				text = append(text, st.toks[n].text)
			}
			name := strings.Join(text, " ")
			return &mention{i: s, j: e, kind: "sector", actor: truce.Actor{Text: name, Name: name, Sector: "NGO"}}
		}
		return nil
	}
	return nil
}

// Speakers described by the place or the body they belong to: "residents
// of Conakry", "the head of the city's military administration", "General
// X, who heads the air defence command", and speakers behind a long aside.

// longAside returns the speaker before a long aside of circumstance that
// ends at the comma before the report verb at k: "a security official,
// who spoke on condition of anonymity because he was not allowed to brief
// reporters, said". Shorter asides are read where the verb is.
func longAside(st *sent, k int) *mention {
	for c := k - 2; c > 0 && c > k-30; c-- {
		switch {
		case st.low[c] == "," && (st.low[c+1] == "who" || st.toks[c+1].tag == "VBG"):
			return speakerIn(st, phraseStart(st, c), c)
		case st.low[c] == "," || st.low[c] == ";" || st.low[c] == "\"":
			return nil
		}
	}
	return nil
}

// ownerPlaces, as possessors, point back to the place a sentence named:
// "the city's military administration".
var ownerPlaces = filtered(map[string]bool{
	"city": true, "town": true, "village": true, "region": true, "province": true, "district": true,
	"state": true, "county": true, "oblast": true, "territory": true, "enclave": true,
})

// placeOwner returns the country of the place named before s that a
// possessive place noun in the speaker phrase [s, e) points back to, or
// "": in "shells hit Kherson, said the head of the city's military
// administration" the speaker is Ukrainian.
func placeOwner(st *sent, s, e int) string {
	for k := s; k+1 < e; k++ {
		if !ownerPlaces.has(st.low[k]) || !st.isPossessive(k+1) || k == 0 || st.low[k-1] != "the" {
			continue
		}
		cc := ""
		for _, p := range st.places {
			if p.j <= s {
				cc = p.place.Country
			}
		}
		return cc
	}
	return ""
}

// headVerbs say a person leads a body, which then speaks through them:
// "Colonel X, who commands the 5th Division, said".
var headVerbs = filtered(map[string]bool{
	"heads": true, "headed": true, "leads": true, "led": true, "commands": true, "commanded": true,
	"runs": true, "chairs": true,
})

// placedPeople reports whether the speaker phrase is people of a place,
// "residents of the capital Conakry", "witnesses in Goma": a generic
// speaker of the civilian sector followed by "of" or "in" and a country or
// capital that only says where they live, not who speaks.
func placedPeople(st *sent, generic, named *mention) bool {
	if generic.actor.Sector != "CVL" || named.i < generic.j || generic.j >= len(st.low) {
		return false
	}
	if w := st.low[generic.j]; w != "of" && w != "in" && w != "from" {
		return false
	}
	return named.kind == "capital" || named.kind == "country" || named.kind == "demonym"
}
