package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// Who did what to whom: the constructions that put the actors of an event
// away from its verb.
func TestRoles(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target string
	}{
		{"they stands for a coordinated pair",
			"Kenya and Somalia signed a trade pact in Nairobi on Monday. They also agreed to reopen the border crossing at Mandera.",
			truce.Agree, "KEN", "SOM"},
		{"a counted description stands for the pair",
			"Armenia and Azerbaijan exchanged prisoners on Tuesday. The two neighbours also agreed to set up a commission of border experts.",
			truce.Agree, "ARM", "AZE"},
		{"each other far from the verb",
			"Ethiopia and Eritrea pledged on Monday not to attack each other.",
			truce.Agree, "ETH", "ERI"},
		{"relative clause takes its antecedent",
			"The talks may anger Kigali, which has accused Kinshasa of arming rebels in North Kivu.",
			truce.Accuse, "RWA", "COD"},
		{"verb after but shares the subject, the junta its country",
			"Myanmar's military declared a ceasefire on Wednesday. The junta said the truce would hold until May but warned that it would respond if rebel forces attacked.",
			truce.Threaten, "MMR", ""},
		{"verb after and takes its clause's subject",
			"Peru expelled the ambassador hours after Bolivian police stormed its consulate in La Paz and arrested a diplomat.",
			truce.Coerce, "BOLCOP", ""},
		{"participle phrase describes the subject",
			"Malian soldiers retreating from the advance of JNIM fighters killed 12 villagers in Dioura.",
			truce.Assault, "MLIMIL", "MLICVL"},
		{"prepositional object is not the subject",
			"Hundreds of students who had gathered outside parliament in Nairobi to protest against a tax bill were dispersed by police.",
			truce.Protest, "KEN", ""},
		{"a date before the subject is no preposition's object",
			"Donald Trump said on Saturday the United States would demand that Panama cut its canal fees.",
			"", "USA", "PAN"},
		{"the owner of a spokesman speaks",
			"A spokesman for Pakistan's military denied that it had carried out any strikes inside Afghanistan.",
			truce.Reject, "PAKMIL", ""},
		{"coordinated by agents of a participle",
			"Somali troops backed by Kenyan and Ethiopian forces recaptured the town of Bardere from al-Shabaab on Monday.",
			"", "SOMMIL", "ALSHABAAB"},
		{"the court is the court named before",
			"The United States imposed sanctions on the International Criminal Court on Thursday. The court said the sanctions were an attack on its independence and condemned Washington.",
			"", "ICC", ""},
		{"a placed description of a tribunal",
			"The United States imposed sanctions on the International Criminal Court on Thursday. The Hague-based tribunal condemned the order.",
			"", "ICC", ""},
		{"his government is the last person's",
			"Brazilian President Luiz Inacio Lula da Silva criticised the tariffs, but the White House said his government had agreed to resume talks with Washington.",
			truce.Agree, "BRA", "USA"},
		{"the month of March is no march",
			"Myanmar soldiers raped three women during a raid on a village in Sagaing region in March.",
			truce.Assault, "MMRMIL", "MMRCVL"},
		{"the paramilitary group is the group named before",
			"The army said the Rapid Support Forces had shelled the market in El Fasher. It said the paramilitary group killed 12 civilians.",
			truce.Assault, "RSF", ""},
		{"a country naming a town is no target",
			"JNIM fighters stormed the northern Mali town of Boni on Sunday, overrunning a military camp.",
			truce.Assault, "JNIM", "MLIMIL"},
		{"extradition is to the receiving state",
			"Mali extradited Amadou Kone, a former army colonel wanted for fraud, to France on Tuesday.",
			"", "MLI", "FRA"},
		{"a by agent after the place visited, through an apposition",
			"Serbia freed two activists on Sunday, hours after a visit to Belgrade by Mark Pollard, Donald Trump's envoy for the Balkans.",
			truce.Consult, "USA", "SRB"},
		{"its own envoy is no target; the post is",
			"Algeria recalled its ambassador from Spain on Friday.",
			truce.Sanction, "DZA", "ESP"},
		{"the country an envoy is posted to",
			"Algeria recalled its ambassador to France for consultations on Saturday.",
			truce.Sanction, "DZA", "FRA"},
		{"a trip to a capital visits its state",
			"Kenyan President William Ruto made a three-day trip to Addis Ababa on Monday.",
			truce.Consult, "KEN", "ETH"},
		{"a generic joined to a state is of that state, not of the venue",
			"Bolivia's government and the opposition signed an agreement in Lima on Monday to hold new elections.",
			truce.Agree, "BOLGOV", "BOLOPP"},
		{"camps of a group are the group's",
			"Nigerian troops carried out air strikes on Sunday against camps of Boko Haram near Lake Chad.",
			truce.Assault, "NGAMIL", "BOKOHARAM"},
		{"a relative clause on the noun gives its agent",
			"The rifles are part of the aid that Germany is sending to Moldova.",
			truce.Aid, "DEU", "MDA"},
		{"the two leaders are the first actor and the party it met",
			"Vladimir Putin held talks with Recep Tayyip Erdogan in Sochi on Monday. The two leaders agreed to set up a joint naval patrol.",
			truce.Agree, "RUS", "TUR"},
		{"his proposal is the last person's",
			"Donald Trump floated a plan to buy the province, but Canadian Prime Minister Mark Carney dismissed as absurd his proposal.",
			truce.Reject, "CAN", "USA"},
		{"the main verb after a subject relative takes its head",
			"Gunmen on motorbikes who stormed a church in Owo on Sunday killed 20 worshippers.",
			truce.Assault, "NGAREB", "NGACVL"},
		{"opponents a state's police arrest are its own, wherever the flight went",
			"Tajik police arrested opposition activist Rustam Nazarov on Friday after his flight from Moscow to Istanbul was diverted.",
			truce.Coerce, "TJKCOP", "TJKOPP"},
		{"supporters of a president are no government",
			"Riot police fired tear gas on supporters of ousted Guatemalan President Rafael Ortiz in Quetzaltenango on Sunday.",
			truce.Assault, "GTMCOP", "GTMPRO"},
		{"a post after as names the subject's side",
			"Carlos Mendez resigned as Ecuador's interior minister on Friday.",
			truce.Concede, "ECU", ""},
		{"as opening a clause names no post",
			"Police used tear gas as crowds demanding the president's resignation pushed through barricades in Colombo.",
			truce.Assault, "LKACOP", "LKAPRO"},
		{"a state's unlisted body acts for the state",
			"Uzbekistan's customs service accused Kazakhstan on Monday of blocking grain lorries at the border.",
			truce.Accuse, "UZB", "KAZ"},
		{"a counted description after an opening phrase, with a qualifier",
			"Guinea, Sierra Leone and Liberia withdrew their envoys from Abidjan on Friday. In a joint communique, the three Mano River states accused Ivory Coast of sheltering rebels.",
			truce.Accuse, "GIN", "CIV"},
		{"a country named with its article is still the country",
			"The Philippines accused Vietnam's coast guard on Monday of ramming a fishing boat near Pag-asa Island.",
			truce.Accuse, "PHL", "VNMMIL"},
		{"their before a two-sided noun is the pair, and a later clause's subject is no object",
			"Kenya and Somalia met in Nairobi on Monday, their first talks since Somalia closed the border.",
			truce.Consult, "KEN", "SOM"},
		{"a verb after a comma and and skips back over a subordinate clause",
			"Kenya and Somalia met in Nairobi on Monday, their first talks since Somalia closed the border, and agreed to reopen the crossing at Mandera.",
			truce.Agree, "KEN", "SOM"},
		{"an actor joined to the head of an of phrase",
			"Nigerian soldiers and fighters of the jihadist Boko Haram group clashed near Bama on Sunday.",
			truce.Assault, "NGAMIL", "BOKOHARAM"},
		{"fighters loyal to a group are the group",
			"Militiamen loyal to the Arakan Army attacked a police post in Maungdaw on Friday.",
			truce.Assault, "AA", ""},
		{"people detained at a protest are protesters",
			"Police in Yerevan detained dozens of people on Saturday as they tried to march on parliament.",
			truce.Coerce, "ARMCOP", "ARMPRO"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-10-22")
			for _, ev := range x.Events {
				if tt.typ != "" && ev.Type != tt.typ {
					continue
				}
				if hasActor(ev.Source, tt.source) && (tt.target == "" || hasActor(ev.Target, tt.target)) {
					return
				}
			}
			t.Errorf("no %s event from %s to %s in %+v", tt.typ, tt.source, tt.target, x.Events)
		})
	}
}
