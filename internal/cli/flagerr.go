package cli

import (
	"errors"
	"flag"
	"strconv"
	"strings"

	"github.com/authspec/authspec/internal/words"
)

// flagError is err, an error of the flag package, without the value (or
// the whole argument) it quotes unless that is short enough to be a typo
// (words.Typed): a token pasted after the wrong flag (--parallel, --wait,
// a boolean's =) is read before any suite, so the redactor knows no
// secret to hide it with. The name of a flag that is not defined is shown
// only when it is close to a flag or shaped like one (words.Shown). Other
// errors are returned as they are.
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
		shown, reason := words.Typed(v), rest[len(q):]
		if v != "" && shown != q { // a reason may quote the value again
			reason = strings.ReplaceAll(strings.ReplaceAll(reason, q, shown), v, shown)
		}
		return errors.New(p.prefix + shown + reason)
	}
	if arg, ok := strings.CutPrefix(msg, "bad flag syntax: "); ok {
		return errors.New("bad flag syntax: " + words.Typed(arg))
	}
	if name, ok := strings.CutPrefix(msg, "flag provided but not defined: -"); ok {
		var names []string
		fs.VisitAll(func(f *flag.Flag) { names = append(names, f.Name) })
		if shown := words.Shown(name, names); shown != name {
			return errors.New("flag provided but not defined: " + shown)
		}
		return err
	}
	return err
}
