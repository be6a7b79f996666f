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
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/authspec/authspec/runner"
	"github.com/authspec/authspec/secret"
	"github.com/authspec/authspec/suites"
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

func exitf(code int, format string, args ...any) error {
	return &exitError{code: code, msg: fmt.Sprintf(format, args...)}
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
	if _, err := io.WriteString(rw.w, rw.r.Redact(string(p))); err != nil {
		return 0, err
	}
	return len(p), nil
}

// Version is set at build time with -ldflags "-X …/internal/cli.Version=v1.2.3".
var Version = ""

const usage = `authspec — declarative auth test suites for HTTP APIs

Usage:
  authspec run [PATH...]       run suites (files or directories; default ./suites)
  authspec lint [PATH...]      validate suites and credentials, no network
  authspec request --env E --auth C [-H 'Name: value'] [-d BODY] METHOD PATH|URL
                               one request with a suite's credential, fully diagnosed
  authspec init [DIR]          scaffold suites/, .env.example and a GitHub workflow
  authspec rotate --env E --credential C [--wait DUR] [--every DUR] [PATH...]
                               after a rotation: the new value works, the old one is refused
  authspec version

Run 'authspec COMMAND -h' for a command's flags.
Exit codes: 0 all passed, 1 a scenario failed, 2 invalid suites or command line
(nothing was sent), 3 an environment could not be reached at all.
`

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
		fmt.Fprint(stderr, usage)
		return ExitInvalid
	}
	var err error
	switch args[0] {
	case "run":
		err = c.run(args[1:])
	case "lint":
		err = c.lint(args[1:])
	case "request":
		err = c.request(args[1:])
	case "init":
		err = c.init(args[1:])
	case "rotate":
		err = c.rotate(args[1:])
	case "version", "--version", "-version":
		fmt.Fprintln(stdout, "authspec", version())
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
	default:
		fmt.Fprintf(stderr, "authspec: unknown command %q\n\n%s", args[0], usage)
		return ExitInvalid
	}
	return c.exitCode(err)
}

func (c *command) exitCode(err error) int {
	if err == nil {
		return ExitOK
	}
	var ee *exitError
	var serrs suites.Errors
	var uerr *runner.UsageError
	switch {
	case errors.As(err, &ee):
		if ee.msg != "" {
			fmt.Fprintln(c.stderr, c.redactor.Redact(ee.msg))
		}
		return ee.code
	case errors.As(err, &serrs):
		fmt.Fprintln(c.stderr, c.redactor.Redact(serrs.Error()))
		fmt.Fprintf(c.stderr, "%s; nothing was sent\n", plural(len(serrs), "error"))
		return ExitInvalid
	case errors.As(err, &uerr), errors.Is(err, flag.ErrHelp):
		if !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(c.stderr, "authspec:", c.redactor.Redact(err.Error()))
		}
		return ExitInvalid
	}
	fmt.Fprintln(c.stderr, "authspec:", c.redactor.Redact(err.Error()))
	return ExitInvalid
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

func version() string {
	if Version != "" {
		return Version
	}
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "dev"
}

// parse reads flags wherever they stand among the arguments, so both
// `authspec run --env staging suites/` and `authspec run suites/ --env
// staging` work.
func parse(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
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

func newFlags(c *command, name, synopsis string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(c.stderr)
	fs.Usage = func() {
		fmt.Fprintf(c.stderr, "Usage: authspec %s\n\nFlags:\n", synopsis)
		fs.PrintDefaults()
	}
	return fs
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

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}

// durationFlag is a time.Duration flag that also takes days and weeks
// ("7d", "2w", "1d12h"): token lifetimes are counted in days.
type durationFlag struct{ d *time.Duration }

func (f durationFlag) String() string {
	if f.d == nil {
		return ""
	}
	return f.d.String()
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
