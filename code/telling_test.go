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
			truce.Coerce, "seize", 15, 0},
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

// Words of blame whose own clause names no doer are the speaker's a
// report verb after them names; a speaker wronged in the words blames the
// article's other side. A subject the roles miss is no such gap.
func TestTrailingSpeakerBlames(t *testing.T) {
	tests := []struct {
		name, text, src, tgt string
	}{
		{"a breach of sovereignty, a ministry said",
			"Kenya expelled Somalia's ambassador on Wednesday over a maritime dispute. The decision is a gross violation of Somalia's sovereignty, the foreign ministry said in a statement.",
			"SOM", "KEN"},
		{"a relative clause keeps its own subject",
			"Three bloggers who had insulted the governor of Kano went missing last month, their relatives said on Friday.",
			"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex := mustExtract(t, tt.text, "2024-03-01")
			var got *truce.Event
			for i := range ex.Events {
				if ex.Events[i].Type == truce.Accuse {
					got = &ex.Events[i]
				}
			}
			if tt.src == "" {
				if got != nil {
					t.Errorf("unexpected ACCUSE %+v", got)
				}
				return
			}
			if got == nil {
				t.Fatalf("no ACCUSE: %+v", ex.Events)
			}
			if !hasCountryActor(got.Source, tt.src) || !hasCountryActor(got.Target, tt.tgt) {
				t.Errorf("ACCUSE %v -> %v, want %s -> %s", got.Source, got.Target, tt.src, tt.tgt)
			}
		})
	}
}

func hasCountryActor(as []truce.Actor, cc string) bool {
	for _, a := range as {
		if a.Country == cc {
			return true
		}
	}
	return false
}

// TestParticipleTakesTheNamedDoer checks that a participle after a comma
// whose own subject is only a bare sector word ("fighters") takes the
// named doer of the main verb: the abduction is JNIM's, not "rebels'".
func TestParticipleTakesTheNamedDoer(t *testing.T) {
	x := mustExtract(t, "Fighters of JNIM ambushed a fuel convoy on the road between Kayes and Bamako on Tuesday, abducting several drivers, the army said.", "2024-06-13")
	var abduct *truce.Event
	for i := range x.Events {
		if x.Events[i].Mode == "abduct" {
			abduct = &x.Events[i]
		}
	}
	if abduct == nil {
		t.Fatalf("no abduction: %+v", x.Events)
	}
	if !hasActor(abduct.Source, "JNIM") {
		t.Errorf("abduction source = %+v, want JNIM", abduct.Source)
	}
}

// An abduction or a rape told beside another deed of the same doers is an
// event of its own: "raided a camp, abducting herders" is two acts, not one
// with the first verb's manner.
func TestAbductionBesideAnotherDeed(t *testing.T) {
	tests := []struct{ name, text, mode string }{
		{"a raid and the herders it carried off", "Al-Shabaab fighters raided a village near Baidoa on Tuesday, burning huts and abducting herders, elders said.", "abduct"},
		{"a killing and rapes", "Militiamen killed eight villagers and raped a dozen women in a village near Djugu last week, a UN report said.", "sexual"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := mustExtract(t, tc.text, "2025-11-03")
			n, found := 0, false
			for _, ev := range x.Events {
				if ev.Type == truce.Assault {
					n++
					found = found || ev.Mode == tc.mode
				}
			}
			if n != 2 || !found {
				t.Errorf("%d ASSAULT events, one of mode %s: %v; want 2 with one", n, tc.mode, found)
			}
		})
	}
}

// Business property an insurgent group burns with no one named, such as
// lorries or a phone mast, was done to business.
func TestBurntBusinessProperty(t *testing.T) {
	tests := []struct{ name, text, target string }{
		{"lorries set ablaze beside another deed", "Boko Haram fighters attacked a market town near Monguno on Friday, setting fifteen lorries ablaze and seizing cattle, traders said.", "NGABUS"},
		{"a phone mast torched", "Al-Shabaab militants torched a mobile phone mast outside Beledweyne overnight, residents said.", "SOMBUS"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-10-22")
			for _, ev := range x.Events {
				if ev.Mode == "destroy" {
					if !hasActor(ev.Target, tt.target) {
						t.Errorf("target = %+v, want %s", ev.Target, tt.target)
					}
					return
				}
			}
			t.Fatalf("no destroy event in %+v", x.Events)
		})
	}
}

// A claim of responsibility names the attacker of an attack told before
// it; one the text told as fact in an earlier sentence stays reported,
// while one known from the claim's own sentence is claimed.
func TestClaimOfAnAttackToldBefore(t *testing.T) {
	tests := []struct{ name, text, status string }{
		{"an attack told, then claimed", "A suicide bomber blew himself up at a checkpoint south of Baghdad on Friday, killing nine people. Islamic State claimed responsibility in a statement on its news channel.", truce.StatusReported},
		{"an attack told with its claim", "Nine people were killed on Friday when a suicide bomber blew himself up at a checkpoint south of Baghdad, in an attack later claimed by Islamic State.", truce.StatusClaimed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-10-22")
			ev := eventOfType(x, truce.Assault)
			if ev == nil {
				t.Fatalf("no ASSAULT event in %+v", x.Events)
			}
			if !hasActor(ev.Source, "ISIS") {
				t.Errorf("source = %+v, want ISIS", ev.Source)
			}
			if ev.Status != tt.status {
				t.Errorf("status = %s, want %s", ev.Status, tt.status)
			}
		})
	}
}

// What the victim of a killing was suspected or accused of is neither the
// deed done to the victim nor news of its own: one beating, told as fact.
func TestVictimSuspectedOf(t *testing.T) {
	tests := []struct{ name, text, mode string }{
		{"a lynching of a suspected robber and killer", "Villagers near Puebla clubbed to death a man suspected of robbing and stabbing a shopkeeper on Sunday, local police said.", "beat"},
		{"a shooting of youths accused of an abduction", "Vigilantes shot dead two youths accused of kidnapping a farmer outside Katsina on Monday, residents said.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-10-22")
			if len(x.Events) != 1 {
				t.Fatalf("%d events, want 1: %+v", len(x.Events), x.Events)
			}
			ev := x.Events[0]
			if ev.Mode == "abduct" || tt.mode != "" && ev.Mode != tt.mode {
				t.Errorf("mode = %s, want %s", ev.Mode, tt.mode)
			}
			if ev.Status != truce.StatusReported {
				t.Errorf("status = %s, want reported", ev.Status)
			}
			if ev.Fatalities == nil || ev.Fatalities.Min < 1 {
				t.Errorf("fatalities = %+v, want at least 1", ev.Fatalities)
			}
		})
	}
}

// Weapons launched by someone and then striking tell one strike, even with
// the launch hedged, and the hedge is the strike's.
func TestHedgedLaunchIsTheStrike(t *testing.T) {
	x := mustExtract(t, "Missiles allegedly fired by the Houthis struck a fuel terminal and a power plant near Jizan on Sunday.", "2025-10-22")
	n := 0
	var ev *truce.Event
	for i := range x.Events {
		if x.Events[i].Type == truce.Assault {
			n++
			ev = &x.Events[i]
		}
	}
	if n != 1 {
		t.Fatalf("%d ASSAULT events, want 1: %+v", n, x.Events)
	}
	if !hasActor(ev.Source, "HOUTHI") {
		t.Errorf("source = %+v, want HOUTHI", ev.Source)
	}
	if ev.Status != truce.StatusAlleged {
		t.Errorf("status = %s, want alleged", ev.Status)
	}
}

// Acts joined by "and" to an earlier act of the same kind by the same
// doer, naming no one of their own, are aimed where that act was:
// "expelled Chile's ambassador and froze bilateral trade" hits Chile twice.
func TestJoinedActTakesTheTarget(t *testing.T) {
	tests := []struct {
		name, text, typ, target string
	}{
		{"an expulsion and a trade freeze", "Peru expelled Bolivia's ambassador on Tuesday and froze bilateral trade, citing interference in its elections.",
			truce.Sanction, "BOL"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-10-22")
			n := 0
			for _, ev := range x.Events {
				if ev.Type != tt.typ {
					continue
				}
				n++
				if !hasActor(ev.Target, tt.target) {
					t.Errorf("%s %s target = %+v, want %s", ev.Type, ev.Mode, ev.Target, tt.target)
				}
			}
			if n < 2 {
				t.Fatalf("%d %s events, want 2: %+v", n, tt.typ, x.Events)
			}
		})
	}
}

// A meeting told with two "with" phrases is a talk with each partner:
// "spoke with the king of Morocco and with Spain's prime minister" is two
// calls.
func TestMeetingWithEachPartner(t *testing.T) {
	tests := []struct {
		name, text string
		targets    []string
	}{
		{"a call with two partners", "Nigeria's President Bola Tinubu spoke by phone on Thursday with the president of Ghana and with Senegal's prime minister about the Sahel, his spokesman said.",
			[]string{"GHA", "SEN"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-10-22")
			for _, want := range tt.targets {
				n := 0
				for _, ev := range x.Events {
					if ev.Type == truce.Consult && hasActor(ev.Target, want) {
						n++
					}
				}
				if n != 1 {
					t.Errorf("%d CONSULT events with %s, want 1: %+v", n, want, x.Events)
				}
			}
		})
	}
}

// A seizure whose object is people is an abduction (ASSAULT, abduct), not
// the taking of ground or goods.
func TestPeopleSeizedAreAbducted(t *testing.T) {
	tests := []struct{ name, text string }{
		{"passengers seized from a bus", "Gunmen seized 23 passengers from a bus on the highway outside Kaduna on Tuesday, police said."},
		{"migrants seized, told in the passive", "Relatives said on Monday that 9 migrants seized from a shelter in Tapachula last month had not been heard from since."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := mustExtract(t, tc.text, "2024-05-02")
			for _, ev := range x.Events {
				if ev.Type == truce.Assault && ev.Mode == "abduct" {
					return
				}
			}
			t.Errorf("no abduction in %+v", x.Events)
		})
	}
}

// A comma participle of blame that names its target only by a pronoun
// blames whom the main clause acted on, not an actor the charge names:
// "froze the assets of X, accusing him of serving Moscow" blames X.
func TestParticipleBlamesTheMainTarget(t *testing.T) {
	tests := []struct {
		name, text, target, notTarget string
	}{
		{"a pronoun object and a country in the charge", "The European Union froze the assets of Milorad Dodik, the leader of Bosnia's Serb entity, on Tuesday, accusing him of threatening the peace for the benefit of Moscow.",
			"BIH", "RUS"},
		{"some of its staff", "Hungary's parliament passed a law on Monday that bars Amnesty International from operating in the country, accusing some of its researchers of interfering in the election campaign.",
			"AMNESTY", ""},
		{"a resolved pronoun stands", "Russia expelled two Estonian diplomats on Friday, accusing them of spying for NATO.",
			"EST", "NATO"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-01-14")
			ev := eventOfType(x, truce.Accuse)
			if ev == nil {
				t.Fatalf("no ACCUSE event in %+v", x.Events)
			}
			if !hasActor(ev.Target, tt.target) {
				t.Errorf("target = %+v, want %s", ev.Target, tt.target)
			}
			if tt.notTarget != "" && hasActor(ev.Target, tt.notTarget) {
				t.Errorf("target = %+v, want no %s", ev.Target, tt.notTarget)
			}
		})
	}
}

// A verb listed after a comma or "and" beside an earlier one shares its
// doer; the earlier verb's object is not the doer: "killed five
// villagers, raped two women" is rape by the killers.
func TestListedVerbSharesTheDoer(t *testing.T) {
	x := mustExtract(t, "Fighters of the Allied Democratic Forces killed five villagers, raped two women and burned a clinic near Beni on Sunday, the army said.", "2025-03-10")
	var rape *truce.Event
	for i := range x.Events {
		if x.Events[i].Mode == "sexual" {
			rape = &x.Events[i]
		}
	}
	if rape == nil {
		t.Fatalf("no rape event: %+v", x.Events)
	}
	if !hasActor(rape.Source, "ADF") {
		t.Errorf("source = %+v, want ADF", rape.Source)
	}
	if hasActor(rape.Source, "CODCVL") {
		t.Errorf("source = %+v, want not the victims", rape.Source)
	}
}

// Acts of two kinds told one after the other with "then" are two events,
// though they share the doer, the victims and the place: "blew up the
// bridge and then fired on the convoy".
func TestActsToldInTurn(t *testing.T) {
	tests := []struct{ name, text, first, second string }{
		{"a mine and then gunfire", "Militants detonated a bomb under a bridge near Bannu on Tuesday and then opened fire on the police convoy crossing it, officials said.", "explosives", "firearms"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := mustExtract(t, tc.text, "2025-09-16")
			modes := map[string]bool{}
			for _, ev := range x.Events {
				if ev.Type == truce.Assault {
					modes[ev.Mode] = true
				}
			}
			if !modes[tc.first] || !modes[tc.second] {
				t.Errorf("ASSAULT modes %v, want %s and %s: %+v", modes, tc.first, tc.second, x.Events)
			}
		})
	}
}

// A participle that finds no doer of its own, listed after a toll, takes
// the doer of the active main verb: in "… opened fire on a bus, killing
// five and abducting a dozen" those who fired abducted.
func TestBareParticipleTakesTheMainDoer(t *testing.T) {
	tests := []struct{ name, text, source string }{
		{"an abduction after a toll", "Boko Haram fighters opened fire on a bus near Gwoza on Wednesday, killing five passengers and abducting an unknown number of women, a local official said.", "BOKOHARAM"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := mustExtract(t, tc.text, "2025-02-12")
			var abduct *truce.Event
			for i := range x.Events {
				if x.Events[i].Mode == "abduct" {
					abduct = &x.Events[i]
				}
			}
			if abduct == nil {
				t.Fatalf("no abduction: %+v", x.Events)
			}
			if !hasActor(abduct.Source, tc.source) {
				t.Errorf("abduction source = %+v, want %s", abduct.Source, tc.source)
			}
		})
	}
}

// A sentence whose pronoun subject stands for an act told before and
// only ranks it tells no new act: "This was the biggest expulsion of
// envoys since 1990."
func TestActRankedAgain(t *testing.T) {
	tests := []struct{ name, text, typ string }{
		{"an expulsion ranked", "Poland ordered 45 Russian diplomats to leave the country on Tuesday, accusing them of spying. This was the biggest expulsion of Russian envoys from Warsaw since 1990.", truce.Sanction},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := mustExtract(t, tc.text, "2025-04-08")
			n := 0
			for _, ev := range x.Events {
				if ev.Type == tc.typ {
					n++
				}
			}
			if n != 1 {
				t.Errorf("%d %s events, want 1: %+v", n, tc.typ, x.Events)
			}
		})
	}
}

// A warning from those who cannot do the harm they warn of (doctors, aid
// workers, rights groups) tells of a danger, not a threat.
func TestDangerWarnedIsNoThreat(t *testing.T) {
	tests := []struct{ name, text string }{
		{"doctors warn of an outbreak", "Doctors in the camps outside Goma warned on Monday that cholera could spread to thousands of displaced families within days."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := mustExtract(t, tc.text, "2025-05-19")
			if ev := eventOfType(x, truce.Threaten); ev != nil {
				t.Errorf("THREATEN event %+v, want none", *ev)
			}
		})
	}
}

// An explosion that kills or wounds is an attack even at a match or a
// rally in a stadium; the words of sport alone stay a game.
func TestExplosionAmongSportWords(t *testing.T) {
	tests := []struct {
		name, text string
		attack     bool
	}{
		{"a grenade at a rally in a stadium", "A grenade went off near the stage as Senator Ruth Okafor addressed a rally at a football stadium in Jos on Sunday, wounding 14 people.", true},
		{"a bomb in the stands", "A homemade bomb exploded in the stands of a cricket ground in Quetta during a league match, killing three spectators, police said.", true},
		{"a striker's shot as a bomb", "The striker exploded onto the scene with a hat-trick as the visitors were crushed 4-0 in the cup final at the stadium.", false},
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

// Talks told as the setting of a deal are news of their own when the text
// says how long they ran or who brokered or hosted them; they are held by
// the deal's parties. Bare "after talks in" a place stays the setting.
func TestBrokeredTalksAreNews(t *testing.T) {
	tests := []struct {
		name, text     string
		source, target string // "" wants no CONSULT event
	}{
		{"talks led by a third party", "Congo and the M23 rebels signed a deal on Tuesday after ten days of Qatar-led negotiations.",
			"COD", "M23"},
		{"talks of a length told roughly", "Serbia and Kosovo agreed on Monday to recognise each other's number plates after almost two weeks of talks in Brussels.",
			"SRB", "XKX"},
		{"talks a third party brokered", "Sudan and South Sudan agreed on Saturday to reopen their border after talks in Juba brokered by Egypt.",
			"SDN", "SSD"},
		{"bare talks as the setting", "Sudan and South Sudan agreed on Saturday to reopen their border after talks in Juba.",
			"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-10-22")
			ev := eventOfType(x, truce.Consult)
			if tt.source == "" {
				if ev != nil {
					t.Fatalf("talks coded as news: %+v", *ev)
				}
				return
			}
			if ev == nil {
				t.Fatalf("no CONSULT event: %+v", x.Events)
			}
			if !(hasActor(ev.Source, tt.source) && hasActor(ev.Target, tt.target) || hasActor(ev.Source, tt.target) && hasActor(ev.Target, tt.source)) {
				t.Errorf("sides = %+v / %+v, want %s and %s", ev.Source, ev.Target, tt.source, tt.target)
			}
		})
	}
}

// Words that name an act told before inside their own phrase ("called the
// pullout a betrayal") are aimed at the doer of that act, of the kind the
// noun names when the article told several.
func TestCalledActTakesItsDoer(t *testing.T) {
	tests := []struct {
		name, text, target string
	}{
		{"an attack called cowardly", "Rebels shelled a Malian army base near Gao on Tuesday. Mali's president called the attack a cowardly act of terror.",
			"MLIREB"},
		{"a pullout called a betrayal, an offensive told after it", "French troops pulled out of a base near Menaka on Monday, and Islamic State fighters overran two villages nearby within hours. A Tuareg militia allied with Paris called the withdrawal a betrayal.",
			"FRA"},
		{"an attack condemned, a withdrawal told after it", "Gunmen attacked a police post in Tillaberi on Sunday, and Niger's army later pulled out of the district. Niger's interior minister condemned the attack.",
			""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-10-22")
			ev := eventOfType(x, truce.Accuse)
			if ev == nil {
				t.Fatalf("no ACCUSE event: %+v", x.Events)
			}
			if tt.target != "" && !hasActor(ev.Target, tt.target) {
				t.Errorf("target = %+v, want %s", ev.Target, tt.target)
			}
			if tt.target == "" && hasActor(ev.Target, "NERMIL") {
				t.Errorf("target = %+v, want not who withdrew", ev.Target)
			}
		})
	}
}

// A demand put to both parties for a truce asks for one; it declares
// none: "Egypt pressed both sides for a truce".
func TestDemandPutToParties(t *testing.T) {
	tests := []struct{ name, text, target string }{
		{"both sides", "Egypt pressed both sides for a truce in Gaza.", "PSE"},
		{"the warring parties", "Washington pressed the warring parties for a ceasefire in Sudan.", "SDN"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-10-22")
			if ev := eventOfType(x, truce.Retreat); ev != nil {
				t.Errorf("a %s event %+v from a demand", truce.Retreat, ev)
			}
			ev := eventOfType(x, truce.Request)
			if ev == nil {
				t.Fatalf("no %s event in %+v", truce.Request, x.Events)
			}
			if !hasActor(ev.Target, tt.target) {
				t.Errorf("target = %+v, want %s", ev.Target, tt.target)
			}
		})
	}
}
