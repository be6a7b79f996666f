package cli

import (
	"bytes"
	"strings"
	"testing"

	"github.com/authspec/authspec/diagnose"
	"github.com/authspec/authspec/internal/explain"
)

func runMain(args ...string) (code int, stdout, stderr string) {
	var out, errb bytes.Buffer
	code = Main(args, strings.NewReader(""), &out, &errb, func(string) string { return "" })
	return code, out.String(), errb.String()
}

// Every command, including those added later, answers -h and --help with
// its usage on stdout and exit 0, and `help NAME` prints the same.
func TestEveryCommandHasHelp(t *testing.T) {
	if len(commands) < 8 {
		t.Fatalf("only %d commands in the table", len(commands))
	}
	for _, cs := range commands {
		if cs.name == "help" {
			continue
		}
		var first string
		for _, args := range [][]string{{cs.name, "-h"}, {cs.name, "--help"}, {"help", cs.name}} {
			code, out, errOut := runMain(args...)
			if code != ExitOK || errOut != "" {
				t.Errorf("authspec %s: exit %d, stderr %q; want 0 and nothing", strings.Join(args, " "), code, errOut)
			}
			if !strings.HasPrefix(out, "Usage: authspec "+cs.name) {
				t.Errorf("authspec %s: stdout does not start with the usage:\n%s", strings.Join(args, " "), out)
			}
			if first == "" {
				first = out
			} else if out != first {
				t.Errorf("authspec %s prints other help than %s -h", strings.Join(args, " "), cs.name)
			}
		}
		for _, line := range strings.Split(first, "\n") {
			if strings.Count(line, "default ") > 1 {
				t.Errorf("%s -h prints a default twice: %s", cs.name, line)
			}
		}
	}
}

// explain covers every code of the catalog with the text of
// docs/diagnosis.md.
func TestExplainCoversEveryCode(t *testing.T) {
	for _, e := range diagnose.Catalog() {
		code, out, errOut := runMain("explain", e.Code)
		if code != ExitOK || errOut != "" {
			t.Errorf("explain %s: exit %d, stderr %q", e.Code, code, errOut)
			continue
		}
		if out != explain.Text(e) {
			t.Errorf("explain %s prints other text than the catalog's", e.Code)
		}
		for _, part := range []string{e.Code + ": " + e.Title} {
			if !strings.Contains(out, part) {
				t.Errorf("explain %s lacks %q", e.Code, part)
			}
		}
		for _, field := range []string{e.Meaning, e.Evidence, e.Fix} {
			if field == "" {
				t.Errorf("%s: the catalog entry has an empty field", e.Code)
			}
			if words := strings.Fields(field); !strings.Contains(strings.Join(strings.Fields(out), " "), strings.Join(words, " ")) {
				t.Errorf("explain %s does not print %q", e.Code, field)
			}
		}
	}
}

func TestFormatDuration(t *testing.T) {
	for d, want := range map[string]string{"168h": "7d", "24h": "1d", "36h": "36h0m0s", "0s": "0", "90m": "1h30m0s"} {
		v, err := parseDuration(d)
		if err != nil {
			t.Fatal(err)
		}
		if got := formatDuration(v); got != want {
			t.Errorf("formatDuration(%s) = %q, want %q", d, got, want)
		}
		if back, err := parseDuration(formatDuration(v)); err != nil || back != v {
			t.Errorf("formatDuration(%s) = %q does not parse back: %v %v", d, formatDuration(v), back, err)
		}
	}
}
