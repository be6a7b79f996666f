package report

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/authspec/authspec/results"
)

func renderHTML(t *testing.T, ch *Changes) (string, *results.Report) {
	t.Helper()
	r := fixture()
	var b bytes.Buffer
	if err := HTML(&b, r, HTMLOptions{Changes: ch}); err != nil {
		t.Fatal(err)
	}
	return b.String(), r
}

func TestHTMLGolden(t *testing.T) {
	out, r := renderHTML(t, fixtureChanges(t))
	noSecrets(t, r.Redactor, out)
	compareGolden(t, "report.golden.html", []byte(out))
	if os.Getenv("AUTHSPEC_HTML_OUT") != "" {
		_ = os.WriteFile(os.Getenv("AUTHSPEC_HTML_OUT"), []byte(out), 0o644)
	}
	for _, want := range []string{"<code>jwt_expired</code> → 1 failure", "account endpoints [staging]", "Since the baseline of 2026-11-21T10:00:00Z"} {
		if !strings.Contains(out, want) {
			t.Errorf("HTML lacks %q", want)
		}
	}
}
