package code_test

// Precision cases of issue 3 (prec31): a fight or talks named only to
// date another act, a toll verb whose subject is an attack in an
// "after" clause, a deed told in a relative clause on its object, a deed
// named after "for" as a reason, "meet" said of a demand, and raiders
// leaving after their attack.

import "testing"

type prec31Case struct {
	name, text, typ string
	n               int
}

func runPrec31(t *testing.T, tests []prec31Case) {
	t.Helper()
	for _, tt := range tests {
		wantTypeCount(t, tt.name, tt.text, "2024-03-01", tt.typ, tt.n)
	}
}

// A fight with no sides named, after "after", "amid" or "as", only says
// when another act was done; a fight whose sides are named stays.
func TestPrec31FightAsSetting(t *testing.T) {
	runPrec31(t, []prec31Case{
		{"deployed after fighting in a town", "Kenya deployed troops to Somalia's border town of Bula Hawa on Friday after fighting in the nearby town of Beled Hawo.", "ASSAULT", 0},
		{"deployed after fighting, past an aside", "Chad deployed soldiers to Sudan's western town of Geneina on Monday, its army said, after fighting near the airport.", "ASSAULT", 0},
		{"the deployment stays", "Kenya deployed troops to Somalia's border town of Bula Hawa on Friday after fighting in the nearby town of Beled Hawo.", "MOBILIZE", 1},
		{"a fight between named sides stays", "Kenya deployed troops to Somalia's border town of Bula Hawa on Friday after fighting between Somali troops and Jubaland forces in the nearby town of Beled Hawo.", "ASSAULT", 1},
		{"raped during the fighting between named sides", "Soldiers raped at least a dozen women during the fighting between the army and the rebels around Kalehe, a UN report said.", "ASSAULT", 1},
		{"a fight told as news stays", "Heavy fighting broke out between the army and Fano militiamen near Gondar on Monday.", "ASSAULT", 1},
	})
}

// Talks or a truce after "before", "until" or "ahead of" only date
// another act; talks held stay.
func TestPrec31TalksAsTimeAnchor(t *testing.T) {
	runPrec31(t, []prec31Case{
		{"hours before a truce", "Rebels ambushed an army convoy near Bambari on Tuesday, hours before a truce between the government and the rebels was due to begin.", "RETREAT", 0},
		{"the ambush stays", "Rebels ambushed an army convoy near Bambari on Tuesday, hours before a truce between the government and the rebels was due to begin.", "ASSAULT", 1},
		{"talks held stay", "Sudan's army and the RSF held peace talks in Jeddah on Monday.", "CONSULT", 1},
		{"a truce told as agreed stays", "Shelling went on around Gao until a truce between the army and the rebels was agreed on Friday.", "RETREAT", 1},
	})
}

// "Two days after a US air strike near Kismayo killed four elders": the
// strike is the subject of the toll verb, one attack with its toll and
// its means, though the adjective and the strike name the doer apart.
func TestPrec31TollVerbInAfterClause(t *testing.T) {
	text := "Somalia's parliament demanded an inquiry on Monday, two days after a US air strike near Kismayo killed four clan elders."
	wantTypeCount(t, "one attack", text, "2024-03-01", "ASSAULT", 1)
	x := mustExtract(t, text, "2024-03-01")
	for _, ev := range x.Events {
		if ev.Type != "ASSAULT" {
			continue
		}
		if ev.Mode != "aerial" {
			t.Errorf("%q: mode %q, want aerial", text, ev.Mode)
		}
		if ev.Fatalities == nil || ev.Fatalities.Min != 4 {
			t.Errorf("%q: fatalities %+v, want 4", text, ev.Fatalities)
		}
	}
}

// A deed told in a relative clause whose object is the noun it hangs on
// says which town, party or people are meant; a deed with its own object
// after "that" stays.
func TestPrec31DeedInObjectRelative(t *testing.T) {
	runPrec31(t, []prec31Case{
		{"a town which rebels had overrun", "Army units retook the town of Rutshuru, which the rebels had overrun in the autumn.", "ASSAULT", 1},
		{"a party which had been outlawed", "Dhaka banned the Jamaat party on Sunday, which the previous government had outlawed under anti-terror laws.", "COERCE", 1},
		{"workers whom they had kidnapped", "The rebels freed two aid workers on Friday whom they had kidnapped in a raid on a clinic in March.", "ASSAULT", 0},
		{"a garrison which insurgents had captured", "Government forces on Sunday retook the hilltop garrison of Kamina, which the insurgents had captured during the rainy season.", "ASSAULT", 1},
		{"told that militiamen seized 20: stays", "Investigators told reporters that militiamen seized at least 20 villagers near the river.", "ASSAULT", 1},
	})
}

// A deed after "for" is a reason or purpose ("wanted for abductions",
// "detained for burning tyres"), not news; a rally a crowd gathered for is
// the gathering itself, and a blame names its attack.
func TestPrec31DeedAsReason(t *testing.T) {
	runPrec31(t, []prec31Case{
		{"wanted for abductions", "Kenyan police handed over two Somali men wanted for abductions in Mandera to the authorities in Mogadishu.", "ASSAULT", 0},
		{"wanted for bombings", "Turkish police extradited two Syrian men wanted for bombings in Hatay to Damascus on Monday.", "ASSAULT", 0},
		{"detained for burning tyres", "Prosecutors charged four students on Friday who had been detained for burning tyres outside the ministry.", "PROTEST", 0},
		{"no justification for targeting", "The minister wrote that there could be no justification for targeting unarmed villagers.", "ASSAULT", 0},
		{"a blame keeps the attack it names", "Islamabad blamed the Baloch Liberation Army for attacking the railway station in Quetta.", "ASSAULT", 1},
		{"gathered for a rally stays", "Several hundred teachers gathered in the main square of Almaty on Saturday for a rally against pay cuts.", "PROTEST", 1},
		{"an attack told as news stays", "Gunmen attacked a bus near Garissa on Monday, killing five passengers.", "ASSAULT", 1},
	})
}

// "Meet" said of a demand, a deadline or a condition holds no meeting.
func TestPrec31DemandMet(t *testing.T) {
	runPrec31(t, []prec31Case{
		{"failure to meet a deadline", "Algeria recalled its ambassador from Paris on Thursday over France's failure to meet a deadline on visas.", "CONSULT", 0},
		{"did not meet the deadline", "West African leaders threatened sanctions on Sunday if the junta's leaders did not meet the deadline to restore civilian rule.", "CONSULT", 0},
		{"ministers met", "The foreign ministers of Egypt and Sudan met in Cairo on Monday.", "CONSULT", 1},
	})
}

// Raiders pulling back after their attack end the raid; a withdrawal told
// as news stays.
func TestPrec31RaidersLeave(t *testing.T) {
	runPrec31(t, []prec31Case{
		{"burning the station before pulling back", "Insurgents raided the district capital of Mocimboa on Friday, burning the police station before pulling back into the forest.", "RETREAT", 0},
		{"stole cattle before withdrawing", "Bandits attacked a village in Zamfara state overnight and stole cattle before withdrawing into the forest, residents said.", "RETREAT", 0},
		{"overran a post before withdrawing", "Jihadists overran an army post near Djibo on Sunday before withdrawing with seized vehicles.", "RETREAT", 0},
		{"the raid stays", "Jihadists overran an army post near Djibo on Sunday before withdrawing with seized vehicles.", "ASSAULT", 1},
		{"peacekeepers pulled out", "UN peacekeepers pulled out of their camp near Kidal on Monday.", "RETREAT", 1},
	})
}

// Attacks people fled or were displaced by say who the people helped or
// moved are; the aid stays.
func TestPrec31AttacksFled(t *testing.T) {
	runPrec31(t, []prec31Case{
		{"villagers who fled raids", "The Red Cross handed out blankets and rice on Monday to about 12,000 villagers who fled militia raids in Djugu territory.", "ASSAULT", 0},
		{"families displaced by attacks", "The World Food Programme began delivering flour on Tuesday to families displaced by jihadist attacks around Djibo.", "ASSAULT", 0},
		{"the aid stays", "The World Food Programme began delivering flour on Tuesday to families displaced by jihadist attacks around Djibo.", "AID", 1},
	})
}
