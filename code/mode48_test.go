package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// Talks held by telephone are a phone call, however the call is told.
func TestMode48TalksByPhone(t *testing.T) {
	texts := []string{
		"In a phone call on Friday, Macron and Putin discussed the crisis.",
		"Erdogan and Zelensky discussed grain exports during a phone call on Sunday.",
		"Modi held talks with Putin by phone on Thursday.",
	}
	for _, text := range texts {
		if len(eventsOf(t, text, "2024-03-01", truce.Consult, "phone")) == 0 {
			t.Errorf("%q: no phone call", text)
		}
	}
	// A call told in another clause leaves the talks as they are.
	text := "Macron discussed the crisis with Putin on Friday, a day after Scholz spoke to him by phone."
	for _, ev := range eventsOf(t, text, "2024-03-01", truce.Consult, "phone") {
		if len(ev.Source) > 0 && ev.Source[0].ID == "FRAGOV" {
			t.Errorf("%q: Macron's talks read as a phone call", text)
		}
	}
}

// The threat of a strike or a protest is a threat against the
// authorities, as the protest itself would be.
func TestMode48ThreatenedProtest(t *testing.T) {
	cases := []struct{ text, src, tgt string }{
		{"Nigeria's labour unions have threatened a nationwide strike from next week.", "NGALAB", "NGAGOV"},
		{"Kenyan doctors threatened an indefinite strike over unpaid salaries.", "KENHLH", "KENGOV"},
		{"The opposition in Senegal has threatened mass protests if the vote is delayed.", "SENOPP", "SENGOV"},
		{"Hundreds of people marched through central Accra on Thursday against illegal mining. Organised labour has threatened a nationwide strike from next week.", "GHALAB", "GHAGOV"},
	}
	for _, c := range cases {
		evs := eventsOf(t, c.text, "2024-03-01", truce.Threaten)
		if len(evs) == 0 {
			t.Errorf("%q: no threat", c.text)
			continue
		}
		if len(evs[0].Source) == 0 || evs[0].Source[0].ID != c.src || len(evs[0].Target) == 0 || evs[0].Target[0].ID != c.tgt {
			t.Errorf("%q: %v -> %v, want %s -> %s", c.text, evs[0].Source, evs[0].Target, c.src, c.tgt)
		}
	}
}

// A date or an adverb between a threat and the act threatened leaves the
// threat an act threatened.
func TestMode48DatedThreat(t *testing.T) {
	texts := []string{
		"The Houthis have threatened on Monday to resume attacks on shipping in the Red Sea.",
		"The ELN threatened on Wednesday to resume attacks on oil pipelines.",
	}
	for _, text := range texts {
		if len(eventsOf(t, text, "2024-03-01", truce.Threaten, "violence")) == 0 {
			t.Errorf("%q: no threat of violence", text)
		}
	}
	wantNone(t, truce.Threaten, "The Houthis had threatened on Monday to resume attacks on shipping.")
}

// A bare "strike" begun or held by working people is a walkout, not an
// attack; a strike launched or carried out by a state stays an attack.
func TestMode48WorkersStrike(t *testing.T) {
	texts := []string{
		"Workers at the mine began a strike on Monday in Zambia.",
		"Port workers in Chile launched a strike on Tuesday.",
		"Nurses in Malawi held a strike outside the ministry of health.",
	}
	for _, text := range texts {
		if len(eventsOf(t, text, "2024-03-01", truce.Protest)) == 0 {
			t.Errorf("%q: no strike", text)
		}
		if evs := eventsOf(t, text, "2024-03-01", truce.Assault); len(evs) > 0 {
			t.Errorf("%q: an attack", text)
		}
	}
	for _, text := range []string{
		"Israel launched a strike on a Hamas commander in Gaza City.",
		"The army carried out a strike on militant hideouts in Waziristan.",
	} {
		if len(eventsOf(t, text, "2024-03-01", truce.Assault)) == 0 {
			t.Errorf("%q: no attack", text)
		}
	}
}

// Police or soldiers searching an office or a home coerce; with the
// arrest they made told after it, the raid is that arrest. A raid that
// kills, or gunmen raiding a village, stays an attack.
func TestMode48PoliceRaid(t *testing.T) {
	for _, text := range []string{
		"Police raided the home of an opposition leader in Dhaka early on Monday.",
		"Security forces raided the offices of an independent broadcaster in Bishkek.",
	} {
		if len(eventsOf(t, text, "2024-03-01", truce.Coerce)) == 0 {
			t.Errorf("%q: no coercion", text)
		}
		if evs := eventsOf(t, text, "2024-03-01", truce.Assault); len(evs) > 0 {
			t.Errorf("%q: an attack", text)
		}
	}
	text := "Ugandan police raided the residence of a pastor in Gulu before dawn and took him to Kampala."
	if len(eventsOf(t, text, "2024-03-01", truce.Coerce, "arrest")) == 0 {
		t.Errorf("%q: no arrest", text)
	}
	text = "Turkish police on Tuesday raided the homes of 20 suspected opposition members, detaining 12."
	if evs := eventsOf(t, text, "2024-03-01", truce.Coerce, "arrest"); len(evs) != 1 {
		t.Errorf("%q: %d arrests, want 1", text, len(evs))
	}
	for _, text := range []string{
		"Soldiers raided a rebel camp near Bunia, killing six fighters.",
		"Israeli troops raided a house in Jenin and killed two gunmen.",
		"Gunmen raided a village in Zamfara state on Sunday.",
	} {
		if len(eventsOf(t, text, "2024-03-01", truce.Assault)) == 0 {
			t.Errorf("%q: no attack", text)
		}
	}
}

// Repression aimed at protests with no one named is aimed at the
// protesters; a crackdown launched is repression.
func TestMode48RepressedProtest(t *testing.T) {
	cases := []struct{ text, tgt string }{
		{"Authorities cracked down on protests against the official result in Minsk.", "BLRPRO"},
		{"Police in Kenya cracked down on demonstrations in Nairobi on Tuesday.", "KENPRO"},
		{"The army launched a crackdown on opposition supporters in Conakry.", "GINOPP"},
	}
	for _, c := range cases {
		evs := eventsOf(t, c.text, "2024-03-01", truce.Coerce)
		if len(evs) == 0 {
			t.Errorf("%q: no coercion", c.text)
			continue
		}
		if len(evs[0].Target) == 0 || evs[0].Target[0].ID != c.tgt {
			t.Errorf("%q: target %v, want %s", c.text, evs[0].Target, c.tgt)
		}
	}
	// A crackdown stepped up is a backdrop, not one act.
	wantNone(t, truce.Coerce, "Nine marchers were shot dead in Bago on Sunday as the junta intensified its crackdown on the opposition.")
}
