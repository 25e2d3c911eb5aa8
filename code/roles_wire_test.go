package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// Who acts and who is acted on in wire copy written by people who never saw
// the coder: a side named by a noun used as a modifier ("a rebel
// spokesman"), generic nouns that take the group named before them, and
// people named by their trade. Each text is in the project's own words;
// a case passes when some event of the type runs from source to target
// (an empty source or target is not checked).
func TestRolesWire(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target string
	}{
		// A sector noun used as a modifier says whose people the next are.
		{"a rebel spokesman denies",
			"Troops accused insurgents of burning a market in Mozambique's Cabo Delgado province. An insurgent spokesman denied that his men had been involved.",
			truce.Reject, "MOZREB", ""},
		{"police medics killed by a mine",
			"Three police medics were killed on Sunday when a mine exploded near Kherson in Ukraine, officials said.",
			truce.Assault, "", "UKRCOP"},
		// A weapon's maker told by a participle and "by" after the weapon.
		{"a mine left behind by withdrawing troops",
			"Two shepherds were killed on Wednesday when a landmine left behind by withdrawing Russian troops blew up near Kupiansk in Ukraine, local officials said.",
			truce.Assault, "RUS", "UKRCVL"},
		{"an explosive device left behind by fleeing fighters",
			"Three farmers died near Kirkuk in Iraq on Saturday when an explosive device left behind by fleeing Islamic State fighters went off in their field.",
			truce.Assault, "ISIS", "IRQCVL"},
		{"a bomb planted by militants went off",
			"A bomb planted by Boko Haram fighters exploded at a cattle market in Konduga in Nigeria's Borno state on Friday, killing four traders, police said.",
			truce.Assault, "BOKOHARAM", ""},
		{"shells fired by troops killed villagers",
			"Two villagers were killed when shells fired by Azerbaijani troops landed in the Armenian village of Sotk on Tuesday, the Armenian defence ministry said.",
			truce.Assault, "AZE", "ARM"},
		// Irregulars loyal to a state's rulers are its militias.
		{"gunmen loyal to a president",
			"Gunmen loyal to President Salva Kiir clashed with fighters of the SPLM-IO in the town of Nasir in South Sudan on Thursday, killing nine people.",
			truce.Assault, "SSDMLT", ""},
		{"armed groups loyal to a prime minister",
			"Armed groups loyal to the prime minister fought rival militias in the streets of Misrata in Libya overnight, residents said.",
			truce.Assault, "LBYMLT", ""},
		{"fighting between militiamen loyal to rival ministers",
			"Fighting between gunmen loyal to rival interior ministers shook the port city of Zawiya in Libya on Tuesday, killing five people, medics said.",
			truce.Assault, "LBYMLT", ""},
		// People named by their trade are civilians; village guards are militias.
		{"gunmen killed a tailor",
			"Gunmen shot dead a tailor in his workshop in the northern Nigerian city of Kano on Saturday, police said.",
			truce.Assault, "", "NGACVL"},
		{"a vigilance committee shot a suspected bomber",
			"Members of a village vigilance committee shot dead a suspected suicide bomber near Mora in Cameroon's Far North region on Monday, the army said.",
			truce.Assault, "CMRMLT", ""},
		{"community leaders blamed a militia",
			"Dogon community leaders in central Mali blamed a Fulani armed group for the killing of eleven villagers near Bandiagara.",
			truce.Accuse, "MLICVL", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-10-22")
			for _, ev := range x.Events {
				if tt.typ != "" && ev.Type != tt.typ {
					continue
				}
				if (tt.source == "" || probeActor(ev.Source, tt.source)) && (tt.target == "" || probeActor(ev.Target, tt.target)) {
					return
				}
			}
			var got []string
			for _, ev := range x.Events {
				got = append(got, ev.Type+" "+probeIDs(ev.Source)+" -> "+probeIDs(ev.Target))
			}
			t.Errorf("no %s event from %q to %q; got %v", tt.typ, tt.source, tt.target, got)
		})
	}
}
