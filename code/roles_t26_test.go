package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// A verb that already has an object of its own ("condemned the sentence")
// takes no target from a later clause with a subject of its own after ",
// and": the actor of that clause does something else. The target comes
// from the story instead, when an earlier sentence told who acted. Each
// text is in the project's own words.
func TestRolesT26LaterClause(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notSource, notTarget string
	}{
		{"the next clause's subject is not the condemned",
			"Sweden's embassy condemned the sentence as unjust, and the European Union demanded a retrial.",
			truce.Accuse, "SWEGOV", "", "", "EU"},
		{"a criticism is not aimed at the one who answers next",
			"Ghana's government criticised the ruling as unjust, and Nigeria announced it would appeal.",
			truce.Accuse, "GHAGOV", "", "", "NGA"},
		{"the story's voters are the denounced, not the next speaker",
			"Lawmakers in Chad voted on Tuesday to expel the UN mission. Senegal's foreign ministry denounced the vote as a grave mistake, and the African Union called for calm.",
			truce.Accuse, "SENGOV", "TCDLEG", "", "AU"},
		{"rioters keep the force answering them",
			"Rioters torched a police station in Kano on Sunday, and soldiers fired tear gas to disperse them.",
			truce.Protest, "NGAPRO", "NGACOP", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget)
		})
	}
}

// A camp taken back is the place taken, not refugees on the other side:
// the holder after "from", or the takers told before, is the target.
func TestRolesT26GroundTaken(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notSource, notTarget string
	}{
		{"a camp taken back from a named group",
			"Philippine troops recaptured a hilltop camp from Abu Sayyaf gunmen near Jolo on Tuesday.",
			truce.Assault, "PHLMIL", "ASG", "", "PHLREF"},
		{"camps taken back from guerrillas",
			"Colombian soldiers recaptured two jungle camps from ELN guerrillas on Saturday.",
			truce.Assault, "COLMIL", "ELN", "", "COLREF"},
		{"a camp retaken from those who overran it",
			"Abu Sayyaf fighters overran an army camp near Patikul on Monday. Philippine troops recaptured the camp on Friday.",
			truce.Assault, "PHLMIL", "ASG", "", "PHLREF"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget)
		})
	}
}

// Troops called foreign are another state's, not the host's own army: the
// state the story names beside the actor's and the host's, with the force
// it sent when that is named.
func TestRolesT26ForeignForce(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notSource, notTarget string
	}{
		{"insurgents against the troops a neighbour sent",
			"Rwanda has sent 1,000 soldiers to northern Mozambique. Insurgent commanders threatened to drive out all foreign troops from Cabo Delgado.",
			truce.Threaten, "MOZREB", "RWAMIL", "", "MOZMIL"},
		{"a region's officials against a neighbour's army",
			"Eritrean troops remained in Tigray after the war. Tigrayan officials in Mekelle demanded the departure of all foreign forces from the region.",
			truce.Request, "", "ERIMIL", "", "ETHMIL"},
		{"a gang against the police mission named",
			"Kenyan police officers arrived in Port-au-Prince last month. A gang boss said his men would fight any foreign force that entered his district.",
			truce.Threaten, "", "KENCOP", "", "HTIMIL"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget)
		})
	}
}
