package code

import "github.com/truce-project/truce"

// People held as the doers' own: "police arrested four people linked to
// the bombers", "detained eleven people, among them all three gunmen",
// "arrested two men, described as local members of the militia". A bare
// noun of people is only who the words after it say: the doers of the
// attack the article told before (the bombers, the pair, the gunmen), or
// the group named after "described as … of". Held only "over the attack"
// they stay civilians: all the annotators agree on that.

// t62DoerNouns name again, with "the", those who carried out an attack:
// "linked to the couple", "associates of the gunmen".
var t62DoerNouns = filtered(wordSet("couple", "pair", "duo", "trio", "gunmen", "gunman", "assailants", "assailant",
	"attackers", "attacker", "bombers", "bomber", "perpetrators", "perpetrator", "shooters", "shooter",
	"killers", "killer", "hijackers", "kidnappers"))

// t62LastDoers returns the non-state doers of the latest attack told in
// the article before st, or earlier in st, as mentions over m; nil when
// there is none or its doers are a state's forces.
func (c *Coder) t62LastDoers(d *doc, st *sent, m *mention) []*mention {
	for n := len(d.cands) - 1; n >= 0; n-- {
		p := d.cands[n]
		if p.folded || p.ev.Type != truce.Assault || len(p.ev.Source) == 0 {
			continue
		}
		if p.st.s.Index > st.s.Index || p.st.s.Index == st.s.Index && p.i >= m.i || p.st.s.Index < st.s.Index-3 {
			continue
		}
		var out []*mention
		for _, a := range p.ev.Source {
			if a.ID == "" || !isArmedGroup(a) && !x63ArmedGroupSectors.has(a.Sector) {
				return nil
			}
			x := *m
			x.actor = a
			x.actor.Text = m.actor.Text
			x.kind = "implied"
			out = append(out, &x)
		}
		return out
	}
	return nil
}

// t62AmongDoers returns the side of a bare noun of people m that a
// following "among them" or "including" gives: a noun of armed doers
// ("among them all four gunmen") stands for the doers of the attack told
// before, or for itself when none was told; nil otherwise.
func (c *Coder) t62AmongDoers(d *doc, st *sent, m *mention, k int) []*mention {
	if k < len(st.low) && st.low[k] == "," {
		k++
	}
	switch {
	case k+1 < len(st.low) && st.low[k] == "among" && (st.low[k+1] == "them" || st.low[k+1] == "whom"):
		k += 2
	case k < len(st.low) && st.low[k] == "including":
		k++
	default:
		return nil
	}
	for n := k; n < len(st.low) && n < k+4; n++ {
		w := st.low[n]
		if t62DoerNouns.has(w) {
			if s := c.t62LastDoers(d, st, m); s != nil {
				return s
			}
			if y := st.mentionAt(n); y != nil && x63ArmedGroupSectors.has(y.actor.Sector) {
				return []*mention{y}
			}
			return nil
		}
		if w != "all" && w != "the" && w != "both" && st.toks[n].tag != "CD" && !isModifier(st.toks[n]) {
			return nil
		}
	}
	return nil
}

// t62DescribedAs returns the group a "described as (local) members of X"
// after a bare noun of people names, past a short "from …" phrase: "three
// men from the old town, described as associates of the front"; nil
// otherwise.
func (st *sent) t62DescribedAs(m *mention, k int) []*mention {
	if k < len(st.low) && st.low[k] == "from" {
		for k < len(st.low) && k < m.j+8 && st.low[k] != "," {
			k++
		}
	}
	if k < len(st.low) && st.low[k] == "," {
		k++
	}
	if k+1 >= len(st.low) || st.low[k] != "described" && st.low[k] != "identified" || st.low[k+1] != "as" {
		return nil
	}
	for n := k + 2; n < len(st.low) && n < k+7; n++ {
		if st.low[n] != "of" {
			continue
		}
		if !t62MemberNouns.has(st.low[n-1]) {
			return nil
		}
		q := n + 1
		if q < len(st.low) && determiners.has(st.low[q]) {
			q++
		}
		if y := st.mentionAt(q); y != nil && (isArmedGroup(y.actor) || x63ArmedGroupSectors.has(y.actor.Sector)) {
			return st.coordinated(y)
		}
		return nil
	}
	return nil
}

// t62MemberNouns name those who belong to a group: "members of",
// "associates of", "operatives of".
var t62MemberNouns = filtered(wordSet("members", "member", "associates", "associate", "operatives", "operative",
	"affiliates", "supporters", "fighters", "militants", "agents", "accomplices"))

// t62SuspectsSide is linkedSideX53's fallback when no link verb follows a
// bare noun of people: "among them the gunmen", "described as members of".
func (c *Coder) t62SuspectsSide(d *doc, st *sent, m *mention, k int) []*mention {
	if s := c.t62AmongDoers(d, st, m, k); s != nil {
		return s
	}
	return st.t62DescribedAs(m, k)
}

// t62RecalledDoers returns, when the word at n after a link ("linked to
// the bombers") is a doer noun after "the", the doers of the attack told
// before; nil otherwise.
func (c *Coder) t62RecalledDoers(d *doc, st *sent, m *mention, n, k int) []*mention {
	if n <= k || st.low[n-1] != "the" || !t62DoerNouns.has(st.low[n]) {
		return nil
	}
	return c.t62LastDoers(d, st, m)
}
