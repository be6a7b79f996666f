package diagnose

import (
	"bytes"
	"net/http"
	"strings"
	"testing"
)

// BenchmarkDiagnoseDecode is the two paths that read one JSON answer in
// more than one place: an insufficient-scope refusal whose evidence names
// the scopes the answer lists (scopeEvidence, beside readServer), and a
// 2xx failure envelope that RefusalIn2xx reads against the request
// (authErrorBody, then the analysis). Its allocs/op tell how often the
// body is decoded; compare them on two trees with -benchmem.
func BenchmarkDiagnoseDecode(b *testing.B) {
	h := http.Header{"Content-Type": {"application/json; charset=utf-8"}}
	cred := bearer("SLACK_TOKEN", "xoxb-7Hq2LmN9pR4sT6vX8zB1cD3f")
	scope := Exchange{Kind: "happy", Credential: cred, Method: "POST", URL: "https://slack.example/api/chat.postMessage",
		RequestHeader: http.Header{"Authorization": {"Bearer " + cred.Values[0].Value}}, StatusCode: http.StatusForbidden, ResponseHeader: h,
		ResponseBody: []byte(`{"ok":false,"error":"missing_scope","needed":"chat:write","provided":"channels:read,users:read","warning":"missing_charset"}`)}
	failed := scope
	failed.StatusCode = http.StatusOK
	failed.ResponseBody = []byte(`{"success":false,"code":1043,"message":"Invalid parameter: timestamp","data":null}`)
	if cs := Analyze(scope); len(cs) == 0 || cs[0].Code != ServerInsufficientScope || !strings.Contains(strings.Join(cs[0].Evidence, "\n"), "chat:write") {
		b.Fatalf("the scope refusal is not read with its scopes as evidence: the path measured is not the one meant: %v", cs)
	}
	b.Run("scope evidence", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			Analyze(scope)
		}
	})
	b.Run("refusal in 2xx", func(b *testing.B) {
		b.ReportAllocs()
		asked := false
		request := func() Exchange { asked = true; return failed }
		RefusalIn2xx(failed.ResponseBody, h, request) // the readings' patterns compiled before the loop
		for b.Loop() {
			RefusalIn2xx(failed.ResponseBody, h, request)
		}
		if !asked {
			b.Fatal("the answer was never read against the request: the path measured is not the one meant")
		}
	})
}

// TestDecodedBodyOnlyForItsBytes: readServer takes a body's JSON from
// RefusalIn2xx's decoding only for the very bytes decoded, and within
// its cap; any other body is decoded as itself.
func TestDecodedBodyOnlyForItsBytes(t *testing.T) {
	body := []byte(`{"success":false,"message":"Invalid parameter: timestamp"}`)
	d := &decodedBody{body, map[string]any{"decoded": "before"}}
	if doc, ok := d.of(body, body); !ok || doc.(map[string]any)["decoded"] != "before" {
		t.Errorf("the same bytes were decoded again: %v", doc)
	}
	other := []byte(`{"success":false,"message":"Invalid API key"}`)
	if doc, ok := d.of(other, other); !ok || doc.(map[string]any)["message"] != "Invalid API key" {
		t.Errorf("another body was read as the one decoded: %v", doc)
	}
	long := append(append([]byte(`{"message":"`), bytes.Repeat([]byte("a"), maxReadBody)...), `"}`...)
	d = &decodedBody{long, map[string]any{"decoded": "before"}}
	if doc, ok := d.of(long, long[:maxReadBody]); ok {
		t.Errorf("a body past the cap was read whole: %v", doc)
	}
	if doc, ok := (*decodedBody)(nil).of(other, []byte("not json")); ok || doc != nil {
		t.Errorf("a body that is no JSON decoded: %v", doc)
	}
}
