package diagnose

import (
	"net/http"
	"testing"
)

// TestRoundfamous6Readings: the readings the roundfamous6 round added or
// widened, each in words another server could send for the same thing,
// with the neighbour it must leave alone.
func TestRoundfamous6Readings(t *testing.T) {
	tok := bearer("ACCESS_TOKEN", "tk_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4")
	key := headerCred("X-Api-Key", "API_KEY", "Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4aa")
	xml := map[string]string{"Content-Type": "application/xml"}
	runReadings(t, []readingCase{
		// A resource reachable only from a private network, the request
		// from outside it.
		{"public network access is disabled", 403, nil, `{"error":{"code":"PublicNetworkAccessDisabled","message":"Public network access is disabled for this account."}}`, key, IPRestricted, nil},
		{"traffic not from an approved private link", 403, nil, `{"message":"Request denied: traffic is not from an approved private link."}`, tok, IPRestricted, nil},
		{"virtual network rules are configured for this vault", 403, nil, `{"error":"Virtual network rules are configured for this vault; use its private endpoint."}`, tok, IPRestricted, nil},
		{"outside the service perimeter", 403, nil, `{"error":{"status":"PERMISSION_DENIED","message":"The request came from outside the service perimeter."}}`, tok, IPRestricted, nil},
		// Anonymous access turned off is a credential wanted, not a network.
		{"public access not permitted is anonymous access", 403, xml, `<Error><Code>PublicAccessNotPermitted</Code><Message>Public access is not permitted on this storage account.</Message></Error>`, tok, PermissionDenied, []string{IPRestricted}},
		{"a project's public access disabled is no network", 403, nil, `{"message":"Public access is disabled for this project."}`, tok, PermissionDenied, []string{IPRestricted}},
		// What the account stores over its quota, glued in a code too: no rate.
		{"storageQuotaExceeded", 403, nil, `{"error":{"code":403,"errors":[{"reason":"storageQuotaExceeded"}],"message":"Insufficient storage."}}`, tok, PermissionDenied, []string{RateLimited}},
		{"storage quota exceeded", 403, nil, `{"error":"storage_quota_exceeded","message":"Storage quota exceeded."}`, tok, PermissionDenied, []string{RateLimited}},
		{"a request quota exceeded stays a rate", 403, nil, `{"error":{"code":403,"errors":[{"reason":"quotaExceeded"}],"message":"Request quota exceeded."}}`, tok, RateLimited, nil},
	})
	// The account a header names said not to exist: the header is wrong.
	withHeader := func(name, value string) func(*http.Request, *Credential) {
		return func(r *http.Request, c *Credential) {
			applyCredential(r, c)
			r.Header.Set(name, value)
		}
	}
	runProviderCases(t, "roundfamous6 readings", []provCase{
		{src: "https://example.com/readings", name: "reading: no such tenant, X-Tenant-ID sent", status: 404,
			header: jsonCT(), body: `{"error":"No such tenant: acme-eu"}`, cred: tok, place: withHeader("X-Tenant-ID", "acme-eu"), want: RequiredHeaderMissing},
		{src: "https://example.com/readings", name: "reading: no such workspace, Acme-Workspace sent", status: 401,
			header: jsonCT(), body: `{"message":"No such workspace: marketing."}`, cred: key, place: withHeader("Acme-Workspace", "marketing"), want: RequiredHeaderMissing},
		// No such header sent: the words judge what the path or body
		// named, not a header.
		{src: "https://example.com/readings", name: "reading: no such organization, no header sent", status: 401,
			header: jsonCT(), body: `{"error":{"message":"No such organization: Personal.","code":"invalid_organization"}}`, cred: tok, want: CredentialRejected, never: []string{RequiredHeaderMissing}},
	})
}
