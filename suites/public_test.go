package suites_test

import (
	"fmt"
	"slices"
	"testing"
)

// TestUnusedPublic: a name under public: that no string of the suite
// refers to is reported with its position; one used anywhere (a path, a
// var's value, a credential) is not.
func TestUnusedPublic(t *testing.T) {
	for _, tc := range []struct {
		name, public, envPublic, use string
		want                         []string
	}{
		{"used in a path", "[ACCOUNT_ID]", "[]", `path: "/a/${ACCOUNT_ID}"`, nil},
		{"a typo", "[ACOUNT_ID]", "[]", `path: "/a/${ACCOUNT_ID}"`, []string{"ACOUNT_ID@3:10"}},
		{"on an environment", "[]", "[REGION]", `path: /a`, []string{"REGION@6:14"}},
		{"used through a var", "[]", "[TENANT]", `path: "/t/${t}"`, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := writeSuite(t, map[string]string{"suite.yaml": fmt.Sprintf(`version: 1
name: s
public: %s
environments:
  a:
    public: %s
    base_url: http://127.0.0.1:1
    vars: { t: "${TENANT}" }
scenarios:
  - name: x
    request: { method: GET, %s }
`, tc.public, tc.envPublic, tc.use)})
			var got []string
			for _, n := range s.UnusedPublic() {
				got = append(got, fmt.Sprintf("%s@%d:%d", n.Raw, n.Pos.Line, n.Pos.Col))
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("UnusedPublic = %v, want %v", got, tc.want)
			}
		})
	}
}
