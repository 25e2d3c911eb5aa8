package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// One act told with several triggers is one event, which carries the toll
// and the sides each trigger adds.
func TestOneEventPerTelling(t *testing.T) {
	tests := []struct {
		name, text, typ string
		// target, when set, is an actor id the event's target must hold;
		// notTarget one it must not.
		target, notTarget string
		// dead and hurt, when not -1, are the event's fatalities and
		// injuries (min).
		dead, hurt int
	}{
		{"a device and its blast", "Three policemen were killed and nine wounded on Friday when an explosive device detonated under their patrol vehicle in Peshawar.",
			truce.Assault, "PAKCOP", "", 3, 9},
		{"a thrown grenade and its blast", "A hand grenade tossed by unknown attackers exploded outside a police station in Imphal overnight.",
			truce.Assault, "INDCOP", "", -1, -1},
		{"a blast where it went off, not further on", "Four Kenyan soldiers were wounded when a landmine exploded during a patrol near the frontier with Somalia on Monday.",
			truce.Assault, "", "SOM", -1, 4},
		{"fighting an attack set off", "Boko Haram militants raided a Nigerian army outpost near Damboa on Thursday, triggering a firefight that went on until dawn.",
			truce.Assault, "NGAMIL", "", -1, -1},
		{"a toll told before the clash it came in", "Fifteen Armenian soldiers were killed in a clash with Azerbaijani forces near the border on Tuesday, the defence ministry said.",
			truce.Assault, "ARMMIL", "", 15, -1},
		{"a thrown device that goes off further on", "Gunmen hurled a grenade at a police post in Quetta on Friday; it fell short of its target and exploded in the street, wounding five passers-by.",
			truce.Assault, "PAKCOP", "", -1, 5},
		{"an apposition ranking the kidnapping", "Bandits seized 120 villagers from a market near Zurmi on Friday, police said, the largest mass kidnapping of villagers in Zamfara this year.",
			truce.Assault, "NGACVL", "", -1, -1},
		{"an apposition ranking the exercise", "Indian and French warships began five days of naval drills off Goa on Monday, the first such joint exercise between the two navies.",
			truce.Cooperate, "FRAMIL", "", -1, -1},
		{"a when-clause far from the killing", "Soldiers killed at least 40 people in the northern town of Kidal on Sunday evening when they opened fire on mourners at a funeral.",
			truce.Assault, "MLICVL", "", 40, -1},
		{"a riot told by two verbs", "Rioters set fire to cars in the centre of Dakar overnight and threw stones at police, witnesses said.",
			truce.Protest, "SENCOP", "", -1, -1},
		{"a victim ranked among others", "Gunmen shot dead a radio host in La Ceiba on Monday, prosecutors said, making him at least the third journalist killed in Honduras this year.",
			truce.Assault, "", "", 1, -1},
		{"an assassination summing up a bombing", "A Somali minister was killed on Monday when an al-Shabaab suicide bomber struck his convoy in Mogadishu, officials said, in the deadliest assassination in the capital since 2019.",
			truce.Assault, "", "", 1, -1},
		{"a toll opening the report of its attack", "The death toll from the shelling of a crowded bus station in Luhansk on Sunday rose to 27, local officials said.",
			truce.Assault, "UKRCVL", "", 27, -1},
		{"a toll of a protest camp's dispersal", "The toll from the raid on a sit-in in central Nairobi on Tuesday climbed to 14, a rights group said on Thursday.",
			truce.Assault, "KENPRO", "", 14, -1},
		{"a killing told with who died beside the victim", "A Hezbollah field commander was killed together with his bodyguard, a senior member of the group's engineering unit, in an Israeli drone strike on their car near Tyre on Tuesday, the group said.",
			truce.Assault, "HEZBOLLAH", "", 1, -1},
		{"a toll in an as-clause of time", "Four students were killed on Wednesday as riot police clashed with protesters outside the university in Kampala, a hospital official said.",
			truce.Assault, "", "", 4, -1},
		{"an embassy stormed and set ablaze", "Hundreds of protesters stormed the French embassy in Niamey on Sunday and set its gate ablaze.",
			truce.Protest, "FRAGOV", "", -1, -1},
		{"a battle fought with a list of arms, its toll told after", "Armenian and Azerbaijani troops fought with drones, howitzers and rocket launchers near Lachin on Tuesday, and Armenia's defence ministry said 15 of its soldiers had been killed.",
			truce.Assault, "", "", 15, -1},
		{"a firing and the shells it sent", "Azerbaijani units holding the ridge fired mortar shells from the heights at Armenian-held hamlets below, Yerevan said.",
			truce.Assault, "ARM", "", -1, -1},
		{"a toll whose attack an after-clause tells", "The toll from Tuesday's raid on a cattle market near Maiduguri rose to 40 on Thursday, police said, after Boko Haram fighters opened fire on traders and torched their stalls.",
			truce.Assault, "NGACVL", "", 40, -1},
		{"a hotel stormed in a toll's after-clause", "The death toll from Thursday's attack in Kismayo rose to 19, regional officials said, after al-Shabaab fighters stormed a seaside hotel and held guests hostage.",
			truce.Assault, "SOMCVL", "", 19, -1},
		{"a concert hall attacked by unnamed gunmen", "The toll from Saturday's assault on a packed concert hall outside Minsk rose to 41, prosecutors said, after masked gunmen opened fire and torched the hall.",
			truce.Assault, "BLRCVL", "", 41, -1},
		{"a bar hit by a home-grown group", "Al-Shabaab militants threw a grenade into a crowded bar in Baidoa on Saturday night, police said.",
			truce.Assault, "SOMCVL", "", -1, -1},
		{"a kidnapping by insurgents of someone the clause names only by who", "Police said the ELN was holding a cattle rancher's son, who was snatched by gunmen outside his home in the town of Saravena last week.",
			truce.Assault, "COLCVL", "", -1, -1},
		{"mourners at a ceremony named for a leader", "A suicide bomber from the Islamic State blew himself up among mourners at a ceremony marking the anniversary of Saad Hariri's death in Beirut, killing 14 people.",
			truce.Assault, "LBNCVL", "", 14, -1},
		{"buses set ablaze by gunmen", "Gunmen torched buses and lorries on the ring road around Culiacán on Monday, local authorities said.",
			truce.Assault, "MEXCVL", "", -1, -1},
		{"a toll from a foreign state's strike with no one named", "The toll from Tuesday's Russian drone strike on the block in Kharkiv climbed to 12 overnight, the regional governor said.",
			truce.Assault, "UKRCVL", "", 12, -1},
		{"a toll verb whose subject is an opening gerund", "Fighting between Sudan's army and the Rapid Support Forces in the town of Babanusa has killed at least 35 people since Tuesday, medics said.",
			truce.Assault, "RSF", "", 35, -1},
		{"a town a weapon noun's verb struck", "Rockets struck the town of Kiryat Shmona overnight.",
			truce.Assault, "ISRCVL", "", -1, -1},
		{"a vehicle a weapon noun's verb hit", "A drone hit a minibus near Kherson on Monday.",
			truce.Assault, "UKRCVL", "", -1, -1},
		{"a post a weapon noun's verb hit", "Two rockets hit a checkpoint near Kupiansk.",
			truce.Assault, "UKRMIL", "", -1, -1},
		{"a bomber's vehicle driven into a base", "A suicide bomber drove a truck into an army base near Kismayo.",
			truce.Assault, "SOMMIL", "", -1, -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-10-22")
			n := 0
			for _, ev := range x.Events {
				if ev.Type == tt.typ {
					n++
				}
			}
			if n != 1 {
				t.Fatalf("%d %s events, want 1: %+v", n, tt.typ, x.Events)
			}
			ev := eventOfType(x, tt.typ)
			if tt.target != "" && !hasActor(ev.Target, tt.target) {
				t.Errorf("target = %+v, want %s", ev.Target, tt.target)
			}
			if tt.notTarget != "" && hasActor(ev.Target, tt.notTarget) {
				t.Errorf("target = %+v, want no %s", ev.Target, tt.notTarget)
			}
			checkCount(t, "fatalities", ev.Fatalities, tt.dead)
			checkCount(t, "injuries", ev.Injuries, tt.hurt)
		})
	}
}

// checkCount reports a count that is not want; -1 wants nothing checked.
func checkCount(t *testing.T, field string, got *truce.Count, want int) {
	t.Helper()
	switch {
	case want < 0:
	case got == nil:
		t.Errorf("%s = none, want %d", field, want)
	case got.Min != want:
		t.Errorf("%s = %d, want %d", field, got.Min, want)
	}
}

// A threat whose content waits on a condition, or follows a suspicion
// ("may have shelled"), has been made all the same; one that is itself
// only possible has not.
func TestConditionalThreatIsMade(t *testing.T) {
	tests := []struct {
		name, text, status string
	}{
		{"a warning with a condition", "Turkey said on Monday it had seen signs that Kurdish militants may have shelled a border post near Hakkari, and warned that Ankara would respond firmly if that was confirmed.", truce.StatusReported},
		{"a threat that might be made", "Egypt could threaten to close the canal to the ships if its grain imports were halted, a former minister suggested.", truce.StatusHypothetical},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-10-22")
			ev := eventOfType(x, truce.Threaten)
			if ev == nil {
				t.Fatalf("no THREATEN event in %+v", x.Events)
			}
			if ev.Status != tt.status {
				t.Errorf("status = %s, want %s", ev.Status, tt.status)
			}
		})
	}
}

// A deal signed by one country's own warring sides has both of them as
// parties: the state and its armed opposition.
func TestInternalSidesSignDeal(t *testing.T) {
	tests := []struct {
		name, text, source, target string
	}{
		{"rival delegations sign a truce", "Sudan's rival military delegations signed a humanitarian truce in Jeddah on Saturday under Saudi mediation.", "SDN", "SDNREB"},
		{"warring factions sign a deal", "Yemen's warring factions signed a prisoner exchange deal in Geneva on Monday.", "YEM", "YEMREB"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-10-22")
			ev := eventOfType(x, truce.Agree)
			if ev == nil {
				t.Fatalf("no AGREE event in %+v", x.Events)
			}
			if !hasActor(ev.Source, tt.source) && !hasActor(ev.Target, tt.source) {
				t.Errorf("sides = %+v / %+v, want %s", ev.Source, ev.Target, tt.source)
			}
			if !hasActor(ev.Source, tt.target) && !hasActor(ev.Target, tt.target) {
				t.Errorf("sides = %+v / %+v, want %s", ev.Source, ev.Target, tt.target)
			}
		})
	}
}

// A where-clause after an attack tells a later act of its own, with its
// own toll, at the place told before unless it names a finer one.
func TestWhereClauseIsAnotherAct(t *testing.T) {
	text := "Gunmen killed two Congolese soldiers in an ambush near the town of Beni on Friday and then fled into a church, where four of them died in a gun battle with troops, the army said."
	x := mustExtract(t, text, "2025-10-22")
	var tolls []int
	for _, ev := range x.Events {
		if ev.Type != truce.Assault {
			continue
		}
		if ev.Fatalities == nil {
			t.Fatalf("an ASSAULT with no toll: %+v", ev)
		}
		tolls = append(tolls, ev.Fatalities.Min)
		if ev.Location == nil || ev.Location.Name != "Beni" {
			t.Errorf("location = %+v, want Beni", ev.Location)
		}
	}
	if len(tolls) != 2 || tolls[0] != 2 || tolls[1] != 4 {
		t.Errorf("ASSAULT tolls = %v, want [2 4]", tolls)
	}
}

// A protest that is only the setting of force used on it, or a demand that
// is only what a march was for, is no event of its own: the crackdown or
// the march is the one event.
func TestProtestSettingAndPurpose(t *testing.T) {
	tests := []struct {
		name, text, typ string
	}{
		{"killed during protests", "Bolivian soldiers killed nine people in Sacaba during demonstrations against the interim government on Friday, a rights group said.",
			truce.Assault},
		{"shot at a rally", "Zimbabwean riot police shot dead three men at rallies against the government in Harare on Tuesday.",
			truce.Assault},
		{"detained members of a march", "Police in Dhaka detained 40 members of a garment workers' march on Monday.",
			truce.Coerce},
		{"marched to demand", "Tens of thousands of Chileans marched through central Santiago on Thursday to demand the resignation of the interior minister.",
			truce.Protest},
		{"rallied to condemn", "Thousands of Lebanese rallied in Beirut on Saturday to condemn the government's handling of the port blast.",
			truce.Protest},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-10-22")
			if len(x.Events) != 1 || x.Events[0].Type != tt.typ {
				t.Errorf("events = %+v, want one %s", x.Events, tt.typ)
			}
		})
	}
}

// A meeting named by several words of one sentence (a trip, talks, "the
// first visit since …") is one event, with the sides the words name
// between them.
func TestOneMeetingPerSentence(t *testing.T) {
	tests := []struct {
		name, text, source, target string
	}{
		{"a trip to meet, summed up as a visit", "Greece's foreign minister, Nikos Dendias, travelled to Ankara on Tuesday to meet his Turkish counterpart, the first visit by a Greek minister in four years.",
			"GRC", "TUR"},
		{"the visit names who came", "Jacinda Ardern sat down with Joko Widodo at the presidential palace in Jakarta on Thursday, the first visit to Indonesia by a New Zealand leader in a decade.",
			"NZL", "IDN"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-10-22")
			if len(x.Events) != 1 || x.Events[0].Type != truce.Consult {
				t.Fatalf("events = %+v, want one CONSULT", x.Events)
			}
			ev := x.Events[0]
			if !hasActor(ev.Source, tt.source) || !hasActor(ev.Target, tt.target) {
				t.Errorf("sides = %+v / %+v, want %s / %s", ev.Source, ev.Target, tt.source, tt.target)
			}
		})
	}
}

// A trigger word that only qualifies who someone is ("a kidnapping gang")
// tells of no act.
func TestQualifierNamesNoAct(t *testing.T) {
	tests := []struct {
		name, text, absent string
	}{
		{"a gang named by its trade", "Police in Cucuta arrested five members of a kidnapping gang on Monday, the governor said.", truce.Assault},
		{"a group named by its work", "Gunmen abducted a Canadian nurse from the grounds of a Baptist aid group's hospital outside Cap-Haitien on Friday, the organisation said.", truce.Aid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-10-22")
			for _, ev := range x.Events {
				if ev.Type == tt.absent {
					t.Errorf("got a %s event, want none: %+v", tt.absent, ev)
				}
			}
		})
	}
}

// An event whose first telling says nothing of how it was done takes the
// manner a second telling of it names.
func TestMannerOfSecondTelling(t *testing.T) {
	x := mustExtract(t, "A Sudanese cameraman working for a local broadcaster was killed and three other journalists from foreign agencies were wounded on Sunday when shells struck them as they filmed near a village in Darfur.", "2025-10-22")
	ev := eventOfType(x, truce.Assault)
	if ev == nil || ev.Mode != "heavy-weapons" {
		t.Fatalf("assault = %+v, want mode heavy-weapons", ev)
	}
	checkCount(t, "injuries", ev.Injuries, 3)
}

// A toll goes to the act that took the lives: the fight a town was taken
// in, the shooting an abduction came with, the strike one named person
// died in along with others.
func TestTollOfTheActThatKilled(t *testing.T) {
	tests := []struct {
		name, text, typ, mode string
		dead                  int
		// others is how many further events of typ the sentence may
		// give.
		others int
	}{
		{"the battle a town was retaken in", "Malian troops recaptured the town of Ber on Saturday after a fierce battle with jihadist fighters in which 11 jihadists and four soldiers were killed, the army said.",
			truce.Assault, "", 15, 0},
		{"the shooting an abduction came with", "Armed men opened fire on a bus carrying pilgrims near Bauchi on Sunday and kidnapped six of them, an attack in which a driver was killed by a stray round, police said.",
			truce.Assault, "firearms", 1, 1},
		{"a named person who died with others", "Hezbollah mourned Ahmed Karimi, a senior commander, who died in an Israeli drone strike on a car in southern Lebanon along with two aides.",
			truce.Assault, "drone", 3, 0},
		{"a named person killed with a deputy", "Hezbollah mourned Ahmed Karimi, a senior commander, who was killed in an Israeli drone strike in Tyre on Monday along with his deputy.",
			truce.Assault, "drone", 2, 0},
		{"one named person died in a strike", "Colonel Ivan Petrenko, the brigade's chief of staff, died in a Russian missile strike near Kramatorsk on Tuesday.",
			truce.Assault, "", 1, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-10-22")
			var ev *truce.Event
			n := 0
			for k := range x.Events {
				e := &x.Events[k]
				if e.Type == truce.Assault || e.Type == tt.typ {
					n++
				}
				if e.Type == tt.typ && (tt.mode == "" || e.Mode == tt.mode) {
					ev = e
				}
			}
			if ev == nil {
				t.Fatalf("no %s %s event in %+v", tt.typ, tt.mode, x.Events)
			}
			if n != 1+tt.others {
				t.Errorf("%d violent events, want %d: %+v", n, 1+tt.others, x.Events)
			}
			checkCount(t, "fatalities", ev.Fatalities, tt.dead)
		})
	}
}

// A past verb the tagger reads as an adjective still tells its act when
// its subject and object actor stand round it.
func TestIrregularPastReadAsAdjective(t *testing.T) {
	x := mustExtract(t, "Sudanese soldiers fought Chadian forces near Adre on Monday, witnesses said.", "2025-10-22")
	ev := eventOfType(x, truce.Assault)
	if ev == nil {
		t.Fatalf("no ASSAULT in %+v", x.Events)
	}
	if !hasActor(ev.Source, "SDNMIL") || !hasActor(ev.Target, "TCDMIL") {
		t.Errorf("sides = %+v / %+v, want SDNMIL / TCDMIL", ev.Source, ev.Target)
	}
}

// "storm" as a verb with a building for its object is an attack, though
// the word also names weather; a storm by name or as a noun stays weather.
func TestStormAsAVerb(t *testing.T) {
	tests := []struct {
		name, text string
		attack     bool
	}{
		{"men tried to storm a ministry", "Eleven people were killed when a band of men armed with rifles tried to storm the interior ministry in Bangui on Friday night, officials said.", true},
		{"a named storm", "Storm Helga lashed the coast of Brittany on Sunday, tearing roofs off homes and leaving two people dead.", false},
		{"a storm as a noun", "A violent storm struck villages near Dhaka overnight, killing four people, officials said.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-10-22")
			if got := eventOfType(x, truce.Assault) != nil; got != tt.attack {
				t.Errorf("attack = %v, want %v: %+v", got, tt.attack, x.Events)
			}
		})
	}
}

// An internet blackout told in the passive, with no one named, is the
// state's, on the people of the place.
func TestBlackoutNoOneNamed(t *testing.T) {
	tests := []struct {
		name, text, source, target string
	}{
		{"cut the evening after a crackdown", "Police fired tear gas at thousands of marchers in Quetta on Saturday. Mobile internet in the province was cut that evening.", "PAKGOV", "PAKCVL"},
		{"largely cut since a day", "Rioters torched cars in Bishkek for a second night on Monday. A state of emergency remains in force, and internet access has been largely cut since Tuesday.", "KGZGOV", "KGZCVL"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-10-22")
			var ev *truce.Event
			for k := range x.Events {
				if x.Events[k].Mode == "censor" {
					ev = &x.Events[k]
				}
			}
			if ev == nil {
				t.Fatalf("no censor event in %+v", x.Events)
			}
			if !hasActor(ev.Source, tt.source) || !hasActor(ev.Target, tt.target) {
				t.Errorf("sides = %+v / %+v, want %s / %s", ev.Source, ev.Target, tt.source, tt.target)
			}
		})
	}
}

// Sides the words around a trigger leave open come from the telling: an
// act told again with "also" is the same doers', a blame after a report
// names the attack's author (the country's rebels are not its civilians)
// and, naming the attack again, how it was done; so does a claim after the
// attack named again (", in an attack later claimed by …"). Each case has
// one event of its type at its place.
func TestSidesLeftOpen(t *testing.T) {
	tests := []struct {
		name, text, typ, place, source, mode string
	}{
		{"a fire also started elsewhere", "Protesters set fire to the gates of the Turkish consulate in Thessaloniki on Friday. A fire was also started at the Turkish cultural centre in Patras.",
			truce.Protest, "Patras", "GRCPRO", "riot"},
		{"a blame on the country's rebels", "An explosion at a mosque in Zinjibar killed seven worshippers on Friday, local officials said, blaming insurgents.",
			truce.Assault, "Zinjibar", "YEMREB", ""},
		{"a blame naming the attack again", "An attack on a village near Hpakant killed 11 people on Saturday, the Kachin Independence Army said, blaming a military drone strike.",
			truce.Assault, "Hpakant", "MMRMIL", "drone"},
		{"an attack claimed by a group", "Twelve soldiers were killed when a bomb tore through their truck near Djibo on Monday, the army said, in an attack later claimed by a unit of JNIM.",
			truce.Assault, "Djibo", "JNIM", "explosives"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-10-22")
			var found []truce.Event
			for _, ev := range x.Events {
				if ev.Type == tt.typ && ev.Location != nil && ev.Location.Name == tt.place {
					found = append(found, ev)
				}
			}
			if len(found) != 1 {
				t.Fatalf("%d %s events in %s, want 1: %+v", len(found), tt.typ, tt.place, x.Events)
			}
			if ev := found[0]; !hasActor(ev.Source, tt.source) {
				t.Errorf("source = %+v, want %s", ev.Source, tt.source)
			}
			if ev := found[0]; tt.mode != "" && ev.Mode != tt.mode {
				t.Errorf("mode = %q, want %q", ev.Mode, tt.mode)
			}
		})
	}
}

// Detentions told right after a protest are that protest's intervention in
// ACLED's terms; a detention with no protest before it stays an arrest.
func TestDetentionsAfterProtest(t *testing.T) {
	tests := []struct{ name, text, sub string }{
		{"mass detentions the sentence after a march", "Thousands of opposition supporters marched through the centre of Yerevan on Saturday demanding new elections. Police said 85 people had been detained.",
			"Protest with intervention"},
		{"detentions with no protest told", "Police in Yerevan said on Saturday that 85 people had been detained in raids on smuggling rings.",
			"Arrests"},
		{"detentions after force used on a rally", "Riot police fired rubber bullets and tear gas at protesters in Tbilisi on Sunday night. The interior ministry said 120 people had been detained.",
			"Protest with intervention"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2024-05-11")
			var subs []string
			for _, ev := range x.Events {
				if ev.Mode == "arrest" {
					subs = append(subs, ev.ACLEDSubtype)
					if ev.ACLEDSubtype == tt.sub {
						return
					}
				}
			}
			t.Errorf("no arrest labelled %q; arrests labelled %v", tt.sub, subs)
		})
	}
}
