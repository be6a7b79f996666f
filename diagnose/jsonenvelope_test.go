package diagnose

import (
	"encoding/json"
	"testing"
)

// TestFailedCode: envelopeError and envelopeFailure read an envelope's
// status and codes the same way (failedCode): a number that is not 0 nor
// an HTTP success says the call failed, a code may be written as a
// string, a "status" may not (Etherscan's "status":"1" is its success
// flag, beside a note about the key on an answer that succeeded).
func TestFailedCode(t *testing.T) {
	for _, tc := range []struct {
		body    string
		failure string // envelopeFailure
		refusal string // envelopeError
	}{
		{`{"status":503,"error":"Invalid Params: invalid code"}`, "Invalid Params: invalid code", ""},
		{`{"code":"40105","message":"Access token is incorrect or has been revoked."}`, "Access token is incorrect or has been revoked.", "Access token is incorrect or has been revoked."},
		{`{"errcode":40001,"errmsg":"invalid credential"}`, "invalid credential", "invalid credential"},
		{`{"status":"1","message":"OK-Missing/Invalid API Key, rate limit of 1/5sec applied","result":"1"}`, "", ""},
		{`{"status":"503","message":"Invalid API key"}`, "", ""},
		{`{"status":200,"message":"Invalid API key"}`, "", ""},
		{`{"code":0,"message":"invalid token"}`, "", ""},
		{`{"code":"200","message":"invalid token"}`, "", ""},
	} {
		var m map[string]any
		if err := json.Unmarshal([]byte(tc.body), &m); err != nil {
			t.Fatal(err)
		}
		if got := envelopeFailure(m); got != tc.failure {
			t.Errorf("envelopeFailure(%s) = %q, want %q", tc.body, got, tc.failure)
		}
		if got := envelopeError(m); got != tc.refusal {
			t.Errorf("envelopeError(%s) = %q, want %q", tc.body, got, tc.refusal)
		}
	}
}
