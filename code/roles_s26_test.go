package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// The officers a group, a body or a described armed actor owns act for
// it: its leader, commander, spokesman or panel of mediators, named
// through a possessive, is the group, not a state and not nobody. Each
// text is in the project's own words; a case passes when some event of
// the type runs from source to target.
func TestRolesS26Officers(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notSource, notTarget string
	}{
		{"a group's leader vows",
			"The ADF's leader vowed to storm Beni on Sunday.",
			truce.Threaten, "ADF", "", "", ""},
		{"a described armed actor's commander",
			"The rebels' commander threatened to seize Bunia.",
			truce.Threaten, "CODREB", "", "", ""},
		{"a group's deputy chief past an aside",
			"Hezbollah's deputy chief, in a televised address, accused Israel of breaking the truce.",
			truce.Accuse, "HEZBOLLAH", "ISR", "", ""},
		{"a plural possessor's spokesman",
			"The Houthis' spokesman threatened to strike tankers off Hodeidah.",
			truce.Threaten, "HOUTHI", "", "YEMGOV", ""},
		{"a bloc's panel of negotiators",
			"The African Union's team of negotiators welcomed the deal signed in Juba.",
			truce.Support, "AU", "", "", ""},
		{"an alliance's deputy secretary general",
			"NATO's deputy secretary general urged Serbia to pull its troops back from the boundary.",
			truce.Request, "NATO", "SRB", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget)
		})
	}
}

// A leader noun after the kind of people it leads speaks for that kind,
// not for the government the dictionary gives a bare "officials": church
// leaders and temple officials are clergy.
func TestRolesS26LedKinds(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notSource, notTarget string
	}{
		{"church leaders call on rebels",
			"In Bangui, church leaders called on the rebels to free the kidnapped nuns.",
			truce.Request, "CAFREL", "", "CAFGOV", ""},
		{"mosque officials urge calm",
			"Mosque officials in Kano urged the governor to lift the curfew.",
			truce.Request, "NGAREL", "", "NGAGOV", ""},
		{"temple officials accuse soldiers",
			"Temple officials in Mandalay accused soldiers of looting the shrine.",
			truce.Accuse, "MMRREL", "MMRMIL", "MMRGOV", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget)
		})
	}
}

// The unarmed people a named person owns are the object of an act aimed
// at them, of the person's country, not the person: the crowd of a
// leader's supporters is hit, the leader is not. His armed men are left
// to him.
func TestRolesS26Followers(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notSource, notTarget string
	}{
		{"tear gas at an opposition figure's supporters",
			"Riot police fired tear gas at hundreds of Geagea's supporters outside the parliament in Beirut.",
			truce.Assault, "LBNCOP", "LBNPRO", "", "LBNOPP"},
		{"a leader's supporters beaten",
			"Police in Istanbul beat dozens of Imamoglu's supporters who had gathered outside the courthouse.",
			truce.Assault, "TURCOP", "TURPRO", "", "TUROPP"},
		{"a leader's young supporters detained",
			"Officers in Minsk detained several of Tsikhanouskaya's young supporters on Sunday.",
			truce.Coerce, "", "BLRPRO", "", "BLROPP"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget)
		})
	}
}
