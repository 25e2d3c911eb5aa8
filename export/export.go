package export

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/truce-project/truce"
)

// EventFormats returns the formats WriteEvents accepts.
func EventFormats() []string { return []string{"table", "json", "csv", "geojson"} }

// ArticleFormats returns the formats WriteArticles accepts.
func ArticleFormats() []string { return []string{"table", "json", "csv"} }

// WriteEvents writes events to w as "table" (aligned columns for a
// terminal: date, type, mode, source, target, location, fatalities and the
// evidence sentence cut to about 60 characters), "json" (JSON Lines: one
// event object a line), "csv" (ACLED's column names, then truce's own), or
// "geojson" (a FeatureCollection with a Point for each event whose location
// has coordinates). Nil events are skipped. An unknown format is an
// EINVALID error that lists the valid ones.
func WriteEvents(w io.Writer, format string, events []*truce.Event) error {
	var err error
	switch f := normalize(format); f {
	case "table":
		err = eventTable(w, events)
	case "json":
		err = jsonLines(w, events)
	case "csv":
		err = eventCSV(w, events)
	case "geojson":
		err = eventGeoJSON(w, events)
	default:
		return unknownFormat(format, EventFormats())
	}
	if err != nil {
		return fmt.Errorf("write events as %s: %w", format, err)
	}
	return nil
}

// WriteArticles writes articles to w as "table" (published day, id, title,
// URL and the original of a near-duplicate), "json" (JSON Lines) or "csv"
// (every field, the text last). Nil articles are skipped. An unknown
// format, geojson included, is an EINVALID error that lists the valid ones.
func WriteArticles(w io.Writer, format string, articles []*truce.Article) error {
	var err error
	switch f := normalize(format); f {
	case "table":
		err = articleTable(w, articles)
	case "json":
		err = jsonLines(w, articles)
	case "csv":
		err = articleCSV(w, articles)
	default:
		return unknownFormat(format, ArticleFormats())
	}
	if err != nil {
		return fmt.Errorf("write articles as %s: %w", format, err)
	}
	return nil
}

func normalize(format string) string {
	return strings.ToLower(strings.TrimSpace(format))
}

func unknownFormat(format string, valid []string) error {
	return truce.Errorf(truce.EINVALID, "unknown format %q: want one of %s", format, strings.Join(valid, ", "))
}

// actorNames joins the actors' names (else the words that named them, else
// their ids) with "; ".
func actorNames(as []truce.Actor) string {
	names := make([]string, 0, len(as))
	for _, a := range as {
		switch {
		case a.Name != "":
			names = append(names, a.Name)
		case a.Text != "":
			names = append(names, a.Text)
		default:
			names = append(names, a.ID)
		}
	}
	return strings.Join(names, "; ")
}

// actorIDs joins the actors' ids (else their names) with sep.
func actorIDs(as []truce.Actor, sep string) string {
	ids := make([]string, 0, len(as))
	for _, a := range as {
		if a.ID != "" {
			ids = append(ids, a.ID)
		} else {
			ids = append(ids, a.Name)
		}
	}
	return strings.Join(ids, sep)
}

// hasPoint reports whether l has coordinates worth putting on a map.
func hasPoint(l *truce.Location) bool {
	return l != nil && l.Precision != "" && l.Precision != "none"
}

// countMin formats c's minimum, or "" for an unknown count.
func countMin(c *truce.Count) string {
	if c == nil {
		return ""
	}
	return strconv.Itoa(c.Min)
}

// countRange formats c as "12" or "12-15", or "" for an unknown count.
func countRange(c *truce.Count) string {
	if c == nil {
		return ""
	}
	if c.Max > c.Min {
		return strconv.Itoa(c.Min) + "-" + strconv.Itoa(c.Max)
	}
	return strconv.Itoa(c.Min)
}

func formatFloat(f float64) string {
	return strconv.FormatFloat(f, 'f', -1, 64)
}

// truncate cuts s to at most n runes, marking a cut with an ellipsis.
func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return strings.TrimRight(string(r[:n-1]), " ") + "…"
}

// oneLine folds runs of whitespace (newlines and tabs included) into single
// spaces, so that a value cannot break a table row.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
