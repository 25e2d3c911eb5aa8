package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// A speaker the dictionary does not know, given by rank or post and a
// name, speaks for that arm of the state of the event's place; a post set
// before the name outranks the rank in it.
func TestTell27RankedSpeaker(t *testing.T) {
	runStatusCases(t, []statusCase{
		{"a colonel after the attack",
			"Gunmen ambushed a police patrol near Kidal on Monday, killing four officers, Colonel Sidiki Baraze said.",
			truce.Assault, truce.StatusReported, "MLIMIL"},
		{"a two-word rank telling reporters",
			"Militants attacked an army post in Maiduguri on Friday, killing six soldiers, Brigadier General Tunde Okorafor told reporters.",
			truce.Assault, truce.StatusReported, "NGAMIL"},
		{"a district chief",
			"Suspected rebels burned a health centre in Beni on Tuesday, district chief Kambale Musavuli said.",
			truce.Assault, truce.StatusReported, "CODGOV"},
		{"a post before the ranked name",
			"Gunmen robbed a bank in Guayaquil on Monday and shot dead a guard, the city's police commander, General Rafael Ortuno, said.",
			truce.Assault, truce.StatusReported, "ECUCOP"},
		{"a post and then a rank before the name",
			"A man threw a grenade at a police station in Barranquilla on Sunday, wounding three officers, regional police commander Colonel Ramiro Estupinan told reporters.",
			truce.Assault, truce.StatusReported, "COLCOP"},
	})
}

// "X alleged that Y had done Z" reports Z on X's word, and what is
// alleged is alleged; "disclosed that" reports as "said that" does. An
// "alleged role" is no report.
func TestTell27AllegedThat(t *testing.T) {
	runStatusCases(t, []statusCase{
		{"a rebel army's allegation",
			"The Arakan Army alleged on Friday that junta jets had bombed a market in Mrauk-U, killing nine traders.",
			truce.Assault, truce.StatusAlleged, "AA"},
		{"a government's allegation",
			"The Taliban alleged that Pakistani troops had shelled border villages in Kunar province overnight.",
			truce.Assault, truce.StatusAlleged, "AFGGOV"},
		{"a disclosure",
			"Uganda disclosed that its defence minister had met Rwandan officials in Kigali last week.",
			truce.Consult, truce.StatusReported, "UGAGOV"},
	})
	x := mustExtract(t, "Officials cited the group's alleged role in attacks that killed dozens of villagers near Gao.", "2025-11-20")
	for _, ev := range x.Events {
		if ev.Status == truce.StatusAlleged {
			t.Errorf("an alleged role made %s %s alleged", ev.Type, ev.CAMEO)
		}
	}
}
