package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// Whom an act is aimed at, in constructions common to several batches of
// blind wire copy: a hospital, school, university or place of worship
// attacked has the civilians in it for a target besides the building;
// rival groups fighting are each other's foes, not the people they kill;
// a government yielding at home in a story of protest yields to the
// protesters; an investigation into an attack told before is aimed at
// its makers; a withdrawal is aimed at the force it hands its ground to.
// Each text is in the project's own words; a case passes when some event
// of the type runs from source to target (an empty source or target is
// not checked) and no event of the type has notTarget as its target or
// notSource as its source.
func TestRolesT22(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notSource, notTarget string
	}{
		// "struck a hospital, killing …": the people in it too.
		{"a clinic and a school attacked, a toll after",
			"Gunmen attacked a clinic and a school in Zaria on Sunday, killing at least nine villagers, police said.",
			truce.Assault, "", "NGACVL", "", ""},
		{"a named university bombed during a ceremony",
			"A bomb ripped through a lecture hall at Bayero University in Kano during a graduation ceremony on Sunday, killing five people.",
			truce.Assault, "", "NGACVL", "", ""},
		{"a church shelled",
			"Artillery shells hit a church in the eastern Ukrainian town of Kostiantynivka on Sunday, killing three worshippers.",
			truce.Assault, "", "UKRCVL", "", ""},
		// "rival militias fought, killing …": militia against militia.
		{"rival factions fight, a toll after",
			"Rival armed factions fought with heavy machine guns in the southern Libyan town of Sabha on Friday, killing four civilians, a hospital official said.",
			truce.Assault, "LBYREB", "LBYREB", "", "LBYCVL"},
		{"clashes between two rival militias kill people",
			"Clashes between two rival militias in the Nigerien town of Tahoua killed seven people on Friday, medics said.",
			truce.Assault, "", "NERMLT", "", "NERCVL"},
		{"groups loyal to rival warlords",
			"Armed groups loyal to rival warlords fought near the Somali town of Baidoa on Monday, leaving nine people dead.",
			truce.Assault, "SOMREB", "SOMREB", "", "SOMCVL"},
		// "resigned, the casualty of protests": to the protesters.
		{"a premier resigns amid farmers' protests",
			"Peruvian Prime Minister Julio Salcedo resigned on Thursday, the latest casualty of weeks of protests led by farmers.",
			truce.Concede, "PERGOV", "PERPRO", "", "PERCVL"},
		{"plans dropped after a march",
			"Mongolian President Ukhnaagiin Khurelsukh on Monday dropped plans to raise fuel prices, two days after thousands marched in Ulaanbaatar against the increase.",
			truce.Concede, "MNGGOV", "MNGPRO", "", ""},
		{"a resignation after a rally the sentence before",
			"Thousands of protesters rallied outside parliament in Yerevan on Sunday. Armenian Defence Minister Suren Papikyan resigned the next day.",
			truce.Concede, "", "ARMPRO", "", ""},
		// "… ordered an investigation into the incident": at who made
		// the attack told before.
		{"an investigation into an incident told before",
			"A Colombian army helicopter fired on a farm near Tibu on Saturday, killing four peasants, local officials said. President Gustavo Petro ordered an investigation into the incident.",
			truce.Accuse, "COLGOV", "COLMIL", "", ""},
		{"an inquiry launched into an episode",
			"Ethiopian federal police opened fire on a crowd in Bahir Dar on Monday, killing five people. The regional president launched an inquiry into the episode.",
			truce.Accuse, "", "ETHCOP", "", ""},
		{"a probe into a shooting the day before",
			"Indian troops opened fire on a crowd in Shopian on Tuesday, killing two men. Kashmir's governor ordered a probe into the shooting on Wednesday.",
			truce.Accuse, "", "INDMIL", "", ""},
		// "withdrew …, handing them to Sudanese troops", "took over the
		// camp as French soldiers pulled out": to the force that takes
		// the ground over.
		{"a withdrawal handing villages to another army",
			"Ethiopian soldiers withdrew from farms around four villages in Fashaga on Monday, handing them to Sudanese troops, officials said.",
			truce.Retreat, "ETHMIL", "SDNMIL", "", "SDNCVL"},
		{"a pullout as another army takes over",
			"Chadian troops took over the camp at Faya on Sunday as French soldiers pulled out, ending a deployment that had backed the war between N'Djamena and the rebels.",
			truce.Retreat, "FRAMIL", "TCDMIL", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget)
		})
	}
}
