package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// Who did what to whom when a sentence names its actors only by referring
// back: pronouns, descriptions ("the two neighbours", "the junta") and
// acts answered ("rejected the charge") that stand for actors named in the
// sentence before.
func TestRolesAcrossSentences(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target string
	}{
		{"they stands for a coordinated pair",
			"Kenya and Somalia signed a trade pact in Nairobi on Monday. They also agreed to reopen the border crossing at Mandera.",
			truce.Agree, "KEN", "SOM"},
		{"a counted description stands for the pair",
			"Armenia and Azerbaijan exchanged prisoners on Tuesday. The two neighbours also agreed to set up a commission of border experts.",
			truce.Agree, "ARM", "AZE"},
		{"verb after but shares the subject, the junta its country",
			"Myanmar's military declared a ceasefire on Wednesday. The junta said the truce would hold until May but warned that it would respond if rebel forces attacked.",
			truce.Threaten, "MMR", ""},
		{"the court is the court named before",
			"The United States imposed sanctions on the International Criminal Court on Thursday. The court said the sanctions were an attack on its independence and condemned Washington.",
			"", "ICC", ""},
		{"a placed description of a tribunal",
			"The United States imposed sanctions on the International Criminal Court on Thursday. The Hague-based tribunal condemned the order.",
			"", "ICC", ""},
		{"the paramilitary group is the group named before",
			"The army said the Rapid Support Forces had shelled the market in El Fasher. It said the paramilitary group killed 12 civilians.",
			truce.Assault, "RSF", ""},
		{"the two leaders are the first actor and the party it met",
			"Vladimir Putin held talks with Recep Tayyip Erdogan in Sochi on Monday. The two leaders agreed to set up a joint naval patrol.",
			truce.Agree, "RUS", "TUR"},
		{"a counted description after an opening phrase, with a qualifier",
			"Guinea, Sierra Leone and Liberia withdrew their envoys from Abidjan on Friday. In a joint communique, the three Mano River states accused Ivory Coast of sheltering rebels.",
			truce.Accuse, "GIN", "CIV"},
		{"a request rejected is the asker's, not an actor past the clause",
			"Lithuania asked Poland on Monday to reopen the border crossing. Warsaw rejected the request, saying the safety of Belarusian drivers came first.",
			truce.Reject, "POL", "LTU"},
		{"a charge rejected is its accuser's",
			"Kenya accused Uganda on Monday of arming rebels. Uganda rejected the charge on Tuesday.",
			truce.Reject, "UGA", "KEN"},
		{"who was killed in a strike did not make it",
			"Russia launched drones at Ukrainian cities overnight. A ten-year-old boy was killed in a strike on Kharkiv.",
			truce.Assault, "RUS", "UKRCVL"},
		{"each side accuses the other, the pair of the sentence before",
			"Kyrgyz and Tajik border guards exchanged fire on Thursday. Each side accused the other of opening fire first.",
			truce.Accuse, "KGZ", "TJK"},
		{"a condemnation of the killings targets the attacker told before",
			"Sudan's army carried out an air strike on a market near El Fasher on Monday, killing 40 people. The African Union condemned the killings.",
			truce.Accuse, "AU", "SDNMIL"},
		{"blame for an attack names its author past a clause about the accused",
			"A drone strike on a market in a town in Ethiopia's Oromia region killed 20 people on Sunday. Residents blamed the federal army, which has been fighting rebels across the region for months.",
			truce.Assault, "ETHMIL", "ETHCVL"},
		{"a reaction to the move told before targets its doer",
			"Fighters of the PKK burned their weapons at a ceremony in northern Iraq on Friday. Ankara welcomed the move and said it would set up a commission to oversee the process.",
			truce.Support, "TURGOV", "PKK"},
		{"them stands for a group the sentence before named after its first actor",
			"Indian Prime Minister Narendra Modi received the leaders of Nepal and Bhutan in New Delhi on Monday. He promised them $2 billion in loans for roads and dams.",
			truce.Agree, "IND", "NPL"},
		{"a city's demonym is no subject; the attacker is the war's other side",
			"Shelling of the centre of the Ukrainian city of Kharkiv on Monday killed 11 people. Kyiv blamed Russia, and Russia denied it.",
			truce.Assault, "RUS", "UKRCVL"},
		{"an appeal naming no one is aimed at the sides of the last attack",
			"Chadian troops attacked Boko Haram positions near Lake Chad on Sunday. Niger and Cameroon urged restraint.",
			truce.Request, "NER", "TCD"},
		{"both sides with no two states are the sides of the last attack",
			"Heavy fighting between Sudanese soldiers and Misseriya tribal fighters raged near Abyei on Monday. The African Union urged both sides to agree a truce.",
			truce.Request, "AU", "SDN"},
		{"them after another subject is the pair named before",
			"Eritrean and Ethiopian troops exchanged fire across the border on Monday. Kenya, which is close to both neighbours, offered to help them end the dispute.",
			"", "KEN", "ERI"},
		{"them after another subject is the crowd named before",
			"Thousands of protesters marched on the parliament in Kampala. Police fired tear gas to disperse them.",
			truce.Assault, "UGACOP", "UGAPRO"},
		{"a leader's supporters are protesters",
			"Police arrested the Mozambican opposition leader Venancio Mondlane in Maputo on Thursday. His supporters stormed a police station in the city hours later.",
			truce.Protest, "MOZPRO", "MOZCOP"},
		{"a condemnation of an attack told before aims at its makers",
			"French and German jets bombed militant camps in northern Mali on Sunday. Algeria, which borders the region, condemned the raids.",
			truce.Accuse, "DZA", "FRA"},
		{"a vow of revenge aims at who made the attack",
			"Ethiopian drones struck a TPLF base near Mekelle on Saturday, killing four fighters. The TPLF vowed bitter revenge.",
			truce.Threaten, "TPLF", "ETH"},
		{"a decision dismissed is its maker's",
			"The African Union suspended Mali from the bloc on Saturday. Bamako dismissed the decision as illegal.",
			truce.Reject, "MLI", "AU"},
		{"reports dismissed are the reporter's",
			"Japan's defence ministry said China had sent warships near the Senkaku islands. Beijing dismissed the reports as groundless.",
			truce.Reject, "CHN", "JPN"},
		{"an accord declared void inside the trigger is its parties'",
			"Kenya and Tanzania signed a pact on fishing rights in Lake Victoria on Monday. Uganda declared the accord null and void.",
			truce.Reject, "UGA", "KEN"},
		{"a denied act answers its accuser, not the gerund's object",
			"Uganda accused Sudan on Monday of arming the M23. Khartoum denied supplying weapons to the group.",
			truce.Reject, "SDN", "UGA"},
		{"a body's people speak for it when their report is denied",
			"UN monitors said Eritrean troops had looted clinics across Tigray. Asmara has denied that its soldiers took part.",
			truce.Reject, "ERI", "UN"},
		{"a condemnation of measures aims at who laid them, past a killing told between",
			"The African Union imposed sanctions on Guinea's junta on Friday. Rights groups say soldiers have killed 40 protesters since June. Conakry denounced the measures as unjust.",
			truce.Accuse, "GIN", "AU"},
		{"a group's short name, denying the link alleged before",
			"Egyptian prosecutors said on Sunday the Muslim Brotherhood had planned the bombing of a police station in Giza. The Brotherhood denied any involvement.",
			truce.Reject, "MUSLIMBRO", "EGY"},
		{"the body's noun recalls the body named before",
			"Police shot dead 12 protesters in Nairobi on Tuesday, the Kenya National Human Rights Commission said. The commission urged the government to end the killings.",
			truce.Request, "KENNGO", "KENGOV"},
		{"its office-holder speaks for the body named before",
			"Gunmen ambushed a UN convoy near Bunia on Monday, killing two peacekeepers, the UN mission said. Its head, Bintou Keita, condemned the ambush as a war crime.",
			truce.Accuse, "UN", ""},
		{"a denied role answers who alleged it",
			"Kenyan police said on Sunday that Somali militants had planned the raid. Mogadishu denied any role in it.",
			truce.Reject, "SOM", "KENCOP"},
		{"a state's lone truce is toward the group named next",
			"The Philippine government will observe a holiday truce over Christmas, a presidential adviser said. Leaders of the New People's Army called the gesture hollow.",
			"", "PHL", "NPA"},
		{"a counted group later in the sentence is the group named before",
			"Chile, Peru and Ecuador said on Monday that they would recognise the opposition government. Venezuela recalled its diplomats from the three capitals on Tuesday.",
			truce.Sanction, "VEN", "PER"},
		{"a group claiming the bombing by name made the bombing told before",
			"A bomber blew himself up at a mosque in Maiduguri on Friday, killing nine worshippers, police said. Boko Haram later claimed the bombing.",
			truce.Assault, "BOKOHARAM", ""},
		{"a condemned decision is aimed at whoever made it",
			"Kenya will close its border with Somalia for three months, Kenyan officials announced on Monday. Mogadishu condemned the decision, saying it would hurt traders on both sides.",
			truce.Accuse, "SOM", "KEN"},
		{"a rejected report goes back past a sentence naming no one",
			"Amnesty International said in a report on Tuesday that Ethiopian soldiers had shot dozens of civilians in the town of Bahir Dar. Witnesses described bodies left lying in the streets for days. Ethiopia's government dismissed the report as one-sided.",
			truce.Reject, "ETH", "AMNESTY"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-10-22")
			for _, ev := range x.Events {
				if tt.typ != "" && ev.Type != tt.typ {
					continue
				}
				if (tt.source == "" || hasActor(ev.Source, tt.source)) && (tt.target == "" || hasActor(ev.Target, tt.target)) {
					return
				}
			}
			t.Errorf("no %s event from %s to %s in %+v", tt.typ, tt.source, tt.target, x.Events)
		})
	}
}
