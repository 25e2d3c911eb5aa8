package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// A story whose towns the gazetteer does not know still tells whose land
// it is: a state it names as a place ("across Sri Lanka") or through its
// police, army, courts or parliament gives the police and the crowds of
// the story their country, even when that name comes after them. A
// foreign government that only comments does not. Each text is in the
// project's own words.
func TestRolesS30StoryHomeNamedLater(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notSource, notTarget string
	}{
		{"the country named as a place later",
			"Police opened fire on protesters in Velandurai on Tuesday, wounding six. Similar protests have spread across Sri Lanka since March.",
			truce.Assault, "LKACOP", "", "", ""},
		{"the country's army named later",
			"A crowd torched a police post in Kourandi on Sunday after a suspect died in custody. The Malian army was later sent to the village.",
			truce.Protest, "MLI", "", "", ""},
		{"a foreign government commenting lends no country",
			"Police opened fire on farmers in Velandurai on Tuesday, wounding six. The United States urged restraint.",
			truce.Assault, "", "", "USACOP", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget)
		})
	}
}

// An army unit the dictionary does not list acts for its state's army:
// "the 9th Infantry Division", "the Second Mechanised Division", "the
// Southern Luzon Command", and "the command" named again as a subject.
// Each text is in the project's own words.
func TestRolesS30MilitaryUnits(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notSource, notTarget string
	}{
		{"a numbered division overruns a camp",
			"The 9th Infantry Division overran a rebel camp near Talakag in the Philippines on Thursday, killing four guerrillas.",
			truce.Assault, "PHLMIL", "", "", ""},
		{"a named command deploys battalions",
			"The Southern Luzon Command deployed two more battalions to Quezon province in the Philippines on Friday.",
			truce.Mobilize, "PHLMIL", "", "", ""},
		{"the command named again",
			"Rebels attacked an army post near Beni in Congo on Monday. The command said it had sent two more battalions to the area.",
			truce.Mobilize, "CODMIL", "", "", ""},
		{"a spelled ordinal division",
			"The Second Mechanised Division shelled rebel positions outside Kadugli in Sudan on Sunday.",
			truce.Assault, "SDNMIL", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget)
		})
	}
}
