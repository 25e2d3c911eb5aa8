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
			x := mustExtract(t, tt.text, "2025-10-22")
			for _, e := range x.Events {
				if e.Type == tt.typ && (tt.mode == "" || e.Mode == tt.mode) {
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
