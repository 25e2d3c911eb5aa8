package code_test

import (
	"strings"
	"testing"
)

// TestVocabSweepACLEDSubtypes checks everyday wire wording for ACLED's
// sub-event types (territory taken or handed over, bases, looting, mob
// violence, abduction, remote and suicide bombs, armed clashes, protests
// and their policing, arrests, disrupted weapons use, changes to a group):
// each sentence is our own and names the PLOVER category the coder should
// give it and, when not empty, the ACLED sub-event type. Cases marked "new"
// failed before the "# vocabD" rows of triggers.tsv; the others guard
// wording the coder already knew, one per sub-event type.
func TestVocabSweepACLEDSubtypes(t *testing.T) {
	tests := []struct {
		text, typ string
		subtype   string // ACLED sub-event type; "" is not checked
	}{
		{"Government troops reclaimed the city of Marawi from Islamist militants.", "ASSAULT", "Government regains territory"},       // new
		{"The PKK said it would dissolve itself after four decades of insurgency.", "RETREAT", "Change to group/activity"},           // new
		{"The border town of Paletwa fell to the Arakan Army on Sunday.", "ASSAULT", "Non-state actor overtakes territory"},          // new
		{"The army base at Kalay has fallen to resistance fighters.", "ASSAULT", "Non-state actor overtakes territory"},              // new
		{"Troops dislodged the jihadists from the hills above Kidal.", "ASSAULT", "Government regains territory"},                    // new
		{"A man with a bomb strapped to his chest attacked worshippers in Peshawar.", "ASSAULT", "Suicide bomb"},                     // new
		{"Armed herders set upon farmers in Benue state.", "ASSAULT", ""},                                                            // new
		{"Plainclothes police picked up the union leader at his home in Harare.", "COERCE", "Arrests"},                               // new
		{"The army established a command post in the town of Mocimboa da Praia.", "MOBILIZE", "Headquarters or base established"},    // new
		{"Relatives held a candlelight vigil outside the prison in Cairo.", "PROTEST", "Peaceful protest"},                           // new
		{"Jihadists gained control of the town of Djibo.", "ASSAULT", "Non-state actor overtakes territory"},                         // new
		{"Government forces won back control of the port city of Kismayo.", "ASSAULT", "Government regains territory"},               // new
		{"Bandits held 20 villagers for ransom in Zamfara.", "ASSAULT", "Abduction/forced disappearance"},                            // new
		{"Security agents forcibly took away a prominent blogger in Hanoi.", "ASSAULT", "Abduction/forced disappearance"},            // new
		{"Opposition supporters formed a human chain in Tbilisi.", "PROTEST", "Peaceful protest"},                                    // new
		{"Army engineers neutralised an explosive device on the road to Kidal.", "COERCE", "Disrupted weapons use"},                  // new
		{"A bomb squad dismantled a car bomb outside the courthouse in Mogadishu.", "COERCE", "Disrupted weapons use"},               // new
		{"Ukrainian air defences downed 40 Russian drones overnight.", "COERCE", "Disrupted weapons use"},                            // new
		{"The Israeli military said it downed two missiles fired from Yemen.", "COERCE", "Disrupted weapons use"},                    // new
		{"A senior RSF commander switched allegiance to the army in Gezira.", "RETREAT", "Change to group/activity"},                 // new
		{"The rebels ceded control of the town of Shakiso to the army.", "RETREAT", "Non-violent transfer of territory"},             // new
		{"The militia turned over the airport to government forces under the deal.", "RETREAT", "Non-violent transfer of territory"}, // new
		{"Soldiers were locked in close combat with jihadists near Diffa.", "ASSAULT", "Armed clash"},                                // new
		{"Government troops engaged rebels in fierce combat near Lashio.", "ASSAULT", "Armed clash"},                                 // new
		{"Jihadists slit the throats of five herders near Menaka.", "ASSAULT", "Attack"},                                             // new
		{"Police water-cannoned protesters in Tbilisi.", "ASSAULT", "Protest with intervention"},                                     // new
		{"A female bomber set off explosives strapped to her body at a market in Maiduguri.", "ASSAULT", "Suicide bomb"},             // new
		{"Security forces picked up the opposition leader at his home in Kampala.", "COERCE", "Arrests"},                             // new
		{"The army established a command post in the town of Palma.", "MOBILIZE", "Headquarters or base established"},                // new
		{"Russian air defences downed 30 Ukrainian drones over Belgorod.", "COERCE", "Disrupted weapons use"},                        // new
		{"The army routed Islamic State fighters from the village of Tal Abyad.", "ASSAULT", ""},                                     // new
		{"Kidnappers held a Catholic priest for ransom in Edo state.", "ASSAULT", "Abduction/forced disappearance"},                  // new
		{"Activists formed a human chain along the coast road in Beirut.", "PROTEST", "Peaceful protest"},                            // new
		{"A bomb squad neutralised an explosive device near the stadium in Mogadishu.", "COERCE", "Disrupted weapons use"},           // new
		{"A senior commander switched allegiance to the government in Libya.", "RETREAT", ""},                                        // new
		{"The rebels ceded control of the town of Shakiso to the government.", "RETREAT", ""},                                        // new
		{"The militia turned over the airport to the army under the deal.", "RETREAT", ""},                                           // new
		{"Government troops engaged rebels in fierce combat near Lashio.", "ASSAULT", "Armed clash"},                                 // new
		{"Jihadists slit the throats of five herders near Menaka.", "ASSAULT", ""},                                                   // new
		{"Security forces disappeared dozens of activists in Baluchistan.", "ASSAULT", ""},                                           // new
		{"Police water-cannoned protesters in Tbilisi.", "ASSAULT", ""},                                                              // new
		{"The army drove the rebels out of the town of Sake.", "ASSAULT", "Government regains territory"},
		{"Troops set up a forward operating base near Tessalit.", "MOBILIZE", "Headquarters or base established"},
		{"Soldiers and rebels exchanged fire for several hours near Beni.", "ASSAULT", "Armed clash"},
		{"Syrian government helicopters dropped a barrel containing chlorine on the town of Douma.", "ASSAULT", "Chemical weapon"},
		{"A Turkish drone struck a vehicle near Qamishli.", "ASSAULT", "Air/drone strike"},
		{"A suicide bomber blew himself up at a mosque in Peshawar.", "ASSAULT", "Suicide bomb"},
		{"Russian forces shelled residential areas of Kherson.", "ASSAULT", "Shelling/artillery/missile attack"},
		{"A roadside bomb struck a police vehicle in Balochistan.", "ASSAULT", "Remote explosive/landmine/IED"},
		{"Unidentified men hurled a grenade at a police post in Srinagar.", "ASSAULT", "Grenade"},
		{"Soldiers raped women during a raid on the village of Minova.", "ASSAULT", "Sexual violence"},
		{"Gunmen shot dead a village chief in Mopti.", "ASSAULT", "Attack"},
		{"Gunmen snatched a French aid worker in Niamey.", "ASSAULT", "Abduction/forced disappearance"},
		{"Thousands marched peacefully through Belgrade against the government.", "PROTEST", "Peaceful protest"},
		{"Security forces opened fire on protesters in Khartoum, killing five.", "ASSAULT", "Excessive force against protesters"},
		{"Protesters torched a police station in Dhaka.", "PROTEST", "Violent demonstration"},
		{"A mob lynched a man accused of blasphemy in Sialkot.", "ASSAULT", "Mob violence"},
		{"Police rounded up dozens of opposition supporters in Harare.", "COERCE", "Arrests"},
		{"Police defused a bomb planted near a school in Quetta.", "COERCE", "Disrupted weapons use"},
		{"Fighters looted shops in the town of Tawila.", "COERCE", "Looting/property destruction"},
		{"French troops handed over the Menaka base to the Malian army.", "RETREAT", "Non-violent transfer of territory"},
		{"The government and the rebels signed a peace deal in Addis Ababa.", "AGREE", "Agreement"},
		{"Houthi rebels took control of the port of Hodeidah.", "ASSAULT", "Non-state actor overtakes territory"},
		{"Militants laid down their arms in Baluchistan.", "RETREAT", "Change to group/activity"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2024-05-01")
			var got []string
			for _, e := range x.Events {
				if e.Type == tt.typ && (tt.subtype == "" || e.ACLEDSubtype == tt.subtype) {
					return
				}
				got = append(got, e.Type+"/"+e.Mode+"/"+e.CAMEO+"/"+e.ACLEDSubtype)
			}
			t.Errorf("want %s/%s, got [%s]", tt.typ, tt.subtype, strings.Join(got, " "))
		})
	}
}
