package code_test

// Precision cases of issue 3 (prec29): one act told by two triggers, and
// words that name a setting, a frame or a content rather than an act.

import "testing"

type prec29Case struct {
	name, text, typ string
	n               int
}

func runPrec29(t *testing.T, tests []prec29Case) {
	t.Helper()
	for _, tt := range tests {
		wantTypeCount(t, tt.name, tt.text, "2024-03-01", tt.typ, tt.n)
	}
}

// Arms listed after a verb of seizing, finding or making, past commas,
// were taken or kept, not used.
func TestPrec29ArmsInHaul(t *testing.T) {
	runPrec29(t, []prec29Case{
		{"a haul listed past commas", "Customs officers in Durres said they had recovered pistols, two rocket launchers and a box of hand grenades from a lorry on Friday.", "ASSAULT", 0},
		{"a workshop to assemble rockets", "Iraqi security forces said they had uncovered a workshop used to assemble rockets and drones in Basra and arrested three men.", "ASSAULT", 0},
		{"arms fired stay an attack", "Rebels fired rockets, mortars and grenades at an army base near Goma on Monday, killing two soldiers.", "ASSAULT", 1},
	})
}

// A comma participle of the same lexicon row, and a second means in a
// list, tell the act just told again.
func TestPrec29OneActTwoTriggers(t *testing.T) {
	runPrec29(t, []prec29Case{
		{"surrendered, handing over rifles", "Fifteen Abu Sayyaf fighters surrendered to Philippine marines in Basilan on Friday, handing over twelve rifles and a mortar.", "RETREAT", 1},
		{"stun grenades and tear gas", "Unrest reached Naryn on Tuesday, where police used stun grenades and tear gas against demonstrators overnight.", "ASSAULT", 1},
	})
}

// A meeting that only places the subject, that people were leaving, that
// an attack hit, or that envoys are recalled for is no meeting event; a
// meeting with someone still is.
func TestPrec29MeetingAside(t *testing.T) {
	runPrec29(t, []prec29Case{
		{"ministers, meeting in Dakar, agreed", "Police chiefs from five Sahel states, meeting in Dakar on Monday, agreed to pool intelligence on jihadist groups.", "CONSULT", 0},
		{"the agreement stays", "Police chiefs from five Sahel states, meeting in Dakar on Monday, agreed to pool intelligence on jihadist groups.", "AGREE", 1},
		{"as they left a party meeting", "Burundian police arrested four CNL activists in Muyinga on Friday as they left a party meeting.", "CONSULT", 0},
		{"the arrest stays", "Burundian police arrested four CNL activists in Muyinga on Friday as they left a party meeting.", "COERCE", 1},
		{"as he left a clan meeting", "Gunmen shot dead a councillor in Kismayo on Monday as he left a clan meeting, police said.", "CONSULT", 0},
		{"at a tribal meeting", "A suicide bomber killed nine people at a tribal meeting in Bajaur on Sunday, police said.", "CONSULT", 0},
		{"the bombing stays", "A suicide bomber killed nine people at a tribal meeting in Bajaur on Sunday, police said.", "ASSAULT", 1},
		{"recalled for immediate consultations", "Senegal on Monday recalled its ambassador to Paris for immediate consultations, a day after France expelled two Senegalese diplomats.", "CONSULT", 0},
		{"meeting someone is a meeting", "Kenya's president flew to Addis Ababa on Monday, meeting Ethiopia's prime minister at his office.", "CONSULT", 1},
		{"a ban on meetings", "Tanzania's police chief lifted a ban on opposition meetings in Mwanza on Thursday.", "CONSULT", 0},
		{"the lifting stays", "Tanzania's police chief lifted a ban on opposition meetings in Mwanza on Thursday.", "CONCEDE", 1},
		{"hosts refugees", "Lebanon hosts about 1.5 million Syrians, the UN says.", "CONSULT", 0},
		{"hosted ministers", "Qatar hosted the foreign ministers of Egypt and Turkey in Doha on Monday for talks on Gaza.", "CONSULT", 1},
	})
}

// What an agreement allows, what talks are about, and an agreement an act
// is part of, denied, or already in force tell no act of that day.
func TestPrec29AgreementFrame(t *testing.T) {
	runPrec29(t, []prec29Case{
		{"a pact that allowed instructors", "Chad's government on Friday scrapped a defence pact that allowed German instructors to train its special forces.", "RETREAT", 0},
		{"talks on granting access", "The two governments will open talks next month on granting Uganda access to the port of Mombasa.", "RETREAT", 0},
		{"discussed reopening a crossing", "The presidents discussed reopening the Rafah crossing to aid lorries, an aide said.", "RETREAT", 0},
		{"part of an agreement", "Guatemala sent 1,500 police officers to its northern frontier on Friday, part of an agreement under which Washington will fund their training.", "AGREE", 0},
		{"end an agreement", "Samoa will end its coast guard cooperation agreement with Australia next year, its foreign minister said.", "AGREE", 0},
		{"no deal", "Ukraine's military said two missiles hit the port and that the United States had no deal with Moscow.", "AGREE", 0},
		{"a signed agreement stays", "Fiji and China signed a police training agreement in Suva on Thursday.", "AGREE", 1},
	})
}

// States, spans of time and goods on sale are no acts.
func TestPrec29NoAct(t *testing.T) {
	runPrec29(t, []prec29Case{
		{"remained shut", "Banks and markets in Kano remained shut for a third day on Wednesday.", "COERCE", 0},
		{"the war entered its third year", "Drones struck a fuel depot in Port Sudan on Tuesday as the war between the army and the paramilitaries entered its third year.", "COERCE", 0},
		{"the drone strike stays", "Drones struck a fuel depot in Port Sudan on Tuesday as the war between the army and the paramilitaries entered its third year.", "ASSAULT", 1},
		{"batches withdrawn", "Ghana's drugs authority ordered the withdrawal of four batches of a cough syrup on Monday.", "RETREAT", 0},
	})
}

// What the victims of an act were accused of is no accusation of its
// own; an accuser named in the relative clause makes one.
func TestPrec29ChargeOfVictim(t *testing.T) {
	runPrec29(t, []prec29Case{
		{"a youth they accused", "Villagers near Uvira stoned and burned to death a youth they accused of spying for the rebels on Friday, police said.", "ACCUSE", 0},
		{"activists accused of torching a van", "Officers in Khulna said they had detained several opposition activists accused of torching a police van on Friday.", "ACCUSE", 0},
		{"the detention stays", "Officers in Khulna said they had detained several opposition activists accused of torching a police van on Friday.", "COERCE", 1},
		{"whom the security service accused", "Georgian police detained three charity workers, whom the security service accused of passing secrets to Moscow.", "ACCUSE", 1},
	})
}

// An arrest a protest is against was told before; a warning of a fact
// threatens no one, a warning of what will be done does.
func TestPrec29GrievanceAndWarning(t *testing.T) {
	runPrec29(t, []prec29Case{
		{"protesting against the arrest", "Troops fired on students protesting against the arrest of their union leader in Jos on Monday, wounding three.", "COERCE", 0},
		{"the shooting stays", "Troops fired on students protesting against the arrest of their union leader in Jos on Monday, wounding three.", "ASSAULT", 1},
		{"warning that a fact holds", "The UN children's agency urged Kabul to reopen girls' schools, warning that a generation of girls was losing its education.", "THREATEN", 0},
		{"the appeal stays", "The UN children's agency urged Kabul to reopen girls' schools, warning that a generation of girls was losing its education.", "REQUEST", 1},
		{"warning of what will be done", "Hezbollah warned that it would strike back if the raids continued.", "THREATEN", 1},
		{"warning that it stood ready", "Hezbollah warned that it was ready to strike Israeli positions if the raids continued.", "THREATEN", 1},
		{"without warning", "Kyrgyz officials said on Friday that police had been cleared to shoot to kill without warning, as soldiers guarded government buildings in Bishkek.", "THREATEN", 1},
	})
}

// An attack plotted or kept from happening was not carried out.
func TestPrec29AttackNotDone(t *testing.T) {
	runPrec29(t, []prec29Case{
		{"accused of plotting attacks", "Moroccan police arrested five men in Agadir on Friday accused of plotting attacks on tourist hotels.", "ASSAULT", 0},
		{"the arrest stays", "Moroccan police arrested five men in Agadir on Friday accused of plotting attacks on tourist hotels.", "COERCE", 1},
		{"to counter raids", "Benin's army opened a new post near the Park W on Monday to counter raids by jihadist fighters.", "ASSAULT", 0},
		{"an attack carried out", "Militants attacked a police post in Bannu overnight, killing two officers.", "ASSAULT", 1},
	})
}

// A deployment noun after the move it names sums it up.
func TestPrec29DeploymentSummed(t *testing.T) {
	runPrec29(t, []prec29Case{
		{"ending years of deployment", "Portugal's last peacekeepers left the Central African Republic on Sunday after handing their camp in Bangui to local troops, ending eight years of Portuguese military deployment there.", "MOBILIZE", 0},
		{"a deployment stays", "Kenya deployed 400 police officers to Haiti on Tuesday.", "MOBILIZE", 1},
	})
}

// "Dismissed" in the passive removes someone from a post; active, it
// rejects a claim.
func TestPrec29DismissedFromPost(t *testing.T) {
	runPrec29(t, []prec29Case{
		{"was dismissed", "The police chief of Lagos state was dismissed on Friday after the jailbreak.", "REJECT", 0},
		{"the director dismissed last week", "Colonel Ba, the prison director dismissed last week, was questioned by prosecutors in Dakar on Monday.", "REJECT", 0},
		{"dismissed a report", "Armenia's defence ministry dismissed the report as disinformation.", "REJECT", 1},
	})
}

// One chemical attack told by its weapon and its agent is one event, with
// the agent's mode.
func TestPrec29ChemicalCarrier(t *testing.T) {
	text := "Kurdish militia commanders accused Turkish troops of firing mortar rounds that released chlorine on their tunnels near Zakho on Tuesday, saying five fighters were treated in hospital."
	x := mustExtract(t, text, "2024-03-01")
	n := 0
	for _, ev := range x.Events {
		if ev.Type != "ASSAULT" {
			continue
		}
		n++
		if ev.Mode != "unconventional" {
			t.Errorf("rounds that released chlorine: got mode %q, want unconventional", ev.Mode)
		}
	}
	if n != 1 {
		t.Errorf("rounds that released chlorine: %d ASSAULT events, want 1", n)
	}
}

// What words were about is no event of its own.
func TestPrec29TopicOfWords(t *testing.T) {
	runPrec29(t, []prec29Case{
		{"an interview about the riots", "Police in Algiers arrested a novelist on Friday, two days after he gave an interview about the riots.", "PROTEST", 0},
		{"the arrest stays", "Police in Algiers arrested a novelist on Friday, two days after he gave an interview about the riots.", "COERCE", 1},
		{"lies about an ambush", "Mali's junta banned a French television channel on Sunday, accusing it of spreading lies about an ambush on a convoy.", "ASSAULT", 0},
		{"about as a count", "Israeli jets carried out about 40 air strikes on Hezbollah positions in southern Lebanon on Monday.", "ASSAULT", 1},
	})
}

// A power to detain holds no one.
func TestPrec29ArrestNotMade(t *testing.T) {
	runPrec29(t, []prec29Case{
		{"powers to detain", "Argentina's new security law gives police powers to detain protesters who block roads.", "COERCE", 0},
		{"an arrest stays", "Police in Quito arrested twelve protesters on Monday.", "COERCE", 1},
	})
}

// A crowd that beat and burned a person did one thing to its victim; a
// building set on fire stays arson.
func TestPrec29SharedObjectVerb(t *testing.T) {
	runPrec29(t, []prec29Case{
		{"beat and burned a man", "A crowd in Mbuji-Mayi beat and burned a man they blamed for a string of thefts, police said.", "PROTEST", 0},
		{"the beating stays", "A crowd in Mbuji-Mayi beat and burned a man they blamed for a string of thefts, police said.", "ASSAULT", 1},
		{"a police station set on fire", "Rioters set fire to a police station and a bank in Saint-Louis on Tuesday.", "PROTEST", 1},
	})
}
