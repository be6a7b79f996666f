// Command authspec runs declarative auth test suites against HTTP APIs.
package main

import (
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"

	"github.com/authspec/authspec/internal/cli"
	"github.com/authspec/authspec/internal/heaproom"
)

// memoryLimit is the heap size Go's collector works to stay under (a soft
// limit: a larger run still runs, with more collections). Without it the
// heap of a 10,000-scenario run doubles before each collection and peaks
// near 100 MiB. At 48 MiB such a run peaked at 53-57 MiB of RSS, more on
// a loaded machine, where a concurrent mark starved of CPU lets the heap
// grow past its goal and freed pages wait for the scavenger; at 40 MiB it
// peaks at 49-52 MiB, for about 10% more CPU in that run. A 2,000-case
// run (about 15 MiB of Go memory) never comes near it: same CPU, same
// peak. GOMEMLIMIT, when set, wins.
const memoryLimit = 40 << 20

// heapFloor is the heap the collector lets grow before it collects while
// the live heap is small (heaproom.Floor): about the peak a run of 2,000
// test cases reaches at GOGC=100 anyway, so it costs that run no memory
// and saves it most of its collections. GOGC, when set, wins.
const heapFloor = 10 << 20

func main() {
	// A reader that goes away (authspec run … | head) must not kill the
	// run before it writes its reports: Go's default for a write to a
	// closed pipe on stdout is to die of SIGPIPE. Ignored, the write fails
	// and the run goes on.
	signal.Ignore(syscall.SIGPIPE)
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimit)
	}
	if os.Getenv("GOGC") == "" {
		heaproom.Floor(heapFloor)
	}
	os.Exit(cli.Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr, os.Getenv))
}
