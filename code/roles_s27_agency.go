package code

import "github.com/truce-project/truce"

// Security agencies named by a qualifier the dictionary has no entry for.

// agencyQualifiers name a civil security or law-enforcement agency: its
// "officers" or "agents" are police, not the army the dictionary gives a
// bare "officers": "anti-corruption officers detained the mayor",
// "security officers in the capital arrested a blogger".
var agencyQualifiers = filtered(wordSet("security", "anti-corruption", "anticorruption", "anti-graft",
	"counter-terrorism", "counterterrorism", "anti-terrorism", "anti-terror", "anti-narcotics",
	"narcotics", "anti-drug", "customs", "immigration", "traffic", "plainclothes", "plain-clothes"))

// agencyMembers are the head nouns agencyQualifiers turn to police.
var agencyMembers = filtered(wordSet("officers", "officer", "agents", "agent", "operatives"))

// serviceNouns end the name of a state's security service: "Kyrgyz
// security services", "the state security service".
var serviceNouns = filtered(wordSet("service", "services"))

// agencies gives a state's security agencies their sector where the
// dictionary does not: "Uzbek security services arrested eleven bloggers"
// is Uzbekistan's intelligence services (SPY), not Uzbekistan at large;
// "customs officers seized the cargo" are police (COP), not soldiers.
// Named services ("the Federal Security Service") keep their own name.
func (st *sent) agencies() {
	for n := range st.mentions {
		m := &st.mentions[n]
		if m.actor.Sector != "MIL" || !agencyMembers.has(st.low[m.j-1]) {
			continue
		}
		q := m.j - 2
		if q < m.i && m.j-m.i != 1 {
			continue
		}
		if q < 0 || !agencyQualifiers.has(st.low[q]) {
			continue
		}
		if m.actor.ID != "" && m.actor.ID != m.actor.Country+"MIL" {
			continue
		}
		m.actor.Sector = "COP"
		if m.actor.Country != "" {
			m.actor.ID = m.actor.Country + "COP"
		}
		if q < m.i {
			m.i = q
			m.actor.Text = st.textOf(m.i, m.j)
		}
	}
	for k := 0; k+1 < len(st.low); k++ {
		if st.low[k] != "security" || !serviceNouns.has(st.low[k+1]) || st.mentionAt(k) != nil || st.mentionAt(k+1) != nil {
			continue
		}
		if k+2 < len(st.toks) && st.toks[k+2].tag == "NNP" {
			continue // "the Security Service of Ukraine" is a name
		}
		if st.ownServices(k) {
			continue
		}
		// "the Information and Security Service": a capitalised
		// service inside a sentence is the name of one body, not a
		// state's services at large, unless a state owns it
		// ("Georgia's State Security Service").
		if k > 0 && st.toks[k].text != st.low[k] && !st.isPossessive(k-1) && !(k > 1 && st.isPossessive(k-2)) {
			continue
		}
		m := mention{i: k, j: k + 2, kind: "sector",
			actor: truce.Actor{Text: st.textOf(k, k+2), Name: "intelligence services", Sector: "SPY"}}
		at := len(st.mentions)
		for n, o := range st.mentions {
			if o.i > k {
				at = n
				break
			}
		}
		st.mentions = append(st.mentions[:at], append([]mention{m}, st.mentions[at:]...)...)
	}
}

// ownServices joins the country right before "security services" to
// them: "Kyrgyz security services", "Chad's security service". It
// reports whether it did.
func (st *sent) ownServices(k int) bool {
	for n := range st.mentions {
		p := &st.mentions[n]
		if p.place && p.kind != "country" || p.actor.Country == "" || p.kind != "country" && p.kind != "demonym" && p.kind != "capital" {
			continue
		}
		if p.actor.ID != "" && p.actor.ID != p.actor.Country {
			continue
		}
		end := p.j
		if st.isPossessive(end) {
			end++
		}
		if k < end || k > end+1 || k == end+1 && !sectorModifier(st, end) {
			continue
		}
		p.actor.Sector = "SPY"
		p.actor.ID = p.actor.Country + "SPY"
		p.place = false
		p.j = k + 2
		p.actor.Text = st.textOf(p.i, p.j)
		return true
	}
	return false
}
