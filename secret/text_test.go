package secret

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
)

// authspec's own words are never rewritten, whatever a secret's value;
// values are redacted wherever they appear in a message.
func TestRenderRedactsOnlyValues(t *testing.T) {
	var r Redactor
	for _, v := range []string{"admin", "secret", "test", "mon", "guest", "client_secret"} {
		r.Add("PW", v)
	}
	r.Add("TOKEN", "tok_live_9f8e7d6c5b4a3210")
	tok := Label("TOKEN", "tok_live_9f8e7d6c5b4a3210")
	tests := []struct {
		name string
		msg  Text
		want string
	}{
		{"sentence", Textf("the client_secret is sent in the body; got %s", "tok_live_9f8e7d6c5b4a3210"),
			"the client_secret is sent in the body; got " + tok},
		{"names", Textf("scenario %s on %s: monitoring test admin secret", Lit("admin reads /admin/users"), Lit("guest")),
			"scenario admin reads /admin/users on guest: monitoring test admin secret"},
		{"value exactly a short secret", Textf("user %q was rejected", "admin"), `user "` + Label("PW", "admin") + `" was rejected`},
		{"nested", Textf("outer %s: %v", Textf("inner %s test", "secret"), errors.New("echo tok_live_9f8e7d6c5b4a3210")),
			"outer inner " + Label("PW", "secret") + " test: echo " + tok},
		{"error", Textf("%v", Errorf("the test said %s", "test")), "the test said " + Label("PW", "test")},
		{"verbs", Textf("%d%% of %5s", 42, "x"), "42% of     x"},
		{"missing arg", Textf("a %s"), "a %!s(MISSING)"},
		{"unmarked is all value", Text("admin logs in"), Label("PW", "admin") + " logs in"},
	}
	for _, tc := range tests {
		if got := Render(&r, string(tc.msg)); got != tc.want {
			t.Errorf("%s: Render = %q, want %q", tc.name, got, tc.want)
		}
	}
}

// A value cannot declare itself literal: marks inside an argument are
// removed, and an unclosed mark makes the rest a value.
func TestRenderValuesCannotForgeLiterals(t *testing.T) {
	var r Redactor
	r.Add("TOKEN", "tok_live_9f8e7d6c5b4a3210")
	forged := litOpen + "tok_live_9f8e7d6c5b4a3210" + litClose
	for _, msg := range []string{
		string(Textf("got %s", forged)),
		string(Lit("x")) + litOpen + "tok_live_9f8e7d6c5b4a3210",
		fmt.Sprintf("wrapped: %v", Errorf("%s", "tok_live_9f8e7d6c5b4a3210")),
	} {
		got := Render(&r, msg)
		if strings.Contains(got, "tok_live") || strings.ContainsAny(got, litOpen+litClose) {
			t.Errorf("Render(%q) = %q", msg, got)
		}
	}
	if got := Plain(string(Textf("a %s b", "c"))); got != "a c b" {
		t.Errorf("Plain = %q", got)
	}
}

// Litf is Lit of fmt.Sprintf: every argument is authspec's own words or a
// name written in the YAML, never rewritten by a secret that is one of
// its words, where Textf would redact it as a value. A mark an argument
// holds cannot close the literal early.
func TestLitf(t *testing.T) {
	r := &Redactor{}
	r.Add("PW", "admin")
	got := Litf("scenario %q, step %d", "admin reads", 2)
	if got != Lit(`scenario "admin reads", step 2`) {
		t.Errorf("Litf = %q, want Lit of the formatted text", got)
	}
	if out := Render(r, string(got)); out != `scenario "admin reads", step 2` {
		t.Errorf("rendered %q: the literal was rewritten", out)
	}
	if out := Render(r, string(Textf("scenario %q, step %d", "admin reads", 2))); !strings.Contains(out, "[PW sha256:") {
		t.Fatalf("Textf's value %q is not redacted: the test shows nothing", out)
	}
	if out := Render(r, string(Litf("a %s b", litClose+"admin"+litOpen))); out != "a admin b" {
		t.Errorf("an argument's marks: %q, want them dropped", out)
	}
}

// Errorf's %w wraps as fmt.Errorf's does (errors.Is and errors.As see the
// wrapped errors) while the words around it stay literal, and a wrapped
// Errorf error keeps its own; without %w nothing is wrapped.
func TestErrorfWraps(t *testing.T) {
	var r Redactor
	r.Add("PW", "response")
	cause := errors.New("unexpected EOF after response")
	inner := Errorf("reading the response body: %w", cause)
	outer := Errorf("step %s: %w", "response", inner)
	if !errors.Is(outer, cause) || !errors.Is(outer, inner) {
		t.Errorf("errors.Is does not see through %q", outer)
	}
	pw := Label("PW", "response")
	want := "step " + pw + ": reading the response body: unexpected EOF after " + pw
	if got := Render(&r, outer.Error()); got != want {
		t.Errorf("Render = %q, want %q", got, want)
	}
	if got := Render(&r, string(Textf("%v", outer))); got != want {
		t.Errorf("Textf(%%v) of it = %q, want %q", got, want)
	}
	two := Errorf("%w and %w", cause, io.EOF)
	if !errors.Is(two, cause) || !errors.Is(two, io.EOF) {
		t.Errorf("errors.Is does not see both errors of %q", two)
	}
	if errors.Unwrap(Errorf("%v", cause)) != nil || errors.Is(Errorf("%v", cause), cause) {
		t.Errorf("%%v wrapped its error")
	}
}
