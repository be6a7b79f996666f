package heaproom

import (
	"runtime"
	"runtime/debug"
	"runtime/metrics"
)

// A short run's collections were mostly the early ones. At GOGC=100 the
// collector runs each time the heap doubles the live heap, and Go's first
// goal is only 4 MiB: while a 2,000-case run loaded and started (a live
// heap of 2 to 5 MiB), it collected at 4, 5, 7 and 9 MiB, and then every
// few MiB of requests; with idle processors each collection also keeps
// them busy marking. A quarter of the whole process's CPU went to the
// collector. Floor makes the collector wait until the heap reaches a size
// the run reaches anyway: from 8 collections to 3, 15-20 % less CPU, the
// same peak heap. Once the live heap is half the floor, GOGC=100 rules
// again (with the soft memory limit above it), so a large run keeps the
// memory it had.

// heapMinimum is Go's smallest heap goal at GOGC=100 (it scales with
// GOGC): a percent above floor/heapMinimum×100 would set a goal above the
// floor even with nothing live.
const heapMinimum = 4 << 20

// Floor sets the collector to let the heap grow to floor bytes before it
// collects, until the live heap is half that; then GOGC=100. The command
// calls it once at start, unless GOGC is set. During a room (Enter) the
// percent it would set is the one the room restores.
func Floor(floor int64) {
	build.Lock()
	defer build.Unlock()
	if setFloorPercent(floorPercent(floor, 0)) {
		armFloor(floor)
	}
}

// floorPercent is the GOGC at which a heap whose live part is live
// reaches floor bytes before the next collection: at least 100.
func floorPercent(floor, live int64) int {
	g := floor * 100 / heapMinimum // the most: Go's goal is at least heapMinimum×GOGC/100
	if live > 0 {
		g = min(g, floor*100/live-100)
	}
	return int(max(g, 100))
}

// setFloorPercent sets the percent, or inside a room the one the room
// restores; it reports whether the floor still matters (above 100).
func setFloorPercent(g int) bool {
	if build.running > 0 {
		build.gcPercent = g
	} else {
		debug.SetGCPercent(g)
	}
	return g > 100
}

// liveHeap is the live heap at the end of the last collection.
var liveHeap = []metrics.Sample{{Name: "/gc/heap/live:bytes"}}

// floorSentinel is garbage at once: its cleanup runs after the next
// collection, which is when the percent is set again.
type floorSentinel struct{ _ *int } // a pointer: not in the tiny allocator, which would delay it

func armFloor(floor int64) {
	runtime.AddCleanup(&floorSentinel{}, func(floor int64) {
		build.Lock()
		defer build.Unlock()
		metrics.Read(liveHeap)
		if setFloorPercent(floorPercent(floor, int64(liveHeap[0].Value.Uint64()))) {
			armFloor(floor)
		}
	}, floor)
}
