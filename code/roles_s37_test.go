package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// A participle right after the subject describes it: the actor named
// inside the participle phrase is what the people want or oppose, not who
// acts. Each text is in the project's own words.
func TestRolesS37ParticipleHead(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notSource, notTarget string
	}{
		{"a possessive inside the participle phrase",
			"Protesters demanding President William Ruto's resignation marched through central Nairobi on Tuesday evening.",
			truce.Protest, "PRO", "", "KENGOV", ""},
		{"an of-phrase inside the participle phrase",
			"Students calling for the dismissal of Education Minister Ezekiel Machogu marched through Nairobi on Friday.",
			truce.Protest, "EDU", "", "KENGOV", ""},
		{"a noun trigger after the verb the head governs",
			"Several thousand people chanting against the government gathered outside parliament in Nairobi on Monday, in the largest street protests this year.",
			truce.Protest, "PRO", "", "KENGOV", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget)
		})
	}
}

// A participle of saying opens a clause of its own, whose subject acts;
// and a participle that modifies the noun after it ("the UN peacekeeping
// mission") is no phrase describing the subject.
func TestRolesS37ParticipleNotHead(t *testing.T) {
	wantSides(t, "Fighting spread along the border on Friday, with Kabul saying Pakistani troops had shelled two villages in Kunar province.",
		truce.Assault, "PAK", "", "AFGGOV", "")
}

// A noun trigger used as a finite verb has the subject a verb would have:
// past the agent of a participle on the subject ("a delegation headed by
// the ambassador arrived").
func TestRolesS37VerbUseOfNoun(t *testing.T) {
	wantSides(t, "A Qatari delegation headed by deputy foreign minister Mohammed al-Khulaifi arrived in Kabul on Tuesday for talks with Taliban officials.",
		truce.Consult, "QATGOV", "", "AFGGOV", "")
}

// A verb after "and" shares the subject of the clause it is joined to
// when that clause has one of its own, not the sentence's first actor.
func TestRolesS37JoinedClause(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notSource, notTarget string
	}{
		{"a second subject after a comma and and",
			"ISWAP fighters abandoned the town of Malam Fatori overnight, and Nigerian troops moved in on Sunday and set up a new base there, officials said.",
			truce.Mobilize, "NGAMIL", "", "ISWAP", ""},
		{"a subject with a relative aside after and",
			"The interior ministry condemned the incursion by Moscow, and the OSCE, whose monitors saw the new fences, urged both sides to show restraint.",
			truce.Request, "OSCE", "", "RUSGOV", ""},
		{"a deed joined to the verb of a reported clause",
			"Villagers said ADF fighters had broken into the clinic and carried off medicine, cash and phones.",
			truce.Coerce, "ADF", "", "CVL", ""},
		{"a listed pair with a participle opens no clause",
			"Bandits in Nigeria's Zamfara state released 26 people on Friday, among them women and children kidnapped in Maru, and handed over 18 rifles.",
			truce.Retreat, "CRM", "", "CVL", ""},
		{"a verb after a subordinate clause goes back to the main subject",
			"Honduras's government declared a state of emergency in Choloma on Monday after a string of murders blamed on rival gangs, and imposed a night curfew in the city.",
			truce.Coerce, "HNDGOV", "", "CRM", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget)
		})
	}
}

// "JNIM, al-Qaeda's Sahel branch, said its fighters …": the fighters are
// those of the group that opens the sentence, not of the one an
// apposition names.
func TestRolesS37OwnGroup(t *testing.T) {
	wantSides(t, "JNIM, al-Qaeda's Sahel branch, said its fighters had seized weapons and set fire to trucks at the army post near Djibo.",
		truce.Coerce, "JNIM", "", "AQ", "")
}

// A subject pronoun after a semicolon, past a phrase of time, stands for
// the subject of the clause before it.
func TestRolesS37SemicolonPronoun(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notSource, notTarget string
	}{
		{"it after a semicolon and a day",
			"Rabat called the arrests an outrage and promised a firm answer; on Thursday it expelled four Algerian diplomats.",
			truce.Sanction, "MARGOV", "DZA", "", ""},
		{"they after a semicolon and an adverb",
			"Al-Shabaab fighters overran a police post near Afgoye on Monday; later they attacked an army convoy on the road to Mogadishu.",
			truce.Assault, "ALSHABAAB", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget)
		})
	}
}

// An apposition that says what the place an actor is in is ("Rebels in
// X, the old town where …, agreed") is skipped to the actor before it.
func TestRolesS37PlaceAside(t *testing.T) {
	wantSides(t, "Rebels in Tafas, a farming town near the Jordanian border where the revolt first spread, agreed on Sunday to hand over their heavy weapons, Syrian negotiators said.",
		truce.Agree, "SYRREB", "", "", "")
}

// "Attackers …, police said, blaming the ADF": the group blamed is the
// attack's author, not its target; a blame the group denies names no
// author.
func TestRolesS37BlamedAuthor(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notSource, notTarget string
	}{
		{"a blame after the attribution",
			"Attackers threw a grenade into a market in Bunia late on Saturday, wounding six traders, an army spokesman said, blaming the Allied Democratic Forces.",
			truce.Assault, "ADF", "", "", "ADF"},
		{"a blame the group denies",
			"Gunmen shot dead nine farmers near Nekemte on Sunday, residents said, blaming the Oromo Liberation Army, which denied any role.",
			truce.Assault, "REB", "", "OLA", "OLA"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget)
		})
	}
}

// A group named in the next sentences only to deny a role is not the
// doer of an attack whose doers the text leaves unnamed.
func TestRolesS37DeniedGroupNotDoer(t *testing.T) {
	wantSides(t, "Armed separatists kidnapped nine pupils and a teacher from a school near Bamenda on Tuesday, the regional governor said. The Ambazonia Defence Forces denied any role in the kidnapping.",
		truce.Assault, "CMRREB", "", "AMBAZONIA", "")
}

// An aside of company between the subject and its verb (", with their
// families,") names no subject.
func TestRolesS37WithAside(t *testing.T) {
	wantSides(t, "About 200 fighters of ISWAP, with their wives and children, surrendered to soldiers near Monguno last week, the army said.",
		truce.Retreat, "ISWAP", "", "CVL", "")
}

// A planted bomb that names no one who set it ("an explosive device", "a
// car bomb", "a truck packed with explosives") is an armed group's, and
// the group that claims it in the next sentence is its author.
func TestRolesS37PlantedDevice(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notSource, notTarget string
	}{
		{"an explosive device claimed next",
			"Two Nigerian soldiers were killed when an explosive device went off under their truck near Gwoza on Friday, the army said. ISWAP said its fighters had planted the bomb.",
			truce.Assault, "ISWAP", "", "", ""},
		{"a truck packed with explosives claimed next",
			"A truck packed with explosives blew up outside a police station in Baidoa on Monday, killing six officers, police said. Al-Shabaab claimed the attack in a statement.",
			truce.Assault, "ALSHABAAB", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget)
		})
	}
}

// Fire from across a border that names no one who fired is the military's
// of the other state the article names.
func TestRolesS37AcrossBorderFire(t *testing.T) {
	wantSides(t, "Thailand's foreign ministry summoned Cambodia's envoy on Monday after artillery shells fired from across the border landed near Surin, wounding three farmers.",
		truce.Assault, "KHMMIL", "", "THA", "")
}

// A description of a kind of state opening a subordinate clause stands
// for the state of that kind named before it other than the subject.
func TestRolesS37DescribedStateAfter(t *testing.T) {
	wantSides(t, "Taiwan cut diplomatic ties with Nauru on Monday, hours after the Pacific nation's government voted to switch recognition to Beijing.",
		truce.Support, "NRU", "", "TWN", "")
}
