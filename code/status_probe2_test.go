package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// Status and reporter over a second round of wire constructions, in
// sentences of our own: claims on social media, hedges, denials of acts
// and the acts denied, plans, negations, threats, reported speech chains,
// anonymous sources and news agencies. by is the reporter's id ("" when
// the text names none); an id of three letters matches any actor of that
// country.
func TestStatusProbe2(t *testing.T) {
	tests := []statusCase{
		// Claims of responsibility.
		{"claimed in a statement on Telegram", "Al-Shabaab claimed in a statement on Telegram that its fighters had stormed a military base near the Somali town of Baidoa.", truce.Assault, truce.StatusClaimed, "ALSHABAAB"},
		{"rebels say they shot down", "Tuareg rebels said they had shot down a Malian army drone near the town of Kidal on Monday.", truce.Assault, truce.StatusClaimed, "MLI"},
		// Allegations.
		{"reportedly", "Soldiers reportedly beat and detained dozens of villagers in the Ethiopian region of Amhara last week.", truce.Coerce, truce.StatusAlleged, ""},
		{"is accused of", "The Wagner group is accused of killing hundreds of civilians in the central Malian town of Moura in 2022.", truce.Assault, truce.StatusAlleged, ""},
		{"were accused of torturing", "Prison guards in Tunisia were accused of torturing detainees held after the protests in Tunis.", truce.Assault, truce.StatusAlleged, ""},
		{"allegedly opened fire", "Police in Nairobi allegedly opened fire on demonstrators protesting against a new finance bill on Tuesday.", truce.Assault, truce.StatusAlleged, ""},
		{"accused X of firing", "Thailand accused Cambodian troops of firing rockets at a village in Sisaket province on Thursday.", truce.Assault, truce.StatusAlleged, "THA"},
		{"blamed X for", "Pakistan blamed the Afghan Taliban for a cross-border raid on a checkpoint in Chitral that killed four soldiers.", truce.Assault, truce.StatusAlleged, "PAK"},
		{"said another state's drones had hit", "Azerbaijan said Armenian forces had shelled its positions in the Kalbajar district overnight.", truce.Assault, truce.StatusAlleged, "AZE"},
		// Denials: the denial itself and the act denied.
		{"denied sending troops", "Rwanda denied sending troops into the eastern Congolese province of North Kivu.", truce.Mobilize, truce.StatusDenied, ""},
		{"denial of troops is a rejection", "Rwanda denied sending troops into the eastern Congolese province of North Kivu.", truce.Reject, truce.StatusReported, ""},
		{"denied any role in", "Iran denied any role in the drone attack on a US base in Jordan that killed three soldiers.", truce.Reject, truce.StatusReported, ""},
		{"denied that its jets", "Turkey denied that its jets had bombed a village in northern Iraq, the defence ministry said.", truce.Reject, truce.StatusReported, "TUR"},
		// The month May is no modal.
		{"since May", "Malian troops, who have held Gao since May 2023, set up a new camp north of the town on Monday.", truce.Mobilize, truce.StatusReported, ""},
		{"on 12 May", "Police in Lahore detained dozens of opposition supporters after riots on May 12, officials said.", truce.Coerce, truce.StatusReported, "PAK"},
		// Plans.
		{"will hold talks", "Chinese and Indian officials will hold talks in New Delhi next month on their disputed Himalayan border.", truce.Consult, truce.StatusPlanned, ""},
		{"is due to visit", "The Turkish president is due to visit Baghdad on Monday for talks with the Iraqi prime minister.", truce.Consult, truce.StatusPlanned, ""},
		{"are expected to meet", "Foreign ministers of Egypt and Qatar are expected to meet in Doha on Sunday to discuss the Gaza truce.", truce.Consult, truce.StatusPlanned, ""},
		{"talks scheduled for", "Peace talks between the Sudanese army and the RSF are scheduled to resume in Jeddah next week.", truce.Consult, truce.StatusPlanned, ""},
		{"will deploy", "Kenya will deploy 1,000 police officers to Haiti in the coming weeks, its interior minister said.", truce.Mobilize, truce.StatusPlanned, "KEN"},
		{"drawing up sanctions", "EU foreign ministers are drawing up new sanctions on Belarus over its crackdown on the opposition in Minsk.", truce.Sanction, truce.StatusPlanned, ""},
		// Negations.
		{"did not strike", "The Israeli military did not strike the hospital in Gaza City, a spokesman for the army said.", truce.Assault, truce.StatusNegated, "ISR"},
		{"has yet to sign", "The Ethiopian government has yet to sign the peace accord drafted by the African Union in Pretoria.", truce.Agree, truce.StatusNegated, ""},
		{"failed to agree", "Armenia and Azerbaijan failed to reach an agreement on their border at talks in Washington on Thursday.", truce.Agree, truce.StatusNegated, ""},
		{"have not held talks", "Venezuela and Guyana have not held talks on the Essequibo dispute since December.", truce.Consult, truce.StatusNegated, ""},
		{"never attacked", "Ugandan troops never attacked civilians in the Congolese province of Ituri, the army spokesman said.", truce.Assault, truce.StatusNegated, "UGA"},
		// Hypotheticals and threats.
		{"threatened to strike", "Israel threatened to strike Beirut if Hezbollah kept firing rockets at towns in northern Israel.", truce.Threaten, truce.StatusReported, ""},
		{"warned it would retaliate", "North Korea warned it would retaliate against any South Korean drone flights over Pyongyang, state media said.", truce.Threaten, truce.StatusReported, "PRK"},
		// Reported speech and quotes.
		{"X said Y told it", "Amnesty International said witnesses had told its researchers that police fired live rounds at protesters in Dhaka.", truce.Assault, truce.StatusReported, "AMNESTY"},
		{"two claimants", "Both Russia and Ukraine said they had repelled attacks near the town of Pokrovsk on Sunday.", truce.Assault, truce.StatusReported, ""},
		// Anonymous sources.
		{"an official who asked not to be named", "Gunmen abducted 20 students from a school in Nigeria's Kaduna state, a local official who asked not to be named said.", truce.Assault, truce.StatusReported, "NGA"},
		{"medical sources said", "An Israeli air strike on a house in Rafah killed seven people, medical sources said.", truce.Assault, truce.StatusReported, "PSEHLH"},
		// Wire agencies.
		{"state media said", "Iran executed a man convicted of spying for Israel, state media said on Thursday.", truce.Assault, truce.StatusReported, "IRNMED"},
		{"Reuters reported", "Niger's junta ordered the French ambassador to leave the country within 48 hours, Reuters reported.", truce.Sanction, truce.StatusReported, ""},
		{"the official news agency", "Egyptian and Sudanese leaders met in Cairo on Sunday to discuss the war in Sudan, the official MENA news agency reported.", truce.Consult, truce.StatusReported, "EGY"},
	}
	runReporterCases(t, tests, "")
}
