package code_test

import (
	"testing"
)

// TestVocabSweepVocabA probes the trigger lexicon with wire wording for
// CAMEO 03-13 (intent, consultation, diplomatic and material cooperation,
// aid, yielding, investigation, demands, disapproval, rejection and
// threats), written in our own words from the codebook rather than from
// any gold file: hostile labels ("branded the sanctions a declaration of
// war", "called the decision blackmail"), censure with its reason
// ("slammed the freeze as illegal"), mild objection ("took issue with"),
// pleas ("exhorted", "sought the extradition of"), talks shunned, pledges
// of violence ("vowed to storm"), deals hammered out, memoranda signed,
// readiness and intention declared, relations restored, video calls and
// courtesy calls, rescue teams, relief goods, loans and arms sent, aid
// earmarked for a recipient, sentences commuted, charges dropped, bodies
// returned, internet restored, measures shelved, and inquiries set up or
// ordered. The first group failed before the sweep's rows; the second
// already coded and guards against the new rows disturbing it.
func TestVocabSweepVocabA(t *testing.T) {
	tests := []struct {
		typ, mode string // mode "" is not checked
		text      string
	}{
		// wordings the lexicon missed before this sweep
		{"SUPPORT", "", "Bahrain upgraded diplomatic relations with Iran to ambassador level."},
		{"SUPPORT", "", "Tunisia reappointed an ambassador to Syria after ten years."},
		{"AID", "", "The United States approved a $1 billion arms package for Taiwan."},
		{"AID", "humanitarian", "China shipped relief goods to Myanmar after the earthquake."},
		{"AID", "humanitarian", "UNICEF distributed vaccines to children in camps in Darfur."},
		{"ACCUSE", "", "The foreign ministry slammed the sanctions as illegal."},
		{"ACCUSE", "", "The ministry blasted the decision as a violation of international law."},
		{"ACCUSE", "", "Prosecutors indicted the former president on corruption charges."},
		{"THREATEN", "violence", "The Houthis vowed to target American ships in the Red Sea."},
		{"AGREE", "", "The Taliban signalled willingness to reopen girls' schools."},
		{"SUPPORT", "", "Chad and Israel exchanged ambassadors for the first time in decades."},
		{"AID", "humanitarian", "Turkey dispatched search and rescue teams to Morocco after the earthquake."},
		{"AID", "", "Russia transferred fighter jets to Iran under the deal."},
		{"AID", "", "UNHCR sheltered thousands of Sudanese refugees in eastern Chad."},
		{"AID", "", "The EU earmarked 50 billion euros in financial support for Ukraine."},
		{"RETREAT", "release", "The Burmese junta commuted the death sentences of hundreds of prisoners."},
		{"CONCEDE", "", "The government restored internet access in Tigray."},
		{"CONCEDE", "", "Authorities restored mobile internet in the region after a week."},
		{"CONCEDE", "", "The government shelved the controversial pension reform."},
		{"ACCUSE", "investigate", "The UN appointed a fact-finding mission to investigate the massacre."},
		{"REQUEST", "yield", "Lebanon sought the extradition of the bank governor from France."},
		{"ACCUSE", "", "Moscow branded the move a provocation."},
		{"ACCUSE", "", "Beijing hit out at Canberra over the report."},
		{"ACCUSE", "", "Algeria described the French decision as a grave mistake."},
		{"REJECT", "", "The opposition shunned the national dialogue."},
		{"THREATEN", "violence", "The rebels vowed to march on the capital."},
		{"ACCUSE", "", "Tehran branded the sanctions a declaration of war."},
		{"ACCUSE", "", "Pyongyang dubbed the joint drills a provocation."},
		{"ACCUSE", "", "The Kremlin labelled the arrest a witch hunt."},
		{"ACCUSE", "", "Belarus termed the new EU measures illegal."},
		{"ACCUSE", "", "Hungary's foreign minister called the EU decision blackmail."},
		{"ACCUSE", "", "Venezuela called the US tariffs extortion."},
		{"ACCUSE", "", "Egypt described the dam filling as a violation of international law."},
		{"ACCUSE", "", "China characterised the Philippine patrol as a provocation."},
		{"ACCUSE", "", "Russia slammed the asset freeze as a violation of international law."},
		{"ACCUSE", "", "Cuba blasted the embargo as illegal."},
		{"ACCUSE", "", "Beijing hit out at Tokyo over the remarks on Taiwan."},
		{"ACCUSE", "", "Ankara hit out at Stockholm for allowing the protest."},
		{"REQUEST", "yield", "The Afghan refugees begged Pakistan to let them stay."},
		{"REQUEST", "yield", "Peru sought the extradition of the former president from the United States."},
		{"REQUEST", "yield", "Turkey is seeking the extradition of the cleric from the United States."},
		{"REJECT", "", "Venezuela's opposition shunned the talks in Mexico City."},
		{"REJECT", "", "Guinea's junta shunned the ECOWAS summit in Abuja."},
		{"THREATEN", "violence", "Al-Shabaab vowed to attack Kenyan troops in Somalia."},
		{"THREATEN", "violence", "The Houthis pledged to target Israeli shipping in the Red Sea."},
		{"THREATEN", "violence", "The Sudanese army vowed to storm the RSF positions in Khartoum."},
		{"THREATEN", "violence", "The RSF vowed to march on Port Sudan."},
		{"AGREE", "", "Eritrea signalled willingness to talk to Ethiopia."},
		{"SUPPORT", "", "Egypt and Turkey upgraded diplomatic relations to ambassador level."},
		{"SUPPORT", "", "Israel and Bahrain exchanged ambassadors on Monday."},
		{"SUPPORT", "", "Qatar reappointed an ambassador to Egypt after four years."},
		{"SUPPORT", "", "Iran resumed diplomatic relations with Saudi Arabia on Friday."},
		{"AID", "humanitarian", "Greece sent rescue teams to Turkey on Tuesday."},
		{"AID", "humanitarian", "Algeria sent a field hospital to Libya after the floods."},
		{"AID", "humanitarian", "Israel flew search and rescue teams to Turkey on Tuesday."},
		{"AID", "", "Poland transferred MiG-29 fighter jets to Ukraine."},
		{"AID", "", "Belarus transferred tanks to Russia on Monday."},
		{"AID", "", "Washington approved a $300 million arms sale to Taiwan."},
		{"AID", "", "The European Union earmarked 1 billion euros in financial aid for Egypt."},
		{"AID", "humanitarian", "Germany released 50 million euros in emergency aid for Libya."},
		{"AID", "", "Uganda sheltered 40,000 refugees from Congo."},
		{"RETREAT", "release", "Zimbabwe's president commuted the death sentences of 50 prisoners."},
		{"RETREAT", "release", "The Iranian judiciary commuted the sentence of the activist."},
		{"CONCEDE", "", "Ethiopia restored internet access in Amhara after five months."},
		{"CONCEDE", "", "Pakistan's government unblocked social media on Saturday."},
		{"CONCEDE", "", "Senegal restored mobile internet in Dakar after the protests."},
		{"ACCUSE", "investigate", "The UN Human Rights Council set up a fact-finding mission on Libya."},
		{"ACCUSE", "", "The UN chief called the Israeli response disproportionate."},
		{"ACCUSE", "", "Moscow called the NATO exercises aggressive."},
		{"AGREE", "", "Riyadh expressed its intention to join the BRICS bloc."},
		{"CONSULT", "", "The two foreign ministers exchanged views on the crisis by phone."},
		{"AID", "", "The United States gave Israel bunker-busting bombs."},
		{"AID", "", "Washington approved $95 million in military aid for Lebanon's army."},
		{"RETREAT", "ease", "Britain unfroze the assets of the Libyan investment fund."},
		{"CONCEDE", "", "The minister stepped aside pending an inquiry."},
		{"ACCUSE", "investigate", "The Pentagon launched a review of the strike that killed civilians."},
		{"ACCUSE", "", "Berlin voiced displeasure with the Hungarian veto."},
		{"ACCUSE", "", "Paris took issue with the Algerian decision."},
		{"AID", "humanitarian", "Turkey shipped tents and blankets to the quake zone in Syria."},
		{"AID", "humanitarian", "UNHCR distributed hygiene kits to refugees in Chad."},
		{"ACCUSE", "", "Brazilian prosecutors indicted the former president over the coup plot."},
		{"CONSULT", "phone", "Putin and Xi held a video call on Monday."},
		{"CONSULT", "", "The Qatari prime minister paid a courtesy call on the Lebanese president in Beirut."},
		{"CONSULT", "phone", "The Iranian and Saudi foreign ministers held a videoconference on Sunday."},
		{"SUPPORT", "", "Japan reaffirmed its commitment to Taiwan's security."},
		{"SUPPORT", "", "The United States pledged support for the Kenyan-led mission in Haiti."},
		{"SUPPORT", "", "Turkey declared its backing for Azerbaijan in the dispute."},
		{"COOPERATE", "", "Uzbekistan and Afghanistan set up a joint commission on border security."},
		{"AID", "", "Egypt trained Somali soldiers under a defence pact."},
		{"RETREAT", "withdraw", "Israeli forces vacated the Philadelphi corridor."},
		{"RETREAT", "release", "Hamas returned the bodies of four hostages to Israel."},
		{"RETREAT", "release", "The junta dropped the charges against the journalists."},
		{"ACCUSE", "investigate", "The Security Council ordered an investigation into the attack on peacekeepers."},
		{"REJECT", "", "The junta declined to release the president."},
		{"ACCUSE", "", "Delhi objected to the Chinese map."},
		{"AID", "", "Saudi Arabia extended a $1 billion deposit to Egypt's central bank."},
		{"AID", "", "China lent Sri Lanka $1.5 billion."},
		{"AID", "", "Russia gave Niger's junta air defence equipment."},
		{"RETREAT", "withdraw", "Moscow pulled its troops back from the Kyiv region."},
		// wordings it already coded, kept so the new rows do not disturb them
		{"AGREE", "", "Armenia and Azerbaijan initialled a peace treaty in Washington on Friday."},
		{"AGREE", "", "Niger's junta promised to hold elections within three years."},
		{"AGREE", "", "The rebels accepted a Norwegian proposal for talks on Tuesday."},
		{"CONSULT", "", "The Kenyan president spoke by telephone with the Somali leader on Sunday."},
		{"SUPPORT", "", "Morocco recognised Israel's sovereignty over the disputed area."},
		{"SUPPORT", "", "Turkey endorsed Sweden's bid to join NATO after months of delay."},
		{"AGREE", "", "Russia and North Korea signed a mutual defence pact in Pyongyang."},
		{"AGREE", "", "India and the Maldives signed a pact on joint naval patrols."},
		{"AID", "", "France deployed peacekeepers to support the UN mission in Lebanon."},
		{"RETREAT", "", "Tunisia's president pardoned the jailed opposition figure on Monday."},
		{"CONCEDE", "", "The government scrapped the controversial tax bill after deadly protests."},
		{"RETREAT", "", "The militia demobilised 2,000 fighters under the peace accord."},
		{"REQUEST", "", "The UN Security Council called for an immediate ceasefire in Sudan."},
		{"REQUEST", "", "The opposition pressed the electoral commission to publish the results."},
		{"ACCUSE", "", "Moscow rebuked Berlin over the remarks."},
		{"ACCUSE", "", "Kinshasa blamed Kigali for the attack on the camp."},
		{"REJECT", "", "Tehran refused to allow inspectors into the Fordow site."},
		{"REJECT", "", "Israel vetoed the plan for an international force."},
		{"THREATEN", "", "Moscow warned it would respond to the deployment of US missiles in Germany."},
		{"THREATEN", "", "Azerbaijan's president warned Armenia against rearming."},
		{"AGREE", "", "Ukraine offered to swap prisoners with Russia on an all-for-all basis."},
		{"CONSULT", "", "The Qatari emir held a phone call with Iran's president."},
		{"CONSULT", "", "Blinken telephoned his Israeli counterpart on Sunday."},
		{"SUPPORT", "", "The Gulf states apologised to Lebanon for the remarks."},
		{"AID", "", "The UN World Food Programme trucked flour into Gaza."},
		{"RETREAT", "", "Moscow freed the American journalist in a prisoner exchange."},
		{"RETREAT", "", "Russian troops withdrew from the west bank of the Dnipro."},
		{"RETREAT", "", "Armed groups turned in their weapons at the demobilisation centre."},
		{"ACCUSE", "", "Ukraine's security service opened a criminal case against the priest."},
		{"REQUEST", "", "Mali asked the UN to withdraw its peacekeepers."},
		{"ACCUSE", "", "Pakistan's foreign office summoned the Afghan charge d'affaires to protest the attack."},
		{"ACCUSE", "", "Prosecutors charged the former minister with embezzlement."},
		{"REJECT", "", "The government refused to negotiate with the rebels."},
		{"REJECT", "", "The junta brushed aside calls for elections."},
		{"THREATEN", "", "Hamas threatened to kill the hostages if the strikes continued."},
		{"THREATEN", "", "Beijing warned Taipei that independence meant war."},
		{"AGREE", "", "Armenia and Azerbaijan thrashed out an agreement on the border."},
		{"REQUEST", "", "Canada's prime minister called on Friday for the release of the two Canadians."},
		{"ACCUSE", "", "The African Union condemned the coup in Gabon."},
		{"AGREE", "", "The rebels accepted an invitation to peace talks in Nairobi."},
		{"CONSULT", "", "The Omani foreign minister held a meeting with Houthi negotiators in Muscat."},
		{"SUPPORT", "", "Moscow voiced solidarity with Tehran after the strikes."},
		{"COOPERATE", "", "Turkish and Azerbaijani troops conducted joint exercises in Nakhchivan."},
		{"RETREAT", "", "The EU lifted sanctions on Syria's central bank."},
		{"REQUEST", "", "Beijing demanded an explanation from Washington over the balloon incident."},
	}
	for _, tt := range tests {
		t.Run(tt.typ+" "+tt.text, func(t *testing.T) {
			wantTypeMode(t, tt.text, "2025-10-22", tt.typ, tt.mode)
		})
	}
}

// TestVocabSweepVocabAGuards checks that the same words outside politics
// and violence code nothing.
func TestVocabSweepVocabAGuards(t *testing.T) {
	for _, text := range []string{
		"The coach called the referee's decision a mistake.",
		"The club branded the new kit a success.",
		"The bakery hammered out a deal with its flour supplier.",
		"The striker vowed to attack the goal more often next season.",
		"The company transferred funds to its new account on Monday.",
		"The special envoy for normalising relations with Yerevan spoke on Friday.",
		"The film was described as a masterpiece by critics.",
		"The singer hit out at critics of her new album.",
		"The foreign ministry declined to comment on the report.",
		"Kenya's interior ministry declined to comment.",
		"The company exchanged views with its shareholders on Monday.",
		"The team trained new recruits at its academy in the summer.",
		"The band returned to the stage after a long break.",
	} {
		t.Run(text, func(t *testing.T) {
			x := mustExtract(t, text, "2025-10-22")
			for _, ev := range x.Events {
				t.Errorf("unexpected %s/%s event (cameo %s)", ev.Type, ev.Mode, ev.CAMEO)
			}
		})
	}
}
