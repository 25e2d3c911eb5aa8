package geo

import (
	"sync"
	"testing"
)

var (
	sharedOnce sync.Once
	shared     *Gazetteer
	sharedErr  error
)

// MustLoad returns the embedded gazetteer, loaded once for the whole test
// binary, failing tb if it does not load.
func MustLoad(tb testing.TB) *Gazetteer {
	tb.Helper()
	sharedOnce.Do(func() { shared, sharedErr = Load() })
	if sharedErr != nil {
		tb.Fatalf("Load() error: %v", sharedErr)
	}
	return shared
}
