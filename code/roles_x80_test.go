package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// rolesX80Case is a sentence, the category of the event to look at, and
// the id one of its sides must hold (src or tgt) and the one it must not.
type rolesX80Case struct {
	text, typ string
	target    bool
	want, not string
}

func rolesX80Check(t *testing.T, cases []rolesX80Case) {
	t.Helper()
	for _, c := range cases {
		evs := eventsOf(t, c.text, "2024-03-01", c.typ)
		if len(evs) == 0 {
			t.Errorf("%q: no %s event", c.text, c.typ)
			continue
		}
		ok := false
		for _, ev := range evs {
			side := ev.Source
			if c.target {
				side = ev.Target
			}
			if c.not != "" && hasActor(side, c.not) {
				t.Errorf("%q: side read as %s: %s", c.text, c.not, rolesX74IDs(side))
			}
			if c.want == "" || hasActor(side, c.want) {
				ok = true
			}
		}
		if !ok {
			t.Errorf("%q: no %s event with %s", c.text, c.typ, c.want)
		}
	}
}

// A people's or a faith's leaders speak for their community, not for the
// government of the story's country; the leaders of a people with a state
// of its own still may.
func TestRolesX80CommunityLeaders(t *testing.T) {
	rolesX80Check(t, []rolesX80Case{
		{"Yoruba leaders accused the army of killing protesters in Lagos.", truce.Accuse, false, "NGACVL", "NGAGOV"},
		{"Tuareg leaders in Kidal rejected the peace deal with Bamako.", truce.Reject, false, "MLICVL", "MLIGOV"},
		{"Nigerian Fulani leaders blamed soldiers for the killing of 20 herders.", truce.Accuse, false, "NGACVL", "NGAGOV"},
		{"Druze leaders in Sweida rejected the deployment of government troops.", truce.Reject, false, "SYRCVL", "SYRGOV"},
		{"Christian leaders condemned the attack on a church in Jos.", truce.Accuse, false, "NGAREL", "NGAGOV"},
	})
}

// A firm or a professional body whose name opens with its country's name
// is that country's business or civilians, not its state; a commission of
// the state stays the government.
func TestRolesX80NamedBodies(t *testing.T) {
	rolesX80Check(t, []rolesX80Case{
		{"The Ghana Bar Association condemned the arrest of two lawyers in Accra on Monday.", truce.Accuse, false, "GHACVL", "GHAGOV"},
		{"The Uganda Bar Association criticised the detention of opposition leader Kizza Besigye.", truce.Accuse, false, "UGACVL", "UGAGOV"},
		{"The Zambia Law Association accused police of beating two lawyers outside a court in Lusaka.", truce.Accuse, false, "ZMBCVL", "ZMBGOV"},
		{"Kenya's Law Society urged Nairobi to protest the deportation of an activist.", truce.Request, false, "KENCVL", "KENGOV"},
		{"Kenya's Anti-Corruption Commission arrested three county officials in Nairobi on Friday.", truce.Coerce, false, "KENGOV", ""},
	})
	// An airline suspending its flights is no act of its state.
	for _, text := range []string{
		"Kenya Airways suspended flights to Mogadishu after gunmen attacked the airport on Tuesday.",
		"Qatar Airways halted flights to Beirut after Israeli strikes hit the city.",
	} {
		for _, ev := range mustExtract(t, text, "2024-03-01").Events {
			if hasActor(ev.Source, "KENGOV") || hasActor(ev.Source, "QATGOV") {
				t.Errorf("%q: the airline read as its government: %s %s", text, ev.Type, rolesX74IDs(ev.Source))
			}
		}
	}
}

// A generic description in apposition to a named group ("X, one of the
// city's armed groups") is no second actor; counted before the names ("two
// of the city's armed groups, A and B") it gives way to them.
func TestRolesX80DescribedGroups(t *testing.T) {
	rolesX80Check(t, []rolesX80Case{
		{"The head of the Stability Support Apparatus, one of Tripoli's most powerful armed groups, was killed at a camp on Monday.", truce.Assault, true, "LBYMLT", "LBYREB"},
		{"Fighters from the Kaniyat, one of the region's largest armed groups, were ambushed near Tarhuna on Friday.", truce.Assault, true, "LBYMLT", "LBYREB"},
		{"Heavy fighting erupted in Khartoum between two of Sudan's armed groups, the RSF and the SPLM-N.", truce.Assault, false, "RSF", ""},
		{"Clashes broke out in Tripoli between two of the city's most powerful armed groups, the Radaa force and the Nawasi Brigade.", truce.Assault, false, "LBYMLT", ""},
		// A list is no apposition: the police stay a side.
		{"The Taliban, the police and local militias clashed in Kunduz on Monday.", truce.Assault, true, "AFGCOP", ""},
	})
}

// The head of a district, a commune or a county is a local administrator:
// the government where he serves.
func TestRolesX80LocalHeads(t *testing.T) {
	rolesX80Check(t, []rolesX80Case{
		{"Gunmen killed the head of a rural district in Niger's Tillaberi region on Sunday.", truce.Assault, true, "NERGOV", "NERCVL"},
		{"Investigators detained the head of a mountain district in Chechnya on suspicion of aiding the attackers.", truce.Coerce, true, "RUSGOV", "RUSREB"},
		{"Police arrested the chief of the Ansongo commune in Mali on Tuesday.", truce.Coerce, true, "MLIGOV", "MLICVL"},
	})
}

// A "-led" leader before an armed act told as its clause's subject made
// the act; before talks it brokers them, and an act told after a
// preposition ("since the Hamas-led attack") keeps its reading.
func TestRolesX80LedActs(t *testing.T) {
	rolesX80Check(t, []rolesX80Case{
		{"A Saudi-led air raid killed 12 civilians at a market in Saada province on Monday.", truce.Assault, false, "SAU", "YEMMIL"},
		{"US-led airstrikes hit Islamic State positions near Raqqa, killing 20 fighters.", truce.Assault, false, "USA", "SYRMIL"},
		{"A French-led offensive drove the militants out of the town of Diabaly.", truce.Assault, false, "FRA", ""},
	})
	text := "Israel's war in Gaza began after the Hamas-led attack on Oct. 7, 2023, which killed 1,200 people."
	if evs := eventsOf(t, text, "2024-03-01", truce.Assault); len(evs) > 0 {
		t.Errorf("%q: the history of the war coded: %s", text, rolesX74IDs(evs[0].Source))
	}
}

// The party of a leader out of office is his country's opposition.
func TestRolesX80PersonParty(t *testing.T) {
	rolesX80Check(t, []rolesX80Case{
		{"Police raided the headquarters of Bazoum's party in Niamey on Friday.", truce.Coerce, true, "NEROPP", "NERGOV"},
		{"Soldiers stormed the offices of Imran Khan's party in Lahore on Tuesday.", truce.Assault, true, "PAKOPP", ""},
	})
}

// "X, which is planning an offensive": the progressive relative's act is
// the name's before "which".
func TestRolesX80ProgressiveRelative(t *testing.T) {
	rolesX80Check(t, []rolesX80Case{
		{"The RSF, which is planning an offensive on El Fasher, shelled the city's main market on Monday.", truce.Assault, false, "RSF", ""},
		{"The army said it had killed 30 fighters of Boko Haram, which is planning attacks on military bases in Borno.", truce.Assault, false, "BOKOHARAM", ""},
		{"Israel, which is planning an offensive on Rafah, ordered civilians to leave the eastern part of the city.", truce.Assault, false, "ISR", ""},
	})
	// Every assault of these sentences has a doer.
	for _, text := range []string{
		"Officials said the M23, which is planning an assault on Uvira, had moved artillery to the hills above the town.",
		"Israel, which is planning an offensive on Rafah, ordered civilians to leave the eastern part of the city.",
	} {
		for _, ev := range eventsOf(t, text, "2024-03-01", truce.Assault) {
			if len(ev.Source) == 0 {
				t.Errorf("%q: an assault with no doer", text)
			}
		}
	}
}

// Pakistan Tehreek-e-Insaf is most often spelt so in the news: the
// spelling names the party, not Pakistan's government or its people.
func TestRolesX80PartySpellings(t *testing.T) {
	rolesX80Check(t, []rolesX80Case{
		{"Police said they had detained 200 members of the Pakistan Tehreek-e-Insaf party in Lahore.", truce.Coerce, true, "PTI", "PAKGOV"},
		{"Officers arrested 35 leaders of Tehrik-e-Insaf in Karachi on Thursday.", truce.Coerce, true, "PTI", "PAKGOV"},
	})
}

// An apposition closed before ", and" and a verb is still an apposition:
// the goods seized are taken from the gang it describes.
func TestRolesX80AppositionBeforeVerb(t *testing.T) {
	text := "Police arrested 12 members of Barrio 18, a Guatemala City-based gang, and seized six rifles in Mixco on Friday."
	ok := false
	for _, ev := range eventsOf(t, text, "2024-03-01", truce.Coerce, "seize") {
		if hasActor(ev.Target, "BARRIO18") {
			ok = true
		}
	}
	if !ok {
		t.Errorf("%q: no seizure from BARRIO18", text)
	}
}
