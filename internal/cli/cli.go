// Package cli is the authspec command line: it parses flags and wires the
// suites, runner and report packages together. It holds no logic of its
// own worth testing apart from that wiring; cmd/authspec only calls Main.
package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/authspec/authspec/internal/words"
	"github.com/authspec/authspec/runner"
	"github.com/authspec/authspec/secret"
	"github.com/authspec/authspec/suites"
	"golang.org/x/term"
)

// Exit codes, as documented in docs/cli.md.
const (
	ExitOK          = 0 // everything passed
	ExitFailed      = 1 // a scenario failed (or lint found credential errors)
	ExitInvalid     = 2 // the suites or the command line are invalid; nothing was sent
	ExitUnreachable = 3 // an environment could not be reached at all
)

// exitError carries an exit code up to Main, so handlers return instead of
// calling os.Exit and deferred report writing still runs.
type exitError struct {
	code int
	msg  string
}

func (e *exitError) Error() string { return e.msg }

// exitf makes an exit error whose message is a secret.Text: the format is
// authspec's words, the arguments values, redacted when Main prints it.
func exitf(code int, format string, args ...any) error {
	return &exitError{code: code, msg: string(secret.Textf(format, args...))}
}

// command is one invocation's I/O, passed to every handler.
type command struct {
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	getenv func(string) string
	// redactor is the one redactor of this invocation: every output sink
	// and the standard logger go through it.
	redactor *secret.Redactor
	// stdoutTTY and stderrTTY: the outputs are terminals (colour, progress).
	stdoutTTY, stderrTTY bool
	// helpShown: a command printed its help for -h; the exit code is 0.
	helpShown bool
}

// colour reports whether ANSI colour may be used on an output that is a
// terminal: not with --no-color, a non-empty NO_COLOR (no-color.org), or
// TERM=dumb (a terminal that cannot show escape sequences, such as Emacs'
// shell buffers).
func (c *command) colour(noColor bool) bool {
	return !noColor && c.getenv("NO_COLOR") == "" && c.getenv("TERM") != "dumb"
}

// lockedWriter serializes writes from several goroutines.
type lockedWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

// redactingWriter redacts each write; the standard logger writes whole
// lines.
type redactingWriter struct {
	w io.Writer
	r *secret.Redactor
}

func (rw redactingWriter) Write(p []byte) (int, error) {
	if _, err := io.WriteString(rw.w, secret.Render(rw.r, string(p))); err != nil {
		return 0, err
	}
	return len(p), nil
}

// newCommand sets up one invocation. Terminals are detected on the real
// files, before stderr is wrapped: net/http's logger writes from its own
// goroutines, so stderr writes are serialized.
func newCommand(stdin io.Reader, stdout, stderr io.Writer, getenv func(string) string) *command {
	return &command{stdin: stdin, stdout: stdout, stderr: &lockedWriter{w: stderr}, getenv: getenv,
		redactor: &secret.Redactor{}, stdoutTTY: isTerminal(stdout), stderrTTY: isTerminal(stderr)}
}

// Main runs authspec with args (without the program name) and returns the
// exit code.
func Main(args []string, stdin io.Reader, stdout, stderr io.Writer, getenv func(string) string) int {
	c := newCommand(stdin, stdout, stderr, getenv)
	stderr = c.stderr
	// net/http logs some server misbehaviour (an unsolicited response on an
	// idle connection) with the standard logger, quoting what the server
	// sent, which may echo a credential: that text is redacted too.
	prevLog := log.Writer()
	log.SetOutput(redactingWriter{w: stderr, r: c.redactor})
	defer log.SetOutput(prevLog)
	if len(args) == 0 {
		fmt.Fprint(stderr, overview())
		return ExitInvalid
	}
	name := args[0]
	switch name {
	case "-h", "-help", "--help":
		name = "help"
	case "-version", "--version":
		name = "version"
	}
	cs, ok := lookupCommand(name)
	if !ok {
		return c.unknownCommand(name)
	}
	return c.exitCode(cs.run(c, args[1:]))
}

func (c *command) exitCode(err error) int {
	// -h printed the command's help: whatever the handler made of that,
	// asking for help succeeded.
	if err == nil || c.helpShown {
		return ExitOK
	}
	var ee *exitError
	var serrs suites.Errors
	var uerr *runner.UsageError
	switch {
	case errors.As(err, &ee):
		if ee.msg != "" {
			fmt.Fprintln(c.stderr, secret.Render(c.redactor, ee.msg))
		}
		return ee.code
	case errors.As(err, &serrs):
		fmt.Fprintln(c.stderr, secret.Render(c.redactor, serrs.Error()))
		fmt.Fprintf(c.stderr, "%s; nothing was sent\n", words.Plural(len(serrs), "error"))
		return ExitInvalid
	case errors.As(err, &uerr), errors.Is(err, flag.ErrHelp):
		if !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(c.stderr, "authspec:", secret.Render(c.redactor, err.Error()))
		}
		return ExitInvalid
	}
	fmt.Fprintln(c.stderr, "authspec:", secret.Render(c.redactor, err.Error()))
	return ExitInvalid
}

// parse reads flags wherever they stand among the arguments, so both
// `authspec run --env staging suites/` and `authspec run suites/ --env
// staging` work.
func parse(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, flush(fs, err)
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		if args[0] == "--" {
			return append(pos, args[1:]...), nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

// splitList reads "a,b" and repeated flags alike.
type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }
func (l *listFlag) Set(v string) error {
	n := len(*l)
	for _, p := range strings.Split(v, ",") {
		if p = strings.TrimSpace(p); p != "" {
			*l = append(*l, p)
		}
	}
	if len(*l) == n {
		// `--env ''` (an unset CI variable) would otherwise mean "all".
		return errors.New("empty: give at least one name")
	}
	return nil
}

// isTerminal asks the terminal driver (golang.org/x/term), not the file
// mode: /dev/null is a character device too, and no terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// durationFlag is a time.Duration flag that also takes days and weeks
// ("7d", "2w", "1d12h"): token lifetimes are counted in days.
type durationFlag struct{ d *time.Duration }

// String writes whole days the way they are typed ("7d"), so the
// default in -h reads like the documentation.
func (f durationFlag) String() string {
	if f.d == nil {
		return ""
	}
	return formatDuration(*f.d)
}

func formatDuration(d time.Duration) string {
	const day = 24 * time.Hour
	switch {
	case d == 0:
		return "0"
	case d%day == 0:
		return fmt.Sprintf("%dd", d/day)
	}
	return d.String()
}

func (f durationFlag) Set(v string) error {
	d, err := parseDuration(v)
	if err != nil {
		return err
	}
	*f.d = d
	return nil
}

func parseDuration(v string) (time.Duration, error) {
	if v == "" {
		return 0, fmt.Errorf("empty duration: want e.g. 7d, 36h or 1d12h")
	}
	var total time.Duration
	rest := v
	for _, unit := range []struct {
		suffix string
		size   time.Duration
	}{{"w", 7 * 24 * time.Hour}, {"d", 24 * time.Hour}} {
		if i := strings.Index(rest, unit.suffix); i > 0 {
			n, err := strconv.Atoi(rest[:i])
			if err != nil || n < 0 || n > 100000 {
				return 0, fmt.Errorf("invalid duration %q: want e.g. 7d, 36h or 1d12h", v)
			}
			total += time.Duration(n) * unit.size
			rest = rest[i+1:]
		}
	}
	if rest == "" {
		return total, nil
	}
	d, err := time.ParseDuration(rest)
	if err != nil || d < 0 {
		return 0, fmt.Errorf("invalid duration %q: want e.g. 7d, 36h or 1d12h", v)
	}
	return total + d, nil
}
