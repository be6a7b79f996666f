package runner

import "testing"

func TestJoinURL(t *testing.T) {
	for _, tc := range []struct{ base, path, want string }{
		{"http://127.0.0.1:1", "/ok", "http://127.0.0.1:1/ok"},
		{"http://127.0.0.1:1/api/", "ok", "http://127.0.0.1:1/api/ok"},
		{"http://127.0.0.1:1/api", "", "http://127.0.0.1:1/api"},
		{"http://127.0.0.1:1/api?sig=abc", "/ok", "http://127.0.0.1:1/api/ok?sig=abc"},
		{"http://127.0.0.1:1/api/?sig=abc", "/ok?x=1", "http://127.0.0.1:1/api/ok?sig=abc&x=1"},
		{"http://127.0.0.1:1/api", "/ok?x=1", "http://127.0.0.1:1/api/ok?x=1"},
		{"http://127.0.0.1:1?sig=abc#frag", "/ok", "http://127.0.0.1:1/ok?sig=abc"},
	} {
		if got := joinURL(tc.base, tc.path); got != tc.want {
			t.Errorf("joinURL(%q, %q) = %q, want %q", tc.base, tc.path, got, tc.want)
		}
	}
}
