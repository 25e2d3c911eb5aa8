package code

import "github.com/truce-project/truce"

// Local government named by what it does, not by name. "Gunmen abducted
// the municipal works director", "rebels kidnapped six council workers",
// "militants torched a customs office": the staff and premises of a
// council, a municipality or a customs service are the state's, though
// no dictionary names them and "workers" alone reads as labour. Such an
// object of an attack is the government of wherever it happens.

// localStateWords make the noun after them a local office of the state.
var localStateWords = filtered(wordSet("council", "municipal", "municipality", "customs", "prefecture",
	"sub-prefecture", "county", "district", "town-hall"))

// localStateHeads are the staff and premises a local office has.
var localStateHeads = filtered(wordSet("worker", "workers", "employee", "employees", "staff", "staffer",
	"staffers", "director", "directors", "secretary", "secretary-general", "clerk", "clerks",
	"treasurer", "office", "offices", "post", "posts", "building", "buildings", "headquarters",
	"official", "officials", "officer", "officers", "administrator", "chief"))

// localOfficeTarget returns the local office an attack or a seizure hits
// when the trigger's object names one ("the municipal public works
// director"), and the roles found no target or only a bare sector noun
// inside that phrase ("council workers" read as labour). It returns nil
// otherwise.
func (c *Coder) localOfficeTarget(cd *candidate) []*mention {
	switch c.lex.cameo[cd.e.cameo].plover {
	case truce.Assault, truce.Coerce:
	default:
		return nil
	}
	if cd.e.has(flagSym) {
		return nil
	}
	st := cd.st
	mod, head := -1, -1
	for k := cd.j; k < len(st.low) && k < cd.j+8; k++ {
		w := st.low[k]
		if localStateWords.has(w) && mod < 0 {
			mod = k
			continue
		}
		// "council office workers": the last of the nouns is the head.
		if mod >= 0 && localStateHeads.has(w) && (k+1 >= len(st.low) || !localStateHeads.has(st.low[k+1])) {
			head = k
			break
		}
		if determiners.has(w) || isModifier(st.toks[k]) && st.mentionAt(k) == nil {
			continue
		}
		break
	}
	if mod < 0 || head < 0 || head-mod > 4 {
		return nil
	}
	// Only a phrase the roles left unread or read as a bare sector; a
	// country after it ("a district office in Kasese, Uganda") is where
	// it stands.
	for _, m := range cd.tgt {
		if m.i > head && (m.place || m.actor.Sector == "" && m.actor.ID == m.actor.Country) {
			continue
		}
		if m.actor.ID != "" && m.actor.ID != m.actor.Country+m.actor.Sector || m.i < mod || m.j > head+1 {
			return nil
		}
	}
	text := st.textOf(mod, head+1)
	return []*mention{{i: mod, j: head + 1, kind: "sector", actor: truce.Actor{Text: text, Name: text, Sector: "GOV"}}}
}
