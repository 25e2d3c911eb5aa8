package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// Status and reporter over the constructions of everyday wire copy, in
// sentences of our own: attribution before and after the clause,
// accusations, claims, denials, plans, negations, conditions and nested
// reports. by is the reporter's id ("" when the text names none); an id of
// three letters matches any actor of that country.
func TestStatusProbe(t *testing.T) {
	tests := []statusCase{
		// Attribution after the clause.
		{"the army said", "Insurgents attacked a border post near Tillaberi on Tuesday, killing five soldiers, the army said.", truce.Assault, truce.StatusReported, "NERMIL"},
		{"police said on a day", "Two men were stabbed to death at a bus stop in Durban, police said on Friday.", truce.Assault, truce.StatusReported, "ZAF"},
		{"the ministry said in a statement", "Serbia recalled its ambassador from Montenegro, the foreign ministry said in a statement.", truce.Sanction, truce.StatusReported, "SRB"},
		{"a spokesman for the army", "Government troops retook the town of Kalehe from the rebels, a spokesman for the Congolese army said.", truce.Assault, truce.StatusReported, "CODMIL"},
		{"a governor said", "Gunmen kidnapped 15 travellers on the highway near Lokoja, the state governor said on Monday.", truce.Assault, truce.StatusReported, "NGA"},
		{"a witness said", "Soldiers opened fire on a crowd of mourners in Mandalay, killing three, a witness said.", truce.Assault, truce.StatusReported, "MMR"},
		{"state media reported", "Chinese and Bhutanese diplomats held talks on their border dispute in Beijing, state media reported.", truce.Consult, truce.StatusReported, "CHNMED"},
		{"the UN said", "Floods and fighting forced 40,000 people from their homes in Jonglei after militias burned villages, the United Nations said.", truce.Assault, truce.StatusReported, "UN"},
		{"the ministry said with no statement", "Israeli settlers torched cars in the West Bank village of Turmus Ayya, the Palestinian health ministry said.", truce.Assault, truce.StatusReported, "PSE"},
		// Attribution before the clause.
		{"according to the UN", "According to the United Nations, armed men looted two health centres in Tigray last month.", truce.Coerce, truce.StatusReported, "UN"},
		{"according to police", "According to police, a bomb hidden in a motorcycle exploded near a market in Maiduguri on Sunday.", truce.Assault, truce.StatusReported, "NGACOP"},
		{"residents told reporters", "Residents told reporters that militiamen had burned dozens of homes in the village of Kilo.", truce.Assault, truce.StatusReported, ""},
		{"a state says that the enemy struck", "Ukraine's interior minister said that a Russian drone had struck a fire station in Sumy.", truce.Assault, truce.StatusAlleged, "UKR"},
		{"X said in a statement that", "The Philippine coast guard said in a statement that Chinese vessels had fired water cannon at its boat near Scarborough Shoal.", truce.Assault, truce.StatusAlleged, "PHL"},
		{"X told Reuters", "A Sudanese army commander told Reuters that his troops had seized the bridge over the Nile at Omdurman.", truce.Assault, truce.StatusReported, "SDNMIL"},
		{"told a news agency, the speaker reports", "The mayor of Kherson told AFP that Russian artillery had shelled the river port overnight.", truce.Assault, truce.StatusAlleged, "UKR"},
		{"a minister told parliament", "Kenya's defence minister told parliament that troops had killed 14 al-Shabaab fighters near Mandera.", truce.Assault, truce.StatusReported, "KEN"},
		// Accusations.
		{"accused of shelling", "Armenia accused Azerbaijan of shelling villages in its Syunik province on Monday.", truce.Assault, truce.StatusAlleged, "ARM"},
		{"accused of arming", "Rwanda accused Burundi of arming the FDLR rebels operating along their border.", truce.Aid, truce.StatusAlleged, "RWA"},
		{"blamed for", "Authorities in Bogota blamed ELN rebels for a car bomb that damaged a police station in Cali.", truce.Assault, truce.StatusAlleged, "COL"},
		{"allegedly", "Police in Kampala allegedly beat a journalist covering an opposition rally on Tuesday.", truce.Assault, truce.StatusAlleged, ""},
		{"suspected militants are no doubt about the act", "Suspected militants blew up a mobile phone mast in the Indian state of Manipur on Sunday.", truce.Assault, truce.StatusReported, ""},
		{"it was not clear who", "A rocket slammed into a military base near Erbil on Saturday; it was not clear who fired it.", truce.Assault, truce.StatusReported, ""},
		{"a state says the enemy struck", "Lebanon said Israeli jets had bombed the village of Khiam on Wednesday.", truce.Assault, truce.StatusAlleged, "LBN"},
		// Claims.
		{"claimed responsibility", "The Pakistani Taliban claimed responsibility for a suicide bombing at a police station in Bannu.", truce.Assault, truce.StatusClaimed, "TTP"},
		{"said its fighters had killed", "The Arakan Army said its fighters had killed 30 junta soldiers in an assault on a base in Rakhine state.", truce.Assault, truce.StatusClaimed, "AA"},
		{"rebels said they captured", "M23 rebels said they had captured the mining town of Rubaya on Sunday.", truce.Assault, truce.StatusClaimed, "M23"},
		{"the group said it carried out", "The Houthis said they had fired a ballistic missile at a tanker in the Gulf of Aden.", truce.Assault, truce.StatusClaimed, "HOUTHI"},
		// Denials.
		{"denied carrying out", "Israel denied carrying out an air strike on a hospital in Khan Younis.", truce.Assault, truce.StatusDenied, ""},
		{"denied that it had", "Moscow denied that its forces had bombed a shopping centre in Kremenchuk.", truce.Reject, truce.StatusReported, ""},
		{"rejected claims that", "The Ethiopian government rejected claims that its troops had killed civilians in the Amhara region.", truce.Reject, truce.StatusReported, ""},
		{"dismissed reports that", "The Venezuelan government dismissed reports that its soldiers had crossed into Guyana.", truce.Reject, truce.StatusReported, ""},
		{"the denial is reported", "Israel denied carrying out an air strike on a hospital in Khan Younis.", truce.Reject, truce.StatusReported, ""},
		// Plans and announcements.
		{"will meet", "The presidents of Kenya and Tanzania will meet in Arusha on Friday to discuss trade.", truce.Consult, truce.StatusPlanned, ""},
		{"is expected to visit", "The Chinese foreign minister is expected to visit Islamabad next week.", truce.Consult, truce.StatusPlanned, ""},
		{"plans to", "Poland plans to deploy 10,000 more troops to its border with Belarus, the defence minister said.", truce.Mobilize, truce.StatusPlanned, "POL"},
		{"vowed to", "The Nigerian president vowed to send more troops to Plateau state after the killings.", truce.Mobilize, truce.StatusPlanned, ""},
		{"agreed to hold talks next week", "Thailand and Cambodia agreed to hold talks on their border next week.", truce.Agree, truce.StatusReported, ""},
		{"announced it would", "Germany announced it would send 500 more soldiers to Lithuania.", truce.Mobilize, truce.StatusPlanned, "DEU"},
		{"is set to", "The UN envoy for Libya is set to meet rival leaders in Tripoli on Sunday.", truce.Consult, truce.StatusPlanned, ""},
		{"intends to", "Morocco intends to expel two Algerian diplomats, the foreign ministry said.", truce.Sanction, truce.StatusPlanned, "MAR"},
		{"scheduled for", "Talks between the Colombian government and the ELN are scheduled to resume in Caracas on Monday.", truce.Consult, truce.StatusPlanned, ""},
		// Negations.
		{"did not attack", "The army did not attack the protesters in Bamako, a military spokesman said.", truce.Assault, truce.StatusNegated, "MLI"},
		{"failed to reach a deal", "Egypt and Ethiopia failed to reach a deal on the Nile dam at talks in Cairo.", truce.Agree, truce.StatusNegated, ""},
		{"refused to withdraw", "The rebels refused to withdraw from the town of Kitchanga despite the truce.", truce.Reject, truce.StatusReported, ""},
		{"never fired", "Kosovo police never fired on the crowd in Zvecan, the interior minister said.", truce.Assault, truce.StatusNegated, "XKX"},
		{"yet to sign", "Kosovo and Serbia have yet to sign the accord brokered by the European Union.", truce.Agree, truce.StatusNegated, ""},
		{"have not met", "The leaders of the two Koreas have not met since 2018.", truce.Consult, truce.StatusNegated, ""},
		{"did not fire on", "The Greek coast guard did not fire on the migrant boat near Lesbos, the ministry said.", truce.Assault, truce.StatusNegated, "GRC"},
		{"didn't shoot at", "Bolivian police didn't shoot at the marchers in La Paz, the interior minister said.", truce.Assault, truce.StatusNegated, "BOL"},
		{"no troops were sent", "Nigeria has not sent troops to Niger, the defence ministry said.", truce.Mobilize, truce.StatusNegated, "NGA"},
		// Hypotheticals.
		{"would strike if is a threat", "Iran would strike Israeli cities if Israel attacked its nuclear sites, the foreign minister said.", truce.Threaten, truce.StatusReported, "IRN"},
		{"threatened to if", "Turkey threatened to launch a new ground offensive in northern Syria if Kurdish fighters did not pull back.", truce.Threaten, truce.StatusReported, ""},
		// More attribution.
		{"health officials said", "An Israeli strike on a car in southern Lebanon killed two men, Lebanese health officials said.", truce.Assault, truce.StatusReported, "LBN"},
		{"said the ministry, inverted", "Troops arrested 12 suspected smugglers near the Algerian border, said the Tunisian defence ministry.", truce.Coerce, truce.StatusReported, "TUN"},
		{"local officials told", "Militants burned down a girls' school in North Waziristan overnight, local officials told reporters on Sunday.", truce.Assault, truce.StatusReported, "PAK"},
		{"a statement from", "Security forces detained 30 protesters in Conakry on Thursday, a statement from the opposition coalition said.", truce.Coerce, truce.StatusReported, "GINOPP"},
		{"no attribution", "Rebels ambushed an army convoy near Bossangoa on Monday, killing four soldiers.", truce.Assault, truce.StatusReported, ""},
		{"according to after the clause", "At least 18 people died when gunmen attacked a bus in Oromia, according to the regional government.", truce.Assault, truce.StatusReported, "ETH"},
		{"Interfax reported", "Russian air defences shot down three drones over the Belgorod region, the regional governor said.", truce.Coerce, truce.StatusReported, "RUS"},
		// More claims.
		{"said its men had seized", "The Kachin Independence Army said its men had seized a junta outpost near the Chinese border.", truce.Assault, truce.StatusClaimed, "KIA"},
		{"claimed responsibility for an ambush", "Boko Haram claimed responsibility for an ambush on a military convoy in Borno state.", truce.Assault, truce.StatusClaimed, "BOKOHARAM"},
		{"claimed the attack", "The Baloch Liberation Army claimed the attack on a train carrying soldiers near Quetta.", truce.Assault, truce.StatusClaimed, "BLA"},
		{"militants said they had shot down", "Houthi rebels said they had shot down an American drone over the province of Marib.", truce.Assault, truce.StatusClaimed, "HOUTHI"},
		// More accusations.
		{"accused of bombing", "Sudan's army accused the Rapid Support Forces of bombing a power station in Merowe.", truce.Assault, truce.StatusAlleged, "SDN"},
		{"accused of supplying", "Ukraine accused Iran of supplying drones to the Russian army.", truce.Aid, truce.StatusAlleged, "UKR"},
		{"said that another state's soldiers had", "Guyana said Venezuelan soldiers had fired on its troops along the border river.", truce.Assault, truce.StatusAlleged, "GUY"},
		// More plans.
		{"will travel to", "The Indian foreign minister will travel to Colombo next week for talks with Sri Lanka's president.", truce.Consult, truce.StatusPlanned, ""},
		{"is due to", "A delegation of the African Union is due to arrive in Khartoum on Sunday for talks with the army.", truce.Consult, truce.StatusPlanned, ""},
		{"pledged to send", "Brazil pledged to send food and medicine to Haiti after the floods.", truce.Agree, truce.StatusReported, ""},
		{"next week's summit", "The leaders of France and Germany are to meet in Berlin on Tuesday, a German government spokesman said.", truce.Consult, truce.StatusPlanned, "DEU"},
		// More negations.
		{"no talks were held", "The envoys did not meet in Geneva as planned, the UN said.", truce.Consult, truce.StatusNegated, "UN"},
		// More conditions.
		{"a threat told by state media", "North Korea would strike American bases in Guam if Washington attacked, state media said.", truce.Threaten, truce.StatusReported, "PRK"},
		// Nested reports.
		{"X said Y had told it", "The UN refugee agency said displaced families had told its staff that soldiers had burned their village in Darfur.", truce.Assault, truce.StatusReported, "UNHCR"},
		// The reporter's own act against the reported act.
		{"the speaker condemned", "The African Union condemned the attack by gunmen on a church in Owo that killed 40 worshippers.", truce.Assault, truce.StatusReported, ""},
		{"the speaker's own condemnation is reported", "Egypt condemned the storming of its embassy in Khartoum on Tuesday.", truce.Accuse, truce.StatusReported, ""},
		{"a speaker's statement about itself", "The Colombian army said on Tuesday it had arrested a FARC dissident commander in Cauca.", truce.Coerce, truce.StatusReported, "COLMIL"},
	}
	runReporterCases(t, tests, "")
}

// runReporterCases checks each case's status and reporter in a subtest of
// its name. by is the reporter's id; a by equal to none wants no reporter,
// and with none "-" an empty by leaves the reporter unchecked. An id of
// three letters matches any actor of that country.
func runReporterCases(t *testing.T, tests []statusCase, none string) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ev := eventOfType(mustExtract(t, tt.text, "2025-11-20"), tt.typ)
			if ev == nil {
				t.Fatalf("no %s event in %q", tt.typ, tt.text)
			}
			if ev.Status != tt.status {
				t.Errorf("status = %q, want %q", ev.Status, tt.status)
			}
			got := ""
			if ev.ReportedBy != nil {
				got = ev.ReportedBy.ID
			}
			switch {
			case tt.by == none:
				if got != "" {
					t.Errorf("reported_by = %q, want none", got)
				}
			case tt.by == "":
			case !hasActor([]truce.Actor{{ID: got}}, tt.by):
				t.Errorf("reported_by = %q, want %q", got, tt.by)
			}
		})
	}
}
