package assert

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/tidwall/gjson"

	"github.com/authspec/authspec/secret"
)

// FuzzCheckBody checks properties that must hold for any body, path and
// argument: no panic, one-line messages, bounded actual values, and
// exists:true and exists:false never agreeing on a JSON body.
// Seeds live in testdata/fuzz/FuzzCheckBody.
func FuzzCheckBody(f *testing.F) {
	f.Add([]byte(doc), "permissions.#", "1")
	f.Fuzz(func(t *testing.T, body []byte, path, arg string) {
		_ = ValidPath(path)
		yes := CheckBody(path, []Matcher{mustMatcher(t, "exists", true)}, body, false)
		no := CheckBody(path, []Matcher{mustMatcher(t, "exists", false)}, body, false)
		if gjson.ValidBytes(body) {
			if len(yes)+len(no) != 1 {
				t.Fatalf("exists:true failed %d times and exists:false %d times on a JSON body", len(yes), len(no))
			}
		} else if len(yes) != 1 || len(no) != 1 {
			t.Fatalf("on a body that is not JSON, want both to fail: %+v %+v", yes, no)
		}
		fs := append(yes, no...)
		for _, op := range Ops {
			m, err := NewMatcher(op, arg)
			if err != nil {
				continue
			}
			_ = m.String()
			fs = append(fs, CheckBody(path, []Matcher{m}, body, len(body)%2 == 0)...)
			if f := CheckContains(arg, op == "contains", body); f != nil {
				fs = append(fs, *f)
			}
		}
		for _, f := range fs {
			if strings.ContainsAny(secret.Plain(f.Message), "\r\n") {
				t.Fatalf("Message spans lines: %q", secret.Plain(f.Message))
			}
			if n := utf8.RuneCountInString(secret.Plain(f.Actual)); n > maxActual+20 {
				t.Fatalf("Actual is %d runes: %q", n, secret.Plain(f.Actual))
			}
		}
	})
}
