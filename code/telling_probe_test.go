package code_test

import (
	"strings"
	"testing"

	"github.com/truce-project/truce"
)

// Sentences a careful coder codes as an event, over the constructions of
// everyday wire copy that the screens of build must let through: a
// trigger that fired is dropped only when the screen is right about it.
// Where a text has two sentences the event must come from the last.
func TestTellingProbe(t *testing.T) {
	tests := []struct {
		typ, text string
	}{
		// A nominal trigger that is the subject of another verb.
		{truce.Assault, "The ambush on a police patrol by suspected separatists left two officers dead near Bamenda."},
		{truce.Assault, "The bombing of a crowded bus station in Quetta drew condemnation from the United Nations."},
		{truce.Coerce, "The detention of two Reuters reporters by Myanmar police was criticised by rights groups."},
		{truce.Assault, "An attack on a military checkpoint by Islamist fighters killed six soldiers in Burkina Faso on Monday."},
		{truce.Assault, "The abduction of 30 pupils from a boarding school in Kebbi state shocked Nigerians."},
		// An attack told in a when-clause after its toll.
		{truce.Assault, "Seven people were wounded when drones struck an oil refinery in the Russian city of Saratov overnight."},
		{truce.Assault, "Two firefighters died when a second missile hit the same building in Dnipro."},
		{truce.Assault, "A child was killed when a shell landed on a house in the border village of Shebaa."},
		{truce.Assault, "Three miners were killed when gunmen opened fire on their truck in Balochistan on Thursday."},
		{truce.Assault, "Dozens of people were hurt when police fired tear gas and rubber bullets at marchers in Caracas."},
		// An attack on a thing, with no person hit.
		{truce.Assault, "Ukrainian drones targeted an ammunition depot in Russia's Bryansk region on Tuesday."},
		{truce.Assault, "Rebels blew up a gas pipeline in the Colombian province of Arauca overnight."},
		{truce.Assault, "Houthi forces fired a missile at a cargo ship in the Red Sea on Wednesday."},
		{truce.Assault, "Israeli jets bombed a bridge over the Litani river in southern Lebanon on Saturday."},
		{truce.Assault, "Militants torched a girls' school in the Pakistani district of Diamer overnight."},
		// Attackers the dictionary cannot name.
		{truce.Assault, "Unidentified gunmen shot dead a local councillor in the Mexican state of Guerrero on Monday."},
		{truce.Assault, "Suspected militants ambushed a convoy of fuel tankers near Kandahar on Tuesday."},
		{truce.Assault, "Armed men stormed a village in Zamfara state and killed nine farmers."},
		{truce.Assault, "Assailants on motorbikes threw a grenade at a police station in Imphal."},
		{truce.Assault, "Unknown assailants kidnapped a Catholic priest in the Nigerian state of Enugu on Sunday."},
		// A passive with no agent.
		{truce.Assault, "A busy market in the town of El Fasher was shelled on Tuesday, killing at least 12 people."},
		{truce.Assault, "Four aid workers were abducted in the Central African Republic on Monday."},
		{truce.Assault, "A Syrian army officer was assassinated in the city of Daraa on Friday."},
		{truce.Assault, "A mosque in the Afghan city of Kunduz was bombed during Friday prayers."},
		{truce.Assault, "Two United Nations peacekeepers were killed in an ambush in northern Mali on Wednesday."},
		{truce.Coerce, "Three opposition activists were arrested in Kampala on Thursday."},
		// An event told with its toll in a participle.
		{truce.Assault, "An explosion ripped through a wedding party in Nangarhar province on Saturday, killing 11 guests."},
		{truce.Assault, "Russian forces pounded the city of Kharkiv with glide bombs, injuring 30 people."},
		{truce.Assault, "A car bomb exploded outside a hotel in Mogadishu on Sunday, wounding eight people."},
		{truce.Assault, "Fighters of the Rapid Support Forces raided a camp for displaced people near Nyala, killing at least 20."},
		{truce.Assault, "A drone slammed into an apartment block in Odesa overnight, killing two residents."},
		// The act of a crowd.
		{truce.Assault, "A mob torched a police station in the Bangladeshi town of Sirajganj on Monday."},
		{truce.Protest, "Residents blocked a main highway in Cochabamba to demand lower fuel prices."},
		{truce.Protest, "Thousands of farmers marched through the streets of Warsaw on Wednesday."},
		{truce.Protest, "Protesters stormed the parliament building in Nairobi on Tuesday."},
		{truce.Protest, "Hundreds of students staged a sit-in outside the education ministry in Dhaka."},
		// A state act whose country is only in the place.
		{truce.Coerce, "Police in Lahore arrested 25 supporters of the jailed former prime minister on Sunday."},
		{truce.Coerce, "Authorities in Tehran detained a prominent women's rights activist on Tuesday."},
		{truce.Assault, "Troops in northern Burkina Faso killed 15 suspected jihadists on Monday."},
		{truce.Coerce, "Security forces in Kashmir arrested a separatist leader on Friday."},
		{truce.Sanction, "Officials in Minsk expelled a Polish diplomat on Wednesday."},
		// A pronoun standing for an actor told in the sentence before.
		{truce.Assault, "The Arakan Army said on Monday that it had captured a junta base in Rakhine. It also shot down a military helicopter near the base."},
		{truce.Assault, "Boko Haram fighters raided a village near Gwoza overnight. They killed six men and burned dozens of homes."},
		{truce.Reject, "Hamas received the new ceasefire proposal on Sunday. The group rejected it on Tuesday."},
		{truce.Accuse, "Russian troops shelled Kherson overnight. Ukraine accused them of targeting a hospital."},
		// A diplomatic act whose target is only implied.
		{truce.Support, "Armenia and Azerbaijan signed a peace accord in Washington on Friday. Turkey welcomed the accord."},
		{truce.Threaten, "The opposition threatened to boycott the peace talks in Addis Ababa."},
		{truce.Support, "Egypt and Qatar brokered a truce between Israel and Hamas on Wednesday. The European Union welcomed the truce and urged both sides to respect it."},
		{truce.Reject, "The Sudanese army rejected the ceasefire proposal put forward by the African Union."},
		{truce.Threaten, "The rebels threatened to pull out of the peace process if the army kept shelling their positions."},
		{truce.Accuse, "Kyiv accused Moscow of violating the Easter truce."},
		// Other everyday constructions.
		{truce.Assault, "Security forces opened fire on protesters in Khartoum on Thursday, killing three."},
		{truce.Assault, "At least 18 people were killed in clashes between rival militias in Tripoli on Monday."},
		{truce.Assault, "Gunmen attacked a church in the village of Essakane during Sunday mass."},
		{truce.Assault, "A roadside bomb struck an army vehicle in the Syrian province of Deir ez-Zor, wounding four soldiers."},
		// Attacks with an unknown or generic attacker, a weapon as the
		// doer, or a place, post or patrol as what was hit.
		{truce.Assault, "Insurgents ambushed an army patrol on the road to Gao on Wednesday."},
		{truce.Assault, "Jihadists stormed the town of Djibo on Sunday."},
		{truce.Assault, "Gunmen attacked a police checkpoint near Zaria on Thursday."},
		{truce.Assault, "A roadside bomb wounded four Pakistani soldiers in North Waziristan on Saturday."},
		{truce.Assault, "A car bomb ripped through a crowded market in Baidoa, killing 9 people."},
		{truce.Assault, "A landmine killed three children in Quang Tri province."},
		{truce.Assault, "An improvised explosive device hit a police convoy in Kashmir, wounding five officers."},
		{truce.Assault, "A grenade blast injured seven people at a bus stop in Imphal on Friday."},
		{truce.Assault, "Attackers set fire to a church in Kaduna state on Sunday."},
		{truce.Assault, "A rocket slammed into a residential building in Kherson, killing one woman."},
		{truce.Assault, "Gunmen opened fire on a wedding party in Zamfara, killing 14 guests."},
		{truce.Assault, "A suicide bomber blew himself up at a checkpoint in Mogadishu on Tuesday."},
		{truce.Assault, "Two soldiers were killed when a mine exploded under their vehicle in Tigray."},
		{truce.Assault, "Armed men attacked an army base in Menaka on Friday."},
		{truce.Assault, "A mortar shell killed two civilians in Idlib on Wednesday."},
		{truce.Assault, "A drone strike killed four fighters near Marib on Monday."},
		{truce.Assault, "Assailants ambushed a military convoy in the Cabo Delgado province, killing six soldiers."},
		{truce.Assault, "Suspected rebels attacked a village in Ituri province overnight, killing 22 villagers."},
		{truce.Assault, "An explosion wounded three police officers outside a courthouse in Izmir."},
		{truce.Assault, "Bandits raided a farming village in Katsina state on Saturday."},
		{truce.Assault, "A motorcycle bomb exploded near a police station in Diyarbakir, injuring eight people."},
		{truce.Assault, "Militants set off a bomb at a railway station in Quetta, killing 20 people."},
		{truce.Assault, "Gunmen killed five worshippers at a mosque in Herat."},
		{truce.Assault, "A shell struck a school in Donetsk on Thursday, wounding four pupils."},
		{truce.Assault, "Fighters shelled the town of Sennar on Tuesday."},
		{truce.Assault, "Unidentified attackers torched a police post in Rakhine state."},
		{truce.Assault, "A bomb went off in a crowded bus in Karachi, killing six passengers."},
		{truce.Assault, "Gunmen stormed a hotel in Mogadishu on Friday, killing at least 15 people."},
		{truce.Assault, "A missile hit a hospital in Sumy on Sunday, killing three patients."},
		{truce.Assault, "Insurgents attacked a gas pipeline in Balochistan on Wednesday."},
		{truce.Assault, "A car bomb exploded at an army checkpoint in Afrin, killing four soldiers."},
		{truce.Assault, "Separatists ambushed a gendarmerie patrol in the Anglophone region of Cameroon."},
		{truce.Assault, "Armed men attacked a camp for displaced people near Bunia overnight."},
		{truce.Assault, "A suicide bomber killed 11 people at a market in Maiduguri."},
		{truce.Assault, "Gunmen shot dead a police officer in Balochistan on Monday."},
		{truce.Assault, "A blast ripped through a Shiite mosque in Kunduz during Friday prayers, killing dozens."},
		{truce.Assault, "Rebels ambushed a patrol near the border town of Birao on Thursday."},
		{truce.Assault, "Gunmen attacked a checkpoint outside Kirkuk on Sunday."},
		{truce.Assault, "A landmine wounded five Colombian soldiers in Catatumbo."},
		{truce.Assault, "Militants raided a police post near Bannu overnight."},
		{truce.Assault, "A suicide bomber struck an outpost in Helmand on Wednesday."},
		{truce.Assault, "Armed men attacked a border post near the town of Tillaberi."},
		{truce.Assault, "Fighters attacked the town of Kadugli on Saturday."},
		{truce.Assault, "Gunmen ambushed a convoy on the highway to Tal Afar."},
		{truce.Assault, "A roadside bomb wounded six Afghan policemen in Kandahar."},
		{truce.Assault, "An explosive device killed two Turkish soldiers in Hakkari province."},
		{truce.Assault, "A car bomb struck a military checkpoint in the Syrian town of Manbij."},
		{truce.Assault, "A bomb killed four policemen in the Pakistani city of Mardan on Sunday."},
		{truce.Assault, "A bomb exploded near a police van in Jalalabad on Tuesday."},
		{truce.Assault, "Drones struck an oil depot in the Russian region of Belgorod."},
		{truce.Assault, "A mortar round killed two children in the Syrian town of Atarib."},
		{truce.Assault, "A grenade exploded at a bus stop in Srinagar, wounding nine people."},
		{truce.Assault, "A bomb killed a Colombian police officer in Cali on Friday."},
		// A dwelling or hideout hit, with no one named in it.
		{truce.Assault, "Warplanes struck a house in the Syrian town of Maarat al-Numan on Friday."},
		{truce.Assault, "Armed drones hit two hideouts near the Somali town of Jilib on Monday."},
		// A thing hit told by a possessor or an appositive.
		{truce.Assault, "Drones struck a businessman's warehouse on the outskirts of Goma."},
		{truce.Assault, "Militia drones struck Marka, the city's main airfield, on Tuesday."},
		// A weapon driven into what it hit: a strike, not blame.
		{truce.Assault, "Two missiles slammed into a clinic in Chernihiv on Friday."},
		// A weapon whose subject phrase tells where it was put.
		{truce.Assault, "A bomb hidden in a parked car killed four soldiers in Mosul."},
		{truce.Assault, "Explosives strapped to a bicycle killed six people in Peshawar."},
		{truce.Assault, "A bomb planted by militants killed two policemen in Bannu."},
		// A toll told in the definite attack noun's first mention.
		{truce.Assault, "Local officials said nine people had died in the shelling of Avdiivka."},
		{truce.Assault, "Dozens of herders were killed in the clashes near the town of Bentiu, a county official said."},
		// A weapon that hit a thing, with no one named on either side.
		{truce.Assault, "A drone hit a lorry near Marjayoun on Thursday."},
		{truce.Assault, "Two rockets struck a fuel depot outside Kramatorsk."},
		// A weapon noun as the subject of a strike verb whose object is a
		// town or a post.
		{truce.Assault, "Rockets struck the town of Kiryat Shmona overnight."},
		{truce.Assault, "A missile struck Zaporizhzhia on Sunday."},
		{truce.Assault, "Two rockets hit a checkpoint near Kupiansk."},
		{truce.Assault, "A drone hit a minibus near Kherson on Monday."},
		// A vehicle driven into what it hit.
		{truce.Assault, "A suicide bomber drove a truck into an army base near Kismayo."},
		{truce.Assault, "An attacker rammed a van into a crowd of shoppers in Stockholm."},
		// A demand put to both parties.
		{truce.Request, "Egypt pressed both sides for a truce in Gaza."},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-10-22")
			last := tt.text
			if k := strings.LastIndex(strings.TrimSuffix(tt.text, "."), ". "); k >= 0 {
				last = tt.text[k+2:]
			}
			for _, ev := range x.Events {
				if ev.Type == tt.typ && strings.Contains(last, strings.TrimSpace(ev.Evidence.Sentence)) {
					return
				}
			}
			var got []string
			for _, ev := range x.Events {
				got = append(got, ev.Type)
			}
			t.Errorf("no %s event from %q; got %v", tt.typ, last, got)
		})
	}
}
