package secret

import (
	"strings"
	"testing"
)

// One value under two names: staging's API_HEADER is "Bearer " and the
// token, production's API_TOKEN the token. Prefer names the token as the
// result used it, hides exactly what the redactor hides, and keeps the
// value's own fingerprint.
func TestPrefer(t *testing.T) {
	const tok = "tok_Shared_9f3a2b7c41d8"
	r := &Redactor{}
	r.Add("API_HEADER", "Bearer "+tok)
	r.Add("API_TOKEN", tok)
	prod := r.Prefer(Source{"API_TOKEN", tok})
	stage := r.Prefer(Source{"API_HEADER", "Bearer " + tok})
	for _, tc := range []struct {
		red      *Redactor
		in, want string
	}{
		{prod, "token " + tok + " is not valid", "token " + Label("API_TOKEN", tok) + " is not valid"},
		{prod, "token Bearer " + tok + " is not valid", "token Bearer " + Label("API_TOKEN", tok) + " is not valid"},
		{prod, `{"authorization":"Bearer ` + tok + `"}`, `{"authorization":"Bearer ` + Label("API_TOKEN", tok) + `"}`},
		{stage, "token Bearer " + tok, "token " + Label("API_HEADER", "Bearer "+tok)},
		// Without a preference, the first name (unchanged behaviour).
		{r, "token Bearer " + tok, "token " + Label("API_HEADER", "Bearer "+tok)},
	} {
		got := tc.red.Redact(tc.in)
		if got != tc.want {
			t.Errorf("Redact(%q) = %q, want %q", tc.in, got, tc.want)
		}
		if strings.Contains(got, tok) {
			t.Errorf("Redact(%q) shows the token: %q", tc.in, got)
		}
	}
	// A value added through the view is the run's.
	prod.Add("LATER", "later_secret_0123456789")
	if !r.Known("later_secret_0123456789") || r.Redact("x later_secret_0123456789") == "x later_secret_0123456789" {
		t.Error("a value added through a Prefer view is not in the redactor it views")
	}
	if got := Named("API_TOKEN", tok); Plain(string(got)) != Label("API_TOKEN", tok) {
		t.Errorf("Named = %q", got)
	}
}

// Prefer costs nothing, and changes nothing, when no value has two names:
// it returns the redactor itself. Only a value that shares a form (or is
// the same value) under another name gets a view, whether the names meet
// in one redactor or in forks gathered with AddFrom.
func TestPreferOnlyWhereNamesMeet(t *testing.T) {
	const tok, other = "tok_Shared_9f3a2b7c41d8", "other_secret_5e6f7a8b"
	r := &Redactor{}
	r.Add("API_TOKEN", tok)
	r.Add("OTHER", other)
	r.Add("API_TOKEN", tok) // the same name again is no second name
	used := []Source{{"API_TOKEN", tok}, {"OTHER", other}}
	if r.Contested() || r.Prefer(used...) != r {
		t.Fatal("a view made where no value has two names")
	}
	if n := testing.AllocsPerRun(100, func() { _ = r.Prefer(used...) }); n != 0 {
		t.Errorf("Prefer where no value has two names: %v allocations, want none", n)
	}
	r.Add("API_HEADER", "Bearer "+tok) // shares the token with API_TOKEN
	if !r.Contested() {
		t.Fatal("a shared form was not noticed")
	}
	if r.Prefer(Source{"OTHER", other}) != r {
		t.Error("a view made for a value with one name")
	}
	if v := r.Prefer(Source{"API_TOKEN", tok}); v == r || v.Redact("x Bearer "+tok) != "x Bearer "+Label("API_TOKEN", tok) {
		t.Errorf("the shared token is not named API_TOKEN: %q", v.Redact("x Bearer "+tok))
	}

	// A view is made once for the same sources, and again once values
	// change: a value used before the run knew it, added since under
	// another name, is named as it was used.
	if first, again := r.Prefer(Source{"API_TOKEN", tok}), r.Prefer(Source{"API_TOKEN", tok}); first != again {
		t.Error("the same view was made twice")
	}
	const late = "late_secret_0a1b2c3d4e"
	if r.Prefer(Source{"LATE", late}) != r {
		t.Error("a view made for a value the redactor does not know")
	}
	r.Add("FIRST_LATE", late)
	if got, want := r.Prefer(Source{"LATE", late}).Redact("x "+late), "x "+Label("LATE", late); got != want {
		t.Errorf("a value added after its view was asked for: %q, want %q", got, want)
	}

	// The same value under two names, each added in a fork of its own.
	root := &Redactor{}
	staging, production := root.Fork(), root.Fork()
	staging.Add("STAGING_TOKEN", tok)
	production.Add("PROD_TOKEN", tok)
	root.AddFrom(staging)
	if root.Contested() {
		t.Fatal("one name is no contest")
	}
	root.AddFrom(production)
	if !root.Contested() {
		t.Fatal("AddFrom did not notice the value's second name")
	}
	if got, want := root.Redact("x "+tok), "x "+Label("STAGING_TOKEN", tok); got != want {
		t.Errorf("first name: %q, want %q", got, want)
	}
	if got, want := root.Prefer(Source{"PROD_TOKEN", tok}).Redact("x "+tok), "x "+Label("PROD_TOKEN", tok); got != want {
		t.Errorf("preferred: %q, want %q", got, want)
	}
}

// A match is named by the preferred source only when what wraps its core
// is what Clean strips (quotes, spaces, one scheme); otherwise it keeps
// the label it had, whole, and nothing of it is shown.
func TestPreferWrappingIsOnlyAScheme(t *testing.T) {
	const tok = "tok_Shared_9f3a2b7c41d8"
	r := &Redactor{}
	r.Add("TWO_SCHEMES", "Bearer Token "+tok)
	r.Add("QUOTED", `"`+tok+`"`)
	r.Add("API_TOKEN", tok)
	v := r.Prefer(Source{"API_TOKEN", tok})
	for in, want := range map[string]string{
		"x Bearer Token " + tok: "x " + Label("TWO_SCHEMES", "Bearer Token "+tok),
		`x "` + tok + `"`:       `x "` + Label("API_TOKEN", tok) + `"`,
		"x " + tok:              "x " + Label("API_TOKEN", tok),
	} {
		if got := v.Redact(in); got != want {
			t.Errorf("Redact(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestLabelledWhole(t *testing.T) {
	l := Label("API_TOKEN", "tok_Shared_9f3a2b7c41d8")
	for s, want := range map[string]bool{
		l:                      true,
		"Bearer " + l:          true,
		" Token  " + l + " ":   true,
		"":                     false,
		"Bearer abc":           false,
		"SID=abc123; " + l:     false, // a server's own text beside a label
		l + " " + l:            false,
		"MyScheme " + l:        false,
		"sess " + l + "; Path": false,
	} {
		if got := LabelledWhole(s); got != want {
			t.Errorf("LabelledWhole(%q) = %v, want %v", s, got, want)
		}
	}
}
