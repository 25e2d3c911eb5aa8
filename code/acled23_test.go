package code_test

import "testing"

// ACLED labels for constructions common to several batches of wire copy
// written by others, in sentences of our own.
func TestACLED23(t *testing.T) {
	runACLEDCases(t, []acledCase{
		// A burning told without a doer, and with no crowd or protest in
		// the sentence, is property destruction, not a mob's violence.
		{"shops had been torched", "Several shops near the mosque in Bawku had been torched, residents said.",
			"", "Strategic developments/Looting/property destruction"},
		{"clinic set on fire", "A clinic in the village of Mabanda was set on fire on Tuesday night.",
			"", "Strategic developments/Looting/property destruction"},
		{"homes burnt to the ground", "Dozens of homes in Kutupalong were burnt to the ground overnight, the district chief said.",
			"", "Strategic developments/Looting/property destruction"},
		{"torched during rioting", "Several shops in Jos were torched during the rioting on Sunday.",
			"", "Riots/Mob violence"},
		// Property burned by a crowd named as the doer is mob violence,
		// whatever else the sentence tells.
		{"mob burned stalls", "A mob burned more than fifty market stalls in the town of Tamale overnight, police said.",
			"", "Riots/Mob violence"},
		{"arsonists set fire", "Arsonists set fire to more than forty market stalls in Kumasi overnight.",
			"", "Riots/Mob violence"},
		{"mobs torched after a settler died", "Mobs torched dozens of shops in Rangamati after a settler was stabbed to death.",
			"torched", "Riots/Mob violence"},
		// Force used on a crowd the sentence shows throwing things or
		// setting them alight met a riot, not a protest.
		{"tear gas at crowds who stoned cars", "Police in Blantyre fired tear gas at crowds who stoned cars and set a minibus alight on Friday.",
			"tear gas", "Riots/Violent demonstration"},
		{"pepper spray where fireworks hurled", "Riot police used pepper spray on opposition supporters in Tirana overnight, after they hurled fireworks and bottles at the prime minister's office.",
			"pepper", "Riots/Violent demonstration"},
		{"tear gas at marchers, no violence", "Police in Blantyre fired tear gas at marchers who sang outside the electoral commission on Friday.",
			"tear gas", "Protests/Protest with intervention"},
		// An arrest ordered is not yet made; one made is recorded.
		{"prosecutor ordered the arrest", "Kenya's chief prosecutor on Monday ordered the arrest of opposition leader Peter Omondi.",
			"ordered the arrest", ""},
		{"judge ordered the arrest", "A judge in Niamey ordered the arrest of three army officers accused of plotting a coup.",
			"ordered the arrest", ""},
		{"police arrested the leader", "Police arrested opposition leader Peter Omondi at his home in Kisumu on Monday.",
			"arrested", "Strategic developments/Arrests"},
		// An attack on a checkpoint, a patrol or an army post is a
		// battle with the force holding it, whoever the dead are called.
		{"killed people in an attack on a checkpoint", "Insurgents killed eleven people, most of them militiamen, in an attack on a checkpoint near Mopti on Friday.",
			"", "Battles/Armed clash"},
		{"ambushed a vigilante patrol", "Gunmen ambushed a vigilante patrol near Zurmi on Tuesday, killing 20 people.",
			"", "Battles/Armed clash"},
		{"attacked a wedding party", "Gunmen attacked a wedding party near Zurmi on Tuesday, killing 20 people.",
			"", "Violence against civilians/Attack"},
		// Ground taken by a group the words name as non-state is
		// overtaken, whatever force the coder made the doer; the
		// state's militia allies do not make it so.
		{"resistance forces had captured", "Army units returned to the town of Hpapun on Friday, three weeks after resistance forces led by the Karenni National Council had captured its police headquarters.",
			"captured", "Battles/Non-state actor overtakes territory"},
		{"separatist militiamen seized", "Separatist militiamen of the Southern Guard forces seized the central bank and two army camps in Mukalla on Sunday after days of fighting.",
			"seized", "Battles/Non-state actor overtakes territory"},
		{"troops backed by militias recaptured", "Burmese troops backed by local militias recaptured the town of Kyaukme on Monday.",
			"recaptured", "Battles/Government regains territory"},
		// Staying away from a vote or a session is no street protest;
		// staying away from classes is a strike.
		{"lawmakers boycotted the session", "Most Tamil and Muslim deputies boycotted the session that elected the speaker in Colombo.",
			"boycott", ""},
		{"party boycotted the vote", "The main Albanian party boycotted the vote on the new constitution in Skopje.",
			"boycott", ""},
		{"students boycotted classes", "Students at the University of Lagos boycotted classes on Monday over the fee increase.",
			"boycott", "Protests/Peaceful protest"},
		// Agreeing to enter a peace process agrees to talk, no deal ACLED
		// records; agreeing a truce is one.
		{"agreed to enter a peace process", "Manila said the communist rebels had agreed to enter a peace process that Norway would host.",
			"agreed", ""},
		{"agreed to facilitate a peace process", "Switzerland said on Monday it had agreed to facilitate a peace process between Bogota and the guerrillas.",
			"agreed", ""},
		{"agreed to a truce", "The Colombian government and the guerrillas agreed to a three-month truce on Monday.",
			"", "Strategic developments/Agreement"},
		// Forces that move into an airbase set it up as theirs.
		{"moved into an airbase", "Personnel of Turkey's special forces have moved into Airbase 12, next to Tripoli's airport.",
			"moved into", "Strategic developments/Headquarters or base established"},
		{"moved into the naval base", "Chinese military personnel have moved into the naval base at Ream.",
			"moved into", "Strategic developments/Headquarters or base established"},
		// A strike told beside others' rioting is a strike; strikers
		// who riot in their own clause riot.
		{"looting after police walkout", "Looters ransacked shops across Honiara on Tuesday after police officers walked off the job over unpaid wages.",
			"walked off the job", "Protests/Peaceful protest"},
		{"burning after nurses strike", "Crowds burned cars in Lilongwe as nurses went on strike over their pay.",
			"strike", "Protests/Peaceful protest"},
		{"strikers burned tyres", "Striking dockers burned tyres and stoned police vans in Mombasa on Monday.",
			"burned tyres", "Riots/Violent demonstration"},
		// Arrests told with the breaking up of a gathering, or made as
		// people tried to protest, are the intervention in the protest.
		{"detained the leader and broke up", "Police in Kampala detained Robert Kyagulanyi, the singer whose campaign has drawn large crowds, and broke up a gathering of his supporters outside his home.",
			"detained", "Protests/Protest with intervention"},
		{"detained the organiser and broke up", "Police in Almaty detained the poet Aigerim Tazhi, who had called the rally, and broke up the gathering on Republic Square.",
			"detained", "Protests/Protest with intervention"},
		{"arrested as they tried to stage a march", "Police in Lusaka arrested the singer Pilato and nine others as they tried to stage a march against the new cyber law.",
			"arrested", "Protests/Protest with intervention"},
		{"court jailed, police broke up crowds", "A court ordered the governor jailed pending trial on Monday, and police used tear gas to break up crowds outside the courthouse.",
			"ordered the governor jailed", "Strategic developments/Arrests"},
	}, false)
}
