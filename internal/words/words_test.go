package words

import (
	"testing"

	_ "github.com/authspec/authspec/internal/golden" // accepts go test -update
)

func TestDistance(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want int
	}{{"", "", 0}, {"expect", "expect", 0}, {"expct", "expect", 1}, {"kitten", "sitting", 3}, {"", "abc", 3}} {
		if got := Distance(tc.a, tc.b); got != tc.want {
			t.Errorf("Distance(%q, %q) = %d, want %d", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestClosest(t *testing.T) {
	keys := []string{"expect", "request", "name", "kind"}
	for _, tc := range []struct{ word, want string }{
		{"expct", "expect"}, {"EXPECT", "expect"}, {"reqest", "request"}, {"nmae", "name"}, {"zzzzzz", ""}, {"x", ""},
	} {
		if got := Closest(tc.word, keys); got != tc.want {
			t.Errorf("Closest(%q) = %q, want %q", tc.word, got, tc.want)
		}
	}
}

func TestQuoteList(t *testing.T) {
	if got := QuoteList([]string{"a", `b"c`}); got != `"a", "b\"c"` {
		t.Fatalf("QuoteList = %s", got)
	}
}
