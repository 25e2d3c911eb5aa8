package code_test

import (
	"context"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/code"
	"github.com/truce-project/truce/ingest"
)

var (
	coderOnce sync.Once
	coder     *code.Coder
	coderErr  error
)

// MustCoder returns the coder shared by the tests, loaded once.
func MustCoder(tb testing.TB) *code.Coder {
	tb.Helper()
	coderOnce.Do(func() { coder, coderErr = code.Load() })
	if coderErr != nil {
		tb.Fatal(coderErr)
	}
	return coder
}

// eventsOf returns the events of type typ that text yields, published on
// that day; with modes, only those of one of them.
func eventsOf(tb testing.TB, text, published, typ string, modes ...string) []truce.Event {
	tb.Helper()
	var out []truce.Event
	for _, ev := range mustExtract(tb, text, published).Events {
		if ev.Type == typ && (len(modes) == 0 || slices.Contains(modes, ev.Mode)) {
			out = append(out, ev)
		}
	}
	return out
}

func mustExtract(tb testing.TB, text, published string) *truce.Extraction {
	tb.Helper()
	a := &truce.Article{ID: "t", Text: text}
	if published != "" {
		t, err := time.Parse(time.DateOnly, published)
		if err != nil {
			tb.Fatal(err)
		}
		a.Published = t
	}
	ingest.Finish(a)
	x, err := MustCoder(tb).Extract(context.Background(), a)
	if err != nil {
		tb.Fatal(err)
	}
	return x
}

func hasActor(as []truce.Actor, id string) bool {
	for _, a := range as {
		if a.ID == id || len(id) == 3 && len(a.ID) >= 3 && a.ID[:3] == id {
			return true
		}
	}
	return false
}

// Sentences in the project's own words, each with the one event a careful
// coder takes from it.
func TestCodeSentences(t *testing.T) {
	tests := []struct {
		name, text     string
		typ, mode      string
		source, target string
		fatalities     int // -1: no count
		status         string
		location       string
	}{
		{"nominal airstrike with possessor", "Pakistan's airstrikes on TTP hideouts in Khost killed at least 12 people on Tuesday.",
			"ASSAULT", "aerial", "PAK", "TTP", 12, "reported", "Khost"},
		{"suicide bombing with modifier", "A TTP suicide bombing killed 9 soldiers at a checkpoint in Bannu.",
			"ASSAULT", "suicide-attack", "TTP", "PAK", 9, "reported", "Bannu"},
		{"alleged", "Israeli airstrikes allegedly killed 30 civilians in Khan Younis, Palestinian officials said.",
			"ASSAULT", "aerial", "ISR", "PSE", 30, "alleged", "Khan Younis"},
		{"deportation", "Pakistan deported thousands of Afghan refugees through the Torkham crossing last week.",
			"COERCE", "deport", "PAK", "AFGREF", -1, "reported", "Torkham"},
		{"accusation", "Ukraine accused Russia of striking a crowded market in Kharkiv.",
			"ACCUSE", "", "UKR", "RUS", -1, "reported", ""},
		{"a party's report of a truce broken is a charge", "Hours after the truce took hold, Eritrea's army said that Ethiopian troops had shelled its posts near Zalambessa.",
			"ACCUSE", "allege", "ERI", "ETH", -1, "reported", ""},
		{"a report the text calls a charge", "Georgia's interior ministry said Russian border guards had abducted two farmers near Ergneti, an allegation Moscow rejected.",
			"ACCUSE", "allege", "GEO", "RUS", -1, "reported", ""},
		{"a charge told in the present", "Baku says Armenian troops have shelled its border villages in Tovuz, a charge Yerevan rejects.",
			"ACCUSE", "allege", "AZE", "ARM", -1, "reported", ""},
		{"naming who was behind a deed", "Belarus was behind the sabotage of a rail line near Lublin, Poland's prime minister said on Sunday.",
			"ACCUSE", "allege", "POL", "BLR", -1, "reported", ""},
		{"a state laying the blame on another accuses it", "Armenia bore full responsibility for the collapse of the talks, Azerbaijan's foreign ministry said on Friday.",
			"ACCUSE", "allege", "AZE", "ARM", -1, "reported", ""},
		{"a state owning its part in a past crime admits it", "Belgium bears a moral responsibility for the killings of civilians in Congo, Belgian Prime Minister Alexander De Croo said on Tuesday.",
			"SUPPORT", "", "BEL", "COD", -1, "reported", ""},
		{"evidence tying a party to a deed accuses it", "Dutch prosecutors said on Monday they had evidence tying two Iranian intelligence officers to the murder of a dissident in Delft.",
			"ACCUSE", "allege", "NLD", "IRN", -1, "reported", ""},
		{"linking a state's agents to a deed accuses the state", "Polish investigators have linked agents of Belarus's KGB security service to a wave of arson attacks in Warsaw.",
			"ACCUSE", "allege", "POL", "BLR", -1, "reported", ""},
		{"planned talks", "A new round of talks between Pakistan and Afghanistan is slated for Istanbul next week.",
			"CONSULT", "", "PAK", "AFG", -1, "planned", "Istanbul"},
		{"passive", "Five villagers were killed by RSF fighters near El Fasher.",
			"ASSAULT", "", "RSF", "SDN", 5, "reported", "El Fasher"},
		{"obligation voiced by a speaker", "Pakistan's foreign office said on Monday that Kabul must hand over the TTP commanders it shelters.",
			"REQUEST", "", "PAK", "AFG", -1, "reported", ""},
		{"obligation with the speaker last", "Iran must stop enriching uranium beyond agreed limits, the French foreign minister said on Tuesday.",
			"REQUEST", "yield", "FRA", "IRN", -1, "reported", ""},
		{"crowd demanding is protesters", "Police fired tear gas at crowds demanding the governor's resignation in Lahore on Friday.",
			"ASSAULT", "crowd-control", "PAKCOP", "PAKPRO", -1, "reported", "Lahore"},
		{"a town shelled is its people", "Russian artillery pounded the frontline town of Kupiansk on Monday.",
			"ASSAULT", "heavy-weapons", "RUSMIL", "UKRCVL", -1, "reported", "Kupiansk"},
		{"a hospital named for another country", "Israeli tanks shelled the area around the Indonesian Hospital in Beit Lahia on Monday.",
			"ASSAULT", "heavy-weapons", "ISRMIL", "PSEHLH", -1, "reported", "Beit Lahia"},
		{"a health centre looted is health workers'", "Al-Shabaab fighters plundered a health center in Baidoa on Tuesday.",
			"COERCE", "seize", "ALSHABAAB", "SOMHLH", -1, "reported", "Baidoa"},
		{"toll verb and the raid it was done in", "Russian aircraft killed 46 Afghan civilians in a raid on a village near Herat.",
			"ASSAULT", "", "RUSMIL", "AFGCVL", 46, "reported", ""},
		{"an unclaimed bombing with a toll", "A bomber detonated his vest near a procession in Mastung on Friday, killing at least 52 people.",
			"ASSAULT", "suicide-attack", "", "PAKCVL", 52, "reported", "Mastung"},
		{"verb right after an actor", "Myanmar's military detained opposition leaders in early-morning raids in Naypyidaw on Monday.",
			"COERCE", "arrest", "MMRMIL", "MMR", -1, "reported", ""},
		{"forces driving fighters out of a town retake it", "Somali troops have driven al-Shabaab militants out of the town of Bulo Burte, the army said on Monday.",
			"ASSAULT", "", "SOMMIL", "ALSHABAAB", -1, "reported", ""},
		{"agent after an of-phrase", "The recapture of Kalamaloue by Cameroonian soldiers on Tuesday ended a week-long occupation.",
			"ASSAULT", "", "CMRMIL", "", -1, "reported", ""},
		{"what is agreed is not a second event", "Iran and Saudi Arabia agreed on Friday to restore diplomatic relations and reopen their embassies within two months.",
			"AGREE", "", "IRN", "SAU", -1, "reported", ""},
		{"marchers are protesters", "Thousands of people marched through central Nairobi on Tuesday against the finance bill.",
			"PROTEST", "demo", "KENPRO", "KENGOV", -1, "reported", "Nairobi"},
		{"a march on an anniversary is news", "Hundreds of Chileans marched through Valparaiso on Saturday to mark two years since the deadly fire that destroyed the hillside districts.",
			"PROTEST", "demo", "CHLPRO", "CHLGOV", -1, "reported", "Valparaíso"},
		{"observation posts set up far after the verb", "Turkish peacekeepers have set up more than a dozen observation posts along the ceasefire line in Idlib.",
			"MOBILIZE", "troops", "TURMIL", "", -1, "reported", "Idlib"},
		{"an armed conflict declared is emergency rule", "Peru's President Jose Jeri declared an \"internal armed conflict\" on Monday against drug cartels in Lima.",
			"COERCE", "martial-law", "PERGOV", "", -1, "reported", "Lima"},
		{"a second verb after and, tagged as an adjective", "The interior ministry blocked messaging apps across the country and deployed soldiers in Sindh province on Sunday.",
			"MOBILIZE", "troops", "PAKGOV", "", -1, "reported", "Sindh"},
		{"an act after an accusation and a new verb", "Ghana accused Togo on Monday of harbouring rebels, and said it had sent 2,000 troops to the border.",
			"MOBILIZE", "troops", "GHA", "", -1, "reported", ""},
		{"troops entering ground", "Nigerian troops entered the town of Malam Fatori on Sunday.",
			"COERCE", "seize", "NGAMIL", "", -1, "reported", "Malam Fatori"},
		{"troops arriving are deployed, not visiting", "The first 300 Rwandan soldiers of the regional force arrived in Bangui on Monday.",
			"MOBILIZE", "troops", "RWAMIL", "", -1, "reported", "Bangui"},
		{"troops ordered onto the streets", "The president ordered soldiers onto the streets of Freetown.",
			"MOBILIZE", "troops", "SLEGOV", "", -1, "reported", "Freetown"},
		{"a minister arriving still visits", "Kenya's foreign minister arrived in Mogadishu on Monday.",
			"CONSULT", "visit", "KENGOV", "SOM", -1, "reported", "Mogadishu"},
		{"a threat joined to a blame takes its target", "The Houthis blamed Saudi Arabia for the raids on Sanaa and vowed that it would face a harsh response.",
			"THREATEN", "violence", "HOUTHI", "SAU", -1, "reported", ""},
		{"a deed called terrorism is alleged", "Kenya's interior minister called the ferry bombing a terrorist act.",
			"ACCUSE", "allege", "KENGOV", "", -1, "reported", ""},
		{"who is deployed mobilises", "Thousands of additional police were deployed across Dhaka on Sunday ahead of the verdict.",
			"MOBILIZE", "police", "BGDCOP", "", -1, "reported", "Dhaka"},
		{"the weapon an attack was made with", "Separatists attacked a gendarmerie checkpoint near Buea in Cameroon with grenades on Wednesday night.",
			"ASSAULT", "explosives", "CMR", "CMR", -1, "reported", ""},
		{"fighting before a capture is background", "Mozambican troops retook parts of Palma after days of fighting with Islamic State-linked insurgents.",
			"ASSAULT", "", "MOZMIL", "ISIS", -1, "reported", "Palma"},
		{"ground taken abroad is taken from the army", "Russian forces captured the village of Pishchane in the Donetsk region, Moscow's defence ministry said.",
			"ASSAULT", "", "RUSMIL", "UKRMIL", -1, "reported", ""},
		{"unnamed protesters are the place's", "Thousands rallied in Belgrade on Saturday against the government, demanding early elections.",
			"PROTEST", "demo", "SRBPRO", "SRBGOV", -1, "reported", "Belgrade"},
		{"a capital visited", "Ukraine's president Volodymyr Zelensky visited Washington on Thursday for talks with Donald Trump.",
			"CONSULT", "visit", "UKRGOV", "USA", -1, "reported", "Washington"},
		{"accused each other", "Israel and Hamas accused each other of violating the ceasefire after an exchange of fire in Rafah.",
			"ACCUSE", "", "ISR", "HAMAS", -1, "reported", ""},
		{"a city named after its country's capital title", "At least 12 people were killed when a car bomb exploded near a busy market in the Somali capital Mogadishu on Saturday, police said.",
			"ASSAULT", "explosives", "", "SOMCVL", 12, "reported", "Mogadishu"},
		{"a border is no actor", "M23 rebels seized control of the town of Bunagana near the Ugandan border after heavy fighting with Congolese troops.",
			"ASSAULT", "", "M23", "CODMIL", -1, "reported", ""},
		{"suspended from a bloc", "The African Union suspended Niger from all its activities following the military coup.",
			"SANCTION", "withdraw", "AU", "NER", -1, "reported", ""},
		{"coast guards are military", "Hundreds of migrants were detained by Libyan coast guards and returned to Tripoli, the UN migration agency said.",
			"COERCE", "arrest", "LBYMIL", "LBY", -1, "reported", "Tripoli"},
		{"coordination past an adjective", "Envoys of Sudan's army and the paramilitary Rapid Support Forces resumed indirect negotiations in Jeddah on Thursday.",
			"CONSULT", "", "SDN", "RSF", -1, "reported", "Jeddah"},
		{"coordination past a possessive", "More than 1,000 Boko Haram fighters and their families have surrendered to troops in Borno state, the army said.",
			"RETREAT", "", "BOKOHARAM", "NGAMIL", -1, "reported", ""},
		{"an apposition names an unknown person", "Mozambique's president held talks on Sunday with Venancio Mondlane, the opposition leader, in Maputo.",
			"CONSULT", "", "MOZGOV", "MOZOPP", -1, "reported", ""},
		{"rockets across a border hit the other country", "Hezbollah fired more than 200 rockets at northern Israel on Wednesday, its heaviest barrage in months.",
			"ASSAULT", "heavy-weapons", "HEZBOLLAH", "ISR", -1, "reported", ""},
		{"a demonym's people protesting", "Thousands of Israelis rallied in Tel Aviv on Saturday evening against the government.",
			"PROTEST", "demo", "ISRPRO", "ISRGOV", -1, "reported", "Tel Aviv"},
		{"an apposition names the victim", "Khalil Haqqani, the Taliban's minister for refugees, was killed on Wednesday when a suicide bomber struck his ministry in Kabul.",
			"ASSAULT", "suicide-attack", "AFGREB", "AFGGOV", 1, "reported", "Kabul"},
		{"a critic of a government is its opposition", "Russian police detained Kremlin critic Alexei Navalny at a Moscow airport on Sunday.",
			"COERCE", "arrest", "RUSCOP", "RUSOPP", -1, "reported", "Moscow"},
		{"killed when an attack was made", "Eight members of a police unit were killed on Monday when Maoist rebels set off an improvised explosive device under their vehicle in Bijapur.",
			"ASSAULT", "explosives", "INDREB", "INDCOP", 8, "reported", "Bijapur"},
		{"a participle clause shares the subject", "Armenia's prime minister and Azerbaijan's president met at the White House on Friday after initialling a peace agreement brokered by Donald Trump.",
			"AGREE", "", "ARM", "AZE", -1, "reported", ""},
		{"a participle after a prepositional object", "South Africa has filed a case at the International Court of Justice accusing Israel of genocidal acts in Gaza.",
			"ACCUSE", "", "ZAF", "ISR", -1, "reported", ""},
		{"a bloc named by its leaders", "West African leaders suspended Guinea from the regional bloc on Wednesday following the coup.",
			"SANCTION", "withdraw", "ECOWAS", "GIN", -1, "reported", ""},
		{"a harm promised on a condition is a threat", "Somalia will expel Ethiopian troops serving with the African Union force unless Addis Ababa tears up its port deal, an adviser said on Tuesday.",
			"THREATEN", "expel", "SOM", "ETHMIL", -1, "reported", ""},
		{"a phrase trigger after a coordinated verb", "Gunmen forced passengers off buses in Balochistan and shot dead at least 23 of them, an official said.",
			"ASSAULT", "firearms", "PAKREB", "", 23, "reported", ""},
		{"armed men blocking a road blockade it", "Gunmen blocked a highway in Pakistan's Balochistan province overnight, a senior local official said.",
			"COERCE", "restrict", "PAKREB", "", -1, "reported", ""},
		{"an unknown by-agent is not the subject", "Police used tear gas to break up a sit-in by the Baloch Yakjehti Committee in Quetta on Saturday.",
			"PROTEST", "demo", "PAKPRO", "", -1, "reported", "Quetta"},
		{"an attack told as a gerund inside an accusation", "Vietnam accused China's coast guard of beating ten fishermen with iron bars near the Paracel Islands.",
			"ASSAULT", "beat", "CHNMIL", "VNMCVL", -1, "alleged", ""},
		{"a date of an earlier predicate", "Saudi Arabia reaffirmed its support for the claim to islands held by Iran since 1971, and urged Tehran to accept direct talks.",
			"REQUEST", "", "SAU", "IRN", -1, "reported", ""},
		{"how long a plan lasts is no date", "Sudan's government said on Thursday it would reopen the Adre crossing on the border with Chad for three months.",
			"RETREAT", "access", "SDNGOV", "", -1, "planned", ""},
		{"a curfew falls on the people", "Sierra Leone imposed a nationwide curfew on Wednesday after gunmen attacked a military barracks in Freetown.",
			"COERCE", "curfew", "SLE", "SLECVL", -1, "reported", ""},
		{"a span of time dates only what it spans", "India will repeal the three farm laws that prompted a year of protests by farmers, Prime Minister Narendra Modi said on Friday.",
			"CONCEDE", "", "IND", "", -1, "planned", ""},
		{"a date inside a relative clause", "Juan Orlando Hernandez, who left the presidency of Honduras only three months ago, was extradited to the United States on Thursday.",
			"COOPERATE", "", "HNDGOV", "USA", -1, "reported", ""},
		{"blame in the next sentence names the attacker", "A rocket slammed into a football pitch in Majdal Shams in the Golan Heights on Saturday, killing 12 children. Israel blamed Hezbollah, which denied any role.",
			"ASSAULT", "", "HEZBOLLAH", "", 12, "reported", ""},
		{"an arrest with no one named is the police's", "Peru's ousted president Pedro Castillo was detained in Lima on Wednesday after trying to dissolve Congress.",
			"COERCE", "arrest", "PERCOP", "PER", -1, "reported", "Lima"},
		{"an agreement with another party", "Pakistan's government reached an agreement with the Taliban on Sunday to reopen the Torkham crossing.",
			"AGREE", "", "PAK", "AFG", -1, "reported", ""},
		{"threat aimed at the country of its place", "Hezbollah threatened on Sunday to resume its attacks in northern Israel.",
			"THREATEN", "violence", "HEZBOLLAH", "ISR", -1, "reported", ""},
		{"a condemnation of killings no one is named for", "Three aid workers were found dead outside Juba on Monday. The Norwegian foreign minister condemned the killings.",
			"ACCUSE", "disapprove", "NOR", "", -1, "reported", ""},
		{"a condemnation of a desecration told before", "Unknown men set fire to a copy of the Bible outside a church in Lahore on Friday. The European Union denounced the desecration.",
			"ACCUSE", "disapprove", "EU", "", -1, "reported", ""},
		{"a threat told as a gerund to cut off supplies", "Algeria answered on Tuesday by threatening to cut off the gas it sells to Spain.",
			"THREATEN", "restrict", "DZA", "ESP", -1, "reported", ""},
		{"a condemnation of a coup told before", "Soldiers seized power in Conakry on Sunday and detained the president. The European Union condemned the coup.",
			"ACCUSE", "disapprove", "EU", "GINMIL", -1, "reported", ""},
		{"an accusation told as a participle after a threat", "Serbia threatened on Friday to recall its ambassador from Zagreb, accusing Croatia of harassing ethnic Serbs.",
			"ACCUSE", "allege", "SRB", "HRV", -1, "reported", ""},
		{"the weapon launched by the attacker strikes", "Drones launched by the Houthis struck an oil terminal near Jazan on Sunday, Saudi officials said.",
			"ASSAULT", "drone", "HOUTHI", "", -1, "reported", ""},
		{"scorn for another side's act", "The European Union imposed new sanctions on Belarus on Monday. Belarus's foreign ministry mocked the decision.",
			"ACCUSE", "disapprove", "BLR", "EU", -1, "reported", ""},
		{"praise for an initiative told before", "Sweden announced a plan to rebuild the port on Monday. Finland praised the initiative.",
			"SUPPORT", "", "FIN", "", -1, "reported", ""},
		{"suspects arrested with no one named", "Four suspects were arrested in Mombasa on Friday after a chase, police said.",
			"COERCE", "arrest", "KENCOP", "", -1, "reported", "Mombasa"},
		{"a device defused with no one named", "A bomb disposal team defused a device planted on a road near Quetta on Monday.",
			"COERCE", "seize", "PAKCOP", "", -1, "reported", "Quetta"},
		{"a condemnation told after a report is aimed at the attacker", "Militants stormed a school in Borno, killing 14 pupils, Nigeria's government said, calling it an atrocity.",
			"ACCUSE", "disapprove", "NGA", "NGAREB", -1, "reported", ""},
		{"an answer promised to a killing is a threat", "Hezbollah said the killing of its commander would not go unanswered.",
			"THREATEN", "violence", "HEZBOLLAH", "", -1, "reported", ""},
		{"a threat of more attacks is made now", "The Houthis said on Monday they would keep targeting tankers bound for Israeli ports.",
			"THREATEN", "violence", "HOUTHI", "ISR", -1, "reported", ""},
		{"calling a measure cruel is disapproval", "Islamabad called the deportations cruel on Monday.",
			"ACCUSE", "disapprove", "PAK", "", -1, "reported", ""},
		{"ordering a detainee freed is a release", "Kenya's president ordered the release of the detained opposition senator on Friday.",
			"RETREAT", "release", "KEN", "KENOPP", -1, "reported", ""},
		{"a strike suspended gives way", "Kenyan doctors suspended a nationwide strike on Thursday.",
			"CONCEDE", "", "KENHLH", "", -1, "reported", ""},
		{"halting all operations stands down", "The Saudi-led coalition said on Tuesday it would halt all military operations in Yemen.",
			"RETREAT", "ceasefire", "SAU", "", -1, "planned", "Yemen"},
		{"an attack told after an adverb inside an accusation", "Militiamen were accused of sexually assaulting women in a camp near Bunia.",
			"ASSAULT", "sexual", "CODMLT", "CODCVL", -1, "alleged", ""},
		{"troops massed inside an accusation", "Eritrea accused Ethiopia on Tuesday of massing troops along the border near Badme.",
			"MOBILIZE", "troops", "ETH", "ERI", -1, "alleged", ""},
		{"a warning whose content is a threat of force", "The Polisario Front warned on Friday that its fighters would target Moroccan convoys near Mahbes.",
			"THREATEN", "violence", "POLISARIO", "MAR", -1, "reported", ""},
		{"a warning to an addressee stays aimed at it", "Hezbollah warned Israel that it would hit back.",
			"THREATEN", "violence", "HEZBOLLAH", "ISR", -1, "reported", ""},
		{"the answer to a charge told in apposition", "Lithuania accused Belarus of sending migrants across the border, a charge Minsk has rejected.",
			"REJECT", "", "BLR", "LTU", -1, "reported", ""},
		{"an irregular past between two armies", "Sudanese soldiers fought Chadian gunmen near Adre on Sunday.",
			"ASSAULT", "", "SDNMIL", "TCD", -1, "reported", "Adré"},
		{"blows struck with batons", "In Tbilisi, police in helmets struck students with batons outside parliament on Friday.",
			"ASSAULT", "beat", "GEOCOP", "", -1, "reported", "Tbilisi"},
		{"the talks a deal was struck at", "Armenia and Azerbaijan agreed to a prisoner swap at talks in Abu Dhabi on Monday.",
			"CONSULT", "", "ARM", "AZE", -1, "reported", "Abu Dhabi"},
		{"regret voiced for one's own act is an apology", "Pakistan's foreign office expressed regret on Tuesday, saying the drone had strayed across the border by mistake.",
			"SUPPORT", "", "PAKGOV", "", -1, "reported", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-10-22")
			var got *truce.Event
			for i := range x.Events {
				if x.Events[i].Type == tt.typ {
					got = &x.Events[i]
					break
				}
			}
			if got == nil {
				t.Fatalf("no %s event in %+v", tt.typ, x.Events)
			}
			if tt.mode != "" && got.Mode != tt.mode {
				t.Errorf("mode = %q, want %q", got.Mode, tt.mode)
			}
			if tt.source == "" && len(got.Source) > 0 || tt.source != "" && !hasActor(got.Source, tt.source) {
				t.Errorf("source = %+v, want %s", got.Source, tt.source)
			}
			if tt.target != "" && !hasActor(got.Target, tt.target) {
				t.Errorf("target = %+v, want %s", got.Target, tt.target)
			}
			switch {
			case tt.fatalities < 0 && got.Fatalities != nil:
				t.Errorf("fatalities = %+v, want none", got.Fatalities)
			case tt.fatalities >= 0 && (got.Fatalities == nil || got.Fatalities.Min != tt.fatalities):
				t.Errorf("fatalities = %+v, want %d", got.Fatalities, tt.fatalities)
			}
			if got.Status != tt.status {
				t.Errorf("status = %q, want %q", got.Status, tt.status)
			}
			if tt.location != "" && (got.Location == nil || got.Location.Name != tt.location) {
				t.Errorf("location = %+v, want %s", got.Location, tt.location)
			}
			if got.Evidence.Sentence == "" || got.CAMEO == "" || got.Quad == 0 {
				t.Errorf("incomplete record: %+v", got)
			}
		})
	}
}

func TestVerbTaggedAsAdjective(t *testing.T) {
	tests := []struct {
		name, text, source string
	}{
		{"past verb between a plural subject and its object", "Crowds of workers stormed government offices in Osh on Friday.", "KGZ"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-10-22")
			for _, ev := range x.Events {
				if hasActor(ev.Source, tt.source) {
					return
				}
			}
			t.Errorf("no event with source %s in %+v", tt.source, x.Events)
		})
	}
}

// Trigger phrases that code an event of their own type.
func TestTriggerPhrases(t *testing.T) {
	tests := []struct {
		name, text, typ string
	}{
		{"the disapproving name for a deed", "The Kurdish parties called the French pullout a stab in the back on Thursday.", truce.Accuse},
		{"a ruse named by its critics", "Opposition leaders in Tbilisi called the law an attempt to muzzle the press.", truce.Accuse},
		{"one side declaring a truce concedes", "The Karen National Union declared a three-day ceasefire on Friday so that flood victims could be reached.", truce.Concede},
		{"a truce announced by one government concedes", "Sudanese officials announced a new truce in El Fasher late on Sunday.", truce.Concede},
		{"bombs let fall from the air", "Army helicopters dropped barrel bombs on the village of Kafr Nabl on Sunday.", truce.Assault},
		{"a verdict on a long-named defendant", "A military court in Kinshasa found former army chief John Numbi Banza guilty of treason on Friday.", truce.Accuse},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-10-22")
			if eventOfType(x, tt.typ) == nil {
				t.Errorf("no %s event (%+v)", tt.typ, x.Events)
			}
		})
	}
}

// wantTypeMode fails unless text codes an event of category typ and, when
// mode is not "", of that mode; the failure lists every event coded as
// type/mode/CAMEO.
func wantTypeMode(t *testing.T, text, published, typ, mode string) {
	t.Helper()
	x := mustExtract(t, text, published)
	var got []string
	for _, e := range x.Events {
		if e.Type == typ && (mode == "" || e.Mode == mode) {
			return
		}
		got = append(got, e.Type+"/"+e.Mode+"/"+e.CAMEO)
	}
	t.Errorf("want %s/%s, got [%s]", typ, mode, strings.Join(got, " "))
}

// wantNoTypeMode fails if text codes an event of category typ and, when
// mode is not "", of that mode: a look-alike a row must leave alone.
func wantNoTypeMode(t *testing.T, text, published, typ, mode string) {
	t.Helper()
	for _, e := range mustExtract(t, text, published).Events {
		if e.Type == typ && (mode == "" || e.Mode == mode) {
			t.Errorf("got %s/%s/%s, want no %s", e.Type, e.Mode, e.CAMEO, typ)
		}
	}
}
