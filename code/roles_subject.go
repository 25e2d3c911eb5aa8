package code

// The subject and object finders of a trigger: the actors to its left in
// the same clause, and the actors after it or after a preposition.

import "strings"

// subject finds the subject of a verb (or of the verb governing a noun
// trigger) at token i: the nearest actor to its left in the same clause,
// skipping comma-delimited asides ("the TTP, bolstered by …, has").
func (st *sent) subject(i int) []*mention {
	// "trucks carrying flour from the Kuwaiti Red Crescent": the giver.
	if m := st.cargoGiver(i); m != nil {
		return []*mention{m}
	}
	if m := st.relativeHead(i); m != nil {
		return st.coordinated(m)
	}
	if s := st.mode35AspectSubject(i); s != nil {
		return s
	}
	if s := st.sharedSubject(i); len(s) > 0 {
		return s
	}
	if s := st.gsr31ThenSubject(i); len(s) > 0 {
		return s
	}
	if s := st.prec49ModalConjunctSubject(i); len(s) > 0 {
		return s
	}
	cl := st.clause[i]
	aside := false
	for k := i - 1; k >= 0; k-- {
		// "… shook hands after initialling a peace agreement": a
		// participle clause shares the main clause's subject.
		if st.clause[k] != cl && !aside && st.clause[k+1] == cl && participleClause(st, k+1) {
			// "French troops left Mali after handing over their base":
			// the main clause's subject, not its object. ("after rioting
			// in the capital killed 15": a gerund with a verb of its own
			// is that verb's subject.)
			if v := st.firstFinite(k); v >= 0 && !st.finiteIn(k+1) {
				if m := st.subject(v); m != nil {
					return m
				}
			}
			cl = st.clause[k]
		}
		if st.clause[k] != cl && !aside {
			// "Addis Ababa, which has accused Cairo": a relative clause's
			// subject is the actor it hangs from.
			if m := st.antecedent(k + 1); m != nil {
				return st.coordinated(m)
			}
			break
		}
		if st.low[k] == "," {
			if f := st.speakerJoined(k, i); f != nil {
				return st.coordinated(f)
			}
			// "…, the ministry said on Friday, announcing sanctions":
			// the speaker of the report framed by commas.
			if f := st.framedSpeaker(k); f != nil {
				return st.coordinated(f)
			}
			// "Abiy Ahmed, Ethiopia's prime minister, and Isaias Afwerki,
			// the president of Eritrea, signed": names joined each with
			// its apposition.
			if g := st.appositionGroup(k); len(g) > 1 {
				return g
			}
			// "Khalil Haqqani, the Taliban's minister for refugees, was
			// killed": an apposition after a name says who it is.
			if m := st.apposition(k); m != nil {
				return st.coordinated(m)
			}
			// A comma closing an aside: skip back to the comma opening it.
			// "The junta, which does not recognise the court, said": the
			// subject is in the clause before the aside.
			j := st.asideStart(k)
			if j < 0 {
				j = st.relativeAside(k)
			}
			if j < 0 {
				j = st.placeAside(k)
			}
			if j < 0 {
				j = st.withAside(k)
			}
			if j >= 0 {
				k = j
				if j > 0 {
					cl = st.clause[j-1]
				}
				continue
			}
		}
		// "M23 rebels backed by Rwandan troops seized …": the agent of a
		// participle describing the subject is not the subject.
		// "troops backed by Rwandan and southern African forces": so are
		// all the agents coordinated.
		// "Government forces backed by the fighters retook …": past a
		// determiner on the agent too, when the participle describes an
		// actor ("drones launched by the RSF struck" are the RSF's).
		if m := st.mentionAt(k); m != nil && !m.place {
			if b := st.rolesX55IncludedPart(m, i); b > 0 {
				k, cl = b, st.clause[b-1]
				continue
			}
			f := st.coordinated(m)[0]
			if st.weaponAgent(f) {
				return st.coordinated(m)
			}
			// "troops backed by local clan militias": past adjectives
			// and nouns modifying the agent as well as a determiner.
			b := f.i - 1
			for b >= 0 && (determiners.has(st.low[b]) || st.toks[b].tag == "JJ" || st.toks[b].tag == "NN" && st.mentionAt(b) == nil) {
				b--
			}
			if b >= 1 && st.low[b] == "by" && st.toks[b-1].tag == "VBN" && (b == f.i-1 || b >= 2 && st.mentionAt(b-2) != nil && !isWeaponWord(st.low[b-2])) {
				k = b - 1
				continue
			}
			// "Youths angry over the killing of a teenager by a police
			// officer set cars ablaze": the agent of a noun is not the
			// verb's subject either.
			if b := st.prepBefore(st.coordinated(m)[0]); b >= 1 && st.low[b] == "by" && strings.HasPrefix(st.toks[b-1].tag, "NN") && st.mentionAt(b-1) == nil && !st.proposes(b, i) {
				k = b
				continue
			}
		}
		// "fighters of the Islamic State's Mozambique branch released":
		// a formation's owner acts.
		if m := st.mentionAt(k); m != nil {
			if o := st.formationOwner(m, i); o != nil {
				return st.coordinated(o)
			}
		}
		// "responded with artillery fire and air strikes": arms after
		// "with" are the instrument, and the doer is named before.
		if m := st.mentionAt(k); m != nil && !m.place && st.armsInstrument(m) {
			k = m.i
			continue
		}
		// "Shelling of the Russian city of Belgorod killed 24": a demonym
		// naming a kind of place is where, not who.
		// "Students at a college in the northwestern Nigerian city of
		// Sokoto stoned …", "a crowd in the town of Abuja beat …": so is
		// the name of the place itself. ("dragged them out of a police
		// station, beat …": a sector noun qualifying a thing.)
		if m := st.mentionAt(k); m != nil && !m.place && (placeAdjective(st, m) && theBefore(st, m.i) || namedPlace(st, m) || st.t63PrepThingModifier(m)) {
			k = m.i
			continue
		}
		// "Troops near the border with Rwanda shelled …": the state
		// across a border is where the subject stands, not whose it is.
		if m := st.mentionAt(k); m != nil && st.rolesX105BorderPartner(m, i) {
			k = m.i
			continue
		}
		// "gunmen controlling parts of Lima shot …": a capital in the words
		// describing the subject is a place.
		if m := st.mentionAt(k); m != nil && st.describedCapital(m, i) {
			k = m.i
			continue
		}
		// "Croatia's office for Bosnia dismissed …", "the US envoy for
		// Sudan said …": the remit of an office is not who acts.
		if m := st.mentionAt(k); m != nil {
			if o := st.topicOwner(m, i); o != nil {
				return st.coordinated(o)
			}
		}
		// "The governor of Cameroon's North-West region banned …": the
		// state whose office heads the "of" phrase acts, though its
		// possessive names a place.
		if m := st.mentionAt(k); m != nil && st.officeState(m) {
			return []*mention{st.officeHolder(m)}
		}
		if m := st.mentionAt(k); m != nil && !m.place && !brokerCompound(st, m) {
			if h := st.describedSubjectHead(m, i); h != nil {
				return st.coordinated(h)
			}
			// "a warplane from Haftar's side struck": whose side it is.
			if h := st.sideHolder(m); h != nil {
				return st.coordinated(h)
			}
			// "Pakistan's openers launched …": the subject is the noun the
			// actor owns, which names no actor.
			if st.isPossessive(m.j) && m.j+1 < len(st.toks) && m.j+1 < i && st.mentionAt(m.j+1) == nil &&
				strings.HasPrefix(st.toks[m.j+1].tag, "NN") {
				// "Kyrgyzstan's border service accused …": a body of
				// the state acts for it.
				if st.ownsInstitution(m.j+1, i) || st.ownsRegulator(m.j+1, i) {
					return st.coordinated(m)
				}
				// "the mayor of Peru's capital", "the police chief of
				// Kenya's Coast province": the possessive ends an "of"
				// phrase, and the office it hangs from acts.
				if st.officeState(m) {
					return []*mention{st.officeHolder(m)}
				}
				if ofPhrase(st, m) {
					k = m.i - 1
					continue
				}
				return nil
			}
			// "soldiers retreating from the advance of M23 rebels raped
			// …": an actor inside a participle phrase describes the
			// subject before it.
			if h := st.participleHead(m, i); h != nil && verbAt(st, i) {
				return st.coordinated(h)
			}
			// "students who gathered outside parliament to protest": an
			// actor after a preposition is not the verb's subject when the
			// clause names another before it.
			if h := st.beforePrepObject(m); h != nil && verbAt(st, i) {
				return st.coordinated(h)
			}
			// "Women gathered outside the interior ministry to demand
			// …": a building people stand at is where, not who.
			// ("demonstrators outside parliament, on the seventh night of
			// protests": so it is for a noun's doer.)
			if st.buildingPlace(m) && (verbAt(st, i) || st.nounAfterBuilding(m, i)) {
				k = m.i
				continue
			}
			// "rebels used drones to drop explosives": arms after a verb
			// of use are the user's.
			if v := st.equipmentUser(m); v >= 0 {
				if s := st.subject(v); len(s) > 0 {
					return s
				}
			}
			// "Colombian soldiers and dissidents of the FARC traded
			// fire": the "of" phrase's head is joined to an actor before.
			if h := st.ofHeadPartner(m); h != nil {
				return append(st.coordinated(h), st.coordinated(m)...)
			}
			return st.titledPartner(st.coordinated(m))
		}
	}
	return nil
}

// nounObjectStart is where a noun trigger's object phrase begins: at the
// preposition that ends the trigger itself when it has one ("the arrest
// of two reporters", "the storming of the embassy"), else right after it.
//
// "the attack by RSF fighters on army positions": an agent told with "by"
// right after the trigger comes before the object, so the phrase begins at
// the aiming word after the agent.
func nounObjectStart(st *sent, cd *candidate) int {
	if cd.j-1 > cd.i && targetPreps.has(st.low[cd.j-1]) {
		return cd.j - 1
	}
	if k := st.pastByAgent(cd.j); k > 0 {
		return k
	}
	return cd.j
}

// notAgent drops an object found after "by": in "the destruction of a
// bridge by the rebels" the rebels are the act's agent, not its target.
func notAgent(st *sent, ms []*mention) []*mention {
	if len(ms) == 0 {
		return ms
	}
	k := ms[0].i - 1
	for k > 0 && (determiners.has(st.low[k]) || strings.HasPrefix(st.toks[k].tag, "JJ")) {
		k--
	}
	if k >= 0 && st.low[k] == "by" {
		return nil
	}
	return ms
}

// targetPreps introduce the target of a noun trigger.
var targetPreps = filtered(map[string]bool{
	"on": true, "against": true, "at": true, "targeting": true, "targetting": true, "of": true, "in": true, "into": true,
	"that": true, "with": true, "to": true,
})

// object finds the first actor after token j in the same clause. With preps
// set, only an actor after one of those words counts.
func (st *sent) object(j int, preps map[string]bool) []*mention {
	if j >= len(st.toks) {
		return nil
	}
	cl := st.clause[j-1]
	seenPrep := preps == nil
	for k := j; k < len(st.toks) && k < j+12; k++ {
		// "with Venancio Mondlane, the opposition figure": an apposition
		// says who an unknown name is.
		if st.low[k] == "," && k > j && st.toks[k-1].tag == "NNP" && k+1 < len(st.low) && (st.low[k+1] == "the" || st.low[k+1] == "a" || st.low[k+1] == "an") {
			continue
		}
		if st.clause[k] != cl || st.low[k] == "," && !st.listComma(k) {
			break
		}
		// "a base … that also hosts US troops": a relative clause says
		// more about the object; its own object is not this one's.
		if st.low[k] == "that" && k+1 < len(st.toks) && (strings.HasPrefix(st.toks[k+1].tag, "VB") || st.toks[k+1].tag == "RB" || st.toks[k+1].tag == "MD") {
			break
		}
		// "cut internet lines across Kashmir and placed ministers under
		// arrest": a verb with its own object takes none from the next.
		if preps == nil && st.low[k] == "and" && k+1 < len(st.toks) && st.toks[k+1].tag == "VBD" && st.ownObject(j, k) {
			return nil
		}
		if preps != nil && preps[st.low[k]] {
			seenPrep = true
			continue
		}
		// "struck what Tehran called militant bases"
		if v := st.whatSaid(k); v > 0 {
			k = v
			continue
		}
		// "attacked Iran-backed militias": the backer is not the object.
		// "fired artillery at the rebels": what is fired is no object.
		if m := st.mentionAt(k); m != nil && m.i == k && m.j == k+1 && isWeaponWord(st.low[k]) && k+1 < len(st.low) && aimPreps.has(st.low[k+1]) {
			continue
		}
		if m := st.mentionAt(k); m != nil && !m.place && seenPrep && !placeAdjective(st, m) && !goodsAdjective(st, m) && !brokerCompound(st, m) {
			// "attacked the government's budget": the object is the budget.
			if st.isPossessive(m.j) && m.j+1 < len(st.toks) && st.mentionAt(m.j+1) == nil &&
				strings.HasPrefix(st.toks[m.j+1].tag, "NN") && !isFacility(st.low[m.j+1]) {
				return nil
			}
			// "spoke with Ukraine's Zelensky": a person named after
			// his country's possessive is the object, in his office.
			if p := st.mentionAt(m.j + 1); st.isPossessive(m.j) && p != nil && p.kind == "person" && p.i == m.j+1 {
				return st.coordinated(p)
			}
			// "dispersed hundreds of Oduya's supporters": the people a
			// person owns are the object, not the person.
			if f := st.personsFollowers(m); f != nil {
				return st.coordinated(f)
			}
			// "strikes against camps of the ADF": the camps are the
			// group's, not a refugee camp's people.
			if h := st.holderOf(m); h != nil {
				return st.coordinated(h)
			}
			return st.coordinated(m)
		}
		if preps != nil && !seenPrep && k > j+1 {
			return nil
		}
	}
	return nil
}

var withPrep = filtered(map[string]bool{"with": true})

// laidWeapons are weapons a participle with "by" can hang from, naming
// who placed, fired or left them.
var laidWeapons = filtered(map[string]bool{
	"bomb": true, "bombs": true, "mine": true, "mines": true, "landmine": true, "landmines": true,
	"device": true, "devices": true, "explosive": true, "explosives": true, "ied": true, "ieds": true,
	"rocket": true, "rockets": true, "missile": true, "missiles": true, "shell": true, "shells": true,
	"grenade": true, "grenades": true, "mortar": true, "mortars": true, "ordnance": true, "booby-trap": true,
})

// weaponAgent reports whether the actor f is the "by" agent of a
// participle on a weapon: "a bomb planted by militants exploded", "a mine
// left behind by retreating troops blew up", "rockets fired by the
// group hit". The weapon is the verb's subject, and whoever laid it the
// doer.
func (st *sent) weaponAgent(f *mention) bool {
	b := f.i - 1
	for n := 0; n < 2 && b >= 0 && (determiners.has(st.low[b]) || strings.HasPrefix(st.toks[b].tag, "JJ") || st.toks[b].tag == "VBG"); n++ {
		b--
	}
	if b < 2 || st.low[b] != "by" {
		return false
	}
	p := b - 1
	if phrasalParticles.has(st.low[p]) {
		p--
	}
	if p < 1 || st.toks[p].tag != "VBN" && st.toks[p].tag != "VBD" {
		return false
	}
	return laidWeapons.has(st.low[p-1]) && st.mentionAt(p-1) == nil
}
