package suites_test

import (
	"strings"
	"testing"

	"github.com/authspec/authspec/secret"
	"github.com/authspec/authspec/secret/secrettest"
	"github.com/authspec/authspec/suites"
)

// A suite error's file:line:col is the user's own, shown as written
// whatever secret is a word of it: the path suites/admin.yaml beside a
// password "admin" stays whole, whether the message marks its own words
// (secret.Textf) or not. The message itself is redacted as before: an
// unmarked one whole, a marked one in its values.
func TestErrorPositionIsLiteral(t *testing.T) {
	red := &secret.Redactor{}
	red.Add("PW", "admin")
	const at = "suites/admin.yaml:6:22: "
	pos := suites.Pos{File: "suites/admin.yaml", Line: 6, Col: 22}
	es := suites.Errors{
		{Pos: pos, Msg: "env file suites/admin/.env cannot be read: is a directory"},
		{Pos: pos, Msg: string(secret.Textf("base_url resolves to %s, which would send %s in clear text", "http://api/admin", secret.Lit("a credential")))},
	}
	label := secret.Plain(string(red.Value("", "admin")))
	// The message's own value is redacted (the guard: the redactor does
	// replace the password in other text), its own words kept.
	want := []string{
		"env file suites/" + label + "/.env cannot be read: is a directory",
		"base_url resolves to http://api/" + label + ", which would send a credential in clear text",
	}
	lines := strings.Split(secret.Render(red, es.Error()), "\n")
	if len(lines) != len(want) {
		t.Fatalf("%d lines %q, want one per error (%d)", len(lines), lines, len(want))
	}
	for i, line := range lines {
		rest, ok := strings.CutPrefix(line, at)
		if !ok {
			t.Errorf("error %d: %q does not begin with the position %q as written", i, line, at)
			continue
		}
		if !strings.HasPrefix(label, "[PW sha256:") || rest != want[i] {
			t.Errorf("error %d: %q, want %q (the password replaced by its label)", i, rest, want[i])
		}
		secrettest.NoForms(t, rest, "admin")
	}
	if want := at + "a file"; secret.Render(red, suites.Error{Pos: pos, Msg: "a file"}.Error()) != want {
		t.Errorf("one error: %q, want %q", secret.Render(red, suites.Error{Pos: pos, Msg: "a file"}.Error()), want)
	}
}
