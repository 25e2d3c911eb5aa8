package eval

import (
	"github.com/truce-project/truce"
)

// Gold file kinds.
const (
	KindGold = "truce-gold/1"
	KindGSR  = "plover-gsr"
)

// Document is one gold document: the article to extract from and what must
// come out of it.
type Document struct {
	// ID names the document; File is the gold file it came from.
	ID, File string
	// Article holds the text (from text or text_file), the publication date
	// (a UTC date) and the title and URL if the gold gives them.
	Article        *truce.Article
	Events         []GoldEvent
	NoEventsFrom   []string
	NoEventsOfType []string
	// Doc is the optional "document" block.
	Doc *DocumentCheck
	// Dyads keeps the "dyads" blocks as parsed; they are not scored yet.
	Dyads []map[string]any
	// Kind is KindGold or KindGSR.
	Kind string
	// gsr holds the PLOVER record's actor codes for category and actor
	// scoring; nil for truce-gold/1 documents.
	gsr *gsrGold
}

// GoldEvent is one event the extractor is expected to find. Each non-empty
// (or non-nil) constraint field must hold for a predicted event to match.
type GoldEvent struct {
	Key string `json:"key"`
	// Required gold events count towards recall; the others only count for
	// precision when they match.
	Required bool `json:"required"`
	// Evidence is the text the event comes from; "..." marks a gap.
	Evidence string `json:"evidence"`

	Type         []string `json:"type,omitempty"`
	Mode         []string `json:"mode,omitempty"`
	Symmetric    bool     `json:"symmetric,omitempty"`
	Source       []string `json:"source,omitempty"`
	Target       []string `json:"target,omitempty"`
	SourceSector []string `json:"source_sector,omitempty"`
	TargetSector []string `json:"target_sector,omitempty"`

	LocationAny     []string `json:"location_any,omitempty"`
	LocationCountry []string `json:"location_country,omitempty"`
	FatalitiesMin   *Range   `json:"fatalities_min,omitempty"`
	InjuriesMin     *Range   `json:"injuries_min,omitempty"`
	Status          []string `json:"status,omitempty"`
	ReportedBy      []string `json:"reported_by,omitempty"`

	Mediators              []string `json:"mediators,omitempty"`
	TermsContain           []string `json:"terms_contain,omitempty"`
	Ceasefire              *bool    `json:"ceasefire,omitempty"`
	CeasefireDurationHours *int     `json:"ceasefire_duration_hours,omitempty"`
	CeasefireState         []string `json:"ceasefire_state,omitempty"`
	// RetaliatesFor is the key of the gold event this one answers.
	RetaliatesFor string `json:"retaliates_for,omitempty"`

	// ACLED is the event's ACLED type and sub-event type, or an empty list
	// when ACLED would not record it; CAMEO its CAMEO code. Both are scored
	// as fields on the paired event, not used to match.
	ACLED *[]string `json:"acled,omitempty"`
	CAMEO string    `json:"cameo,omitempty"`

	// wholeText makes the evidence the whole article text (PLOVER records).
	wholeText bool
}

// Range is an inclusive range of counts, written [lo, hi] in gold files.
type Range struct{ Lo, Hi int }

// Contains reports whether lo <= n <= hi.
func (r Range) Contains(n int) bool { return r.Lo <= n && n <= r.Hi }

// DocumentCheck is what the gold says about the article itself.
type DocumentCheck struct {
	// BylineContains lists strings that must each occur in the byline.
	BylineContains []string `json:"byline_contains,omitempty"`
	// RepublishedFrom, if set, is the outlet the article was republished from.
	RepublishedFrom *string `json:"republished_from,omitempty"`
	// RelatedLinks, if set, is how many related-link lines the article has.
	RelatedLinks *int `json:"related_links,omitempty"`
}

// canonicalType maps PLOVER's older category names to the current ones, so
// that FIGHT and ASSAULT compare equal.
func canonicalType(t string) string {
	switch t {
	case "FIGHT":
		return truce.Assault
	case "DEMAND":
		return truce.Request
	case "DISAPPROVE", "INVESTIGATE":
		return truce.Accuse
	}
	return t
}

var categories = map[string]bool{
	truce.Agree: true, truce.Consult: true, truce.Support: true, truce.Concede: true,
	truce.Cooperate: true, truce.Aid: true, truce.Retreat: true, truce.Request: true,
	truce.Accuse: true, truce.Reject: true, truce.Threaten: true, truce.Protest: true,
	truce.Sanction: true, truce.Mobilize: true, truce.Coerce: true, truce.Assault: true,
	"FIGHT": true, "DEMAND": true, "DISAPPROVE": true, "INVESTIGATE": true,
}

// ValidType reports whether t is a PLOVER category, current or older.
func ValidType(t string) bool { return categories[t] }

var statuses = map[string]bool{
	truce.StatusReported: true, truce.StatusAlleged: true, truce.StatusClaimed: true,
	truce.StatusDenied: true, truce.StatusPlanned: true, truce.StatusNegated: true,
	truce.StatusHypothetical: true,
}

// canonicalState treats "broken" as a synonym of "violated".
func canonicalState(s string) string {
	if s == "broken" {
		return truce.CeasefireViolated
	}
	return s
}

var ceasefireStates = map[string]bool{
	truce.CeasefireAnnounced: true, truce.CeasefireInForce: true, truce.CeasefireViolated: true,
	truce.CeasefireCollapsed: true, truce.CeasefireExpired: true, truce.CeasefireExtended: true,
}
