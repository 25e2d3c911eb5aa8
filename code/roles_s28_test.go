package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// A ruling body named before a force noun or an attack noun only says
// whose force fires: "government troops", "junta soldiers", "government
// shelling" and "regime air strikes" are the state's army, not its
// government. Each text is in the project's own words; a case passes when
// some event of the type runs from source to target.
func TestRolesS28RulersForces(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notSource, notTarget string
	}{
		{"clashes between government troops and rebels",
			"Clashes between government troops and rebels near Bria in the Central African Republic killed ten people.",
			truce.Assault, "CAFMIL", "", "CAFGOV", ""},
		{"fighting between junta soldiers and a militia",
			"Three days of fighting between junta soldiers and a local militia near Hpakant in Myanmar left twelve dead.",
			truce.Assault, "MMRMIL", "", "MMRGOV", ""},
		{"government shelling of a village",
			"Government shelling of Talbiseh killed two farmers in Syria's Homs province on Monday.",
			truce.Assault, "SYRMIL", "", "SYRGOV", ""},
		{"regime air strikes on a hospital",
			"Regime air strikes hit a clinic in Myanmar's Sagaing region on Friday, killing six patients.",
			truce.Assault, "MMRMIL", "", "MMRGOV", ""},
		{"a demonym's government bombardment",
			"Sudanese government bombardment of Kauda killed five herders on Sunday.",
			truce.Assault, "SDNMIL", "", "SDNGOV", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget)
		})
	}
}

// Men described by their dress or ride are the doers of the act that
// follows: "men in uniform" are soldiers, "men in plain clothes" police,
// and men on a motorbike or masked men armed men of the place; the people
// a place serves, hit there, are civilians.
func TestRolesS28DescribedMen(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notSource, notTarget string
	}{
		{"men in uniform abduct a teacher",
			"Men in uniform abducted a schoolteacher, Oumar Traoré, from his home in the Malian town of Kati on Tuesday.",
			truce.Assault, "MLIMIL", "", "", ""},
		{"men in military uniforms detain youths",
			"In the town of Ngaoundal, men in military uniforms detained five young traders on Friday, Cameroon's opposition said.",
			truce.Coerce, "CMRMIL", "", "", ""},
		{"men in plain clothes detain activists",
			"Men in plain clothes detained two student activists at a hostel in Peshawar, Pakistan, on Sunday night.",
			truce.Coerce, "PAKCOP", "", "", ""},
		{"two men on a motorbike throw a grenade",
			"Two men on a motorbike lobbed a grenade at a police post in Kisumu, Kenya, on Friday, wounding three officers.",
			truce.Assault, "KENREB", "KENCOP", "", ""},
		{"men on a motorbike in a gang story are the gang's",
			"Police in San Pedro Sula say the city's gangs extort every bus line. Two men on a motorbike shot dead a bus driver in Honduras on Monday.",
			truce.Assault, "HNDCRM", "", "HNDREB", ""},
		{"customers hurt in a shop",
			"Hours later, a gunman hurled a grenade into a bakery in Yala's Raman district, injuring four customers.",
			truce.Assault, "", "THACVL", "", ""},
		{"men in uniform as victims stay victims",
			"Rebels shot dead two men in uniform near Beni in Congo on Sunday.",
			truce.Assault, "", "", "CODMIL", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget)
		})
	}
}

// Forces a word sets against their state are rebels, not its army:
// "resistance forces", "anti-junta forces", "anti-government troops".
func TestRolesS28InsurgentForces(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notSource, notTarget string
	}{
		{"an ethnic group's resistance forces",
			"Chin resistance forces attacked an army camp in Myanmar on Sunday.",
			truce.Assault, "MMRREB", "MMRMIL", "MMRMIL", ""},
		{"anti-junta forces shell a camp",
			"Anti-junta forces shelled an army camp in Myanmar's Magway region on Sunday.",
			truce.Assault, "MMRREB", "", "MMRMIL", ""},
		{"anti-government troops raid a town",
			"Anti-government troops raided the town of Kaga-Bandoro in the Central African Republic on Friday.",
			truce.Assault, "CAFREB", "", "CAFMIL", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget)
		})
	}
}
