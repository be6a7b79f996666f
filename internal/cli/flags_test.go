package cli

import (
	"bytes"
	"io"
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
// serializes stderr (a wrapped stderr once hid the progress line), and asks
// the terminal driver: /dev/null is a character device but no terminal.
func TestTerminalsDetectedBeforeWrapping(t *testing.T) {
	tty := openPTY(t)
	c := newCommand(nil, tty, tty, func(string) string { return "" })
	if !c.stdoutTTY || !c.stderrTTY {
		t.Fatalf("stdoutTTY=%v stderrTTY=%v, want both true for a pseudo-terminal", c.stdoutTTY, c.stderrTTY)
	}
	dev, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer dev.Close()
	var buf bytes.Buffer
	for name, w := range map[string]io.Writer{"a buffer": &buf, os.DevNull: dev} {
		if c := newCommand(nil, w, w, nil); c.stdoutTTY || c.stderrTTY {
			t.Errorf("%s is taken for a terminal", name)
		}
	}
}

// Colour is off with --no-color, NO_COLOR or TERM=dumb, and on otherwise.
func TestColour(t *testing.T) {
	for _, tc := range []struct {
		env     map[string]string
		noColor bool
		want    bool
	}{
		{nil, false, true},
		{map[string]string{"TERM": "xterm-256color"}, false, true},
		{nil, true, false},
		{map[string]string{"NO_COLOR": "1"}, false, false},
		{map[string]string{"TERM": "dumb"}, false, false},
	} {
		c := newCommand(nil, io.Discard, io.Discard, func(k string) string { return tc.env[k] })
		if got := c.colour(tc.noColor); got != tc.want {
			t.Errorf("env %v --no-color=%v: colour %v, want %v", tc.env, tc.noColor, got, tc.want)
		}
	}
}
