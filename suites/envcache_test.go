package suites_test

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/authspec/authspec/secret"
	"github.com/authspec/authspec/suites"
)

// sharedEnvSuite is a suite whose environment staging reads the env files
// files (its env_file: entry on line 6 after pad blank lines) and whose
// requests refer to vars, so that two suites can differ in any input of
// the environment, or in nothing but positions.
func sharedEnvSuite(name, pad, files, vars string) string {
	return fmt.Sprintf(`version: 1
name: %s
%senvironments:
  staging:
    base_url: "https://${HOST}/${env}"
    env_file: %s
    vars: { %s }
credentials:
  admin: { type: bearer, token: "${TOKEN}" }
scenarios:
  - name: s
    auth: admin
    request: { path: "/${A}/${B}" }
`, name, pad, files, vars)
}

// resolved is what a suite's environment resolves to, as its checks see it.
func resolvedText(t *testing.T, s *suites.Suite, getenv suites.Getenv) string {
	t.Helper()
	r, errs := s.Resolve(s.Environment("staging"), getenv)
	var b strings.Builder
	path, _ := r.Expand("/${A}/${B}/${TOKEN}", nil)
	fmt.Fprintf(&b, "base %q path %q env files %q missing %q at %v\n", r.BaseURL, path, r.EnvFiles, r.Missing, r.MissingAt)
	for _, v := range r.Secrets() {
		fmt.Fprintf(&b, "secret %s=%s (%s)\n", v.Name, v.Value, v.Origin)
	}
	for _, e := range errs {
		fmt.Fprintf(&b, "error %s\n", secret.Plain(e.Error()))
	}
	return b.String()
}

// Suites that differ in any input of an environment (the env files' text,
// the names or the values in them, the process variables, vars, the
// environment's name) each get their own values, and suites that share all
// of it their own positions, however many suites were resolved before and
// in whatever order. Each case resolves its pair in turn, then the first
// again, and compares with what the suite resolves to alone (wanted
// literally, so that a mix-up cannot hide in both).
func TestResolveKeepsEachSuitesEnvironment(t *testing.T) {
	proc := map[string]string{"HOST": "api.example.test", "TOKEN": "proc-token-111"}
	tests := []struct {
		name         string
		files        [2]map[string]string // a's and b's files, in a/ and b/
		getenv       [2]map[string]string
		wantA, wantB []string // lines resolvedText must hold
	}{
		{"different env files",
			[2]map[string]string{
				{"suite.yaml": sharedEnvSuite("a", "", ".env", "X: 1"), ".env": "A=from-a\nB=bee-a\n"},
				{"suite.yaml": sharedEnvSuite("b", "", ".env", "X: 1"), ".env": "A=from-b\nB=bee-b\n"}},
			[2]map[string]string{proc, proc},
			[]string{`path "/from-a/bee-a/proc-token-111"`, "secret A=from-a", "secret B=bee-a"},
			[]string{`path "/from-b/bee-b/proc-token-111"`, "secret A=from-b", "secret B=bee-b"}},
		{"same values under other names",
			[2]map[string]string{
				{"suite.yaml": sharedEnvSuite("a", "", "[]", "X: 1")},
				{"suite.yaml": sharedEnvSuite("b", "", "[]", "X: 1")}},
			[2]map[string]string{{"HOST": "h.example.test", "A": "value-1", "B": "value-2"}, {"HOST": "h.example.test", "B": "value-1", "A": "value-2"}},
			[]string{`path "/value-1/value-2/"`, "secret A=value-1", "secret B=value-2"},
			[]string{`path "/value-2/value-1/"`, "secret A=value-2", "secret B=value-1"}},
		{"one value under another name",
			[2]map[string]string{
				{"suite.yaml": sharedEnvSuite("a", "", "[]", "X: 1")},
				{"suite.yaml": sharedEnvSuite("b", "", "[]", "X: 1")}},
			[2]map[string]string{{"HOST": "h.example.test", "A": "value-1"}, {"HOST": "h.example.test", "B": "value-1"}},
			[]string{`path "/value-1//"`, "secret A=value-1"},
			[]string{`path "//value-1/"`, "secret B=value-1"}},
		{"same names, other process values",
			[2]map[string]string{
				{"suite.yaml": sharedEnvSuite("a", "", "[]", "X: 1")},
				{"suite.yaml": sharedEnvSuite("b", "", "[]", "X: 1")}},
			[2]map[string]string{proc, {"HOST": "other.example.test", "TOKEN": "proc-token-222"}},
			[]string{`base "https://api.example.test/staging"`, "secret TOKEN=proc-token-111"},
			[]string{`base "https://other.example.test/staging"`, "secret TOKEN=proc-token-222"}},
		{"same names, other vars",
			[2]map[string]string{
				{"suite.yaml": sharedEnvSuite("a", "", "[]", "B: vee-one")},
				{"suite.yaml": sharedEnvSuite("b", "", "[]", "B: vee-two")}},
			[2]map[string]string{proc, proc},
			[]string{`path "//vee-one/proc-token-111"`},
			[]string{`path "//vee-two/proc-token-111"`}},
		{"same everything, other positions",
			[2]map[string]string{
				{"suite.yaml": sharedEnvSuite("a", "", "[.env.gone, .env.bad]", "X: 1"), ".env.bad": "A=\"open\n"},
				{"suite.yaml": sharedEnvSuite("b", "\n\n\n", "[.env.gone, .env.bad]", "X: 1"), ".env.bad": "A=\"open\n"}},
			[2]map[string]string{proc, proc},
			[]string{"at [{a/suite.yaml 6 16}]", "error a/suite.yaml:6:27: env file ", "a/.env.bad cannot be parsed: line 1: unterminated quoted value"},
			[]string{"at [{b/suite.yaml 9 16}]", "error b/suite.yaml:9:27: env file ", "b/.env.bad cannot be parsed: line 1: unterminated quoted value"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			t.Chdir(dir)
			var ss [2]*suites.Suite
			for i, files := range tc.files {
				sub := string(rune('a' + i))
				for name, text := range files {
					if err := os.MkdirAll(sub, 0o755); err != nil {
						t.Fatal(err)
					}
					if err := os.WriteFile(filepath.Join(sub, name), []byte(text), 0o600); err != nil {
						t.Fatal(err)
					}
				}
				loaded, err := suites.Load(filepath.Join(sub, "suite.yaml"))
				if err != nil {
					t.Fatal(err)
				}
				ss[i] = loaded[0]
			}
			a := resolvedText(t, ss[0], getenv(tc.getenv[0]))
			b := resolvedText(t, ss[1], getenv(tc.getenv[1]))
			again := resolvedText(t, ss[0], getenv(tc.getenv[0]))
			if again != a {
				t.Errorf("a resolved again after b:\n%s\nfirst:\n%s", again, a)
			}
			for _, c := range []struct {
				got  string
				want []string
			}{{a, tc.wantA}, {b, tc.wantB}} {
				for _, w := range c.want {
					if !strings.Contains(c.got, w) {
						t.Errorf("no %q in:\n%s", w, c.got)
					}
				}
			}
			if a == strings.ReplaceAll(b, "b/suite.yaml", "a/suite.yaml") {
				t.Errorf("a and b resolve alike:\n%s", a)
			}
		})
	}
}

// An env file's text is read for each suite: one changed between two
// suites gives the second the new values.
func TestResolveReadsChangedEnvFile(t *testing.T) {
	s := writeSuite(t, map[string]string{"suite.yaml": sharedEnvSuite("s", "", ".env", "X: 1"), ".env": "A=before\n"})
	proc := getenv(map[string]string{"HOST": "h.example.test"})
	if got := resolvedText(t, s, proc); !strings.Contains(got, `path "/before//"`) {
		t.Fatalf("first: %s", got)
	}
	if err := os.WriteFile(filepath.Join(s.Dir, ".env"), []byte("A=after\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if got := resolvedText(t, s, proc); !strings.Contains(got, `path "/after//"`) || strings.Contains(got, "before") {
		t.Fatalf("after the change: %s", got)
	}
}

// Suites whose environments have the same inputs share what they resolve
// to: the base URL is parsed once for all of them.
func TestResolveSharesEqualEnvironments(t *testing.T) {
	dir := t.TempDir()
	var parsed []any
	for i, name := range []string{"a", "b", "c"} {
		path := filepath.Join(dir, name+".yaml")
		text := sharedEnvSuite(name, strings.Repeat("\n", i), ".env", "X: 1")
		if name == "c" {
			text = strings.Replace(text, "X: 1", "X: 2", 1)
		}
		if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
		loaded, err := suites.Load(path)
		if err != nil {
			t.Fatal(err)
		}
		r, _ := loaded[0].Resolve(loaded[0].Environment("staging"), getenv(map[string]string{"HOST": "h.example.test"}))
		u, err := r.ParsedBaseURL()
		if err != nil || u.String() != "https://h.example.test/staging" {
			t.Fatalf("%s: ParsedBaseURL = %v, %v", name, u, err)
		}
		parsed = append(parsed, u)
	}
	if parsed[0] != parsed[1] {
		t.Errorf("a and b have the same environment, parsed twice")
	}
	if parsed[0] == parsed[2] {
		t.Errorf("c's vars differ from a's, yet it got a's values")
	}
	if !slices.ContainsFunc(parsed, func(u any) bool { return u != parsed[0] }) {
		t.Errorf("every suite shares one value")
	}
}

// Two suites of one folder with the same environment share its values,
// yet each error and each missing env file is at the suite's own
// env_file entry.
func TestResolveSharedEnvironmentKeepsPositions(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	files := map[string]string{
		"a.yaml":   sharedEnvSuite("a", "", "[.env.gone, .env.bad]", "X: 1"),
		"b.yaml":   sharedEnvSuite("b", "\n\n\n", "[.env.gone, .env.bad]", "X: 1"),
		".env.bad": "A=\"open\n",
	}
	for name, text := range files {
		if err := os.WriteFile(name, []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	ss, err := suites.Load("a.yaml", "b.yaml")
	if err != nil {
		t.Fatal(err)
	}
	proc := getenv(map[string]string{"HOST": "h.example.test"})
	want := map[string][]string{
		"a": {`missing [".env.gone"] at [{a.yaml 6 16}]`, "error a.yaml:6:27: env file .env.bad cannot be parsed: line 1: unterminated quoted value"},
		"b": {`missing [".env.gone"] at [{b.yaml 9 16}]`, "error b.yaml:9:27: env file .env.bad cannot be parsed: line 1: unterminated quoted value"},
	}
	var parsed []any
	for _, s := range append(ss, ss[0]) {
		got := resolvedText(t, s, proc)
		for _, w := range want[s.Name] {
			if !strings.Contains(got, w) {
				t.Errorf("%s: no %q in:\n%s", s.Name, w, got)
			}
		}
		r, _ := s.Resolve(s.Environment("staging"), proc)
		u, _ := r.ParsedBaseURL()
		parsed = append(parsed, u)
	}
	if parsed[0] != parsed[1] || parsed[1] != parsed[2] {
		t.Errorf("a and b have the same environment, resolved apart: the positions were not tested on shared values")
	}
}
