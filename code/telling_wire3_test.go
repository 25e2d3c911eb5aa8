package code_test

// Constructions of wire copy that coded nothing, third round: sides that
// blame each other a sentence or two after they were named, attacks both
// sides report, armed activity scaled back, a departure welcomed, and
// troops crossing into another country.

import (
	"testing"

	"github.com/truce-project/truce"
)

// TestWireConstructions3: each text codes an event of the type given
// between the two actors given, on either side (ids, or three-letter
// country codes that any of an actor's ids starts with; "" is anyone).
func TestWireConstructions3(t *testing.T) {
	tests := []struct {
		name, text, typ, a, b string
	}{
		// "each side accused the other" with a sentence between it and
		// the two sides named: the pair named last before it.
		{"each-side-two-back-states",
			"Armenia and Azerbaijan swapped prisoners at the border on Sunday. Red Cross workers escorted the men across the bridge. The handover went ahead, though each side accused the other of stalling.",
			truce.Accuse, "ARM", "AZE"},
		{"each-side-two-back-armed-group",
			"Israeli troops and Hezbollah fighters traded fire across the border on Tuesday. Farmers near the fence said shells fell on their orchards. Each side blamed the other for starting the exchange.",
			truce.Accuse, "ISR", "HEZBOLLAH"},
		// "but both sides reported fresh shelling": an attack each side
		// tells of the other runs between the story's two sides, not the
		// mediator the sentence names.
		{"both-sides-reported-rocket-fire",
			"Israeli jets struck Hamas positions in Gaza overnight. Qatar said it had secured a pause in the fighting on Friday, but both sides reported fresh rocket fire within hours.",
			truce.Assault, "ISR", "HAMAS"},
		{"both-sides-reported-shelling-after-truce",
			"Sudan's army and the RSF fought for control of El Fasher on Monday. The United States said it had arranged a truce, but both sides reported new shelling by nightfall.",
			truce.Assault, "SDN", "RSF"},
		{"both-sides-reported-after-agreed-truce",
			"Thai and Cambodian troops clashed along the border on Friday. A truce was agreed that night, but both sides reported new shelling by dawn.",
			truce.Assault, "THA", "KHM"},
		{"both-sides-reported-renewed-mortar-fire",
			"Kyrgyz border guards and Tajik troops exchanged fire near Batken on Wednesday. Kazakhstan said it had helped arrange a halt to the firing by evening, yet both sides reported renewed mortar fire overnight.",
			truce.Assault, "KGZ", "TJK"},
		// "would scale back military activity around X": armed activity
		// reduced is de-escalation, whoever it faced.
		{"scale-back-military-operations",
			"Israel said on Sunday it would scale back military operations in northern Gaza.",
			truce.Retreat, "ISR", ""},
		{"sharply-scale-back-activity",
			"Ankara said afterwards it would sharply scale back military activity around Kobani and Manbij.",
			truce.Retreat, "TUR", ""},
		{"wound-down-offensive",
			"Ethiopia's army wound down its offensive in Tigray after the talks.",
			truce.Retreat, "ETH", ""},
		// "welcomed the departure": words of welcome for a leaving told
		// before are aimed at those who left.
		{"welcomed-the-departure",
			"The last French troops left Niamey airport on Friday, handing the base to Nigerien forces, the defence ministry said. Junta spokesman Amadou Abdramane welcomed the departure.",
			truce.Support, "NER", "FRA"},
		{"welcomed-the-pullout",
			"Danish troops pulled out of the Iraqi base on Sunday. The Iraqi foreign ministry welcomed the pullout.",
			truce.Support, "IRQ", "DNK"},
		// "<forces> crossed into <country>": troops moved onto another
		// country's ground, aimed at it.
		{"troops-crossed-into",
			"Rwandan troops crossed into Burundi on Tuesday, officials said.",
			truce.Mobilize, "RWA", "BDI"},
		{"soldiers-crossed-the-border-into",
			"Ethiopian soldiers crossed the border into Somalia overnight, witnesses said.",
			truce.Mobilize, "ETH", "SOM"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex := mustExtract(t, tt.text, "2024-03-01")
			var got []string
			for _, e := range ex.Events {
				if e.Type == tt.typ &&
					(side(e.Source, tt.a) && side(e.Target, tt.b) ||
						side(e.Source, tt.b) && side(e.Target, tt.a)) {
					return
				}
				got = append(got, e.Type+"/"+e.Mode+" "+probeIDs(e.Source)+" -> "+probeIDs(e.Target))
			}
			t.Errorf("want %s %s <-> %s, got %q", tt.typ, tt.a, tt.b, got)
		})
	}
}

// side reports whether as holds the actor id names, or id is "".
func side(as []truce.Actor, id string) bool {
	return id == "" || hasActor(as, id)
}

// TestCrossingNoDeployment: a crossing told as flight, as an
// accusation's content or by people who are not forces deploys no one.
func TestCrossingNoDeployment(t *testing.T) {
	for _, text := range []string{
		"Dozens of Myanmar soldiers crossed into India seeking refuge from the fighting.",
		"Thousands of refugees crossed into Chad last week.",
		"Kenyan police arrested two Somali soldiers, accusing them of crossing into Mandera armed with rifles.",
	} {
		t.Run(text, func(t *testing.T) {
			for _, ev := range mustExtract(t, text, "2024-03-01").Events {
				if ev.Type == truce.Mobilize {
					t.Errorf("got a MOBILIZE %s -> %s", probeIDs(ev.Source), probeIDs(ev.Target))
				}
			}
		})
	}
}
