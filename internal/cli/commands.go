package cli

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/authspec/authspec/internal/words"
)

// commandSpec is one subcommand: how it is invoked, one line about it for
// the overview, and its handler. The overview, `authspec help NAME`, `-h`
// and the did-you-mean for a mistyped command all read this table, so a
// new command is one row here and one handler using newFlags and parse.
type commandSpec struct {
	name     string
	synopsis string // after "authspec "
	summary  string
	run      func(c *command, args []string) error
}

// commands is filled in init: help refers to the table it is part of.
var commands []commandSpec

func init() {
	commands = []commandSpec{
		{"run", "run [flags] [PATH...]", "run suites (files or directories; default ./suites)", (*command).run},
		{"lint", "lint [flags] [PATH...]", "validate suites and credentials, no network", (*command).lint},
		{"request", "request --env E --auth C [-H 'Name: value'] [-d BODY] METHOD PATH|URL",
			"one request with a suite's credential, fully diagnosed", (*command).request},
		{"init", "init [--openapi FILE] [DIR]", "scaffold suites/, .env.example and a GitHub workflow (or, from an OpenAPI document, a suite per operation)", (*command).init},
		{"coverage", "coverage --openapi FILE [--min PCT] [--json FILE] [flags] [PATH...]",
			"what the suites prove per operation of an OpenAPI document, no network", (*command).coverage},
		{"rotate", "rotate --env E --credential C [--wait DUR] [--every DUR] [flags] [PATH...]",
			"after a rotation: the new value works, the old one is refused", (*command).rotate},
		{"explain", "explain CODE | --list", "what a cause code means, the evidence shown and the fix", (*command).explain},
		{"version", "version", "the module version and revision this binary was built from", (*command).version},
		{"help", "help [COMMAND]", "this overview, or a command's usage and flags", (*command).help},
	}
}

func lookupCommand(name string) (commandSpec, bool) {
	for _, cs := range commands {
		if cs.name == name {
			return cs, true
		}
	}
	return commandSpec{}, false
}

func commandNames() []string {
	names := make([]string, len(commands))
	for i, cs := range commands {
		names[i] = cs.name
	}
	return names
}

// overview is what `authspec`, `authspec help` and `authspec -h` print.
func overview() string {
	var b strings.Builder
	b.WriteString("authspec — declarative auth test suites for HTTP APIs\n\nUsage:\n")
	for _, cs := range commands {
		line := "  authspec " + strings.Replace(cs.synopsis, " [flags]", "", 1)
		if len(line) > 30 {
			fmt.Fprintf(&b, "%s\n%31s%s\n", line, "", cs.summary)
		} else {
			fmt.Fprintf(&b, "%-31s%s\n", line, cs.summary)
		}
	}
	b.WriteString(`
Run 'authspec help COMMAND' or 'authspec COMMAND -h' for a command's flags.
Exit codes: 0 all passed, 1 a scenario failed, 2 invalid suites or command line
(nothing was sent), 3 an environment could not be reached at all.
Documentation: https://github.com/authspec/authspec/tree/main/docs
`)
	return b.String()
}

// unknownCommand is exit 2 with a did-you-mean when a command is close.
// The argument is shown only when it is shaped like a command (words.Unknown).
func (c *command) unknownCommand(name string) int {
	fmt.Fprintf(c.stderr, "authspec: unknown command %s\n\n%s", words.Unknown(name, commandNames()), overview())
	return ExitInvalid
}

// usageOutput collects what a FlagSet prints while it parses: on -h/--help
// parse sends it to stdout and the command exits 0; on a bad flag, to
// stderr with exit 2. The flag package prints before it returns, so the
// text waits here until parse knows which it was.
type usageOutput struct {
	c   *command
	buf bytes.Buffer
}

func (u *usageOutput) Write(p []byte) (int, error) { return u.buf.Write(p) }

// errHelp is returned by parse after printing a command's help; Main turns
// it into exit 0 whatever the handler wraps it in.
var errHelp = errors.New("help shown")

func newFlags(c *command, name, synopsis string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	out := &usageOutput{c: c}
	fs.SetOutput(out)
	fs.Usage = func() {
		fmt.Fprintf(out, "Usage: authspec %s\n", synopsis)
		if cs, ok := lookupCommand(name); ok {
			fmt.Fprintf(out, "\n%s%s.\n", strings.ToUpper(cs.summary[:1]), cs.summary[1:])
		}
		printFlags(out, fs)
	}
	return fs
}

// printFlags is flag.PrintDefaults in the form the documentation uses
// (--name), with each default printed once, only when it says something.
func printFlags(w io.Writer, fs *flag.FlagSet) {
	first := true
	fs.VisitAll(func(f *flag.Flag) {
		if first {
			fmt.Fprint(w, "\nFlags:\n")
			first = false
		}
		arg, usage := flag.UnquoteUsage(f)
		if arg == "value" {
			arg = "" // a flag.Value whose usage names no argument
		}
		dash := "--"
		if len(f.Name) == 1 {
			dash = "-"
		}
		line := "  " + dash + f.Name
		if arg != "" {
			line += " " + arg
		}
		switch f.DefValue {
		case "", "0", "false", "[]":
		default:
			usage += fmt.Sprintf(" (default %s)", f.DefValue)
		}
		fmt.Fprintf(w, "%s\n      %s\n", line, usage)
	})
}

// flush sends what the FlagSet printed to stdout (help) or stderr (error).
func flush(fs *flag.FlagSet, err error) error {
	out, ok := fs.Output().(*usageOutput)
	if !ok {
		return err
	}
	defer out.buf.Reset()
	if errors.Is(err, flag.ErrHelp) {
		out.c.helpShown = true
		_, werr := io.Copy(out.c.stdout, &out.buf)
		if werr != nil {
			return werr
		}
		return errHelp
	}
	text := out.buf.String()
	if shown := flagError(fs, err); shown != err {
		// The flag package printed its error first, then the usage.
		_, usage, _ := strings.Cut(text, "\n")
		text, err = shown.Error()+"\n"+usage, shown
	}
	_, _ = io.Copy(out.c.stderr, strings.NewReader(suggestFlag(fs, err, text)))
	return err
}

// suggestFlag adds a did-you-mean to the flag package's "flag provided but
// not defined" line of text when a defined flag is close to the typo.
func suggestFlag(fs *flag.FlagSet, err error, text string) string {
	if err == nil { // flush also prints usages that no flag error caused
		return text
	}
	typo, ok := strings.CutPrefix(err.Error(), notDefined+"-") // a typo shown (flagError), not one held back
	if !ok {
		return text
	}
	var names []string
	fs.VisitAll(func(f *flag.Flag) { names = append(names, f.Name) })
	near := words.Closest(strings.TrimLeft(typo, "-"), names)
	if near == "" {
		return text
	}
	first, rest, _ := strings.Cut(text, "\n")
	return fmt.Sprintf("%s (did you mean %s?)\n%s", first, flagName(near), rest)
}

// help is `authspec help [COMMAND]`.
func (c *command) help(args []string) error {
	switch len(args) {
	case 0:
		fmt.Fprint(c.stdout, overview())
		return nil
	case 1:
	default:
		return exitf(ExitInvalid, "authspec help: one command at most, got %d arguments", len(args))
	}
	// `help -h` is a request for help too: it must exit 0 like every -h.
	if args[0] == "help" || args[0] == "-h" || args[0] == "--help" || args[0] == "-help" {
		fmt.Fprint(c.stdout, overview())
		return nil
	}
	cs, ok := lookupCommand(args[0])
	if !ok {
		return exitf(ExitInvalid, "authspec help: unknown command %s; the commands are %s",
			words.Unknown(args[0], commandNames()), strings.Join(commandNames(), ", "))
	}
	return cs.run(c, []string{"-h"})
}
