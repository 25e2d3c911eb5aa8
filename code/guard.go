package code

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"

	"github.com/truce-project/truce"
)

// ErrInternal marks an article the coder failed on through a fault of its
// own, not of the input: the article is reported and skipped, and the
// articles after it are still coded.
var ErrInternal = errors.New("internal error in the coder")

// Extract codes one article. A fault inside the coder on one article
// becomes an error naming it (wrapping ErrInternal), with the stack
// written to Trace when one is set, so a batch or a watch loop goes on
// with the next article.
func (c *Coder) Extract(ctx context.Context, a *truce.Article) (x *truce.Extraction, err error) {
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		if c.Trace != nil {
			fmt.Fprintf(c.Trace, "panic coding %s: %v\n%s", a.ID, r, debug.Stack())
		}
		x, err = nil, fmt.Errorf("%w: article %s: %v", ErrInternal, a.ID, r)
	}()
	return c.extract(ctx, a)
}
