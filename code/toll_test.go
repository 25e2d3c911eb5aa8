package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// firstToll returns the first count of dead and of wounded among the events
// of an extraction, -1 when no event carries one.
func firstToll(x *truce.Extraction) (dead, hurt int) {
	dead, hurt = -1, -1
	for _, ev := range x.Events {
		if dead < 0 && ev.Fatalities != nil {
			dead = ev.Fatalities.Min
		}
		if hurt < 0 && ev.Injuries != nil {
			hurt = ev.Injuries.Min
		}
	}
	return dead, hurt
}

// Casualty tolls, in sentences of our own: what ACLED would record as the
// dead and the wounded of the event, -1 for no count.
func TestTolls(t *testing.T) {
	tests := []struct {
		name, text string
		dead, hurt int
	}{
		{"a revised toll in a later sentence", "A suicide bomber killed 12 people at a market in Mogadishu on Friday, police said. The death toll rose to 31 on Saturday, hospital officials said.", 31, -1},
		{"a count and a victim before a death word", "Soldiers clashed with guerrillas in Negros Occidental on Wednesday, leaving four rebels and a soldier dead, the army said.", 5, -1},
		{"beaten to death", "Two men were beaten to death by the mob in the town of Taxco on Thursday.", 2, -1},
		{"beat to death a victim", "A mob beat to death a woman in the town of Taxco on Thursday.", 1, -1},
		{"sentenced to death is no toll", "A military court in Kinshasa sentenced three soldiers to death on Monday over the massacre.", -1, -1},
		{"the attackers are not the toll", "Two of its members detonated explosive belts among mourners in Kerman, an attack that killed 95 people.", 95, -1},
		// Counts as ACLED reads them.
		{"figure", "Gunmen killed 14 villagers in an attack near Gao on Friday.", 14, -1},
		{"number words", "An airstrike on a market in Idlib killed twenty-three people on Monday.", 23, -1},
		{"at least", "A car bomb killed at least 9 people outside a police station in Mogadishu.", 9, -1},
		{"range lower bound", "Russian shelling of Kharkiv killed between 6 and 8 civilians on Sunday.", 6, -1},
		{"dozens", "Clashes between rival militias in Tripoli have killed dozens.", 12, -1},
		{"hundreds wounded", "A suicide bombing at a rally in Peshawar killed 30 people and wounded hundreds.", 30, 100},
		// Conjoined counts are summed.
		{"two groups killed", "A suicide bomber struck a checkpoint near Bannu, killing 11 soldiers and 4 police officers.", 15, -1},
		{"two groups left dead", "Troops clashed with militants in Tirah on Monday, leaving five soldiers and seven militants dead.", 12, -1},
		{"two groups wounded", "Militants threw a grenade at a bus stop in Anantnag, wounding two officers and six passers-by.", -1, 8},
		{"a count and one more", "A drone struck a house in Khost, killing six children and a woman.", 7, -1},
		{"a list", "Gunmen opened fire on a bus near Kidal, killing three soldiers, two police officers and a child.", 6, -1},
		{"possessive conjunct", "An airstrike hit a house in Deir al-Balah, killing a woman and her two sons.", 3, -1},
		{"a subset is not added", "An airstrike on a school in Gaza City killed 12 people, 5 of them children.", 12, -1},
		{"wounded of another clause", "Gunmen attacked a market in Maiduguri, killing 7 people, and 20 others were wounded.", 7, 20},
		{"attackers killed too", "Gunmen stormed a checkpoint in Zhob, killing 5 soldiers; 3 attackers were also killed.", 8, -1},
		// One victim with no figure.
		{"a singular victim", "A police drone killed a senior rebel commander near Beni on Tuesday.", 1, -1},
		{"one victim with an", "A roadside bomb went off near Marawi on Sunday, killing an elderly fisherman.", 1, -1},
		{"one victim is no count without a verb of killing", "Militants raided an outpost near Dori, a sergeant said, and burned two trucks.", -1, -1},
		{"named official", "Somali President Hassan Ali was assassinated at his home in Baidoa on Friday.", 1, -1},
		{"one of its", "The army said one of its soldiers had been killed by sniper fire in Jenin.", 1, -1},
		// Other words for the dead and the wounded.
		{"lynched", "A mob in Bauchi lynched two men accused of theft on Sunday.", 2, -1},
		{"bodies found among a toll", "The death toll from the bombing of a bus station in Kano rose to 35, rescuers said, adding that 20 bodies had been identified.", 35, -1},
		{"bodies", "Rebels attacked a village near Beni, and residents found 17 bodies the next morning.", 17, -1},
		{"death toll rose", "Troops opened fire on protesters in Conakry on Friday, bringing the death toll to 9.", 9, -1},
		{"toll put at", "Militants ambushed a convoy near Dera Ismail Khan, but officials put the toll at four wounded.", -1, 4},
		{"breathing problems", "Rebels shelled army positions near Aleppo with chlorine, and six soldiers suffered breathing problems.", -1, 6},
		// No toll.
		{"killed time", "Soldiers killed time at the checkpoint on Route 9 while talks went on.", -1, -1},
		{"age", "A 5-year-old boy was among those rescued after the airstrike in Rafah, medics said.", -1, -1},
		// (The ambush of a convoy is an attack; "no one was hurt" is its
		// toll, and the route's number none.)
		{"route number", "Rebels ambushed a convoy on Route 9 near Beni; no one was hurt.", 0, 0},
		{"date", "On 5 May, rebels shelled the town of Kalehe.", -1, -1},
		{"percentage", "The shelling destroyed 40 percent of the homes in Bakhmut.", -1, -1},
		{"one of the", "It was one of the deadliest attacks on the town since the war began.", -1, -1},
		{"nobody hurt", "Two rockets were fired at the base near Erbil, but only one exploded and nobody was hurt.", -1, -1},
		{"age after aged", "Rebels shot dead a farmer aged 60 near Beni on Monday.", 1, -1},
		{"resolution number", "Israel struck targets in Lebanon in breach of Resolution 1701, killing 4 people.", 4, -1},
		{"time of day", "A Ukrainian drone attack on Kursk at 3 am wounded 2 people, officials said.", -1, 2},
		{"time after a passive", "Two soldiers were killed a day after the truce in Kalehe, the army said.", 2, -1},
		{"count of another verb", "Gunmen attacked two villages near Djibo and killed 30 people.", 30, -1},
		// Groups summed, asides and subsets not.
		{"members of a unit and their driver", "Six members of a border police patrol and their local guide were killed on Friday when rebels set off a roadside bomb near Kidal.", 7, -1},
		{"a passer-by", "A grenade exploded outside a bank in Medellin on Monday, wounding two guards and a passer-by, police said.", -1, 3},
		{"including aside", "At least 21 people, including four children, were killed when jets bombed a market in Tawila on Sunday, medics said.", 21, -1},
		{"among them aside", "Nine soldiers, among them a captain, were killed when insurgents attacked an army base near Mopti.", 9, -1},
		{"towns are not counted", "Protesters clashed with police in several towns, leaving three people dead, officials said.", 3, -1},
		{"drones are not counted", "Two drones struck a fuel depot in Belgorod on Sunday, killing four workers.", 4, -1},
		// Killings told by a verb around the victim.
		{"beat a pronoun to death", "A mob seized a man at a bus station in Kano, beat him to death and burned his body, police said.", 1, -1},
		{"beat a count to death", "Villagers beat two men to death in the town of Bunia on Sunday, police said.", 2, -1},
		{"burned alive", "A crowd in Jacmel burned alive three suspected kidnappers on Tuesday, police said.", 3, -1},
		{"one victim of a passive when-clause", "A local judge was killed on Monday when a bomb fixed under his car exploded in the city of Quetta, police said.", 1, -1},
		{"along with one named", "The rebel commander was killed along with his deputy in an army airstrike near Beni on Monday.", 2, -1},
		{"along with a figure", "A tribal elder was killed along with four others when gunmen opened fire on worshippers at a mosque in Khost, police said.", 5, -1},
		{"along with a vague plural", "A tribal elder was killed along with several others when a bomb exploded at a mosque in Khost.", 1, -1},
		// Tolls in a later sentence or a long subject.
		{"a toll in the next sentence", "Rebels and soldiers fought for hours around the town of Kalehe on Tuesday. A local official said at least 14 fighters had died.", 14, -1},
		{"wounded added in the next sentence", "A mob in Taxco beat a man to death on Friday. Two other men were injured before police arrived.", 1, 2},
		{"bodies in the next sentence", "Troops and rebels exchanged fire for hours near the town of Kidal on Monday. Medics said the bodies of eight fighters had been brought to the hospital.", 8, -1},
		{"toll from the attack rose", "The toll from Friday's suicide bombing at a crowded market in the northern town of Bannu rose to 37 on Saturday, officials said.", 37, -1},
		{"revised toll replaces", "A suicide bomber killed 12 people at a market in Gao. The toll later rose to 15, officials said.", 15, -1},
		{"a retold toll is not added", "A car bomb killed 9 people outside a hotel in Mogadishu on Sunday. The 9 dead included two police officers, police said.", 9, -1},
		{"subset in a later sentence", "Gunmen killed 20 villagers in an attack near Djibo on Friday. Seven of them were children, a resident said.", 20, -1},
		{"among the dead in a later sentence", "An airstrike killed 11 people in Idlib on Monday. Two medics were among the dead, rescuers said.", 11, -1},
		{"competing claim keeps the toll", "An airstrike killed 11 people in Idlib on Monday, medics said. The army said 4 fighters had died.", 11, -1},
		{"number of dead put at", "Soldiers stormed a protest camp in Khartoum on Monday, and the health ministry put the number of dead at 46.", 46, -1},
		// Wounds told by what was lost or where the wounded went.
		{"a third lost a leg", "Two shepherds were killed and a third lost a leg on Sunday when a landmine exploded near Marib.", 2, 1},
		{"another lost both legs", "Three soldiers were killed and another lost both legs when rebels set off a roadside bomb near Kidal on Monday.", 3, 1},
		{"one of whom lost a leg is a subset", "Six soldiers were wounded, one of whom lost an arm, when a mine exploded under their truck near Kidal on Friday.", -1, 6},
		{"taken to hospital", "Riot police fired tear gas at protesters outside parliament in Nairobi on Tuesday, and 45 people were taken to hospital.", -1, 45},
		{"needed treatment", "Militants shelled army trenches near Kupiansk with chlorine, and more than 30 soldiers needed treatment, officials said.", -1, 30},
		{"lost ground is no wound", "Rebels shelled army positions near Goma on Monday as the army lost ground to the militia.", -1, -1},
		// Deaths told with a victim or a verb of dying.
		{"an adverb in the victim", "A mob in Kano beat to death a mentally ill man accused of theft on Sunday, police said.", 1, -1},
		{"choked to death", "Villagers said dozens of people had choked to death after a gas shell hit a school in the town, in an attack blamed on army helicopters.", 12, -1},
		{"two named dead", "An Israeli airstrike on a flat in Beirut killed Hamas deputy leader Saleh al-Arouri and Hassan Nasrallah on Tuesday, officials said.", 2, -1},
		{"one named dead", "An Israeli airstrike on a flat in Beirut killed Hamas deputy leader Saleh al-Arouri on Tuesday, officials said.", 1, -1},
		{"protests that left dead", "The president scrapped the fuel tax on Sunday, the trigger for two weeks of protests that left nine people dead.", 9, -1},
		// Those who killed, old figures and asides (round four).
		{"the count of the killers", "About 40 armed men killed a village chief near Djibo on Sunday, officials said.", 1, -1},
		{"the count of those who wounded", "Three gunmen wounded two soldiers in an ambush near Kupiansk on Monday, the army said.", -1, 2},
		{"an earlier toll is replaced", "Fifteen soldiers were killed in an ambush near Mopti on Friday, the army said, raising an earlier toll of four.", 15, -1},
		{"a toll rose from one figure to another", "Rebels shelled a market in Kalehe on Monday, and the toll rose from 6 to 19 on Tuesday, medics said.", 19, -1},
		{"up from an old figure", "Rebels shelled a market in Kalehe on Monday, and by Tuesday the death toll stood at 19, up from 6, medics said.", 19, -1},
		{"a conjunct with a participle", "Militants ambushed a convoy near Kidal on Monday, killing a driver and an army officer being escorted to Gao.", 2, -1},
		{"an army general", "A drone struck a car near Khartoum on Sunday, killing a pilot and an army general.", 2, -1},
		{"one victim with an aside dies later", "Rebels shelled Kalehe on Monday, wounding four soldiers. A farmer, who was hit by shrapnel, died later in hospital.", 1, 4},
		{"one wounded in a perfect passive", "Protesters threw stones at riot police in Nairobi on Tuesday, and the ministry said a police officer had been badly injured.", -1, 1},
		{"an aside in a toll of the next sentence", "Rebels seized the town of Kalehe on Monday. At least nine civilians, including a nurse, were killed in the fighting, residents said.", 9, -1},
		{"taken to hospital is no seizure", "Police fired rubber bullets at protesters in Dakar on Friday, and 30 people were taken to hospital.", -1, 30},
		{"others after a named victim", "Gunmen shot dead Ana Ruiz, the mayor of the town, and three other people at a market in Celaya on Sunday, police said.", 4, -1},
		{"others with a verb of their own", "A reporter was killed and four other journalists were wounded when a shell hit their car near Kherson on Friday.", 1, 4},
		{"a count of attackers is no toll", "Some 200 fighters stormed the town of Kalehe on Monday, residents said.", -1, -1},
		// No toll.
		{"killed time in a later sentence", "Rebels shelled the town of Kalehe on Monday. Soldiers killed time at the checkpoint while talks went on.", -1, -1},
		{"one of the in a later sentence", "Rebels shelled the town of Kalehe on Monday. It was one of the worst attacks this year.", -1, -1},
		{"no one was killed", "A rocket hit the base near Erbil on Monday, but no one was killed, officials said.", 0, -1},
		// A subset set off by commas is an aside, not the toll.
		{"n of them aside", "Five farmers, two of them brothers, were hacked to death by gunmen near the village of Bokkos on Tuesday, police said.", 5, -1},
		{"many of them aside", "Thirty people, many of them children, died when an airstrike hit a market in Dolo on Sunday, officials said.", 30, -1},
		// Tolls of none, and figures that replace them.
		{"no casualties", "Militants fired mortars at a police post in Bannu overnight; there were no casualties, officials said.", 0, 0},
		{"no deaths in the next sentence", "A mob torched shops in the market of Jos on Monday. No deaths were reported.", 0, -1},
		{"no immediate reports of injuries", "A Ukrainian drone struck an oil depot in Bryansk on Sunday, with no immediate reports of injuries.", -1, 0},
		{"no serious injuries is no zero", "A Ukrainian drone struck an oil depot in Bryansk on Sunday, causing no serious injuries.", -1, -1},
		{"a figure replaces none", "A rocket hit an army base near Kirkuk on Monday, and no one was hurt at first. Officials later said two soldiers had died of wounds.", 2, 0},
		{"a figure before none stays", "A roadside bomb killed three soldiers near Kidal; no one else was hurt, the army said.", 3, 0},
		{"none claimed responsibility is no toll", "Gunmen attacked a checkpoint in Zhob on Monday, and no one claimed responsibility.", -1, -1},
		{"none of another blast", "Rebels shelled an army post near Beni on Monday. Residents said a loud blast was heard in the town later, but that no one had been hurt.", -1, -1},
		// A count describing the victims is not their number.
		{"a count in a phrase after the wounded", "Four soldiers from two units were wounded when a mine exploded near Kidal on Friday, the army said.", -1, 4},
		{"a count in a phrase after the dead", "A cameraman was killed and three other reporters from two channels were hurt when a shell hit their car near Kherson.", 1, 3},
		{"percentage after a passive", "Shelling destroyed a school in Kherson on Sunday; 30 percent of the town was left without power.", -1, -1},
		// The dead a find turns up.
		{"bodies in a grave found", "Iraqi investigators said they had uncovered a mass grave holding at least 25 bodies near the town of Sinjar.", 25, -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-06-10")
			dead, hurt := firstToll(x)
			if dead != tt.dead || hurt != tt.hurt {
				t.Errorf("dead %d, wounded %d; want %d, %d", dead, hurt, tt.dead, tt.hurt)
			}
		})
	}
}

// Who gives the one toll of an event reports the event, when the text
// names no other reporter; in sentences of our own.
func TestTollGiverReports(t *testing.T) {
	tests := []struct{ name, text, by string }{
		{"a toll given in a relative clause", "Rebels raided army posts along the border late on Saturday, setting off exchanges of fire that the Pakistani army said killed 23 of its soldiers.", "PAKMIL"},
		{"a reporter named after the toll stays", "An airstrike hit a market in Idlib on Monday, killing 11 people, rescuers said.", "SYRCVL"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-06-10")
			for _, ev := range x.Events {
				if ev.Fatalities == nil {
					continue
				}
				got := ""
				if ev.ReportedBy != nil {
					got = ev.ReportedBy.ID
				}
				if got != tt.by {
					t.Errorf("reported_by = %q, want %q", got, tt.by)
				}
				return
			}
			t.Fatalf("no event with a toll in %q", tt.text)
		})
	}
}

// An attack that names no target takes the victims its toll counts; in
// sentences of our own.
func TestTollVictims(t *testing.T) {
	tests := []struct{ name, text, target string }{
		{"n of them points back", "Armed men stopped a bus near Kidal on Sunday, made the travellers get off and shot dead at least 11 of them, officials said.", "MLI"},
		{"the soldiers a convoy carried", "A suicide bomber in a pickup truck rammed into a convoy of Malian soldiers near Gao on Monday, killing five of them, the army said.", "MLIMIL"},
		{"men stoned to death, an aside between", "Three men, two of them brothers, were stoned to death by a mob of villagers in the Kisii county of Kenya late on Friday, police said.", "KENCVL"},
		{"one man beaten to death", "Pupils at a secondary school in Nairobi beat to death a mentally disturbed man they accused of theft, police said on Monday.", "KENCVL"},
		{"people killed when a bomber struck", "At least 19 people were killed and dozens hurt when a suicide bomber blew himself up and gunmen fired on shoppers at a market in Mogadishu on Saturday, police said.", "SOMCVL"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-06-10")
			for _, ev := range x.Events {
				if ev.Fatalities == nil {
					continue
				}
				if !hasActor(ev.Target, tt.target) {
					t.Errorf("target %v, want %s", ev.Target, tt.target)
				}
				return
			}
			t.Fatalf("no event with a toll in %q", tt.text)
		})
	}
}

// A toll told in a later sentence goes to the attack in the country where
// it says the victims died, not to the latest attack; in sentences of our
// own.
func TestTollFindsItsAttack(t *testing.T) {
	tests := []struct {
		name, text, attacker string
		dead                 int
	}{
		{"a toll placed by its town", "Indian jets bombed what New Delhi called militant camps in Pakistan's Punjab province on Wednesday, a day after Pakistani shelling hit a village in India's Kashmir, killing three farmers. Pakistani officials said 11 people were killed near the town of Bahawalpur.", "IND", 11},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-06-10")
			for _, ev := range x.Events {
				if !hasActor(ev.Source, tt.attacker) {
					continue
				}
				if ev.Fatalities == nil || ev.Fatalities.Min != tt.dead {
					t.Errorf("toll %v of the attack by %s, want %d dead", ev.Fatalities, tt.attacker, tt.dead)
				}
				return
			}
			t.Errorf("no attack by %s", tt.attacker)
		})
	}
}
