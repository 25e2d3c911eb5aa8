package code

// localOffices head a town or a village: the name after "the mayor of" or
// "the village chief of" is a place, where the office-holder is.
var localOffices = filtered(wordSet("mayor", "chief", "headman", "chieftain"))
