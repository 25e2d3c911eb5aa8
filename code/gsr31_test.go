package code_test

import "testing"

// An act named in a condition told in the present tense has not happened,
// even when the clause that waits on it codes no event of its own.
func TestGsr31ConditionBesideUncodedClause(t *testing.T) {
	wantNone(t, "CONCEDE",
		"The coalition has said it will boycott the talks unless the army chief agrees to step down.",
		"The alliance said it will walk out of parliament unless the speaker agrees to resign.")
	wantNone(t, "RETREAT",
		"Opposition groups said they will stay off the streets only once the government lifts the curfew.")
	wantEvents(t, "CONCEDE", "", []sidesCase{
		{"a resignation agreed, no condition", "Kenya's foreign minister agreed to resign on Monday.", "KEN", ""},
	})
}

// "..., saying X must resign": an obligation voiced by a participle is a
// demand by the subject of the clause it hangs on, and what must be done
// has not been done. An act after "must" or "should" is owed, not told.
func TestGsr31ObligationVoicedByParticiple(t *testing.T) {
	wantNone(t, "CONCEDE",
		"Nurses marched through Harare on Tuesday, saying the health minister should resign.",
		"Protesters gathered outside the parliament in Lusaka, insisting he must step down.",
		"Thousands rallied in Dakar on Monday, and many said the government should step down.")
	wantNone(t, "RETREAT",
		"Students blocked the main road in Dhaka, saying the police must free their classmates.",
		"The troops should quickly withdraw from the border town, the council said.")
	wantEvents(t, "REQUEST", "", []sidesCase{
		{"saying, after a march", "Nurses marched through Harare on Tuesday, saying the health minister should resign.", "ZWE", "ZWEGOV"},
		{"saying, after a road block", "Students blocked the main road in Dhaka, saying the police must free their classmates.", "BGD", "BGDCOP"},
	})
}

// ", then" or "and then" joins the subject's next act: it is no part of
// what the first verb says, and its subject is the first verb's.
func TestGsr31ThenJoinsNextAct(t *testing.T) {
	wantEvents(t, "SANCTION", "", []sidesCase{
		{"comma then", "Chad accused Sudan of backing the rebels, then closed its embassy in Khartoum.", "TCD", "SDN"},
		{"comma then, object after", "Mali accused France of spying, then expelled the French ambassador.", "MLI", "FRA"},
		{"and then", "Kenya accused Uganda of arming the rebels and then expelled its ambassador.", "KEN", ""},
	})
	// The verb before the comma gives the subject, not a report verb
	// that frames it.
	wantEvents(t, "ASSAULT", "destroy", []sidesCase{
		{"after a reported attack", "Police said gunmen shot dead two traders in Kano, then torched their shop.", "NGAREB", ""},
	})
	for _, ev := range eventsOf(t, "Police said gunmen shot dead two traders in Kano, then torched their shop.", "2024-03-01", "ASSAULT", "destroy") {
		if hasActor(ev.Source, "NGACOP") {
			t.Errorf("the reporters taken for the arsonists: %s", probeIDs(ev.Source))
		}
	}
}

// A state cutting its flights or transport links to another sanctions it;
// airlines doing so, or a state "cutting flights" to itself, sanction no
// one.
func TestGsr31TransportLinksCut(t *testing.T) {
	wantEvents(t, "SANCTION", "", []sidesCase{
		{"direct flights to", "Moscow suspended all direct flights to Georgia on Friday.", "RUS", "GEO"},
		{"rail links with", "Azerbaijan halted rail links with Armenia.", "AZE", "ARM"},
		{"a suspension announced", "Lithuania announced the suspension of rail links with Belarus.", "LTU", "BLR"},
	})
	wantNone(t, "SANCTION",
		"Several airlines suspended flights to Beirut on Monday.",
		"Kampala suspended direct flights to Uganda after the crash.")
}

// An organisation's forces named with the kind of force ("peacekeeping
// troops") are the organisation's, not the host country's.
func TestGsr31OrganisationForceKind(t *testing.T) {
	wantEvents(t, "MOBILIZE", "", []sidesCase{
		{"UN peacekeeping troops", "United Nations peacekeeping troops arrived in Juba on Monday.", "UN", "SSD"},
		{"AU peacekeeping troops", "African Union peacekeeping troops have arrived in Mogadishu.", "AU", "SOM"},
	})
}

// "was accused of bombing the camp by the RSF": the agent after a passive
// charge's gerund and its object is the accuser; a passive gerund keeps
// its own agent.
func TestGsr31AccuserAfterGerundCharge(t *testing.T) {
	wantEvents(t, "ACCUSE", "", []sidesCase{
		{"gerund and object", "The Sudanese army was accused of bombing civilian areas in Darfur by the Rapid Support Forces.", "RSF", "SDN"},
		{"perfect passive", "Rwanda has been accused of backing the M23 rebels by Congo's government.", "COD", "RWA"},
		{"modifiers on the agent", "The ousted governor has been accused of embezzling public money by Kenyan government officials.", "KENGOV", ""},
	})
	for _, ev := range eventsOf(t, "The minister was accused of being paid by Russia.", "2024-03-01", "ACCUSE") {
		if hasActor(ev.Source, "RUS") {
			t.Errorf("a passive gerund's agent taken for the accuser: %s", probeIDs(ev.Source))
		}
	}
}

// A truce noun that qualifies the people or body watching over a truce
// ("ceasefire monitors", "truce observers") tells no truce; a truce agreed
// still does.
func TestGsr31TruceBodyIsNoTruce(t *testing.T) {
	wantNone(t, "RETREAT",
		"Gunmen fired on a car carrying ceasefire monitors near Donetsk on Monday.",
		"The OSCE sent more truce observers to the region.",
		"Rebels detained two ceasefire monitors in Juba.")
	wantEvents(t, "ASSAULT", "", []sidesCase{
		{"the attack on the monitors stays", "Gunmen fired on a car carrying ceasefire monitors near Donetsk on Monday.", "", ""},
	})
	wantEvents(t, "AGREE", "", []sidesCase{
		{"a truce agreed", "Sudan's army and the RSF agreed a ceasefire on Monday.", "", ""},
	})
}

// A paper handed over delivers a message: no release and no cooperation.
// People handed over still are.
func TestGsr31HandedPaperIsNoRelease(t *testing.T) {
	wantNone(t, "RETREAT",
		"Kenya handed over a letter to the African Union on Monday.",
		"The opposition handed over a petition to the electoral commission.")
	wantNone(t, "COOPERATE",
		"In a memorandum handed over to the African Union on Friday, Ghana said it would reopen the border.")
	wantEvents(t, "RETREAT", "release", []sidesCase{
		{"soldiers handed over", "Mali handed over two French soldiers to France.", "MLI", "FRA"},
	})
	wantEvents(t, "ACCUSE", "", []sidesCase{
		{"a protest note keeps its reading", "Sudan handed over a protest note to the Egyptian ambassador.", "SDN", "EGY"},
	})
}

// "Y must do Z, X demanded": a verb of demanding after the obligation it
// voices names the speaker as "said" does; the one who must act is the
// target, not the parties named after the verb.
func TestGsr31TrailingDemandVerb(t *testing.T) {
	wantEvents(t, "REQUEST", "yield", []sidesCase{
		{"demanded after", "Kenya must withdraw its troops from Somalia, the African Union demanded on Monday, in a resolution opposed by Uganda and Ethiopia.", "AU", "KEN"},
		{"urged after", "The army must release the detained journalists, Amnesty International urged on Friday.", "AMNESTY", ""},
	})
	for _, ev := range eventsOf(t, "Kenya must withdraw its troops from Somalia, the African Union demanded on Monday, in a resolution opposed by Uganda and Ethiopia.", "2024-03-01", "REQUEST") {
		if hasActor(ev.Target, "UGA") || hasActor(ev.Target, "ETH") {
			t.Errorf("the parties named after the verb taken for its target: %s", probeIDs(ev.Target))
		}
	}
}
