package code_test

// Who did what to whom when a sentence tells an act: doers named after
// the words, participles and listed verbs sharing a doer, the target an
// act's words point back to.

import (
	"testing"

	"github.com/truce-project/truce"
)

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
		{"lorries set ablaze beside another deed", "Boko Haram fighters attacked a market town near Monguno on Friday and set fifteen lorries ablaze, traders said.", "NGABUS"},
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

// A verb listed in a subordinate clause keeps that clause's doer, not the
// main verb's: the foreign minister accused, not Mali.
func TestListedVerbInAnotherClause(t *testing.T) {
	x := mustExtract(t, "Mali gave France's ambassador 72 hours to leave on Monday, after France's foreign minister described the junta as illegitimate and accused it of lying.", "2022-02-01")
	for _, ev := range x.Events {
		if ev.Type != truce.Accuse {
			continue
		}
		if !hasActor(ev.Source, "FRAGOV") || hasActor(ev.Source, "MLI") {
			t.Errorf("source = %+v, want FRAGOV", ev.Source)
		}
		return
	}
	t.Fatalf("no ACCUSE event: %+v", x.Events)
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
