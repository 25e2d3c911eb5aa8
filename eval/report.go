package eval

// Report holds the scores of a Run. Precision, Recall and F1 are
// micro-averaged over every document; a ratio with a zero denominator is 0.
type Report struct {
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
	// Required counts required gold events and RequiredMatched those a
	// predicted event matched.
	RequiredMatched int `json:"required_matched"`
	Required        int `json:"required"`
	// PredictedJudged counts predicted events the gold judges (their
	// sentence holds a gold event's evidence or a no_events_from entry, or
	// their type is forbidden); PredictedMatched those that matched.
	PredictedJudged  int `json:"predicted_judged"`
	PredictedMatched int `json:"predicted_matched"`
	// Predicted counts every predicted event, judged or not.
	Predicted int `json:"predicted"`
	// NoEventViolations counts predicted events from no_events_from
	// sentences or of a type in no_events_of_type, each event once.
	NoEventViolations int `json:"no_event_violations"`
	// Failed counts documents whose extraction returned an error; their
	// gold events count as missed.
	Failed int `json:"failed"`

	Files          []FileResult    `json:"files"`
	Fields         []FieldStat     `json:"fields"`
	Documents      []DocResult     `json:"documents"`
	Misses         []Miss          `json:"misses"`
	FalsePositives []FalsePositive `json:"false_positives"`
	// Confidence scores the predicted events' confidences against
	// whether they matched; nil when no predicted event was judged.
	Confidence *Calibration `json:"confidence,omitempty"`
	// ACLEDWeightedF1 is the support-weighted F1 over the ACLED sub-event
	// types of gold events that carry an "acled" label; ACLEDLabels has
	// each type's figures.
	ACLEDWeightedF1 float64      `json:"acled_weighted_f1,omitempty"`
	ACLEDLabels     []LabelScore `json:"acled_labels,omitempty"`
	// ACLEDConfusions lists the gold and predicted labels that disagree,
	// most frequent first.
	ACLEDConfusions []Confusion `json:"acled_confusions,omitempty"`
	// GSR holds the PLOVER-only scores; nil when no PLOVER record was run.
	GSR *GSRScore `json:"gsr,omitempty"`
}

// Counts is what every level of the report (document, file, run) counts.
type Counts struct {
	Required          int     `json:"required"`
	RequiredMatched   int     `json:"required_matched"`
	Predicted         int     `json:"predicted"`
	PredictedJudged   int     `json:"predicted_judged"`
	PredictedMatched  int     `json:"predicted_matched"`
	NoEventViolations int     `json:"no_event_violations"`
	Precision         float64 `json:"precision"`
	Recall            float64 `json:"recall"`
	F1                float64 `json:"f1"`
}

// FileResult sums the documents of one gold file.
type FileResult struct {
	File      string `json:"file"`
	Documents int    `json:"documents"`
	Failed    int    `json:"failed"`
	Counts
}

// DocResult is the outcome for one gold document.
type DocResult struct {
	ID   string `json:"id"`
	File string `json:"file"`
	Kind string `json:"kind"`
	Counts
	// Matches pairs gold keys with the predicted events matched to them.
	Matches []Match `json:"matches"`
	// Error is the extraction error, if the extractor failed.
	Error string `json:"error,omitempty"`
}

// Match is one gold event and the predicted event matched to it.
type Match struct {
	Key string `json:"key"`
	// EventIndex is the position of the predicted event in the extraction.
	EventIndex int    `json:"event_index"`
	EventID    string `json:"event_id"`
}

// FieldStat scores one kind of constraint over every gold event that has
// it. Each gold event is paired with its matched predicted event or, when
// it has none, with the closest predicted event from its sentence.
type FieldStat struct {
	Field string `json:"field"`
	// Total counts gold constraints of this kind; Satisfied those that
	// held on the paired event; WithValue the paired events that had any
	// value for the field.
	Total     int     `json:"total"`
	Satisfied int     `json:"satisfied"`
	WithValue int     `json:"with_value"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
	// NotScored marks gold blocks that are parsed but not scored yet
	// (dyads); Total then counts them.
	NotScored bool `json:"not_scored,omitempty"`
}

// Miss is a required gold event no predicted event matched.
type Miss struct {
	Key      string `json:"key"`
	Document string `json:"document"`
	File     string `json:"file"`
	Evidence string `json:"evidence"`
	// Reason says which constraints failed on the closest predicted event,
	// or that no event came from the sentence.
	Reason string `json:"reason"`
}

// FalsePositive is a judged predicted event that matched no gold event.
type FalsePositive struct {
	Document   string `json:"document"`
	File       string `json:"file"`
	EventIndex int    `json:"event_index"`
	EventID    string `json:"event_id"`
	Type       string `json:"type"`
	Sentence   string `json:"sentence"`
	// Judged says why the gold judges the event.
	Judged string `json:"judged"`
}

// GSRScore holds the scores only PLOVER's gold-standard records get: each
// record's first (most salient) predicted event against the record.
type GSRScore struct {
	N                int     `json:"n"`
	CategoryCorrect  int     `json:"category_correct"`
	CategoryAccuracy float64 `json:"category_accuracy"`
	// Source and Target are micro-averaged over ISO3 country codes (the
	// first three letters of predicted actor ids).
	Source   PRF     `json:"source"`
	Target   PRF     `json:"target"`
	SourceF1 float64 `json:"source_f1"`
	TargetF1 float64 `json:"target_f1"`
}

// PRF counts true and false positives and false negatives with the
// precision, recall and F1 they give.
type PRF struct {
	TP        int     `json:"tp"`
	FP        int     `json:"fp"`
	FN        int     `json:"fn"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

func ratio(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return float64(n) / float64(d)
}

func harmonic(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func (c *Counts) add(o Counts) {
	c.Required += o.Required
	c.RequiredMatched += o.RequiredMatched
	c.Predicted += o.Predicted
	c.PredictedJudged += o.PredictedJudged
	c.PredictedMatched += o.PredictedMatched
	c.NoEventViolations += o.NoEventViolations
}

func (c *Counts) finish() {
	c.Precision = ratio(c.PredictedMatched, c.PredictedJudged)
	c.Recall = ratio(c.RequiredMatched, c.Required)
	c.F1 = harmonic(c.Precision, c.Recall)
}

func (p *PRF) finish() {
	p.Precision = ratio(p.TP, p.TP+p.FP)
	p.Recall = ratio(p.TP, p.TP+p.FN)
	p.F1 = harmonic(p.Precision, p.Recall)
}
