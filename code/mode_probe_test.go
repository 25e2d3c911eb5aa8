package code_test

import (
	"strings"
	"testing"
)

// TestModeBreadth probes the PLOVER mode the coder gives each category,
// one mode at a time, with sentences in our own words: the wording that
// decides the mode ("called for the release of" asks a side to yield,
// "urged them back to the table" asks for talks, "threatened to sever
// ties" threatens relations) in many hands and places. Where
// TestVocabularyBreadth asks whether a category is found at all, this asks
// whether the finer reading an analyst filters on is right. typ and mode
// may list alternatives with "|", as gold files do.
func TestModeBreadth(t *testing.T) {
	tests := []modeCase{
		// CONSULT
		{"CONSULT", "visit", "Ghana's foreign minister arrived in Lome on Tuesday for a two-day official visit to Togo."},
		{"CONSULT", "visit", "The Indian prime minister travelled to Dhaka for talks with Bangladesh's interim leader."},
		{"CONSULT", "visit", "Chile's president hosted his Peruvian counterpart in Santiago on Monday."},
		{"CONSULT", "third-party", "The foreign ministers of Armenia and Azerbaijan met in Berlin on Wednesday."},
		{"CONSULT", "third-party", "Envoys of the Colombian government and the ELN rebels resumed negotiations in Havana."},
		{"CONSULT", "phone", "Japan's prime minister spoke by telephone with the South Korean president on Friday."},
		{"CONSULT", "phone", "The Saudi crown prince phoned the Iranian president on Sunday to discuss the war."},
		{"CONSULT", "multilateral", "Presidents of more than thirty countries gathered for a summit in Nairobi on Monday."},
		{"CONSULT", "multilateral", "Uruguay, Paraguay, Argentina and Brazil met in Asuncion on Thursday to discuss trade."},
		{"CONSULT", "multilateral", "Defence ministers of fourteen Pacific nations met in Suva to discuss maritime security."},
		{"CONSULT", "visit", "Egypt hosted the foreign ministers of Qatar, Oman and Kuwait in Cairo for talks."},
		{"CONSULT", "visit", "Delegations from Kenya and Somalia opened talks in Doha on Monday. The Qatari emir received them at his palace."},
		// RETREAT
		{"RETREAT", "withdraw", "Ethiopian troops withdrew from the Somali town of Baidoa on Thursday."},
		{"RETREAT", "release", "Myanmar's junta freed more than 3,000 prisoners under an amnesty on Wednesday."},
		{"RETREAT", "release", "Hamas handed over four Israeli hostages to the Red Cross in Gaza."},
		{"RETREAT", "disarm", "Some 200 dissident fighters laid down their weapons in Cauca on Saturday."},
		{"RETREAT|CONCEDE", "ceasefire", "The Sudanese army announced a unilateral 72-hour ceasefire on Monday."},
		{"RETREAT", "access", "Israel allowed aid convoys into northern Gaza on Tuesday."},
		{"RETREAT", "access", "Armenia reopened its border crossing with Turkey for relief trucks."},
		{"RETREAT", "access", "Ukraine said on Friday it would reopen the Shehyni crossing with Poland to freight."},
		{"RETREAT", "access", "The Congolese army reopened the bridge over the Ruzizi river to traffic on Sunday."},
		// REQUEST
		{"REQUEST", "yield", "The UN Security Council called for the release of the detained journalists in Eritrea."},
		{"REQUEST", "yield", "Egypt urged Israel to halt its offensive in Rafah."},
		{"REQUEST", "yield", "Brazil demanded that Venezuela withdraw its troops from the border area."},
		{"REQUEST", "meet", "Pakistan called for talks with India over the river waters dispute."},
		{"REQUEST", "change", "Opposition leaders in Lusaka demanded that the president step down."},
		{"REQUEST", "change", "The European Union urged Tunisia to restore parliamentary democracy."},
		{"REQUEST", "assist", "Haiti's prime minister appealed to foreign governments for troops to help fight the gangs."},
		// REJECT
		{"REJECT", "meet", "Hamas rejected an invitation to talks in Cairo."},
		{"REJECT", "meet", "The junta refused to negotiate with the rebels in Shan state."},
		{"REJECT", "change", "The Serbian prime minister rejected calls to resign on Sunday."},
		{"REJECT", "change", "The president dismissed opposition demands for early elections."},
		{"REJECT", "yield", "Iran refused to release the detained French nationals."},
		{"REJECT", "assist", "Niger turned down an offer of French troops to fight the insurgents."},
		// ACCUSE
		{"ACCUSE", "disapprove", "Canada condemned the execution of four activists in Iran."},
		{"ACCUSE", "disapprove", "Kenya criticised Uganda over the arrest of a Kenyan opposition figure."},
		{"ACCUSE", "investigate", "The International Criminal Court opened an investigation into alleged atrocities in Darfur."},
		{"ACCUSE", "investigate", "UN experts launched a probe into the killings of civilians in Tigray."},
		{"ACCUSE", "allege", "Azerbaijan accused Armenia of shelling its positions near Nakhchivan."},
		{"ACCUSE", "allege", "Moldova blamed Russia for the cyberattack on its election commission."},
		// THREATEN
		{"THREATEN", "restrict", "The United States threatened to impose sanctions on Uganda over the new law."},
		{"THREATEN", "restrict|ban", "China warned it would ban imports of Australian wine."},
		{"THREATEN", "relations", "Algeria threatened to cut diplomatic ties with Spain."},
		{"THREATEN", "relations", "Turkey warned it would recall its ambassador from Stockholm."},
		{"THREATEN", "territory", "Venezuela threatened to annex the disputed Essequibo region."},
		{"THREATEN", "violence", "North Korea threatened to strike US bases in Guam."},
		{"THREATEN", "violence", "The Houthis warned they would target ships in the Red Sea."},
		// PROTEST
		{"PROTEST", "demo", "Thousands of teachers marched through Nairobi on Tuesday to demand higher pay."},
		{"PROTEST", "demo", "Students staged a sit-in outside the parliament in Dhaka."},
		{"PROTEST", "riot|vandalize", "Rioters torched cars and looted shops in Port Louis after the vote."},
		{"PROTEST", "strike|boycott", "Dockworkers in Marseille went on strike over pension cuts."},
		{"PROTEST", "hunger", "Jailed activists in Bahrain began a hunger strike on Monday."},
		{"PROTEST", "boycott", "Opposition parties boycotted the parliamentary vote in Benin."},
		{"PROTEST", "obstruct", "Farmers blocked the main highway into Warsaw with tractors."},
		// SANCTION
		{"SANCTION", "expel", "Niger expelled the French ambassador on Friday."},
		{"SANCTION", "expel", "Russia ordered two Estonian diplomats to leave the country."},
		{"SANCTION", "withdraw", "Burkina Faso recalled its ambassador from Abidjan for consultations."},
		{"SANCTION", "withdraw", "Nicaragua broke off diplomatic relations with the Netherlands."},
		{"SANCTION", "discontinue", "Germany suspended development aid to Niger after the coup."},
		{"SANCTION", "discontinue", "The World Bank froze new funding to Uganda."},
		// MOBILIZE
		{"MOBILIZE", "troops", "Sudan's army deployed reinforcements to El Fasher on Tuesday."},
		{"MOBILIZE", "troops", "India moved additional troops to the Line of Actual Control."},
		{"MOBILIZE", "weapons", "Russia deployed nuclear-capable missiles to Belarus."},
		{"MOBILIZE", "police", "Authorities deployed thousands of police officers across Nairobi ahead of the march."},
		// COERCE
		{"COERCE", "seize", "Iranian forces seized an oil tanker in the Strait of Hormuz."},
		{"ASSAULT", "", "Rebels captured the town of Ndele after heavy fighting."},
		{"COERCE", "censor", "The government blocked access to social media in Tanzania."},
		{"COERCE", "censor", "Authorities cut mobile internet in the Amhara region on Thursday."},
		{"COERCE", "curfew", "Authorities imposed a dusk-to-dawn curfew in Imphal."},
		{"COERCE", "martial-law", "The president declared martial law across the country on Tuesday."},
		{"COERCE", "martial-law", "Ecuador's government declared a state of emergency in three provinces."},
		{"COERCE", "arrest", "Police detained 40 opposition supporters in Harare."},
		{"COERCE", "deport", "Pakistan deported hundreds of Afghan refugees on Monday."},
		{"COERCE", "ban", "The junta banned all political parties in Niger."},
		{"COERCE", "cyber", "Hackers linked to Russian military intelligence launched a cyberattack on Poland's news agency."},
		// ASSAULT
		{"ASSAULT", "abduct", "Gunmen kidnapped 20 students in Kaduna state."},
		{"ASSAULT", "abduct", "Bandits abducted a Catholic priest in Enugu on Sunday."},
		{"ASSAULT|COERCE", "beat|crowd-control", "Police beat protesters with batons in Lusaka."},
		{"ASSAULT", "sexual", "Soldiers raped women in villages near Goma."},
		{"ASSAULT", "destroy", "Militants burned down dozens of homes in Plateau state."},
		{"ASSAULT", "firearms", "Gunmen opened fire on a bus in Balochistan, killing nine passengers."},
		{"ASSAULT", "firearms|targeted|assassinate", "Gunmen shot dead a provincial governor in Helmand."},
		{"ASSAULT", "explosives", "A roadside bomb killed four soldiers near Kidal."},
		{"ASSAULT", "suicide-attack", "A suicide bomber blew himself up at a mosque in Peshawar."},
		{"ASSAULT", "aerial", "Sudanese warplanes bombed a market in Nyala on Friday."},
		{"ASSAULT", "drone", "A Ukrainian drone hit an oil refinery in Ryazan."},
		{"ASSAULT", "heavy-weapons", "Russian artillery shelled Kherson overnight."},
		{"ASSAULT|COERCE", "crowd-control", "Police fired tear gas at protesters in Dakar."},
		{"ASSAULT", "unconventional", "Government forces dropped chlorine gas on a rebel-held suburb."},
		// The wording after the verb decides the mode.
		{"REQUEST", "yield", "Rights groups called for the immediate release of the jailed blogger."},
		{"REQUEST", "yield", "Aid agencies appealed to the warring parties to allow humanitarian access to Khartoum."},
		{"REQUEST", "yield", "The Congolese president called on the rebels to lay down their arms."},
		{"REQUEST", "meet", "Washington urged Belgrade and Pristina to resume their dialogue."},
		{"REQUEST", "change", "Protesters in Lima called for the resignation of the interior minister."},
		{"REQUEST", "change", "Donors urged Mozambique to hold an inquiry into the killings."},
		{"REQUEST", "assist", "Somalia requested more peacekeepers from the African Union."},
		{"REJECT", "change", "The Georgian government brushed aside calls for new elections."},
		{"REJECT", "meet", "The rebels refused to attend the peace conference in Nairobi."},
		{"REJECT", "yield", "Israel rejected calls for a ceasefire in Lebanon."},
		{"THREATEN", "relations", "Morocco threatened to sever ties with Algeria."},
		{"THREATEN", "relations|expel", "Poland threatened to expel the Belarusian ambassador."},
		{"THREATEN", "restrict", "Beijing warned it would impose tariffs on European cars."},
		{"THREATEN", "restrict", "Turkey threatened to close its airspace to Israeli planes."},
		{"THREATEN", "violence", "Iran vowed to retaliate against Israel for the strike."},
		{"THREATEN", "violence", "The militia warned it would attack US forces in Syria."},
		{"THREATEN", "territory", "Russian officials threatened to seize more Ukrainian land."},
		{"ACCUSE", "allege", "Kyiv accused Moscow of deporting Ukrainian children."},
		{"ACCUSE", "disapprove", "The Philippines denounced China's actions near Scarborough Shoal."},
		{"ACCUSE", "investigate", "Police in Islamabad opened an inquiry into the death of the journalist."},
		{"SANCTION", "expel", "Ecuador declared the Mexican ambassador persona non grata."},
		{"SANCTION", "withdraw", "Chad cut diplomatic ties with Israel."},
		{"SANCTION", "discontinue", "The United States cut military aid to Niger."},
		{"MOBILIZE", "troops", "Chinese warships massed near the coast of Taiwan."},
		{"MOBILIZE", "militia", "Pro-government militias mobilised thousands of fighters in Blue Nile state."},
		{"REJECT", "yield", "The junta refused to withdraw its troops from the disputed border villages."},
		{"COERCE", "arrest", "Security forces rounded up dozens of students in Tehran."},
		{"COERCE", "deport", "The United States deported 150 migrants to Guatemala."},
		{"COERCE", "curfew", "The army ordered residents of Kaduna to stay indoors."},
		{"RETREAT", "release", "Venezuela freed six detained Americans on Saturday."},
		{"RETREAT", "withdraw", "The last French soldiers left Niger on Friday."},
		{"ASSAULT", "explosives", "An improvised explosive device struck a police patrol in Diyala."},
		{"ASSAULT", "drone", "Houthi drones struck a tanker off the coast of Yemen."},
		{"ASSAULT", "abduct", "Armed men seized three aid workers in Darfur."},
	}
	runModeCases(t, tests)
}

// oneOf reports whether s is one of the "|"-separated alternatives.
func oneOf(s, alts string) bool {
	for _, a := range strings.Split(alts, "|") {
		if s == a {
			return true
		}
	}
	return false
}

// modeCase is one sentence and the type and mode some event of it must
// have; typ and mode may list alternatives separated by "|".
type modeCase struct {
	typ, mode string
	text      string
}

// runModeCases checks each case in a subtest named by what it wants.
func runModeCases(t *testing.T, tests []modeCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.typ+" "+tt.mode+" "+tt.text, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-10-22")
			for _, e := range x.Events {
				if oneOf(e.Type, tt.typ) && oneOf(e.Mode, tt.mode) {
					return
				}
			}
			var got []string
			for _, e := range x.Events {
				got = append(got, e.Type+"/"+e.Mode+"/"+e.CAMEO)
			}
			t.Errorf("want %s/%s, got [%s]", tt.typ, tt.mode, strings.Join(got, " "))
		})
	}
}
