package code_test

// Events dropped at build time (round 31): arrests told in the passive
// whose subject is no plain common noun, and words whose speaker is a
// description standing for the one quoted just before.

import (
	"testing"

	"github.com/truce-project/truce"
)

// An arrest in the passive with no one named as making it is the
// police's of the country, though the one held is counted, aged, named
// but unknown, or described in an aside.
func TestBuild31PassiveArrestSubject(t *testing.T) {
	tests := []struct{ name, text, police string }{
		{"count with ages in an aside",
			"Unknown attackers set fire to a barn near Bratunac in eastern Bosnia last week. Two brothers, aged 27 and 30, were arrested in Zvornik on Tuesday on suspicion of threatening returnees.",
			"BIHCOP"},
		{"age noun with a participle aside",
			"A bus carrying pilgrims came under fire near Kumanovo on Sunday, police in North Macedonia said. The 37-year-old, identified only as D.K., was arrested at his home on Monday.",
			"MKDCOP"},
		{"unknown name",
			"Shots were fired at a polling station in Elbasan on Sunday, Albanian police said. Arben Kolaj was arrested on Monday over the shooting.",
			"ALBCOP"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex := mustExtract(t, tt.text, "2024-03-02")
			for _, ev := range ex.Events {
				if ev.Type == truce.Coerce && ev.Mode == "arrest" && len(ev.Source) > 0 && ev.Source[0].ID == tt.police {
					return
				}
			}
			t.Errorf("no arrest by %s: %+v", tt.police, ex.Events)
		})
	}
}

// Words whose subject is a description or a pronoun opening the sentence
// are those of the one the sentence before was attributed to, when the
// description fits it.
func TestBuild31QuotedSpeaker(t *testing.T) {
	tests := []struct{ name, text, source string }{
		{"the party for an opposition spokesman",
			"Ruling-party youths beat four opposition campaigners in Burundi's Ngozi province on Sunday, an opposition spokesman said. The party accused the local administrator of protecting the attackers.",
			"BDIOPP"},
		{"a pronoun for a quoted minister",
			"Zambia banned all opposition rallies in Lusaka on Friday, the home affairs minister, Daniel Mwale, said. He accused opposition leaders of planning violence.",
			"ZMBGOV"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex := mustExtract(t, tt.text, "2024-03-02")
			for _, ev := range ex.Events {
				if ev.Type == truce.Accuse && len(ev.Source) > 0 && ev.Source[0].ID == tt.source {
					return
				}
			}
			t.Errorf("no accusation by %s: %+v", tt.source, ex.Events)
		})
	}
}

// A description that does not fit whom the sentence before quoted is
// left without a speaker: the ministry is not the opposition.
func TestBuild31QuotedSpeakerMisfit(t *testing.T) {
	text := "Ruling-party youths beat four opposition campaigners in Burundi's Ngozi province on Sunday, an opposition spokesman said. The ministry accused the campaigners of provoking the youths."
	ex := mustExtract(t, text, "2024-03-02")
	for _, ev := range ex.Events {
		if ev.Type == truce.Accuse && len(ev.Source) > 0 && ev.Source[0].Sector == "OPP" {
			t.Errorf("accusation given to the opposition: %+v", ev)
		}
	}
}

// A two-sided verb whose subject stands for the two sides unnamed ("the
// two sides", "both sides", "the two countries' teams") is between the
// pair the story has named.
func TestBuild31SidesSubject(t *testing.T) {
	tests := []struct {
		name, text, kind string
		pair             [2]string
	}{
		{"the two sides",
			"Kenya's trade minister Joseph Wambua arrived in Dodoma on Thursday for a two-day visit and signed a deal under which Nairobi will buy maize from Tanzania. The two sides also agreed to reopen the Namanga border post to lorries, Tanzania's foreign ministry said.",
			truce.Agree, [2]string{"KEN", "TZA"}},
		{"both sides with a past perfect",
			"Sudanese troops clashed with South Sudanese forces near Heglig on Friday, killing eleven soldiers. By Sunday both sides had accepted a ceasefire brokered by Addis Ababa.",
			truce.Agree, [2]string{"SDN", "SSD"}},
		{"a body of each of the two countries",
			"Laos and Cambodia signed a border demarcation protocol in Vientiane on Friday. The two countries' survey teams are due to meet again in Phnom Penh next month.",
			truce.Consult, [2]string{"LAO", "KHM"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex := mustExtract(t, tt.text, "2024-03-02")
			for _, ev := range ex.Events {
				if ev.Type != tt.kind || len(ev.Source) == 0 || len(ev.Target) == 0 || ev.Evidence.Start == 0 {
					continue
				}
				s, g := ev.Source[0].Country, ev.Target[0].Country
				if s == tt.pair[0] && g == tt.pair[1] || s == tt.pair[1] && g == tt.pair[0] {
					return
				}
			}
			t.Errorf("no %s between %v in the second sentence: %+v", tt.kind, tt.pair, ex.Events)
		})
	}
}
