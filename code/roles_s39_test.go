package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// A peace mission acts for the body that sent it: its calls, condemnations
// and deployments are the UN's (or NATO's, the AU's, the EU's), as its
// reports already are. Each text is in the project's own words.
func TestRolesS39MissionActsForItsBody(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notSource, notTarget string
	}{
		{"a UN mission's appeal",
			"MONUSCO urged the armed groups in Ituri to lay down their weapons and join the disarmament programme.",
			truce.Request, "UN", "", "MONUSCO", ""},
		{"a UN mission's condemnation",
			"UNIFIL condemned the shelling of its positions near Naqoura and called on all sides to respect the ceasefire.",
			truce.Accuse, "UN", "", "UNIFIL", ""},
		{"a NATO force sending troops",
			"KFOR said it was sending extra soldiers to the northern municipalities after the clashes.",
			truce.Mobilize, "NATO", "", "KFOR", ""},
		{"a mission attacked keeps its own name",
			"Militiamen fired on a MONUSCO convoy near Bunia on Tuesday, wounding two peacekeepers.",
			truce.Assault, "", "MONUSCO", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget)
		})
	}
}

// An order to shoot to kill is a threat by the one who gives it, not by
// the forces told to carry it out; the forces are not its target either.
func TestRolesS39LethalOrder(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notSource, notTarget string
	}{
		{"a minister's order to the police",
			"Kenya's interior minister said he had ordered police to shoot to kill anyone attacking police stations.",
			truce.Threaten, "KENGOV", "KENCVL", "KENCOP", "KENCOP"},
		{"a governor's licence to the police",
			"The governor of Lagos said he had authorised the police to shoot to kill armed robbers.",
			truce.Threaten, "NGAGOV", "CRM", "NGACOP", "NGACOP"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget)
		})
	}
}

// Captives handed over in the passive, with no agent: the party after
// "to" receives them; the state that held them gives them up, told by the
// land of the handover, the state that tells it, or the story's other
// state.
func TestRolesS39PassiveHandover(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notSource, notTarget string
	}{
		{"the land of the handover",
			"The detainees were handed over to Thai police in Myawaddy on Tuesday.",
			truce.Cooperate, "MMRGOV", "THACOP", "THACOP", ""},
		{"the state that tells it",
			"The pilots were handed over to Chadian officials, the Sudanese army said.",
			truce.Cooperate, "SDNGOV", "TCDGOV", "TCDGOV", ""},
		{"the other state of the story",
			"Kenyan and Ugandan police arrested six men in a joint raid near Busia, Kenya's interior ministry said. Two of them were later handed over to Ugandan detectives.",
			truce.Cooperate, "KENGOV", "UGAGOV", "UGAGOV", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget)
		})
	}
}

// An act only a state can do, told in the passive with no agent, is the
// act of the government of the land it happens in.
func TestRolesS39StatePowerPassive(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notSource, notTarget string
	}{
		{"communications cut",
			"Mobile internet was cut across Ethiopia's Amhara region on Thursday.",
			truce.Coerce, "ETHGOV", "", "", ""},
		{"an emergency declared",
			"A state of emergency has been declared in Ecuador's coastal provinces.",
			truce.Coerce, "ECUGOV", "", "", ""},
		{"captives freed",
			"Twelve fishermen were released on Monday and flown home from Colombo.",
			truce.Retreat, "LKAGOV", "CVL", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget)
		})
	}
}

// A subject owned by an actor acts for it: a band's companions are the
// band, an opposition leader's party the opposition, a president's party
// the government.
func TestRolesS39OwnedSubject(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notSource, notTarget string
	}{
		{"a band's companions",
			"Three of the rebels' companions surrendered with their guns to the army in Beni on Monday.",
			truce.Retreat, "CODREB", "", "", ""},
		{"an opposition leader's party",
			"Imran Khan's party accused the army of rigging the vote.",
			truce.Accuse, "PAKOPP", "PAKMIL", "", ""},
		{"a president's party",
			"President William Ruto's party accused the opposition of inciting violence.",
			truce.Accuse, "KENGOV", "KENOPP", "KENOPP", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget)
		})
	}
}

// A captive freed in exchange for another: the swap holds the other
// side's release too, by the state of the one freed first.
func TestRolesS39SwapRelease(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notSource, notTarget string
	}{
		{"the first release as told",
			"Venezuela freed two American citizens on Saturday in exchange for two nephews of the president's wife jailed in the United States.",
			truce.Retreat, "VENGOV", "USACVL", "", ""},
		{"the release given in exchange",
			"Venezuela freed two American citizens on Saturday in exchange for two nephews of the president's wife jailed in the United States.",
			truce.Retreat, "USAGOV", "VENGOV", "", ""},
		{"in return for",
			"Russia released a US Marine veteran in return for a Russian pilot jailed in America.",
			truce.Retreat, "USAGOV", "RUSGOV", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget)
		})
	}
}
