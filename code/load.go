package code

import (
	"fmt"
	"sync"

	"github.com/truce-project/truce/actor"
	"github.com/truce-project/truce/geo"
	"github.com/truce-project/truce/nlp"
)

// Load builds a Coder from the embedded models: the nlp pipeline, the
// actor dictionary (extended by the given dictionary files), the
// gazetteer and the coder's own lexicon. The four are loaded side by
// side, since each takes a while and none needs another.
func Load(dicts ...string) (*Coder, error) {
	var (
		wg                     sync.WaitGroup
		p                      *nlp.Pipeline
		d                      *actor.Dictionary
		g                      *geo.Gazetteer
		lx                     *lexicon
		perr, derr, gerr, lerr error
	)
	defer pauseGC()()
	wg.Go(func() { p, perr = nlp.New() })
	wg.Go(func() { d, derr = actor.Load(dicts...) })
	wg.Go(func() { g, gerr = geo.Load() })
	wg.Go(func() { lx, lerr = loadLexicon() })
	wg.Wait()
	switch {
	case perr != nil:
		return nil, fmt.Errorf("load nlp models: %w", perr)
	case derr != nil:
		return nil, fmt.Errorf("load actor dictionary: %w", derr)
	case gerr != nil:
		return nil, fmt.Errorf("load gazetteer: %w", gerr)
	case lerr != nil:
		return nil, fmt.Errorf("load coder lexicon: %w", lerr)
	}
	cm, err := parseConfidence(confidenceData)
	if err != nil {
		return nil, fmt.Errorf("load confidence model: %w", err)
	}
	return &Coder{nlp: p, actors: d, places: g, lex: lx, conf: cm}, nil
}
