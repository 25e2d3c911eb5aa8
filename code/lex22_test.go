package code_test

import "testing"

// TestLex22Types checks trigger rows for classes of verbs and nouns whose
// type or mode was read wrong in wire copy from several writers. Each
// sentence is in our own words; typ and mode ("" is not checked) must be
// met by one event of the sentence.
func TestLex22Types(t *testing.T) {
	tests := []struct {
		typ, mode string
		text      string
	}{
		// A labour strike called by its organisers or told by its length.
		{"PROTEST", "boycott", "Dock workers called a strike for next Monday over unpaid wages."},
		{"PROTEST", "boycott", "The bus drivers' union went ahead with a two-day strike on Tuesday despite a court ban."},
		{"PROTEST", "boycott", "Opposition leader Ana Lopes called a three-day national shutdown starting on Friday."},
		{"PROTEST", "boycott", "A week-long strike by teachers closed schools across Ghana."},
		// A side's word that it will go on using force threatens force.
		{"THREATEN", "violence", "The interior minister vowed that the police would keep fighting the bandits."},
		{"THREATEN", "violence", "The gang leader said his men would fight any foreign force sent to the capital."},
		{"THREATEN", "violence", "The rebels said they would defend themselves if attacked by the army."},
		{"THREATEN", "territory", "The insurgent commander said his units would keep advancing towards Bamako."},
		// Forces added where they stand, with no word between, or brought in.
		{"MOBILIZE", "troops", "Kenya said it had reinforced troops along its border with Somalia."},
		{"MOBILIZE", "troops", "Benin's government said it would reinforce positions along the northern frontier."},
		{"MOBILIZE", "troops", "The UN mission said it was bringing in reserve troops from Uganda."},
		// Aid work stopped by those who give it.
		{"SANCTION", "discontinue", "The World Food Programme halted deliveries in Tigray pending an investigation into theft."},
		{"SANCTION", "discontinue", "UNICEF said it would suspend food distributions in rebel-held parts of Sudan."},
		{"SANCTION", "discontinue", "The Red Cross paused its relief operations in North Kivu after two of its staff were killed."},
		// How a state is run, asked for, is political change.
		{"REQUEST", "change", "Britain urged Nepal's party leaders to form a new government before the monsoon."},
		{"REQUEST", "change", "The UN urged Kenyan police to respect the right to protest."},
		{"REQUEST", "change", "The president urged the defence minister to put the national interest first."},
		// A settlement given up by one side, the year naming the accord.
		{"REJECT", "meet", "Sudan's military council on Friday ended the 2020 Juba peace agreement with the rebel front."},
		{"REJECT", "meet", "The army ended its 2015 ceasefire agreement with the rebels on Monday."},
		{"SANCTION", "", "Burkina Faso's junta revoked with immediate effect a 2018 accord with France."},
		// Forces going away from where they were posted withdraw.
		{"RETREAT", "withdraw", "Turkish troops left the town of Tel Abyad on Sunday."},
		{"RETREAT", "withdraw", "Rwandan soldiers left Mozambique in December."},
		// A measure told with the wrong it answers accuses as well.
		{"ACCUSE", "allege", "Ghana expelled the Togolese consul on Tuesday, saying he had meddled in local elections."},
		{"ACCUSE", "allege", "Bolivia imposed a travel ban on the former minister, saying that he had plotted a coup."},
		{"ACCUSE", "allege", "Estonia expelled two Russian diplomats, citing \"hostile activities\" against the state."},
		// A crowd that kills people it has seized is a mob, not a riot.
		{"ASSAULT", "beat", "A crowd in the town of Bunia lynched three suspected kidnappers on Friday."},
		{"ASSAULT", "", "A crowd in Gonaives beat and burned to death two suspected kidnappers on Tuesday."},
		// Unnamed armed men who "detain" people abduct them.
		{"ASSAULT", "abduct", "Gunmen on motorcycles rounded up at least 60 pupils at a school in Zamfara on Thursday."},
		{"ASSAULT", "abduct", "Armed bandits detained dozens of travellers on the Abuja-Kaduna highway."},
		// Mediation or a settlement refused is a meeting refused.
		{"REJECT", "meet", "Addis Ababa denied having invited any foreign government to mediate."},
		{"REJECT", "meet", "A breakaway rebel faction in Cabo Delgado rejected the accord on Monday."},
		// A return to talks of any kind asks for a meeting; a former leader
		// sent back asks for legal help; forces asked to leave, for a yield.
		{"REQUEST", "meet", "The envoy urged the Sudanese generals to return to Saudi-hosted talks without conditions."},
		{"REQUEST", "assist", "Dhaka sent a note to Delhi asking for the return of the ousted premier."},
		{"REQUEST", "yield", "Niger's assembly voted to demand the departure of all French troops from the country."},
		// A hand asked for in a crisis or a case is help.
		{"REQUEST", "assist", "Georgia asked the OSCE observers to intervene in the standoff."},
		{"REQUEST", "assist", "Peru said it would ask Bolivia to share evidence on the smuggling network."},
	}
	for _, tt := range tests {
		t.Run(tt.typ+" "+tt.text, func(t *testing.T) {
			wantTypeMode(t, tt.text, "2025-10-22", tt.typ, tt.mode)
		})
	}
}

// TestLex22NotTypes checks that the rows above leave alone the sentences
// that only look like them: no event of the sentence may have type typ.
func TestLex22NotTypes(t *testing.T) {
	tests := []struct {
		typ, text string
	}{
		// A military strike is launched, not called, and has no length.
		{"PROTEST", "Israeli jets launched a strike on a Hezbollah depot in the Bekaa valley."},
		// Fighting beside an ally is no threat.
		{"THREATEN", "Nyusi said the Rwandan troops would fight alongside his army in the north."},
		// Players brought in and a defence reinforced on the pitch are no forces.
		{"MOBILIZE", "The coach brought in two new players for the final."},
		{"MOBILIZE", "The club reinforced its defence with a new signing."},
		// Ending a war through a deal gives up no deal.
		{"REJECT", "Mediators hope to end the war through a peace deal before the rainy season."},
		// A minister leaving a capital is travel, not a withdrawal.
		{"RETREAT", "The foreign minister left Paris for Berlin on Monday."},
		// A reason with no measure coded before it accuses no one.
		{"ACCUSE", "The junta had banned political activity in 2019, saying debates among parties were undermining the fight against rebels."},
		// A crowd burning homes riots; it is no mob attack on people.
		{"ASSAULT", "Crowds set fire to the homes of two ruling-party lawmakers in Kampala."},
		// The police's arrests stay arrests.
		{"ASSAULT", "Police detained 40 protesters in Lagos."},
		// Defending interests in a boardroom is no threat.
		{"THREATEN", "The bank's board warned it would defend shareholders' interests against the bid."},
	}
	for _, tt := range tests {
		t.Run(tt.typ+" "+tt.text, func(t *testing.T) {
			wantNoTypeMode(t, tt.text, "2025-10-22", tt.typ, "")
		})
	}
}

// TestLex22ReasonSides checks that the accusation told as a measure's
// reason is made by the measure's doer against the measure's target.
func TestLex22ReasonSides(t *testing.T) {
	tests := []string{
		"Ghana expelled the Togolese consul on Tuesday, saying he had meddled in local elections.",
		"Estonia expelled two Russian diplomats, citing \"hostile activities\" against the state.",
	}
	for _, text := range tests {
		t.Run(text, func(t *testing.T) {
			x := mustExtract(t, text, "2025-10-22")
			var measure, charge string
			for _, e := range x.Events {
				if len(e.Target) == 0 || len(e.Source) == 0 {
					continue
				}
				switch e.Type {
				case "SANCTION":
					measure = e.Source[0].ID + ">" + e.Target[0].ID
				case "ACCUSE":
					charge = e.Source[0].ID + ">" + e.Target[0].ID
				}
			}
			if measure == "" || charge != measure {
				t.Errorf("measure %q, accusation %q: want the same sides", measure, charge)
			}
		})
	}
}
