package code_test

import "testing"

// A third probe of ACLED's boundaries, in pairs of wire sentences of our
// own: each pair is an act ACLED records and a near neighbour it does not
// (or records under another label). Ceasefires agreed by the warring sides
// or declared by one; prisoner swaps or pardons; armed groups redeploying
// or routine deployments; ground handed over or diplomatic withdrawals;
// political arrests or criminal ones; rallies, strikes and commemorations;
// armed groups' or parties' new leaders; curfews or ministers' visits;
// surrenders; evacuation deals. A case passes as in TestACLEDProbe.
func TestACLEDProbe3(t *testing.T) {
	const (
		peaceful  = "Protests/Peaceful protest"
		agreement = "Strategic developments/Agreement"
		arrests   = "Strategic developments/Arrests"
		change    = "Strategic developments/Change to group/activity"
		transfer  = "Strategic developments/Non-violent transfer of territory"
		other     = "Strategic developments/Other"
	)
	tests := []struct {
		name, text, want string
	}{
		// Ceasefires agreed by warring sides, against deals between states
		// at peace and truces one side declares alone.
		{"agree: truce between army and rebels", "The Congolese army and M23 rebels agreed on Sunday to a 72-hour truce around the town of Sake.", agreement},
		{"none: trade pact", "Brazil and Argentina agreed on Sunday to cut tariffs on steel and grain.", ""},
		{"agree: ceasefire signed", "Representatives of the junta and the Karen National Union signed a ceasefire in Bangkok on Friday.", agreement},
		{"none: memorandum signed", "Norway and Chile signed a memorandum of understanding on fisheries research in Oslo on Friday.", ""},
		{"agree: factions accept truce", "Rival militias in Tripoli accepted a ceasefire brokered by tribal elders on Thursday.", agreement},
		{"none: unilateral truce", "The ELN declared a unilateral three-day ceasefire over the Christmas holiday.", ""},
		{"agree: armistice", "Armenia and Azerbaijan agreed to halt hostilities along their border on Tuesday after two days of fighting.", agreement},
		{"none: energy deal", "Turkey and Azerbaijan signed a gas supply deal worth $5 billion on Tuesday.", ""},
		{"agree: humanitarian pause", "Israel and Hamas agreed to a four-day humanitarian pause in Gaza on Wednesday, mediators said.", agreement},
		{"none: defence cooperation", "India and Vietnam signed a defence cooperation agreement in Hanoi on Wednesday.", ""},
		{"agree: peace deal", "The Mozambican government and Renamo signed a peace accord in Maputo on Tuesday.", agreement},
		{"none: climate accord", "Nearly 200 countries agreed a climate accord in Dubai on Wednesday.", ""},
		// Prisoner swaps between sides of a war, against pardons and courts.
		{"agree: prisoner swap", "Russia and Ukraine exchanged 95 prisoners of war on Thursday in a deal mediated by the Emirates.", agreement},
		{"none: presidential pardon", "President Tinubu pardoned 160 inmates on Thursday to mark Democracy Day.", ""},
		{"agree: hostages freed under deal", "Hamas freed 12 hostages on Friday under the truce deal, and Israel released 30 Palestinian prisoners.", agreement},
		{"none: court frees journalist", "A court in Algiers freed a French journalist on Friday after he had served his sentence.", ""},
		{"agree: captives traded", "The Houthis and the Saudi-led coalition swapped nearly 900 captives on Sunday in a deal brokered by the ICRC.", agreement},
		{"none: acquittal", "A judge in Lima acquitted the former minister of corruption charges on Sunday.", ""},
		{"agree: detainee exchange", "The Sudanese army and the RSF exchanged more than 100 detainees in Khartoum on Monday.", agreement},
		{"none: amnesty", "The king granted amnesty to 2,000 prisoners on Monday to mark the throne day.", ""},
		// Armed groups moving in a war, against routine deployments,
		// exercises and plans.
		{"change: rebels redeploy", "Houthi fighters redeployed from Hodeidah port to the southern front on Saturday, a local official said.", change},
		{"none: police deploy for a match", "Police deployed 3,000 officers around the stadium in Cairo ahead of Saturday's football final.", ""},
		{"change: militia moves in", "Wagner fighters moved into the town of Kidal on Tuesday alongside Malian troops.", change},
		{"none: naval drill", "Japanese and Australian warships began naval drills off Darwin on Tuesday.", ""},
		{"change: troops sent to front", "Burundi sent 2,000 soldiers to South Kivu on Sunday to fight alongside the Congolese army.", change},
		{"none: planned deployment", "Kenya said it would send 1,000 police officers to Haiti next year.", ""},
		{"none: guard of honour", "Soldiers lined the streets of Accra on Monday for the state funeral of the former president.", ""},
		// Ground handed over, against withdrawals from treaties, bodies
		// and talks.
		{"transfer: troops hand over town", "Ukrainian troops withdrew from the town of Marinka on Monday, leaving it to Russian forces.", transfer},
		{"none: quits treaty", "Niger withdrew from the International Organisation of La Francophonie on Monday.", ""},
		{"transfer: base handed over", "French forces handed over their last base in Chad to the Chadian army on Friday.", transfer},
		{"none: quits talks", "The rebel delegation walked out of the peace talks in Jeddah on Friday.", ""},
		{"transfer: rebels cede town", "Rebels handed control of the town of Bunagana to a regional force on Wednesday.", transfer},
		{"none: leaves alliance", "Mali, Burkina Faso and Niger left the ECOWAS bloc on Wednesday.", ""},
		{"transfer: army pulls out of city", "The army pulled out of Lashio on Thursday, leaving the city to the ethnic rebel alliance.", transfer},
		{"none: withdraws candidacy", "The opposition leader withdrew from the presidential race on Thursday.", ""},
		// Political arrests, against arrests for ordinary crime.
		{"arrests: opposition leader held", "Police in Dar es Salaam arrested the opposition leader Tundu Lissu on Wednesday before a rally.", arrests},
		{"none: drug arrest", "Police in Dar es Salaam arrested two men carrying 40 kilograms of heroin on Wednesday.", ""},
		{"arrests: activists detained", "Security forces detained eight pro-democracy activists in Khartoum on Monday.", arrests},
		{"none: murder suspect held", "Police detained a man suspected of killing his neighbour in a dispute over land in Nakuru on Monday.", ""},
		{"arrests: journalists arrested", "Authorities in Harare arrested three journalists covering the election on Saturday.", arrests},
		{"none: fraud arrest", "Police in Johannesburg arrested a bank clerk accused of fraud on Saturday.", ""},
		{"arrests: militants rounded up", "Security forces arrested 14 suspected Islamic State militants in raids in Anatolia on Tuesday.", arrests},
		{"none: smugglers held", "Coastguards arrested five smugglers carrying cigarettes off the coast of Sfax on Tuesday.", ""},
		{"arrests: party members held", "Police arrested dozens of members of the opposition PTI party in Lahore on Friday.", arrests},
		{"none: burglary", "Police arrested two teenagers for burgling a shop in Manchester on Friday.", ""},
		// Rallies and strikes, against commemorations and labour talks.
		{"peaceful: rally", "Thousands rallied in Tbilisi on Sunday against the foreign agents law.", peaceful},
		{"none: commemoration", "Thousands gathered in Hiroshima on Sunday to commemorate the victims of the atomic bombing.", ""},
		{"peaceful: workers strike", "Dock workers went on strike in Antwerp on Monday to demand higher wages.", peaceful},
		{"none: strike threat", "Dock workers threatened on Monday to go on strike next month if wages are not raised.", ""},
		{"peaceful: sit-in", "Farmers staged a sit-in outside the agriculture ministry in Rabat on Tuesday.", peaceful},
		{"none: wage talks", "Union leaders held wage talks with the employers' federation in Rabat on Tuesday.", ""},
		{"peaceful: march", "Hundreds of women marched through Buenos Aires on Wednesday to protest against femicide.", peaceful},
		{"none: festival", "Hundreds of people danced through the streets of Salvador on Wednesday at the carnival parade.", ""},
		{"none: vigil for crash", "Mourners held a candlelight vigil in Seoul on Thursday for the victims of the plane crash.", ""},
		// Armed groups' leaders, mergers and defections, against parties'.
		{"none: party elects leader", "Britain's Conservative Party elected a new leader on Monday.", ""},
		{"change: armed groups merge", "Three jihadist groups in the Sahel merged into a single coalition on Friday, a statement said.", change},
		{"none: firms merge", "Two Japanese carmakers agreed to merge their operations on Friday.", ""},
		{"change: commander defects", "A senior commander of the Wagner group defected to the Ukrainian side on Thursday with 20 fighters.", change},
		{"none: lawmaker switches party", "A senior lawmaker defected from the ruling party to the opposition on Thursday.", ""},
		{"change: rebels disband", "The FARC dissident faction announced on Sunday that it had disbanded and handed in its weapons.", change},
		{"none: party dissolves", "The liberal party announced on Sunday that it had dissolved itself after its election defeat.", ""},
		// Curfews and shutdowns in a conflict, against visits.
		{"other: curfew", "Authorities imposed a 24-hour curfew in the city of Imphal on Saturday after ethnic clashes.", other},
		{"none: minister visits", "The interior minister visited the city of Imphal on Saturday to meet community leaders.", ""},
		{"none: internet cut", "The government cut internet access across the Amhara region on Thursday as fighting spread.", ""},
		{"none: telecom upgrade", "The telecoms operator upgraded its mobile network across the Amhara region on Thursday.", ""},
		{"other: state of emergency", "The president declared a state of emergency in the northern provinces on Monday after a wave of attacks.", other},
		{"none: holiday declared", "The president declared Monday a public holiday to celebrate the football team's victory.", ""},
		{"none: media banned", "The junta suspended the broadcasts of two foreign radio stations on Wednesday.", ""},
		{"none: channel relaunched", "The public broadcaster relaunched its evening news programme on Wednesday.", ""},
		// Bans on parties and militias, against bans on goods and on
		// gatherings.
		{"none: party dissolved", "The military authorities in Conakry dissolved the main opposition party on Tuesday.", ""},
		{"none: import ban", "The government banned the import of second-hand clothes on Monday.", ""},
		{"other: militia disbanded by decree", "The transitional government outlawed the pro-government militia on Friday.", other},
		{"none: smoking ban", "The city council banned smoking in public parks on Friday.", ""},
		{"none: rallies banned", "Authorities banned all rallies in the capital on Thursday ahead of the vote.", ""},
		// Surrenders.
		{"change: fighters surrender", "About 150 Boko Haram fighters surrendered to troops in Borno state on Sunday.", change},
		{"none: surrenders to police over fraud", "A businessman wanted for tax fraud surrendered to police in Mumbai on Sunday.", ""},
		// Evacuation deals.
		{"agree: evacuation deal", "The army and the rebels agreed on Monday to evacuate wounded fighters from the besieged town.", agreement},
		{"none: evacuation after floods", "Authorities evacuated 5,000 residents from the riverbanks on Monday as floods rose.", ""},
	}
	pass := 0
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-11-20")
			var labels []string
			for _, ev := range x.Events {
				got := ev.ACLEDType + "/" + ev.ACLEDSubtype
				if got == "/" {
					continue
				}
				labels = append(labels, ev.Type+" "+got)
				if got == tt.want {
					pass++
					return
				}
			}
			if tt.want == "" && len(labels) == 0 {
				pass++
				return
			}
			t.Errorf("want %q; got %q", tt.want, labels)
		})
	}
	t.Logf("ACLED probe 3: %d/%d pass", pass, len(tests))
}
