package code_test

import (
	"strings"
	"testing"
)

// boundaryCase is one side of a near-neighbour pair: a sentence, the
// PLOVER categories it may take ("A|B" when either reading is right) and,
// where the codebook fixes one, its mode ("" is not checked).
type boundaryCase struct {
	text, typ, mode string
}

// TestTypeBoundaries walks pairs of sentences that differ in one word or
// construction and straddle a PLOVER category boundary: a promise to act
// against the act ("agreed to withdraw" / "withdrew"), a demand against a
// threat, a threat against the deed it threatens, an arrest against a
// shooting. Each side must code its own category and not its neighbour's,
// so that a rule widened on one side cannot quietly swallow the other.
func TestTypeBoundaries(t *testing.T) {
	tests := []struct {
		name string
		a, b boundaryCase
	}{
		// AGREE vs CONSULT: a promise to talk is not yet talk.
		{"agree-consult/hold-talks",
			boundaryCase{"Armenia and Azerbaijan agreed to hold talks in Geneva next month.", "AGREE", ""},
			boundaryCase{"Armenian and Azerbaijani diplomats held talks in Geneva on Tuesday.", "CONSULT", ""}},
		{"agree-consult/meet",
			boundaryCase{"Ethiopia's prime minister agreed to meet Tigrayan leaders in Pretoria.", "AGREE", ""},
			boundaryCase{"Ethiopia's prime minister met Tigrayan leaders in Pretoria on Monday.", "CONSULT", ""}},
		{"agree-consult/resume",
			boundaryCase{"Thailand and Cambodia agreed to resume border negotiations.", "AGREE", ""},
			boundaryCase{"Thai and Cambodian officials resumed border negotiations on Friday.", "CONSULT", ""}},
		{"agree-consult/offer-host",
			boundaryCase{"Oman offered to host talks between Iran and the United States.", "AGREE", ""},
			boundaryCase{"Oman hosted talks between Iran and the United States in Muscat.", "CONSULT", ""}},

		// AGREE vs AID: pledged help against help given.
		{"agree-aid/money",
			boundaryCase{"Norway pledged $20 million in aid to Sudan.", "AGREE", ""},
			boundaryCase{"Norway delivered $20 million of aid to Sudan.", "AID", ""}},
		{"agree-aid/weapons",
			boundaryCase{"Germany promised to send air defence systems to Ukraine.", "AGREE", ""},
			boundaryCase{"Germany sent air defence systems to Ukraine on Thursday.", "AID", ""}},
		{"agree-aid/fuel",
			boundaryCase{"Qatar offered to supply fuel to Gaza's hospitals.", "AGREE", ""},
			boundaryCase{"Qatar supplied fuel to Gaza's hospitals on Sunday.", "AID", ""}},
		{"agree-aid/food",
			boundaryCase{"The World Food Programme vowed to deliver food to refugees in Chad.", "AGREE", ""},
			boundaryCase{"The World Food Programme distributed food to refugees in Chad.", "AID", ""}},

		// AGREE vs RETREAT: a promise to yield against yielding.
		{"agree-retreat/withdraw",
			boundaryCase{"Russia agreed to withdraw its troops from the Armenian border.", "AGREE", ""},
			boundaryCase{"Russia withdrew its troops from the Armenian border.", "RETREAT", "withdraw"}},
		{"agree-retreat/curfew",
			boundaryCase{"The junta promised to lift the curfew in Niamey.", "AGREE", ""},
			boundaryCase{"The junta lifted the curfew in Niamey.", "RETREAT", ""}},
		{"agree-retreat/pull-back",
			boundaryCase{"Pakistan and India agreed to pull back their forces from the Line of Control.", "AGREE", ""},
			boundaryCase{"Pakistan pulled back its forces from the Line of Control.", "RETREAT", ""}},

		// REQUEST vs THREATEN: asking against menacing.
		{"request-threaten/leave",
			boundaryCase{"Mali demanded that French troops leave the country.", "REQUEST", ""},
			boundaryCase{"Mali threatened to expel French troops.", "THREATEN", ""}},
		{"request-threaten/border",
			boundaryCase{"Kenya urged Somalia to withdraw its forces from the border.", "REQUEST", ""},
			boundaryCase{"Kenya threatened to attack Somali forces at the border.", "THREATEN", ""}},
		{"request-threaten/extradite",
			boundaryCase{"Turkey asked Sweden to extradite the suspects.", "REQUEST", ""},
			boundaryCase{"Turkey threatened to block Sweden's bid to join NATO.", "THREATEN", ""}},
		{"request-threaten/tanker",
			boundaryCase{"The United States called on Iran to release the tanker.", "REQUEST", ""},
			boundaryCase{"The United States threatened Iran with military action over the tanker.", "THREATEN", ""}},

		// REJECT vs ACCUSE: denying a charge against making one.
		{"reject-accuse/rebels",
			boundaryCase{"Rwanda denied the accusation.", "REJECT", ""},
			boundaryCase{"Congo accused Rwanda of backing the M23 rebels.", "ACCUSE", ""}},
		{"reject-accuse/killing",
			boundaryCase{"India rejected the charges made by Canada.", "REJECT", ""},
			boundaryCase{"Canada accused India of involvement in the killing.", "ACCUSE", ""}},
		{"reject-accuse/attack",
			boundaryCase{"Hamas denied carrying out the attack.", "REJECT", ""},
			boundaryCase{"Israel blamed Hamas for the attack.", "ACCUSE", ""}},

		// REJECT vs PROTEST: refusing in words against taking to the street.
		{"reject-protest/results",
			boundaryCase{"The opposition rejected the election results.", "REJECT", ""},
			boundaryCase{"Opposition supporters rallied in Kinshasa against the election results.", "PROTEST", "demo"}},
		{"reject-protest/law",
			boundaryCase{"Georgia's ruling party rejected calls to withdraw the foreign agents law.", "REJECT", ""},
			boundaryCase{"Thousands marched in Tbilisi against the foreign agents law.", "PROTEST", "demo"}},
		{"reject-protest/pensions",
			boundaryCase{"The unions rejected the government's pension reform.", "REJECT", ""},
			boundaryCase{"Workers went on strike against the pension reform.", "PROTEST", ""}},

		// THREATEN vs SANCTION: the threat against the penalty.
		{"threaten-sanction/sanctions",
			boundaryCase{"Washington threatened to impose sanctions on Nicaraguan officials.", "THREATEN", ""},
			boundaryCase{"Washington imposed sanctions on Nicaraguan officials.", "SANCTION", ""}},
		{"threaten-sanction/aid",
			boundaryCase{"Britain threatened to cut aid to Rwanda.", "THREATEN", ""},
			boundaryCase{"Britain suspended aid to Rwanda.", "SANCTION", ""}},
		{"threaten-sanction/envoy",
			boundaryCase{"Algeria threatened to recall its ambassador from Madrid.", "THREATEN", ""},
			boundaryCase{"Algeria recalled its ambassador from Madrid.", "SANCTION", ""}},
		{"threaten-sanction/exports",
			boundaryCase{"China threatened to halt rare earth exports to Japan.", "THREATEN", ""},
			boundaryCase{"China halted rare earth exports to Japan.", "SANCTION", ""}},

		// SANCTION vs COERCE: a financial penalty against taking by force.
		{"sanction-coerce/assets",
			boundaryCase{"Switzerland froze the assets of Russian oligarchs.", "SANCTION", ""},
			boundaryCase{"Iranian commandos seized a Greek oil tanker in the Gulf.", "COERCE|ASSAULT", ""}},
		{"sanction-coerce/oil",
			boundaryCase{"The United States banned imports of Venezuelan oil.", "SANCTION", ""},
			boundaryCase{"The US Coast Guard seized a tanker carrying Venezuelan oil.", "COERCE", ""}},

		// COERCE vs ASSAULT: custody against violence.
		{"coerce-assault/gunmen",
			boundaryCase{"Police arrested three gunmen in Karachi.", "COERCE", "arrest"},
			boundaryCase{"Police shot dead three gunmen in Karachi.", "ASSAULT", ""}},
		{"coerce-assault/protesters",
			boundaryCase{"Soldiers detained dozens of protesters in Khartoum.", "COERCE", "arrest"},
			boundaryCase{"Soldiers opened fire on protesters in Khartoum.", "ASSAULT", ""}},
		{"coerce-assault/town",
			boundaryCase{"Rebels seized the town of Kamanyola after fierce fighting.", "ASSAULT|COERCE", ""},
			boundaryCase{"Rebels shelled the town of Kamanyola.", "ASSAULT", ""}},
		{"coerce-assault/raid",
			boundaryCase{"Troops detained four suspects in a village near Maiduguri.", "COERCE", "arrest"},
			boundaryCase{"Troops killed four suspects in a village near Maiduguri.", "ASSAULT", ""}},

		// MOBILIZE vs ASSAULT: a show of force against its use.
		{"mobilize-assault/border",
			boundaryCase{"Azerbaijan massed troops on the Armenian border.", "MOBILIZE", ""},
			boundaryCase{"Azerbaijan shelled Armenian positions on the border.", "ASSAULT", ""}},
		{"mobilize-assault/alert",
			boundaryCase{"Venezuela put its armed forces on high alert.", "MOBILIZE", ""},
			boundaryCase{"Venezuelan troops attacked a Guyanese patrol.", "ASSAULT", ""}},
		{"mobilize-assault/drills",
			boundaryCase{"Russia held military drills near the Finnish border.", "MOBILIZE", ""},
			boundaryCase{"Russian jets bombed Ukrainian positions near Kharkiv.", "ASSAULT", ""}},

		// MOBILIZE vs RETREAT: going in against pulling out.
		{"mobilize-retreat/ladakh",
			boundaryCase{"India deployed troops to the Ladakh frontier.", "MOBILIZE", ""},
			boundaryCase{"India pulled its troops out of the Ladakh frontier.", "RETREAT", ""}},
		{"mobilize-retreat/congo",
			boundaryCase{"Uganda moved additional battalions into eastern Congo.", "MOBILIZE", ""},
			boundaryCase{"Uganda withdrew its battalions from eastern Congo.", "RETREAT", ""}},

		// SUPPORT vs AGREE: backing a text against signing it.
		{"support-agree/plan",
			boundaryCase{"Egypt backed the Saudi peace plan for Sudan.", "SUPPORT", ""},
			boundaryCase{"Sudan's army signed the Saudi peace plan.", "AGREE", ""}},
		{"support-agree/deal",
			boundaryCase{"The African Union welcomed Somalia's offer of dialogue.", "SUPPORT", ""},
			boundaryCase{"Ethiopia and Somalia signed a deal in Ankara.", "AGREE", ""}},
		{"support-agree/proposal",
			boundaryCase{"Brazil endorsed the truce proposal.", "SUPPORT", ""},
			boundaryCase{"Sudan's army and the RSF accepted the truce proposal.", "AGREE", ""}},
		{"support-agree/roadmap",
			boundaryCase{"Spain praised Morocco's autonomy plan for Western Sahara.", "SUPPORT", ""},
			boundaryCase{"Spain and Morocco agreed on a roadmap for Western Sahara.", "AGREE", ""}},

		// CONCEDE vs RETREAT: giving ground in policy against in place or people.
		{"concede-retreat/resign",
			boundaryCase{"The Peruvian president resigned amid protests.", "CONCEDE", ""},
			boundaryCase{"Peruvian troops pulled out of the protest zone.", "RETREAT", ""}},
		{"concede-retreat/siege",
			boundaryCase{"The government eased restrictions on foreign journalists.", "CONCEDE", ""},
			boundaryCase{"The army lifted its siege of the city.", "RETREAT", ""}},
		{"concede-retreat/prisoners",
			boundaryCase{"The Cuban government granted an amnesty to political prisoners.", "CONCEDE", ""},
			boundaryCase{"The Cuban government released 200 political prisoners.", "RETREAT", "release"}},

		// COOPERATE vs CONSULT: acting together against talking.
		{"cooperate-consult/drills",
			boundaryCase{"Indonesia and Australia held joint naval drills.", "COOPERATE", ""},
			boundaryCase{"Indonesia and Australia held talks on maritime security.", "CONSULT", ""}},
		{"cooperate-consult/patrols",
			boundaryCase{"Colombia and Ecuador launched joint patrols along their border.", "COOPERATE", ""},
			boundaryCase{"Colombia and Ecuador discussed border security in Quito.", "CONSULT", ""}},
		{"cooperate-consult/extradite",
			boundaryCase{"Spain extradited a drug lord to the United States.", "COOPERATE", ""},
			boundaryCase{"Spain's foreign minister met the US secretary of state.", "CONSULT", ""}},

		// PROTEST vs COERCE: blocking in protest against blocking to control.
		{"protest-coerce/highway",
			boundaryCase{"Farmers blocked the highway in protest at fuel prices.", "PROTEST", ""},
			boundaryCase{"Police banned all demonstrations in the capital.", "COERCE", ""}},

		// ACCUSE vs SANCTION: a diplomatic rebuke against a penalty.
		{"accuse-sanction/summon",
			boundaryCase{"Poland summoned the Belarusian ambassador.", "ACCUSE", ""},
			boundaryCase{"Poland expelled the Belarusian ambassador.", "SANCTION", ""}},
		{"accuse-sanction/ties",
			boundaryCase{"Mexico condemned Ecuador's raid on its embassy.", "ACCUSE", ""},
			boundaryCase{"Mexico severed diplomatic relations with Ecuador.", "SANCTION", ""}},
		{"accuse-sanction/complaint",
			boundaryCase{"Ghana lodged a protest with Togo over the border incident.", "ACCUSE", ""},
			boundaryCase{"Ghana closed its embassy in Togo.", "SANCTION", ""}},

		// More pairs across the same boundaries, in other wordings.
		{"agree-consult/ceasefire-talks",
			boundaryCase{"Colombia's government and the ELN agreed to open peace talks in Caracas.", "AGREE", ""},
			boundaryCase{"Colombia's government and the ELN opened peace talks in Caracas.", "CONSULT", ""}},
		{"threaten-sanction/tariffs",
			boundaryCase{"Beijing threatened to impose tariffs on Australian wine.", "THREATEN", ""},
			boundaryCase{"Beijing imposed tariffs on Australian wine.", "SANCTION", ""}},
		{"request-threaten/ultimatum",
			boundaryCase{"Ecuador asked Mexico to hand over the former vice-president.", "REQUEST", ""},
			boundaryCase{"Ecuador threatened to raid the Mexican embassy.", "THREATEN", ""}},
		{"reject-accuse/spying",
			boundaryCase{"Beijing denied the spying allegations.", "REJECT", ""},
			boundaryCase{"London accused Beijing of spying on lawmakers.", "ACCUSE", ""}},
		{"coerce-assault/journalists",
			boundaryCase{"Security forces detained two journalists in Harare.", "COERCE", "arrest"},
			boundaryCase{"Security forces beat two journalists in Harare.", "ASSAULT", ""}},
		{"mobilize-retreat/warships",
			boundaryCase{"The United States sent warships to the eastern Mediterranean.", "MOBILIZE", ""},
			boundaryCase{"The United States withdrew its warships from the eastern Mediterranean.", "RETREAT", ""}},
		{"accuse-sanction/diplomats",
			boundaryCase{"Lithuania summoned the Chinese charge d'affaires.", "ACCUSE", ""},
			boundaryCase{"Lithuania expelled two Chinese diplomats.", "SANCTION", ""}},
		{"sanction-coerce/embargo",
			boundaryCase{"The European Union imposed an arms embargo on Myanmar.", "SANCTION", ""},
			boundaryCase{"Burmese police arrested the leader of the opposition party.", "COERCE", "arrest"}},
		{"support-agree/accord",
			boundaryCase{"Washington praised Kosovo for its restraint.", "SUPPORT", ""},
			boundaryCase{"Serbia and Kosovo reached an accord in Brussels.", "AGREE", ""}},
		{"agree-aid/loan",
			boundaryCase{"The IMF agreed to lend Egypt $3 billion.", "AGREE", ""},
			boundaryCase{"The IMF disbursed $3 billion to Egypt.", "AID", ""}},

		// CONSULT modes.
		{"consult-modes/visit-phone",
			boundaryCase{"The Indian prime minister visited Moscow.", "CONSULT", "visit"},
			boundaryCase{"The Indian prime minister phoned the Russian president.", "CONSULT", "phone"}},
		{"consult-modes/host-talks",
			boundaryCase{"Kenya hosted the Somali president in Nairobi.", "CONSULT", "visit"},
			boundaryCase{"Leaders of the G20 met in Rio de Janeiro.", "CONSULT", "multilateral"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkBoundary(t, tt.a, tt.b.typ)
			checkBoundary(t, tt.b, tt.a.typ)
		})
	}
}

// checkBoundary fails unless c.text codes an event of one of c's
// categories (and c's mode, when given), and no event of the neighbour's
// category unless c allows it too.
func checkBoundary(t *testing.T, c boundaryCase, neighbour string) {
	t.Helper()
	x := mustExtract(t, c.text, "2024-05-10")
	want := strings.Split(c.typ, "|")
	var found bool
	var got []string
	for _, e := range x.Events {
		got = append(got, e.Type+"/"+e.Mode+"/"+e.CAMEO)
		if contains(want, e.Type) && (c.mode == "" || e.Mode == c.mode) {
			found = true
		}
	}
	if !found {
		t.Errorf("%q: want %s/%s, got [%s]", c.text, c.typ, c.mode, strings.Join(got, " "))
		return
	}
	for _, e := range x.Events {
		if !contains(want, e.Type) && contains(strings.Split(neighbour, "|"), e.Type) {
			t.Errorf("%q: also coded the neighbour %s: [%s]", c.text, e.Type, strings.Join(got, " "))
			return
		}
	}
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}
