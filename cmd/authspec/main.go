// Command authspec runs declarative auth test suites against HTTP APIs.
package main

import (
	"os"
	"runtime/debug"

	"github.com/authspec/authspec/internal/cli"
)

// memoryLimit is the heap size Go's collector works to stay under (a soft
// limit: a larger run still runs, with more collections). Without it the
// heap of a 10,000-scenario run doubles before each collection and peaks
// near 100 MiB; with it the run stays near 55 MiB for about 10% more CPU.
// GOMEMLIMIT, when set, wins.
const memoryLimit = 48 << 20

func main() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimit)
	}
	os.Exit(cli.Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr, os.Getenv))
}
