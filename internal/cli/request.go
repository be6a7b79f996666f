package cli

import (
	"errors"
	"io/fs"
	"os"
	"strings"

	"github.com/authspec/authspec/report"
	"github.com/authspec/authspec/runner"
	"github.com/authspec/authspec/secret"
)

// request sends one request with a suite's environment and credential and
// prints everything about it, redacted, with the full diagnosis.
func (c *command) request(args []string) error {
	var (
		f       runFlags
		single  runner.Single
		headers listFlag
		paths   listFlag
	)
	fs := newFlags(c, "request", "request --env E --auth C [-H 'Name: value'] [-d BODY] METHOD PATH|URL")
	fs.StringVar(&single.Env, "env", "", "`environment` whose base_url and variables to use (required)")
	fs.StringVar(&single.Auth, "auth", "none", "`credential` to send")
	fs.Var(&headersFlag{&headers}, "H", "extra header `'Name: value'` (repeatable)")
	fs.StringVar(&single.Body, "d", "", "request `body` (@FILE: the file's contents, as curl -d)")
	fs.Var(&paths, "suites", "suite files or directories to find the environment in (`PATH`, repeatable; default ./suites)")
	fs.BoolVar(&f.noColor, "no-color", false, "no ANSI colours")
	pos, err := parse(fs, args)
	if err != nil {
		return exitf(ExitInvalid, "")
	}
	switch {
	case len(pos) > 2:
		fs.Usage()
		_ = flush(fs, nil)
		return exitf(ExitInvalid, "authspec request: unexpected %s (stray arguments are not shown: they may be credentials); %s", stray(3, len(pos)), strayHint(pos[2:]))
	case single.Env == "" || len(pos) != 2:
		fs.Usage()
		_ = flush(fs, nil)
		return exitf(ExitInvalid, "authspec request: need --env, METHOD and PATH|URL")
	}
	single.Method, single.Target, single.Headers = pos[0], pos[1], headers
	if err := readBodyFile(&single.Body); err != nil {
		return err
	}
	f.parallel, f.verbose = 1, true // request prints the whole exchange
	opt, ss, err := c.loadSuites(&f, paths)
	if err != nil {
		return err
	}
	ctx, stop := interruptible()
	defer stop()
	rep, err := runner.Request(ctx, ss, single, opt)
	if err != nil {
		return err
	}
	color := c.colour(f.noColor) && c.stdoutTTY
	if err := report.Console(c.stdout, rep, report.ConsoleOptions{Color: color, Verbose: true}); err != nil {
		return err
	}
	return verdict(rep)
}

// headersFlag keeps -H values whole: a header value may contain commas.
type headersFlag struct{ list *listFlag }

func (h *headersFlag) String() string     { return "" }
func (h *headersFlag) Set(v string) error { *h.list = append(*h.list, v); return nil }

// strayHint says what request takes instead of the stray arguments: a
// header written without -H gets told about -H, anything else about both.
func strayHint(stray []string) string {
	for _, arg := range stray {
		if headerShaped(arg) {
			return "request takes METHOD and PATH|URL; give a header with -H 'Name: value'"
		}
	}
	return "request takes METHOD and PATH|URL; name suite files with --suites, headers with -H 'Name: value'"
}

// headerShaped reports whether arg looks like a header, "Name: value" (not
// a URL or a Windows path, whose colon is followed by a slash).
func headerShaped(arg string) bool {
	name, value, ok := strings.Cut(arg, ":")
	return ok && name != "" && !strings.HasPrefix(value, "/") && !strings.HasPrefix(value, `\`) &&
		strings.TrimLeft(strings.ToLower(name), "abcdefghijklmnopqrstuvwxyz0123456789-_") == ""
}

// readBodyFile reads -d @FILE as curl does: the file's contents, carriage
// returns and newlines removed (curl -d's rule; --data-binary keeps them).
// Sent as the literal "@FILE" instead, the API would get a file name. No
// input of authspec reads stdin, so @- is refused like a missing file:
// exit 2, before anything is sent.
func readBodyFile(body *string) error {
	path, ok := strings.CutPrefix(*body, "@")
	if !ok {
		return nil
	}
	if path == "" || path == "-" {
		return exitf(ExitInvalid, "authspec request: -d @%s: give a file to read the body from (stdin is not read); nothing was sent", path)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return exitf(ExitInvalid, "authspec request: -d @%s: %s; nothing was sent", path, secret.Lit(readFailure(err)))
	}
	*body = strings.NewReplacer("\r", "", "\n", "").Replace(string(b))
	return nil
}

// readFailure says why a file could not be read without its path (the
// message names it already).
func readFailure(err error) string {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "no such file"
	case errors.Is(err, fs.ErrPermission):
		return "permission denied"
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}
