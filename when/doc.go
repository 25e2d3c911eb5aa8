// Package when finds date expressions in a sentence and resolves them
// against the article's publication date. The code stage calls Resolve to
// date each event it finds ("on Tuesday" in an article published on Thursday
// 16 October 2025 is 14 October 2025) and Find when it needs every
// expression, such as the start of a ceasefire and its end.
//
// Dates are calendar days in UTC. A period (week, month, year) is given by
// its first day, with the precision saying how long it is.
package when
