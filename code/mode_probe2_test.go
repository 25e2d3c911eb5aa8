package code_test

import "testing"

// TestModeBreadthMore probes the PLOVER mode on a second set of sentences
// in our own words, aimed at the modes held-out text most often misses: what
// a request or refusal is about ("urged the general to step down" asks a
// side to yield, "appealed for food aid" asks for help), what a threat
// threatens, what a show of force moves, how a coercion or an assault is
// carried out, and what a retreat or sanction gives up. typ and mode may
// list alternatives with "|", as gold files do.
func TestModeBreadthMore(t *testing.T) {
	tests := []modeCase{
		// REQUEST
		{"REQUEST", "change", "Opposition lawmakers urged the Bolivian president to step down."},
		{"REQUEST", "yield", "Lithuania called on Minsk to free the political prisoners."},
		{"REQUEST", "yield", "Senegal asked Gambia to hand over the suspected smugglers."},
		{"REQUEST", "yield", "Relief groups urged Ethiopia to lift the blockade of the Afar region."},
		{"REQUEST", "assist", "Malawi asked for emergency aid after the floods."},
		{"REQUEST", "assist", "The Lebanese government appealed for international assistance to rebuild the port."},
		{"REQUEST", "assist", "Mozambique sought military help from Rwanda to fight the insurgents in Cabo Delgado."},
		{"REQUEST", "assist", "Fiji requested financial support from Australia."},
		{"REQUEST", "assist", "The Red Cross appealed for more money to feed displaced families in Darfur."},
		{"REQUEST", "yield", "Berlin urged Budapest to drop its veto on the aid package."},
		{"REQUEST", "yield", "Seoul demanded the return of its abducted fishermen from Pyongyang."},
		{"REQUEST", "meet", "Colombia urged the ELN to return to negotiations in Caracas."},
		{"THREATEN", "restrict", "Washington warned it would impose penalties on Kampala."},
		{"REQUEST", "meet", "Cambodia called for talks with Thailand over the border clashes."},
		{"REQUEST", "meet", "Guatemala urged Belize to return to negotiations over the maritime boundary."},
		{"REQUEST", "meet", "The Tuareg rebels asked for direct talks with the government in Bamako."},
		{"REQUEST", "change", "Donor countries pressed Zimbabwe to reform its land policy."},
		{"REQUEST", "change", "The bar association called for an overhaul of the judiciary in Pakistan."},
		// REJECT
		{"REJECT", "yield", "Azerbaijan refused to withdraw from the occupied heights."},
		{"REJECT", "yield", "The Kenyan government refused to free the detained activists."},
		{"REJECT", "yield", "The separatists rejected demands to disarm."},
		{"REJECT", "yield", "Belgrade refused to hand over the wanted commander to The Hague."},
		{"REJECT", "meet", "The Somali president declined an invitation to talks in Addis Ababa."},
		{"REJECT", "meet", "The Burmese military refused to meet the ASEAN envoy."},
		{"REJECT", "change", "The Tunisian president rejected calls for a national dialogue on reforms."},
		{"REJECT", "assist", "Eritrea rejected offers of humanitarian aid from the United Nations."},
		{"REJECT", "assist", "The Afghan authorities refused foreign assistance after the earthquake."},
		// ACCUSE
		{"ACCUSE", "disapprove", "Indonesia condemned the attack on its embassy in Kabul."},
		{"ACCUSE", "disapprove", "The Vatican deplored the killing of a priest in Nicaragua."},
		{"ACCUSE", "disapprove", "Norway criticized Israel for the raid on the refugee camp."},
		{"ACCUSE", "investigate", "Prosecutors in Lima opened an investigation into the former president."},
		{"ACCUSE", "investigate", "The UN Human Rights Council set up an inquiry into abuses in Sudan."},
		{"ACCUSE", "investigate", "Mexican authorities launched an investigation into the disappearance of 12 students."},
		{"ACCUSE", "allege", "Georgia accused Russian border guards of kidnapping a farmer."},
		{"ACCUSE", "allege", "Guyana blamed Venezuelan gangs for the attack on its soldiers."},
		{"ACCUSE", "allege", "The Malian junta accused Algeria of harbouring terrorists."},
		// THREATEN
		{"THREATEN", "restrict", "Washington threatened to slap tariffs on Colombian coffee."},
		{"THREATEN", "restrict", "Ankara threatened to block Sweden's bid to join NATO."},
		{"THREATEN", "relations", "Rabat threatened to break off relations with Berlin."},
		{"THREATEN", "relations", "Kinshasa warned it would sever diplomatic ties with Kigali."},
		{"THREATEN", "expel", "Mali threatened to expel the UN peacekeeping mission."},
		{"THREATEN", "territory", "Beijing threatened to take Taiwan by force."},
		{"THREATEN", "violence", "Al-Shabaab threatened to attack Kenyan towns near the border."},
		// MOBILIZE
		{"MOBILIZE", "troops", "Ethiopia sent thousands of soldiers to the Eritrean border."},
		{"MOBILIZE", "troops", "Kenya dispatched troops to the northern county of Marsabit."},
		{"MOBILIZE", "troops", "Serbia put its army on high alert near Kosovo."},
		{"MOBILIZE", "weapons", "Russia moved tactical nuclear weapons into Belarus."},
		{"MOBILIZE", "weapons", "Pyongyang deployed new rocket launchers along the border."},
		{"MOBILIZE", "police", "The government sent riot police to the mining town of Oruro."},
		// COERCE
		{"COERCE", "seize", "Egyptian authorities confiscated the assets of the opposition leader."},
		{"COERCE", "seize", "Guinean troops seized control of the state broadcaster."},
		{"COERCE", "censor", "Ethiopia shut down the internet in the Tigray region."},
		{"COERCE", "curfew", "The governor imposed a 24-hour curfew on Jos."},
		{"COERCE", "martial-law", "Thailand's army declared martial law in the capital."},
		{"COERCE", "arrest", "Turkish police arrested the mayor of Istanbul."},
		{"COERCE", "arrest", "Security agents detained three journalists in Asmara."},
		{"COERCE", "deport", "Algeria expelled hundreds of migrants to Niger."},
		{"COERCE", "deport", "Tunisia deported dozens of sub-Saharan migrants to the Libyan border."},
		// ASSAULT
		{"ASSAULT", "aerial", "Turkish jets bombed Kurdish positions in northern Iraq."},
		{"ASSAULT", "aerial", "Saudi-led aircraft carried out airstrikes on Sanaa."},
		{"ASSAULT", "drone", "A Turkish drone killed three militants near Qamishli."},
		{"ASSAULT", "drone", "Russian drones attacked the port of Odesa overnight."},
		{"ASSAULT", "heavy-weapons", "Ethiopian forces shelled villages near Bahir Dar."},
		{"ASSAULT", "heavy-weapons", "Rebels fired mortar rounds at the airport in Mogadishu."},
		{"ASSAULT", "heavy-weapons", "Israeli tanks fired shells into Khan Younis."},
		{"ASSAULT", "firearms", "Gunmen opened fire on worshippers in a church in Owo."},
		{"ASSAULT", "firearms", "Soldiers shot dead five protesters in Conakry."},
		{"ASSAULT", "explosives", "A landmine killed two children in Kandahar province."},
		// PROTEST
		{"PROTEST", "demo", "Hundreds of women rallied in Khartoum against the war."},
		{"PROTEST", "demo", "Farmers demonstrated outside the parliament in Brussels."},
		{"PROTEST", "riot", "Rioters set fire to government buildings in Nouakchott."},
		{"PROTEST", "strike|boycott", "Nurses across Kenya walked off the job over unpaid wages."},
		{"PROTEST", "strike|boycott", "Miners in Potosi launched an indefinite strike."},
		{"PROTEST", "boycott", "Opposition deputies boycotted the swearing-in of the president."},
		{"PROTEST", "obstruct", "Truck drivers blockaded the border crossing at Beitbridge."},
		// RETREAT
		{"RETREAT", "withdraw", "Russian forces pulled out of the town of Lyman."},
		{"RETREAT", "withdraw", "The Malian army withdrew its troops from Aguelhok."},
		{"RETREAT", "release", "The rebels released 12 captured soldiers in Kivu."},
		{"RETREAT", "release", "Belarus freed a Lithuanian citizen on Friday."},
		{"CONCEDE", "|yield", "Peru's prime minister resigned on Thursday."},
		{"CONCEDE", "|yield", "The Bulgarian interior minister stepped down after the protests."},
		// SANCTION
		{"SANCTION", "withdraw", "Mali withdrew its ambassador from Algiers."},
		{"SANCTION", "withdraw", "Honduras severed diplomatic relations with Taiwan."},
		{"SANCTION", "discontinue", "Sweden halted aid to Zimbabwe."},
		{"SANCTION", "discontinue", "Canada suspended military cooperation with Niger."},
		{"SANCTION", "expel", "Latvia expelled three Russian diplomats."},
		{"ACCUSE|SANCTION", "disapprove|convict", "A court in Tehran sentenced the activist to eight years in prison."},
		{"ACCUSE|SANCTION", "disapprove|convict", "A Moscow court convicted the journalist of treason."},
		{"ACCUSE|SANCTION", "disapprove|convict", "A military tribunal sentenced the rebel commander to death."},
	}
	runModeCases(t, tests)
}
