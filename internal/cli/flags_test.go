package cli

import (
	"bytes"
	"log"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/authspec/authspec/secret"
)

func TestParseDuration(t *testing.T) {
	day := 24 * time.Hour
	for _, tc := range []struct {
		in   string
		want time.Duration
		ok   bool
	}{
		{"7d", 7 * day, true}, {"2w", 14 * day, true}, {"1d12h", day + 12*time.Hour, true},
		{"36h", 36 * time.Hour, true}, {"90m", 90 * time.Minute, true}, {"1w2d3h", 9*day + 3*time.Hour, true},
		{"0d", 0, true}, {"", 0, false}, {"d", 0, false}, {"-1d", 0, false}, {"7days", 0, false}, {"x7d", 0, false},
	} {
		got, err := parseDuration(tc.in)
		if (err == nil) != tc.ok || (tc.ok && got != tc.want) {
			t.Errorf("parseDuration(%q) = %v, %v; want %v ok=%v", tc.in, got, err, tc.want, tc.ok)
		}
	}
}

// The standard logger (net/http writes server misbehaviour there, quoting
// the server's bytes) goes through the run's redactor.
func TestStandardLoggerIsRedacted(t *testing.T) {
	var buf bytes.Buffer
	red := &secret.Redactor{}
	red.Add("API_TOKEN", "tok_logged_secret")
	defer log.SetOutput(log.Writer())
	log.SetOutput(redactingWriter{w: &buf, r: red})
	log.Printf("Unsolicited response received on idle HTTP channel starting with %q", `{"Authorization": "Bearer tok_logged_secret"}`)
	if strings.Contains(buf.String(), "tok_logged_secret") || !strings.Contains(buf.String(), "[API_TOKEN sha256:") {
		t.Fatalf("log output not redacted: %s", buf.String())
	}
}

// Terminal detection looks at the real files, not at the wrapper that
// serializes stderr: a wrapped stderr once hid the progress line.
func TestTerminalsDetectedBeforeWrapping(t *testing.T) {
	dev, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0) // a character device, like a terminal
	if err != nil {
		t.Skip(err)
	}
	defer dev.Close()
	c := newCommand(nil, dev, dev, func(string) string { return "" })
	if !c.stdoutTTY || !c.stderrTTY {
		t.Fatalf("stdoutTTY=%v stderrTTY=%v, want both true for %s", c.stdoutTTY, c.stderrTTY, os.DevNull)
	}
	var buf bytes.Buffer
	if c := newCommand(nil, &buf, &buf, nil); c.stdoutTTY || c.stderrTTY {
		t.Fatal("a buffer is not a terminal")
	}
}
