package code

// buildingTitles stand between a place and the building named after it
// (see buildingIn): "Zenda State University in Strelsau" and "the Zenda
// Central Prison in Strelsau" are in Strelsau, not in Zenda.
var buildingTitles = filtered(map[string]bool{"state": true, "central": true, "general": true, "national": true})
