package golden

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestDiff(t *testing.T) {
	for _, tc := range []struct{ got, want, has string }{
		{"a\nb\n", "a\nb\n", ""},
		{"a\nb\n", "a\nc\n", "line 2"},
		{"a\n", "a\nb\n", "line 2"},
		{"a\r\n", "a\n", "line 1"},
	} {
		d := Diff([]byte(tc.got), []byte(tc.want))
		if (tc.has == "") != (d == "") || !strings.Contains(d, tc.has) {
			t.Errorf("Diff(%q, %q) = %q, want it to say %q", tc.got, tc.want, d, tc.has)
		}
	}
}

// Compare writes under -update and compares otherwise.
func TestCompareUpdates(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sub", "out.golden")
	defer func(old bool) { *update = old }(*update)
	*update = true
	Compare(t, path, []byte("fresh\n"))
	if b, err := os.ReadFile(path); err != nil || string(b) != "fresh\n" {
		t.Fatalf("-update wrote %q, %v", b, err)
	}
	*update = false
	Compare(t, path, []byte("fresh\n")) // equal: passes
}
