package code

import (
	"context"
	"io"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/actor"
	"github.com/truce-project/truce/geo"
	"github.com/truce-project/truce/nlp"
)

// Coder extracts events, ceasefires and places from articles. It is safe for
// concurrent use once built.
type Coder struct {
	// Trace, when set, is told why each trigger that codes no event was
	// dropped (truce extract --explain sets it to stderr).
	Trace io.Writer
	// KeepAll, when set, keeps the events the confidence model would
	// leave out (confidence.go), for training the model and for readers
	// who want every candidate with its confidence.
	KeepAll bool

	conf *confidenceModel
	// onFeatures, when set, is told each event's features and whether
	// the model may leave it out (training).
	onFeatures func(id string, keys []string, screened bool)
	nlp        *nlp.Pipeline
	actors     *actor.Dictionary
	places     *geo.Gazetteer
	lex        *lexicon
}

// New returns a Coder over loaded components.
func New(p *nlp.Pipeline, d *actor.Dictionary, g *geo.Gazetteer) (*Coder, error) {
	lx, err := loadLexicon()
	if err != nil {
		return nil, err
	}
	cm, err := parseConfidence(confidenceData)
	if err != nil {
		return nil, err
	}
	return &Coder{nlp: p, actors: d, places: g, lex: lx, conf: cm}, nil
}

// candidate is an event being built, with what the later steps need.
type candidate struct {
	ev     truce.Event
	e      *entry
	st     *sent
	i, j   int // trigger tokens
	next   int // first token of the sentence's next trigger
	prev   int // first token after the sentence's previous trigger
	src    []*mention
	tgt    []*mention
	folded bool
	// accusedBy is the accusation whose content this attack is; the event
	// is then alleged, by the accused.
	accusedBy *candidate
	// killed is set when a toll verb was folded into this candidate.
	killed bool
	// venue is set when an act folded into this candidate hit a place
	// where people gather ("after gunmen stormed a hotel").
	venue bool
	// struck is the violent verb folded into this candidate that found
	// no one as its object: in "rockets hit Odesa" and "a drone hit a
	// minibus" what it hit, a town or a vehicle, tells the victims.
	struck *candidate
	// corefOf is the earlier trigger of the sentence this one names again.
	corefOf *candidate
	retal   bool
	// agreed is set on a truce noun that an agreement verb governs:
	// "India and Pakistan agreed to a ceasefire" is an agreement.
	agreed bool
	// doerOf is the main clause whose doer a comma participle shares:
	// "raided a village near Goma, torching huts" happened near Goma.
	doerOf *candidate
	// tollOf is the attack told before whose toll this passive verb of
	// killing tells ("A constable was also killed"), set when the verb
	// codes no event of its own (screenRetelling).
	tollOf *candidate
}

// takeMode gives cd the mode of another telling of its act, with the
// CAMEO code and ACLED labels that go with it, when cd's own trigger sets
// none: "killed 60 people when they fired on worshippers" is a shooting.
func (cd *candidate) takeMode(from *entry) {
	if (cd.e.mode != "-" && cd.e.mode != "") || from.mode == "-" || from.mode == "" {
		return
	}
	e := *cd.e
	e.cameo, e.mode, e.acledType, e.acledSub = from.cameo, from.mode, from.acledType, from.acledSub
	cd.e = &e
}

// head returns the candidate that codes the event this one belongs to.
func (cd *candidate) head() *candidate {
	for cd.corefOf != nil {
		cd = cd.corefOf
	}
	return cd
}

// doc is the state of one article while it is coded.
type doc struct {
	a          *truce.Article
	date       time.Time
	sents      []*sent
	dyad       []truce.Actor // the article's two main state actors; handed out as sides only as capped slices ([:1:1], [1:2:2]) so an append copies instead of overwriting it
	lastGroup  *truce.Actor  // the armed group named last so far
	focus      string        // the country most of the article's places are in
	sport      bool          // the article reports a game (sportStory)
	story      string        // the country the story is about, for generic actors (storyFocus)
	cands      []*candidate
	ceasefires []*truce.Ceasefire
}

// extract codes one article; Extract guards it.
func (c *Coder) extract(ctx context.Context, a *truce.Article) (*truce.Extraction, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	d, places := c.readDoc(a)
	for _, st := range d.sents {
		c.codeSentence(d, st)
	}
	c.finish(d)
	c.capitalLater(d)
	chargesRebutted(d)
	c.namedTellers(d)
	c.tollTellers(d)
	carriedTellers(d)
	anaphorTellers(d)
	c.passingTellers(d)
	c.roleFixesS39(d)
	c.anotherWeaponX46(d)
	mode53SuicideBombings(d)
	countedPairMeetingsX46(d)
	c.arrestedCrowdX48(d)
	apologyWrongedT45(d)
	c.militarySiteT45(d)
	c.movedPeopleT46(d)
	redCrossReleaseT46(d)
	c.surnameTellers(d)
	c.passiveAgentS51(d)
	c.underPlaceTargetX74(d)
	c.underSettlementsT54(d)
	c.firedAtPlaceX74(d)
	c.launchedWeaponT52(d)
	c.capitalQuarterT52(d)
	c.possessedObjectT52(d)
	c.fromLandSourceS51(d)
	c.byOfSidesX75(d)
	c.followUpVictimsT54(d)
	c.placeTargetX51(d)
	c.acled36DwellingsBurnt(d)
	acledAcross(d)
	recodeACLEDs(d)   // acled29..: ACLED labels read off the finished event
	c.recodeCameos(d) // mode59..mode66: finer CAMEO codes from the final labels

	x := &truce.Extraction{
		Document:   truce.DocumentOf(a),
		Ceasefires: []truce.Ceasefire{},
		Places:     places,
	}
	if x.Places == nil {
		x.Places = []truce.Place{}
	}
	// The events kept are counted first: appended one by one, the large
	// Event values were copied again at each growth of the slice.
	seen := map[string]bool{}
	kept := make([]*candidate, 0, len(d.cands))
	for _, cd := range d.cands {
		if cd.folded || seen[cd.ev.ID] || fragmentDropped(d, cd) {
			continue
		}
		seen[cd.ev.ID] = true
		kept = append(kept, cd)
	}
	x.Events = make([]truce.Event, 0, len(kept))
	for _, cd := range kept {
		ev := cd.ev
		// The record's sides are lists: a side no one holds is [], never
		// null.
		if ev.Source == nil {
			ev.Source = []truce.Actor{}
		}
		if ev.Target == nil {
			ev.Target = []truce.Actor{}
		}
		x.Events = append(x.Events, ev)
	}
	sortBySalience(x.Events, gsr23Settings(d))
	c.screenByConfidence(x)
	for _, cf := range d.ceasefires {
		x.Ceasefires = append(x.Ceasefires, *cf)
	}
	return x, nil
}

// readDoc reads an article into a doc whose sentences are ready to be
// coded: tagged, their actors and places found, pronouns resolved. It
// also returns the article's places.
func (c *Coder) readDoc(a *truce.Article) (*doc, []truce.Place) {
	d := &doc{a: a, date: a.Published}
	sents := c.nlp.Analyze(a.Text)
	found := make([][]actor.Mention, len(sents))
	for i, s := range sents {
		found[i] = c.actors.Find(s.Text, d.date)
	}
	surnames(sents, found)
	d.dyad = c.mainDyad(found)
	var hint geo.Hint
	for _, x := range d.dyad {
		hint.Countries = append(hint.Countries, x.Country)
	}
	places := c.places.Find(a.Text, hint)
	d.focus = focusCountry(places)
	var prev *mention
	var before *sent
	for i, s := range sents {
		found[i] = c.halvesFoundS41(d, s, found, i)
		c.militaryRulersS45(found[i], d.date)
		st := newSent(s, found[i], places, c.lex)
		c.sentFixesS41(st, d)
		c.sponsoredDemonymS51(st, d)
		st.pronouns(itSpeakerS47(before, st, speakerReferent(before, st, prev)))
		st.clausePronouns()
		st.mode40ParticiplePronouns()
		st.gsr28QuotedPronouns()
		st.semicolonPronouns()
		st.describedStateAfter()
		c.qualifyPlaces(st)
		d.sents = append(d.sents, st)
		prev, before = st.firstActor(), st
	}
	d.sport = c.sportStory(d)
	d.story = d.storyFocus()
	return d, places
}

// mainDyad returns the two state actors the article mentions most, at the
// country level.
func (c *Coder) mainDyad(found [][]actor.Mention) []truce.Actor {
	count := map[string]int{}
	first := map[string]int{}
	n := 0
	for _, ms := range found {
		for _, m := range ms {
			cc := m.Actor.Country
			if cc == "" || m.Kind == "sector" || m.Kind == "group" && !isState(m.Actor) {
				continue
			}
			count[cc]++
			if _, ok := first[cc]; !ok {
				first[cc] = n
				n++
			}
		}
	}
	keys := make([]string, 0, len(count))
	for k := range count {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if count[keys[i]] != count[keys[j]] {
			return count[keys[i]] > count[keys[j]]
		}
		return first[keys[i]] < first[keys[j]]
	})
	var out []truce.Actor
	for _, k := range keys {
		if len(out) == 2 || count[k] < 2 {
			break
		}
		a, ok := c.actors.Lookup(k, time.Time{})
		if !ok {
			a = truce.Actor{Name: k, ID: k, Country: k}
		}
		out = append(out, a)
	}
	return out
}

// focusCountry returns the country most of the places below country level
// are in.
func focusCountry(places []truce.Place) string {
	count := map[string]int{}
	best := ""
	for _, p := range places {
		if p.Precision == "country" || p.Country == "" {
			continue
		}
		count[p.Country]++
		if count[p.Country] > count[best] {
			best = p.Country
		}
	}
	return best
}

// isState reports whether an actor is a state or one of its sectors: its id
// is its country code, with or without a sector.
func isState(a truce.Actor) bool {
	return a.Country != "" && strings.HasPrefix(a.ID, a.Country)
}

// sortBySalience puts the article's main event first: violent events with
// tolls and events early in the text rank higher.
func sortBySalience(evs []truce.Event, under map[string]string) {
	// Within a sentence, the first trigger is usually the main verb and
	// what follows its complement: "rejected a plan, and said they opposed
	// the deployment of a force".
	rank := make(map[string]int, len(evs))
	seen := map[int]int{}
	for i := range evs {
		rank[evs[i].ID] = seen[evs[i].Evidence.Start]
		seen[evs[i].Evidence.Start]++
	}
	score := func(e *truce.Event) float64 {
		s := e.Confidence - 0.15*float64(rank[e.ID])
		if e.Quad == 4 {
			s += 0.3
		}
		// A death toll marks the news; a toll of zero ("no one was
		// hurt") does not.
		if e.Fatalities != nil && e.Fatalities.Max > 0 {
			s += 0.3
		}
		if e.CeasefireID != "" {
			s += 0.4
		}
		// What may not have happened is less likely the news; a plan
		// announced ("will meet in Istanbul") may well be.
		if e.Status != truce.StatusReported && e.Status != truce.StatusPlanned {
			s -= 0.3
		}
		return s - 0.05*float64(sentenceIndex(e))
	}
	if len(under) > 0 {
		gsr23Sort(evs, score, under)
		return
	}
	sort.SliceStable(evs, func(i, j int) bool { return score(&evs[i]) > score(&evs[j]) })
}

func sentenceIndex(e *truce.Event) int { return e.Evidence.Start / 200 }

func sameActor(a, b truce.Actor) bool {
	if a.ID != "" && b.ID != "" {
		return a.ID == b.ID
	}
	return a.Country != "" && a.Country == b.Country && a.Sector == b.Sector
}

// hasSame reports whether some actor of as is the same actor as a.
func hasSame(as []truce.Actor, a truce.Actor) bool {
	for _, x := range as {
		if sameActor(x, a) {
			return true
		}
	}
	return false
}

// countryOf returns the country part of an actor.
func countryOf(a truce.Actor) string {
	return a.Country
}

// surnames adds, after a person is named in full ("Zabihullah Mujahid"),
// the later mentions by surname alone ("Mujahid said") as the same actor.
func surnames(sents []truce.Sentence, found [][]actor.Mention) {
	known := map[string]truce.Actor{}
	for i, s := range sents {
		if len(known) > 0 {
			for name, a := range known {
				for off := 0; ; {
					k := strings.Index(s.Text[off:], name)
					if k < 0 {
						break
					}
					start, end := off+k, off+k+len(name)
					off = end
					if !wordBounded(s.Text, start, end) || covered(found[i], start, end) {
						continue
					}
					m := actor.Mention{Start: start, End: end, Text: name, Actor: a, Kind: "person"}
					m.Actor.Text = name
					found[i] = append(found[i], m)
				}
			}
			sortSmall(found[i], func(x, y *actor.Mention) bool { return x.Start < y.Start })
		}
		// "former minister Carlos Mejia": a title the dictionary knows
		// before a full name it does not; "Mejia said" is the same
		// person. The title names one person ("Minister", "journalist"),
		// not a body ("police", "army"). A name the dictionary knows is read after, and wins.
		for _, m := range found[i] {
			if m.Kind != "sector" {
				continue
			}
			if w := lastField(strings.ToLower(m.Text)); w != "" && (personHeads.has(w) || singlePeople.has(w)) {
				if last := titledSurname(s.Text, m.End); last != "" {
					known[last] = m.Actor
				}
			}
		}
		for _, m := range found[i] {
			if m.Kind != "person" {
				continue
			}
			if f := strings.Fields(m.Text); len(f) >= 2 {
				known[f[len(f)-1]] = m.Actor
				// The mention may carry a title: "President Lee Jae-myung".
				for _, w := range f[:len(f)-1] {
					if familyNameFirst.has(w) {
						known[w] = m.Actor
						break
					}
				}
			}
		}
	}
}

// titledSurname returns the surname of a full name of two to four
// capitalised words that follows a title ending at byte end ("minister
// Carlos Mejia"), or "" when none does. A name ending the sentence or
// followed by a comma, a verb or a preposition is taken whole; days and
// months are not names.
func titledSurname(text string, end int) string {
	rest := text[end:]
	if !strings.HasPrefix(rest, " ") {
		return ""
	}
	words := strings.Fields(rest)
	var name []string
	for _, w := range words {
		w = strings.TrimRight(w, ",.;:")
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || notNames.has(w) || strings.ContainsAny(w, "'’") {
			break
		}
		name = append(name, w)
		if len(name) == 4 {
			break
		}
	}
	if len(name) < 2 || len(name) > 3 {
		return ""
	}
	return name[len(name)-1]
}

// notNames are capitalised words that are no part of a person's name.
var notNames = filtered(wordSet("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
	"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
	"The", "A", "An", "On", "In", "At", "And", "But"))

// familyNameFirst lists common Korean, Chinese and Vietnamese family
// names, which come first in a full name: after "President Yoon Suk Yeol"
// or "Premier Li Qiang" the wire writes "Yoon said", "Li told reporters".
var familyNameFirst = filtered(wordSet(
	"Kim", "Lee", "Park", "Choi", "Jung", "Yoon", "Moon", "Han", "Kang", "Cho", "Chun", "Roh", "Ahn", "Hwang", "Shin", "Oh",
	"Xi", "Li", "Wang", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Hu", "Wen", "Jiang", "Zhou", "Wu", "Qin", "Ma", "Lai", "Tsai",
	"Nguyen", "Tran", "Pham", "Vo", "Phan", "Hun",
))

// wordBounded reports whether text[start:end] is a whole word.
func wordBounded(text string, start, end int) bool {
	before, after := ' ', ' '
	if start > 0 {
		before, _ = utf8.DecodeLastRuneInString(text[:start])
	}
	if end < len(text) {
		after, _ = utf8.DecodeRuneInString(text[end:])
	}
	return !unicode.IsLetter(before) && !unicode.IsLetter(after) && !unicode.IsDigit(after) && after != '-'
}

// covered reports whether some mention overlaps [start, end).
func covered(ms []actor.Mention, start, end int) bool {
	for _, m := range ms {
		if m.Start < end && start < m.End {
			return true
		}
	}
	return false
}
