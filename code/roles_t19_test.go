package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// Whom an act is aimed at, in constructions met in the nineteenth round
// of blind wire copy: an arrest told by a bare head count ("Dozens were
// detained", "the ministry said 700 people had been arrested") holds the
// protesters told just before, never the speaker of the count; a demand
// to free captives "held by" someone is aimed at that holder; a reaction
// to "the arrest" or "the detentions" at who made them; tear gas fired
// at no one named, after a rally, at the protesters; forces "ordered to
// neutralise" a group are sent against that group.
// Each text is in the project's own words; a case passes when some event
// of the type runs from source to target (an empty source or target is
// not checked) and no event of the type has notTarget as its target or
// notSource as its source.
func TestRolesT19(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notSource, notTarget string
	}{
		{"count detained after a march, next sentence",
			"Thousands of students marched through Lomé on Saturday against the new constitution. Dozens were detained.",
			truce.Coerce, "", "TGOPRO", "", "TGOCVL"},
		{"speaker of the count after a road blockade",
			"Truckers blocked highways across Bolivia on Monday over fuel shortages. Interior Minister Eduardo del Castillo said hundreds had been arrested.",
			truce.Coerce, "", "BOLPRO", "", "BOLGOV"},
		{"speaker of the count in the protest's own sentence",
			"Thousands of people rallied against the election result in Yerevan, and the interior ministry said about 700 people had been detained.",
			truce.Coerce, "", "ARMPRO", "", "ARMGOV"},
		{"the speaker's country picks among two protests",
			"Crowds stormed the Danish embassy in Tehran on Friday, angered by a Koran burning in Copenhagen. Iranian police said about 30 people had been detained.",
			truce.Coerce, "", "IRNPRO", "", "DNKPRO"},
		{"no protest: the speaker is still no captive",
			"Police raided a house in Lahore on Sunday. The interior ministry said 12 people had been detained.",
			truce.Coerce, "", "", "", "PAKGOV"},
		// "the release of X held by Y": the holder is the target, not
		// the captives' country.
		{"release of hostages held by a group",
			"Jordan called for the release of the hostages held by Hamas.",
			truce.Request, "JOR", "HAMAS", "", "JORCVL"},
		{"release of engineers kidnapped by gunmen",
			"Rome demanded the immediate release of the three Italian engineers kidnapped by gunmen near Sabha.",
			truce.Request, "ITA", "LBYREB", "", ""},
		{"release of sailors seized by pirates",
			"The Dutch foreign minister urged the release of two Dutch sailors seized by Somali pirates.",
			truce.Request, "NLD", "SOMCRM", "", ""},
		// "called the detentions unacceptable": a reaction to an arrest
		// told before is aimed at who made it.
		{"reaction to detentions, sentence before",
			"Riot police detained dozens of opposition supporters in Yerevan on Tuesday. The European Union called the detentions unacceptable.",
			truce.Accuse, "EU", "ARMCOP", "", ""},
		{"relative denounces an arrest told two sentences back",
			"Police in Manila arrested the former mayor on Monday. He had served two terms. His daughter, Senator Ana Cruz, denounced the arrest as persecution.",
			truce.Accuse, "", "PHLCOP", "", ""},
		{"arrests called an act of aggression two sentences on",
			"Serbian police arrested three Kosovar border guards on Friday near Jarinje. Belgrade says the men crossed the line. Pristina called the arrests an act of aggression.",
			truce.Accuse, "XKX", "SRBCOP", "", ""},
		// "Police fired tear gas and water cannon" after a rally: at the
		// protesters, not at civilians at large.
		{"tear gas with no object after a rally",
			"Thousands rallied in Tirana against the mayor on Friday. Police fired tear gas and water cannon.",
			truce.Assault, "ALBCOP", "ALBPRO", "", "ALBCVL"},
		{"tear gas at the crowds after a march",
			"Students marched on the presidential palace in Dakar on Monday over the postponed election. Police fired tear gas at the crowds.",
			truce.Assault, "SENCOP", "SENPRO", "", "SENCVL"},
		{"rubber bullets in the protest's own sentence",
			"Hundreds of farmers blocked the highway near Asuncion, and police fired rubber bullets.",
			truce.Assault, "", "PRYPRO", "", "PRYCVL"},
		// "ordered the armed forces to neutralise X": X, not the forces
		// inside the trigger, is whom they are sent against.
		{"forces ordered to neutralise a named group",
			"President Gustavo Petro ordered the armed forces to neutralise the ELN.",
			truce.Mobilize, "COLGOV", "ELN", "", "COLMIL"},
		{"army ordered to dismantle gangs",
			"Honduras's president ordered the army to dismantle the MS-13 gang on Monday.",
			truce.Mobilize, "", "MS13", "", "HNDMIL"},
		{"troops ordered to hunt down rebels",
			"The president ordered troops to pursue the ADF rebels after the massacre near Beni.",
			truce.Mobilize, "", "ADF", "", "CODMIL"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget)
		})
	}
}
