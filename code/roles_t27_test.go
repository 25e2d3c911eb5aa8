package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// A parliament a crowd goes to or stands at is a place: the protest there
// is against the government. A crowd that breaks into it acts on the
// legislature. Each text is in the project's own words.
func TestRolesT27ParliamentAsPlace(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notSource, notTarget string
	}{
		{"a march to the parliament building",
			"About 2,000 farmers marched to the parliament building in Vilnius on Tuesday, blocking traffic for hours.",
			truce.Protest, "", "LTUGOV", "", "LTULEG"},
		// "set fire to" aims at the building: the legislature is acted
		// on, with the government beside it (roles_t45_parliament.go).
		{"a crowd that tried to burn parliament",
			"Rioters tried to set fire to parliament in Port Vila on Saturday.",
			truce.Protest, "", "VUTGOV", "", ""},
		{"a silent march to parliament",
			"Some 6,000 pensioners and union members marched silently to parliament in Riga on Thursday.",
			truce.Protest, "", "LVAGOV", "", "LVALEG"},
		{"breaking in acts on the legislature",
			"Demonstrators forced their way into parliament in Tbilisi on Saturday.",
			truce.Protest, "", "GEOLEG", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget)
		})
	}
}

// Those a crowd-breaking act falls on are protesters, though the sentence
// uses no word of protest: "broke up a gathering and detained people".
func TestRolesT27CrowdBrokenUp(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notSource, notTarget string
	}{
		{"people held as a named gathering is broken up",
			"Police in Kutaisi broke up a 'Bread and Water' gathering on the embankment on Friday and detained eleven people.",
			truce.Coerce, "GEOCOP", "GEOPRO", "", "GEOCVL"},
		{"a crowd dispersed with held people after a comma",
			"In Kisumu, officers dispersed several hundred residents who tried to gather near the county offices, detaining about thirty people.",
			truce.Coerce, "", "KENPRO", "", "KENCVL"},
		{"those dispersed are no government",
			"Youths blocked streets and burned tyres in Lome on Monday after the vote count, and gendarmes fired tear gas to disperse them.",
			truce.Coerce, "", "TGOPRO", "", "TGOGOV"},
		{"them read as the state is the crowd dispersed",
			"Young men burned tyres in Lome on Monday after the electoral commission declared the ruling party the winner, and gendarmes fired tear gas to disperse them.",
			truce.Coerce, "TGOCOP", "TGOPRO", "", "TGOGOV"},
		{"a vigil broken up",
			"Soldiers broke up a candlelit vigil in Bamako on Tuesday night and arrested fourteen people.",
			truce.Coerce, "MLIMIL", "MLIPRO", "", "MLICVL"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget)
		})
	}
}

// The staff and premises of a council, municipality or customs service
// are the state's: an attack on them hits the government, though no
// dictionary names them.
func TestRolesT27LocalOffice(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notSource, notTarget string
	}{
		{"a municipal director abducted",
			"Gunmen abducted the municipal finance director, Tomas Ruelas, outside his home in Apatzingan on Monday.",
			truce.Assault, "", "MEXGOV", "", ""},
		{"council workers are not labour",
			"Suspected separatist fighters kidnapped four council workers near Kumbo in Cameroon on Tuesday.",
			truce.Assault, "", "CMRGOV", "", "CMRLAB"},
		{"a district office set on fire",
			"Militants set fire to a district office in Kasese, Uganda, on Sunday.",
			truce.Assault, "", "UGAGOV", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget)
		})
	}
}

// A state named bare at the receiving end of words or a diplomatic act is
// its government; a state named as where the act happened, or as its
// go-between, is not made a side.
func TestRolesT27AddressedState(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notSource, notTarget string
	}{
		{"an accord's other signatory",
			"Norway and Iceland signed a fisheries accord in Reykjavik on Friday.",
			truce.Agree, "", "ISLGOV", "", ""},
		{"the state urged",
			"Ghana urged Togo on Monday to reopen the border at Aflao.",
			truce.Request, "GHAGOV", "TGOGOV", "", ""},
		{"the state an envoy is recalled from",
			"Chile recalled its ambassador from Venezuela on Thursday.",
			truce.Sanction, "", "VENGOV", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget)
		})
	}
}
