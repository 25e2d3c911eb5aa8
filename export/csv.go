package export

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/truce-project/truce"
)

// eventColumns are the CSV columns: ACLED's names, in ACLED's order, where
// ACLED has the field, then truce's own.
var eventColumns = [...]string{
	"event_id_cnty", "event_date", "year", "time_precision", "disorder_type",
	"event_type", "sub_event_type", "actor1", "assoc_actor_1", "actor2",
	"country", "admin1", "location", "latitude", "longitude", "geo_precision",
	"source", "notes", "fatalities",
	"plover_type", "plover_mode", "cameo", "goldstein", "quad", "injuries",
	"status", "confidence",
}

func eventCSV(w io.Writer, events []*truce.Event) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(eventColumns[:]); err != nil {
		return err
	}
	for _, e := range events {
		if e == nil {
			continue
		}
		if err := cw.Write(eventRecord(e)); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// eventRecord returns e's CSV row, in the order of eventColumns.
func eventRecord(e *truce.Event) []string {
	var year string
	if len(e.Date) >= 4 {
		year = e.Date[:4]
	}
	// country is the location's ISO3 code; ACLED's column holds the
	// country's name.
	var country, admin1, location, lat, lon, geoPrecision string
	if l := e.Location; l != nil {
		country, admin1, location = l.Country, l.Admin1, l.Name
		if location == "" {
			location = l.Text
		}
		if hasPoint(l) {
			lat, lon = formatFloat(l.Lat), formatFloat(l.Lon)
			geoPrecision = acledGeoPrecision(l.Precision)
		}
	}
	var goldstein, quad string
	if e.CAMEO != "" {
		goldstein = formatFloat(e.Goldstein)
	}
	if e.Quad != 0 {
		quad = strconv.Itoa(e.Quad)
	}
	return []string{
		e.ID, e.Date, year, acledTimePrecision(e.DatePrecision), disorderType(e.ACLEDType),
		e.ACLEDType, e.ACLEDSubtype, actorNames(e.Source), "", actorNames(e.Target),
		country, admin1, location, lat, lon, geoPrecision,
		sourceList(e), e.Evidence.Sentence, countMin(e.Fatalities),
		e.Type, e.Mode, e.CAMEO, goldstein, quad, countMin(e.Injuries),
		e.Status, formatFloat(e.Confidence),
	}
}

// acledTimePrecision codes a date precision as ACLED does: 1 for a day, 2
// for a week, 3 for a month or longer.
func acledTimePrecision(p string) string {
	switch p {
	case "day":
		return "1"
	case "week":
		return "2"
	case "month", "year":
		return "3"
	}
	return ""
}

// acledGeoPrecision codes a location precision as ACLED does: 1 for the
// place itself, 2 for somewhere near it or part of a region, 3 for a
// larger region standing in for an unknown place.
func acledGeoPrecision(p string) string {
	switch p {
	case "point", "city":
		return "1"
	case "border":
		return "2"
	case "admin1", "country":
		return "3"
	}
	return ""
}

// disorderType is ACLED's disorder type for an ACLED event type, or "" when
// the type is not one of ACLED's.
func disorderType(acledType string) string {
	switch acledType {
	case "Battles", "Explosions/Remote violence", "Violence against civilians":
		return "Political violence"
	case "Protests", "Riots":
		return "Demonstrations"
	case "Strategic developments":
		return "Strategic developments"
	}
	return ""
}

// sourceList names the articles reporting e, by URL where known: its
// store sources, else the article its evidence comes from.
func sourceList(e *truce.Event) string {
	if len(e.Sources) == 0 {
		return e.Evidence.ArticleID
	}
	refs := make([]string, len(e.Sources))
	for i, s := range e.Sources {
		refs[i] = s.URL
		if refs[i] == "" {
			refs[i] = s.ArticleID
		}
	}
	return strings.Join(refs, "; ")
}

var articleColumns = [...]string{
	"id", "published", "title", "byline", "url", "canonical_url", "origin",
	"republished_from", "related_links", "duplicate_of", "content_hash",
	"simhash", "fetched", "text",
}

func articleCSV(w io.Writer, articles []*truce.Article) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(articleColumns[:]); err != nil {
		return err
	}
	stamp := func(t time.Time) string {
		if t.IsZero() {
			return ""
		}
		return t.Format(time.RFC3339)
	}
	for _, a := range articles {
		if a == nil {
			continue
		}
		var simhash string
		if a.SimHash != 0 {
			simhash = strconv.FormatUint(a.SimHash, 16)
		}
		if err := cw.Write([]string{
			a.ID, stamp(a.Published), a.Title, a.Byline, a.URL, a.CanonicalURL, a.Origin,
			a.RepublishedFrom, strings.Join(a.RelatedLinks, "; "), a.DuplicateOf, a.ContentHash,
			simhash, stamp(a.Fetched), a.Text,
		}); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
