package diagnose

import (
	"strings"
	"testing"
)

// TestMessageTrueToTheRequest: a cause's message says nothing the request
// and answer contradict. Words that found no credential, to a request that
// carried none, say none was sent (not "although one was sent"); a policy's
// refusal says an explicit deny only where the answer names one.
func TestMessageTrueToTheRequest(t *testing.T) {
	tok := bearer("API_TOKEN", "tok_9f8e7d6c5b4a3210fedcba")
	first := func(t *testing.T, cc corpusCase) Cause {
		t.Helper()
		causes := Analyze(cc.run(t, ""))
		checkCauses(t, causes, cc.cred)
		if len(causes) == 0 {
			t.Fatal("no cause")
		}
		return causes[0]
	}
	for _, tc := range []struct {
		name, body string
		status     int
	}{
		{"Twitch: missing oauth token", `{"status":400,"message":"missing oauth token"}`, 400},
		{"no API key found", `{"message":"No API key found in request"}`, 401},
		{"a valid API key is required", `{"message":"A valid API key is required"}`, 401},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := first(t, corpusCase{api: fixed{status: tc.status, header: jsonCT(), body: tc.body}})
			if c.Code != NoCredentialsSent || strings.Contains(c.Message, "was sent") || strings.Contains(c.Message, "the one sent") ||
				!strings.Contains(c.Message, "carried no credential") || !strings.Contains(strings.Join(c.Evidence, "\n"), "matches ") {
				t.Errorf("nothing was sent:\n%s", dump([]Cause{c}))
			}
		})
	}
	t.Run("the same words to a credential sent elsewhere keep the row's message", func(t *testing.T) {
		c := first(t, corpusCase{cred: tok, api: fixed{status: 400, header: jsonCT(), body: `{"status":400,"message":"missing oauth token"}`}})
		if !strings.Contains(c.Message, "although one was sent") {
			t.Errorf("a credential was sent:\n%s", dump([]Cause{c}))
		}
	})
	t.Run("not authorized to access this resource names no deny", func(t *testing.T) {
		c := first(t, corpusCase{cred: tok, api: fixed{status: 403, header: jsonCT(), body: `{"Message":"User is not authorized to access this resource"}`}})
		if c.Code != PermissionDenied || strings.Contains(c.Message, "explicit") || !strings.Contains(c.Message, "add an Allow") {
			t.Errorf("no explicit deny was named:\n%s", dump([]Cause{c}))
		}
	})
	t.Run("an explicit deny named", func(t *testing.T) {
		c := first(t, corpusCase{cred: tok, api: fixed{status: 403, header: jsonCT(), body: `{"Message":"User is not authorized to access this resource with an explicit deny"}`}})
		if c.Code != PermissionDenied || !strings.Contains(c.Message, "explicitly denies") || strings.Contains(c.Message, "add an Allow") {
			t.Errorf("an explicit deny was named:\n%s", dump([]Cause{c}))
		}
	})
}
