package truce

// Ceasefire states.
const (
	CeasefireAnnounced = "announced"
	CeasefireInForce   = "in_force"
	CeasefireViolated  = "violated"
	CeasefireCollapsed = "collapsed"
	CeasefireExpired   = "expired"
	CeasefireExtended  = "extended"
)

// Ceasefire is a truce between parties, with who brokered it, its terms,
// its state and what broke it.
type Ceasefire struct {
	ID        string  `json:"id"`
	Parties   []Actor `json:"parties"`
	Mediators []Actor `json:"mediators"`
	// Announced and Effective are YYYY-MM-DD or "".
	Announced     string   `json:"announced"`
	Effective     string   `json:"effective"`
	DurationHours int      `json:"duration_hours"`
	Terms         []string `json:"terms"`
	State         string   `json:"state"`
	// Events are the ids of the events that declared the ceasefire.
	Events     []string    `json:"events"`
	Violations []Violation `json:"violations"`

	// The fields below follow the ETH/PRIO Civil Conflict Ceasefire
	// Dataset; they are empty when no text says.

	// End is the day the truce ended (expired, collapsed or replaced by a
	// later one), YYYY-MM-DD.
	End string `json:"end,omitempty"`
	// Written is "written" or "verbal" where the text says so.
	Written string `json:"written,omitempty"`
	// Purpose is what the truce is for: "negotiations", "humanitarian",
	// "exchange", "holiday" or "".
	Purpose string `json:"purpose,omitempty"`
	// Monitoring describes a monitoring or verification mechanism.
	Monitoring []string `json:"monitoring,omitempty"`
	// Reference marks a declaration that points back to a truce declared
	// elsewhere ("the ceasefire still held") rather than announcing one.
	Reference bool `json:"reference,omitempty"`
	// Sources lists, in the registry, every article that reports the
	// truce, earliest first.
	Sources []SourceRef `json:"sources,omitempty"`
	// History lists, in the registry, each change of state with its date
	// and evidence, oldest first.
	History []StateChange `json:"history,omitempty"`
	// Talks are the ids of the consultations between the parties (or
	// with the mediators) held while the truce stood.
	Talks []string `json:"talks,omitempty"`
	// Replaces is the id of an earlier truce between the same parties that
	// this one took over from.
	Replaces string `json:"replaces,omitempty"`
}

// StateChange is one change in a ceasefire's state.
type StateChange struct {
	State string `json:"state"`
	Date  string `json:"date"`
	// EventID is the event that caused the change, if any; Evidence the
	// sentence that reports it and ArticleID its article. A change inferred
	// from the calendar (a declared duration that elapsed) has neither.
	EventID   string `json:"event_id,omitempty"`
	ArticleID string `json:"article_id,omitempty"`
	Evidence  string `json:"evidence,omitempty"`
}

// Violation is a reported breach of a ceasefire.
type Violation struct {
	EventID   string `json:"event_id"`
	Date      string `json:"date"`
	Accused   *Actor `json:"accused"`
	AccusedBy *Actor `json:"accused_by"`
	// Count is set for tallies such as "47 violations".
	Count int `json:"count,omitempty"`
	// Kind is "event" for a hostile event between the parties inside the
	// truce's window, "accusation" for a party's charge of a breach with no
	// event found, "tally" for a counted claim; "" in a declaration.
	Kind string `json:"kind,omitempty"`
	// ArticleID is the article that reports the violation or the claim.
	ArticleID string `json:"article_id,omitempty"`
	// Evidence is the sentence behind the violation or the claim.
	Evidence string `json:"evidence,omitempty"`
}

// Extraction is everything truce pulls out of one article.
type Extraction struct {
	Document   Document    `json:"document"`
	Events     []Event     `json:"events"`
	Ceasefires []Ceasefire `json:"ceasefires"`
	Places     []Place     `json:"places"`
}
