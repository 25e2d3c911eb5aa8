package code_test

import "testing"

// ACLED's 25 sub-event types, each told in several wire-style sentences of
// our own, with the boundaries that are easy to cross (a clash or an
// attack on civilians, an air strike or shelling, a bomb placed or worn, a
// protest broken up or a riot), and sentences ACLED would not record. A
// case passes when some event of the sentence carries the label, or, for
// "", when no event carries any.
func TestACLEDProbe(t *testing.T) {
	const (
		clash     = "Battles/Armed clash"
		regains   = "Battles/Government regains territory"
		overtakes = "Battles/Non-state actor overtakes territory"
		chemical  = "Explosions/Remote violence/Chemical weapon"
		air       = "Explosions/Remote violence/Air/drone strike"
		suicide   = "Explosions/Remote violence/Suicide bomb"
		shelling  = "Explosions/Remote violence/Shelling/artillery/missile attack"
		ied       = "Explosions/Remote violence/Remote explosive/landmine/IED"
		grenade   = "Explosions/Remote violence/Grenade"
		sexual    = "Violence against civilians/Sexual violence"
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
		disrupted = "Strategic developments/Disrupted weapons use"
		hq        = "Strategic developments/Headquarters or base established"
		looting   = "Strategic developments/Looting/property destruction"
		transfer  = "Strategic developments/Non-violent transfer of territory"
		other     = "Strategic developments/Other"
	)
	tests := []struct {
		name, text, want string
	}{
		// Battles: two organised armed sides, no ground changing hands.
		{"clash: army and rebels exchange fire", "Chadian soldiers exchanged fire with FACT rebels near Zouar on Wednesday, leaving six fighters dead.", clash},
		{"clash: gunmen attack an army post", "Gunmen attacked an army checkpoint outside Tillaberi on Saturday, killing four soldiers.", clash},
		{"clash: two militias fight", "Rival militias fought for hours in the streets of Tripoli overnight, a security source said.", clash},
		{"clash: ambush on a patrol", "Jihadists ambushed a police patrol near Djibo on Monday, killing nine officers.", clash},
		{"clash: troops kill insurgents", "Mozambican troops killed 11 insurgents in a firefight near Mocimboa da Praia on Tuesday.", clash},
		// Government regains territory.
		{"regains: army recaptures a town", "The Somali army recaptured the town of Adan Yabaal from al-Shabaab on Thursday.", regains},
		{"regains: troops retake a base", "Burkinabe troops retook a military base near Djibo that jihadists had seized last month.", regains},
		{"regains: forces regain control", "Government forces regained control of the port of Mocimboa da Praia from insurgents on Sunday.", regains},
		{"regains: army drives out rebels", "The Congolese army drove M23 rebels out of the village of Kitshanga on Friday.", regains},
		// Non-state actor overtakes territory.
		{"overtakes: rebels seize a town", "Arakan Army fighters seized the town of Paletwa on Monday after weeks of fighting.", overtakes},
		{"overtakes: militants overrun a base", "Militants overran an army base in Borno state on Friday and took control of the surrounding villages.", overtakes},
		{"overtakes: group captures a city", "Houthi fighters captured the district centre of Harib from government troops on Wednesday.", overtakes},
		{"overtakes: insurgents take over", "JNIM fighters took over the town of Boulkessi on Sunday after soldiers fled.", overtakes},
		// Chemical weapon.
		{"chemical: gas attack", "Syrian government forces dropped chlorine gas on the town of Douma, killing dozens of residents.", chemical},
		{"chemical: chemical weapons used", "Rebels accused the army of using chemical weapons against their positions near Idlib on Tuesday.", chemical},
		{"chemical: toxic gas shells", "Russian troops fired shells filled with toxic gas at Ukrainian trenches near Avdiivka, Kyiv said.", chemical},
		{"chemical: sarin attack", "A sarin attack on the town of Khan Sheikhoun killed more than 80 people.", chemical},
		// Air/drone strike.
		{"air: jets bomb a town", "Sudanese military jets bombed a market in Nyala on Monday, killing 15 people.", air},
		{"air: drone hits a car", "A Turkish drone struck a car near Qamishli on Thursday, killing two Kurdish fighters.", air},
		{"air: airstrikes on hideouts", "Nigerian air force jets carried out airstrikes on bandit hideouts in Zamfara on Saturday.", air},
		{"air: helicopter gunship fire", "Army helicopter gunships fired on rebel positions near Kutkai on Tuesday.", air},
		// Shelling/artillery/missile attack.
		{"shelling: artillery hits a village", "Armenian artillery shelled the village of Tovuz on Sunday, Azerbaijan's defence ministry said.", shelling},
		{"shelling: rockets fired at a city", "Hezbollah fired dozens of rockets at the Israeli town of Kiryat Shmona on Monday.", shelling},
		{"shelling: mortar rounds", "Mortar rounds fired by al-Shabaab struck the presidential compound in Mogadishu on Tuesday.", shelling},
		{"shelling: ballistic missiles", "Russia fired ballistic missiles at the city of Dnipro on Friday, killing eight people.", shelling},
		{"shelling: tanks pound positions", "Ethiopian army tanks pounded Fano positions outside Gondar on Wednesday.", shelling},
		// Suicide bomb.
		{"suicide: bomber blows himself up", "A suicide bomber blew himself up at a police station in Quetta on Monday, killing six officers.", suicide},
		{"suicide: car bomb driven by a bomber", "A suicide car bomber rammed an army convoy near Beledweyne on Sunday, killing ten soldiers.", suicide},
		{"suicide: explosive vest", "A woman detonated an explosive vest at a market in Konduga on Friday, killing 12 people.", suicide},
		{"suicide: suicide attack on a base", "A suicide attack on a military base in Bannu killed five soldiers on Tuesday.", suicide},
		// Remote explosive/landmine/IED.
		{"ied: roadside bomb", "A roadside bomb hit a military vehicle near Kidal on Saturday, killing three soldiers.", ied},
		{"ied: landmine", "A landmine killed two children collecting firewood near Taiz on Thursday.", ied},
		{"ied: car bomb parked", "A car bomb exploded outside a hotel in Mogadishu on Monday, killing seven people.", ied},
		{"ied: device detonated remotely", "Militants detonated an improvised explosive device under a police van in North Waziristan on Wednesday.", ied},
		{"ied: vehicle hits a mine", "An army truck struck a mine near Menaka on Sunday, killing four soldiers.", ied},
		// Grenade.
		{"grenade: thrown into a bar", "Unknown attackers threw a grenade into a bar in Bujumbura on Saturday, wounding 14 people.", grenade},
		{"grenade: attack on a police station", "A grenade attack on a police station in Srinagar injured three officers on Monday.", grenade},
		{"grenade: hurled at a rally", "Assailants hurled a grenade at an opposition rally in Dhaka on Friday, killing two people.", grenade},
		{"grenade: lobbed at a checkpoint", "Militants lobbed a hand grenade at a security checkpoint in Pulwama on Tuesday.", grenade},
		// Sexual violence.
		{"sexual: soldiers rape women", "Soldiers raped at least 20 women in a village in South Kivu, a UN report said on Thursday.", sexual},
		{"sexual: militia rapes girls", "RSF fighters raped several girls during a raid on a camp near El Fasher, witnesses said.", sexual},
		{"sexual: sexual assault by police", "Police officers sexually assaulted two detained activists in Harare, a rights group said.", sexual},
		// Attack on civilians.
		{"attack: gunmen kill villagers", "Gunmen killed 23 villagers in an attack on Kaura in Kaduna state on Sunday.", attack},
		{"attack: militants shoot farmers", "ADF militants shot dead 15 farmers in their fields near Beni on Wednesday.", attack},
		{"attack: soldiers kill civilians", "Soldiers killed eight civilians in a village in the Sagaing region on Monday, residents said.", attack},
		{"attack: journalist shot", "Unidentified gunmen shot dead a radio journalist in Guerrero state on Friday.", attack},
		{"attack: militia beats aid workers", "Militiamen beat three aid workers at a checkpoint near Bentiu on Tuesday.", attack},
		// Abduction/forced disappearance.
		{"abduction: bandits kidnap pupils", "Bandits kidnapped 40 pupils from a school in Kebbi state on Thursday.", abduction},
		{"abduction: militants abduct aid workers", "Al-Shabaab militants abducted two aid workers near Dhobley on Monday.", abduction},
		{"abduction: gunmen take hostages", "Gunmen took 12 passengers hostage on a highway in Zamfara on Sunday.", abduction},
		{"abduction: priest kidnapped", "A Catholic priest was kidnapped by armed men in Enugu state on Tuesday.", abduction},
		// Peaceful protest.
		{"peaceful: thousands march", "Thousands of people marched through Belgrade on Saturday to protest against corruption.", peaceful},
		{"peaceful: teachers strike", "Teachers held a sit-in outside the education ministry in Nairobi on Monday to demand higher pay.", peaceful},
		{"peaceful: rally against a law", "Hundreds of students rallied in Tbilisi on Wednesday against the foreign agents law.", peaceful},
		{"peaceful: farmers protest", "Farmers protested in Lahore on Tuesday against the wheat import policy.", peaceful},
		// Protest with intervention.
		{"intervention: tear gas on marchers", "Police fired tear gas to disperse opposition supporters marching in Conakry on Thursday.", interv},
		{"intervention: protest broken up", "Riot police broke up a demonstration by nurses in Colombo on Monday.", interv},
		{"intervention: protesters arrested", "Police arrested 60 protesters at a rally against the war in Moscow on Sunday.", interv},
		{"intervention: water cannon", "Police used water cannon against thousands of demonstrators in Tbilisi on Saturday.", interv},
		{"intervention: rally dispersed", "Security forces dispersed a rally by opposition supporters in Lome on Friday.", interv},
		// Excessive force against protesters.
		{"excessive: protesters shot dead", "Security forces shot dead five protesters in Khartoum on Thursday, medics said.", excessive},
		{"excessive: live ammunition", "Police used live ammunition against peaceful demonstrators in Kisumu on Tuesday, killing two.", excessive},
		{"excessive: troops open fire on a march", "Soldiers opened fire on a march in Monywa on Sunday, killing three protesters.", excessive},
		{"excessive: protesters killed", "At least 12 protesters were killed by police during demonstrations in Mombasa on Wednesday.", excessive},
		// Violent demonstration.
		{"violent: rioters torch buildings", "Protesters set fire to the parliament building in Kathmandu on Tuesday.", violent},
		{"violent: stones thrown at police", "Demonstrators threw stones at police in Dakar on Friday during protests over the opposition leader's arrest.", violent},
		{"violent: riot", "Youths rioted in the town of Kasese on Monday after a local official was killed.", violent},
		{"violent: protesters clash with police", "Protesters clashed with police in Islamabad on Thursday, leaving dozens injured.", violent},
		{"violent: protesters storm an office", "Protesters stormed the governor's office in Basra on Sunday.", violent},
		// Mob violence.
		{"mob: lynching", "A mob lynched a man accused of blasphemy in Sialkot on Friday.", mob},
		{"mob: crowd kills suspect", "An angry crowd beat to death a suspected thief in a market in Kampala on Tuesday.", mob},
		// Agreement.
		{"agreement: ceasefire agreed", "The army and the Kachin Independence Army agreed on Tuesday to a ceasefire in northern Myanmar.", agreement},
		{"agreement: peace deal signed", "The government and the rebel SPLM-N signed a peace deal in Juba on Saturday.", agreement},
		{"agreement: prisoner swap", "Russia and Ukraine exchanged 95 prisoners of war each on Friday.", agreement},
		{"agreement: evacuation deal", "Rebels and the government reached a deal on Monday to evacuate fighters from the besieged district.", agreement},
		{"agreement: truce signed", "Sudan's army and the RSF signed a one-week truce in Jeddah on Saturday.", agreement},
		// Arrests.
		{"arrests: opposition leader held", "Police arrested opposition leader Bobi Wine in Kampala on Monday.", arrests},
		{"arrests: journalist detained", "Security agents detained a prominent journalist in Addis Ababa on Wednesday.", arrests},
		{"arrests: militants arrested", "Counter-terrorism police arrested four suspected Islamic State militants in Punjab on Thursday.", arrests},
		{"arrests: lawmakers detained", "Troops detained three opposition lawmakers in Niamey on Sunday.", arrests},
		// Change to group/activity.
		{"change: fighters defect", "Hundreds of RSF fighters defected to the army in Gezira state on Monday.", change},
		{"change: groups merge", "Two jihadist factions announced on Tuesday that they had merged into a single group.", change},
		{"change: rebels hand over weapons", "More than 200 Mai-Mai fighters surrendered their weapons to the army in Beni on Friday.", change},
		{"change: armed group redeploys", "Wagner fighters redeployed from Bamako to the northern region of Kidal on Wednesday.", change},
		// Disrupted weapons use.
		{"disrupted: bomb defused", "Bomb disposal experts defused an explosive device near a church in Kaduna on Sunday.", disrupted},
		{"disrupted: weapons cache seized", "Troops seized a large weapons cache from militants in Waziristan on Tuesday.", disrupted},
		{"disrupted: drones shot down", "Air defences shot down 20 drones over the Kursk region overnight, Moscow said.", disrupted},
		{"disrupted: plot foiled", "Police foiled a plot to bomb a Shia mosque in Kabul on Friday.", disrupted},
		// Headquarters or base established.
		{"hq: base set up", "Turkish troops set up a new military base near Idlib on Thursday.", hq},
		{"hq: rebels establish headquarters", "M23 rebels established a headquarters in the town of Rubaya on Monday.", hq},
		{"hq: outpost built", "Israeli forces built a new military outpost in southern Syria on Saturday.", hq},
		{"hq: camp opened", "Jihadist fighters set up a camp in the forest near Diapaga, residents said.", hq},
		// Looting/property destruction.
		{"looting: militia loots a market", "Militiamen looted shops in the market of Kalma on Sunday.", looting},
		{"looting: aid warehouse plundered", "Armed men plundered a WFP warehouse in El Obeid on Friday.", looting},
		{"looting: school torched", "Separatist fighters set fire to a school in Bamenda on Tuesday.", looting},
		// Non-violent transfer of territory.
		{"transfer: troops withdraw and group takes over", "French troops left their base in Gao on Monday and handed it over to the Malian army.", transfer},
		{"transfer: town handed over", "The rebels handed control of the town of Bossangoa to UN peacekeepers on Friday.", transfer},
		{"transfer: army withdraws, rebels move in", "Government troops pulled out of Ogaden town on Sunday and rebel fighters moved in without a fight.", transfer},
		{"transfer: peacekeepers hand over", "UN peacekeepers handed over their camp in Tessalit to the army on Tuesday.", transfer},
		// Other.
		{"none: internet cut", "The junta cut internet access across Rakhine state on Wednesday.", ""},
		{"other: state of emergency", "The government declared a state of emergency in the Amhara region on Friday.", other},
		// Boundaries, told the other way round.
		{"boundary: police kill gunmen in a shootout", "Police killed three gunmen in a shootout in the outskirts of Karachi on Sunday.", clash},
		{"boundary: soldiers kill a farmer", "Soldiers shot dead an unarmed farmer at a checkpoint near Bambari on Thursday, residents said.", attack},
		{"boundary: gunmen storm a church", "Gunmen stormed a church in Ondo state during Sunday mass and killed 40 worshippers.", attack},
		{"boundary: drone drops bomb on civilians", "A military drone dropped bombs on a wedding party in Sagaing on Saturday, killing 17 people.", air},
		{"boundary: artillery on a market", "Shelling by RSF artillery killed 20 people at a market in Omdurman on Sunday.", shelling},
		{"boundary: bomber at a funeral", "A suicide bomber struck a funeral in Nangarhar on Tuesday, killing 18 mourners.", suicide},
		{"boundary: motorbike bomb", "A bomb planted on a motorcycle exploded at a bus station in Maiduguri on Monday, killing five people.", ied},
		{"boundary: grenade at a rally crowd", "Attackers threw two grenades into a crowd of worshippers at a mosque in Kano on Friday.", grenade},
		{"boundary: rebels abduct villagers", "Rebels abducted 30 villagers from their homes near Kajo Keji on Sunday.", abduction},
		{"boundary: police arrest a party leader", "Police detained the leader of the main opposition party in Dar es Salaam on Thursday.", arrests},
		{"boundary: state takes back a district", "Afghan security forces took back control of the district of Jani Khel from insurgents on Monday.", regains},
		{"boundary: rioters loot", "Rioters looted shops and set cars ablaze in Lusaka on Friday during protests over food prices.", violent},
		{"boundary: soldiers loot", "Soldiers looted homes in the town of Minova on Thursday, residents said.", looting},
		{"boundary: protest against police killing", "Thousands of people marched peacefully in Nairobi on Sunday against police killings.", peaceful},
		{"boundary: tear gas then dead", "Security forces killed four protesters in Conakry on Wednesday as they fired tear gas and live rounds at crowds.", excessive},
		{"boundary: surrender agreed", "The besieged garrison agreed on Friday to surrender to the rebels in exchange for safe passage.", agreement},
		{"boundary: militia moves into a region", "Hundreds of Fano militiamen moved into the Gojjam zone on Wednesday, residents said.", change},
		{"boundary: arms seized at a border", "Border guards seized a consignment of rifles and rockets bound for the rebels on Monday.", disrupted},
		{"boundary: HQ moved", "The Islamic State in the Sahel set up a new base near Menaka, local officials said.", hq},
		{"boundary: bombs release gas", "Government aircraft dropped bombs that released a greenish gas on rebel trenches near Myitkyina, the rebels said.", chemical},
		{"boundary: choking smoke from shells", "Artillery shells giving off a choking smoke landed on the village of Sarmin on Tuesday, medics said.", chemical},
		{"boundary: drones set a depot ablaze", "Militia drone attacks set fire to a fuel depot near Kirkuk on Friday.", air},
		{"boundary: goods seized from an office", "Gunmen stormed a charity's office in Gao and seized computers, documents and cars on Monday.", looting},
		{"boundary: live fire on stone-throwers", "Soldiers fired live bullets at stone-throwing protesters in Bamenda on Wednesday.", violent},
		// Not recorded.
		{"none: state visit", "The French president arrived in Rabat on Monday for a three-day state visit.", ""},
		{"none: talks", "Foreign ministers of Egypt and Qatar met in Cairo on Tuesday to discuss the Gaza talks.", ""},
		{"none: statement", "The minister said on Wednesday that the government remained committed to dialogue.", ""},
		{"none: condolence", "Leaders around the world sent condolences to Turkey after the earthquake.", ""},
		{"none: earthquake", "An earthquake of magnitude 6.8 killed 120 people in the Atlas mountains on Friday.", ""},
		{"none: flood", "Floods swept through villages in Borno state, killing 30 people and displacing thousands.", ""},
		{"none: robbery", "Two men robbed a jewellery store in Lyon on Tuesday and fled on a scooter.", ""},
		{"none: murder by a husband", "A man stabbed his wife to death at their home in Leeds on Saturday, police said.", ""},
		{"none: traffic accident", "A bus crashed into a lorry on the highway near Kano, killing 18 passengers.", ""},
		{"none: trade deal", "Kenya and the United Arab Emirates signed a trade agreement in Abu Dhabi on Thursday.", ""},
		{"none: aid pledge", "Japan pledged $50 million in humanitarian aid to Sudan on Monday.", ""},
		{"none: election", "Voters in Ghana went to the polls on Saturday to elect a new president.", ""},
		{"none: sanctions", "The European Union imposed sanctions on six Iranian officials on Monday.", ""},
		{"none: ambassador recalled", "Algeria recalled its ambassador to Paris on Tuesday over the Sahara dispute.", ""},
		{"none: military exercise", "Chinese and Russian warships held joint exercises in the Sea of Japan on Wednesday.", ""},
		{"none: relations restored", "Saudi Arabia and Iran agreed on Friday to restore diplomatic relations and reopen embassies.", ""},
		{"none: theft arrest", "Police arrested a man for stealing copper cables from a railway depot in Durban on Monday.", ""},
		{"none: parade", "Troops paraded through Pyongyang on Saturday to mark the anniversary of the ruling party.", ""},
		{"none: election deployment", "Police deployed 20,000 officers across Lagos on Friday ahead of the governorship election.", ""},
		{"none: pardon", "The president pardoned 300 prisoners on Tuesday to mark Independence Day.", ""},
		{"none: talks resume", "Government and rebel negotiators resumed peace talks in Doha on Monday.", ""},
		{"none: sentence", "A court in Minsk sentenced a former presidential candidate to 14 years in prison on Wednesday.", ""},
		{"none: embassy closed", "Lithuania closed its embassy in Minsk on Thursday, citing security concerns.", ""},
		{"none: troops withdrawn from a summit city", "Kenya withdrew its ambassador from Mogadishu on Monday.", ""},
		{"none: strike called off", "Nurses called off their strike on Wednesday after the government agreed to raise their pay.", ""},
		{"none: exercise", "Indian and French troops began a two-week joint military exercise in Rajasthan on Monday.", ""},
		{"none: visit to troops", "The defence minister visited troops on the front line near Kupiansk on Saturday.", ""},
		{"none: fire", "A fire at a garment factory in Dhaka killed nine workers on Sunday.", ""},
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
	t.Logf("ACLED probe: %d/%d pass", pass, len(tests))
}
