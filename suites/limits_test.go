package suites_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/authspec/authspec/secret"
	"github.com/authspec/authspec/suites"
)

// Parse must end quickly on hostile input: deep nesting, alias bombs,
// alias cycles.
func TestParseHostileInput(t *testing.T) {
	head := "version: 1\nname: hostile\nenvironments: { s: { base_url: \"http://127.0.0.1\" } }\n"
	laughs := func(levels int) string {
		var b strings.Builder
		b.WriteString(head + "scenarios:\n  - name: x\n    request:\n      path: /\n      json:\n")
		b.WriteString("        l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n")
		for i := 1; i < levels; i++ {
			p := fmt.Sprintf("*l%d", i-1)
			fmt.Fprintf(&b, "        l%d: &l%d [%s]\n", i, i, strings.Repeat(p+", ", 9)+p)
		}
		return b.String()
	}
	tests := []struct {
		name, src string
		want      string // substring of the errors; "" for none
	}{
		{"deep flow nesting", head + "scenarios: " + strings.Repeat("[", 9000) + strings.Repeat("]", 9000), "expected a mapping"},
		{"too deep for yaml", head + "x: " + strings.Repeat("[", 20000), "exceeded max depth"},
		{"deep json", head + "scenarios:\n  - name: x\n    request: { path: /, json: " + strings.Repeat("{a: ", 5000) + "1" + strings.Repeat("}", 5000) + " }\n", ""},
		{"a few laughs are fine", laughs(4), ""},
		{"billion laughs", laughs(10), "aliases expand this file to more than 100000 values"},
		{"alias cycle", head + "scenarios: &s [*s]\n", "alias *s refers to a value that contains it"},
		{"merge cycle", head + "scenarios:\n  - &s { name: x, <<: *s, request: { path: / } }\n", "alias *s refers to a value that contains it"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			_, errs := suites.Parse("h.yaml", []byte(tt.src))
			// A hang bound, not a speed target: these inputs must not make
			// the parser run away, on however loaded a machine.
			if d := time.Since(start); d > 20*time.Second {
				t.Errorf("Parse took %v: it runs away on this input", d)
			}
			got := errs.Error()
			if tt.want == "" && len(errs) > 0 || tt.want != "" && !strings.Contains(got, tt.want) {
				t.Errorf("errors:\n%s\nwant: %q", got, tt.want)
			}
		})
	}
}

// A suite file above MaxFileSize is refused with a clear error, without
// being read (let alone parsed) whole.
func TestSuiteFileSizeCap(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.yaml")
	head := "version: 1\nname: big\nenvironments: { s: { base_url: \"https://api.example.invalid\" } }\nscenarios:\n"
	if err := os.WriteFile(big, []byte(head+"#"+strings.Repeat("x", suites.MaxFileSize)+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := suites.Load(big)
	want := big + ": cannot read suite: the file is larger than 4 MiB, the limit for one suite; split it into several files"
	if err == nil || secret.Plain(err.Error()) != want {
		t.Errorf("Load = %v\nwant %s", err, want)
	}
	// Just under the limit still loads (padded with a comment, which
	// costs the parser nothing).
	small := filepath.Join(dir, "small.yaml")
	pad := suites.MaxFileSize - len(head) - 200
	suite := head + "  - { name: one, request: { path: /v1/items } }\n#" + strings.Repeat("x", pad) + "\n"
	if err := os.WriteFile(small, []byte(suite), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := suites.Load(small); err != nil {
		t.Errorf("a suite under the limit: %v", err)
	}
}
