package code_test

// Probes of precision: wire-style sentences, written for this test, from
// which a careful coder codes no event (or none of a given type). Each
// group is a construction that recurs in news English, not one article's
// wording: opinion, forecasts, history, background tolls, hypotheticals,
// business and sport told in the words of war, disasters, ordinary crime,
// metaphors, officials' deliberations, and fiction and drills.

import (
	"slices"
	"testing"

	"github.com/truce-project/truce"
)

func TestNoEventProbes(t *testing.T) {
	for _, tc := range []struct {
		name string
		text string
		// not lists the types that may not appear; none means no event.
		not []string
		// planned lets an event through when its status says it has not
		// happened ("planned", "hypothetical").
		planned bool
	}{
		// opinion and prescription
		{name: "op1", text: "Lima must confront the legacy of its counter-insurgency campaign before trust can return."},
		{name: "op2", text: "The only way forward is a negotiated settlement that brings the armed groups into politics."},
		{name: "op3", text: "Western capitals should stop arming proxies and start talking to each other."},
		{name: "op4", text: "What the region needs is not more airstrikes but patient diplomacy."},
		{name: "op5", text: "Peace will require painful compromises from both Belgrade and Pristina."},
		{name: "op6", text: "It is time for the generals to hand power back to civilians."},
		{name: "op7", text: "The world cannot keep ignoring the slow starvation of Tigray."},
		{name: "op8", text: "Donors ought to tie their aid to real reforms in the security services."},
		{name: "op9", text: "Nobody wins a war of attrition in the Donbas."},
		{name: "op10", text: "The council has a duty to protect civilians, not to issue statements."},
		// analysis and forecasts
		{name: "an1", text: "Analysts expect the junta to intensify its offensive once the rains end."},
		{name: "an2", text: "The move could escalate tensions along the disputed border."},
		{name: "an3", text: "Observers fear a wider war if the talks collapse."},
		{name: "an4", text: "Experts warn that the truce is fragile and may not survive the winter."},
		{name: "an5", text: "Such raids risk pushing the militia back into open conflict with the state."},
		{name: "an6", text: "Many diplomats believe a deal is still possible before the end of the year."},
		{name: "an7", text: "Escalation remains the most likely outcome, according to a report by a Brussels think tank."},
		{name: "an8", text: "A renewed offensive on the port city would be catastrophic for aid deliveries."},
		{name: "an9", text: "The ceasefire may collapse within weeks, some analysts predict."},
		{name: "an10", text: "Markets are bracing for a possible strike on oil facilities in the Gulf."},
		// history and anniversaries
		{name: "hi1", text: "The 1994 genocide killed some 800,000 Tutsi and moderate Hutu."},
		{name: "hi2", text: "Vigils were held on Sunday marking ten years since the attack on the concert hall."},
		{name: "hi3", text: "In 1982 Israeli troops invaded Lebanon and laid siege to Beirut."},
		{name: "hi4", text: "The Srebrenica massacre of 1995 remains the worst atrocity in Europe since the Second World War."},
		{name: "hi5", text: "Survivors gathered on Monday to remember the 2008 bombings that killed 166 people in Mumbai."},
		{name: "hi6", text: "The two countries fought a brief border war in 1962."},
		{name: "hi7", text: "Decades ago the army shelled the old town during a long siege."},
		{name: "hi8", text: "The museum commemorates the victims of the 1980 massacre in Gwangju."},
		{name: "hi9", text: "The Khmer Rouge killed an estimated 1.7 million people between 1975 and 1979."},
		{name: "hi10", text: "Twenty years after militants stormed the school in Beslan, families still seek answers."},
		// background tolls
		{name: "bt1", text: "The war has killed more than 40,000 people, according to local health officials."},
		{name: "bt2", text: "The conflict has displaced millions and left half the population hungry."},
		{name: "bt3", text: "The insurgency has claimed more than 12,000 lives since it began."},
		{name: "bt4", text: "Fighting since April 2023 has killed tens of thousands across Sudan."},
		{name: "bt5", text: "More than 500 civilians have died in the violence since the start of the year."},
		{name: "bt6", text: "The civil war has killed hundreds of thousands of people over more than a decade."},
		{name: "bt7", text: "The decades-long rebellion has cost more than 50,000 lives."},
		{name: "bt8", text: "Since the coup in 2021, security forces have killed more than 6,000 people, a monitoring group says."},
		// hypotheticals with no named actor
		{name: "hy1", text: "If the talks fail, fighting could resume within days."},
		{name: "hy2", text: "A strike on the dam would flood dozens of villages downstream."},
		{name: "hy3", text: "Any attack on the convoy would be seen as a declaration of war."},
		{name: "hy4", text: "Should the truce collapse, thousands more could be displaced."},
		{name: "hy5", text: "An invasion of the island would cost tens of thousands of lives, a study found."},
		{name: "hy6", text: "In the event of a blockade, food prices could double within weeks."},
		{name: "hy7", text: "Were the militia to seize the airport, aid flights would stop."},
		{name: "hy8", text: "A full-scale war would devastate the economies of both countries."},
		// business, markets, sport and entertainment
		{name: "bz1", text: "The two supermarket chains are locked in a fierce price war."},
		{name: "bz2", text: "The club fired the coach after a run of six straight defeats."},
		{name: "bz-raid", text: "The brewer mounted a dawn raid on its rival's shares, buying a 15 percent stake."},
		{name: "bz-warning", text: "The regulator fired a warning shot at payday lenders over their fees."},
		{name: "bz3", text: "The challenger stormed to victory in the second round of the election."},
		{name: "bz4", text: "The young singer shot to fame after a viral video last year."},
		{name: "bz5", text: "Opposition lawmakers launched an attack on the budget in parliament on Tuesday."},
		{name: "bz6", text: "The telecoms group rejected a hostile takeover bid from its larger rival."},
		{name: "bz7", text: "The striker fired a shot into the top corner to seal the win."},
		{name: "bz8", text: "The chipmaker's shares were hammered after it slashed its sales forecast."},
		{name: "bz9", text: "The airline is battling rising fuel costs and a shortage of pilots."},
		{name: "bz10", text: "Bulls routed the bears as the index surged to a record high."},
		{name: "bz11", text: "The visitors besieged the home goal for most of the second half."},
		{name: "bz12", text: "The champion destroyed his opponent in straight sets at the final on Sunday."},
		{name: "bz13", text: "Streaming platforms are at war over sports broadcasting rights."},
		{name: "bz14", text: "The carmaker declared war on rising costs by cutting 5,000 jobs."},
		{name: "bz15", text: "The bank's chief executive came under fire from shareholders at the annual meeting."},
		{name: "bz16", text: "The film director blasted critics who called his latest movie a flop."},
		{name: "bz17", text: "The retailer killed off its loss-making online brand on Wednesday."},
		{name: "bz18", text: "The home side captured the league title with two games to spare."},
		{name: "bz19", text: "The midfielder was sent off for a reckless attack on the goalkeeper."},
		{name: "bz20", text: "Rivals ambushed the leader in the final kilometre of the stage to take the yellow jersey."},
		// disasters and accidents
		{name: "ds1", text: "Floods killed at least 30 people in the north of the country on Sunday."},
		{name: "ds2", text: "A gas blast ripped through an apartment block in the capital, killing five."},
		{name: "ds3", text: "A bus crash on a mountain road killed 17 pilgrims on Tuesday."},
		{name: "ds4", text: "A fire at a garment factory killed 12 workers overnight."},
		{name: "ds5", text: "Heavy rains triggered mudslides that buried a village, officials said."},
		{name: "ds6", text: "A train derailed near the coastal town, injuring dozens of passengers."},
		{name: "ds7", text: "A boat carrying migrants sank off the coast, leaving 40 missing."},
		{name: "ds9", text: "An explosion at a fireworks warehouse killed eight people on Friday."},
		{name: "ds10", text: "A powerful storm battered the coast, destroying hundreds of homes."},
		{name: "ds11", text: "A cholera outbreak has killed more than 200 people in the camps."},
		{name: "ds12", text: "A tanker truck exploded on the highway after overturning, killing 9."},
		// ordinary crime
		{name: "cr1", text: "A man stabbed his neighbour in a dispute over land on Saturday, police said."},
		{name: "cr4", text: "Two brothers were jailed for fraud after a trial lasting three months."},
		{name: "cr5", text: "Burglars attacked a shopkeeper with a hammer during a robbery on Friday night."},
		{name: "cr6", text: "A drunk driver killed two pedestrians in the city centre late on Saturday."},
		{name: "cr8", text: "A gang of thieves ambushed a cash van on the motorway and fled with the money."},
		// metaphors
		{name: "mt1", text: "The minister faced a barrage of criticism over the rising cost of bread."},
		{name: "mt2", text: "Pension reform has become a political minefield for the government."},
		{name: "mt3", text: "The report fired the opening shot in a long debate over taxes."},
		{name: "mt5", text: "The senator torpedoed the bill with a last-minute amendment."},
		{name: "mt6", text: "Critics say the plan is a ticking time bomb for the health service."},
		{name: "mt7", text: "The scandal exploded onto the front pages on Monday."},
		{name: "mt8", text: "The mayor launched a crusade against potholes."},
		{name: "mt9", text: "The speech was a bombshell that left the party reeling."},
		{name: "mt10", text: "Lawmakers waged a war of words over the new budget."},
		// plans and deliberations of officials
		{name: "pl1", text: "The ministry is considering sending more troops to the northern border."},
		{name: "pl2", text: "Officials are weighing whether to impose new sanctions on the regime."},
		{name: "pl3", text: "The government plans to hold talks with the rebels next year.", planned: true},
		{name: "pl4", text: "Defence chiefs are drawing up options for a possible evacuation of citizens."},
		{name: "pl5", text: "The cabinet will discuss a proposal to expel the ambassador."},
		{name: "pl6", text: "The army is reviewing its rules on the use of force at checkpoints."},
		{name: "pl7", text: "Diplomats are exploring ways to revive the stalled peace process."},
		{name: "pl8", text: "The president may visit the region later this month, an aide said.", planned: true},
		// fiction, films, drills and simulations
		{name: "fi1", text: "The film tells the story of a sniper who killed 150 enemy soldiers in Iraq."},
		{name: "fi2", text: "In the novel, rebels storm the presidential palace and execute the dictator."},
		{name: "fi3", text: "The video game lets players bomb cities and invade neighbouring countries."},
		{name: "fi4", text: "Troops stormed a mock village during a training drill on Thursday."},
		{name: "fi5", text: "The navy practised sinking enemy ships in a simulation at sea."},
		{name: "fi6", text: "The play re-enacts the assassination of the king in 1914."},
		{name: "fi7", text: "A new documentary recounts how militias massacred villagers in 1999."},
		{name: "fi8", text: "Tanks fired live rounds at targets during annual exercises near the frontier.", not: []string{truce.Assault}},
		{name: "fi9", text: "Fighter jets simulated strikes on airfields in a joint exercise with allies.", not: []string{truce.Assault}},
		{name: "fi11", text: "In a wargame last month, the defending force lost half its ships in the first week."},
		{name: "fi12", text: "Actors playing soldiers fired blanks at the crowd during the historical re-enactment."},
		{name: "fi13", text: "The exhibition shows photographs of the 1991 siege of Vukovar."},
		{name: "fi14", text: "Cadets staged a mock hostage rescue as part of a counter-terrorism drill."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x := mustExtract(t, tc.text, "2025-10-22")
			for _, ev := range x.Events {
				if tc.planned && (ev.Status == truce.StatusPlanned || ev.Status == truce.StatusHypothetical) {
					continue
				}
				if tc.not == nil || slices.Contains(tc.not, ev.Type) {
					t.Errorf("%q: unexpected %s event (cameo %s, status %s)", tc.text, ev.Type, ev.CAMEO, ev.Status)
				}
			}
		})
	}
}

// TestOrdinaryCrimeProbes checks that ordinary crime and the police work
// against it, family and workplace violence, accidents, animal attacks,
// celebrations, sport and markets code no event, while the same shapes
// with a political or armed actor, or a word of conflict, still code.
func TestOrdinaryCrimeProbes(t *testing.T) {
	for _, tc := range []struct {
		name string
		text string
		// want is a type that must appear; "" means no event at all.
		want string
	}{
		{name: "oc1", text: "Officers detained a 17-year-old suspected of stealing motorbikes in the port district on Tuesday."},
		{name: "oc2", text: "Police detained a man who had killed his landlord in an argument over unpaid rent."},
		{name: "oc3", text: "A woman was shot dead by her husband at their home in the village late on Friday."},
		{name: "oc4", text: "A grocer was stabbed during a break-in at his shop on the high street, police said."},
		{name: "oc5", text: "A man was beaten to death by his brother in a row over an inheritance."},
		{name: "oc6", text: "A nurse was stabbed by a patient at a hospital in the east of the city."},
		{name: "oc8", text: "Detectives arrested a woman on suspicion of poisoning her elderly mother."},
		{name: "oc9", text: "A pensioner was mugged and badly beaten on his way home from the bank."},
		{name: "oc10", text: "Robbers shot a security guard during a hold-up at a jewellery store."},
		{name: "oc11", text: "A teacher was attacked by a pupil's father outside a primary school."},
		{name: "oc12", text: "A taxi driver was killed by a passenger who refused to pay the fare."},
		{name: "oc13", text: "A jealous boyfriend set fire to his girlfriend's flat, police said."},
		{name: "oc14", text: "A man who strangled his wife was sentenced to life in prison on Monday."},
		{name: "oc15", text: "A burglar was arrested after breaking into a pharmacy overnight."},
		{name: "oc16", text: "A drunk man punched a bus driver and was arrested at the next stop."},
		{name: "oc17", text: "Police arrested three men over the murder of a shopkeeper in the old town."},
		{name: "oc18", text: "A bear attacked and injured a hiker on a forest trail on Sunday."},
		{name: "oc19", text: "A pack of stray dogs mauled a child to death in a village on the outskirts."},
		{name: "oc20", text: "A shark killed a surfer off the coast on Wednesday, lifeguards said."},
		{name: "oc21", text: "A crocodile dragged a fisherman from his canoe and killed him."},
		{name: "oc22", text: "An elephant trampled two farmers to death in their rice field."},
		{name: "oc23", text: "A crane collapsed onto a busy street, killing three pedestrians."},
		{name: "oc24", text: "A hunter accidentally shot his friend dead while stalking deer."},
		{name: "oc25", text: "A ferry capsized in rough seas, and 14 passengers drowned."},
		{name: "oc26", text: "A lorry ploughed into a market stall, injuring eleven shoppers."},
		{name: "oc27", text: "Two miners were killed when a tunnel caved in at a gold mine."},
		{name: "oc28", text: "Fans stormed the pitch after the final whistle to celebrate the title."},
		{name: "oc29", text: "Revellers set off fireworks in the main square to mark the new year."},
		{name: "oc30", text: "Supporters invaded the field and carried the captain on their shoulders."},
		{name: "oc31", text: "The boxer knocked out his rival in the third round to retain the belt."},
		{name: "oc32", text: "The home team crushed the visitors 5-0 to top the table."},
		{name: "oc33", text: "The rugby side bombarded the opposition line in the final minutes but could not score."},
		{name: "oc34", text: "The wrestler slammed his opponent to the mat to win gold."},
		{name: "oc35", text: "Tech stocks were slaughtered as investors fled to the safety of bonds."},
		{name: "oc36", text: "Oil prices exploded higher after the producers' cartel cut output."},
		{name: "oc37", text: "Shares in the airline crashed 30 percent after it issued a profit warning."},
		{name: "oc39", text: "A security guard was shot dead by a colleague after an argument at a warehouse."},
		{name: "oc40", text: "A father killed his three children before taking his own life, police said."},
		{name: "oc41", text: "A schoolboy stabbed a classmate in a playground fight."},
		{name: "oc42", text: "Police detained a woman who had abandoned her baby at a railway station."},
		{name: "oc43", text: "Police arrested a driver who had knocked down a cyclist and fled."},
		{name: "oc44", text: "A farmer was gored to death by a bull while moving cattle."},
		{name: "oc45", text: "Police arrested a man suspected of killing his girlfriend in a jealous rage."},
		{name: "oc46", text: "A landlord was stabbed to death by a tenant who had been served an eviction notice."},
		{name: "oc47", text: "Fans attacked a referee after the local derby ended in a draw."},
		{name: "oc48", text: "A student was shot dead by a classmate who had brought his father's pistol to school."},
		{name: "oc49", text: "A bride was killed by stray gunfire fired in celebration at her wedding."},
		{name: "oc50", text: "A bakery owner was robbed and killed by two masked men who fled on a scooter."},
		{name: "oc51", text: "Police arrested a nanny accused of beating a toddler in her care."},
		{name: "oc52", text: "A man was detained after attacking his neighbour with an axe in a row over parking."},
		// guards: the same shapes in political violence
		{name: "pg1", text: "Police arrested an opposition leader suspected of plotting a coup.", want: truce.Coerce},
		{name: "pg2", text: "Gunmen shot dead a judge outside his home.", want: truce.Assault},
		{name: "pg3", text: "Militants stabbed a soldier at a checkpoint.", want: truce.Assault},
		{name: "pg5", text: "Soldiers detained a journalist who had reported on the army's abuses.", want: truce.Coerce},
		{name: "pg6", text: "Police arrested dozens of protesters who had blocked the highway.", want: truce.Coerce},
		{name: "pg7", text: "Insurgents killed a village chief accused of informing for the army.", want: truce.Assault},
		{name: "pg8", text: "A policeman was stabbed to death by a suspected jihadist in the capital.", want: truce.Assault},
		{name: "pg9", text: "Rebels beat a local official to death in front of his family.", want: truce.Assault},
		{name: "pg10", text: "Security forces arrested a man suspected of planning a bombing.", want: truce.Coerce},
		{name: "pg11", text: "Gunmen killed a mayoral candidate at a campaign rally.", want: truce.Assault},
		{name: "pg12", text: "Unknown attackers shot dead a human rights lawyer in the city.", want: truce.Assault},
		{name: "pg13", text: "A soldier was killed by a roadside bomb while on patrol.", want: truce.Assault},
		{name: "pg14", text: "The army detained the brother of a rebel commander.", want: truce.Coerce},
		{name: "pg15", text: "Militiamen robbed and killed traders on the road to the market.", want: truce.Assault},
		{name: "pg16", text: "Jihadists abducted a priest during a raid on his parish.", want: truce.Assault},
		{name: "pg17", text: "Police arrested a senator accused of funding armed groups.", want: truce.Coerce},
		{name: "pg18", text: "Troops shot dead two farmers they accused of helping the insurgents.", want: truce.Assault},
		{name: "pg20", text: "An off-duty soldier was stabbed by insurgents at a bus stop.", want: truce.Assault},
		{name: "pg21", text: "A woman was shot dead by soldiers at a checkpoint.", want: truce.Assault},
		{name: "pg22", text: "Police detained a student activist who had criticised the president online.", want: truce.Coerce},
		{name: "pg23", text: "Rebels killed a farmer and his wife in a raid on their village.", want: truce.Assault},
		{name: "pg24", text: "Police shot dead three protesters during a march against rising prices.", want: truce.Assault},
		{name: "pg25", text: "Militants killed a policeman and his wife at their home.", want: truce.Assault},
		{name: "pg26", text: "Police arrested two men suspected of murdering an opposition politician.", want: truce.Coerce},
		{name: "pg27", text: "A tribal elder was killed by militants in a dispute over a land deal.", want: truce.Assault},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x := mustExtract(t, tc.text, "2025-10-22")
			if tc.want == "" {
				for _, ev := range x.Events {
					t.Errorf("%q: unexpected %s event (cameo %s)", tc.text, ev.Type, ev.CAMEO)
				}
				return
			}
			if !slices.ContainsFunc(x.Events, func(ev truce.Event) bool { return ev.Type == tc.want }) {
				t.Errorf("%q: no %s event", tc.text, tc.want)
			}
		})
	}
}

// TestPoliticalNonEventProbes checks that the talk around politics and
// diplomacy codes no event: officials describing a situation, routine
// appearances, elections, appointments, company deals, commemorations,
// reports, speculation, questions, quotes about the past, generic
// negations, steps still owed and acts told as background. The guards
// are acts of the same kind that must still code.
func TestPoliticalNonEventProbes(t *testing.T) {
	for _, tc := range []struct {
		name string
		text string
		// want is a type that must appear; "" means no event, except
		// one whose status says it has not happened.
		want string
	}{
		// officials describing a situation
		{name: "sd1", text: "The foreign minister said the situation in the border region was deeply worrying."},
		{name: "sd2", text: "The envoy described the atmosphere of the discussions as constructive and frank."},
		{name: "sd3", text: "Officials in Nairobi called the security situation calm but unpredictable."},
		{name: "sd4", text: "The spokesman said relations between the two capitals remained complicated."},
		{name: "sd5", text: "The prime minister told reporters the economy was recovering faster than expected."},
		{name: "sd6", text: "The ambassador said ties with Ankara had never been stronger."},
		// routine appearances
		{name: "rt1", text: "The president held a press conference at the palace on Thursday."},
		{name: "rt2", text: "The defence minister gave an interview to a local radio station on Monday."},
		{name: "rt3", text: "The chancellor addressed parliament for nearly two hours on Wednesday."},
		{name: "rt4", text: "The foreign ministry spokeswoman spoke at the daily briefing in Beijing."},
		{name: "rt5", text: "The king delivered his annual speech from the throne to lawmakers."},
		{name: "rt6", text: "The senator posted a long statement on social media late on Friday."},
		{name: "rt7", text: "The interior minister briefed journalists on the new traffic rules."},
		{name: "rt8", text: "The prime minister delivered a speech to business leaders in Osaka on Tuesday."},
		// elections and votes
		{name: "el1", text: "Voters went to the polls on Sunday in the first election since the new constitution."},
		{name: "el2", text: "The ruling party won 40 seats in the 120-member assembly."},
		{name: "el3", text: "Turnout was low in the capital, the electoral commission said."},
		{name: "el4", text: "Lawmakers voted 210 to 95 to approve the new budget."},
		{name: "el5", text: "The opposition candidate conceded defeat late on Sunday night."},
		{name: "el6", text: "The incumbent was re-elected with 61 percent of the vote."},
		{name: "el7", text: "Parliament passed a law raising the retirement age to 65."},
		{name: "el8", text: "Polls show the centre-right bloc narrowly ahead of next month's vote."},
		{name: "el9", text: "The governing coalition lost its majority in the regional elections."},
		{name: "el10", text: "Polling stations closed at 8 p.m. and counting began immediately."},
		// appointments of officials
		{name: "ap2", text: "The central bank appointed a new governor to replace the retiring incumbent."},
		{name: "ap3", text: "The president named a former diplomat as her chief of staff."},
		{name: "ap5", text: "A career economist was sworn in as finance minister on Monday."},
		{name: "ap6", text: "The parliament elected a new speaker on Thursday."},
		// deals between companies
		{name: "ec1", text: "The two carmakers signed a deal to jointly develop electric batteries."},
		{name: "ec2", text: "The mining group agreed to buy its smaller rival for 4 billion dollars."},
		{name: "ec3", text: "The state oil company signed a supply contract with a Japanese refiner."},
		{name: "ec4", text: "Two telecoms operators announced a merger that will create the country's largest network."},
		{name: "ec5", text: "The airline reached an agreement with its pilots' union over pay."},
		{name: "ec7", text: "The two banks agreed to merge in a deal worth 3 billion euros."},
		// anniversaries and commemorations
		{name: "an1", text: "The city marked the fiftieth anniversary of its independence with a parade."},
		{name: "an2", text: "Veterans laid wreaths at the memorial to mark the end of the war."},
		{name: "an3", text: "Thousands gathered in the square to commemorate the victims of the famine."},
		{name: "an4", text: "The country observed a minute of silence for the soldiers who died in the 1971 war."},
		{name: "an6", text: "The nation celebrated the thirtieth anniversary of the peace accord on Friday."},
		// reports and studies
		{name: "rp1", text: "A report published on Tuesday found that military spending rose for a tenth year."},
		{name: "rp2", text: "A study by the university found that most refugees want to return home."},
		{name: "rp3", text: "The survey showed that trust in the army has fallen sharply."},
		{name: "rp4", text: "An audit concluded that aid money had been poorly tracked."},
		{name: "rp6", text: "Researchers found that displacement across the Sahel has doubled in five years."},
		// speculation: only a planned or hypothetical event may come
		{name: "sp1", text: "The government may seek talks with the rebels if the fighting eases."},
		{name: "sp2", text: "Moscow could face new sanctions if it fails to withdraw."},
		{name: "sp3", text: "The two leaders might meet on the sidelines of the summit."},
		{name: "sp6", text: "The bloc could impose an arms embargo on the country, diplomats said."},
		// questions and headlines
		{name: "qh1", text: "Will the ceasefire hold?"},
		{name: "qh2", text: "Is Beijing ready to mediate between Kyiv and Moscow?"},
		{name: "qh3", text: "Why the talks in Doha keep failing"},
		{name: "qh5", text: "Can the new envoy persuade Belgrade to return to the table?"},
		{name: "qh7", text: "Will Brussels impose tariffs on Chinese steel?"},
		// quotes about the past
		{name: "qp1", text: "We have always supported a peaceful solution to the dispute, the minister said."},
		{name: "qp2", text: "Our country has never attacked its neighbours, the president said."},
		{name: "qp3", text: "For decades we have backed the right of the Kurds to self-rule, the senator said."},
		{name: "qp4", text: "Indonesia has long supported Palestinian statehood."},
		// generic negations
		{name: "ng1", text: "No talks are planned between the two sides."},
		{name: "ng2", text: "There are no plans to send troops to the region, the ministry said."},
		{name: "ng3", text: "No sanctions have been imposed so far."},
		{name: "ng5", text: "No agreement has been reached on the future of the port."},
		{name: "ng7", text: "No new talks have been scheduled, a spokeswoman said."},
		// steps still owed, acts spoken of as "any", and background
		{name: "ow1", text: "Kenya still has to sign the accord with Somalia."},
		{name: "ow2", text: "The Georgian parliament needs to ratify the treaty with Armenia."},
		{name: "ow3", text: "The deal with Tehran has to be approved by the Iraqi cabinet."},
		{name: "ow4", text: "Both legislatures need to ratify the border treaty before it takes effect."},
		{name: "any1", text: "Any peace deal between the government and the guerrillas would need the army's backing."},
		{name: "any3", text: "Any withdrawal of the peacekeepers would leave the valley exposed."},
		{name: "hp1", text: "Lima had earlier agreed to extradite the businessman to Madrid."},
		{name: "hp2", text: "The mediator had once held several rounds of talks with both camps in Nairobi."},
		{name: "hp3", text: "Brasilia had previously suspended military cooperation with the island."},
		// guards: acts that must still code
		{name: "g1", text: "The foreign minister said Oslo was ready to host talks between the warring parties.", want: truce.Agree},
		{name: "g2", text: "The prime minister of Ghana met the president of Togo in Accra on Monday.", want: truce.Consult},
		{name: "g3", text: "The defence minister held talks with his Polish counterpart in Warsaw.", want: truce.Consult},
		{name: "g4", text: "The spokesman accused the rebels of shelling a hospital.", want: truce.Accuse},
		{name: "g6", text: "The army chief resigned after troops fired on protesters.", want: truce.Assault},
		{name: "g7", text: "The junta rejected a proposal for a ceasefire.", want: truce.Reject},
		{name: "g9", text: "Canada expelled two Russian diplomats on Wednesday.", want: truce.Sanction},
		{name: "g10", text: "The UN chief urged both sides to stop fighting.", want: truce.Request},
		{name: "g11", text: "Police arrested the opposition leader at his home.", want: truce.Coerce},
		{name: "g12", text: "The president threatened to cut off aid to the rebel-held region.", want: truce.Threaten},
		{name: "g13", text: "The foreign minister praised the ceasefire deal.", want: truce.Support},
		{name: "g14", text: "Thousands of people marched in the capital to demand the release of political prisoners.", want: truce.Protest},
		{name: "g15", text: "The UN envoy visited Tripoli on Sunday.", want: truce.Consult},
		{name: "g16", text: "Japan sent 200 tonnes of food aid to the flood-hit province.", want: truce.Aid},
		{name: "g17", text: "Rebels attacked a polling station during the election, killing two officials.", want: truce.Assault},
		{name: "g18", text: "The government declared a unilateral ceasefire on Tuesday.", want: truce.Concede},
		{name: "g19", text: "Turkey and Azerbaijan signed a defence cooperation agreement.", want: truce.Agree},
		{name: "g20", text: "The minister denied that troops had entered the village.", want: truce.Reject},
		{name: "g21", text: "Red Cross lorries delivered food to the besieged town on Monday.", want: truce.Aid},
		{name: "g22", text: "The withdrawal of the peacekeepers began on Monday, the UN said.", want: truce.Retreat},
		{name: "g23", text: "The Georgian parliament ratified the treaty with Armenia on Wednesday.", want: truce.Agree},
		{name: "g25", text: "Kenya signed the accord with Somalia on Monday.", want: truce.Agree},
		{name: "g24", text: "Troops had to withdraw from the hill after heavy shelling on Friday.", want: truce.Retreat},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x := mustExtract(t, tc.text, "2025-10-22")
			if tc.want != "" {
				if !slices.ContainsFunc(x.Events, func(ev truce.Event) bool { return ev.Type == tc.want }) {
					t.Errorf("%q: no %s event", tc.text, tc.want)
				}
				return
			}
			for _, ev := range x.Events {
				switch ev.Status {
				case truce.StatusPlanned, truce.StatusHypothetical, truce.StatusNegated:
					continue
				}
				t.Errorf("%q: unexpected %s event (cameo %s, status %s)", tc.text, ev.Type, ev.CAMEO, ev.Status)
			}
		})
	}
}
