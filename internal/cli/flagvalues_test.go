package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A value given to a flag is not echoed by the message that refuses it,
// unless it is short enough to be a typo: a token pasted after the wrong
// flag is read before any suite, so no redactor could hide it. The message
// still names the flag, and a typo is shown. So for the name of a flag
// that is not defined, the whole argument of bad flag syntax, a boolean's
// value and a --filter pattern.
func TestFlagValuesAreNotEchoed(t *testing.T) {
	const tok = "sk_live_4eC39HqLyjWDarjtT1zdp7dc"
	dir := t.TempDir()
	suite := filepath.Join(dir, "s.yaml")
	if err := os.WriteFile(suite, []byte("version: 1\nname: s\nenvironments: { e: { base_url: \"http://127.0.0.1:1\" } }\n"+
		"scenarios:\n  - { name: x, request: { method: GET, path: /x } }\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		args []string
		want string // besides the flag's name
	}{
		{[]string{"run", "--parallel", tok, suite}, "for flag --parallel: parse error"},
		{[]string{"run", "--kind", tok, suite}, "--kind (an argument of 32 characters, not shown) is not a kind"},
		{[]string{"run", "--shard", tok, suite}, "--shard (an argument of 32 characters, not shown): want I/N"},
		{[]string{"run", "--expiry-warning", tok, suite}, "for flag --expiry-warning: invalid duration (an argument of 32 characters, not shown)"},
		{[]string{"lint", "--expiry-warning", tok, suite}, "for flag --expiry-warning: invalid duration (an argument of 32 characters, not shown)"},
		{[]string{"rotate", "--wait", tok, suite}, "for flag --wait: invalid duration (an argument of 32 characters, not shown)"},
		{[]string{"rotate", "--every", tok, suite}, "for flag --every: invalid duration (an argument of 32 characters, not shown)"},
		{[]string{"run", "--fail-on-warning=" + tok, suite}, "for --fail-on-warning: parse error"},
		{[]string{"run", "--filter", "(" + tok, suite}, "--filter (an argument of 33 characters, not shown) is not a regular expression: missing closing )"},
		{[]string{"run", "--filter", tok, suite}, "no test case matches --filter (an argument of 32 characters, not shown)"},
		{[]string{"run", "--" + tok, suite}, "flag provided but not defined: (an argument of 32 characters, not shown)"},
		{[]string{"run", "-=" + tok, suite}, "bad flag syntax: (an argument of 34 characters, not shown)"},
		{[]string{"request", "--env", "e", "-X" + tok, "GET", "/x"}, "flag provided but not defined: (an argument of 33 characters, not shown)"},
		// Shaped like what the flag takes: shown, so a typo can be seen.
		{[]string{"run", "--parallel", "abc", suite}, `invalid value "abc" for flag --parallel`},
		{[]string{"run", "--kind", "happi", suite}, `--kind "happi" is not a kind (did you mean "happy"?)`},
		{[]string{"run", "--shard", "3/", suite}, `--shard "3/": want I/N`},
		{[]string{"run", "--expiry-warning", "7days", suite}, `invalid value "7days" for flag --expiry-warning`},
		{[]string{"run", "--filter", "nothing", suite}, `no test case matches --filter "nothing"`},
		{[]string{"run", "--envv", "e", suite}, "flag provided but not defined: --envv (did you mean --env?)"},
	} {
		var out, errOut bytes.Buffer
		code := Main(tc.args, strings.NewReader(""), &out, &errOut, func(string) string { return "" })
		all := out.String() + errOut.String()
		if code != ExitInvalid || strings.Contains(all, tok) || !strings.Contains(all, tc.want) {
			t.Errorf("authspec %s: exit %d, want %d, saying %q and not the value:\n%s", strings.Join(tc.args, " "), code, ExitInvalid, tc.want, all)
		}
	}
}

// A flag error names the flag as the docs and help write it (--wait, -H),
// not as the flag package does (-wait), whichever way it was typed.
func TestFlagErrorsNameFlagsAsWritten(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		args []string
		want string // the first line of stderr
	}{
		{[]string{"rotate", "--env", "e", "--credential", "c", "--wait", "xx", dir}, `invalid value "xx" for flag --wait: invalid duration "xx": want e.g. 7d, 36h or 1d12h`},
		{[]string{"rotate", "--env", "e", "--credential", "c", "--wait"}, "flag needs an argument: --wait"},
		{[]string{"run", "--quiet=maybe", dir}, `invalid boolean value "maybe" for --quiet: parse error`},
		{[]string{"run", "-parallel", "x", dir}, `invalid value "x" for flag --parallel: parse error`},
		{[]string{"run", "-frob", dir}, "flag provided but not defined: --frob"},
		{[]string{"run", "-paralel", "3", dir}, "flag provided but not defined: --paralel (did you mean --parallel?)"},
		{[]string{"request", "--env", "e", "GET", "/x", "-H"}, "flag needs an argument: -H"},
	} {
		var out, errOut bytes.Buffer
		code := Main(tc.args, strings.NewReader(""), &out, &errOut, func(string) string { return "" })
		if first, _, _ := strings.Cut(errOut.String(), "\n"); code != ExitInvalid || first != tc.want {
			t.Errorf("authspec %s: exit %d, first line %q\nwant exit %d, %q", strings.Join(tc.args, " "), code, first, ExitInvalid, tc.want)
		}
	}
}
