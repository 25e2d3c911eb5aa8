package code

// townPreps are the prepositions before a name the gazetteer lacks that,
// with a province placing it next, make the name a town: "in Zenda, in
// Hentz province", "near Zenda in Hentz county", "a raid on a post at
// Zenda, in Ruritania's Hentz region", "clashes outside Zenda, in the
// Hentz district" (see townBeforeRegion).
var townPreps = filtered(wordSet("in", "near", "at", "outside", "around"))
