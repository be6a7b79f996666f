// Package heaproom lets the authspec command loosen Go's garbage collector
// for a burst of short-lived allocation, and restores it after. It is a
// decision about the whole process, so only the command layer makes it;
// the packages it wraps (openapi) stay free of global settings.
package heaproom

import (
	"os"
	"runtime/debug"
	"sync"
)

// While libopenapi builds its model of a large document (hundreds of
// files, a few hundred MiB of short-lived nodes) most of the time went to
// the garbage collector: the authspec command keeps its heap under a soft
// limit of 40 MiB, so it collected without pause (4.7 s of CPU instead of
// 1.4 s on a 659-operation document). The model is dropped once the
// operations are read, so for the build only the heap may grow: the soft
// limit is lifted (unless GOMEMLIMIT says otherwise) and collections are
// rarer. Both settings are restored when the last build in progress ends.
const (
	buildGCPercent   = 400
	buildMemoryLimit = 2 << 30
)

var build struct {
	sync.Mutex
	running      int
	gcPercent    int
	memoryLimit  int64
	limitIsUsers bool
}

// Enter loosens the collector for one build and returns what restores it:
//
//	defer heaproom.Enter()()
//
// Builds may overlap; the settings are the caller's again when the last
// one ends. GOGC=off or a higher GOGC, and a GOMEMLIMIT, are left alone.
func Enter() (restore func()) {
	build.Lock()
	defer build.Unlock()
	if build.running == 0 {
		build.gcPercent = debug.SetGCPercent(buildGCPercent)
		if build.gcPercent < 0 || build.gcPercent > buildGCPercent {
			debug.SetGCPercent(build.gcPercent) // GOGC=off or already higher
		}
		build.memoryLimit = debug.SetMemoryLimit(-1)
		build.limitIsUsers = os.Getenv("GOMEMLIMIT") != ""
		if !build.limitIsUsers && build.memoryLimit < buildMemoryLimit {
			debug.SetMemoryLimit(buildMemoryLimit)
		}
	}
	build.running++
	return func() {
		build.Lock()
		defer build.Unlock()
		build.running--
		if build.running == 0 {
			debug.SetGCPercent(build.gcPercent)
			if !build.limitIsUsers {
				debug.SetMemoryLimit(build.memoryLimit)
			}
		}
	}
}
