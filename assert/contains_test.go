package assert

import (
	"strings"
	"testing"
	"time"

	"github.com/authspec/authspec/secret"
)

func TestCheckContains(t *testing.T) {
	long := `{"a":"` + strings.Repeat("x", 100) + `SECRET` + strings.Repeat("y", 100) + `"}`
	tests := []struct {
		s    string
		want bool
		body string
		msg  string // "" when the check passes
	}{
		{"acc_123", true, `{"id":"acc_123"}`, ""},
		{"zzz", true, `{"a":"b"}`, `body_contains: expected contains "zzz", got "{\"a\":\"b\"}" (9 bytes)`},
		{"zzz", true, "", `body_contains: expected contains "zzz", got (empty body)`},
		{"<html", true, "<html>\n<body>ok</body>", ""},
		{"token", false, `{"id":"acc_123"}`, ""},
		{"token", false, "", ""},
		{"acc_123", false, `{"id":"acc_123"}`, `body_not_contains: expected does not contain "acc_123", got "{\"id\":\"acc_123\"}"`},
		{"SECRET", false, long, `body_not_contains: expected does not contain "SECRET", got …"` + strings.Repeat("x", 40) + "SECRET" + strings.Repeat("y", 40) + `"…`},
		{"ab", false, "\x1b[2Jab\n", `body_not_contains: expected does not contain "ab", got "ab"`},
	}
	for _, tt := range tests {
		f := CheckContains(tt.s, tt.want, []byte(tt.body))
		switch {
		case tt.msg == "" && f != nil:
			t.Errorf("CheckContains(%q, %v, %q) = %q, want pass", tt.s, tt.want, tt.body, secret.Plain(f.Message))
		case tt.msg != "" && f == nil:
			t.Errorf("CheckContains(%q, %v, %q) passed, want %q", tt.s, tt.want, tt.body, tt.msg)
		case tt.msg != "" && secret.Plain(f.Message) != tt.msg:
			t.Errorf("CheckContains(%q, %v, %q)\n got %q\nwant %q", tt.s, tt.want, tt.body, secret.Plain(f.Message), tt.msg)
		}
	}
}

func TestCheckDuration(t *testing.T) {
	tests := []struct {
		max, got time.Duration
		msg      string // "" when the check passes
	}{
		{2 * time.Second, 1500 * time.Millisecond, ""},
		{2 * time.Second, 2 * time.Second, ""},
		{0, time.Hour, ""}, // no limit set
		{2 * time.Second, 2314159265 * time.Nanosecond, "duration: expected ≤ 2s, got 2.31s"},
		{2 * time.Second, 2001 * time.Millisecond, "duration: expected ≤ 2s, got 2.001s"},
		{100 * time.Millisecond, 100400 * time.Microsecond, "duration: expected ≤ 100ms, got 100.4ms"},
		{time.Second, 90 * time.Second, "duration: expected ≤ 1s, got 1m30s"},
	}
	for _, tt := range tests {
		f := CheckDuration(tt.max, tt.got)
		switch {
		case tt.msg == "" && f != nil:
			t.Errorf("CheckDuration(%v, %v) = %q, want pass", tt.max, tt.got, secret.Plain(f.Message))
		case tt.msg != "" && (f == nil || secret.Plain(f.Message) != tt.msg || f.Path != "duration"):
			t.Errorf("CheckDuration(%v, %v) = %+v, want %q", tt.max, tt.got, f, tt.msg)
		}
	}
}
