package eval

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/truce-project/truce"
)

// LoadFile reads the gold file at path: a truce-gold/1 file with one
// document or several under "documents", or a PLOVER GSR JSON array. A
// text_file is read relative to the gold file's directory. Errors are
// EINVALID truce errors naming the file and, where possible, the document,
// the gold event key, the record id or the JSON offset.
func LoadFile(name string) ([]*Document, error) {
	l := loader{
		read: os.ReadFile,
		join: func(rel string) string {
			if filepath.IsAbs(rel) {
				return rel
			}
			return filepath.Join(filepath.Dir(name), filepath.FromSlash(rel))
		},
	}
	return l.load(name)
}

// LoadFS is LoadFile for a file in fsys; a text_file is read from fsys
// relative to the gold file's directory.
func LoadFS(fsys fs.FS, name string) ([]*Document, error) {
	l := loader{
		read: func(n string) ([]byte, error) { return fs.ReadFile(fsys, n) },
		join: func(rel string) string { return path.Join(path.Dir(name), rel) },
	}
	return l.load(name)
}

type loader struct {
	read func(name string) ([]byte, error)
	join func(rel string) string // resolves a text_file against the gold file
}

// invalid returns an EINVALID error naming the gold file.
func invalid(file string, err error, format string, args ...any) error {
	return &truce.Error{
		Code:    truce.EINVALID,
		Message: fmt.Sprintf("gold file %q: ", file) + fmt.Sprintf(format, args...),
		Err:     err,
	}
}

func (l loader) load(name string) ([]*Document, error) {
	data, err := l.read(name)
	if err != nil {
		return nil, fmt.Errorf("read gold file %q: %w", name, err)
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	trimmed := bytes.TrimLeft(data, " \t\r\n")
	if len(trimmed) == 0 {
		return nil, invalid(name, nil, "empty file")
	}
	switch trimmed[0] {
	case '[':
		return loadGSR(name, data)
	case '{':
		return l.loadGold(name, data)
	}
	return nil, invalid(name, nil, "not a gold file: expected a JSON object (truce-gold/1) or array (PLOVER GSR)")
}

// jsonError describes a decoding error with its offset when it has one.
func jsonError(data []byte, err error) string {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		line, col := lineCol(data, se.Offset)
		return fmt.Sprintf("JSON syntax at offset %d (line %d, column %d)", se.Offset, line, col)
	case errors.As(err, &te):
		line, col := lineCol(data, te.Offset)
		return fmt.Sprintf("field %q at offset %d (line %d, column %d): JSON %s where %s is expected",
			te.Field, te.Offset, line, col, te.Value, te.Type)
	}
	return "decode JSON"
}

func lineCol(data []byte, off int64) (line, col int) {
	if off > int64(len(data)) {
		off = int64(len(data))
	}
	if off < 0 {
		off = 0
	}
	before := data[:off]
	line = bytes.Count(before, []byte("\n")) + 1
	col = int(off) - (bytes.LastIndexByte(before, '\n') + 1) + 1
	return line, col
}

// strList is a list of strings that may also be written as one string.
type strList []string

func (s *strList) UnmarshalJSON(b []byte) error {
	if bytes.Equal(b, []byte("null")) {
		return nil
	}
	var one string
	if err := json.Unmarshal(b, &one); err == nil {
		*s = strList{one}
		return nil
	}
	var many []string
	if err := json.Unmarshal(b, &many); err != nil {
		return errors.New("want a string or a list of strings")
	}
	if many == nil {
		many = []string{}
	}
	*s = many
	return nil
}

type fileJSON struct {
	Format    string            `json:"format"`
	Documents []json.RawMessage `json:"documents"`
}

type docJSON struct {
	Format         string            `json:"format"`
	Note           string            `json:"note"`
	Comment        string            `json:"comment"`
	ID             string            `json:"id"`
	TextFile       string            `json:"text_file"`
	Text           *string           `json:"text"`
	Published      string            `json:"published"`
	Title          string            `json:"title"`
	URL            string            `json:"url"`
	Events         []eventJSON       `json:"events"`
	NoEventsFrom   []string          `json:"no_events_from"`
	NoEventsOfType strList           `json:"no_events_of_type"`
	Document       *docCheckJSON     `json:"document"`
	Dyads          []map[string]any  `json:"dyads"`
	Documents      []json.RawMessage `json:"documents"`
}

type docCheckJSON struct {
	BylineContains  strList `json:"byline_contains"`
	RepublishedFrom *string `json:"republished_from"`
	RelatedLinks    *int    `json:"related_links"`
}

type eventJSON struct {
	Key                    string    `json:"key"`
	Required               *bool     `json:"required"`
	Evidence               string    `json:"evidence"`
	Note                   string    `json:"note"`
	Comment                string    `json:"comment"`
	Type                   strList   `json:"type"`
	Mode                   strList   `json:"mode"`
	Symmetric              bool      `json:"symmetric"`
	Source                 strList   `json:"source"`
	Target                 strList   `json:"target"`
	SourceSector           strList   `json:"source_sector"`
	TargetSector           strList   `json:"target_sector"`
	LocationAny            strList   `json:"location_any"`
	LocationCountry        strList   `json:"location_country"`
	FatalitiesMin          []int     `json:"fatalities_min"`
	InjuriesMin            []int     `json:"injuries_min"`
	Status                 strList   `json:"status"`
	ReportedBy             strList   `json:"reported_by"`
	Mediators              strList   `json:"mediators"`
	TermsContain           strList   `json:"terms_contain"`
	Ceasefire              *bool     `json:"ceasefire"`
	CeasefireDurationHours *int      `json:"ceasefire_duration_hours"`
	CeasefireState         strList   `json:"ceasefire_state"`
	RetaliatesFor          string    `json:"retaliates_for"`
	ACLED                  *[]string `json:"acled"`
	CAMEO                  string    `json:"cameo"`
}

func decodeStrict(data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if dec.More() {
		return errors.New("data after the JSON value")
	}
	return nil
}

func (l loader) loadGold(name string, data []byte) ([]*Document, error) {
	var top fileJSON
	if err := json.Unmarshal(data, &top); err != nil {
		return nil, invalid(name, err, "%s", jsonError(data, err))
	}
	if top.Format != "" && top.Format != KindGold {
		return nil, invalid(name, nil, "format %q, want %q", top.Format, KindGold)
	}
	raws := top.Documents
	if raws != nil {
		var strict struct {
			Format    string            `json:"format"`
			Note      string            `json:"note"`
			Comment   string            `json:"comment"`
			Documents []json.RawMessage `json:"documents"`
		}
		if err := decodeStrict(data, &strict); err != nil {
			return nil, invalid(name, err, "%s", jsonError(data, err))
		}
	} else {
		raws = []json.RawMessage{data}
	}
	if len(raws) == 0 {
		return nil, invalid(name, nil, "\"documents\" is empty")
	}
	docs := make([]*Document, 0, len(raws))
	seen := map[string]bool{}
	for i, raw := range raws {
		var dj docJSON
		if err := decodeStrict(raw, &dj); err != nil {
			return nil, invalid(name, err, "document %d: %s", i+1, jsonError(raw, err))
		}
		if top.Documents != nil && dj.Documents != nil {
			return nil, invalid(name, nil, "document %d: nested \"documents\"", i+1)
		}
		d, err := l.document(name, &dj)
		if err != nil {
			return nil, invalid(name, err, "document %d (%q)", i+1, dj.ID)
		}
		if seen[d.ID] {
			return nil, invalid(name, nil, "document %d: duplicate id %q", i+1, d.ID)
		}
		seen[d.ID] = true
		docs = append(docs, d)
	}
	return docs, nil
}

// document converts and checks one parsed truce-gold/1 document.
func (l loader) document(file string, dj *docJSON) (*Document, error) {
	if dj.ID == "" {
		return nil, errors.New("missing id")
	}
	text, err := l.text(dj)
	if err != nil {
		return nil, err
	}
	a := &truce.Article{ID: dj.ID, Text: text, Title: dj.Title, URL: dj.URL, Origin: file}
	if dj.Published != "" {
		if a.Published, err = parseDate(dj.Published); err != nil {
			return nil, err
		}
	}
	d := &Document{ID: dj.ID, File: file, Article: a, Kind: KindGold, Dyads: dj.Dyads}
	nt := fold(text)
	keys := map[string]bool{}
	for i := range dj.Events {
		ev, err := goldEvent(&dj.Events[i])
		if err != nil {
			return nil, fmt.Errorf("event %d (%q): %w", i+1, dj.Events[i].Key, err)
		}
		if keys[ev.Key] {
			return nil, fmt.Errorf("event %d: duplicate key %q", i+1, ev.Key)
		}
		keys[ev.Key] = true
		if _, ok := nt.locate(ev.Evidence); !ok {
			return nil, fmt.Errorf("event %q: evidence %q not found in the text", ev.Key, ev.Evidence)
		}
		d.Events = append(d.Events, ev)
	}
	for _, ev := range d.Events {
		if ev.RetaliatesFor != "" && (!keys[ev.RetaliatesFor] || ev.RetaliatesFor == ev.Key) {
			return nil, fmt.Errorf("event %q: retaliates_for %q is not another gold event's key", ev.Key, ev.RetaliatesFor)
		}
	}
	for _, s := range dj.NoEventsFrom {
		if _, ok := nt.locate(s); !ok {
			return nil, fmt.Errorf("no_events_from %q not found in the text", s)
		}
	}
	d.NoEventsFrom = dj.NoEventsFrom
	for _, t := range dj.NoEventsOfType {
		if !ValidType(t) {
			return nil, fmt.Errorf("no_events_of_type: %q is not a PLOVER category", t)
		}
	}
	d.NoEventsOfType = dj.NoEventsOfType
	if c := dj.Document; c != nil {
		if c.RelatedLinks != nil && *c.RelatedLinks < 0 {
			return nil, errors.New("document: related_links is negative")
		}
		d.Doc = &DocumentCheck{BylineContains: c.BylineContains, RepublishedFrom: c.RepublishedFrom, RelatedLinks: c.RelatedLinks}
	}
	return d, nil
}

func (l loader) text(dj *docJSON) (string, error) {
	var text string
	switch {
	case dj.Text != nil && dj.TextFile != "":
		return "", errors.New("both text and text_file given")
	case dj.Text != nil:
		text = *dj.Text
	case dj.TextFile != "":
		b, err := l.read(l.join(dj.TextFile))
		if err != nil {
			return "", fmt.Errorf("read text_file %q: %w", dj.TextFile, err)
		}
		text = string(bytes.TrimPrefix(b, []byte("\xef\xbb\xbf")))
	default:
		return "", errors.New("neither text nor text_file given")
	}
	if !utf8.ValidString(text) {
		return "", errors.New("text is not valid UTF-8")
	}
	return text, nil
}

func parseDate(s string) (time.Time, error) {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		t, err = time.Parse(time.RFC3339, s)
	}
	if err != nil {
		return time.Time{}, fmt.Errorf("published %q: want YYYY-MM-DD", s)
	}
	t = t.UTC()
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC), nil
}

// goldEvent converts and checks one gold event.
func goldEvent(ej *eventJSON) (GoldEvent, error) {
	ev := GoldEvent{
		Key: ej.Key, Required: ej.Required == nil || *ej.Required, Evidence: ej.Evidence,
		Type: ej.Type, Mode: ej.Mode, Symmetric: ej.Symmetric,
		Source: ej.Source, Target: ej.Target, SourceSector: ej.SourceSector, TargetSector: ej.TargetSector,
		LocationAny: ej.LocationAny, LocationCountry: ej.LocationCountry,
		Status: ej.Status, ReportedBy: ej.ReportedBy, Mediators: ej.Mediators, TermsContain: ej.TermsContain,
		Ceasefire: ej.Ceasefire, CeasefireDurationHours: ej.CeasefireDurationHours,
		CeasefireState: ej.CeasefireState, RetaliatesFor: ej.RetaliatesFor,
		ACLED: ej.ACLED, CAMEO: ej.CAMEO,
	}
	if ev.ACLED != nil && len(*ev.ACLED) != 0 && len(*ev.ACLED) != 2 {
		return ev, fmt.Errorf("acled %q: want [type, sub-event type] or []", *ev.ACLED)
	}
	if strings.Trim(ev.CAMEO, "0123456789") != "" || ev.CAMEO != "" && len(ev.CAMEO) < 2 {
		return ev, fmt.Errorf("cameo %q: want a CAMEO code of two to four digits", ev.CAMEO)
	}
	if ev.Key == "" {
		return ev, errors.New("missing key")
	}
	if len(splitGaps(ev.Evidence)) == 0 {
		return ev, errors.New("missing evidence")
	}
	lists := []struct {
		name string
		l    strList
	}{
		{"type", ej.Type}, {"mode", ej.Mode}, {"source", ej.Source}, {"target", ej.Target},
		{"source_sector", ej.SourceSector}, {"target_sector", ej.TargetSector},
		{"location_any", ej.LocationAny}, {"location_country", ej.LocationCountry},
		{"status", ej.Status}, {"reported_by", ej.ReportedBy}, {"mediators", ej.Mediators},
		{"terms_contain", ej.TermsContain}, {"ceasefire_state", ej.CeasefireState},
	}
	for _, l := range lists {
		if l.l != nil && len(l.l) == 0 {
			return ev, fmt.Errorf("%s is an empty list", l.name)
		}
	}
	for _, t := range ev.Type {
		if !ValidType(t) {
			return ev, fmt.Errorf("type %q is not a PLOVER category", t)
		}
	}
	for _, s := range ev.Status {
		if !statuses[s] {
			return ev, fmt.Errorf("status %q is not an event status", s)
		}
	}
	for _, s := range ev.CeasefireState {
		if !ceasefireStates[canonicalState(s)] {
			return ev, fmt.Errorf("ceasefire_state %q is not a ceasefire state", s)
		}
	}
	var err error
	if ev.FatalitiesMin, err = rangeOf("fatalities_min", ej.FatalitiesMin); err != nil {
		return ev, err
	}
	if ev.InjuriesMin, err = rangeOf("injuries_min", ej.InjuriesMin); err != nil {
		return ev, err
	}
	return ev, nil
}

func rangeOf(name string, v []int) (*Range, error) {
	if v == nil {
		return nil, nil
	}
	if len(v) != 2 || v[0] > v[1] || v[0] < 0 {
		return nil, fmt.Errorf("%s %v: want [lo, hi] with 0 <= lo <= hi", name, v)
	}
	return &Range{Lo: v[0], Hi: v[1]}, nil
}
