package code_test

import (
	"strings"
	"testing"
)

// TestNominalTriggers probes acts that wire copy tells as nouns rather than
// verbs: "the expulsion of two envoys", "Hungary's recognition of the
// breakaway state", "a visit by the Thai premier". Each sentence, in our
// own words, makes the noun phrase the news, as the object of a report or
// reaction verb or as the subject of one, and names the category (and mode
// where it is clear) that the nominal act should code to.
func TestNominalTriggers(t *testing.T) {
	tests := []struct {
		typ, mode string // mode "" is not checked
		text      string
	}{
		// COERCE and SANCTION: expulsions, arrests, closures, curfews, bans
		{"SANCTION", "", "Lithuania announced the expulsion of three Belarusian diplomats on Monday."},
		{"SANCTION", "", "The expulsion of the Dutch ambassador by Burundi drew sharp protests."},
		{"SANCTION", "", "Chile ordered the expulsion of two Venezuelan envoys."},
		{"COERCE", "arrest", "Police confirmed the arrest of the opposition leader in Lusaka."},
		{"COERCE", "arrest", "The arrest of the Tunisian activist by security forces sparked outrage."},
		{"COERCE", "", "Uganda announced the closure of its border with Rwanda."},
		{"COERCE", "", "The closure of the Torkham crossing by Pakistan stranded hundreds of trucks."},
		{"COERCE", "", "The Nigerian army's imposition of a curfew in the city of Jos angered residents."},
		{"COERCE", "", "The imposition of a curfew in Imphal by Indian security forces followed the unrest."},
		{"COERCE", "", "Niger's junta announced a ban on opposition rallies."},
		{"COERCE", "", "Turkey's seizure of the opposition newspaper was condemned by the European Union."},
		{"COERCE", "", "Russia's blockade of Ukrainian ports drew criticism from the United Nations."},
		{"COERCE", "", "Kenya announced the deportation of 40 Ethiopian migrants."},
		{"SANCTION", "", "The European Union announced new sanctions on Iranian officials."},
		{"SANCTION", "", "Washington's imposition of sanctions on Caracas angered Venezuelan leaders."},
		{"COERCE", "", "The confiscation of opposition property by the Nicaraguan government was condemned."},
		// ASSAULT: killings, abductions, shellings
		{"ASSAULT", "", "The abduction of 40 students by gunmen in Zamfara shocked the country."},
		{"ASSAULT", "abduct", "Officials confirmed the kidnapping of two aid workers in Darfur."},
		{"ASSAULT", "", "The shelling of Zaporizhzhia by Russian forces killed five people."},
		{"ASSAULT", "", "The bombing of a market in Idlib killed 12 civilians."},
		{"ASSAULT", "", "The assassination of the mayor by gunmen in Guerrero shocked Mexico."},
		{"ASSAULT", "", "The beheading of a villager by militants in Cabo Delgado was reported on Friday."},
		{"ASSAULT", "", "The lynching of two men by a mob in Assam shocked India."},
		{"ASSAULT", "", "The stabbing of two Belgian police officers by Islamic State militants shocked Brussels."},
		{"ASSAULT", "", "Witnesses described the massacre of 20 villagers by gunmen in Plateau state."},
		{"ASSAULT", "", "The ambush of an army patrol by militants in Tillaberi left six soldiers dead."},
		// RETREAT: withdrawals, releases, surrenders, lifting of measures
		{"REQUEST", "", "Mali demanded the withdrawal of French troops from its territory."},
		{"RETREAT", "withdraw", "France's withdrawal of troops from Niger was completed on Friday."},
		{"RETREAT", "withdraw", "The withdrawal of Rwandan troops from Goma was confirmed by the United Nations."},
		{"RETREAT", "release", "Venezuela announced the release of 20 political prisoners."},
		{"RETREAT", "release", "The release of three hostages by Hamas was welcomed by Israel."},
		{"RETREAT", "release", "The freeing of two Colombian soldiers by rebels was confirmed on Sunday."},
		{"RETREAT", "ease", "Washington announced the lifting of sanctions on Syria."},
		{"RETREAT", "", "Chad announced the reopening of its border with Sudan."},
		{"RETREAT", "", "Egypt's reopening of the Rafah crossing allowed aid trucks into Gaza."},
		{"RETREAT", "", "Rebels announced the surrender of their commander to the army."},
		{"RETREAT", "", "The pardon of 200 prisoners by the king was welcomed by rights groups."},
		// AGREE and SUPPORT: signings, pledges, offers, recognitions
		{"AGREE", "", "Ethiopia and Somalia marked the signing of a border accord in Ankara."},
		{"AGREE", "", "The signing of the peace agreement by Congo and Rwanda was hailed in Washington."},
		{"AGREE", "", "Japan announced a pledge of $30 million in aid to Sri Lanka."},
		{"SUPPORT", "", "Germany announced the recognition of Palestine as a state."},
		{"SUPPORT", "", "Spain's recognition of the Palestinian state angered Israel."},
		{"AGREE", "", "Turkey's offer to mediate between Russia and Ukraine was welcomed by Kyiv."},
		// REJECT
		{"REJECT", "", "Israel's rejection of the ceasefire proposal angered mediators."},
		{"REJECT", "", "Hamas announced its rejection of the Egyptian proposal."},
		{"REJECT", "", "Moscow's veto of the Security Council resolution angered Western diplomats."},
		// REQUEST: calls, demands, appeals
		{"REQUEST", "", "Kenya renewed its calls for a ceasefire in eastern Congo."},
		{"REQUEST", "", "Ukraine repeated its demands for the release of prisoners of war held by Russia."},
		{"REQUEST", "", "The African Union made an appeal for calm in Mozambique."},
		{"REQUEST", "", "Lebanon lodged a request for aid with the European Union."},
		{"REQUEST", "", "Nigeria's appeal for international help was answered by Britain."},
		// CONSULT: visits, talks
		{"CONSULT", "visit", "A visit by the Chinese premier to Canberra was announced on Wednesday."},
		{"CONSULT", "visit", "Erdogan's visit to Baghdad drew protests from Kurdish groups."},
		{"CONSULT", "visit", "The Indian prime minister's trip to Moscow angered Kyiv."},
		{"CONSULT", "", "Egypt announced the resumption of talks between Israel and Hamas."},
		{"CONSULT", "", "The resumption of negotiations between Serbia and Kosovo was welcomed by Brussels."},
		{"CONSULT", "", "Thailand hosted a meeting between Myanmar's junta and rebel leaders."},
		{"CONSULT", "", "The summit between Kenya's president and Somalia's president ended on Friday."},
		// MOBILIZE / THREATEN
		{"MOBILIZE", "", "The deployment of 3,000 Kenyan troops to Haiti was approved on Monday."},
		{"MOBILIZE", "", "Russia's deployment of troops near the Finnish border alarmed Helsinki."},
		{"MOBILIZE", "", "China's buildup of warships near Taiwan worried Washington."},
		{"MOBILIZE", "", "Serbia's mobilization of troops on the Kosovo border alarmed NATO."},
		{"THREATEN", "", "Iran's threats of retaliation against Israel alarmed Gulf states."},
		{"THREATEN", "", "North Korea issued a threat of nuclear strikes against South Korea."},
		{"THREATEN", "", "Venezuela's threat to annex Essequibo alarmed Guyana."},
		// ACCUSE / SUPPORT
		{"ACCUSE", "", "France's condemnation of the coup in Niger angered the junta."},
		{"ACCUSE", "", "The criticism of Hungary by the European Commission was rejected in Budapest."},
		{"ACCUSE", "", "Beijing's denunciation of the Philippine patrols angered Manila."},
		{"ACCUSE", "", "India's accusation against Canada strained relations."},
		{"SUPPORT", "", "Washington's endorsement of Kenya's plan was welcomed in Nairobi."},
		{"SUPPORT", "", "China's praise for Pakistan's counterterrorism efforts was reported by state media."},
		// AID and RETREAT: deliveries, exchanges; SUPPORT: ties restored
		{"AID", "", "Germany announced the supply of air defence missiles to Ukraine."},
		{"AID", "", "The shipment of arms to Israel by the United States was criticised by rights groups."},
		{"COOPERATE", "", "The extradition of the drug lord to the United States by Colombia was confirmed."},
		{"RETREAT", "release", "The exchange of prisoners between Russia and Ukraine took place on Friday."},
		{"SUPPORT", "", "The restoration of diplomatic relations between Algeria and Morocco was welcomed by Tunisia."},
		// SANCTION: aid and talks cut off
		{"SANCTION", "discontinue", "Sweden's suspension of development aid to Zimbabwe drew criticism."},
		{"SANCTION", "discontinue", "The European Union's suspension of budget support to Mali was announced on Monday."},
		{"SANCTION", "", "India's cancellation of talks with Pakistan angered Islamabad."},
		{"SANCTION", "", "Japan's cancellation of the foreign minister's visit to Beijing was reported on Friday."},
		// SANCTION: diplomatic downgrades
		{"SANCTION", "", "The severing of diplomatic ties with Israel by Bolivia was announced on Tuesday."},
		{"SANCTION", "", "The recall of the Algerian ambassador from Paris angered France."},
	}
	for _, tt := range tests {
		t.Run(tt.typ+" "+tt.text, func(t *testing.T) {
			wantTypeMode(t, tt.text, "2025-10-22", tt.typ, tt.mode)
		})
	}
}

// TestNominalSourceFromVerb probes a noun act that is the object of a verb
// of doing or deciding: "Estonia ordered the expulsion of two envoys",
// "Ethiopia launched the bombardment of rebel positions". With no
// possessor or "by" agent of its own, the act is the subject's. Verbs of
// reaction or demand about someone else's act ("Britain condemned the
// expulsion", "Canada demanded the release") lend no source: the guards
// check that their subject does not do the act.
func TestNominalSourceFromVerb(t *testing.T) {
	tests := []struct {
		typ, src string
		text     string
	}{
		{"SANCTION", "EST", "Estonia confirmed the expulsion of two Russian diplomats."},
		{"SANCTION", "BOL", "Bolivia ordered the expulsion of the Peruvian ambassador."},
		{"SANCTION", "NER", "Niger ordered the expulsion of the French ambassador."},
		{"RETREAT", "PAK", "Pakistan confirmed the withdrawal of its troops from the border area."},
		{"RETREAT", "PAK", "Pakistan announced the withdrawal of troops from the Kurram valley."},
		{"RETREAT", "BFA", "Burkina Faso completed the pullout of its forces from the town of Djibo."},
		{"RETREAT", "GEO", "Georgia finished the withdrawal of its soldiers from the border."},
		{"RETREAT", "SRB", "Serbia completed the withdrawal of its forces from the boundary line."},
		{"RETREAT", "FRA", "France began the withdrawal of its troops from Chad."},
		{"RETREAT", "SEN", "Senegal approved the release of 300 prisoners."},
		{"RETREAT", "TZA", "Tanzania authorised the release of 40 detained fishermen."},
		{"RETREAT", "THA", "Thailand announced the release of 18 Cambodian soldiers."},
		{"RETREAT", "EGY", "Egypt confirmed the reopening of the Rafah crossing."},
		{"MOBILIZE", "KEN", "Kenya began the deployment of 1,000 police officers to Haiti."},
		{"MOBILIZE", "UGA", "Uganda approved the deployment of troops to Somalia."},
		{"COERCE", "ZMB", "Zambian police ordered the arrest of the opposition leader."},
		{"COERCE", "MMR", "Myanmar's junta ordered the arrest of three journalists."},
		{"COERCE", "GHA", "Ghana carried out the deportation of 50 Nigerian traders."},
		{"COERCE", "IRQ", "Iraq approved the deportation of 30 Turkish nationals."},
		{"COERCE", "TCD", "Chad completed the expulsion of the Wagner fighters."},
		{"COERCE", "MAR", "Morocco announced the closure of its border with Algeria."},
		{"COERCE", "IND", "India ordered the closure of the Attari border crossing."},
		{"COERCE", "VNM", "Vietnam confirmed the detention of two Chinese fishermen."},
		{"COERCE", "LKA", "Sri Lanka confirmed the arrest of 12 Indian fishermen."},
		{"COERCE", "ECU", "Ecuador announced the imposition of a curfew in Guayaquil."},
		{"COOPERATE", "COL", "Colombia ordered the extradition of the drug lord to the United States."},
		{"ASSAULT", "ETH", "Ethiopia launched the bombardment of rebel positions in Amhara."},
		{"ASSAULT", "SDN", "The Sudanese army conducted the shelling of rebel positions in Omdurman."},
		{"ASSAULT", "TUR", "Turkey launched the shelling of Kurdish positions in northern Syria."},
		{"ASSAULT", "ISR", "Israel carried out the bombing of a weapons depot near Damascus."},
		{"SANCTION", "CAN", "Canada announced the suspension of aid to Haiti's police."},
	}
	for _, tt := range tests {
		t.Run(tt.typ+" "+tt.text, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-10-22")
			var got []string
			for _, e := range x.Events {
				if e.Type != tt.typ {
					continue
				}
				for _, a := range e.Source {
					if a.Country == tt.src || a.ID == tt.src {
						return
					}
					got = append(got, a.ID)
				}
			}
			t.Errorf("want %s by %s, got sources [%s] (%d events)", tt.typ, tt.src, strings.Join(got, " "), len(x.Events))
		})
	}
	// Reactions and demands: the subject does not do the act.
	guards := []struct {
		typ, notSrc string
		text        string
	}{
		{"SANCTION", "GBR", "Britain condemned the expulsion of two diplomats."},
		{"RETREAT", "DEU", "Germany welcomed the release of 200 prisoners."},
		{"RETREAT", "UN", "The United Nations called for the withdrawal of foreign troops from Libya."},
		{"COERCE", "AMNESTY", "Amnesty International criticised the arrest of the opposition leader."},
		{"RETREAT", "CAN", "Canada demanded the release of the detained journalists."},
		{"MOBILIZE", "UKR", "Ukraine condemned the deployment of Russian troops to Belarus."},
		{"ASSAULT", "FRA", "France condemned the shelling of a hospital in Khartoum."},
		{"COERCE", "USA", "Washington urged the lifting of the curfew in Conakry."},
		{"ASSAULT", "NGA", "Nigerian officials confirmed the kidnapping of 20 schoolchildren in Kebbi."},
	}
	for _, tt := range guards {
		t.Run("guard "+tt.text, func(t *testing.T) {
			for _, e := range mustExtract(t, tt.text, "2025-10-22").Events {
				if e.Type != tt.typ {
					continue
				}
				for _, a := range e.Source {
					if a.ID == tt.notSrc || a.Country == tt.notSrc && a.Sector == "GOV" {
						t.Errorf("%s coded as the %s's doer (%s)", tt.notSrc, tt.typ, a.ID)
					}
				}
			}
		})
	}
}
