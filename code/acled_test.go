package code_test

import (
	"strings"
	"testing"
)

// ACLED event and sub-event types, in sentences of our own: the label of
// the event whose rule names the trigger, "" when ACLED would not record
// it.
func TestACLEDLabels(t *testing.T) {
	runACLEDCases(t, []acledCase{
		// Force used on protesters is a protest event.
		{"a unilateral release is not recorded", "Nicaragua freed 222 political prisoners on Thursday and flew them to Washington.",
			"freed", ""},
		{"a release in an exchange is an agreement", "Hamas freed 24 hostages and Israel released 39 Palestinian prisoners on Friday in the first exchange under the truce.",
			"released", "Strategic developments/Agreement"},
		{"an armed group frees captives", "Boko Haram freed 17 kidnapped farmers near Maiduguri on Saturday.",
			"freed", "Strategic developments/Agreement"},
		{"releases both ways", "Ukraine freed 30 Russian soldiers on Tuesday and Russia released 28 Ukrainian marines.",
			"freed", "Strategic developments/Agreement"},
		{"arson by an armed group", "Suspected separatists set fire to a government secondary school in Kumba on Sunday night.",
			"set fire", "Strategic developments/Looting/property destruction"},
		{"a killing by students", "Students beat to death a woman they suspected of theft at a university in Dhaka on Wednesday.",
			"beat", "Riots/Mob violence"},
		{"live fire on protesters", "Police in Lagos opened fire on protesters outside the governor's office on Monday.",
			"opened fire on", "Protests/Excessive force against protesters"},
		{"demonstrators detained", "Riot police detained dozens of demonstrators in Dhaka on Tuesday.",
			"detained", "Protests/Protest with intervention"},
		{"tear gas", "Kenyan police fired tear gas at protesters in Nairobi on Tuesday.",
			"tear gas", "Protests/Protest with intervention"},
		{"batons without deaths", "Riot police beat demonstrators with batons outside parliament in Tbilisi on Thursday.",
			"beat", "Protests/Protest with intervention"},
		{"marchers held where others died", "Two people were killed and 300 detained in three days of protests against the fuel tax in Quito, officials said on Friday.",
			"detained", "Protests/Protest with intervention"},
		// Violence by a crowd of civilians is mob violence.
		{"lynching", "Angry villagers in northern Uganda lynched two men accused of stealing cattle.",
			"lynched", "Riots/Mob violence"},
		{"residents kill", "Residents of a village in Ghana beat a man accused of theft and killed him on Sunday.",
			"", "Riots/Mob violence"},
		{"crowd burns suspects to death", "A crowd in Mombasa beat and burned to death two suspected kidnappers on Saturday.",
			"beat and burned to death", "Riots/Mob violence"},
		// A crowd that burns the property of the state or its politicians riots.
		{"police station torched", "Furious villagers torched a police station in Kisumu on Friday.",
			"torched", "Riots/Violent demonstration"},
		{"politicians' houses burned", "An angry crowd set fire to the houses of two governing-party lawmakers in Kano overnight.",
			"set fire", "Riots/Violent demonstration"},
		// Protesters who take ground riot.
		{"protesters storm", "Protesters stormed the parliament building in Tirana on Thursday.",
			"stormed", "Riots/Violent demonstration"},
		// Who is taken, what is taken, from whom.
		{"passengers seized", "Al-Shabaab fighters seized 12 passengers from a bus near Mandera on Sunday.",
			"seized", "Violence against civilians/Abduction/forced disappearance"},
		{"goods seized", "Rebels seized trucks and fuel from a depot in Goma on Monday.",
			"seized", "Strategic developments/Looting/property destruction"},
		{"rebels take a town", "Rebels captured the town of Bunia on Tuesday after heavy fighting.",
			"captured", "Battles/Non-state actor overtakes territory"},
		{"ground left", "Government troops withdrew from Kidal on Monday and Tuareg rebels took control of the town.",
			"took control of", "Strategic developments/Non-violent transfer of territory"},
		{"disappeared", "Armed men detained an activist in Conakry on Friday and took him to an unknown location.",
			"detained", "Violence against civilians/Abduction/forced disappearance"},
		{"raid to arrest", "Police raided the home of an opposition leader in Kampala and detained him on Monday.",
			"raided", "Strategic developments/Arrests"},
		// The device decides the remote violence.
		{"explosive belt", "An Islamic State militant detonated an explosive belt inside a mosque in Peshawar on Friday.",
			"detonated", "Explosions/Remote violence/Suicide bomb"},
		{"drone-dropped grenade", "A Russian drone dropped a grenade on a Ukrainian trench near Bakhmut on Friday.",
			"grenade", "Explosions/Remote violence/Air/drone strike"},
		{"destroyed with explosives", "Al-Shabaab destroyed a police post with explosives near Mandera on Friday.",
			"destroyed", "Explosions/Remote violence/Remote explosive/landmine/IED"},
		{"gun battle", "Troops clashed with ELN fighters near the border in Arauca on Monday.",
			"clashed", "Battles/Armed clash"},
		// A strike from the air is an air strike whoever it kills.
		{"killed in a drone strike", "A militia commander was killed along with two of his aides, in a US drone strike on his convoy near Kismayo on Sunday.",
			"", "Explosions/Remote violence/Air/drone strike"},
		{"artillery before drones", "Troops opened an offensive with artillery and drone strikes on rebel villages near Goma on Monday.",
			"", "Explosions/Remote violence/Shelling/artillery/missile attack"},
		{"a state's strike", "A Turkish strike on a farmhouse near Sinjar killed four men on Thursday.",
			"strike", "Explosions/Remote violence/Air/drone strike"},
		{"a rebel strike", "A Houthi strike on a fuel depot near Jizan set it ablaze on Monday.",
			"strike", "Explosions/Remote violence/Shelling/artillery/missile attack"},
		{"missiles and drones", "Russian missiles and drones hit apartment blocks in Kharkiv overnight, killing six people.",
			"", "Explosions/Remote violence/Air/drone strike"},
		{"an offensive being prepared", "Chadian troops are preparing an offensive against Boko Haram on the islands of Lake Chad.",
			"offensive", ""},
		{"a long-threatened offensive", "Residents fled Idlib ahead of a long-threatened government offensive on the province.",
			"offensive", ""},
		// Ground overrun changes hands.
		{"camp overrun", "Hundreds of militants attacked the town of Diapaga on Sunday, overrunning an army camp.",
			"attacked", "Battles/Non-state actor overtakes territory"},
		// Other strategic developments.
		{"mass grave", "Ukrainian investigators exhumed 40 bodies from a mass grave near Izium on Friday.",
			"exhumed", "Strategic developments/Other"},
		{"broadcaster silenced", "Mali's junta suspended the broadcasts of a Belgian radio station on Tuesday.",
			"suspended", ""},
		{"cyberattack", "Government websites in Tallinn were hit by a cyberattack on Monday.",
			"hit", "Strategic developments/Other"},
		// Troops moved: into a base, into a place, or posture.
		{"into a base", "The army moved two battalions into the old French base at Gao on Monday.",
			"moved", "Strategic developments/Headquarters or base established"},
		{"into a region", "Russia ordered troops into the breakaway region on Monday.",
			"ordered troops into", "Strategic developments/Change to group/activity"},
		{"forces massed around a territory", "Armenia massed forces around the Azerbaijani exclave of Nakhchivan on Sunday.",
			"massed", ""},
		{"weapons moved into an ally", "The United States has begun moving cruise missiles into Poland, the Polish defence minister said.",
			"moving", ""},
		{"toward a border", "Poland moved tanks toward its border with Belarus on Tuesday.",
			"moved", ""},
		// Agreements ACLED records settle violence.
		{"ceasefire signed", "Sudan's army and the RSF signed a ceasefire in Jeddah on Saturday.",
			"ceasefire", "Strategic developments/Agreement"},
		{"embassies reopened", "Colombia and Ecuador agreed on Friday to reopen their embassies.",
			"agreed", ""},
		{"no deal", "Russia and Ukraine did not reach any deal at the talks.",
			"deal", ""},
		// Withdrawals and handovers.
		{"troops withdraw", "Malian troops withdrew from the town of Ber on Sunday.",
			"withdrew", "Strategic developments/Non-violent transfer of territory"},
		{"country withdraws from a city", "Russia withdrew from Kherson on Friday.",
			"withdrew", "Strategic developments/Non-violent transfer of territory"},
		{"troops leave villages", "Ethiopian troops withdrew from villages in western Somalia on Monday.",
			"withdrew", "Strategic developments/Non-violent transfer of territory"},
		{"asylum withdrawn", "Ecuador withdrew the asylum of the former president on Monday.",
			"withdrew", ""},
		{"withdrawal promised", "The treaty obliges Israel to withdraw its forces within 60 days.",
			"withdraw", ""},
		// Second round: who acts, what is seized, where forces go.
		{"beaten by a crowd", "Two men were beaten to death by a crowd of vigilantes in Haryana on Friday.",
			"beat", "Riots/Mob violence"},
		{"a mob kills", "A mob killed a man accused of blasphemy in a village in Punjab on Friday.",
			"killed", "Riots/Mob violence"},
		{"settlers attack", "Settlers attacked Palestinian farmers with clubs near Nablus on Saturday.",
			"attacked", "Violence against civilians/Attack"},
		{"tear gas at stone-throwers", "Police fired tear gas at youths who threw stones and burned tyres in Dakar on Monday.",
			"tear gas", "Riots/Violent demonstration"},
		{"warning shots to disperse", "Soldiers fired warning shots to disperse hundreds of demonstrators in Niamey on Sunday.",
			"", "Protests/Protest with intervention"},
		{"army on the streets with a curfew", "Guinea imposed a night curfew in Conakry and deployed soldiers on Thursday after a week of deadly riots.",
			"deployed", "Strategic developments/Change to group/activity"},
		{"troops guard an election", "Nigeria deployed troops in Lagos on Saturday to guard polling stations.",
			"deployed", ""},
		{"police flown in", "France sent 500 police officers to New Caledonia on Tuesday.",
			"sent", ""},
		{"mobilisation", "Armenia declared a general mobilisation on Sunday.",
			"mobilisation", "Strategic developments/Change to group/activity"},
		{"weapons seized", "Mexican soldiers seized 200 rifles and explosives in Sinaloa on Friday.",
			"seized", "Strategic developments/Disrupted weapons use"},
		{"gang takes a town", "Gangs took control of the town of Mirebalais on Monday.",
			"took control of", "Battles/Non-state actor overtakes territory"},
		{"troops leave a country", "The last French soldiers withdrew from Niger on Friday.",
			"withdrew", "Strategic developments/Change to group/activity"},
		{"ground taken back in a fight", "Nigerian troops attacked the insurgents and recaptured the town of Damasak on Monday.",
			"attacked", "Battles/Government regains territory"},
		{"posts handed over", "Hamas handed over two military posts to the Palestinian Authority on Monday.",
			"handed over", "Strategic developments/Non-violent transfer of territory"},
		// Third round: truces kept or accepted, forces sent abroad, force on marchers.
		{"unilateral truce to be observed", "The rebels said they would observe a unilateral ceasefire over the holidays.",
			"ceasefire", ""},
		{"truce accepted", "Sudan's army and the RSF have accepted a one-week truce that starts on Sunday.",
			"accepted", "Strategic developments/Agreement"},
		{"troops sent abroad", "Kenya has begun sending troops to Haiti to help the police fight gangs.",
			"sending troops", "Strategic developments/Change to group/activity"},
		{"troops sent at home", "India is sending another 10,000 troops to Manipur.",
			"sending", ""},
		{"soldiers leave a country", "The last Belgian soldiers left Mali on Friday, completing a withdrawal ordered in June.",
			"withdrawal", "Strategic developments/Change to group/activity"},
		{"soldiers leave a foreign capital", "The last Belgian soldiers left Bamako on Tuesday, completing a withdrawal the new rulers had demanded.",
			"left", "Strategic developments/Change to group/activity"},
		{"peacekeepers leave a region and hand over posts", "Turkish peacekeepers began pulling out of Syria's Idlib province, where they had been stationed since 2019, and are handing their checkpoints and posts over to Syrian troops.",
			"pulling out", "Strategic developments/Non-violent transfer of territory"},
		{"militia breaks with its ally", "A pro-government militia in Darfur said on Monday it had cut its ties with the army.",
			"cut its ties", "Strategic developments/Change to group/activity"},
		{"state breaks with a state", "Bolivia severed its ties with Israel on Tuesday.",
			"severed", ""},
		{"fire on marchers", "Soldiers opened fire on opposition supporters marching in Bamako on Monday, killing two men.",
			"opened fire on", "Protests/Excessive force against protesters"},
		{"clash with demonstrators", "Riot police clashed with demonstrators in Dakar on Friday.",
			"clashed", "Riots/Violent demonstration"},
		{"shots after a storming", "Protesters stormed the town hall in Tunis and police opened fire on the crowd, killing three people.",
			"opened fire on", "Protests/Excessive force against protesters"},
		// Fourth round: soldiers killed by an unnamed side.
		{"police shot by an unnamed side", "Nine Kenyan police officers were shot dead at a checkpoint near Garissa on Monday.",
			"shot dead", "Battles/Armed clash"},
		{"guards beaten by an unnamed side", "Two Nepali border guards were attacked with stones and iron rods during a standoff on the frontier.",
			"attacked", "Battles/Armed clash"},
		// A riot told after ", and" came later; a list's ", and" is no clause.
		{"tear gas before a later riot", "Riot police fired tear gas at students who blocked a highway in Lima on Monday to protest against tuition fees, and by evening crowds had set fire to two buses.",
			"tear gas", "Protests/Protest with intervention"},
		{"tear gas before the protest turned into a riot", "Riot police fired tear gas at striking teachers outside the ministry in Lusaka on Monday as the march escalated into the burning of cars and the looting of stalls.",
			"tear gas", "Protests/Protest with intervention"},
		{"tear gas in a list of places", "Police fired tear gas at protesters in Kampala, and the capital's suburbs, on Friday as crowds burned tyres.",
			"tear gas", "Riots/Violent demonstration"},
		// A country named by its people is civilians, not its forces.
		{"fire on foreigners", "Militiamen opened fire on a bus carrying six Canadians near Juba on Sunday.",
			"opened fire on", "Violence against civilians/Attack"},
		{"a demonym before people", "A gunman shot dead three Jordanian tourists at a market in Aqaba on Friday.",
			"shot dead", "Violence against civilians/Attack"},
		// A crowd storming a building riots; protesters shot dead met excessive force.
		{"crowds storming", "Weeks of protests ended with crowds storming the prime minister's office in Dhaka on Monday.",
			"protests", "Riots/Violent demonstration"},
		{"shot dead during protests", "Soldiers shot dead at least nine people during anti-junta protests in Mandalay on Sunday.",
			"shot dead", "Protests/Excessive force against protesters"},
		// Ground taken, then the fight told in an "after" clause.
		{"ground taken back before the battle told", "Malian troops wrested back control of Boulkessi, a garrison town near the border, after a three-day battle with jihadist fighters, the army said on Sunday.",
			"battle", "Battles/Government regains territory"},
		{"ground overrun before the fighting told", "Al-Shabaab fighters have overrun the last army-held village of the Bakool region after days of fighting that killed dozens of soldiers, residents said on Tuesday.",
			"overrun", "Battles/Non-state actor overtakes territory"},
		// States and international bodies that stay away or object do not
		// protest in ACLED's sense: that is diplomacy.
		{"states boycott a session", "Canada and Australia boycotted the opening session of the summit in Minsk on Friday.",
			"boycotted", ""},
		{"citizens boycott", "Thousands of Serbs boycotted the referendum in northern Kosovo on Sunday.",
			"boycotted", "Protests/Peaceful protest"},
		// A ship held is no arrest.
		{"tanker detained", "Venezuelan marines detained a Guyanese fishing vessel near the Essequibo coast on Friday.",
			"detained", ""},
		// Suspects held over a crime are police work, not an ACLED arrest.
		{"suspects held", "Four suspects were arrested in Lusaka on Tuesday, police said.",
			"arrested", ""},
		{"held at the scene", "A 40-year-old man was detained at the scene after the stabbing in Graz, police said.",
			"detained", ""},
		{"an opposition leader held", "Police arrested an opposition leader in Lusaka on Tuesday.",
			"arrested", "Strategic developments/Arrests"},
		// Unnamed people held where the sentence tells of a protest or a
		// riot were held at it; people held over a crime or for lacking
		// papers are police work.
		{"held at a rioting crowd", "Gendarmes fired tear gas at youths who hurled rocks at them in Conakry on Monday, and about 70 people were arrested.",
			"arrested", "Riots/Violent demonstration"},
		{"held at a sit-in", "Police broke up a sit-in by teachers outside the education ministry in Harare, and 40 people were detained.",
			"detained", "Protests/Protest with intervention"},
		{"pupils held over a murder", "Four pupils were arrested over the murder of a teacher in Kisii, police said.",
			"arrested", ""},
		{"migrants rounded up", "Police in Tunis rounded up hundreds of undocumented migrants on Friday ahead of deportation flights.",
			"rounded up", ""},
		// Crowd-control means turned on a ship are a confrontation at sea; a
		// state's protest through its diplomats is no street protest.
		{"water cannon at a trawler", "Vietnamese fisheries patrol ships turned water cannon on a Chinese trawler off the Paracel Islands on Tuesday.",
			"water cannon", "Strategic developments/Other"},
		{"a formal protest", "Seoul lodged a formal protest with Tokyo over the textbook on Friday.",
			"protest", ""},
		{"summoned to protest", "Hanoi summoned Beijing's deputy chief of mission on Friday to protest what it called dangerous manoeuvres.",
			"protest", ""},
		// Agreements that end or pause violence in other words; agreements
		// to talk, readiness and one side's pause are not deals.
		{"agreed to stop firing", "Armenia and Azerbaijan agreed on Tuesday to halt all firing along their shared border.",
			"agreed", "Strategic developments/Agreement"},
		{"agreed to halt strikes", "Russia and Ukraine agreed on Tuesday to stop strikes on each other's energy facilities for 30 days.",
			"agreed", "Strategic developments/Agreement"},
		{"agreed on military cooperation", "Mali and Burkina Faso agreed on Tuesday to expand military cooperation along their border.",
			"agreed", ""},
		{"agreed to free soldiers", "Azerbaijan agreed on Monday to free 15 Armenian soldiers held since the autumn fighting.",
			"agreed", "Strategic developments/Agreement"},
		{"agreed to resume talks", "The government and the ELN agreed on Monday to resume peace talks in Havana next month.",
			"agreed", ""},
		{"ready to accept a truce", "Moldova was ready to accept a two-week truce with the separatists, its president said.",
			"ready to", ""},
		{"one side declares a pause", "Ethiopia's government declared a five-day ceasefire in Tigray on Thursday.",
			"ceasefire", ""},
		{"a truce implemented", "Armenia and Azerbaijan will exchange all detainees by the spring and fully implement a ceasefire along the frontier, the two leaders agreed in Brussels on Sunday.",
			"ceasefire", ""},
		// A poison gas decides the weapon, whatever carried it.
		{"chlorine in rockets", "Government troops fired rockets loaded with chlorine into the rebel-held suburb of Zamalka on Monday.",
			"", "Explosions/Remote violence/Chemical weapon"},
		{"shells let out a gas", "Government troops fired mortars that released a white gas over rebel trenches near Laukkai on Monday.",
			"", "Explosions/Remote violence/Chemical weapon"},
		// A fire set by drones is the strike's.
		{"drones burn a warehouse", "A swarm of drones set fire to a grain warehouse in Izmail on Tuesday.",
			"", "Explosions/Remote violence/Air/drone strike"},
		// Things taken in a raid are looted, not ground.
		{"raiders take documents", "Militiamen raided a clinic in Bossangoa and seized medicines, furniture and files on Sunday.",
			"seized", "Strategic developments/Looting/property destruction"},
		// Force on a crowd that throws stones met a riot.
		{"live rounds at rock-throwers", "Police fired live rounds at rock-throwing demonstrators in Santiago on Friday.",
			"fired", "Riots/Violent demonstration"},
		// An arrest for a crime is police work.
		// Aircraft named as the doer strike from the air.
		{"gunships fire", "Army gunships fired on Tuareg fighters near Anefis on Sunday.",
			"fired on", "Explosions/Remote violence/Air/drone strike"},
		// Sexual violence stays sexual violence whoever suffers it.
		{"protesters raped in custody", "Soldiers raped four detained protesters at a barracks in Conakry, a rights group said.",
			"raped", "Violence against civilians/Sexual violence"},
		// Force on marchers with no victim named beside the verb.
		{"live rounds on marchers", "Soldiers used live rounds on peaceful marchers in Bamako on Friday, killing three.",
			"killing", "Protests/Excessive force against protesters"},
		// A protest the police break up was intervened in.
		{"sit-in broken up", "Police broke up a sit-in by doctors outside the health ministry in Lahore on Tuesday.",
			"sit-in", "Protests/Protest with intervention"},
		// A swap between two states is a deal, though neither is an armed group.
		{"states swap prisoners", "Armenia and Azerbaijan swapped 12 prisoners on Wednesday.",
			"", "Strategic developments/Agreement"},
		// A brawl between police or troops and an unarmed crowd is a riot,
		// whoever the crowd are; herders who fight troops stay a battle.
		{"dockers clash with police", "Striking dockers clashed with riot police at the port of Durban on Monday.",
			"clashed", "Riots/Violent demonstration"},
		{"clashes between gendarmes and pupils", "Clashes erupted between gendarmes and high-school pupils in Abidjan on Tuesday.",
			"clashes", "Riots/Violent demonstration"},
		{"herders clash with soldiers", "Armed Fulani herders clashed with soldiers near Makurdi on Sunday.",
			"clashed", "Battles/Armed clash"},
		{"counter-protesters attack a march", "A crowd of football fans attacked gay rights marchers in Chisinau on Sunday, injuring nine.",
			"attacked", "Riots/Violent demonstration"},
		// Ground lost in a fight is the battle's, not a peaceful handover.
		{"pulled back as rebels overran", "Rebels overran the district capital of Gatsibo on Monday as army troops pulled back.",
			"pulled back", ""},
		{"withdrew after fighting", "Government troops withdrew from the town of Kessa after three days of heavy fighting.",
			"withdrew", ""},
	}, false)
}

// acledCase is one row of the ACLED label tables: text codes an event
// whose rule names trigger, labelled want ("type/subtype", "" when ACLED
// would not record it).
type acledCase struct {
	name, text, trigger, want string
}

// runACLEDCases checks each case in a subtest of its name. With
// noEventNoLabel a case that wants "" also passes when no event's rule
// names the trigger: no event at all carries no label either.
func runACLEDCases(t *testing.T, tests []acledCase, noEventNoLabel bool) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-11-20")
			var labels []string
			for _, ev := range x.Events {
				if !strings.Contains(ev.Rule, tt.trigger) {
					continue
				}
				got := ev.ACLEDType + "/" + ev.ACLEDSubtype
				if got == "/" {
					got = ""
				}
				if got == tt.want {
					return
				}
				labels = append(labels, ev.Rule+" → "+got)
			}
			if noEventNoLabel && tt.want == "" && len(labels) == 0 {
				return
			}
			t.Errorf("no event from %q labelled %q; got %q", tt.trigger, tt.want, labels)
		})
	}
}
