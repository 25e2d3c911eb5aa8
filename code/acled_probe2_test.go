package code_test

import "testing"

// A second probe of ACLED's boundaries, in wire sentences of our own:
// strategic developments ACLED files as "Other" (curfews, martial law,
// coups), groups that move, merge, split or disband, bases set up, ground
// handed over or retaken, arrests political or criminal, ceasefires agreed
// or declared alone, attacks or clashes, abductions by the state, protests
// and the force met, mobs, looting, the weapon of a remote attack, and
// acts ACLED would not record. A case passes as in TestACLEDProbe.
func TestACLEDProbe2(t *testing.T) {
	const (
		clash     = "Battles/Armed clash"
		regains   = "Battles/Government regains territory"
		overtakes = "Battles/Non-state actor overtakes territory"
		air       = "Explosions/Remote violence/Air/drone strike"
		suicide   = "Explosions/Remote violence/Suicide bomb"
		shelling  = "Explosions/Remote violence/Shelling/artillery/missile attack"
		ied       = "Explosions/Remote violence/Remote explosive/landmine/IED"
		grenade   = "Explosions/Remote violence/Grenade"
		attack    = "Violence against civilians/Attack"
		abduction = "Violence against civilians/Abduction/forced disappearance"
		peaceful  = "Protests/Peaceful protest"
		interv    = "Protests/Protest with intervention"
		excessive = "Protests/Excessive force against protesters"
		violent   = "Riots/Violent demonstration"
		mob       = "Riots/Mob violence"
		agreement = "Strategic developments/Agreement"
		arrests   = "Strategic developments/Arrests"
		change    = "Strategic developments/Change to group/activity"
		hq        = "Strategic developments/Headquarters or base established"
		looting   = "Strategic developments/Looting/property destruction"
		transfer  = "Strategic developments/Non-violent transfer of territory"
		other     = "Strategic developments/Other"
	)
	tests := []struct {
		name, text, want string
	}{
		// Other: emergency rule, curfews, shutdowns, coups.
		{"other: curfew imposed", "Authorities imposed a dusk-to-dawn curfew on the city of Jos on Tuesday after sectarian killings.", other},
		{"other: martial law", "The president placed three northern provinces under martial law on Sunday.", other},
		{"other: martial law declared", "Parliament approved the declaration of martial law in the eastern region on Thursday.", other},
		{"other: emergency extended", "The cabinet extended the state of emergency in the Oromia region by four months on Monday.", other},
		{"none: internet shutdown", "Authorities shut down mobile internet in the Tigray capital on Wednesday as fighting spread.", ""},
		{"none: social media blocked", "The government blocked access to social media platforms nationwide ahead of Sunday's vote.", ""},
		{"other: coup", "Mutinous soldiers seized power in a coup in Libreville on Wednesday and dissolved the government.", other},
		{"none: radio station shut", "The junta suspended two independent radio stations in Ouagadougou on Monday.", ""},
		// Change to group/activity.
		{"change: fighters redeploy", "Al-Shabaab fighters redeployed from the Hiraan region to Middle Shabelle on Friday, elders said.", change},
		{"change: commander defects", "A senior RSF commander defected to the Sudanese army with dozens of his men on Saturday.", change},
		{"change: rebels lay down arms", "About 300 ADF fighters laid down their arms in Ituri on Thursday under an amnesty scheme.", change},
		{"change: forces withdraw from a country", "The last Danish troops left Iraq on Friday, ending their deployment.", change},
		{"change: peacekeepers leave region", "UN peacekeepers completed their withdrawal from South Kivu province on Monday.", change},
		{"change: troops sent abroad", "Rwanda sent 1,000 troops to Cabo Delgado in Mozambique on Friday to fight insurgents.", change},
		// Headquarters or base established.
		{"hq: base built", "Chinese engineers built a new military base on a reef in the Spratly Islands, satellite images showed.", hq},
		{"hq: militants set up camp", "Boko Haram fighters established a new camp on an island in Lake Chad, residents said.", hq},
		{"hq: army opens base", "The Nigerian army opened a forward operating base in the town of Gubio on Wednesday.", hq},
		{"hq: troops move into base", "Russian troops moved into an air base near Niamey that US forces had used.", hq},
		// Non-violent transfer of territory vs regained.
		{"transfer: rebels withdraw, army enters", "Rebels withdrew from the town of Bunagana on Tuesday and the army moved in unopposed.", transfer},
		{"transfer: base handed to army", "MINUSMA handed over its camp in Ber to the Malian army on Sunday.", transfer},
		{"transfer: militia hands district", "The militia handed control of the district to local police on Monday under a deal with the governor.", transfer},
		{"regains: army recaptures after fighting", "Iraqi troops recaptured the town of Baiji from Islamic State fighters on Tuesday after heavy fighting.", regains},
		{"regains: forces liberate village", "Ukrainian forces liberated the village of Robotyne on Monday, the general staff said.", regains},
		{"regains: troops regain control", "Malian troops regained control of the town of Anefis from rebels on Saturday.", regains},
		{"overtakes: militants capture town", "Islamic State fighters captured the town of Mocimboa on Wednesday after soldiers ran out of ammunition.", overtakes},
		{"overtakes: rebels take the airport", "M23 rebels took control of Goma airport on Monday, residents said.", overtakes},
		// Arrests: political or crime, at a protest.
		{"arrests: activist arrested", "Police arrested a prominent human rights activist at his home in Harare on Sunday.", arrests},
		{"arrests: mayor detained", "Security forces detained the opposition mayor of Istanbul on Wednesday.", arrests},
		{"arrests: rebel commander captured", "Soldiers captured a senior ISWAP commander in a raid near Monguno on Friday.", arrests},
		{"arrests: coup plotters held", "Authorities arrested ten army officers accused of plotting a coup on Tuesday.", arrests},
		{"intervention: marchers arrested", "Police arrested dozens of demonstrators at a rally outside parliament in Tbilisi on Monday.", interv},
		{"intervention: students detained at sit-in", "Security forces detained 40 students during a sit-in at the university in Dhaka on Tuesday.", interv},
		{"none: burglar arrested", "Police arrested two men suspected of burgling a pharmacy in Nairobi on Friday.", ""},
		{"none: drug dealers held", "Police arrested 12 people in a drug raid in a suburb of Cape Town on Saturday.", ""},
		// Agreement.
		{"agreement: truce between sides", "The Sudanese army and the RSF agreed on Saturday to a 72-hour truce.", agreement},
		{"agreement: ceasefire reached", "Israel and Hamas reached a ceasefire agreement on Wednesday after weeks of talks.", agreement},
		{"agreement: hostages exchanged", "Hamas freed four hostages in exchange for 200 Palestinian prisoners on Saturday.", agreement},
		{"agreement: rebels sign accord", "The government and the FARC dissidents signed a peace accord in Bogota on Monday.", agreement},
		{"agreement: local truce", "Elders from the two clans agreed to a truce on Friday after a week of fighting.", agreement},
		{"none: unilateral ceasefire", "The junta declared a unilateral ceasefire on Friday to allow earthquake relief.", ""},
		{"none: ceasefire called for", "The UN chief called for an immediate ceasefire in Gaza on Monday.", ""},
		{"none: trade accord", "Kenya and Ethiopia signed a trade accord in Addis Ababa on Friday.", ""},
		// Attack vs armed clash.
		{"attack: gunmen kill worshippers", "Gunmen opened fire on worshippers at a mosque in Kano on Friday, killing 12 people.", attack},
		{"attack: militia kills displaced", "CODECO militiamen killed 20 displaced people in a camp in Djugu on Tuesday.", attack},
		{"attack: aid convoy attacked", "Gunmen attacked a UN aid convoy near Kadugli on Monday, killing two drivers.", attack},
		{"attack: villagers hacked", "Fulani herders hacked to death eight villagers in Plateau state on Sunday.", attack},
		{"attack: police kill unarmed man", "Police shot dead an unarmed man at a roadblock in Port-au-Prince on Friday.", attack},
		{"clash: police post attacked", "Militants attacked a police post in Lakki Marwat on Tuesday, killing three policemen.", clash},
		{"clash: battle with soldiers", "Fighters of the Fano militia battled federal soldiers near Bahir Dar on Thursday.", clash},
		{"clash: troops repel attack", "Troops repelled an attack by jihadists on their base near Menaka on Sunday, killing 15 attackers.", clash},
		{"clash: gangs fight", "Rival gangs fought gun battles in the Cite Soleil district of Port-au-Prince on Monday.", clash},
		// Abduction vs arrests.
		{"abduction: taken to unknown location", "Security agents seized a blogger in Kinshasa on Monday and took him to an unknown location.", abduction},
		{"abduction: militants kidnap engineers", "Militants kidnapped four Chinese engineers in Balochistan on Thursday.", abduction},
		{"abduction: rebels seize villagers", "ADF rebels seized 30 villagers from their homes near Beni on Monday.", abduction},
		// Protests.
		{"peaceful: doctors strike", "Doctors staged a protest outside the health ministry in Lagos on Monday over unpaid salaries.", peaceful},
		{"peaceful: women march", "Hundreds of women marched through Kabul on Sunday to demand the right to work.", peaceful},
		{"interv: police disperse march", "Police dispersed a march by opposition supporters in Harare on Wednesday using tear gas.", interv},
		{"interv: batons on students", "Riot police charged students with batons during a protest in Jakarta on Tuesday.", interv},
		{"excessive: troops fire on crowd", "Troops fired live rounds into a crowd of protesters in Mandalay on Sunday, killing four.", excessive},
		{"excessive: protester shot dead", "Police shot dead a protester during a demonstration against fuel prices in Abuja on Monday.", excessive},
		{"violent: protesters torch station", "Protesters torched a police station in Mombasa on Tuesday after a teenager died in custody.", violent},
		{"violent: protesters clashed with police", "Hundreds of protesters clashed with police in Dhaka on Thursday.", violent},
		{"violent: demonstrators hurl stones", "Demonstrators hurled stones and petrol bombs at police in Conakry on Monday.", violent},
		// Mob violence vs attack.
		{"mob: suspected witch burned", "Villagers burned to death a woman accused of witchcraft in Kisii county on Sunday.", mob},
		{"mob: communal mob", "A Hindu mob attacked Muslim homes in the town of Nuh on Monday, injuring ten people.", mob},
		// Looting vs attack.
		{"looting: militia burns homes", "Militiamen burned dozens of homes in a village near Bunia on Friday, residents said.", looting},
		{"looting: soldiers ransack shops", "Soldiers ransacked shops in the market of Bossangoa on Monday.", looting},
		{"looting: rebels destroy clinic", "Rebels destroyed a health clinic in Kajo Keji on Saturday.", looting},
		// Weapons of remote violence.
		{"shelling: rocket attack", "A rocket attack on the Green Zone in Baghdad hit near the US embassy on Sunday.", shelling},
		{"shelling: mortars on a camp", "Al-Shabaab fired mortars at an AU base in Mogadishu on Tuesday.", shelling},
		{"shelling: missile strike on city", "A Russian missile strike on Odesa killed four people on Wednesday.", shelling},
		{"shelling: rpg fired at base", "Militants fired rocket-propelled grenades at an army base in Kunar on Friday.", shelling},
		{"grenade: thrown at police", "An attacker threw a grenade at a police patrol in Srinagar on Monday, wounding two officers.", grenade},
		{"ied: remote-controlled bomb", "A remote-controlled bomb struck a security convoy in Bajaur on Tuesday, killing four soldiers.", ied},
		{"suicide: bomber at checkpoint", "A suicide bomber detonated his explosives at a checkpoint in Mogadishu on Saturday, killing five.", suicide},
		{"air: airstrike on convoy", "An airstrike hit a convoy of militants near Sirte on Monday, killing 11 fighters.", air},
		{"air: drone on village", "A military drone struck a village in Shan state on Tuesday, killing six civilians.", air},
		// Further boundaries.
		{"agreement: agreed to observe a truce", "The two militias agreed on Tuesday to observe a truce in the city.", agreement},
		{"none: one side's truce rejected", "The rebels declared a unilateral three-day ceasefire for the Eid holiday, which the army rejected.", ""},
		{"none: court frees a journalist", "A court in Ankara ordered the release of a jailed journalist on Monday.", ""},
		{"violent: tear gas at stone-throwers", "Police fired tear gas at opposition supporters who were throwing stones in Kinshasa on Monday.", violent},
		{"ied: landmine under a minibus", "A landmine exploded under a minibus near Timbuktu on Sunday, killing six passengers.", ied},
		{"shelling: town shelled with mortars", "Rebels shelled the town of Kamenge with mortars on Friday.", shelling},
		{"transfer: security handed to militia", "The army handed over security of the town of Kidal to a local militia on Thursday.", transfer},
		{"attack: aid trucks ambushed", "Gunmen ambushed a convoy of aid trucks near Gao on Saturday and stole food supplies.", attack},
		{"mob: witch's home burned", "Residents set fire to the home of a suspected witch in Mwanza on Tuesday.", mob},
		{"abduction: student leader taken by soldiers", "Soldiers abducted a student leader from his dormitory in Yangon on Tuesday.", abduction},
		// Police and crowds: a clash between the state's forces and a crowd
		// is a protest met with force, or a riot when the crowd was
		// violent; never a battle between two armed groups.
		{"violent: strikers clashed with police", "Striking miners clashed with police outside the Marikana shaft on Wednesday.", violent},
		{"violent: clashes between police and students", "Clashes broke out between riot police and university students in Santiago on Thursday.", violent},
		{"violent: demonstrators fought riot police", "Demonstrators fought running battles with riot police in central Nairobi on Tuesday.", violent},
		{"violent: police and protesters clashed", "Police and protesters clashed in the streets of Lima on Saturday after the vote.", violent},
		{"violent: opposition supporters clash with police", "Opposition supporters clashed with security forces in Conakry on Monday, witnesses said.", violent},
		{"violent: farmers clash with gendarmes", "Farmers clashed with gendarmes at a blockade near Lyon on Friday.", violent},
		{"violent: protesters injure officers", "Protesters hurled rocks at police in Quito on Wednesday, injuring eight officers.", violent},
		{"violent: rioters set cars ablaze", "Rioters set cars ablaze and looted shops in the suburbs of Paris overnight.", violent},
		{"excessive: clash with protesters turns deadly", "Security forces opened fire on protesters in Khartoum on Thursday, killing seven people.", excessive},
		{"excessive: mourners shot", "Soldiers shot dead three mourners at a funeral procession in Bamako on Saturday.", excessive},
		{"interv: water cannon on rally", "Police used water cannon to break up a rally by teachers in Tbilisi on Monday.", interv},
		{"interv: sit-in dispersed", "Riot police broke up a sit-in by workers outside the textile factory in Dhaka on Sunday.", interv},
		{"interv: tear gas on marchers", "Police fired tear gas at hundreds of marchers in Kampala on Tuesday.", interv},
		{"peaceful: strikers rally", "Thousands of striking teachers rallied outside parliament in Nairobi on Thursday.", peaceful},
		{"peaceful: students demonstrate", "Students demonstrated peacefully in front of the education ministry in Seoul on Monday.", peaceful},
		{"violent: counter-demonstrators attack rally", "Angry residents attacked a group of protesters in Blantyre on Sunday, injuring 15 people.", violent},
		{"excessive: troops kill marchers", "Soldiers killed five marchers during a protest against the junta in Niamey on Saturday.", excessive},
		// Armed groups against the state stay battles; crowds against
		// crowds are mobs.
		{"clash: soldiers and insurgents", "Soldiers clashed with insurgents near the town of Djibo on Saturday.", clash},
		{"clash: police battle gunmen", "Police exchanged fire with gunmen in the Tivaouane district on Tuesday, killing two of them.", clash},
		{"clash: militia clashes with army", "Militiamen clashed with army troops on the outskirts of Beni on Wednesday.", clash},
		{"mob: villagers and herders", "Villagers clashed with herders over grazing land in Benue state on Sunday, leaving five dead.", mob},
		{"mob: rival communities", "Residents of two neighbouring villages fought with machetes in Kasai on Monday, killing three people.", mob},
		// Not recorded.
		{"none: court ruling", "The supreme court overturned the election result in Nairobi on Friday.", ""},
		{"none: sanctions imposed", "Washington imposed sanctions on three RSF commanders on Tuesday.", ""},
		{"none: statement of concern", "The African Union said on Monday it was deeply concerned by the fighting in Sudan.", ""},
		{"none: cyclone", "A cyclone killed 40 people on the coast of Mozambique on Sunday.", ""},
		{"none: envoy meets", "The UN envoy met Libya's prime minister in Tripoli on Wednesday.", ""},
		{"none: election warning", "Observers warned on Thursday that the vote could be marred by violence.", ""},
		{"none: armed robbery", "Armed robbers held up a bank in Accra on Tuesday and escaped with cash.", ""},
		{"none: budget", "Parliament approved a larger defence budget on Monday.", ""},
		{"none: peace talks", "Delegations from the two sides held talks in Nairobi on Friday.", ""},
		{"none: treaty withdrawal", "Russia withdrew from the Conventional Armed Forces in Europe treaty on Tuesday.", ""},
		{"none: ambassador expelled", "Mali expelled the French ambassador on Monday.", ""},
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
	t.Logf("ACLED probe 2: %d/%d pass", pass, len(tests))
}
