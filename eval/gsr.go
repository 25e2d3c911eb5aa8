package eval

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/truce-project/truce"
)

// gsrPublished is the date every PLOVER gold-standard record carries.
var gsrPublished = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

// gsrGold is what a PLOVER record says, kept for the GSR-only scores.
type gsrGold struct {
	Category       string
	Source, Target []string // ISO3 country codes
}

// cameoToISO maps the CAMEO country codes that differ from ISO 3166-1
// alpha-3 to the ISO code. Some are CAMEO's own spellings (JAP, ITL, VTN
// appear in PLOVER's records), some are codes ISO has since withdrawn.
var cameoToISO = map[string]string{
	"JAP": "JPN", // Japan
	"ITL": "ITA", // Italy
	"VTN": "VNM", // Vietnam
	"ROM": "ROU", // Romania, ISO's code before 2002
	"ZAR": "COD", // Zaire
	"TMP": "TLS", // East Timor, ISO's code before 2002
	"BUR": "MMR", // Burma, ISO's code before 1989
	"YUG": "SRB", // Yugoslavia
	"KSV": "XKX", // Kosovo
}

// isoCountries holds the ISO 3166-1 alpha-3 codes, plus XKX, the code in
// common use for Kosovo.
var isoCountries = func() map[string]bool {
	const codes = `ABW AFG AGO AIA ALA ALB AND ARE ARG ARM ASM ATA ATF ATG AUS AUT AZE BDI BEL BEN BES BFA
BGD BGR BHR BHS BIH BLM BLR BLZ BMU BOL BRA BRB BRN BTN BVT BWA CAF CAN CCK CHE CHL CHN
CIV CMR COD COG COK COL COM CPV CRI CUB CUW CXR CYM CYP CZE DEU DJI DMA DNK DOM DZA ECU
EGY ERI ESH ESP EST ETH FIN FJI FLK FRA FRO FSM GAB GBR GEO GGY GHA GIB GIN GLP GMB GNB
GNQ GRC GRD GRL GTM GUF GUM GUY HKG HMD HND HRV HTI HUN IDN IMN IND IOT IRL IRN IRQ ISL
ISR ITA JAM JEY JOR JPN KAZ KEN KGZ KHM KIR KNA KOR KWT LAO LBN LBR LBY LCA LIE LKA LSO
LTU LUX LVA MAC MAF MAR MCO MDA MDG MDV MEX MHL MKD MLI MLT MMR MNE MNG MNP MOZ MRT MSR
MTQ MUS MWI MYS MYT NAM NCL NER NFK NGA NIC NIU NLD NOR NPL NRU NZL OMN PAK PAN PCN PER
PHL PLW PNG POL PRI PRK PRT PRY PSE PYF QAT REU ROU RUS RWA SAU SDN SEN SGP SGS SHN SJM
SLB SLE SLV SMR SOM SPM SRB SSD STP SUR SVK SVN SWE SWZ SXM SYC SYR TCA TCD TGO THA TJK
TKL TKM TLS TON TTO TUN TUR TUV TWN TZA UGA UKR UMI URY USA UZB VAT VCT VEN VGB VIR VNM
VUT WLF WSM YEM ZAF ZMB ZWE XKX`
	m := map[string]bool{}
	for _, c := range strings.Fields(codes) {
		m[c] = true
	}
	return m
}()

// countryCode returns the ISO3 country a CAMEO actor code stands for, or ""
// when the code is not a country.
//
// CAMEO's non-country codes (IGO, NGO, IMG, MNC, ISM, ...) are dropped, not
// kept as sector constraints: truce names organisations by short ids (UN,
// NATO, HAMAS) rather than by CAMEO's generic classes, and the sectors
// PLOVER puts on them (GOV for the Security Council, MIL for peacekeepers)
// say nothing truce's actor ids could be checked against. A side whose
// actors are all dropped gets no constraint.
func countryCode(code string) string {
	c := strings.ToUpper(strings.TrimSpace(code))
	if len(c) > 3 {
		c = c[:3]
	}
	if iso, ok := cameoToISO[c]; ok {
		c = iso
	}
	if isoCountries[c] {
		return c
	}
	return ""
}

type gsrActor struct {
	ActorText string `json:"actorText"`
	Code      string `json:"code"`
	Sector    string `json:"sector"`
}

type gsrRecord struct {
	ID     string          `json:"id"`
	Event  string          `json:"event"`
	Text   string          `json:"text"`
	Source json.RawMessage `json:"source"`
	Target json.RawMessage `json:"target"`
}

// gsrActors reads a record's source or target: a list of actors, or "",
// null or missing for none. One record has a bare word ("diplomatic")
// there, which names no actor; any string is read as none.
func gsrActors(raw json.RawMessage) ([]string, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || bytes.Equal(raw, []byte("null")) || raw[0] == '"' {
		return nil, nil
	}
	var actors []gsrActor
	if err := json.Unmarshal(raw, &actors); err != nil {
		return nil, errors.New("want a list of {actorText, code, sector}")
	}
	var codes []string
	seen := map[string]bool{}
	for _, a := range actors {
		if c := countryCode(a.Code); c != "" && !seen[c] {
			seen[c] = true
			codes = append(codes, c)
		}
	}
	return codes, nil
}

// loadGSR reads PLOVER's gold-standard records: a JSON array whose
// DOCUMENT records are skipped and whose other records each become a
// Document with one required gold event spanning the whole text.
func loadGSR(name string, data []byte) ([]*Document, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	if _, err := dec.Token(); err != nil {
		return nil, invalid(name, err, "%s", jsonError(data, err))
	}
	var docs []*Document
	seen := map[string]int{}
	for n := 1; dec.More(); n++ {
		off := dec.InputOffset()
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return nil, invalid(name, err, "record %d at offset %d: %s", n, off, jsonError(data, err))
		}
		var rec gsrRecord
		if err := json.Unmarshal(raw, &rec); err != nil {
			return nil, invalid(name, err, "record %d at offset %d: %s", n, off, jsonError(raw, err))
		}
		if rec.Event == "DOCUMENT" {
			continue
		}
		d, err := gsrDocument(name, &rec)
		if err != nil {
			return nil, invalid(name, err, "record %d (%q) at offset %d", n, rec.ID, off)
		}
		// PLOVER's file repeats an id for two different records; a
		// repeat gets "#2", "#3", ... so every document has its own name.
		if seen[d.ID] > 0 {
			seen[d.ID]++
			d.ID = fmt.Sprintf("%s#%d", d.ID, seen[d.ID])
			d.Article.ID, d.Events[0].Key = d.ID, d.ID
		} else {
			seen[d.ID] = 1
		}
		docs = append(docs, d)
	}
	if _, err := dec.Token(); err != nil {
		return nil, invalid(name, err, "%s", jsonError(data, err))
	}
	if len(docs) == 0 {
		return nil, invalid(name, nil, "no PLOVER records")
	}
	return docs, nil
}

func gsrDocument(file string, rec *gsrRecord) (*Document, error) {
	switch {
	case rec.ID == "":
		return nil, errors.New("missing id")
	case !ValidType(rec.Event):
		return nil, fmt.Errorf("event %q is not a PLOVER category", rec.Event)
	case strings.TrimSpace(rec.Text) == "":
		return nil, errors.New("missing text")
	}
	src, err := gsrActors(rec.Source)
	if err != nil {
		return nil, fmt.Errorf("source: %w", err)
	}
	tgt, err := gsrActors(rec.Target)
	if err != nil {
		return nil, fmt.Errorf("target: %w", err)
	}
	ev := GoldEvent{
		Key: rec.ID, Required: true, Evidence: rec.Text,
		Type: []string{rec.Event}, Source: src, Target: tgt, wholeText: true,
	}
	return &Document{
		ID: rec.ID, File: file, Kind: KindGSR,
		Article: &truce.Article{ID: rec.ID, Text: rec.Text, Published: gsrPublished, Origin: file},
		Events:  []GoldEvent{ev},
		gsr:     &gsrGold{Category: rec.Event, Source: src, Target: tgt},
	}, nil
}
