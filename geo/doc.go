// Package geo is truce's gazetteer: it finds place names in article text and
// resolves them to coordinates a map can draw.
//
// It sits beside the code stage of the pipeline. The coder hands it either a
// whole text (Find) or the single place name of one event (Resolve), with a
// Hint naming the countries the article is about, and gets back
// truce.Place / truce.Location values carrying a name, country, admin1 unit,
// coordinates and a precision ("city", "admin1", "country", "border").
//
// The gazetteer data is a tab-separated file embedded in the binary
// (data/places.tsv); users may add rows of their own by passing extra files of
// the same format to Load. A later generated gazetteer can replace the
// embedded file without changing callers: everything goes through Load,
// Lookup, Find and Resolve.
//
// Find works on words, not regular expressions: at load time every name is
// indexed by its normalised first word (lower-cased, diacritics folded), so
// scanning a text costs one map lookup per capitalised word. Offsets in the
// returned places count Unicode code points, as every offset in truce does.
package geo
