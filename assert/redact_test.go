package assert

import (
	"net/http"
	"strings"
	"testing"
)

// A long secret in an actual value must be redacted before the value is
// cut: cut first, the start of the secret no longer matches the redactor
// and leaks. Every rendering path is covered: JSON values, non-JSON
// excerpts, body_contains context, header values.
func TestCheckerRedactsBeforeCutting(t *testing.T) {
	secret := "eyJ" + strings.Repeat("s3cr3tPayload", 30) // 393 chars, longer than any cut
	redact := func(s string) string { return strings.ReplaceAll(s, secret, "[TOKEN sha256:abcdef]") }
	c := Checker{Redact: redact}
	num := mustMatcher(t, "type", "number")
	eq := mustMatcher(t, "equals", "x")
	var fs []Failure
	fs = append(fs, c.Body("token", []Matcher{num}, []byte(`{"token":"`+secret+`"}`), false)...)
	fs = append(fs, c.Body("obj", []Matcher{eq}, []byte(`{"obj":{"t":"`+secret+`"}}`), false)...)
	fs = append(fs, c.Body("id", []Matcher{eq}, []byte("<html>"+secret+"</html>"), false)...)
	fs = append(fs, c.Header("Authorization", []Matcher{eq}, http.Header{"Authorization": {"Bearer " + secret}})...)
	if f := c.Contains("nowhere", true, []byte(secret+" tail")); f != nil {
		fs = append(fs, *f)
	}
	if f := c.Contains("tail", false, []byte(strings.Repeat("x", 30)+secret+" tail")); f != nil {
		fs = append(fs, *f)
	}
	if len(fs) != 6 {
		t.Fatalf("got %d failures, want 6: %+v", len(fs), fs)
	}
	piece := secret[3:23] // any 20 characters of it
	for _, f := range fs {
		for _, text := range []string{f.Actual, f.Message, f.Expected} {
			if strings.Contains(text, piece) {
				t.Errorf("%s: part of the secret shows: %s", f.Path, text)
			}
		}
	}
	// Without a redactor the same paths do show it: the test can fail.
	if f := CheckBody("token", []Matcher{num}, []byte(`{"token":"`+secret+`"}`), false); !strings.Contains(f[0].Actual, piece) {
		t.Fatalf("control: unredacted value not rendered: %s", f[0].Actual)
	}
}
