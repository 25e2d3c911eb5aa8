package truce

// PLOVER event categories. FIGHT, DEMAND, DISAPPROVE and INVESTIGATE come
// from PLOVER's older list and are accepted on input.
const (
	Agree     = "AGREE"
	Consult   = "CONSULT"
	Support   = "SUPPORT"
	Concede   = "CONCEDE"
	Cooperate = "COOPERATE"
	Aid       = "AID"
	Retreat   = "RETREAT"
	Request   = "REQUEST"
	Accuse    = "ACCUSE"
	Reject    = "REJECT"
	Threaten  = "THREATEN"
	Protest   = "PROTEST"
	Sanction  = "SANCTION"
	Mobilize  = "MOBILIZE"
	Coerce    = "COERCE"
	Assault   = "ASSAULT"
)

// Event statuses.
const (
	StatusReported     = "reported"
	StatusAlleged      = "alleged"
	StatusClaimed      = "claimed"
	StatusDenied       = "denied"
	StatusPlanned      = "planned"
	StatusNegated      = "negated"
	StatusHypothetical = "hypothetical"
)

// Event is one coded happening: who did what to whom, where, when, with what
// toll, and the text every field came from.
type Event struct {
	// ID is a stable hash of article id, sentence index, type and actors.
	ID   string `json:"id"`
	Type string `json:"type"`
	// Mode is the PLOVER mode ("aerial", "suicide-attack", "ceasefire"), or "".
	Mode    string   `json:"mode"`
	Context []string `json:"context"`
	// CAMEO is the CAMEO code, at least its two-digit root; Goldstein its
	// score on the conflict–cooperation scale and Quad its quad class (1–4).
	CAMEO     string  `json:"cameo"`
	Goldstein float64 `json:"goldstein"`
	Quad      int     `json:"quad"`
	// ACLEDType and ACLEDSubtype are spelt as ACLED spells them, or empty
	// when ACLED would not record the event.
	ACLEDType    string    `json:"acled_type"`
	ACLEDSubtype string    `json:"acled_subtype"`
	Source       []Actor   `json:"source"`
	Target       []Actor   `json:"target"`
	Location     *Location `json:"location"`
	// Date is YYYY-MM-DD, resolved against the publication date;
	// DatePrecision is "day", "week", "month" or "year" ("" when unknown).
	Date          string `json:"date"`
	DatePrecision string `json:"date_precision"`
	Fatalities    *Count `json:"fatalities"`
	Injuries      *Count `json:"injuries"`
	// Claims keeps competing tolls, each with who made it.
	Claims     []Claim `json:"claims,omitempty"`
	Status     string  `json:"status"`
	ReportedBy *Actor  `json:"reported_by"`
	// RetaliatesFor is the id of the earlier event this one answers.
	RetaliatesFor string `json:"retaliates_for"`
	// Mediators are the third parties the text says brokered, mediated or
	// hosted the talks or deal the event tells ("a pledge signed after
	// talks hosted by Saudi Arabia"); never one of the event's sides.
	Mediators []Actor `json:"mediators,omitempty"`
	// CeasefireID is set on an event that declares a ceasefire.
	CeasefireID string   `json:"ceasefire_id,omitempty"`
	Evidence    Evidence `json:"evidence"`
	// Sources and Mentions are filled in the store: every article that
	// reports this same event.
	Sources    []SourceRef `json:"sources,omitempty"`
	Mentions   int         `json:"mentions,omitempty"`
	Confidence float64     `json:"confidence"`
	// Rule names the pattern that produced the event (shown by --explain).
	Rule string `json:"rule,omitempty"`
}

// Actor is one participant in an event.
type Actor struct {
	// Text is the words that named the actor.
	Text string `json:"text"`
	// Name is the canonical name ("Pakistan", "Tehrik-e-Taliban Pakistan").
	Name string `json:"name"`
	// ID is ISO3 + sector for state actors (PAK, PAKMIL, AFGGOV) and a short
	// id for others (TTP, UN, HAMAS).
	ID      string `json:"id"`
	Country string `json:"country"`
	Sector  string `json:"sector"`
}

// Location is where an event happened.
type Location struct {
	Text       string  `json:"text"`
	Name       string  `json:"name"`
	Country    string  `json:"country"`
	Admin1     string  `json:"admin1"`
	Lat        float64 `json:"lat"`
	Lon        float64 `json:"lon"`
	GeonamesID int     `json:"geonames_id"`
	// Precision is "point", "city", "admin1", "country", "border" or "none".
	Precision string `json:"precision"`
}

// Place is a resolved place name in a text, with code-point offsets.
type Place struct {
	Location
	Start int `json:"start"`
	End   int `json:"end"`
}

// Count is a number of people, possibly a range. Vague counts follow ACLED's
// conservative rule ("dozens" is at least 12).
type Count struct {
	Min int `json:"min"`
	Max int `json:"max"`
}

// Claim is one party's figure for a toll that others dispute.
type Claim struct {
	// Field is "fatalities" or "injuries".
	Field string `json:"field"`
	Count Count  `json:"count"`
	By    *Actor `json:"by"`
}

// Evidence points at the text an event came from. Start and End are
// code-point offsets of the sentence in the article text.
type Evidence struct {
	ArticleID string `json:"article_id"`
	Sentence  string `json:"sentence"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
}

// SourceRef is one article that reports an event.
type SourceRef struct {
	ArticleID string `json:"article_id"`
	URL       string `json:"url"`
	Published string `json:"published"`
}
