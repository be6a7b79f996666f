package suites

import (
	"context"
	"net"
	"testing"
)

// Names under localhost count as this machine only when they resolve to
// loopback addresses, and nothing else is looked up at all.
func TestIsLoopback(t *testing.T) {
	answers := map[string][]net.IPAddr{
		"localhost":           {{IP: net.ParseIP("127.0.0.1")}, {IP: net.ParseIP("::1")}},
		"api.localhost":       {{IP: net.ParseIP("127.0.0.2")}},
		"evil.localhost":      {{IP: net.ParseIP("203.0.113.7")}},
		"mixed.localhost":     {{IP: net.ParseIP("127.0.0.1")}, {IP: net.ParseIP("203.0.113.7")}},
		"api.example.invalid": {{IP: net.ParseIP("127.0.0.1")}}, // never asked
	}
	var asked []string
	prev := lookupIPAddr
	defer func() { lookupIPAddr = prev }()
	lookupIPAddr = func(_ context.Context, host string) ([]net.IPAddr, error) {
		asked = append(asked, host)
		if a, ok := answers[host]; ok {
			return a, nil
		}
		return nil, &net.DNSError{Err: "no such host", Name: host, IsNotFound: true}
	}
	loopbackNames.Clear()
	defer loopbackNames.Clear()
	for _, tc := range []struct {
		host string
		want bool
	}{
		{"127.0.0.1", true}, {"::1", true}, {"127.8.9.10", true}, {"10.0.0.1", false},
		{"localhost", true}, {"LocalHost.", true}, {"api.localhost", true},
		{"evil.localhost", false}, {"mixed.localhost", false}, {"nowhere.localhost", false},
		{"api.example.invalid", false}, {"localhost.example.invalid", false},
	} {
		if got := IsLoopback(tc.host); got != tc.want {
			t.Errorf("IsLoopback(%q) = %v, want %v", tc.host, got, tc.want)
		}
	}
	for _, h := range asked {
		if h == "api.example.invalid" || h == "localhost.example.invalid" {
			t.Errorf("%s was looked up: only localhost names may be", h)
		}
	}
}
