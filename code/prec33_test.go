package code_test

// Precision cases of issue 3 (prec33): extra events in sentences that do
// hold news: a protest word recoded as the force used on it beside the
// force act itself, burning hung as a participle on the raid that did it,
// a blame in a clause that only says which act is meant, and an act named
// after "without" or "party to".

import "testing"

type prec33Case struct {
	name, text, typ string
	n               int
}

func runPrec33(t *testing.T, tests []prec33Case) {
	t.Helper()
	for _, tt := range tests {
		wantTypeCount(t, tt.name, tt.text, "2024-06-10", tt.typ, tt.n)
	}
}

// "used water cannon to break up a rally": one dispersal, told by the
// force; the rally broken up is not a second act of the police. A rally
// broken up with no other word for the force keeps its record.
func TestPrec33ProtestAsForce(t *testing.T) {
	runPrec33(t, []prec33Case{
		{"water cannon to break up a rally", "Security forces in Conakry used water cannon to break up a rally on Thursday by several thousand opposition supporters, a reporter said.", "COERCE", 1},
		{"an attack on the rally beside coercion stays", "Police in Harare used water cannon and batons to break up a rally outside the electoral commission against the new voting law late on Monday and detained several students, the interior ministry said.", "ASSAULT", 1},
		{"water cannon to break up a march", "Security forces in Kinshasa used water cannon to break up a march on Friday by several hundred nurses demanding unpaid wages, a local journalist said.", "COERCE", 1},
		{"the march itself is still told", "Security forces in Kinshasa used water cannon to break up a march on Friday by several hundred nurses demanding unpaid wages, a local journalist said.", "PROTEST", 1},
		{"broke up a rally alone stays", "Police in Lusaka broke up a rally by market traders on Monday.", "COERCE", 1},
	})
}

// Burning hung on the main act by a comma participle is that act's
// damage; burning listed beside harm to people, or told by a verb of its
// own, is coded for itself.
func TestPrec33ArsonAside(t *testing.T) {
	runPrec33(t, []prec33Case{
		{"stormed a village, torching", "Bandits stormed a village in Nigeria's Zamfara state on Sunday, torching the health post, local officials said.", "ASSAULT", 1},
		{"seized a station, freeing and setting on fire", "Al-Shabaab fighters seized a police station in Somalia's Hiran region on Saturday, freeing detainees and setting the building on fire, residents said.", "ASSAULT", 1},
		{"shelled villages, setting fire", "Russian artillery shelled villages near Kherson on Friday, setting fire to wheat fields, Ukrainian officials said.", "ASSAULT", 1},
		{"torching beside beating stays", "Al-Shabaab fighters attacked a village in Somalia's Hiran region on Saturday, torching huts and beating elders, residents said.", "ASSAULT", 2},
		{"and torched, a verb of its own, stays", "Al-Shabaab fighters attacked a village in Somalia's Hiran region on Saturday and torched twenty huts, residents said.", "ASSAULT", 2},
		{"setting ablaze and abducting stays", "Jihadists ambushed a convoy of lorries near Nioro on Sunday, setting ten trucks ablaze and abducting several drivers, a union said.", "ASSAULT", 3},
	})
}

// A blame bound to its noun with no comma says which act is meant; a
// blame of its own, or one set off by a comma, is news.
func TestPrec33BlameNames(t *testing.T) {
	runPrec33(t, []prec33Case{
		{"attacks that he blamed on gangs", "The governor of Kano imposed a curfew on the town on Monday after a series of arson attacks on markets that he blamed on smuggling gangs.", "ACCUSE", 0},
		{"bombings it blamed on", "Kenya closed its border crossing at Mandera on Tuesday, citing a wave of roadside bombings it blamed on al-Shabaab fighters.", "ACCUSE", 0},
		{"a main-clause blame stays", "Police in Kano blamed the gang for the attack on Friday.", "ACCUSE", 1},
		{"a comma clause stays", "Four soldiers died in the ambush, which the army blamed on jihadist fighters.", "ACCUSE", 1},
	})
}

// An act named after "without" did not happen, and one after "party to"
// only places a side outside an act told elsewhere; an agreement reached
// is news.
func TestPrec33NounWithout(t *testing.T) {
	runPrec33(t, []prec33Case{
		{"ended without agreement", "Three rounds of talks between the two governments in Doha ended without agreement.", "AGREE", 0},
		{"was not party to the accord", "Qatar, which was not party to the accord, urged both sides to honour it.", "AGREE", 0},
		{"not party to the ceasefire agreement", "The separatist militia was not party to the ceasefire agreement signed in Nairobi.", "AGREE", 0},
		{"ended without arrests", "Police in Seoul said the union march ended peacefully and without arrests.", "COERCE", 0},
		{"made arrests stays", "Police in Seoul made arrests after the union march on Saturday.", "COERCE", 1},
		{"reached an agreement stays", "Sudan and South Sudan reached an agreement on oil transit fees on Monday.", "AGREE", 1},
	})
}
