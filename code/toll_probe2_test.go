package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// TestTollProbe2 checks the toll of the main event in short wire-style
// stories of our own, one to three sentences from many countries: tolls
// told in a later sentence, running totals, toll verbs and nouns, subsets
// that add nothing, killed and wounded together, sums of two groups of
// dead, the attackers' dead, number words and qualifiers read as ACLED
// reads them, competing claims, two events in one story, and tolls of
// none. -1 means no count.
func TestTollProbe2(t *testing.T) {
	tests := []struct {
		name, text string
		dead, hurt int
	}{
		// A toll told in a later sentence.
		{"residents said later sentence", "Armed men raided a farming village in Katsina state on Saturday. Residents said 17 people were killed.", 17, -1},
		{"police said died later sentence", "Gunmen opened fire on worshippers at a church in Ondo on Sunday. Nine people died, police said.", 9, -1},
		{"injured later sentence", "Militants bombed a bus terminal in Quetta on Tuesday. At least 22 people were injured, a hospital official said.", -1, 22},
		{"killed and wounded later sentence", "Insurgents ambushed an army convoy near Mocimboa da Praia on Thursday. Eight soldiers were killed and 11 were wounded, a military source said.", 8, 11},
		// Running totals.
		{"death toll rose to", "A suicide bomber struck a police recruitment centre in Aden on Monday. The death toll rose to 31 on Tuesday, officials said.", 31, -1},
		{"bringing the toll to", "Jihadists raided the village of Tillia in Niger on Wednesday, killing 24 people. Two wounded villagers died in hospital on Friday, bringing the toll to 26.", 26, -1},
		{"raising the number of dead to", "A Russian missile struck a school in Kramatorsk on Monday, killing 11 people. Rescuers pulled four more bodies from the ruins on Tuesday, raising the number of dead to 15.", 15, -1},
		{"toll climbed to", "Militants shelled a market in Goma on Wednesday. By Thursday the toll had climbed to 18, the governor said.", 18, -1},
		// Toll verbs and nouns.
		{"claimed the lives of", "A car bomb in the centre of Kirkuk claimed the lives of 11 people on Sunday, police said.", 11, -1},
		{"left dead", "Fighting between rival militias in Zawiya left 9 dead on Monday, a health official said.", 9, -1},
		{"people died", "Clashes broke out between herders and farmers near Bokkos on Tuesday, and 23 people died, local leaders said.", 23, -1},
		{"bodies were recovered", "Twenty bodies were recovered from a mass grave near Izium on Friday after Russian troops withdrew, officials said.", 20, -1},
		{"among the dead were", "Security forces fired on protesters in Bamako on Friday, killing 11 people. Among the dead were 3 children, a rights group said.", 11, -1},
		{"the dead included", "A drone strike hit a wedding in the village of Ruwa on Saturday, killing 16 people. The dead included the groom, relatives said.", 16, -1},
		{"among those killed", "Gunmen killed seven people at a bar in Cali on Saturday; among those killed were two police officers.", 7, -1},
		// Killed and wounded together.
		{"killing and wounding", "A roadside bomb struck a bus near Jalalabad on Wednesday, killing 6 and wounding 19, police said.", 6, 19},
		{"killing people and injuring", "Two suicide bombers blew themselves up at a mosque in Maiduguri, killing 12 people and injuring 40.", 12, 40},
		{"dead and wounded", "An artillery barrage on Avdiivka on Sunday left four dead and nine wounded, the regional governor said.", 4, 9},
		{"were killed and injured", "Five police officers were killed and seven injured when gunmen attacked a checkpoint in Kandahar.", 5, 7},
		// Two groups of dead are summed.
		{"soldiers and civilians killed", "Four soldiers and two civilians were killed when militants attacked a post near Tillaberi, the army said.", 6, -1},
		{"killing soldiers and civilians", "Rebels attacked a convoy near Butembo on Monday, killing 5 soldiers and 3 civilians, the army said.", 8, -1},
		{"police and attackers killed", "Three policemen and two attackers were killed in a gunfight at a checkpoint in Waziristan, officials said.", 5, -1},
		// The attackers count too.
		{"including the attacker", "A suicide bomber struck a funeral in Kabul, and 7 people were killed, including the attacker, police said.", 7, -1},
		{"including the attackers", "Gunmen stormed a hotel in Bamako on Friday. In all, 22 people died, including the four attackers.", 22, -1},
		{"foiled attack attackers killed", "Soldiers foiled an attack on a base near Kidal on Sunday and killed the three attackers, the army said.", 3, -1},
		{"foiled attack attackers died", "Police foiled a suicide attack on a stadium in Mombasa; the two attackers were killed before they could detonate their vests.", 2, -1},
		// Numbers as words and qualifiers.
		{"number word", "Jihadists killed fourteen villagers in an attack near Djibo on Tuesday, residents said.", 14, -1},
		{"hyphenated number word later sentence", "Gunmen attacked a mining site in Zamfara on Monday. Thirty-two miners were killed, police said.", 32, -1},
		{"a dozen", "A mortar shell hit a crowded market in Mogadishu, killing a dozen people, witnesses said.", 12, -1},
		{"two dozen", "An airstrike on a school in Sagaing killed two dozen pupils, teachers said.", 24, -1},
		{"more than", "More than 20 people were killed when a bomb went off at a rally in Bajaur on Sunday.", 20, -1},
		{"nearly", "Government forces shelled the town of Kauda on Friday, killing nearly 50 people, a rebel spokesman said.", 50, -1},
		{"up to", "Up to 40 people were killed when militiamen attacked a camp for displaced people in Ituri.", 40, -1},
		{"between and", "Between 10 and 15 people were killed when soldiers fired on a crowd in Conakry, witnesses said.", 10, -1},
		{"at least", "At least 7 people were killed when a drone struck a market in Tigray on Wednesday.", 7, -1},
		{"dozens", "Dozens of people were killed when jets bombed a market in the village of Hausien.", 12, -1},
		{"scores", "Scores of people were wounded when police fired on protesters in Nairobi.", -1, 12},
		{"hundreds", "Hundreds of people were killed in fighting for the city of El Obeid, aid workers said.", 100, -1},
		{"several", "Several people were killed when gunmen attacked a bus in Baluchistan on Tuesday.", 10, -1},
		// Competing claims: the lowest figure is the toll.
		{"police and residents differ", "Police said 6 people died when officers fired on rioters in Durban, while residents put the toll at 14.", 6, -1},
		// Two events in one story: each keeps its own toll.
		{"first of two events", "A bomb killed 8 people at a market in Mogadishu on Monday. Separately, gunmen killed 3 soldiers near Kismayo.", 8, -1},
		{"two events later toll first", "Militants attacked a police station in Bannu on Friday, killing 5 officers. In a separate attack in Lakki Marwat, two civilians were wounded.", 5, -1},
		// Casualties and killed.
		{"casualties are wounded and dead", "Israeli strikes on Khan Younis killed 12 people and caused dozens of casualties, medics said.", 12, -1},
		{"killed among casualties", "A Russian missile struck an apartment block in Dnipro, killing 9 people and injuring 30, officials said.", 9, 30},
		// Tolls of none.
		{"no one was hurt", "Rebels fired rockets at the airport in Goma on Sunday, but no one was hurt, officials said.", 0, 0},
		{"no casualties reported", "Al-Shabaab fighters detonated a bomb outside a bank in Mogadishu overnight; no casualties were reported.", 0, 0},
		{"nobody was killed", "Gunmen fired on a police station in Kirkuk, but nobody was killed, police said.", 0, -1},
		// Single named victims.
		{"named victim shot dead", "Gunmen shot dead a local council chairman in Kogi state on Monday, police said.", 1, -1},
		{"a soldier was killed", "A soldier was killed when insurgents fired on a patrol near Bunia on Monday, the army said.", 1, -1},
		// Wounded only.
		{"wounding", "Police fired rubber bullets at demonstrators in Lima on Thursday, wounding 15, a rights group said.", -1, 15},
		{"were hospitalised", "Security forces fired tear gas at a rally in Tbilisi; 27 people were hospitalised, the health ministry said.", -1, 27},
		// Mixed orders.
		{"killed later in sentence passive", "A market in Gao was shelled on Sunday, and 13 people were killed, local officials said.", 13, -1},
		{"toll was", "Gunmen attacked a village in Plateau state on Sunday; the toll was 21 dead, police said.", 21, -1},
		{"people lost their lives", "Jets bombed a market in the town of Kurmuk on Friday, and 19 people lost their lives, residents said.", 19, -1},
		{"were killed in the attack", "Militants stormed a police post in Kurram on Tuesday. Six officers were killed in the attack, officials said.", 6, -1},
		{"succumbed", "A grenade was thrown into a bar in Bujumbura on Saturday; three of the wounded succumbed to their injuries.", 3, -1},
		{"total of dead", "A total of 33 people were killed in a bombing at a bus station in Kaduna, police said.", 33, -1},
		{"killing a family of five", "An airstrike hit a house in Deir al-Balah, killing five members of one family, medics said.", 5, -1},
	}
	pass := 0
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-06-10")
			dead, hurt := mainToll(x)
			if dead != tt.dead || hurt != tt.hurt {
				t.Errorf("dead %d, wounded %d; want %d, %d", dead, hurt, tt.dead, tt.hurt)
				return
			}
			pass++
		})
	}
	t.Logf("toll probe 2: %d/%d pass", pass, len(tests))
}

// mainToll returns the dead and the wounded of the main event of a story:
// the first told of the events that carry a toll, -1 for no count.
func mainToll(x *truce.Extraction) (dead, hurt int) {
	var main *truce.Event
	for i := range x.Events {
		ev := &x.Events[i]
		if ev.Fatalities == nil && ev.Injuries == nil {
			continue
		}
		if main == nil || ev.Evidence.Start < main.Evidence.Start {
			main = ev
		}
	}
	dead, hurt = -1, -1
	if main != nil && main.Fatalities != nil {
		dead = main.Fatalities.Min
	}
	if main != nil && main.Injuries != nil {
		hurt = main.Injuries.Min
	}
	return dead, hurt
}
