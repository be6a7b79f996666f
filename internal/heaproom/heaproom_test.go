package heaproom

import (
	"runtime/debug"
	"testing"

	_ "github.com/authspec/authspec/internal/golden" // accepts go test -update
)

// settings reads the collector's settings without changing them.
func settings() (gcPercent int, limit int64) {
	gcPercent = debug.SetGCPercent(-1)
	debug.SetGCPercent(gcPercent)
	return gcPercent, debug.SetMemoryLimit(-1)
}

// TestEnterRestores: inside a room the collector is loosened; overlapping
// rooms keep it loosened until the last ends; then the caller's settings
// are back.
func TestEnterRestores(t *testing.T) {
	t.Setenv("GOMEMLIMIT", "")
	oldGC := debug.SetGCPercent(150)
	oldLimit := debug.SetMemoryLimit(48 << 20)
	defer func() { debug.SetGCPercent(oldGC); debug.SetMemoryLimit(oldLimit) }()

	first := Enter()
	second := Enter()
	if gc, limit := settings(); gc != buildGCPercent || limit != buildMemoryLimit {
		t.Errorf("in the room: GC percent %d, limit %d; want %d, %d", gc, limit, buildGCPercent, buildMemoryLimit)
	}
	first()
	if gc, limit := settings(); gc != buildGCPercent || limit != buildMemoryLimit {
		t.Errorf("one room left: GC percent %d, limit %d; want %d, %d", gc, limit, buildGCPercent, buildMemoryLimit)
	}
	second()
	if gc, limit := settings(); gc != 150 || limit != 48<<20 {
		t.Errorf("after: GC percent %d, limit %d; want 150, %d", gc, limit, 48<<20)
	}
}

// TestEnterLeavesUsersSettings: a GOMEMLIMIT and a GOGC higher than the
// room's (or off) are the user's choice and stay as they are.
func TestEnterLeavesUsersSettings(t *testing.T) {
	t.Setenv("GOMEMLIMIT", "100MiB")
	oldGC := debug.SetGCPercent(-1)
	oldLimit := debug.SetMemoryLimit(100 << 20)
	defer func() { debug.SetGCPercent(oldGC); debug.SetMemoryLimit(oldLimit) }()

	restore := Enter()
	if gc, limit := settings(); gc != -1 || limit != 100<<20 {
		t.Errorf("in the room: GC percent %d, limit %d; want -1 (off), %d", gc, limit, 100<<20)
	}
	restore()
	if gc, limit := settings(); gc != -1 || limit != 100<<20 {
		t.Errorf("after: GC percent %d, limit %d; want -1 (off), %d", gc, limit, 100<<20)
	}
}
