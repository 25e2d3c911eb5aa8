package code_test

import "testing"

// TestTollProbe checks the tolls read across the constructions wire copy
// uses to count the dead and the wounded, in sentences of our own from
// many regions: figures and number words, qualifiers and ranges, vague
// plurals, toll verbs and nouns, revised tolls, subsets and asides, the
// attackers' dead added to the victims', tolls told in the next sentence,
// cumulative tolls of a war that are no event's, tolls of none, and
// competing figures, of which the lowest is the toll (ACLED's rule). -1
// means no count.
func TestTollProbe(t *testing.T) {
	tests := []struct {
		name, text string
		dead, hurt int
	}{
		// Numbers as words and figures, with qualifiers.
		{"hyphenated number word", "Islamic State fighters killed twenty-three soldiers in an ambush near Palmyra on Tuesday, a monitoring group said.", 23, -1},
		{"figure with a thousands comma", "The bombardment of the port district of Mariupol on Thursday wounded 1,200 residents, the city council said.", -1, 1200},
		{"a dozen", "Bandits killed a dozen farmers in a raid on a village in Zamfara state on Saturday, police said.", 12, -1},
		{"two dozen", "Security forces shot dead two dozen demonstrators in the streets of Mandalay on Sunday, witnesses said.", 24, -1},
		{"nearly", "An airstrike on a wedding party in Hodeidah province killed nearly 40 guests, medics said.", 40, -1},
		{"more than, passive", "More than 50 people were killed when gunmen stormed a church in Owo on Sunday, officials said.", 50, -1},
		{"over, wounded", "Over 100 protesters were injured as police fired tear gas and rubber bullets in Santiago on Friday.", -1, 100},
		{"half a dozen", "An air raid on Sanaa killed half a dozen people, residents said.", 6, -1},
		{"three dozen", "Police killed three dozen protesters in Mandalay on Sunday, witnesses said.", 36, -1},
		{"no fewer than", "No fewer than 8 soldiers were killed in an ambush near Kidal, the army said.", 8, -1},
		{"an estimated", "A car bomb killed an estimated 200 people in Mogadishu, officials said.", 200, -1},
		{"up to", "Militia fighters killed up to 30 herders near the town of Djugu, according to local leaders.", 30, -1},
		{"between and", "Militants attacked an outpost near Ansongo on Monday, and between 10 and 15 soldiers died, a security source said.", 10, -1},
		{"some", "Some 300 people have been killed in clashes in El Geneina since Monday, the UN said.", 300, -1},
		{"roughly, wounded in riots", "Roughly 1,500 people were injured in riots across Dhaka on Thursday, police said.", -1, 1500},
		{"about, with an aside", "Airstrikes killed about 60 people in the Sudanese capital, including women and children, medics said.", 60, -1},
		// Vague plurals, read as ACLED reads them.
		{"dozens passive", "Dozens of civilians were killed in an airstrike on a market in the village of Pazigyi in Sagaing.", 12, -1},
		{"hundreds wounded", "Hundreds were wounded in clashes between rival factions in Tripoli on Saturday, the health ministry said.", -1, 100},
		{"several", "Several soldiers were killed when militants attacked an outpost near Ansongo on Monday.", 10, -1},
		{"many", "Sudanese army jets bombed Kadugli on Sunday, and many civilians died, residents said.", 10, -1},
		{"hundreds of people", "Fighting in the town of Shire killed hundreds of people, aid workers said.", 100, -1},
		{"scores injured", "At least seven people died and scores were injured when police opened fire on protesters in Nairobi.", 7, 12},
		// Toll verbs and nouns.
		{"left dead", "A rocket barrage on a residential block in Donetsk on Monday left 12 dead, local officials said.", 12, -1},
		{"claimed lives", "A suicide blast at a Shia mosque in Kunduz on Friday claimed 30 lives, officials said.", 30, -1},
		{"killing at least", "Gunmen opened fire on a minibus in the Kech district of Balochistan, killing at least five labourers.", 5, -1},
		{"toll rose to", "The death toll from the twin suicide bombings in central Baghdad rose to 41 on Friday, the health ministry said.", 41, -1},
		{"toll climbed from to", "Cartel gunmen attacked a bar in Celaya late on Saturday; by Sunday the toll had climbed from 6 to 19, prosecutors said.", 19, -1},
		{"bringing the total to", "Militants stormed a police academy in Lahore on Thursday, killing 11 recruits. A wounded officer died in hospital on Monday, bringing the total to 12.", 12, -1},
		{"bodies recovered active", "Rescuers recovered 12 bodies from the rubble of a market in Kharkiv hit by a Russian missile on Saturday.", 12, -1},
		{"killed and wounded with one verb each", "A grenade thrown into a crowded bus station in Bujumbura killed three people and wounded 14, police said.", 3, 14},
		{"were killed and wounded", "Three were killed and 14 wounded when a grenade exploded at a bus station in Bujumbura on Sunday.", 3, 14},
		{"wounding dozens", "A truck bomb exploded outside the governor's office in Lashkar Gah, killing nine and wounding dozens.", 9, 12},
		{"injuring", "Police fired live rounds at protesters in Conakry on Tuesday, injuring 27, an opposition coalition said.", -1, 27},
		{"killing and injuring more than", "A bomb tore through a crowded market in Peshawar on Sunday, killing 16 people and injuring more than 60.", 16, 60},
		{"left dead and wounded", "A car bomb at a bus station in Jalalabad left 19 people dead and 40 wounded, officials said.", 19, 40},
		{"clashes have left dead", "Clashes between herders and farmers in Plateau state have left 27 people dead, police said.", 27, -1},
		{"shot dead and others wounded", "Two police officers were shot dead and three others wounded in an attack on a checkpoint in Kirkuk on Monday.", 2, 3},
		{"killed and wounded passive pair", "Seventeen soldiers were killed and 22 wounded in an attack by jihadists on an army post in northern Burkina Faso, the army said.", 17, 22},
		{"died and were hurt", "Fifteen people died and at least 70 were hurt after riot police fired on protesters in Khartoum.", 15, 70},
		{"a teenager killed, others injured", "A teenager was killed and four people were injured when a gunman opened fire at a bus stop in Jerusalem.", 1, 4},
		{"victim and his son", "A landmine killed a shepherd and his son in Daraa province on Friday.", 2, -1},
		{"a count and one more person", "A suicide bomber rammed a car packed with explosives into a military convoy in Mogadishu, killing eight soldiers and a civilian.", 8 + 1, -1},
		{"count and a policeman died", "Police said eleven suspected militants and a policeman died in a shootout in the Shopian district of Kashmir.", 12, -1},
		{"shot dead one", "Unidentified gunmen shot dead a Catholic priest in the village of Kafin Koro on Sunday.", 1, -1},
		{"a journalist and his bodyguard", "Unknown gunmen killed a journalist and his bodyguard in the state of Sonora on Friday.", 2, -1},
		{"all crew", "Rebels shot down an army helicopter over Tigray, killing all nine crew members.", 9, -1},
		{"number killed rose", "The number of people killed in the riots in Durban rose to 72 on Wednesday, officials said.", 72, -1},
		{"bodies were recovered", "Twelve bodies were recovered from the rubble after a Russian missile hit a market in Kharkiv on Saturday.", 12, -1},
		{"leaving wounded", "Police fired on protesters in Lagos on Tuesday, leaving eight wounded.", -1, 8},
		{"were left injured", "Soldiers opened fire on a crowd of mourners in Sagaing on Friday, and at least 31 were left injured.", -1, 31},
		{"killing one and wounding", "A Russian drone hit a bus in Kherson, killing one and wounding 12, the governor said.", 1, 12},
		{"more beside a running total", "Israeli jets struck a house in Rafah overnight, killing two more people and bringing the death toll from the week of strikes to 14.", 2, -1},
		{"toll stands at dead and wounded", "The toll from Sunday's church bombing in Jolo stands at 20 dead and 102 wounded, the army said.", 20, 102},
		// Subsets and asides are no tolls of their own.
		{"including five children", "Shelling of a camp for displaced people near El Fasher killed 18 civilians, including five children, aid workers said.", 18, -1},
		{"among them two soldiers", "Eight people, among them two soldiers, were wounded when a mine exploded near Kramatorsk on Monday.", -1, 8},
		{"most of them civilians", "Air raids on Nyala killed 40 people, most of them civilians, activists said.", 40, -1},
		{"among them count at the end", "An explosion at a Sufi shrine in Sehwan killed 88 worshippers, among them 20 children.", 88, -1},
		{"including two teenagers", "Five Palestinians, including two teenagers, were killed by Israeli fire in Jenin on Wednesday, the health ministry said.", 5, -1},
		{"three of them seriously", "A bomb hidden in a bag exploded at a bus stop in Kampala, wounding nine people, three of them seriously.", -1, 9},
		{"one of whom", "An ambush by suspected jihadists near the border with Mali killed 11 gendarmes, one of whom was a commander.", 11, -1},
		// The attackers' dead are dead of the event too.
		{"attackers also died", "Insurgents killed 10 soldiers in an attack on a base in Tillaberi; three attackers also died.", 13, -1},
		{"on both sides", "Clashes in the Sool region killed at least 20 fighters on both sides, elders said.", 20, -1},
		{"wounded who later died", "Militants killed 14 soldiers in an attack on a base in Tillaberi; two of the wounded later died in hospital.", 16, -1},
		{"a total of", "Jihadists attacked a convoy near Fada N'Gourma, and a total of 17 soldiers were wounded.", -1, 17},
		{"mostly aside", "At least 12 people, mostly women, were killed when soldiers fired on a market in Tanout.", 12, -1},
		{"n of them after a comma at the end", "A bomb went off at a rally in Bajaur, killing eight people, four of them police officers.", 8, -1},
		{"wounded some of his guards", "Unidentified gunmen shot dead a tribal elder in Waziristan and wounded three of his guards, one critically.", 1, 3},
		// A toll told in the sentence after the attack.
		{"in all next sentence", "Gunmen stormed a hotel in Mogadishu on Friday. In all, 43 people were killed, officials said.", 43, -1},
		{"passive toll next sentence", "Gunmen attacked a mosque in the village of Kadji in Niger during Friday prayers. Twenty-nine worshippers were killed, the interior ministry said.", 29, -1},
		{"wounded next sentence", "Militants ambushed a police patrol in Dera Ismail Khan on Monday. Six officers were wounded.", -1, 6},
		{"the blast killed next sentence", "Militants bombed a police station in Quetta on Friday. The blast killed four and injured 11.", 4, 11},
		{"a further three next sentence", "Gunmen raided a bus station in Kaduna on Sunday, killing six. A further three died in hospital overnight.", 9, -1},
		{"the dead included next sentence", "Militants attacked a checkpoint in North Waziristan on Monday, killing seven soldiers. The dead included a captain, the army said.", 7, -1},
		{"toll climbed next sentence", "Russian forces shelled a market in Kremenchuk on Monday. The death toll has since climbed to 20, emergency services said.", 20, -1},
		// Cumulative tolls are not the event's.
		{"number killed since January", "An airstrike killed five people in Idlib on Monday, bringing the number killed in the province since January to 300.", 5, -1},
		{"war dead next sentence", "Gunmen killed four villagers in Benue state on Tuesday. More than 40,000 people have died in the conflict since 2009.", 4, -1},
		{"war dead after a semicolon", "A drone strike killed two fighters near Marib on Sunday; the war has killed more than 150,000 people.", 2, -1},
		{"raising the toll of days of fighting", "Troops shelled the town of Kadugli, killing 7 people and raising the toll from two days of fighting to 31.", 7, -1},
		{"number killed this year", "Fighting between rival clans near Las Anod killed 45 people on Friday, bringing the number killed this year to more than 300.", 45, -1},
		// Tolls of none.
		{"caused no casualties", "A roadside bomb hit an army truck in Paktia on Monday but caused no casualties.", 0, 0},
		{"no one was hurt", "Gunmen fired mortars at the presidential palace in Mogadishu, but no one was hurt, police said.", 0, 0},
		{"nobody injured", "Rebels fired rockets at the airport in Goma overnight; nobody was injured.", 0, 0},
		{"no fatalities", "Arsonists set fire to a mosque in Kano on Friday, but there were no fatalities, police said.", 0, -1},
		{"no one was killed first", "No one was killed when a rocket struck an empty school in Sderot, the army said.", 0, -1},
		// Competing figures: the lowest is the toll.
		{"residents put the toll at", "Troops killed 35 insurgents in Borno, the army said, while residents put the toll at 12.", 12, -1},
		{"put the figure at", "Russian shelling killed 60 people in Bakhmut, Ukrainian officials said; Russian officials put the figure at 11.", 11, -1},
		{"rival figure in a second clause", "Rebels ambushed a convoy near Beni on Monday; the army said four soldiers died while the rebels claimed 30.", 4, -1},
		{"claimed to have killed", "Militants killed 12 soldiers in an ambush near Bannu, the army said; the militants claimed to have killed 40.", 12, -1},
		{"killing and wounding, a denial", "Houthi rebels fired a ballistic missile at Marib, killing 15 and wounding 33, the government said.", 15, 33},
	}
	pass := 0
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-06-10")
			dead, hurt := firstToll(x)
			if dead != tt.dead || hurt != tt.hurt {
				t.Errorf("dead %d, wounded %d; want %d, %d", dead, hurt, tt.dead, tt.hurt)
				return
			}
			pass++
		})
	}
	t.Logf("toll probe: %d/%d pass", pass, len(tests))
}
