package suites

import (
	"fmt"
	"strings"
	"testing"

	"github.com/authspec/authspec/secret"
)

// TestDuplicateScenarioNamesEitherWay: a small suite's names are checked by
// looking back, a large one's with a map (earlierNames); both report each
// repeat at the line of the name's last use before it, as the map always
// did.
func TestDuplicateScenarioNamesEitherWay(t *testing.T) {
	for _, n := range []int{8, scanScenarioNames, scanScenarioNames + 1, 100} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			var b strings.Builder
			b.WriteString("version: 1\nname: dup\nenvironments:\n  local:\n    base_url: http://127.0.0.1:1\nscenarios:\n")
			// Line 7 on: one line per scenario; three of them share a name
			// (at the first, the middle and the last) and two another.
			names := make([]string, n)
			for i := range names {
				names[i] = fmt.Sprintf("s%d", i)
			}
			names[n/2], names[n-1] = names[0], names[0]
			names[2] = names[1]
			for _, name := range names {
				fmt.Fprintf(&b, "  - { name: %s, request: { method: GET, path: / } }\n", name)
			}
			_, errs := Parse("dup.yaml", []byte(b.String()))
			var got []string
			for _, e := range errs {
				got = append(got, secret.Plain(e.Error()))
			}
			want := []string{
				`dup.yaml:9:7: scenario name "s1" is already used at line 8; test names must be unique`,
				fmt.Sprintf(`dup.yaml:%d:7: scenario name "s0" is already used at line 7; test names must be unique`, 7+n/2),
				fmt.Sprintf(`dup.yaml:%d:7: scenario name "s0" is already used at line %d; test names must be unique`, 7+n-1, 7+n/2),
			}
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
		})
	}
}
