package cli

import (
	"errors"
	"flag"
	"strconv"
	"strings"

	"github.com/authspec/authspec/internal/words"
)

// flagError is err, an error of the flag package, with each flag named as
// users write it and help prints it (--wait, -H; the flag package writes
// -wait), and without the value (or the whole argument) it quotes unless
// that is short enough to be a typo (words.Typed): a token pasted after
// the wrong flag (--parallel, --wait, a boolean's =) is read before any
// suite, so the redactor knows no secret to hide it with. The name of a
// flag that is not defined is shown only when it is close to a flag or
// shaped like one (words.Shown). Other errors are returned as they are.
//
// Its messages, and those of the flag values' Set (listFlag,
// durationFlag), are plain strings, not secret.Text: parse's flush writes
// them to stderr as they are, while the flags are read, before any suite
// is loaded; the redactor is not on that path and knows no secret yet, so
// no secret can rewrite them, and literal marks would be printed as they
// are. What keeps a secret out of them is the length rule above.
func flagError(fs *flag.FlagSet, err error) error {
	if err == nil {
		return nil
	}
	msg := err.Error()
	for _, p := range []struct{ prefix, between string }{
		{"invalid value ", " for flag -"},
		{"invalid boolean value ", " for -"},
	} {
		rest, ok := strings.CutPrefix(msg, p.prefix)
		if !ok {
			continue
		}
		q, qerr := strconv.QuotedPrefix(rest)
		v, uerr := strconv.Unquote(q)
		if qerr != nil || uerr != nil || !strings.HasPrefix(rest[len(q):], p.between) {
			return errors.New(p.prefix + "(" + words.NotShown(rest) + ")")
		}
		name, reason, _ := strings.Cut(rest[len(q)+len(p.between):], ":")
		shown := words.Typed(v)
		if v != "" && shown != q { // a reason may quote the value again
			reason = strings.ReplaceAll(strings.ReplaceAll(reason, q, shown), v, shown)
		}
		return errors.New(p.prefix + shown + strings.TrimSuffix(p.between, "-") + flagName(name) + ":" + reason)
	}
	if arg, ok := strings.CutPrefix(msg, "bad flag syntax: "); ok {
		return errors.New("bad flag syntax: " + words.Typed(arg))
	}
	if name, ok := strings.CutPrefix(msg, "flag needs an argument: -"); ok {
		return errors.New("flag needs an argument: " + flagName(name))
	}
	if name, ok := strings.CutPrefix(msg, notDefined+"-"); ok {
		var names []string
		fs.VisitAll(func(f *flag.Flag) { names = append(names, f.Name) })
		if shown := words.Shown(name, names); shown != name {
			return errors.New(notDefined + shown)
		}
		return errors.New(notDefined + flagName(name))
	}
	return err
}

// notDefined begins the flag package's error for a flag that is not defined.
const notDefined = "flag provided but not defined: "

// flagName is a flag as users write it and help prints it: two dashes,
// one for a single letter (-H, -d).
func flagName(name string) string {
	if len(name) == 1 {
		return "-" + name
	}
	return "--" + name
}
