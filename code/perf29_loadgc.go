package code

import (
	"runtime/debug"
	"sync"
)

// Loading builds about 120 MB of tables, nearly all of which stay: the
// collector's cycles during a load find little garbage but mark the growing
// tables again and again, and slow every write with their barriers. A
// profile of BenchmarkLoad put a third of the load's CPU time in the
// collector. Load therefore holds collection off while it builds, and the
// first cycle after it marks the finished tables once.
//
// The setting is the process's: loads that overlap share one pause, and
// the last to finish restores what the program had set.
var loadGC struct {
	sync.Mutex
	loads int // loads under way
	saved int // the GC percentage to restore
}

// pauseGC holds collection off until the returned func is called.
func pauseGC() (resume func()) {
	loadGC.Lock()
	if loadGC.loads == 0 {
		loadGC.saved = debug.SetGCPercent(-1)
	}
	loadGC.loads++
	loadGC.Unlock()
	return func() {
		loadGC.Lock()
		loadGC.loads--
		if loadGC.loads == 0 {
			debug.SetGCPercent(loadGC.saved)
		}
		loadGC.Unlock()
	}
}
