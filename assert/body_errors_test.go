package assert

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	_ "github.com/authspec/authspec/internal/golden" // accepts go test -update

	"github.com/authspec/authspec/secret"
)

func TestCheckBodyNotJSON(t *testing.T) {
	html := "<html><head><title>403 Forbidden</title></head>\n<body>\x1b[31mblocked by the WAF, request id 9f8e7d6c5b4a</body></html>"
	ms := []Matcher{mustMatcher(t, "equals", "acc_123"), mustMatcher(t, "exists", true)}
	fs := CheckBody("id", ms, []byte(html), false)
	if len(fs) != 1 {
		t.Fatalf("want one failure for the path, got %+v", fs)
	}
	f := fs[0]
	const prefix = `body id: the response body is not JSON (text/html? first bytes: "<html><head><title>403 Forbidden</title></head> <body>`
	if !strings.HasPrefix(secret.Plain(f.Message), prefix) || !strings.HasSuffix(secret.Plain(f.Message), `…")`) {
		t.Errorf("Message = %q\nwant prefix %q and a cut excerpt", secret.Plain(f.Message), prefix)
	}
	if strings.ContainsAny(secret.Plain(f.Message), "\n\x1b") {
		t.Errorf("Message holds control characters: %q", secret.Plain(f.Message))
	}
	ex := secret.Plain(f.Message)[strings.Index(secret.Plain(f.Message), `first bytes: "`)+len(`first bytes: "`) : len(secret.Plain(f.Message))-len(`…")`)]
	if n := utf8.RuneCountInString(ex); n > 60 {
		t.Errorf("excerpt is %d runes, want at most 60: %q", n, ex)
	}
	if f.Path != "body id" || secret.Plain(f.Expected) != `equals "acc_123" and exists` {
		t.Errorf("Path, Expected = %q, %q", f.Path, secret.Plain(f.Expected))
	}

	// exists:false does not pass on a body that is not JSON: the path could
	// not be looked at, which is not the same as absent.
	fs = CheckBody("id", []Matcher{mustMatcher(t, "exists", false)}, []byte("plain text"), false)
	if len(fs) != 1 || !strings.Contains(secret.Plain(fs[0].Message), `not JSON (text/plain? first bytes: "plain text")`) {
		t.Errorf("got %+v", fs)
	}
	fs = CheckBody("id", ms, nil, false)
	if len(fs) != 1 || secret.Plain(fs[0].Message) != "body id: the response body is empty, not JSON" {
		t.Errorf("empty body: got %+v", fs)
	}
}

func TestCheckBodyTruncated(t *testing.T) {
	cutBody := []byte(`{"id":"acc_123","items":[1,2,`)
	fs := CheckBody("id", []Matcher{mustMatcher(t, "equals", "acc_123")}, cutBody, true)
	if len(fs) != 1 {
		t.Fatalf("want 1 failure, got %+v", fs)
	}
	want := `body id: the response body was larger than the read cap and was cut, so it is not valid JSON (first bytes: "{\"id\":\"acc_123\",\"items\":[1,2,")`
	if got := secret.Plain(fs[0].Message); got != want {
		t.Errorf("Message = %q\nwant      %q", got, want)
	}
	// An HTML page that was also cut is still reported as not JSON.
	fs = CheckBody("id", []Matcher{mustMatcher(t, "exists", true)}, []byte("<!DOCTYPE html><html>"), true)
	want = `body id: the response body is not JSON (text/html? first bytes: "<!DOCTYPE html><html>"); it was also larger than the read cap and was cut`
	if len(fs) != 1 || secret.Plain(fs[0].Message) != want {
		t.Errorf("got %+v\nwant %q", fs, want)
	}
	// A cut body that still parses: a missing field may be the cut's fault.
	fs = CheckBody("later", []Matcher{mustMatcher(t, "exists", true)}, []byte(`[1,2]`), true)
	if len(fs) != 1 || !strings.HasSuffix(secret.Plain(fs[0].Message), "got (missing) (the body was larger than the read cap and was cut)") {
		t.Errorf("got %+v", fs)
	}
}

func TestCheckBodyLongActualIsCut(t *testing.T) {
	var b strings.Builder
	b.WriteString(`{"list":[`)
	for i := range 1000 {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `"item-%d"`, i)
	}
	b.WriteString(`]}`)
	fs := CheckBody("list", []Matcher{mustMatcher(t, "equals", "x")}, []byte(b.String()), false)
	if len(fs) != 1 {
		t.Fatalf("got %+v", fs)
	}
	a := secret.Plain(fs[0].Actual)
	if n := utf8.RuneCountInString(a); n != maxActual+1 || !strings.HasPrefix(a, `["item-0","item-1",`) || !strings.HasSuffix(a, "…") {
		t.Errorf("Actual is %d runes: %q", n, a)
	}
}

func TestCheckBodyLongStringIsCut(t *testing.T) {
	body := `{"s":"` + strings.Repeat("é", 500) + `","nl":"a\nb"}`
	fs := CheckBody("s", []Matcher{mustMatcher(t, "equals", "x")}, []byte(body), false)
	if len(fs) != 1 {
		t.Fatalf("got %+v", fs)
	}
	if a := secret.Plain(fs[0].Actual); utf8.RuneCountInString(a) != maxActual+1 || !strings.HasPrefix(a, `"éé`) || !strings.HasSuffix(a, "é…") {
		t.Errorf("Actual = %q", a)
	}
	fs = CheckBody("nl", []Matcher{mustMatcher(t, "equals", "x")}, []byte(body), false)
	if len(fs) != 1 || secret.Plain(fs[0].Message) != `body nl: expected equals "x", got "a\nb"` {
		t.Errorf("got %+v", fs)
	}
}
