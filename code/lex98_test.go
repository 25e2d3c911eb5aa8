package code_test

import "testing"

// TestLex98ViolentActs: common news phrasings of beatings, torture,
// gunfire, heavy fire, captures and detention that coded nothing before
// (found by probing own sentences, not from dev): "roughed up",
// "waterboarded", "peppered with gunfire", "rained shells on", "knifed",
// "manhandled", "took hostage", people of the kinds the state arrests
// "picked up" by forces, "held incommunicado", a drone called an
// unmanned aerial vehicle; and look-alikes the rows must leave alone.
func TestLex98ViolentActs(t *testing.T) {
	tests := []constructionCase{
		{name: "roughed up", text: "Police roughed up two reporters outside the court in Dhaka on Monday.", typ: "ASSAULT", cameo: "182"},
		{name: "roughed up passive", text: "A reporter was roughed up by police in Lahore on Friday.", typ: "ASSAULT", cameo: "182"},
		{name: "waterboarded", text: "Police waterboarded two detainees at a prison in Kenya, a rights group said.", typ: "ASSAULT", cameo: "1822"},
		{name: "peppered with gunfire", text: "Gunmen peppered the soldiers with gunfire near Timbuktu on Sunday.", typ: "ASSAULT"},
		{name: "rained mortars on", text: "Insurgents rained mortars on the army base in Baidoa overnight.", typ: "ASSAULT", cameo: "194"},
		{name: "rained missiles down on", text: "The militia rained missiles down on the port of Hodeidah.", typ: "ASSAULT", cameo: "194"},
		{name: "picked up journalists", text: "Police picked up three journalists in Harare on Monday.", typ: "COERCE", cameo: "173"},
		{name: "picked up opposition activists", text: "Troops picked up two opposition activists in Bamako.", typ: "COERCE", cameo: "173"},
		{name: "picked up by police", text: "The blogger was picked up by police in Lahore on Friday.", typ: "COERCE", cameo: "173"},
		{name: "knifed", text: "A gunman knifed two guards at the embassy in Paris.", typ: "ASSAULT", cameo: "182"},
		{name: "knifed to death", text: "Attackers knifed a man to death in London on Saturday.", typ: "ASSAULT"},
		{name: "manhandled", text: "Police manhandled reporters in Kinshasa on Tuesday.", typ: "ASSAULT", cameo: "182"},
		{name: "took hostage", text: "Gunmen took hostage ten workers in Niger.", typ: "ASSAULT", cameo: "181"},
		{name: "unmanned aerial vehicle", text: "An unmanned aerial vehicle targeted a car near Kidal on Sunday.", typ: "ASSAULT", cameo: "195"},
		{name: "uav", text: "Unmanned aerial vehicles hit an army depot in Sudan.", typ: "ASSAULT", cameo: "195"},
		{name: "held incommunicado passive", text: "The lawyer was held incommunicado by police in Cairo last week.", typ: "COERCE", cameo: "173"},

		{name: "picked up an award", text: "The mayor of Lagos picked up an award at the ceremony.", typ: "COERCE", no: true},
		{name: "bus picked up passengers", text: "The bus picked up passengers in Nairobi.", typ: "COERCE", no: true},
		{name: "coast guard picked up migrants", text: "The Italian coast guard picked up migrants off Lampedusa.", typ: "COERCE", no: true},
		{name: "team picked up journalists", text: "A Kenyan team picked up journalists at the airport.", typ: "COERCE", no: true},
		{name: "picked up by a warship", text: "The crew were picked up by an Indian warship.", typ: "COERCE", no: true},
		{name: "knife seized", text: "Police seized a knife from the suspect in London.", typ: "ASSAULT", no: true},
		{name: "manhandled a piano", text: "The removal men manhandled the piano up the stairs in Paris.", typ: "ASSAULT", no: true},
		{name: "uav unveiled", text: "Iran unveiled a new UAV at a parade in Tehran.", typ: "ASSAULT", no: true},
		{name: "peppered with jokes", text: "The Kenyan president peppered his speech with jokes.", typ: "ASSAULT", no: true},
		{name: "rained praise", text: "Critics in Paris rained praise on the Senegalese singer.", typ: "ASSAULT", no: true},
	}
	checkConstructions(t, tests)
}
