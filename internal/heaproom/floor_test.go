package heaproom

import (
	"runtime"
	"runtime/debug"
	"testing"
	"time"
)

// The percent makes the next goal the floor, never more (not even through
// Go's minimum goal), and never less than GOGC=100.
func TestFloorPercent(t *testing.T) {
	const mib = 1 << 20
	for _, tc := range []struct {
		floor, live int64
		want        int
	}{
		{10 * mib, 0, 250},       // nothing live yet: the goal is 4 MiB × 2.5
		{10 * mib, 1 * mib, 250}, // 1 MiB × 11 would pass the floor through the minimum goal
		{10 * mib, 4 * mib, 150}, // 4 MiB × 2.5 = 10 MiB
		{10 * mib, 5 * mib, 100}, // half the floor: GOGC=100
		{10 * mib, 40 * mib, 100},
		{2 * mib, 0, 100}, // a floor under Go's minimum goal changes nothing
	} {
		if got := floorPercent(tc.floor, tc.live); got != tc.want {
			t.Errorf("floorPercent(%d MiB, %d MiB) = %d, want %d", tc.floor/mib, tc.live/mib, got, tc.want)
		}
	}
}

// After a collection the percent follows the live heap: this test binary
// holds more than half of an 8 MiB floor, so GOGC=100 comes back, and
// the floor stops watching.
func TestFloorGivesWayToALargerHeap(t *testing.T) {
	old := debug.SetGCPercent(100)
	defer debug.SetGCPercent(old)
	keep := make([]byte, 6<<20) // live: more than half of an 8 MiB floor
	Floor(1 << 20)
	if gc, _ := settings(); gc != 100 { // 1 MiB is under Go's minimum goal
		t.Fatalf("GC percent %d, want 100", gc)
	}
	Floor(8 << 20)
	if gc, _ := settings(); gc != 200 {
		t.Fatalf("before a collection: GC percent %d, want 200", gc)
	}
	deadline := time.Now().Add(5 * time.Second)
	for gc, _ := settings(); gc != 100 && time.Now().Before(deadline); gc, _ = settings() {
		runtime.GC()
		time.Sleep(10 * time.Millisecond)
	}
	if gc, _ := settings(); gc != 100 {
		t.Errorf("after collections with %d MiB live: GC percent %d, want 100", len(keep)>>20, gc)
	}
	runtime.KeepAlive(keep)
}

// Inside a room the floor's percent is the one the room restores.
func TestFloorInsideRoom(t *testing.T) {
	t.Setenv("GOMEMLIMIT", "")
	old := debug.SetGCPercent(100)
	defer debug.SetGCPercent(old)
	restore := Enter()
	build.Lock()
	setFloorPercent(150)
	build.Unlock()
	if gc, _ := settings(); gc != buildGCPercent {
		t.Errorf("in the room: GC percent %d, want %d", gc, buildGCPercent)
	}
	restore()
	if gc, _ := settings(); gc != 150 {
		t.Errorf("after the room: GC percent %d, want the floor's 150", gc)
	}
}
