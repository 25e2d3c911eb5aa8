package code_test

import "testing"

// ACLED labels of round 28, in sentences of our own.
func TestACLED28(t *testing.T) {
	runACLEDCases(t, []acledCase{
		// People the police or troops shoot at a gathering are
		// protesters met with excessive force: a vigil, a crowd told as
		// gathered, or a street protest told just before.
		{"fire on a vigil", "Riot police opened fire on a candlelight vigil in the Tembisa township of Ekurhuleni on Sunday night, killing two teenagers, residents said.",
			"opened fire", "Protests/Excessive force against protesters"},
		{"fire on people who gathered", "Soldiers shot dead four villagers who had gathered outside the district office in Kolda on Friday, a local official said.",
			"shot dead", "Protests/Excessive force against protesters"},
		{"shot after a march", "Hundreds of students marched on the education ministry in Lilongwe on Monday to demand lower fees. A 17-year-old was shot dead by police near the university gate, his family said.",
			"shot dead", "Protests/Excessive force against protesters"},
		{"killed two sentences after a rally", "Thousands of traders rallied in the centre of Mwanza on Tuesday against a new market levy. The governor refused to meet them. Police shot dead three men in the Igoma district that evening, a hospital official said.",
			"shot dead", "Protests/Excessive force against protesters"},
		// A protest told as turned violent is a riot; a shooting set
		// apart, or with no gathering told, stays an attack on civilians.
		{"shot after a protest turned violent", "Protests over bread prices turned violent in Blantyre on Monday. Soldiers shot dead two men in the Ndirande township, rights groups said.",
			"shot dead", "Violence against civilians/Attack"},
		{"shot elsewhere", "Hundreds of nurses marched through Kisumu on Monday over unpaid wages. Elsewhere, police shot dead two men at a roadblock in Kakamega, a witness said.",
			"shot dead", "Violence against civilians/Attack"},
		{"shot with no gathering", "Police shot dead two men at a checkpoint outside Kolda on Friday, a local official said.",
			"shot dead", "Violence against civilians/Attack"},
		// People held on a charge or a suspicion of an ordinary crime
		// are held for a crime: no ACLED label. An opponent held on
		// such a charge is still an arrest.
		{"held on suspicion of robbery", "Police in Tamale detained six men on Tuesday on suspicion of robbery, a regional spokesman said.",
			"detained", ""},
		{"held, accused of poaching", "Coast guards arrested 14 foreign fishermen off the Kei islands on Friday, accusing them of poaching in national waters.",
			"arrested", ""},
		{"held, charged with theft", "Police in Jinja arrested two brothers on Monday and charged them with theft of livestock, a police statement said.",
			"arrested", ""},
		{"opponent held on a fraud charge", "Police in Lusaka arrested the opposition leader Chanda Mwale on Monday, accusing him of fraud, his party said.",
			"arrested", "Strategic developments/Arrests"},
		// People a territory verb takes, as its passive subject or the
		// noun it qualifies, are abducted; ground so taken stays
		// territory.
		{"official seized, passive with appositive", "Oleh Marchuk, the deputy governor of the occupied region, was seized by Russian soldiers on Friday as he left his office, officials said.",
			"seized", "Violence against civilians/Abduction/forced disappearance"},
		{"nurses captured, passive", "Two nurses were captured by rebels near the clinic in Beni on Sunday, the health ministry said.",
			"captured", "Violence against civilians/Abduction/forced disappearance"},
		{"policemen seized, reduced relative", "The guerrillas said on Monday they were holding three policemen seized last week in Cauca department.",
			"seized", "Violence against civilians/Abduction/forced disappearance"},
		{"soldiers captured and killed", "The army said soldiers captured and killed two militants near Kidal on Friday.",
			"captured", "Battles/Armed clash"},
		{"town captured, passive", "The town of Kalemie was captured by rebels on Friday after two days of fighting.",
			"captured", "Battles/Non-state actor overtakes territory"},
		// Sides that fought each other with heavy weapons fought a
		// battle; one side's fire stays shelling.
		{"fought with mortars", "Soldiers of the two neighbours fought with mortars and machine guns along their disputed border near Vorukh on Tuesday, leaving nine dead.",
			"fought", "Battles/Armed clash"},
		{"clashed with heavy weapons", "Rival militias clashed with heavy weapons in the coastal city of Gharyan on Sunday, killing four civilians, the local hospital said.",
			"clashed with", "Battles/Armed clash"},
		{"shelled a town", "Rebels shelled the town of Kadugli with mortars on Monday, killing three people.",
			"shelled", "Explosions/Remote violence/Shelling/artillery/missile attack"},
	}, false)
}
