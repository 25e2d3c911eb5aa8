package code_test

// Background told in the perfect, hopes and other sentences that tell no
// new act, next to news told with the same words.

import (
	"testing"
)

// Sentences that tell no act of the news: each must code no event, also
// after a sentence of news that lends them actors.
func TestBackgroundCodesNoEvent(t *testing.T) {
	const news = "Kenyan and Ethiopian ministers met in Nairobi on Monday to discuss cattle raids."
	tests := []struct{ name, text string }{
		// A habit told in the perfect with an adverb of repetition.
		{"a denial repeated over time",
			"The Eritrean government has consistently denied arming the rebels."},
		{"a promise made again and again",
			"Colombia's army has repeatedly vowed to crush the dissident fronts in Cauca."},
		{"an accusation repeated over time",
			"Caracas has frequently accused Bogota of sheltering armed groups along the frontier."},
		// A perfect whose "since" span, far after the verb, reaches back
		// years before the news.
		{"a toll to date with a since-span after a long object",
			"Jihadist fighters have killed well over 2,000 villagers across the northern provinces of Burkina Faso since 2016."},
		{"acts named by a noun, the subject of a perfect with a since-span",
			"Raids by cattle rustlers on herders' camps have displaced thousands of families across Karamoja since 2019."},
		{"acts named by a noun, the object of a perfect with a since-span",
			"The faction has intensified its ambushes on army convoys in the north since 2021."},
		{"an act in a clause of time hung on an old dated act",
			"Nairobi recalled its ambassador in 2019 after Somali troops shelled a border post near Mandera."},
		{"acts named by a noun in a phrase of a perfect with a since-span",
			"The African Union force has lost hundreds of soldiers to ambushes since 2014."},
		{"a mediation going on for years",
			"Qatari officials have been mediating between the Chadian government and the rebel groups in the desert north since 2019."},
		// A habit or a policy told in the present simple.
		{"a habit with an adverb of frequency",
			"Armed herders often raid farming villages in the area during the dry season."},
		{"the purpose of a habit",
			"Armed groups in the delta frequently abduct oil workers to demand ransoms from their employers."},
		{"a policy told as what the speaker's forces do",
			"The army says it strikes only fighters and never civilians."},
		{"a custom limited by only",
			"The two federations meet only at regional tournaments because of the border dispute."},
		// What a hope looks forward to has not happened.
		{"a hope that a gesture will lead to talks",
			"Western envoys hope the prisoner release will pave the way for fresh negotiations between Baku and Yerevan."},
		{"a hope that a visit could bring a deal",
			"Officials in Nairobi are hoping the visit could produce an accord on grazing rights along the border."},
		// An expectation the past perfect marks as unmet.
		{"a deal that had been expected",
			"Negotiators in Geneva had been expected to sign a deal on prisoner exchanges."},
		{"measures told by what they were meant to do",
			"Western sanctions on Minsk were meant to starve the regime of hard currency."},
		// An indefinite agreement as the subject of a conditional.
		{"an accord spoken of as what could be",
			"A formal accord on grazing rights could end the raids for good, elders in Moyale believe."},
		{"a treaty spoken of as what might be",
			"A written treaty on the shared pastures might calm the border, according to local elders."},
		// Commentary: what analysts, critics or historians think.
		{"critics judging what two governments did",
			"Critics contend that Nairobi and Addis Ababa have signed more accords than they have ever carried out."},
		{"analysts foreseeing a deal",
			"Analysts in Addis Ababa expect a border agreement between the two capitals within months."},
		{"an opinion told before its holder",
			"Uganda's new dam on the Nile is less a threat to Sudan than a test of its diplomacy, argues a study by a Nairobi think tank."},
		// A description of a party in the present simple.
		{"a relative clause telling whom a state supports",
			"Tehran, which supports the Houthi movement in Yemen, said nothing about the dispute."},
		{"a relative clause telling whom a state arms",
			"Eritrea, which arms the Fano militia according to Addis Ababa, said nothing about the dispute."},
		// A kind of act, named by likeness to the one told.
		{"attacks of the same kind",
			"Nobody has owned up to the ambush, though Fulani militias have staged similar raids in the district."},
		{"protests of the same kind",
			"Such demonstrations take place outside the parliament in Kampala every Friday, the organisers say."},
	}
	for _, tt := range tests {
		x := mustExtract(t, news+" "+tt.text, "2025-06-12")
		for _, ev := range x.Events {
			if ev.Evidence.Sentence != tt.text {
				continue
			}
			t.Errorf("%s: %q: unexpected %s event (rule %s)", tt.name, tt.text, ev.Type, ev.Rule)
		}
	}
}

// The same words telling news still code their event.
func TestBackgroundFiltersKeepNews(t *testing.T) {
	tests := []struct{ name, text, typ string }{
		{"a since-span that starts this week",
			"Gunmen have killed at least 14 villagers in raids across Zamfara state since Monday, police said.", "ASSAULT"},
		{"a plain denial in the perfect",
			"The Eritrean government has denied arming the rebels, its information minister said on Tuesday.", "REJECT"},
		{"a habit of the speaker, not of the act it reports",
			"A clan militia that had long protected the district said on Friday it had severed ties with the army.", "SANCTION"},
		{"a repeated denial that answers the charge just told",
			"Kinshasa accused Kampala on Monday of backing the militia, an accusation Uganda has consistently rejected.", "REJECT"},
		{"a hope voiced after the act it follows",
			"Somalia's president welcomed the vote on Sunday and said he hoped it would speed up the new constitution.", "SUPPORT"},
		{"a deal signed, then said to do something",
			"Ethiopia and Somaliland signed an accord on Monday that would give Addis Ababa access to the sea.", "AGREE"},
		{"a strike told in the past, limited by only",
			"The air force said it struck only militant positions near Kidal on Tuesday.", "ASSAULT"},
		{"a panel of experts reporting an act",
			"A UN panel of experts said on Tuesday that Eritrean troops had shelled two villages near Badme.", "ASSAULT"},
		{"an act told before analysts comment on it",
			"Ethiopian troops shelled two villages near Badme on Monday; analysts said the move could widen the war.", "ASSAULT"},
		{"a repeated act told with a date of its own",
			"Rebel gunners repeatedly shelled the town of Goma on Sunday, killing three people.", "ASSAULT"},
	}
	for _, tt := range tests {
		x := mustExtract(t, tt.text, "2025-06-12")
		found := false
		for _, ev := range x.Events {
			if string(ev.Type) == tt.typ {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: %q: no %s event in %d events", tt.name, tt.text, tt.typ, len(x.Events))
		}
	}
}
