package watch

import (
	"context"
	"fmt"
	"sync"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/ceasefire"
)

// Registry builds the ceasefire registry over everything stored;
// *sqlite.Store implements it.
type Registry interface {
	Registry(ctx context.Context, o ceasefire.Options) ([]truce.Ceasefire, error)
}

// Alerter tells someone when the ceasefire registry changes: a truce that
// appears or changes state, a violation newly linked to a truce. It keeps
// the registry as it last saw it; each Check rebuilds it, emits the
// differences through the Notifier and keeps the new one. Building the
// registry reads every stored event, so a Watcher checks only after a poll
// that stored something new. An Alerter is safe for concurrent use; checks
// run one at a time, so that alerts come out in order.
type Alerter struct {
	Store Registry
	// Options tune the registry; a zero Now judges declared durations
	// against the latest date stored, as truce ceasefires does.
	Options ceasefire.Options
	// Notifier writes and posts the alerts. Its Client must be one that
	// refuses private addresses (NewClient) whenever the webhook comes
	// from a user.
	Notifier *ceasefire.Notifier

	mu     sync.Mutex
	last   []truce.Ceasefire
	primed bool
}

// NewAlerter returns an Alerter over store that emits through n.
func NewAlerter(store Registry, n *ceasefire.Notifier) *Alerter {
	return &Alerter{Store: store, Notifier: n}
}

// Prime records the registry as it stands, without alerting: the baseline
// of the next Check. A watcher primes when it starts, so that a restart does
// not announce every truce already known.
func (a *Alerter) Prime(ctx context.Context) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	reg, err := a.Store.Registry(ctx, a.Options)
	if err != nil {
		return fmt.Errorf("build ceasefire registry: %w", err)
	}
	a.last, a.primed = reg, true
	return nil
}

// Check rebuilds the registry, emits the alerts that lead from the last one
// seen to it, and keeps it as the baseline of the next check; it returns
// the alerts. Without a Prime, the first Check compares with an empty
// registry. An error building the registry leaves the baseline as it was;
// an error emitting (a webhook that failed every retry) is returned after
// the baseline moved on, so that an alert is never sent twice.
func (a *Alerter) Check(ctx context.Context) ([]ceasefire.Alert, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	reg, err := a.Store.Registry(ctx, a.Options)
	if err != nil {
		return nil, fmt.Errorf("build ceasefire registry: %w", err)
	}
	alerts := ceasefire.Diff(a.last, reg)
	a.last, a.primed = reg, true
	if len(alerts) == 0 || a.Notifier == nil {
		return alerts, nil
	}
	if err := a.Notifier.Notify(ctx, alerts); err != nil {
		return alerts, fmt.Errorf("emit %d alerts: %w", len(alerts), err)
	}
	return alerts, nil
}

// primedYet reports whether Prime or Check has run.
func (a *Alerter) primedYet() bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.primed
}

// alert checks the registry after something new was stored, logging what
// goes wrong: an alert that cannot be sent must not stop the watcher.
func (w *Watcher) alert(ctx context.Context) {
	if w.Alerts == nil {
		return
	}
	alerts, err := w.Alerts.Check(ctx)
	if err != nil && ctx.Err() == nil {
		w.logger().Error("ceasefire alerts", "alerts", len(alerts), "err", err)
		return
	}
	if len(alerts) > 0 {
		w.logger().Info("ceasefire alerts", "alerts", len(alerts))
	}
}
