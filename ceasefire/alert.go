package ceasefire

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"time"

	"github.com/truce-project/truce"
)

// Alert kinds.
const (
	AlertState     = "state"     // a truce changed state (or was first seen)
	AlertViolation = "violation" // a violation was linked to a truce
)

// Alert is one change in the registry worth telling someone about.
type Alert struct {
	Kind        string             `json:"kind"`
	CeasefireID string             `json:"ceasefire_id"`
	Parties     []string           `json:"parties"`
	State       string             `json:"state"`
	Previous    string             `json:"previous,omitempty"`
	Change      *truce.StateChange `json:"change,omitempty"`
	Violation   *truce.Violation   `json:"violation,omitempty"`
}

// Diff returns the alerts that lead from registry before to registry
// after: a truce that is new or whose state changed, and every violation
// after links that before did not.
func Diff(before, after []truce.Ceasefire) []Alert {
	old := map[string]*truce.Ceasefire{}
	for i := range before {
		old[before[i].ID] = &before[i]
	}
	var out []Alert
	for i := range after {
		c := &after[i]
		var parties []string
		for _, p := range c.Parties {
			parties = append(parties, p.ID)
		}
		o := old[c.ID]
		if o == nil || o.State != c.State {
			a := Alert{Kind: AlertState, CeasefireID: c.ID, Parties: parties, State: c.State}
			if o != nil {
				a.Previous = o.State
			}
			if n := len(c.History); n > 0 {
				h := c.History[n-1]
				a.Change = &h
			}
			out = append(out, a)
		}
		for _, v := range c.Violations {
			if o != nil && hasViolation(o.Violations, v) {
				continue
			}
			v := v
			out = append(out, Alert{Kind: AlertViolation, CeasefireID: c.ID, Parties: parties, State: c.State, Violation: &v})
		}
	}
	return out
}

func hasViolation(vs []truce.Violation, v truce.Violation) bool {
	for _, w := range vs {
		if w.Kind == v.Kind && w.EventID == v.EventID && w.Count == v.Count && w.ArticleID == v.ArticleID {
			return true
		}
	}
	return false
}

// Notifier writes alerts as JSON lines and, when URL is set, POSTs each to
// a webhook, retrying with exponential backoff.
type Notifier struct {
	// Out receives one JSON line per alert.
	Out io.Writer
	// URL is the webhook; "" sends none.
	URL string
	// Client sends the webhook requests (http.DefaultClient when nil);
	// callers that take the URL from users give it one that refuses
	// private addresses.
	Client *http.Client
	// Tries bounds the attempts per alert (4 when 0); Backoff is the wait
	// before the second (500ms when 0), doubled each time.
	Tries   int
	Backoff time.Duration
}

// Notify emits every alert; it returns the first error, after trying all.
func (n *Notifier) Notify(ctx context.Context, alerts []Alert) error {
	var first error
	for _, a := range alerts {
		b, err := json.Marshal(a)
		if err != nil {
			return fmt.Errorf("encode alert: %w", err)
		}
		if n.Out != nil {
			if _, err := n.Out.Write(append(b, '\n')); err != nil && first == nil {
				first = fmt.Errorf("write alert: %w", err)
			}
		}
		if n.URL != "" {
			if err := n.post(ctx, b); err != nil && first == nil {
				first = err
			}
		}
	}
	return first
}

// post sends one alert, retrying on network errors and 5xx or 429
// answers.
func (n *Notifier) post(ctx context.Context, body []byte) error {
	client := n.Client
	if client == nil {
		client = http.DefaultClient
	}
	tries, wait := n.Tries, n.Backoff
	if tries <= 0 {
		tries = 4
	}
	if wait <= 0 {
		wait = 500 * time.Millisecond
	}
	var last error
	for try := 0; try < tries; try++ {
		if try > 0 {
			select {
			case <-ctx.Done():
				return fmt.Errorf("post alert to %q: %w", n.URL, ctx.Err())
			case <-time.After(wait):
			}
			wait *= 2
		}
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, n.URL, bytes.NewReader(body))
		if err != nil {
			return fmt.Errorf("post alert to %q: %w", n.URL, err)
		}
		req.Header.Set("Content-Type", "application/json")
		resp, err := client.Do(req)
		if err != nil {
			last = err
			continue
		}
		io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
		resp.Body.Close()
		switch {
		case resp.StatusCode < 300:
			return nil
		case resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500:
			last = fmt.Errorf("status %s", resp.Status)
		default:
			return fmt.Errorf("post alert to %q: status %s", n.URL, resp.Status)
		}
	}
	return fmt.Errorf("post alert to %q: %d tries: %w", n.URL, tries, last)
}
