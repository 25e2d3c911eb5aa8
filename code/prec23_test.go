package code_test

// Precision cases common to several blind batches (wire17–wire22): talks
// named without being held, and a promise whose content is harm.

import (
	"testing"
)

// Talks a party is ready for, a step clears the way for, a condition asks
// for, or a party is called to, were not held; talks held stay.
func TestPrec23TalksNotHeld(t *testing.T) {
	tests := []struct {
		name, pub, text, typ string
		n                    int
	}{
		{"ready to hold talks", "2024-05-02",
			"The rebels said they were ready to hold direct talks with the governor.", "CONSULT", 0},
		{"open to negotiations", "2024-05-02",
			"Armenia and Azerbaijan both said on Monday they remained open to negotiations.", "CONSULT", 0},
		{"open to talks with", "2024-05-02",
			"Kazakhstan said on Tuesday that it was open to talks with Kyrgyzstan over the water dispute.", "CONSULT", 0},
		{"unless it opened talks", "2024-05-02",
			"The Tuareg rebels said they would keep fighting unless Mali's junta opened talks with them.", "CONSULT", 0},
		{"unless it resumed negotiations", "2024-05-02",
			"France warned it would suspend aid unless Niger's junta resumed negotiations with ECOWAS.", "CONSULT", 0},
		{"called two states to talks", "2024-05-02",
			"The African Union called Ethiopia and Eritrea to talks in Addis Ababa.", "CONSULT", 0},
		{"urged to open negotiations", "2024-05-02",
			"Kenya's president urged the Somali government to open negotiations with Jubaland.", "CONSULT", 0},
		{"clears the way for talks", "2024-05-02",
			"Serbia's parliament approved a deal with Kosovo that clears the way for accession talks with the European Union.", "CONSULT", 0},
		{"a step towards talks", "2024-05-02",
			"The ceasefire was a step towards peace talks between Colombia and the ELN.", "CONSULT", 0},
		{"talks held stay", "2024-05-02",
			"The Uzbek and Kazakh foreign ministers held talks in Tashkent on Monday.", "CONSULT", 1},
		{"talks resumed stay", "2024-05-02",
			"Sudan's army and the RSF resumed talks in Jeddah on Sunday.", "CONSULT", 1},
	}
	for _, tt := range tests {
		wantTypeCount(t, tt.name, tt.text, tt.pub, tt.typ, tt.n)
	}
}

// A promise of harm to someone is a threat, not an agreement; a promise
// of help stays a promise, even when harm is its condition.
func TestPrec23PromisedHarm(t *testing.T) {
	tests := []struct {
		name, pub, text, typ string
		n                    int
	}{
		{"promised to arrest", "2024-05-02",
			"The governor of Sokoto promised to arrest the bandit leaders before the rains.", "THREATEN", 1},
		{"promised to arrest is no agreement", "2024-05-02",
			"The governor of Sokoto promised to arrest the bandit leaders before the rains.", "AGREE", 0},
		{"vowed to 'crush' them", "2024-05-02",
			"Ecuador's interior minister vowed to 'crush' the Choneros gang.", "THREATEN", 1},
		{"promised those responsible would be punished", "2024-05-02",
			"Kenya's president condemned the ambush and promised that those responsible would be punished.", "AGREE", 0},
		{"pledged help if attacked stays a promise", "2024-05-02",
			"Wellington pledged to help Niue if it is struck by a cyclone or an armed attack.", "THREATEN", 0},
	}
	for _, tt := range tests {
		wantTypeCount(t, tt.name, tt.text, tt.pub, tt.typ, tt.n)
	}
}

// The charge that set attackers on their victim is the attack's pretext,
// no accusation of its own; a state's charge against those it punishes
// stays.
func TestPrec23VictimAccused(t *testing.T) {
	tests := []struct {
		name, pub, text, typ string
		n                    int
	}{
		{"beat to death after another accused him", "2024-05-02",
			"A mob beat a shopkeeper to death in Jhelum on Monday after a customer accused him of blasphemy.", "ACCUSE", 0},
		{"stoned and burned, accusing her", "2024-05-02",
			"Students in Kano stoned a classmate to death on Friday and burned her body, accusing her of insulting the Prophet.", "ACCUSE", 0},
		{"beaten after being accused", "2024-05-02",
			"Three herders were beaten to death by vigilantes in Rajasthan after being accused of stealing goats.", "ACCUSE", 0},
		{"the attack stays", "2024-05-02",
			"A mob beat a shopkeeper to death in Jhelum on Monday after a customer accused him of blasphemy.", "ASSAULT", 1},
		{"a state's charge with a sanction stays", "2024-05-02",
			"Washington imposed sanctions on Serbia's intelligence chief on Tuesday, accusing him of aiding Russian influence operations.", "ACCUSE", 1},
	}
	for _, tt := range tests {
		wantTypeCount(t, tt.name, tt.text, tt.pub, tt.typ, tt.n)
	}
}

// A demand a rally was held for is what the protest was for, even with a
// part of the day between them that the tagger reads as a verb.
func TestPrec23RallyPurposeEvening(t *testing.T) {
	tests := []struct {
		name, pub, text, typ string
		n                    int
	}{
		{"rallied on Friday evening to demand", "2024-05-02",
			"Thousands of Georgians rallied in Batumi on Friday evening to demand that the government call early elections.", "REQUEST", 0},
		{"marched on Sunday morning to demand", "2024-05-02",
			"Hundreds of Kenyans marched in Nakuru on Sunday morning to demand the release of the detained activists.", "REQUEST", 0},
		{"marched through the evening to demand", "2024-05-02",
			"Students marched through the evening in Dhaka to demand the release of their classmates.", "REQUEST", 0},
		{"the rally stays", "2024-05-02",
			"Thousands of Georgians rallied in Batumi on Friday evening to demand that the government call early elections.", "PROTEST", 1},
	}
	for _, tt := range tests {
		wantTypeCount(t, tt.name, tt.text, tt.pub, tt.typ, tt.n)
	}
}

// A journey by private people or the press is no diplomatic visit; an
// official's stays.
func TestPrec23PrivateTrip(t *testing.T) {
	tests := []struct {
		name, pub, text, typ string
		n                    int
	}{
		{"freed hostages flew home", "2024-05-02",
			"Three Thai farm workers held in Gaza flew to Bangkok on Sunday after their release.", "CONSULT", 0},
		{"students arrived on a march", "2024-05-02",
			"Hundreds of Bangladeshi students who had marched from Dhaka arrived in Chittagong on Friday.", "CONSULT", 0},
		{"a minister's trip stays", "2024-05-02",
			"Thailand's foreign minister flew to Phnom Penh on Sunday for talks on the border.", "CONSULT", 1},
	}
	for _, tt := range tests {
		wantTypeCount(t, tt.name, tt.text, tt.pub, tt.typ, tt.n)
	}
}
