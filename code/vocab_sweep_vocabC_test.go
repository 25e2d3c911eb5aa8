package code_test

import "testing"

// TestVocabSweepNominal checks acts told as nouns across CAMEO 01-20: the
// act is the subject of "left N dead" or "drew condemnation", the object of
// "welcomed" or "carried out", or stands with a possessor ("Kyiv's request
// for"), a "by" agent ("the release by Tehran of") or a preposition naming
// the other side. Each sentence is our own and names the PLOVER category the
// coder should give it and, where the codebook fixes one, the mode. Cases
// marked "new" failed before the "# vocabC" rows of triggers.tsv; the others
// guard nominal wording the coder already knew.
func TestVocabSweepNominal(t *testing.T) {
	tests := []struct {
		text      string
		typ, mode string // mode "" is not checked
	}{
		{"Hungary's endorsement of the candidate drew criticism in Brussels.", "SUPPORT", ""},
		{"Ukraine's request for more air defence systems was discussed in Ramstein.", "REQUEST", ""},              // new
		{"The opposition's call for fresh elections was rejected by the junta in Conakry.", "REQUEST", ""},        // new
		{"Baghdad's request for the extradition of the former governor was turned down by Amman.", "REQUEST", ""}, // new
		{"Armenia's offer of talks with Azerbaijan was welcomed in Brussels.", "AGREE", ""},                       // new
		{"Seoul's promise of aid to Kyiv came after weeks of pressure.", "AGREE", ""},                             // new
		{"Modi's visit to Moscow drew criticism from Washington.", "CONSULT", ""},
		{"Qatar's mediation between Hamas and Israel led to the release of hostages.", "CONSULT", ""},
		{"The normalisation of ties between Israel and Bahrain was formalised in Washington.", "SUPPORT", ""},
		{"The reopening of the Indian embassy in Kabul marked a thaw.", "RETREAT", ""},
		{"Japan's donation of medical supplies to Gaza arrived in Cairo.", "AID", ""}, // new
		{"Germany's shipment of tanks to Ukraine angered Moscow.", "AID", ""},
		{"Washington's transfer of cluster munitions to Kyiv drew criticism.", "AID", ""}, // new
		{"Tehran's release of two French nationals came after months of talks.", "RETREAT", ""},
		{"The easing of restrictions on Gaza crossings by Israel was announced on Sunday.", "CONCEDE", ""}, // new
		{"A prisoner swap between Russia and Ukraine freed 95 soldiers on each side.", "RETREAT", ""},
		{"Israel's demand for the release of hostages by Hamas was repeated on Monday.", "REQUEST", ""},
		{"The ICC's charges against Putin angered Moscow.", "ACCUSE", ""},                                        // new
		{"The indictment of the former prime minister by prosecutors in Islamabad drew protests.", "ACCUSE", ""}, // new
		{"Kenya's lawsuit against the oil company was filed in Nairobi.", "ACCUSE", ""},                          // new
		{"Armenia's complaint against Azerbaijan was lodged at the World Court.", "ACCUSE", ""},
		{"Tehran's veto of the inspectors drew a rebuke from the IAEA.", "REJECT", ""},
		{"Pyongyang's threats against Seoul intensified after the drills.", "THREATEN", ""},
		{"Protests against the government in Belgrade drew tens of thousands.", "PROTEST", "demo"},
		{"A general strike by unions paralysed Buenos Aires on Thursday.", "PROTEST", "boycott"},
		{"Russia's buildup of troops on the border with Ukraine alarmed NATO.", "MOBILIZE", ""},
		{"Beijing's missile tests near Taiwan alarmed Taipei.", "MOBILIZE", ""},
		{"The freezing of Afghan central bank assets by Washington hurt the economy.", "SANCTION", ""},
		{"Beijing's embargo on Japanese seafood entered its second year.", "COERCE", ""}, // new
		{"The downgrading of diplomatic ties with Israel by Bolivia was announced on Tuesday.", "SANCTION", ""},
		{"The expulsion of two Russian diplomats by Bulgaria came on Thursday.", "SANCTION", ""},
		{"The deportation of Afghan refugees by Pakistan continued on Monday.", "COERCE", "deport"},
		{"The demolition of Palestinian homes by Israeli forces in Silwan was condemned.", "ASSAULT", "destroy"}, // new
		{"The razing of villages in Rakhine by the army was documented by satellite.", "ASSAULT", "destroy"},     // new
		{"Kabul's ban on women working for NGOs was condemned by the UN.", "COERCE", "ban"},
		{"The blackout of mobile internet across Manipur was imposed by authorities.", "COERCE", "censor"}, // new
		{"Israel's blockade of Gaza tightened on Monday.", "COERCE", "restrict"},
		{"The dispersal of protesters by police in Nairobi left two dead.", "ASSAULT", "crowd-control"}, // new
		{"The dissolution of the opposition party by Cambodia's court was condemned.", "COERCE", ""},    // new
		{"The expropriation of foreign mines by the junta in Bamako alarmed investors.", "COERCE", ""},  // new
		{"The torture of detainees by security forces in Damascus was documented.", "ASSAULT", ""},      // new
		{"The kidnapping of aid workers by al-Shabaab in Mogadishu was condemned.", "ASSAULT", ""},      // new
		{"The beheading of villagers by militants in Cabo Delgado was reported.", "ASSAULT", ""},
		{"The shooting of protesters by soldiers in Khartoum left 12 dead.", "ASSAULT", ""}, // new
		{"The ambush of a military convoy by jihadists in Burkina Faso left 20 soldiers dead.", "ASSAULT", ""},
		{"The torching of homes by settlers in Huwara drew condemnation.", "ASSAULT", ""}, // new
		{"A knife attack on worshippers in Sydney wounded four.", "ASSAULT", ""},
		{"A rocket attack on the US embassy in Baghdad caused no casualties.", "ASSAULT", ""},
		{"The capture of Bakhmut by Wagner was announced by Prigozhin.", "ASSAULT", ""},
		{"Russia's invasion of Ukraine's Sumy region this week drew condemnation.", "ASSAULT", ""}, // new
		{"The massacre of villagers by soldiers in Moura was documented by the UN.", "ASSAULT", ""},
		{"The attempted assassination of the prime minister in Bratislava shocked Europe.", "ASSAULT", ""},
		{"The gunning down of a journalist in Culiacan was condemned.", "ASSAULT", ""}, // new
		{"Israel's ground invasion of Rafah began in May.", "ASSAULT", ""},             // new
		{"Kenya's police took delivery of armoured vehicles from the United States.", "AID", ""},
		{"The deal led to the release by Iran of two Swedish citizens.", "RETREAT", "release"},            // new
		{"The handover by Hamas of three hostages to the Red Cross went smoothly.", "RETREAT", "release"}, // new
		{"The severing of diplomatic ties with Taipei by Honduras was announced on Sunday.", "SANCTION", ""},
		{"Washington's blacklisting of Chinese drone makers drew a rebuke from Beijing.", "SANCTION", ""},
		{"The detention by Turkish police of two Swedish journalists drew protests.", "COERCE", "arrest"},               // new
		{"The forced return of Syrian refugees by Lebanon was condemned by rights groups.", "COERCE", "deport"},         // new
		{"The seizure by Iranian forces of a container ship in the Strait of Hormuz was condemned.", "COERCE", "seize"}, // new
		{"Kabul's ban on girls attending secondary school was condemned by the UN.", "COERCE", "ban"},
		{"The junta's suspension of political parties in Mali was condemned by ECOWAS.", "COERCE", "ban"}, // new
		{"The suspension of BBC broadcasts by Burkina Faso's junta drew criticism.", "COERCE", "censor"},  // new
		{"The massacre of civilians by RSF fighters in El Geneina was documented by the UN.", "ASSAULT", ""},
		{"The Houthi attack on a cargo ship in the Red Sea was condemned by Washington.", "ASSAULT", ""},
		{"Israel's invasion of southern Lebanon began on October 1.", "ASSAULT", ""},                                  // new
		{"The fatal shooting of a Palestinian teenager by Israeli police in Jenin drew condemnation.", "ASSAULT", ""}, // new
		{"The torching of a mosque by a mob in Jaranwala drew condemnation.", "ASSAULT", ""},                          // new
		{"The massing of Russian troops near Kharkiv worried Kyiv.", "MOBILIZE", ""},
		{"The junta's threat to expel the UN mission from Mali was carried out.", "THREATEN", ""},
		{"Tehran's rejection of the European proposal was announced on Tuesday.", "REJECT", ""},
		{"Armenia's refusal to join the drills surprised Moscow.", "REJECT", ""},             // new
		{"Hamas's acceptance of the ceasefire proposal was welcomed by Cairo.", "AGREE", ""}, // new
		{"Kyiv's offer of talks with Moscow was dismissed by the Kremlin.", "AGREE", ""},     // new
		{"Talks between Washington and Tehran in Oman ended without agreement.", "CONSULT", ""},
		{"Qatar's donation of fuel to Gaza was delivered through Rafah.", "AID", ""}, // new
		{"A protest by farmers outside the European Parliament in Brussels turned violent.", "PROTEST", "riot"},
		{"The deportation of tens of thousands of Afghan refugees by Iran continued in June.", "COERCE", "deport"},
		{"Macron's praise for the Moroccan autonomy plan angered Algiers.", "SUPPORT", ""},
		{"Egypt's hosting of talks between Hamas and Fatah in Cairo ended on Tuesday.", "CONSULT", ""},
		{"The airlift of aid to Port-au-Prince by the United States resumed on Monday.", "AID", ""},
		{"The reopening of the Rafah crossing by Egypt allowed aid trucks through.", "RETREAT", ""},
		{"Kyiv's plea for more air defence systems was answered by Berlin.", "REQUEST", ""},                    // new
		{"The round-up of opposition activists by police in Minsk continued.", "COERCE", "arrest"},             // new
		{"The summoning of the Polish ambassador by Minsk came after the border incident.", "ACCUSE", ""},      // new
		{"Washington's tariffs on Chinese steel were raised on Monday.", "SANCTION", ""},                       // new
		{"The encirclement of Avdiivka by Russian forces was completed on Friday.", "COERCE", ""},              // new
		{"The hostage-taking by Hamas militants on October 7 shocked Israel.", "ASSAULT", ""},                  // new
		{"Sectarian violence between Meitei and Kuki groups in Manipur killed 60 people.", "ASSAULT", ""},      // new
		{"The kidnap of two Italian workers by gunmen in Libya was confirmed by Rome.", "ASSAULT", ""},         // new
		{"A mass shooting by gunmen at a bar in Sinaloa killed eight people.", "ASSAULT", ""},                  // new
		{"The pogrom by settlers against the Palestinian village of Huwara drew condemnation.", "ASSAULT", ""}, // new
		{"A reduction of the Russian embassy staff in Sofia was ordered by Bulgaria.", "SANCTION", ""},         // new
		{"Serbia's surge of troops along the Kosovo border alarmed NATO.", "MOBILIZE", ""},                     // new
		{"The reinforcement of Polish troops along the Belarus border was announced.", "MOBILIZE", ""},         // new
		{"The rapprochement between Riyadh and Tehran surprised Washington.", "SUPPORT", ""},                   // new
		{"Israel's dismissal of the ICJ ruling angered South Africa.", "REJECT", ""},                           // new
		{"Guterres's call for a ceasefire in Gaza was ignored by Israel.", "REQUEST", ""},                      // new
		{"Niger's refusal to accept the new French ambassador deepened the rift.", "REJECT", ""},               // new
		{"The beating of a journalist by police in Tbilisi drew condemnation.", "ASSAULT", ""},                 // new
		{"Serbia took delivery on Friday of six Rafale jets from France.", "AID", "military"},                  // new
		{"Hungary took delivery last week of the first batch of tanks from Germany.", "AID", "military"},       // new
		{"The assassination attempt on the Slovak prime minister in Handlova shocked Europe.", "ASSAULT", ""},  // new
		{"The M23's advance on Goma displaced thousands of civilians.", "ASSAULT", ""},                         // new
		{"The rebels' advance into Kidal was halted by the army.", "ASSAULT", ""},                              // new
		{"The house arrest of the former president by the junta in Niamey continued.", "COERCE", "arrest"},
		{"The closure of the opposition newspaper by the authorities in Managua was condemned.", "COERCE", "censor"}, // new
		{"The jamming of foreign broadcasts by Tehran was criticised.", "COERCE", "censor"},
		{"Russia's withdrawal from the Black Sea grain deal alarmed Ankara.", "SANCTION", ""},                       // new
		{"The US withdrawal from the nuclear deal with Iran angered Tehran.", "SANCTION", ""},                       // new
		{"Moscow's suspension of the New START treaty with Washington was announced on Tuesday.", "SANCTION", ""},   // new
		{"The termination of the defence agreement with France by Chad was announced on Thursday.", "SANCTION", ""}, // new
		{"Beijing's suspension of military talks with Washington came after the visit.", "SANCTION", ""},
		{"Washington's threat of sanctions against Kampala was repeated on Monday.", "THREATEN", ""},
		{"Kinshasa's snub of the summit in Nairobi angered Kigali.", "REJECT", ""},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			wantTypeMode(t, tt.text, "2024-05-01", tt.typ, tt.mode)
		})
	}
}
