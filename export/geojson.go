package export

import (
	"bufio"
	"encoding/json"
	"io"

	"github.com/truce-project/truce"
)

// feature is a GeoJSON Feature for one event; field order fixes the order
// of the output.
type feature struct {
	Type       string     `json:"type"`
	ID         string     `json:"id"`
	Geometry   point      `json:"geometry"`
	Properties properties `json:"properties"`
}

type point struct {
	Type        string     `json:"type"`
	Coordinates [2]float64 `json:"coordinates"` // longitude, latitude
}

// properties are the fields a map shows about an event.
type properties struct {
	Date          string   `json:"date"`
	DatePrecision string   `json:"date_precision"`
	Type          string   `json:"type"`
	Mode          string   `json:"mode"`
	CAMEO         string   `json:"cameo"`
	Goldstein     float64  `json:"goldstein"`
	Quad          int      `json:"quad"`
	ACLEDType     string   `json:"acled_type"`
	ACLEDSubtype  string   `json:"acled_subtype"`
	Source        string   `json:"source"`
	SourceIDs     []string `json:"source_ids"`
	Target        string   `json:"target"`
	TargetIDs     []string `json:"target_ids"`
	Location      string   `json:"location"`
	Country       string   `json:"country"`
	Admin1        string   `json:"admin1"`
	Precision     string   `json:"precision"`
	Fatalities    *int     `json:"fatalities"`
	FatalitiesMax *int     `json:"fatalities_max"`
	Injuries      *int     `json:"injuries"`
	Status        string   `json:"status"`
	Confidence    float64  `json:"confidence"`
	Mentions      int      `json:"mentions"`
	ArticleID     string   `json:"article_id"`
	Evidence      string   `json:"evidence"`
}

// eventGeoJSON writes a FeatureCollection, one feature a line, of the
// events whose location has coordinates.
func eventGeoJSON(w io.Writer, events []*truce.Event) error {
	bw := bufio.NewWriter(w)
	bw.WriteString(`{"type":"FeatureCollection","features":[`)
	n := 0
	for _, e := range events {
		if e == nil || !hasPoint(e.Location) {
			continue
		}
		b, err := json.Marshal(featureOf(e))
		if err != nil {
			return err
		}
		if n > 0 {
			bw.WriteByte(',')
		}
		bw.WriteString("\n")
		bw.Write(b)
		n++
	}
	bw.WriteString("\n]}\n")
	return bw.Flush()
}

func featureOf(e *truce.Event) feature {
	l := e.Location
	name := l.Name
	if name == "" {
		name = l.Text
	}
	ids := func(as []truce.Actor) []string {
		s := make([]string, 0, len(as))
		for _, a := range as {
			s = append(s, a.ID)
		}
		return s
	}
	p := properties{
		Date: e.Date, DatePrecision: e.DatePrecision, Type: e.Type, Mode: e.Mode,
		CAMEO: e.CAMEO, Goldstein: e.Goldstein, Quad: e.Quad,
		ACLEDType: e.ACLEDType, ACLEDSubtype: e.ACLEDSubtype,
		Source: actorNames(e.Source), SourceIDs: ids(e.Source),
		Target: actorNames(e.Target), TargetIDs: ids(e.Target),
		Location: name, Country: l.Country, Admin1: l.Admin1, Precision: l.Precision,
		Status: e.Status, Confidence: e.Confidence, Mentions: e.Mentions,
		ArticleID: e.Evidence.ArticleID, Evidence: e.Evidence.Sentence,
	}
	if c := e.Fatalities; c != nil {
		p.Fatalities, p.FatalitiesMax = &c.Min, &c.Max
	}
	if c := e.Injuries; c != nil {
		p.Injuries = &c.Min
	}
	return feature{
		Type:       "Feature",
		ID:         e.ID,
		Geometry:   point{Type: "Point", Coordinates: [2]float64{l.Lon, l.Lat}},
		Properties: p,
	}
}
