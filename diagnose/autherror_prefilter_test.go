package diagnose

import (
	"bytes"
	"net/http"
	"testing"
	"time"
)

// everyKeySearch is what mayBeAuthError answers: a body with an escape,
// or with any of authErrorKeys anywhere, may be an auth error. It searches
// the body once per key, as mayBeAuthError did.
func everyKeySearch(body []byte) bool {
	if bytes.IndexByte(body, '\\') >= 0 {
		return true
	}
	for _, k := range authErrorKeys {
		if bytes.Contains(body, k) {
			return true
		}
	}
	return false
}

// prefilterBodies: every key at the start, inside and at the end of a
// body, cut short, and every body of the corpora.
func prefilterBodies() [][]byte {
	bodies := [][]byte{nil, []byte(`"`), []byte(`""`), []byte(`{"authenticated": true, "token": "abc"}`),
		[]byte(`{"authenticated":true}"`), []byte(`"o`), []byte(`x"ok`), []byte(`\`), []byte(`{"e\u0072ror":1}`)}
	for _, k := range authErrorKeys {
		bodies = append(bodies, k, k[:len(k)-1], []byte(`{"a":"b",`+string(k)+`:1}`), []byte(`{"a":"`+string(k)),
			[]byte(`""`+string(k)), []byte(`"x`+string(k[1:])))
	}
	for _, pc := range allProviderCases(time.Now()) {
		bodies = append(bodies, []byte(pc.body))
	}
	for _, fc := range allNonRefusals() {
		bodies = append(bodies, []byte(fc.body))
	}
	return bodies
}

// TestMayBeAuthErrorAsEveryKeySearch: reading a body from quote to quote
// finds what a search per key finds, in every body of the corpora and at
// the edges (a key at the very end, a body that ends with a quote).
func TestMayBeAuthErrorAsEveryKeySearch(t *testing.T) {
	bodies := prefilterBodies()
	if len(bodies) < 1000 {
		t.Fatalf("only %d bodies: the corpora went missing", len(bodies))
	}
	may := 0
	for _, b := range bodies {
		want := everyKeySearch(b)
		if got := mayBeAuthError(b); got != want {
			t.Errorf("mayBeAuthError(%q) = %v, a search per key says %v", b, got, want)
		}
		if want {
			may++
		}
	}
	if may == 0 || may == len(bodies) {
		t.Fatalf("%d of %d bodies may be auth errors: the comparison tells nothing", may, len(bodies))
	}
}

func FuzzMayBeAuthError(f *testing.F) {
	for _, b := range prefilterBodies()[:200] {
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		if got, want := mayBeAuthError(body), everyKeySearch(body); got != want {
			t.Errorf("mayBeAuthError(%q) = %v, a search per key says %v", body, got, want)
		}
	})
}

// BenchmarkAuthError2xx is what the runner asks of every 2xx answer of a
// happy scenario (RefusalIn2xx): bench/compare's answer (go-httpbin's
// /bearer), which is none.
func BenchmarkAuthError2xx(b *testing.B) {
	body := []byte("{\n  \"authenticated\": true,\n  \"token\": \"bench-token-5f0c1e9a7b2d4c68\"\n}\n")
	h := http.Header{"Content-Type": {"application/json; charset=utf-8"}, "Date": {"Sun, 06 Dec 2026 19:00:00 GMT"},
		"Content-Length": {"70"}, "Access-Control-Allow-Origin": {"*"}, "Access-Control-Allow-Credentials": {"true"}}
	b.ReportAllocs()
	request := func() Exchange {
		b.Fatal("the request built for an answer that says no failure")
		return Exchange{}
	}
	for b.Loop() {
		if _, ok := RefusalIn2xx(body, h, request); ok {
			b.Fatal("an auth error")
		}
	}
}
