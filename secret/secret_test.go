package secret

import (
	"encoding/base64"
	"net/url"
	"strings"
	"sync"
	"testing"
)

func TestRedact(t *testing.T) {
	var r Redactor
	r.Add("API_TOKEN", "tok_abc123")
	r.Add("LONG", "tok_abc123_and_more") // contains the other value: longest wins
	r.Add("SHORT", "ab")                 // below MinLen: ignored
	r.AddBasic("admin", "alice", "pa ss/word")
	tests := []struct{ in, want string }{
		{"Authorization: Bearer tok_abc123", "Authorization: Bearer " + Label("API_TOKEN", "tok_abc123")},
		{"x tok_abc123_and_more y", "x " + Label("LONG", "tok_abc123_and_more") + " y"},
		{"ab stays", "ab stays"},
		{"Basic " + base64.StdEncoding.EncodeToString([]byte("alice:pa ss/word")), "Basic " + Label("admin", "alice:pa ss/word")},
		{"q=" + url.QueryEscape("tok_abc123_and_more"), "q=" + Label("LONG", "tok_abc123_and_more")},
		{"b64 " + base64.StdEncoding.EncodeToString([]byte("tok_abc123")), "b64 " + Label("API_TOKEN", "tok_abc123")},
		{"", ""},
	}
	for _, tc := range tests {
		if got := r.Redact(tc.in); got != tc.want {
			t.Errorf("Redact(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// A secret that occurs inside another secret's label must not be replaced
// inside that label: redaction is one pass.
func TestRedactIsOnePass(t *testing.T) {
	var r Redactor
	r.Add("TOKEN", "zzzzzzzzzz")
	r.Add("X", "TOKEN") // the label of the first contains this value
	got := r.Redact("zzzzzzzzzz")
	if got != Label("TOKEN", "zzzzzzzzzz") {
		t.Fatalf("got %q", got)
	}
}

func TestFingerprintAndLabel(t *testing.T) {
	// sha256("secret") = 2bb80d53…
	if got := Fingerprint("secret"); got != "2bb80d" {
		t.Fatalf("Fingerprint = %q", got)
	}
	if got := Label("API_TOKEN", "secret"); got != "[API_TOKEN sha256:2bb80d]" {
		t.Fatalf("Label = %q", got)
	}
}

func TestOnAddSeesEveryNewValueOnce(t *testing.T) {
	var r Redactor
	var seen []string
	r.OnAdd(func(v string) { seen = append(seen, v) })
	r.Add("A", "value-one")
	r.Add("A", "value-one")
	if len(seen) == 0 || seen[0] != "value-one" {
		t.Fatalf("seen = %q", seen)
	}
	n := len(seen)
	r.Add("B", "value-one")
	if len(seen) != n {
		t.Fatalf("a known value was announced again: %q", seen[n:])
	}
}

func TestConcurrentUse(t *testing.T) {
	var r Redactor
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				v := strings.Repeat(string(rune('a'+i)), 5+j%3)
				r.Add("V", v)
				_ = r.Redact("xx " + v + " yy")
			}
		}(i)
	}
	wg.Wait()
	for _, v := range r.Values() {
		if strings.Contains(r.Redact("<"+v+">"), v) && !strings.Contains(Label("V", v), v) {
			t.Fatalf("value %q not redacted", v)
		}
	}
}
