package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// A band of people described and not named is the doer of the violent verb
// after it: "a group of <people>" are civilians, "members of a gang" or "of
// a cartel" criminals. Each text is in the project's own words.
func TestRolesS36DescribedBand(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notSource, notTarget string
	}{
		{"a group of self-appointed guards after a dateline",
			"DODOMA - A group of self-appointed night guards beat to death a herdsman accused of stealing goats near Kondoa on Friday, police said.",
			truce.Assault, "CVL", "", "", ""},
		{"members of a cartel",
			"Members of a drug cartel shot dead two farmers on a ranch outside Zitacuaro on Sunday, prosecutors said.",
			truce.Assault, "CRM", "", "", ""},
		{"a group of described people after a clause opener",
			"Police said that a group of off-duty bouncers stabbed two tourists outside a bar in Mombasa early on Sunday.",
			truce.Assault, "CVL", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget)
		})
	}
}

// A capital named in the words describing the subject, or in an
// apposition placing a town, is where, not who: the doer is the actor
// named before it. Each text is in the project's own words.
func TestRolesS36CapitalAsPlace(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notSource, notTarget string
	}{
		{"relative clause holding a capital",
			"Gunmen controlling parts of Bamako shot dead two market traders on Friday, residents said.",
			truce.Assault, "", "", "MLIGOV", ""},
		{"apposition placing a slum near the capital",
			"Members of a gang controlling Mathare, a slum east of Nairobi, raped three schoolgirls last week, a rights group said.",
			truce.Assault, "CRM", "", "KENGOV", ""},
		{"apposition placing a town near the capital",
			"Rebels holding Kaya, a dusty town north of Ouagadougou, burned down two schools on Sunday, officials said.",
			truce.Assault, "REB", "", "BFAGOV", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget)
		})
	}
}
