package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// "detained three men linked to the cell", "blamed people tied to cattle
// smuggling", "suspects with links to Boko Haram": a bare noun of people is
// the side its link names; a link to "the cell" is to the armed group named
// before, one to a crime to criminals. Police officers linked to a cartel
// stay police.
func TestLinkedPeopleX53(t *testing.T) {
	tests := []struct{ text, typ, want, not string }{
		{"Al-Shabaab fighters attacked a police post in Mandera on Monday. Kenyan police later detained three men linked to the cell.", truce.Coerce, "ALSHABAAB", "KENCVL"},
		{"Kenya's interior minister blamed people tied to cattle smuggling for the clashes near Lodwar.", truce.Accuse, "KENCRM", "KENCVL"},
		{"Nigerian soldiers arrested four suspects with links to Boko Haram in Maiduguri on Friday.", truce.Coerce, "BOKOHARAM", "NGACVL"},
		{"Police arrested two women linked to the opposition party in Harare.", truce.Coerce, "ZWEOPP", "ZWECVL"},
	}
	for _, tt := range tests {
		ev := firstOfX52(t, tt.text, tt.typ)
		if !hasActor(ev.Target, tt.want) || hasActor(ev.Target, tt.not) {
			t.Errorf("%q: targets %s, want %s and not %s", tt.text, probeIDs(ev.Target), tt.want, tt.not)
		}
	}
}

// A militia tied to an administration is a side of its own, not that
// administration.
func TestLinkedMilitiaX53(t *testing.T) {
	ev := firstOfX52(t, "Fighting broke out in Las Anod between Somaliland troops and clan militias linked to the local administration.", truce.Assault)
	for _, a := range append(ev.Source, ev.Target...) {
		if a.Sector == "GOV" {
			t.Errorf("militia read as the administration: %s / %s", probeIDs(ev.Source), probeIDs(ev.Target))
		}
	}
}

// Foreign people are of another land than the one the event happens in or
// the side that speaks of them: the states named after them, the article's
// other state, or the other state named just before. A "foreign minister"
// is a title, not a foreigner.
func TestForeignGenericX53(t *testing.T) {
	tests := []struct{ text, typ, want, not string }{
		{"Zambian police detained a Malawian opposition lawmaker at Lusaka airport on Friday. President Hichilema warned that he would not let foreign activists stir unrest in Zambia.", truce.Threaten, "MWI", "ZMB"},
		{"Mali's junta on Monday ordered all foreign troops to leave the country, a week after French jets struck a convoy near Gao.", truce.Sanction, "FRA", "MLI"},
		{"A mob in Johannesburg attacked shops owned by foreign traders, beating men from Zimbabwe and Malawi.", truce.Assault, "ZWE", "ZAF"},
	}
	for _, tt := range tests {
		ev := firstOfX52(t, tt.text, tt.typ)
		if !hasActor(ev.Target, tt.want) || hasActor(ev.Target, tt.not) {
			t.Errorf("%q: targets %s, want %s and not %s", tt.text, probeIDs(ev.Target), tt.want, tt.not)
		}
	}
	for _, ev := range eventsOf(t, "Kenya and Uganda agreed that a joint commission of foreign ministers would meet in March.", "2024-03-01", truce.Agree) {
		for _, a := range append(ev.Source, ev.Target...) {
			if a.Country != "" && a.Country != "KEN" && a.Country != "UGA" {
				t.Errorf("foreign ministers read as foreigners: %s / %s", probeIDs(ev.Source), probeIDs(ev.Target))
			}
		}
	}
}

// Communications cut with no one named as cutting them are cut by the
// government of the land, not by the protesters told beside the cut.
func TestAgentlessCutX53(t *testing.T) {
	for _, text := range []string{
		"Police detained dozens of protesters in Minsk on Sunday, and mobile internet was cut across the country.",
		"Riot police dispersed crowds of students in Dhaka, and mobile internet has been cut across Bangladesh since Tuesday.",
	} {
		evs := eventsOf(t, text, "2024-03-01", truce.Coerce, "censor")
		if len(evs) == 0 {
			t.Fatalf("no censorship from %q", text)
		}
		if src := evs[0].Source; len(src) == 0 || src[0].Sector != "GOV" {
			t.Errorf("%q: sources %s, want the government", text, probeIDs(src))
		}
	}
}

// "X were among the N people V-ed": X are whom the act befell; its doer is
// its agent, the attacker of its "when" clause, or the force that acted in
// the sentence before.
func TestAmongVictimsX53(t *testing.T) {
	tests := []struct{ text, typ, src, tgt string }{
		{"Turkish police broke up a rally in Istanbul on Saturday. Two Swedish journalists were among dozens of people arrested.", truce.Coerce, "TURCOP", "SWEMED"},
		{"Soldiers stormed an opposition office in Bamako on Monday. Two party leaders were among 30 people detained.", truce.Coerce, "MLIMIL", "MLIOPP"},
		{"A Nigerian teacher was among at least nine people killed when gunmen opened fire on a market in Zamfara.", truce.Assault, "NGAREB", "NGAEDU"},
	}
	for _, tt := range tests {
		found := false
		for _, ev := range eventsOf(t, tt.text, "2024-03-01", tt.typ) {
			if hasActor(ev.Source, tt.src) && hasActor(ev.Target, tt.tgt) {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no %s event from %s against %s", tt.text, tt.typ, tt.src, tt.tgt)
		}
	}
}

// "struck what the army called Taliban hideouts": the speaker of the
// label is no target; what the label names is.
func TestPastWhatCalledX53(t *testing.T) {
	tests := []struct{ text, typ, want, not string }{
		{"Pakistani jets struck what the army called Taliban hideouts in Khost province.", truce.Assault, "AFG", "AFGMIL"},
		{"Ethiopian drones hit what the federal government described as Fano positions near Gondar.", truce.Assault, "FANO", "ETHGOV"},
	}
	for _, tt := range tests {
		ev := firstOfX52(t, tt.text, tt.typ)
		if !hasActor(ev.Target, tt.want) || hasActor(ev.Target, tt.not) {
			t.Errorf("%q: targets %s, want %s and not %s", tt.text, probeIDs(ev.Target), tt.want, tt.not)
		}
	}
}
