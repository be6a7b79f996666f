package suites_test

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/authspec/authspec/suites"
)

// writeSuite writes files (name → content) under a temporary directory and
// parses the one named suite.yaml, which may sit in a subdirectory.
func writeSuite(t *testing.T, files map[string]string) *suites.Suite {
	t.Helper()
	dir := t.TempDir()
	var suitePath string
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
		if filepath.Base(name) == "suite.yaml" {
			suitePath = p
		}
	}
	data, err := os.ReadFile(suitePath)
	if err != nil {
		t.Fatal(err)
	}
	s, errs := suites.Parse(suitePath, data)
	if len(errs) > 0 {
		t.Fatalf("suite does not parse:\n%v", errs)
	}
	return s
}

func getenv(m map[string]string) suites.Getenv {
	return func(n string) (string, bool) {
		v, ok := m[n]
		return v, ok
	}
}

func resolve(t *testing.T, s *suites.Suite, env string, proc map[string]string) *suites.Env {
	t.Helper()
	e := s.Environment(env)
	if e == nil {
		t.Fatalf("no environment %q", env)
	}
	r, errs := s.Resolve(e, getenv(proc))
	if len(errs) > 0 {
		t.Fatalf("Resolve(%s): %v", env, errs)
	}
	return r
}

// X is defined at every level; each case removes levels from the top.
func TestLookupPrecedence(t *testing.T) {
	suite := func(envVar, topVar bool, envFile string) map[string]string {
		src := "version: 1\nname: precedence\n"
		if topVar {
			src += "vars: { X: top }\n"
		}
		src += "environments:\n  staging:\n    base_url: http://127.0.0.1:8080\n    env_file: .env\n"
		if envVar {
			src += "    vars: { X: envvar }\n"
		}
		src += "scenarios:\n  - name: s\n    request: { path: \"/${X}\" }\n"
		return map[string]string{"suite.yaml": src, ".env": envFile}
	}
	tests := []struct {
		name          string
		capture       bool
		envVar        bool
		envFile       string
		proc          bool
		topVar        bool
		value, origin string
		secret        bool
	}{
		{"capture wins", true, true, "X=file\n", true, true, "capture", "capture", true},
		{"environment vars", false, true, "X=file\n", true, true, "envvar", "vars of environment staging", false},
		{"env file", false, false, "X=file\n", true, true, "file", "env file ", true},
		{"process environment", false, false, "Y=1\n", true, true, "proc", "process environment", true},
		{"top-level vars", false, false, "Y=1\n", false, true, "top", "suite vars", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := writeSuite(t, suite(tt.envVar, tt.topVar, tt.envFile))
			proc := map[string]string{}
			if tt.proc {
				proc["X"] = "proc"
			}
			r := resolve(t, s, "staging", proc)
			var captures map[string]suites.Var
			if tt.capture {
				captures = map[string]suites.Var{"X": {Name: "X", Value: "capture", Secret: true, Origin: "capture"}}
			}
			v, ok := r.Lookup("X", captures)
			if !ok || v.Value != tt.value || !strings.HasPrefix(v.Origin, tt.origin) || v.Secret != tt.secret {
				t.Errorf("Lookup(X) = %+v, %v; want value %q, origin %q…, secret %v", v, ok, tt.value, tt.origin, tt.secret)
			}
			if got, missing := r.Expand("/${X}", captures); got != "/"+tt.value || missing != nil {
				t.Errorf("Expand = %q, %q", got, missing)
			}
		})
	}
}

func TestResolveBuiltinsAndVars(t *testing.T) {
	s := writeSuite(t, map[string]string{
		"suite.yaml": `version: 1
name: builtins
vars:
  api: ${base_url}/${version}
  version: v1
  auth: "Bearer ${TOKEN}"
  account_path: /accounts/${ACCOUNT_ID}
  loop_a: ${loop_b}
  loop_b: ${loop_a}
  literal: "$${base_url}"
environments:
  staging:
    base_url: http://${HOST}:8080/
    env_file: .env
    vars: { version: v2 }
scenarios:
  - name: s
    request: { path: "/${env}${api}${auth}${account_path}${loop_a}${literal}${RAW}${UNREFERENCED_IN_FILE}" }
`,
		".env": "TOKEN=tok_123\nRAW='${version}'\n",
	})
	r := resolve(t, s, "staging", map[string]string{"HOST": "127.0.0.1", "UNUSED": "x"})
	if r.BaseURL != "http://127.0.0.1:8080" {
		t.Errorf("BaseURL = %q (want ${HOST} expanded, trailing slash dropped)", r.BaseURL)
	}
	tests := []struct {
		in      string
		out     string
		missing []string
	}{
		{"${env}", "staging", nil},
		{"${base_url}/x", "http://127.0.0.1:8080/x", nil},
		// Vars refer to vars; the environment's version wins over the suite's.
		{"${api}", "http://127.0.0.1:8080/v2", nil},
		{"${auth}", "Bearer tok_123", nil},
		// A value from an env file is never expanded again.
		{"${RAW}", "${version}", nil},
		{"${literal}", "${base_url}", nil},
		// A var that refers to a missing variable: the missing one is named.
		{"${account_path}", "/accounts/", []string{"ACCOUNT_ID"}},
		{"${NOPE}${account_path}", "/accounts/", []string{"NOPE", "ACCOUNT_ID"}},
		// A process variable the suite never names is not visible.
		{"${UNUSED}", "", []string{"UNUSED"}},
	}
	for _, tt := range tests {
		out, missing := r.Expand(tt.in, nil)
		if out != tt.out || !reflect.DeepEqual(missing, tt.missing) {
			t.Errorf("Expand(%q) = %q, %q; want %q, %q", tt.in, out, missing, tt.out, tt.missing)
		}
	}
	if v, ok := r.Lookup("auth", nil); !ok || !v.Secret {
		t.Errorf("Lookup(auth) = %+v, %v; a var built from a secret is secret", v, ok)
	}
	if v, ok := r.Lookup("api", nil); !ok || v.Secret {
		t.Errorf("Lookup(api) = %+v, %v; want found, not secret", v, ok)
	}
	if v, ok := r.Lookup("account_path", nil); ok {
		t.Errorf("Lookup(account_path) = %+v, found; it refers to a missing variable", v)
	}
	// A cycle ends, and is reported as missing rather than sent.
	if out, missing := r.Expand("${loop_a}", nil); len(missing) == 0 || strings.Contains(out, "${") {
		t.Errorf("Expand(${loop_a}) = %q, %q; want missing names and no ${ left", out, missing)
	}
	if _, ok := r.Lookup("loop_a", nil); ok {
		t.Error("Lookup(loop_a) found a cyclic variable")
	}
}

func TestResolveBaseURLMissing(t *testing.T) {
	s := writeSuite(t, map[string]string{"suite.yaml": `version: 1
name: base
environments:
  staging:
    base_url: https://${HOST}
    env_file: .env.staging
scenarios:
  - name: s
    request: { path: / }
`})
	// Not an error of the suite (the other environments still run): the
	// environment records what is missing, and its base URL stays empty.
	r, errs := s.Resolve(s.Environment("staging"), getenv(nil))
	if len(errs) != 0 || r.BaseURL != "" || !slices.Equal(r.BaseURLMissing, []string{"HOST"}) {
		t.Fatalf("errors = %v, BaseURL %q, BaseURLMissing %v; want no error, an empty URL, [HOST]", errs, r.BaseURL, r.BaseURLMissing)
	}
	msg := r.MissingMessage(r.BaseURLMissing)
	for _, want := range []string{`HOST is not set or empty in environment "staging"`, ".env.staging (not found)", "the process environment"} {
		if !strings.Contains(msg, want) {
			t.Errorf("message %q does not say %q", msg, want)
		}
	}
}

func TestResolveEnvFiles(t *testing.T) {
	s := writeSuite(t, map[string]string{
		"sub/suite.yaml": `version: 1
name: env files
environments:
  one:
    base_url: http://127.0.0.1:8080
    env_file: .env.one
  list:
    base_url: http://127.0.0.1:8080
    env_file: [.env.one, .env.two, .env.gone]
scenarios:
  - name: s
    request: { path: "/${A}/${B}/${C}/${P}" }
`,
		"sub/.env.one": "A=one\nB=one\n",
		"sub/.env.two": "# later file wins\nB=two\nC=two\n",
		".env.one":     "A=wrong directory\n",
	})
	proc := map[string]string{"P": "proc", "A": "proc"}

	one := resolve(t, s, "one", proc)
	if got, missing := one.Expand("/${A}/${B}/${C}/${P}", nil); got != "/one/one//proc" || !reflect.DeepEqual(missing, []string{"C"}) {
		t.Errorf("one: Expand = %q, %q", got, missing)
	}
	if len(one.EnvFiles) != 1 || !strings.HasSuffix(one.EnvFiles[0], "/sub/.env.one") || one.Missing != nil {
		t.Errorf("one: EnvFiles %q, Missing %q", one.EnvFiles, one.Missing)
	}

	list := resolve(t, s, "list", proc)
	if got, missing := list.Expand("/${A}/${B}/${C}/${P}", nil); got != "/one/two/two/proc" || missing != nil {
		t.Errorf("list: Expand = %q, %q", got, missing)
	}
	if len(list.EnvFiles) != 2 || len(list.Missing) != 1 || !strings.HasSuffix(list.Missing[0], "/sub/.env.gone") {
		t.Errorf("list: EnvFiles %q, Missing %q", list.EnvFiles, list.Missing)
	}
	msg := list.MissingMessage([]string{"X", "Y"})
	for _, want := range []string{"X, Y are not set or empty", `environment "list"`, list.EnvFiles[0], list.EnvFiles[1], list.Missing[0] + " (not found)", "the process environment"} {
		if !strings.Contains(msg, want) {
			t.Errorf("MissingMessage = %q; it does not say %q", msg, want)
		}
	}
	if msg := list.MissingMessage([]string{"X"}); !strings.Contains(msg, "X is not set") {
		t.Errorf("MissingMessage(X) = %q", msg)
	}

	// Secrets: every value of the env files and the process variables the
	// suite names; never the vars written in the suite.
	var got []string
	for _, v := range list.Secrets() {
		if !v.Secret {
			t.Errorf("Secrets() holds %+v, not marked secret", v)
		}
		got = append(got, v.Name+"="+v.Value)
	}
	want := []string{"A=one", "B=two", "C=two", "A=proc", "P=proc"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Secrets() = %q, want %q", got, want)
	}
}

func TestResolveBadEnvFile(t *testing.T) {
	tests := []struct {
		name, content string
		dir           bool
		want          string
	}{
		{"unterminated quote", "A=1\nTOKEN=\"sk_live_SECRET\nB=sk_live_SECRET2\n", false, "line 2: unterminated quoted value"},
		{"not NAME=value", "A=1\nsk_live_SECRET sk_live_SECRET2\n", false, "line 2: expected NAME=value"},
		{"a directory", "", true, "cannot be read"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			files := map[string]string{"suite.yaml": `version: 1
name: bad env file
environments:
  staging:
    base_url: http://127.0.0.1:8080
    env_file: [.env.ok, .env.bad]
scenarios:
  - name: s
    request: { path: / }
`, ".env.ok": "OK=1\n"}
			if tt.dir {
				files[".env.bad/x"] = ""
			} else {
				files[".env.bad"] = tt.content
			}
			s := writeSuite(t, files)
			r, errs := s.Resolve(s.Environment("staging"), getenv(nil))
			if len(errs) != 1 {
				t.Fatalf("errors = %v, want 1", errs)
			}
			e := errs[0]
			if e.Pos.Line != 6 || e.Pos.Col != 25 || !strings.Contains(e.Msg, ".env.bad") || !strings.Contains(e.Msg, tt.want) {
				t.Errorf("error = %v; want at the env_file entry (6:25), naming .env.bad and saying %q", e, tt.want)
			}
			if strings.Contains(e.Error(), "SECRET") {
				t.Errorf("error shows the file's content: %v", e)
			}
			if v, ok := r.Lookup("OK", nil); !ok || v.Value != "1" {
				t.Errorf("the good env file was not read: %+v", v)
			}
		})
	}
}

// Resolve reads the process environment only through Getenv.
func TestResolveLeavesProcessEnvironment(t *testing.T) {
	before := os.Environ()
	s := writeSuite(t, map[string]string{
		"suite.yaml": "version: 1\nname: p\nenvironments:\n  staging:\n    base_url: http://127.0.0.1:8080\n    env_file: .env\nscenarios:\n  - name: s\n    request: { path: \"/${AUTHSPEC_TEST_FROM_FILE}/${PATH}\" }\n",
		".env":       "AUTHSPEC_TEST_FROM_FILE=1\n",
	})
	var asked []string
	r, errs := s.Resolve(s.Environment("staging"), func(n string) (string, bool) {
		asked = append(asked, n)
		return "", false
	})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	if _, ok := os.LookupEnv("AUTHSPEC_TEST_FROM_FILE"); ok {
		t.Error("an env file value was put into the process environment")
	}
	if after := os.Environ(); !slices.Equal(before, after) {
		t.Error("Resolve changed the process environment")
	}
	// PATH is set in the real environment, but only Getenv counts.
	if _, missing := r.Expand("${PATH}", nil); !reflect.DeepEqual(missing, []string{"PATH"}) {
		t.Errorf("Expand(${PATH}) missing = %q; the real environment leaked in", missing)
	}
	if !slices.Contains(asked, "PATH") {
		t.Errorf("Getenv asked for %q, not PATH", asked)
	}
}
