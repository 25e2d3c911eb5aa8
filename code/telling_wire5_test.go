package code_test

// Constructions of wire copy written without the coder in mind, fifth
// round: words of praise or blame aimed at an act named only by "it".

import (
	"testing"

	"github.com/truce-project/truce"
)

// TestReactionToPronounAct: "X hailed it as historic" refers back to an
// act told before, and is aimed at whoever did it, not at those who
// answered it in between.
func TestReactionToPronounAct(t *testing.T) {
	tests := []struct{ text, typ, src, want string }{
		{"Ethiopia and Somalia signed a border accord in Nairobi on Monday. Kenyan President William Ruto hailed it as a turning point.", truce.Support, "KEN", "ETH"},
		{"The European Union imposed sanctions on Belarus's army chief on Friday over the crackdown on protesters. Lithuania's foreign minister welcomed it as overdue.", truce.Support, "LTU", "EU"},
		{"The International Criminal Court issued a warrant on Tuesday for Sudan's former interior minister, accusing him of war crimes. Khartoum rejected the decision as meddling. Kenya's foreign ministry praised it as a victory for victims.", truce.Support, "KEN", "ICC"},
		{"Turkish jets bombed Kurdish positions near Qamishli on Sunday. Damascus swiftly condemned it as a breach of Syrian sovereignty.", truce.Accuse, "SYR", "TUR"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			for _, ev := range mustExtract(t, tt.text, "2025-10-22").Events {
				if ev.Type != tt.typ {
					continue
				}
				src := false
				for _, a := range ev.Source {
					src = src || a.ID == tt.src || a.Country == tt.src
				}
				if !src {
					continue
				}
				for _, a := range ev.Target {
					if a.ID == tt.want || a.Country == tt.want {
						return
					}
				}
				t.Errorf("%s aimed at %v, want %s", ev.Type, ev.Target, tt.want)
				return
			}
			t.Errorf("no %s event from %s", tt.typ, tt.src)
		})
	}
}

// TestNamingPraisesDoer: "called the accord a milestone" names another's
// act a step forward, which praises whoever made it.
func TestNamingPraisesDoer(t *testing.T) {
	tests := []struct{ text, src, want string }{
		{"Armenia and Azerbaijan initialled a peace treaty in Washington on Friday. Georgia, which hosted earlier rounds, called the treaty a historic breakthrough.", "GEO", "ARM"},
		{"Sudan's army agreed on Sunday to reopen the Adre crossing for aid convoys. Britain's foreign secretary called the decision an important step.", "GBR", "SDN"},
		{"Serbia and Kosovo agreed on Thursday to recognise each other's licence plates, EU officials said. Albania's prime minister called it a major step forward.", "ALB", "SRB"},
		{"Colombia's government and the ELN signed a deal in Havana on Tuesday. Cuba called the agreement a milestone for the region.", "CUB", "COL"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			for _, ev := range mustExtract(t, tt.text, "2025-10-22").Events {
				if ev.Type != truce.Support {
					continue
				}
				for _, a := range ev.Target {
					if a.ID == tt.want || a.Country == tt.want {
						return
					}
				}
				t.Errorf("praise aimed at %v, want %s", ev.Target, tt.want)
				return
			}
			t.Errorf("no SUPPORT event")
		})
	}
}

// TestReactionSkipsWordsBetween: "welcomed the move" refers back to a
// deed, not to another side's words about it told in between.
func TestReactionSkipsWordsBetween(t *testing.T) {
	tests := []struct{ text, src, want string }{
		{"Poland said on Monday it would send 40 artillery guns to Ukraine. Belarus's foreign ministry called the decision reckless. Kyiv welcomed the move.", "UKR", "POL"},
		{"Japan lifted its ban on seafood imports from South Korea on Friday. China's foreign ministry criticised the step as short-sighted. Seoul praised the decision.", "KOR", "JPN"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			for _, ev := range mustExtract(t, tt.text, "2025-10-22").Events {
				if ev.Type != truce.Support || len(ev.Source) == 0 || ev.Source[0].Country != tt.src {
					continue
				}
				for _, a := range ev.Target {
					if a.ID == tt.want || a.Country == tt.want {
						return
					}
				}
				t.Errorf("welcome aimed at %v, want %s", ev.Target, tt.want)
				return
			}
			t.Errorf("no SUPPORT event from %s", tt.src)
		})
	}
}

// TestLeadingSpeakerBlamesDoer: "Baghdad said the incursion was a breach
// of Iraqi sovereignty": words of blame whose subject is an act noun are
// the speaker's before "said", aimed at who did the act.
func TestLeadingSpeakerBlamesDoer(t *testing.T) {
	tests := []struct{ text, src, want string }{
		{"Turkish troops crossed into northern Iraq on Monday. Baghdad said the incursion was a violation of Iraqi sovereignty.", "IRQ", "TUR"},
		{"Eritrean soldiers entered a border district of Sudan on Friday. Khartoum said on Saturday that the incursion was a flagrant violation of its sovereignty.", "SDN", "ERI"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			for _, ev := range mustExtract(t, tt.text, "2025-10-22").Events {
				if ev.Type != truce.Accuse {
					continue
				}
				src := false
				for _, a := range ev.Source {
					src = src || a.Country == tt.src
				}
				tgt := false
				for _, a := range ev.Target {
					tgt = tgt || a.Country == tt.want
				}
				if src && tgt {
					return
				}
				t.Errorf("ACCUSE %v → %v, want %s → %s", ev.Source, ev.Target, tt.src, tt.want)
				return
			}
			t.Errorf("no ACCUSE event")
		})
	}
}

// TestDefinitePartiesAreTheSides: "The parties are to resume talks"
// opens with the article's two sides as its subject.
func TestDefinitePartiesAreTheSides(t *testing.T) {
	tests := []struct{ text, typ, a, b string }{
		{"Sudan's army and the Rapid Support Forces signed a truce in Jeddah on Saturday. The parties are to resume talks in Cairo next month.", truce.Consult, "SDN", "RSF"},
		{"Ethiopia's government and the Tigray People's Liberation Front agreed to a truce in Pretoria. The warring parties are expected to hold fresh talks in Nairobi next week.", truce.Consult, "ETH", "TPLF"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			for _, ev := range mustExtract(t, tt.text, "2025-10-22").Events {
				if ev.Type != tt.typ || ev.Evidence.Start == 0 {
					continue
				}
				has := func(as []truce.Actor, w string) bool {
					for _, a := range as {
						if a.ID == w || a.Country == w {
							return true
						}
					}
					return false
				}
				if has(ev.Source, tt.a) && has(ev.Target, tt.b) || has(ev.Source, tt.b) && has(ev.Target, tt.a) {
					return
				}
				t.Errorf("%s %v → %v, want %s and %s", ev.Type, ev.Source, ev.Target, tt.a, tt.b)
				return
			}
			t.Errorf("no %s event in the second sentence", tt.typ)
		})
	}
}
