package suites_test

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/authspec/authspec/secret"
	"github.com/authspec/authspec/suites"
	"github.com/authspec/authspec/vocab"
)

func TestLoadReportsErrorsOfAllFiles(t *testing.T) {
	_, err := suites.Load("testdata/load/bad")
	var es suites.Errors
	if !errors.As(err, &es) {
		t.Fatalf("Load returned %v (%T), want suites.Errors", err, err)
	}
	want := []string{
		`testdata/load/bad/a.yaml:8:5: unknown key "expct" in scenario "x" (did you mean "expect"?)`,
		`testdata/load/bad/b.yml:7:11: unknown kind "hapy" in scenario "y" (did you mean "happy"?); use one of "happy", "failure", "missing-data", "permission", "recovery"`,
	}
	if got := strings.Split(secret.Plain(err.Error()), "\n"); !reflect.DeepEqual(got, want) {
		t.Errorf("errors:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestLoadPaths(t *testing.T) {
	tests := []struct {
		name  string
		paths []string
		want  string // error text, or "" to succeed
	}{
		{"missing path", []string{"testdata/nope"}, "testdata/nope: no such file or directory"},
		{"directory without suites", []string{"testdata/load/none"}, "testdata/load/none: no *.yaml or *.yml suites in this directory"},
		{"file and its directory load once", []string{"testdata/ok/payments.yaml", "testdata/ok"}, ""},
		{"same suite name twice", []string{"testdata/ok/payments.yaml", "testdata/load/dupname.yaml"},
			`testdata/load/dupname.yaml:1:1: suite name "Payments API auth" is already used by testdata/ok/payments.yaml`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ss, err := suites.Load(tt.paths...)
			got := ""
			if err != nil {
				got = secret.Plain(err.Error()) // the position is marked literal
			}
			if got != tt.want {
				t.Fatalf("Load(%q) error:\n%s\nwant:\n%s", tt.paths, got, tt.want)
			}
			if err == nil && len(ss) != 1 {
				t.Errorf("Load(%q) returned %d suites, want 1", tt.paths, len(ss))
			}
		})
	}
}

// The example suites the README points at must keep loading.
func TestLoadExamples(t *testing.T) {
	ss, err := suites.Load("../examples/suites")
	if err != nil {
		t.Fatal(err)
	}
	if len(ss) == 0 {
		t.Fatal("no example suites")
	}
	for _, s := range ss {
		for _, sc := range s.Scenarios {
			if len(sc.Steps) == 0 && sc.Matrix == nil {
				t.Errorf("%s: scenario %q has neither steps nor a matrix", s.File, sc.Name)
			}
		}
	}
}

func TestLoadModel(t *testing.T) {
	ss, err := suites.Load("testdata/ok")
	if err != nil {
		t.Fatal(err)
	}
	if len(ss) != 1 {
		t.Fatalf("loaded %d suites, want 1", len(ss))
	}
	s := ss[0]
	if s.File != "testdata/ok/payments.yaml" || s.Dir != "testdata/ok" || s.Name != "Payments API auth" || s.Version != 1 {
		t.Errorf("suite = {File %q, Dir %q, Name %q, Version %d}", s.File, s.Dir, s.Name, s.Version)
	}

	// Environments, in file order.
	if got := envNames(s); !reflect.DeepEqual(got, []string{"staging", "production"}) {
		t.Fatalf("environments = %q", got)
	}
	staging, prod := s.Environment("staging"), s.Environment("production")
	if s.Environment("qa") != nil {
		t.Error(`Environment("qa") != nil`)
	}
	if got := raws(prod.EnvFiles); !reflect.DeepEqual(got, []string{".env.production", ".env.local"}) {
		t.Errorf("production env files = %q", got)
	}
	if got := raws(staging.EnvFiles); !reflect.DeepEqual(got, []string{".env.staging"}) {
		t.Errorf("staging env files = %q", got)
	}
	if p := staging.BaseURL.Pos; p != (suites.Pos{File: s.File, Line: 6, Col: 15}) {
		t.Errorf("staging base_url at %+v, want line 6 col 15", p)
	}
	if got := pairs(staging.ExpectClaims); got != "iss=https://auth.staging.example aud=payments" {
		t.Errorf("expect_claims = %s", got)
	}

	// Credentials.
	types := map[string]string{}
	for name, c := range s.Credentials {
		types[name] = c.Type
	}
	wantTypes := map[string]string{"service_token": "bearer", "readonly_key": "api_key", "admin": "basic", "machine": "oauth2_client_credentials"}
	if !reflect.DeepEqual(types, wantTypes) {
		t.Errorf("credential types = %v", types)
	}
	m := s.Credentials["machine"]
	if m.AuthStyle != "basic" || m.TokenURL.Raw != "${base_url}/oauth2/token" || len(m.Scopes) != 1 || m.Scopes[0].Raw != "accounts.read" {
		t.Errorf("machine = %+v", m)
	}
	if s.Credentials["service_token"].Previous.Raw != "${API_TOKEN_PREVIOUS}" || s.Credentials["service_token"].Prefix.IsSet() {
		t.Errorf("service_token = %+v", s.Credentials["service_token"])
	}

	// Defaults.
	d := s.Defaults
	if d.Timeout != 10*time.Second || pairs(d.Headers) != "Accept=application/json X-Client=authspec" {
		t.Errorf("defaults = timeout %v, headers %s", d.Timeout, pairs(d.Headers))
	}
	if r := d.Retry; r == nil || r.Attempts != 3 || r.Delay != time.Second || !reflect.DeepEqual(r.On, []int{502, 503, 504}) || !r.Network {
		t.Errorf("defaults retry = %+v", d.Retry)
	}

	// Scenarios.
	type want struct {
		name, kind, auth string
		steps            int
		matrix           bool
		status           string // the status the first step expects, default applied
	}
	wants := []want{
		{"valid token reads the account", "happy", "service_token", 1, false, "200"},
		{"read-only key cannot delete", "permission", "readonly_key", 1, false, "403"},
		{"unknown token is refused", "failure", "", 1, false, "401"},
		{"missing name is refused", "missing-data", "service_token", 1, false, "400 or 422"},
		{"refreshed token still works", "recovery", "", 2, false, "2xx"},
		{"account endpoints", "permission", "", 0, true, ""},
	}
	if len(s.Scenarios) != len(wants) {
		t.Fatalf("%d scenarios, want %d", len(s.Scenarios), len(wants))
	}
	for i, w := range wants {
		sc := s.Scenarios[i]
		status := ""
		if len(sc.Steps) > 0 {
			st := sc.Steps[0].Expect.Status
			if st.IsZero() {
				st = suites.DefaultStatus(sc.Kind)
			}
			status = st.String()
		}
		got := want{sc.Name, sc.Kind, sc.Auth, len(sc.Steps), sc.Matrix != nil, status}
		if got != w {
			t.Errorf("scenario %d = %+v\nwant %+v", i, got, w)
		}
	}

	// A scenario's headers add to the defaults'; the same name (in any
	// case) replaces the default, and the defaults stay as they were.
	first := s.Scenarios[0]
	if got := pairs(first.Settings.Headers); got != "accept=application/problem+json X-Client=authspec X-Request-Id=req-1" {
		t.Errorf("merged headers = %s", got)
	}
	if got := pairs(s.Defaults.Headers); got != "Accept=application/json X-Client=authspec" {
		t.Errorf("defaults' headers changed to %s", got)
	}
	if got := pairs(s.Scenarios[2].Settings.Headers); got != "Accept=application/json X-Client=authspec" {
		t.Errorf("headers of a scenario without its own = %s", got)
	}
	if first.Settings.Timeout != 10*time.Second || s.Scenarios[1].Settings.Timeout != 3*time.Second {
		t.Errorf("timeouts = %v, %v; want 10s inherited, 3s own", first.Settings.Timeout, s.Scenarios[1].Settings.Timeout)
	}
	if first.Pos != (suites.Pos{File: s.File, Line: 41, Col: 5}) {
		t.Errorf("first scenario at %+v, want its name key at 41:5", first.Pos)
	}

	// The single-request scenario.
	st := first.Steps[0]
	if st.Request.Method.Raw != "GET" || st.Request.Path.Raw != "/${api}/accounts/${account_id}" || st.Request.URL.IsSet() {
		t.Errorf("request = %+v", st.Request)
	}
	if len(st.Expect.Headers) != 1 || len(st.Expect.Body) != 3 || st.Expect.MaxDuration != 2*time.Second {
		t.Errorf("expect = %+v", st.Expect)
	}
	if got := checkPaths(st.Expect.Body); !reflect.DeepEqual(got, []string{"id", "plan", "permissions.#"}) {
		t.Errorf("body paths = %q", got)
	}
	if !reflect.DeepEqual(first.Probes, vocab.Probes) || first.ProbeStatus.String() != "401" {
		t.Errorf("probes = %q, probe status %s", first.Probes, first.ProbeStatus)
	}
	if st.AuthSet {
		t.Error("the step of a single-request scenario has its own auth")
	}

	// JSON bodies keep strings interpolable, numbers as numbers.
	js := s.Scenarios[3].Steps[0].Request.JSON
	obj, ok := js.Value.(map[string]any)
	if !ok {
		t.Fatalf("json = %#v", js.Value)
	}
	if p, ok := obj["plan"].(suites.String); !ok || p.Raw != "pro" {
		t.Errorf("json plan = %#v", obj["plan"])
	}
	if tags, ok := obj["tags"].([]any); !ok || len(tags) != 2 || tags[1].(suites.String).Raw != "${env}" {
		t.Errorf("json tags = %#v", obj["tags"])
	}
	if obj["n"] != 3 {
		t.Errorf("json n = %#v", obj["n"])
	}

	// Steps.
	rec := s.Scenarios[4]
	if !reflect.DeepEqual(rec.Only, []string{"staging"}) {
		t.Errorf("only = %q", rec.Only)
	}
	s0, s1 := rec.Steps[0], rec.Steps[1]
	if !s0.AuthSet || s0.Auth != "admin" || s1.AuthSet {
		t.Errorf("step auth = (%v %q) (%v %q)", s0.AuthSet, s0.Auth, s1.AuthSet, s1.Auth)
	}
	if got := pairs(s0.Request.Form); got != "grant_type=client_credentials" {
		t.Errorf("form = %s", got)
	}
	wantCap := []suites.Capture{
		{Name: "access", From: "access_token", Pos: suites.Pos{File: s.File, Line: 78, Col: 28}},
		{Name: "where", From: "header:Location", Header: "Location", Pos: suites.Pos{File: s.File, Line: 78, Col: 49}},
	}
	if !reflect.DeepEqual(s0.Capture, wantCap) {
		t.Errorf("captures = %+v\nwant %+v", s0.Capture, wantCap)
	}
	if s1.Expect.Status.String() != "200" || pairs(s1.Request.Headers) != "Authorization=Bearer ${access}" {
		t.Errorf("second step = %+v", s1)
	}

	// Matrix.
	mx := s.Scenarios[5]
	if mx.Skip != "waiting for API-123" || !reflect.DeepEqual(mx.Matrix.Credentials, []string{"admin", "readonly_key", "none"}) {
		t.Errorf("matrix scenario = skip %q, credentials %q", mx.Skip, mx.Matrix.Credentials)
	}
	if len(mx.Matrix.Rows) != 2 || mx.Matrix.Rows[0].Name != "list accounts" || mx.Matrix.Rows[1].Name != "delete account" {
		t.Fatalf("rows = %+v", mx.Matrix.Rows)
	}
	var statuses []string
	for _, st := range mx.Matrix.Rows[1].Expect {
		statuses = append(statuses, st.String())
	}
	if !reflect.DeepEqual(statuses, []string{"204", "403", "401"}) || mx.Matrix.Rows[1].Request.Method.Raw != "DELETE" {
		t.Errorf("delete row = %q %q", mx.Matrix.Rows[1].Request.Method.Raw, statuses)
	}
}

func TestDefaultStatus(t *testing.T) {
	tests := []struct {
		kind      string
		match     []int
		reject    []int
		rendering string
	}{
		{vocab.KindHappy, []int{200, 204, 299}, []int{199, 301, 401}, "2xx"},
		{vocab.KindRecovery, []int{200, 201}, []int{401}, "2xx"},
		{vocab.KindFailure, []int{401}, []int{200, 403}, "401"},
		{vocab.KindPermission, []int{403}, []int{401, 200}, "403"},
		{vocab.KindMissingData, []int{400, 422}, []int{401, 200, 404}, "400 or 422"},
	}
	for _, tt := range tests {
		st := suites.DefaultStatus(tt.kind)
		if st.String() != tt.rendering {
			t.Errorf("DefaultStatus(%s) = %s, want %s", tt.kind, st, tt.rendering)
		}
		for _, c := range tt.match {
			if !st.Match(c) {
				t.Errorf("DefaultStatus(%s) does not match %d", tt.kind, c)
			}
		}
		for _, c := range tt.reject {
			if st.Match(c) {
				t.Errorf("DefaultStatus(%s) matches %d", tt.kind, c)
			}
		}
	}
}

// Merge keys and aliases read as if the values were written out.
func TestParseMergeKeys(t *testing.T) {
	src := `version: 1
name: merges
environments:
  staging: &env { base_url: "http://127.0.0.1:8080" }
  qa: *env
credentials:
  token: { type: bearer, token: "${T}" }
scenarios:
  - &read
    name: reads me
    auth: token
    headers: { X-A: a }
    request: { method: GET, path: /v1/me }
    expect: { status: 200 }
  - <<: *read
    name: reads me again
    kind: failure
  - <<: [{ name: ignored, auth: none }, *read]
    name: reads me once more
`
	s, errs := suites.Parse("m.yaml", []byte(src))
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	if got := envNames(s); !reflect.DeepEqual(got, []string{"staging", "qa"}) || s.Environments[1].BaseURL.Raw != "http://127.0.0.1:8080" {
		t.Errorf("environments = %q", got)
	}
	tests := []struct{ name, kind, auth, path string }{
		{"reads me", "happy", "token", "/v1/me"},
		{"reads me again", "failure", "token", "/v1/me"},
		{"reads me once more", "happy", "none", "/v1/me"},
	}
	for i, tt := range tests {
		sc := s.Scenarios[i]
		if sc.Name != tt.name || sc.Kind != tt.kind || sc.Auth != tt.auth || sc.Steps[0].Request.Path.Raw != tt.path || sc.Steps[0].Expect.Status.String() != "200" {
			t.Errorf("scenario %d = %q %q %q %q", i, sc.Name, sc.Kind, sc.Auth, sc.Steps[0].Request.Path.Raw)
		}
		if got := pairs(sc.Settings.Headers); got != "X-A=a" {
			t.Errorf("scenario %d headers = %s", i, got)
		}
	}
}

func TestParseEmpty(t *testing.T) {
	for _, src := range []string{"", "# nothing\n", "---\n"} {
		s, errs := suites.Parse("e.yaml", []byte(src))
		if s != nil || len(errs) != 1 || !strings.Contains(errs[0].Msg, "the file is empty") {
			t.Errorf("Parse(%q) = %v, %v", src, s, errs)
		}
	}
}

// A message about a credential never quotes its value.
func TestCredentialValuesNotInErrors(t *testing.T) {
	src := `version: 1
name: leaks
environments:
  staging: { base_url: "http://127.0.0.1:8080" }
credentials:
  a: { type: bearer, token: "sk_live_SECRET${" }
  b: { type: header, headers: "X-Key: sk_live_SECRET" }
  c: { type: basic, username: [sk_live_SECRET], password: "${P" }
scenarios:
  - name: x
    auth: a
    request: { path: / }
`
	_, errs := suites.Parse("leak.yaml", []byte(src))
	if len(errs) < 4 {
		t.Fatalf("want an error per bad credential value, got:\n%v", errs)
	}
	if strings.Contains(errs.Error(), "SECRET") {
		t.Errorf("an error quotes a credential value:\n%v", errs)
	}
}

func envNames(s *suites.Suite) []string {
	var out []string
	for _, e := range s.Environments {
		out = append(out, e.Name)
	}
	return out
}

func raws(ss []suites.String) []string {
	var out []string
	for _, s := range ss {
		out = append(out, s.Raw)
	}
	return out
}

func pairs(ps []suites.Pair) string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Name+"="+p.Value.Raw)
	}
	return strings.Join(out, " ")
}

func checkPaths(cs []suites.Check) []string {
	var out []string
	for _, c := range cs {
		out = append(out, c.Path)
	}
	return out
}

func TestRefsOfScenario(t *testing.T) {
	ss, err := suites.Load("testdata/ok/payments.yaml")
	if err != nil {
		t.Fatal(err)
	}
	s := ss[0]
	collect := func(walk func(fn func(string, suites.Pos))) []string {
		var out []string
		walk(func(name string, pos suites.Pos) {
			if pos.Line == 0 {
				t.Errorf("%s referred to without a position", name)
			}
			out = append(out, name)
		})
		return out
	}
	sc := s.Scenarios[0]
	if got := collect(func(fn func(string, suites.Pos)) { suites.RequestRefs(sc, &sc.Steps[0].Request, fn) }); !reflect.DeepEqual(got, []string{"api", "account_id"}) {
		t.Errorf("RequestRefs = %q", got)
	}
	if got := collect(func(fn func(string, suites.Pos)) { suites.ExpectRefs(&sc.Steps[0].Expect, fn) }); !reflect.DeepEqual(got, []string{"account_id"}) {
		t.Errorf("ExpectRefs = %q", got)
	}
	if got := collect(func(fn func(string, suites.Pos)) { suites.CredentialRefs(s.Credentials["service_token"], fn) }); !reflect.DeepEqual(got, []string{"API_TOKEN", "API_TOKEN_PREVIOUS"}) {
		t.Errorf("CredentialRefs = %q", got)
	}
	json := s.Scenarios[3]
	if got := collect(func(fn func(string, suites.Pos)) { suites.RequestRefs(json, &json.Steps[0].Request, fn) }); !reflect.DeepEqual(got, []string{"env"}) {
		t.Errorf("RequestRefs of a JSON body = %q", got)
	}
}

// x-* keys at the top level are ignored, so they can hold anchors that
// scenarios reuse; other unknown top-level keys are still errors.
func TestExtensionKeysHoldAnchors(t *testing.T) {
	ss, err := suites.Load("testdata/ext/extension_keys.yaml")
	if err != nil {
		t.Fatal(err)
	}
	sc := ss[0].Scenarios
	if len(sc) != 2 || len(sc[0].Steps[0].Expect.Headers) != 1 || len(sc[1].Steps[0].Expect.Headers) != 1 {
		t.Fatalf("anchored expect not applied: %+v", sc)
	}
	if !sc[1].Steps[0].Expect.Status.Match(200) || sc[1].Steps[0].Expect.Status.Match(201) {
		t.Fatalf("status = %v, want 200", sc[1].Steps[0].Expect.Status)
	}
	_, errs := suites.Parse("x.yaml", []byte("version: 1\nname: n\ny-common: 1\nenvironments: {s: {base_url: 'http://127.0.0.1'}}\nscenarios: [{name: a, request: {path: /}}]\n"))
	if len(errs) != 1 || !strings.Contains(errs[0].Msg, `unknown key "y-common"`) {
		t.Fatalf("errors = %v, want one unknown key", errs)
	}
}
