package code_test

import (
	"strings"
	"testing"

	"github.com/truce-project/truce"
)

// eventOfType returns the first event of the given type, or nil.
func eventOfType(x *truce.Extraction, typ string) *truce.Event {
	for k := range x.Events {
		if x.Events[k].Type == typ {
			return &x.Events[k]
		}
	}
	return nil
}

// Status of an event, in sentences of our own: hedges, plans, conditions,
// denials, accusations, and what a report frame makes of its content.
func TestStatus(t *testing.T) {
	tests := []struct {
		name, text, typ, status string
	}{
		{"a named actor's would after a report", "Japan said on Thursday that Tokyo would lift curbs on exports of chip materials to South Korea.", "RETREAT", "planned"},
		{"a speaker's would is a plan", "Palestinian leaders said they would boycott all contact with the United States.", "PROTEST", "planned"},
		{"a would that opens the trigger, far from the report", "The chancellor told lawmakers in a speech on Wednesday that Berlin would send 14 tanks to Ukraine.", "AID", "planned"},
		{"a speaker's own men", "The militia's leader said on Friday his fighters would pull out of the town next week.", "RETREAT", "planned"},
		{"a forecast's would is not", "Diplomats said the truce would be tested by militant attacks inside Pakistan, which Islamabad blames on the TTP.", "ACCUSE", "reported"},
		// Plans keep their own type.
		{"will", "Kenya will send 1,000 police officers to Haiti next month, the interior minister said on Friday.", "MOBILIZE", truce.StatusPlanned},
		{"due to", "The foreign ministers of Armenia and Azerbaijan are due to meet in Almaty on Thursday.", "CONSULT", truce.StatusPlanned},
		{"is to", "Under the deal, the army is to withdraw its troops from the border town of Kasindi.", "RETREAT", truce.StatusPlanned},
		{"a promise opens the act", "Kenya's interior minister pledged to deploy more police officers to Lamu county after the raid.", "MOBILIZE", truce.StatusPlanned},
		{"expected to", "Envoys from Sudan's warring parties were expected to meet in Jeddah at the weekend.", "CONSULT", truce.StatusPlanned},
		{"noun subject of will", "Talks between the two sides will resume in Doha next week, Qatar's foreign ministry said.", "CONSULT", truce.StatusPlanned},
		{"noun after a future verb", "Emmanuel Macron will host Paul Kagame in Paris on June 3 for talks on the war in eastern Congo, the French presidency said.", "CONSULT", truce.StatusPlanned},
		{"noun subject of due to", "The withdrawal of French troops is due to begin in December.", "RETREAT", truce.StatusPlanned},
		// A refusal made now is no plan and no hypothesis.
		{"will not", "Iran will not hold direct negotiations with the United States, its foreign minister said.", "REJECT", truce.StatusReported},
		{"would never", "North Korea said it would never accept the sanctions imposed by the Security Council.", "REJECT", truce.StatusReported},
		// Conditions.
		// A suspicion of a past act is an allegation, not a possibility.
		{"may have", "Monitors said on Friday that Myanmar's army may have shelled a village near Mandalay.", "ASSAULT", truce.StatusAlleged},
		{"might have", "Rights groups said on Friday that Eritrean troops might have used cluster munitions in an attack on Adigrat.", "ASSAULT", truce.StatusAlleged},
		{"would with if", "Serbia would accept a European-brokered deal if Kosovo dissolved its special police units, a government source said.", "AGREE", truce.StatusHypothetical},
		// Denials and accusations.
		{"denied doing", "Uganda on Friday denied supplying weapons to the rebels in eastern Congo.", "AID", truce.StatusDenied},
		{"the denial itself", "Uganda on Friday denied supplying weapons to the rebels in eastern Congo.", "REJECT", truce.StatusReported},
		{"accused of", "Human Rights Watch accused the Congolese army of shelling a displaced persons camp near Goma.", "ASSAULT", truce.StatusAlleged},
		// Report frames.
		{"armed group claims", "Al-Shabaab insurgents said they had captured the town of Mahas in central Somalia.", "ASSAULT", truce.StatusClaimed},
		{"armed group states no act", "Hamas said it welcomed the vote at the Security Council.", "SUPPORT", truce.StatusReported},
		{"state alleges", "Ethiopia said Eritrean troops had shelled its positions near Badme on Tuesday.", "ASSAULT", truce.StatusAlleged},
		{"state reports its operation", "Iraqi forces said they had cleared Islamic State fighters from three villages near Kirkuk.", "ASSAULT", truce.StatusReported},
		{"state claims its toll", "Nigeria's army said in a statement that its troops had killed 20 militants in Borno state.", "ASSAULT", truce.StatusClaimed},
		// Who began a fight already told is no allegation about it.
		{"who fired first", "Indian and Pakistani troops traded fire across the Line of Control near Poonch on Sunday, with each army accusing the other of firing first.", "ASSAULT", truce.StatusReported},
		{"alleged only for the accused's act", "Azerbaijan's defence ministry said Armenian units had fired on its positions near Lachin in violation of the ceasefire.", "ACCUSE", truce.StatusReported},
		// A comma and a participle open a clause a negation before them does not reach.
		{"participle after a negated complaint", "Mali's interior ministry complained that its delegation had not been consulted, calling the summit a sham.", "ACCUSE", truce.StatusReported},
		{"trailing attribution", "Gunmen killed nine villagers in Zamfara state on Sunday, police said.", "ASSAULT", truce.StatusReported},
		// A quote bounds its modals: the warning after it is made now.
		{"modal inside a quote", "Iran \"could strike within hours\", General Hossein Salami warned Israel on Sunday.", "THREATEN", truce.StatusReported},
		// "a charge X denies" after the charged clause.
		{"a charge denied", "Western officials said that Minsk was sending weapons to the Russian army, a charge Belarus denies.", "AID", truce.StatusAlleged},
		// A speaker's word on its own side, contradicted by another.
		{"a disputed claim", "Russia said on Monday that some of its troops were withdrawing from the border, but NATO said it had seen no sign of a pullback.", "RETREAT", truce.StatusClaimed},
		{"an undisputed report", "Russia said on Monday that some of its troops were withdrawing from the border.", "RETREAT", truce.StatusReported},
		// A group announcing its own decision claims nothing.
		{"a decision is no claim", "Al-Shabaab said on Sunday it had decided to release the Kenyan aid workers it seized in March.", "RETREAT", truce.StatusReported},
		{"a deed is a claim", "Al-Shabaab said on Sunday it had released the Kenyan aid workers it seized in March.", "RETREAT", truce.StatusClaimed},
		// A refusal in the future tense is made now.
		{"will turn down", "Serbia will turn down any loans from Brussels, the prime minister said on Monday.", "REJECT", truce.StatusReported},
		// A negation before ", and" negates the clause it stands in.
		{"never in a relative clause before and", "Envoys of Kosovo and Serbia met in Brussels on Monday over ties between the two, which have never had formal relations, and agreed to keep talking, EU officials said.", "AGREE", truce.StatusReported},
		// A reported "would" that sets an event noun going is a plan.
		{"talks would follow", "The foreign minister told reporters on Tuesday that talks between the two governments would follow next month.", "CONSULT", truce.StatusPlanned},
		// A warning told of a noun's consequence is made now.
		{"a warned would", "The Houthis said on Sunday that the blockade would cost American lives.", "THREATEN", truce.StatusReported},
		// A measure being readied is yet to be taken.
		{"preparing sanctions", "Washington was drafting new sanctions against Caracas over the disputed vote, officials said on Monday.", "SANCTION", truce.StatusPlanned},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ev := eventOfType(mustExtract(t, tt.text, "2025-11-20"), tt.typ)
			if ev == nil {
				t.Fatalf("no %s event in %q", tt.typ, tt.text)
			}
			if ev.Status != tt.status {
				t.Errorf("status = %q, want %q", ev.Status, tt.status)
			}
		})
	}
}

// Who a report is attributed to, in sentences of our own; "" when the text
// names no one. An id of three letters matches any actor of that country.
func TestReportedBy(t *testing.T) {
	tests := []struct {
		name, text, typ, by string
	}{
		{"officials said", "Gunmen killed nine villagers in Zamfara state on Sunday, police said.", "ASSAULT", "NGACOP"},
		{"a name then its title", "Russian forces shelled a bus stop in Kherson on Monday morning, said Roman Mrochko, head of the city's military administration.", "ASSAULT", "UKRGOV"},
		{"a rights group said", "Soldiers beat dozens of market traders in Kano during a curfew, a rights group said.", "ASSAULT", "NGANGO"},
		{"according to", "Militias killed 30 civilians in Ituri province last week, according to the United Nations.", "ASSAULT", "UN"},
		{"a spokesman for", "Russian missiles hit an energy facility in Odesa overnight, a spokesman for the Ukrainian air force said.", "ASSAULT", "UKRMIL"},
		{"state media", "Protesters set fire to a police station in Zahedan, state media said.", "PROTEST", "IRNMED"},
		{"told reporters", "A rocket struck a school in Kharkiv on Monday, wounding four pupils, a teacher told reporters.", "ASSAULT", "UKREDU"},
		{"it said", "Ukraine's air force shot down 20 drones over the Kyiv region, it said on Sunday.", "COERCE", "UKRMIL"},
		{"the state's own minister", "Germany will send two more Patriot systems to Ukraine, the defence minister said.", "MOBILIZE", "DEU"},
		{"the place's ministry", "An Israeli strike on a school in Gaza City killed 20 people, Gaza's health ministry said.", "ASSAULT", "PSE"},
		{"the institution of its officials", "Army officials said on Monday that the rebels had attacked a base near Goma with drones.", "ASSAULT", "CODMIL"},
		{"said that", "Ethiopia said Eritrean troops had shelled its positions near Badme on Tuesday.", "ASSAULT", "ETH"},
		{"accuser", "Human Rights Watch accused the Congolese army of shelling a displaced persons camp near Goma.", "ASSAULT", "HRW"},
		{"name set off by commas", "Pakistan's defence minister, Khawaja Asif, told a television channel that the talks had collapsed.", "CONSULT", "PAKGOV"},
		{"the body told", "Survivors told UN investigators that militiamen raped at least 12 women in Ituri.", "ASSAULT", "UN"},
		{"another clause's speaker", "Ukraine's army reported calm along the front on Monday, but a shell hit a market in Kherson, wounding three people, a teacher told reporters.", "ASSAULT", "UKREDU"},
		{"party officials", "Police fired tear gas at hundreds of opposition supporters marching on Lahore on Sunday, party officials said.", "ASSAULT", "PAKOPP"},
		{"the commission", "Gunmen set fire to an office of Kenya's electoral commission in Kisumu on Monday, the commission said.", "ASSAULT", "KENGOV"},
		{"the court named before", "Kenya has filed a case at the International Court of Justice accusing Somalia of seizing its fishing boats, the court said on Friday.", "ACCUSE", "ICJ"},
		{"its commander", "Kenya's army has withdrawn from the town of Kolbio in Lamu county, its commander, General Peter Njiru, said on Saturday.", "RETREAT", "KENMIL"},
		{"the owner of a media wing", "Pakistani troops killed six militants in a raid in Khyber district on Sunday, the military's media wing said.", "ASSAULT", "PAKMIL"},
		{"a second act of the subject", "Israel briefly halted the entry of aid trucks into Gaza, then said it had resumed enforcing the ceasefire.", "RETREAT", "ISR"},
		{"a report verb tagged as a participle", "The US-backed Syrian Democratic Forces declared on Sunday that they had captured the town of Hajin.", "ASSAULT", "SDF"},
		{"a long title between commas", "Turkish troops shelled Kurdish positions near Kobani on Monday, Ahmet Demir, Ankara's special envoy for normalising ties with Armenia, said.", "ASSAULT", "TUR"},
		{"the two countries", "The United States completed its withdrawal from a drone base near Agadez on Sunday, the two countries said in a joint statement.", "RETREAT", "USA"},
		{"the general staff", "Russian forces shelled the port of Kherson on Sunday, Ukraine's General Staff said.", "ASSAULT", "UKRMIL"},
		{"his office", "Japan's prime minister will travel to Seoul next week for talks with the South Korean president, his office said.", "CONSULT", "JPN"},
		{"the state news agency", "Saudi Arabia expelled Lebanon's ambassador on Friday, the state news agency said.", "SANCTION", "SAUMED"},
		{"the agency named before", "Warehouses of the World Food Programme in Kadugli were looted by gunmen on Sunday, the agency said.", "COERCE", "WFP"},
		{"no one named", "Uganda on Friday denied supplying weapons to the rebels in eastern Congo.", "AID", ""},
		{"admitted", "Israeli troops killed three aid workers in Gaza by mistake, the army admitted on Sunday.", "ASSAULT", "ISRMIL"},
		{"investigators", "A bomb exploded under a car in central Moscow on Saturday, killing a journalist, investigators said.", "ASSAULT", "RUSJUD"},
		{"a long speaker after a comma", "Gunmen attacked a displaced persons camp near Kidal on Friday, peacekeepers from the United Nations Multidimensional Integrated Stabilization Mission in Mali said.", "ASSAULT", "UN"},
		{"with doctors reporting", "Fighting between the army and M23 rebels raged near Goma on Monday, with doctors at the main hospital reporting 15 dead.", "ASSAULT", "CODHLH"},
		{"the organisation is no armed group", "A convoy of the World Food Programme reached Kadugli on Friday after the SPLM-N lifted its siege of the town, the organisation said.", "RETREAT", "WFP"},
		{"known as", "Colombia's main rebel group, known as the National Liberation Army, said on Tuesday it would release six soldiers held in Arauca.", "RETREAT", "ELN"},
		{"the body a title serves", "Sudan's army and the RSF agreed to a truce in Jeddah on Monday, the African Union's envoy, former Kenyan President Uhuru Kenyatta, said.", "AGREE", "AU"},
		{"the state press agency", "Eritrea expelled the Dutch ambassador on Friday, the state-run press agency said.", "SANCTION", "ERIMED"},
		{"a society", "Soldiers detained 12 students in Hebron overnight, the Palestinian Detainees' Society said.", "COERCE", "PSENGO"},
		{"the bloc", "The East African Community has started deploying troops to Goma to back the Congolese army against the rebels, the bloc said on Tuesday.", "MOBILIZE", "EAC"},
		{"a local council chairman", "Bandits killed 12 farmers in Zurmi, in Nigeria's Zamfara state, on Sunday, the local council chairman said.", "ASSAULT", "NGAGOV"},
		{"a toll told after a semicolon", "Jihadists raided a village in northern Burkina Faso overnight, torching granaries; the government said at least 40 people died.", "ASSAULT", "BFAGOV"},
		{"its border service", "Georgia closed its border crossing with Russia on Monday, its border service said.", "COERCE", "GEO"},
		{"a victim's employer", "Gunmen abducted a reporter in Kano on Monday and took him to an unknown place, her employer said.", "ASSAULT", "NGAMED"},
		{"an unknown name described as a group", "Police arrested more than 200 people at protests in Minsk on Sunday, according to Viasna, a group that tracks detentions.", "COERCE", "BLRNGO"},
		{"the army is not the rebels named for one", "Troops fought fighters of the Arakan Army near Kyauktaw in Rakhine state on Tuesday, leaving two soldiers dead, the army's western command said.", "ASSAULT", "MMRMIL"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ev := eventOfType(mustExtract(t, tt.text, "2025-11-20"), tt.typ)
			if ev == nil {
				t.Fatalf("no %s event in %q", tt.typ, tt.text)
			}
			got := ""
			if ev.ReportedBy != nil {
				got = ev.ReportedBy.ID
			}
			if tt.by == "" && got != "" || tt.by != "" && !hasActor([]truce.Actor{{ID: got}}, tt.by) && !strings.EqualFold(got, tt.by) {
				t.Errorf("reported_by = %q, want %q", got, tt.by)
			}
		})
	}
}

// Attribution words at the edges of a sentence must not trip the coder.
func TestReportEdges(t *testing.T) {
	tests := []struct{ name, text string }{
		{"ends with according to", "Rebels shelled the town of Beni on Monday, according to"},
		{"starts with said", "Said the army, rebels shelled the town of Beni on Monday."},
		{"comma then said", ", said rebels shelled Beni."},
		{"only a modal", "Would."},
		{"denied at the end", "Rebels shelled Beni and the army denied"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			mustExtract(t, tt.text, "2025-11-20")
		})
	}
}

// An inverted condition ("Should talks fail, …", "Were Washington to
// lift …") makes what the sentence tells hypothetical: no material event.
func TestInvertedCondition(t *testing.T) {
	for _, text := range []string{
		"Should the talks in Doha fail, Pakistan will resume strikes on militant hideouts in Afghanistan, officials said.",
		"Were Washington to lift its embargo on Cuba, trade would grow quickly, economists said.",
	} {
		x := mustExtract(t, text, "2025-10-22")
		for _, ev := range x.Events {
			if ev.Quad == 2 || ev.Quad == 4 {
				t.Errorf("%q: unexpected %s event %+v", text, ev.Type, ev)
			}
		}
	}
}

// How an attack was carried out, in sentences of our own: weapon words of
// the clause, a weapon that says more than its trigger, and, for a killing
// with no weapon named, the kind of killer.
func TestWeaponMode(t *testing.T) {
	tests := []struct {
		name, text, mode string
	}{
		{"shelling a place came under", "The Armenian town of Kapan came under heavy shelling on Monday, local officials said.", "heavy-weapons"},
		{"on air is no air strike", "Police said a radio host was killed in an attack on his studio in Cebu while he was on air on Sunday.", ""},
		{"the air force", "Russia's air force struck Ukrainian positions near Kupiansk overnight.", "aerial"},
		{"gun attacks", "Gun attacks on two police stations in Kano killed four officers on Friday.", "firearms"},
		{"a tank's fire is no small arms", "An Israeli tank fired at a UN watchtower near the border on Monday, wounding two peacekeepers, the mission said.", "heavy-weapons"},
		{"a worn bomb stays a suicide attack", "A man wearing a suicide vest detonated it at a checkpoint in Peshawar on Sunday, killing 12 people.", "suicide-attack"},
		{"a crowd kills by beating", "Villagers in Kenya's Migori county dragged three men suspected of theft from a bus and killed them, police said.", "beat"},
		{"soldiers kill with guns", "Nigerian soldiers killed 12 protesters in Lagos on Tuesday, Amnesty International said.", "firearms"},
		{"a gas canister is a chemical weapon", "Rescuers said 30 people choked to death after a gas canister fell on a shelter in Idlib in an attack by government helicopters on Saturday.", "unconventional"},
		{"live rounds are gunfire", "Troops fired live rounds at farmers marching on the district office in Kasese on Monday.", "firearms"},
		{"guns among crowd-control means", "Riot police fired tear gas and live bullets at students in Harare on Monday, wounding nine.", "firearms"},
		{"rubber bullets stay crowd control", "Riot police fired tear gas and rubber bullets at students in Harare on Monday.", "crowd-control"},
		{"a gang kills with guns", "Members of a criminal gang killed 40 people in a village in Haiti's Artibonite region on Friday, the UN said.", "firearms"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ev := eventOfType(mustExtract(t, tt.text, "2025-11-20"), "ASSAULT")
			if ev == nil {
				t.Fatalf("no ASSAULT event in %q", tt.text)
			}
			if ev.Mode != tt.mode {
				t.Errorf("mode = %q, want %q", ev.Mode, tt.mode)
			}
		})
	}
}
