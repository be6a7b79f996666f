package diagnose

import "testing"

// TokenAnswer reads RFC 6749's fields first, then the providers' own.
func TestTokenAnswer(t *testing.T) {
	for _, c := range []struct{ body, code, desc string }{
		{`{"error":"invalid_grant","error_description":"Stale refresh token","message":"other words"}`, "invalid_grant", "Stale refresh token"},
		{`{"reason":"Invalid client_id or client_secret","error":"invalid_client"}`, "invalid_client", "Invalid client_id or client_secret"},
		{`{"message":"Bad Request","errors":[{"resource":"Application","field":"client_id","code":"invalid"}]}`, "", "Application client_id invalid"},
		{`{"message":"Authorization Error","errors":[{"resource":"RefreshToken","field":"refresh_token","code":"invalid"}]}`, "", "Authorization Error: RefreshToken refresh_token invalid"},
		{`{"errorCode":"invalid_client","errorSummary":"Invalid value for 'client_id' parameter."}`, "invalid_client", "Invalid value for 'client_id' parameter."},
		{`{"code":429,"error":null,"error_code":"rate_limit_exceeded"}`, "rate_limit_exceeded", ""},
		{`{"status":403,"message":"invalid client secret"}`, "", "invalid client secret"},
		{"error=invalid_client", "", ""},
		{`["invalid_client"]`, "", ""},
	} {
		if code, desc := TokenAnswer([]byte(c.body)); code != c.code || desc != c.desc {
			t.Errorf("TokenAnswer(%s) = %q, %q, want %q, %q", c.body, code, desc, c.code, c.desc)
		}
	}
}
