package suites

import (
	"testing"

	_ "github.com/authspec/authspec/internal/golden"
)

// One row per shape of URL template: where the userinfo and the query
// end, with a ${VAR} anywhere.
func TestSplitURL(t *testing.T) {
	for _, tc := range []struct {
		raw  string
		want URLParts
	}{
		{"https://api.example.com/v1?k=v", URLParts{Scheme: "https://", Host: "api.example.com", Path: "/v1", Tail: "?k=v"}},
		{"http://u:p@127.0.0.1:${PORT}/x", URLParts{Scheme: "http://", User: "u:p", HasUser: true, Host: "127.0.0.1:${PORT}", Path: "/x"}},
		{"http://u:p@h", URLParts{Scheme: "http://", User: "u:p", HasUser: true, Host: "h"}},
		{"http://h/a@b", URLParts{Scheme: "http://", Host: "h", Path: "/a@b"}},
		{"http://u@x:p@h/#frag", URLParts{Scheme: "http://", User: "u@x:p", HasUser: true, Host: "h", Path: "/", Tail: "#frag"}},
		{"${base_url}/v1?key=${KEY}", URLParts{Path: "${base_url}/v1", Tail: "?key=${KEY}"}},
	} {
		if got := SplitURL(tc.raw); got != tc.want {
			t.Errorf("SplitURL(%q) = %+v, want %+v", tc.raw, got, tc.want)
		}
	}
}

// One row per shape: which secret parts a URL carries.
func TestSecretParts(t *testing.T) {
	for raw, want := range map[string]string{
		"http://api.example.com/v1":              "",
		"http://api.example.com/v1?flag":         "",
		"http://api.example.com/v1?k=":           "",
		"http://api.example.com/v1#k=v":          "",
		"http://@api.example.com/v1":             "",
		"http://api.example.com/v1?api_key=x":    "its query values",
		"http://api.example.com/v1?a&k=${KEY}#f": "its query values",
		"http://u:p@api.example.com/v1":          "its user information",
		"http://u@api.example.com/v1?page=2":     "its user information and query values",
		"${base_url}/v1?key=ab":                  "its query values",
	} {
		if got := SplitURL(raw).SecretParts(); got != want {
			t.Errorf("SplitURL(%q).SecretParts() = %q, want %q", raw, got, want)
		}
	}
}
