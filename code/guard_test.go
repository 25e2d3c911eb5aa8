package code_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/code"
	"github.com/truce-project/truce/ingest"
)

// carriedTargetText once crashed the coder: the denial in its last
// sentence takes the civilians of the first as its target, and the check
// for "denied the shelling of X" read that target's tokens in the wrong
// sentence.
const carriedTargetText = "A missile strike on a busy bus depot in Kafr Zita killed at least 14 civilians on Friday, " +
	"volunteers of a rescue group said, blaming Russian and Syrian jets. Moscow denies bombing civilian targets in Syria."

func TestExtractTargetCarriedFromEarlierSentence(t *testing.T) {
	x := mustExtract(t, carriedTargetText, "2024-05-01")
	if len(x.Events) == 0 {
		t.Fatal("no events")
	}
}

// TestExtractFaultIsAnError checks that a fault inside the coder is an
// error naming the article, not a crash: a Coder that was never loaded
// has no models, and coding with it fails inside.
func TestExtractFaultIsAnError(t *testing.T) {
	a := &truce.Article{ID: "odd-one", Text: carriedTargetText}
	ingest.Finish(a)
	_, err := new(code.Coder).Extract(context.Background(), a)
	if !errors.Is(err, code.ErrInternal) {
		t.Fatalf("got error %v, want one wrapping ErrInternal", err)
	}
	if !strings.Contains(err.Error(), "odd-one") {
		t.Errorf("error %q does not name the article", err)
	}
}
