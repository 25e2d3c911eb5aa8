// Package actor is truce's actor dictionary: it recognises who is who in a
// sentence and says which actor id each name stands for on a given date.
//
// It sits between nlp and code in the pipeline: the event coder hands it a
// sentence and the article's date and gets back Mentions — countries and
// their names, demonyms and capitals used as metonyms ("Islamabad denies" is
// Pakistan's government), sector nouns ("soldiers", "refugees"), armed
// groups, international organisations and office-holders — each resolved to
// a truce.Actor with an id in the shared convention (PAK, PAKMIL, AFGGOV,
// TTP, UN).
//
// The data lives in data/*.tsv, embedded in the binary and versioned. Users
// extend or correct it without recompiling by passing their own files in the
// same formats to Load; each file's name or a "# kind: …" header line says
// which of the four kinds (countries, sectors, groups, people) it holds.
//
// Roles change with time: every group and person entry may carry dated
// roles, so "the Taliban" are the insurgent TAL before 15 August 2021 and
// Afghanistan's government (AFGGOV) from that day.
//
// Matching is done against an index built once at load time: phrases are
// keyed by their first word, and Find walks the tokens of a text once.
// Proper names and acronyms match case-sensitively ("US", not "us"); sector
// nouns match in any case. Capitalisation is all the dictionary has to tell
// a country from a person of the same name: names marked "~" in the data
// ("Jordan", "Chad", "Georgia", "Washington") are skipped only when another
// capitalised word stands right before them (not at a sentence start) or
// right after them ("Michael Jordan", "Washington Post"), so a bare "Jordan
// said" is always the country. Group names of common words only
// ("Resistance Front", "^Brotherhood" in the data) are skipped when an
// unknown capitalised word stands right before them, as the tail of a
// longer name the dictionary does not know ("the Chad Patriotic
// Resistance Front").
package actor
