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
}

// Violation is a reported breach of a ceasefire.
type Violation struct {
	EventID   string `json:"event_id"`
	Date      string `json:"date"`
	Accused   *Actor `json:"accused"`
	AccusedBy *Actor `json:"accused_by"`
	// Count is set for tallies such as "47 violations".
	Count int `json:"count,omitempty"`
}

// Extraction is everything truce pulls out of one article.
type Extraction struct {
	Document   Document    `json:"document"`
	Events     []Event     `json:"events"`
	Ceasefires []Ceasefire `json:"ceasefires"`
	Places     []Place     `json:"places"`
}
