package code_test

import "testing"

// TestVocabSweepCAMEO14to20 checks the everyday wire wording for the acts of
// CAMEO 14-20 (protest, force posture, reduced relations, coercion, assault,
// fighting, mass violence): each sentence is our own, and names the PLOVER
// category the coder should give it and, where the codebook fixes one, the
// mode. Cases marked "new" failed before the "# vocabB" rows of
// triggers.tsv; the others guard wording the coder already knew.
func TestVocabSweepCAMEO14to20(t *testing.T) {
	tests := []struct {
		text      string
		typ, mode string // mode "" is not checked
	}{
		{"Crowds poured into the streets of Tbilisi to denounce the foreign agents law.", "PROTEST", "demo"},           // new
		{"Detainees at the centre refused food for a third week to protest their detention.", "PROTEST", "hunger"},     // new
		{"Activists chained themselves to the gates of the Interior Ministry in Minsk.", "PROTEST", "obstruct"},        // new
		{"Opposition supporters thronged the streets of Freetown to denounce the election result.", "PROTEST", "demo"}, // new
		{"Shopkeepers in Srinagar shuttered their businesses in protest at the killing.", "PROTEST", "boycott"},        // new
		{"Opposition lawmakers walked out of parliament in Nairobi in protest at the bill.", "PROTEST", "boycott"},     // new
		{"Judges in Warsaw staged a work stoppage against the reforms.", "PROTEST", "boycott"},                         // new
		{"Protesters occupied the main square and blocked traffic in Sofia.", "PROTEST", "obstruct"},                   // new
		{"Thousands of teachers rallied outside the education ministry in Nairobi on Monday demanding higher pay.", "PROTEST", "demo"},
		{"Residents of Basra protested against chronic power cuts on Sunday.", "PROTEST", "demo"},
		{"Doctors across Nigeria downed tools on Tuesday in a dispute over unpaid salaries.", "PROTEST", "boycott"},
		{"Rioters ransacked shops and set fire to a police station in Nouakchott.", "PROTEST", "riot"},
		{"Pensioners picketed the finance ministry in Buenos Aires on Wednesday.", "PROTEST", "demo"},
		{"The main opposition party boycotted the presidential inauguration in Caracas.", "PROTEST", "boycott"},
		{"Demonstrators vandalised government offices and looted shops in Antananarivo.", "PROTEST", "riot"},
		{"Residents took to the streets of Sweida to protest fuel shortages.", "PROTEST", "demo"},
		{"Transport unions called a nationwide strike in Argentina.", "PROTEST", "boycott"},
		{"Protesters ransacked the provincial governor's office in Jalalabad.", "PROTEST", "riot"},
		{"Workers at the Samsung plant staged a strike in Chennai.", "PROTEST", "boycott"},
		{"Demonstrators marched to the presidential palace in Antananarivo.", "PROTEST", "demo"},
		{"Police stepped up patrols in the capital ahead of the vote.", "MOBILIZE", ""},             // new
		{"Hezbollah put its fighters on alert along the border.", "MOBILIZE", ""},                   // new
		{"A US destroyer sailed through the Taiwan Strait.", "MOBILIZE", ""},                        // new
		{"North Korea fired artillery shells into the sea near the border island.", "MOBILIZE", ""}, // new
		{"Israel's army prepared for a ground invasion of Gaza.", "MOBILIZE", ""},                   // new
		{"China deployed warships near the disputed Second Thomas Shoal.", "MOBILIZE", ""},
		{"The Ethiopian government called up reservists to the front.", "MOBILIZE", ""},
		{"Russia ordered a partial mobilisation of reservists.", "MOBILIZE", ""},
		{"The United States sent an aircraft carrier strike group to the eastern Mediterranean.", "MOBILIZE", ""},
		{"Russia moved nuclear-capable missiles into Belarus.", "MOBILIZE", ""},
		{"Venezuela mobilised troops to the border with Guyana.", "MOBILIZE", ""},
		{"Russia's military buildup near Ukraine alarmed NATO.", "MOBILIZE", ""},
		{"Kosovo police deployed special units to the north.", "MOBILIZE", ""},
		{"The government deployed the army to quell the unrest in Nukus.", "MOBILIZE", ""},
		{"The United States announced visa restrictions on Ugandan officials over the election.", "SANCTION", ""}, // new
		{"Washington imposed a visa ban on senior Nicaraguan officials.", "SANCTION", ""},                         // new
		{"Australia imposed travel bans on four Belarusian officials.", "SANCTION", ""},                           // new
		{"The opposition pulled out of the national dialogue in Caracas.", "SANCTION", ""},                        // new
		{"Sweden cut funding to the agency.", "SANCTION", ""},                                                     // new
		{"The United States revoked the visas of several Honduran officials.", "SANCTION", ""},                    // new
		{"The World Bank froze lending to Uganda over the law.", "SANCTION", ""},                                  // new
		{"The EU imposed restrictive measures on ten Russian officials.", "SANCTION", ""},                         // new
		{"Israel halted the transfer of tax revenues to the Palestinian Authority.", "SANCTION", ""},              // new
		{"Guatemala suspended ties with Taiwan.", "SANCTION", ""},                                                 // new
		{"Niger revoked its military cooperation agreement with the United States.", "SANCTION", ""},              // new
		{"The EU suspended budget support to Niger.", "SANCTION", ""},                                             // new
		{"The Arab League barred Damascus from its summit in Riyadh.", "SANCTION", ""},                            // new
		{"African Union leaders agreed to exclude Guinea's junta leader from the meeting.", "SANCTION", ""},       // new
		{"Israel withheld tax revenues from the Palestinian Authority.", "SANCTION", ""},                          // new
		{"Canada suspended budget support to Mali after the coup.", "SANCTION", ""},                               // new
		{"The Netherlands froze lending to Burundi.", "SANCTION", ""},                                             // new
		{"Tanzania suspended relations with Malawi.", "SANCTION", ""},                                             // new
		{"Niger scrapped its defence pact with France.", "SANCTION", ""},                                          // new
		{"The EU imposed restrictive measures against Belarusian judges.", "SANCTION", ""},                        // new
		{"Washington revoked the visas of several Georgian officials.", "SANCTION", ""},                           // new
		{"The Commerce Department added six Chinese companies to its entity list.", "SANCTION", ""},               // new
		{"Beijing halted imports of Japanese seafood.", "SANCTION", ""},                                           // new
		{"Israel withdrew its delegation from the negotiations in Doha.", "SANCTION", ""},                         // new
		{"Burkina Faso ordered the French military to leave within a month.", "SANCTION", ""},                     // new
		{"The government ordered Médecins Sans Frontières to halt its operations in the region.", "SANCTION", ""}, // new
		{"Russia ejected IAEA inspectors from the plant.", "SANCTION", ""},                                        // new
		{"The EU froze pre-accession funds to Turkey.", "SANCTION", ""},                                           // new
		{"Canada pulled its diplomats out of India.", "SANCTION", ""},                                             // new
		{"The European Union slapped sanctions on three Iranian commanders.", "SANCTION", ""},
		{"Lithuania recalled its ambassador from Beijing.", "SANCTION", ""},
		{"Niger ordered the French envoy to leave the country within 48 hours.", "SANCTION", ""},
		{"Japan suspended arms exports to the country.", "SANCTION", ""},
		{"Washington blacklisted three Chinese firms over their links to Iran's drone programme.", "SANCTION", ""},
		{"Ukraine imposed sanctions on the Russian oligarch.", "SANCTION", ""},
		{"Poland closed its consulate in St Petersburg.", "SANCTION", ""},
		{"Mali ordered the UN mission to leave the country.", "SANCTION", ""},
		{"Washington sanctioned four Israeli settlers over violence in the West Bank.", "SANCTION", ""},
		{"Ankara cut diplomatic ties with Tel Aviv.", "SANCTION", ""},
		{"China expelled a Canadian diplomat in retaliation.", "SANCTION", ""},
		{"Washington imposed secondary sanctions on banks dealing with Moscow.", "SANCTION", ""},
		{"The United States blacklisted the Wagner Group as a transnational criminal organisation.", "SANCTION", ""},
		{"Kuwait recalled its ambassador from Beirut.", "SANCTION", ""},
		{"Chad asked the German ambassador to leave the country.", "SANCTION", ""},
		{"The interim government banned public gatherings in the capital.", "COERCE", "ban"},                // new
		{"The junta suspended all political parties.", "COERCE", "ban"},                                     // new
		{"Authorities switched off mobile internet across the region of Amhara.", "COERCE", "censor"},       // new
		{"Ethiopia shut down mobile data in Tigray.", "COERCE", "censor"},                                   // new
		{"Police hauled in the editor for questioning.", "COERCE", "arrest"},                                // new
		{"Authorities prohibited all demonstrations in the capital for a month.", "COERCE", "ban"},          // new
		{"The government blocked X and Facebook during the election.", "COERCE", "censor"},                  // new
		{"The regulator suspended the licence of the opposition television station.", "COERCE", "censor"},   // new
		{"The president imposed emergency rule in the northern province.", "COERCE", "martial-law"},         // new
		{"The government jammed the signals of foreign radio stations.", "COERCE", "censor"},                // new
		{"Authorities blocked Signal and Telegram ahead of the vote.", "COERCE", "censor"},                  // new
		{"Authorities impounded the tanker off Gibraltar.", "COERCE", "seize"},                              // new
		{"Ecuador's president declared a state of exception in three provinces.", "COERCE", "martial-law"},  // new
		{"Peru's government imposed a state of exception in the Lima region.", "COERCE", "martial-law"},     // new
		{"Customs officers impounded two lorries at the Polish border.", "COERCE", "seize"},                 // new
		{"The junta revoked the licence of the country's largest private broadcaster.", "COERCE", "censor"}, // new
		{"Authorities switched off the internet in Balochistan.", "COERCE", "censor"},                       // new
		{"The military government banned all rallies in the capital.", "COERCE", "ban"},                     // new
		{"Britain flew 50 failed asylum seekers back to Albania.", "COERCE", "deport"},                      // new
		{"Authorities sent hundreds of migrants back across the border to Libya.", "COERCE", "deport"},      // new
		{"The Taliban barred women from universities.", "COERCE", "ban"},                                    // new
		{"Authorities slapped a curfew on the city of Imphal.", "COERCE", "curfew"},                         // new
		{"Police picked up the activist from his home in Karachi.", "COERCE", "arrest"},                     // new
		{"Authorities interned thousands of Uyghurs in camps.", "COERCE", "arrest"},                         // new
		{"The Kremlin designated the group an undesirable organisation.", "COERCE", "ban"},                  // new
		{"Turkish police rounded up 40 suspects in dawn raids across Istanbul.", "COERCE", "arrest"},
		{"Pakistan expelled thousands of Afghans over the border at Torkham.", "COERCE", "deport"},
		{"The government blocked access to social media during the exams.", "COERCE", "censor"},
		{"The government imposed a state of emergency in Addis Ababa.", "COERCE", "martial-law"},
		{"Police arrested three journalists covering the protest in Harare.", "COERCE", "arrest"},
		{"The intelligence service apprehended two suspected spies in Tallinn.", "COERCE", "arrest"},
		{"The government outlawed the Muslim Brotherhood.", "COERCE", "ban"},
		{"Russian authorities seized the assets of the Danish brewer.", "COERCE", "seize"},
		{"Israeli forces detained 20 Palestinians in overnight raids across the West Bank.", "COERCE", "arrest"},
		{"Authorities in Minsk arrested the opposition figure on charges of treason.", "COERCE", "arrest"},
		{"Authorities banned the opposition party from contesting the elections.", "COERCE", "ban"},
		{"The army imposed a 24-hour curfew in Jos.", "COERCE", "curfew"},
		{"Authorities detained the British aid worker at Tehran airport.", "COERCE", "arrest"},
		{"Lebanon forcibly returned hundreds of Syrian refugees.", "COERCE", "deport"},
		{"Authorities shut down the internet across Kashmir.", "COERCE", "censor"},
		{"The prime minister declared a state of emergency in the province.", "COERCE", "martial-law"},
		{"Soldiers discovered an arms depot and grenades in a house near Cúcuta.", "COERCE", "seize"},
		{"The authorities jammed the broadcasts of the opposition radio in Minsk.", "COERCE", "censor"},
		{"Israel tightened its blockade of the Gaza Strip.", "COERCE", ""},
		{"Israeli forces rounded up dozens of men in Jenin.", "COERCE", "arrest"},
		{"The junta extended the state of emergency by six months.", "COERCE", "martial-law"},
		{"Police tear-gassed demonstrators in Lagos.", "ASSAULT", ""},                              // new
		{"Fighters from the militia hacked villagers with machetes in Ituri.", "ASSAULT", ""},      // new
		{"Soldiers fired indiscriminately into a crowd of mourners in Mandalay.", "ASSAULT", ""},   // new
		{"Ukrainian forces launched a counteroffensive near Zaporizhzhia.", "ASSAULT", ""},         // new
		{"Attackers firebombed a mosque in Leicester.", "ASSAULT", ""},                             // new
		{"Security forces used excessive force against demonstrators in Khartoum.", "ASSAULT", ""}, // new
		{"Riot police charged at protesters with batons in Dhaka.", "ASSAULT", ""},                 // new
		{"Assailants threw acid on a female journalist in Kabul.", "ASSAULT", ""},                  // new
		{"Rebel fighters dropped explosives on a police post in Cauca.", "ASSAULT", ""},            // new
		{"The Ukrainian army launched a counteroffensive near Kharkiv.", "ASSAULT", ""},            // new
		{"Assailants firebombed the offices of the ruling party in Tbilisi.", "ASSAULT", ""},       // new
		{"Unknown men threw acid at a schoolteacher in Kandahar.", "ASSAULT", ""},                  // new
		{"Police charged at demonstrators with batons in Kinshasa.", "ASSAULT", ""},                // new
		{"Riot police used excessive force against students in Dhaka.", "ASSAULT", ""},             // new
		{"Militiamen hacked farmers with machetes in Benue state.", "ASSAULT", ""},                 // new
		{"Iran hanged two men convicted over the protests.", "ASSAULT", ""},                        // new
		{"Russian aircraft carpet-bombed the town of Marinka.", "ASSAULT", ""},                     // new
		{"Rebels sabotaged a railway line in Mozambique.", "ASSAULT", ""},                          // new
		{"Gunmen kidnapped 20 students from a school in Zamfara.", "ASSAULT", "abduct"},
		{"Gunmen stormed a hotel in Mogadishu.", "ASSAULT", ""},
		{"Rebels shelled the town of Goma overnight.", "ASSAULT", ""},
		{"Security forces tortured detainees at a prison in Damascus.", "ASSAULT", ""},
		{"Troops killed 30 civilians in a massacre at the village of Moura.", "ASSAULT", ""},
		{"Insurgents attacked a military base in Niger, killing 17 soldiers.", "ASSAULT", ""},
		{"Gunmen raided a village in Plateau state, killing 40 people.", "ASSAULT", ""},
		{"Israeli aircraft pounded Gaza City overnight.", "ASSAULT", ""},
		{"A roadside bomb killed four soldiers in Diyala province.", "ASSAULT", ""},
		{"Gunmen sprayed bullets at a wedding party in Sinaloa.", "ASSAULT", ""},
		{"Syrian forces dropped chlorine bombs on the town of Saraqib.", "ASSAULT", "unconventional"},
		{"Russian missiles struck an apartment block in Dnipro, killing 40 people.", "ASSAULT", ""},
		{"Police beat and detained demonstrators in Bishkek.", "ASSAULT", ""},
		{"Armed men abducted a bus full of passengers in Zamfara.", "ASSAULT", ""},
		{"Houthi fighters fired missiles at a commercial ship in the Red Sea.", "ASSAULT", ""},
		{"Troops and rebels traded fire overnight near Bunia.", "ASSAULT", ""},
		{"Gunmen mowed down a dozen worshippers outside a church in Ondo.", "ASSAULT", ""},
		{"Israeli warplanes hit a residential building in Beirut.", "ASSAULT", ""},
		{"Gang members went on a killing spree in Port-au-Prince.", "ASSAULT", ""},
		{"Soldiers whipped detainees during interrogation in Bamako.", "ASSAULT", ""},
		{"Rebels shot down a government helicopter over Kachin state.", "ASSAULT", ""},
		{"Paramilitaries razed the village of Tawila.", "ASSAULT", ""},
		{"Pro-government forces carried out ethnic cleansing of the Masalit in West Darfur.", "ASSAULT", ""},
		{"Insurgents dropped grenades from a quadcopter on an army post in Kachin state.", "ASSAULT", ""},
		{"A sniper shot dead a teenager in Jenin.", "ASSAULT", ""},
		{"The army dropped bombs on a camp for displaced people in Kachin state.", "ASSAULT", ""},
		{"Russian shelling killed four civilians in Kherson.", "ASSAULT", ""},
		{"Troops fired on protesters in Khartoum.", "ASSAULT", ""},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			wantTypeMode(t, tt.text, "2024-05-01", tt.typ, tt.mode)
		})
	}
}
