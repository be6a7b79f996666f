package diagnose

import (
	"testing"
	"time"
)

// TestGatewayReadings: the readings the gateways round added beyond
// phrase families, each with the neighbour it must leave alone.
func TestGatewayReadings(t *testing.T) {
	now := time.Now()
	accessJWT := bearer("ACCESS_TOKEN", makeJWT(map[string]any{"iss": "https://login.example.com/", "iat": now.Add(-time.Minute).Unix(), "exp": now.Add(time.Hour).Unix()}))
	keyJWT := bearer("ANON_KEY", makeJWT(map[string]any{"iss": "supabase", "role": "anon", "exp": now.Add(24 * 365 * time.Hour).Unix()}))
	bare := bearer("GW_KEY", "56e53cb57c1ab400010000018c13e7164e4c485f")
	bare.NoPrefix = true
	runReadings(t, []readingCase{
		// A key missing besides a short-lived token is another header; a
		// long-lived JWT is the key itself, in the wrong place.
		{"a subscription key missing besides an access token", 401, jsonCT(), `{"statusCode":401,"message":"Access denied due to missing subscription key."}`, accessJWT, RequiredHeaderMissing, nil},
		{"an API key missing, a JWT key sent as bearer", 401, jsonCT(), `{"message":"No API key found in request"}`, keyJWT, CredentialInWrongPlace, nil},
		// A 500 that names a quota is that quota; one about the server's
		// own store is not.
		{"a quota violation in a 500", 500, jsonCT(), `{"fault":{"faultstring":"Rate limit quota violation. Quota limit exceeded.","detail":{"errorcode":"policies.ratelimit.QuotaViolation"}}}`, accessJWT, RateLimited, nil},
		{"a 500 about the database's limit", 500, jsonCT(), `{"message":"database connection pool: rate limit exceeded"}`, accessJWT, "", []string{RateLimited}},
		// A bare key sent on purpose (prefix: "") is not faulted first for
		// its missing scheme when the server speaks of the key; a
		// challenge that names the scheme still says so.
		{"a bare key on purpose, the key refused", 403, jsonCT(), `{"error":"Key not authorised"}`, bare, CredentialRejected, nil},
		{"a bare key on purpose, a Bearer challenge", 401, jsonCT("WWW-Authenticate", `Bearer realm="api"`), `{"error":"unauthorized"}`, bare, PrefixMissing, nil},
		// The Authorization field said missing to a request that sent a
		// bare one: the server reads another header; a bare value that
		// the server says it could not find as a token still hints at
		// the prefix.
		{"Authorization field missing, a bare one sent", 400, jsonCT(), `{"error":"Authorization field missing"}`, headerCred("Authorization", "GW_KEY", "56e53cb57c1ab400010000018c13e7164e"), CredentialInWrongPlace, nil},
		{"Authorization header missing, the bearer method named, a bare one sent", 401, jsonCT(), `{"message":"The Authorization header is missing. It must use the bearer authorization method."}`, headerCred("Authorization", "GW_KEY", "56e53cb57c1ab400010000018c13e7164e"), PrefixMissing, nil},
		{"no bearer token found, a bare one sent", 401, jsonCT(), `{"error":"No bearer token found"}`, headerCred("Authorization", "GW_KEY", "56e53cb57c1ab400010000018c13e7164e"), PrefixMissing, nil},
		// "Bearer …" in another header: the scheme is right, the header
		// is not.
		{"a Bearer value in an Authorize header", 401, jsonCT("WWW-Authenticate", `Bearer realm="service"`), `{"error_description":"The access token is missing","error":"invalid_request"}`,
			headerCred("Authorize", "ACCESS_TOKEN", "Bearer c0lWMnk8ncEVqpBvW7fNq390Vxu1gGHX"), CredentialInWrongPlace, []string{SchemeMismatch}},
		{"a bare token in another header, a Bearer challenge", 401, jsonCT("WWW-Authenticate", `Bearer realm="service"`), `{"error":"unauthorized"}`,
			headerCred("X-Token", "ACCESS_TOKEN", "c0lWMnk8ncEVqpBvW7fNq390Vxu1gGHX"), SchemeMismatch, nil},
	})
}
