// Package export writes truce's events and articles in the formats the
// command line and the JSON API offer with --format: an aligned table for a
// terminal, JSON Lines, CSV with ACLED's column names where ACLED has one
// (so that R, Python or a spreadsheet can read truce's output beside
// ACLED's), and GeoJSON for maps.
//
// It sits at the very end of the pipeline: events and articles come in,
// already queried from a store or extracted from text, and bytes go out to
// an io.Writer. It reads nothing and keeps no state.
package export
