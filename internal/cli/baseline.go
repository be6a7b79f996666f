package cli

import (
	"errors"
	"fmt"
	"io/fs"

	"github.com/authspec/authspec/report"
)

// readBaseline reads --baseline. A file that does not exist yet is the
// first run of a nightly job: said, and the run goes on without a
// comparison. A file that is not a JSON report, or "-", is a usage
// error, before anything is sent.
func (c *command) readBaseline(path string) (*report.Baseline, error) {
	switch path {
	case "":
		return nil, nil
	case "-":
		// Read as a file named "-", it did not exist: the run went on
		// without a comparison, saying only "a first run?". No input of
		// authspec reads stdin; "-" is stdout, for --json only.
		return nil, exitf(ExitInvalid, "authspec: --baseline -: the baseline is an earlier run's --json report read from a file; give its path (./- for a file named \"-\"); nothing was sent")
	}
	b, err := report.ReadBaseline(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		fmt.Fprintf(c.stderr, "authspec: --baseline %s does not exist (a first run?): nothing to compare with\n", path)
		return nil, nil
	case err != nil:
		return nil, exitf(ExitInvalid, "authspec: --baseline: %v; nothing was sent", err)
	}
	return b, nil
}
