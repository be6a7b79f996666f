package diagnose

import (
	"testing"
	"time"
)

// TestSmalldiag7Readings: a JWT authspec finds expired, refused with
// "token expired", is that finding alone (the server's reading says the
// same, less precisely); the server's reading stays for an opaque token
// and for a JWT whose exp is not past.
func TestSmalldiag7Readings(t *testing.T) {
	expired := bearer("ACCESS_TOKEN", makeJWT(map[string]any{"sub": "ci", "exp": time.Now().Add(-2 * time.Hour).Unix()}))
	fresh := bearer("ACCESS_TOKEN", makeJWT(map[string]any{"sub": "ci", "exp": time.Now().Add(2 * time.Hour).Unix()}))
	opaque := bearer("ACCESS_TOKEN", "tk_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4")
	key := apiKey("API_KEY", "ak_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4", "X-Api-Key", "")
	runReadings(t, []readingCase{
		{"expired JWT, token expired", 401, nil, `{"error":"token expired"}`, expired, JWTExpired, []string{TokenExpired}},
		{"expired JWT, FHIR issue expired", 401, nil, `{"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"expired"}]}`, expired, JWTExpired, []string{TokenExpired}},
		{"opaque token, token expired", 401, nil, `{"error":"token expired"}`, opaque, TokenExpired, nil},
		{"JWT not expired, token expired", 401, nil, `{"error":"token expired"}`, fresh, TokenExpired, []string{JWTExpired}},
		{"API key, session expired", 401, nil, `{"message":"Session expired"}`, key, TokenExpired, nil},
	})
}

// TestSmalldiag7RegionReadings: the account or key said to live in
// another region or datacenter, with the endpoint to use, is the region's
// (base_url points at another region's host); a region the answer names
// without an endpoint to use is data.
func TestSmalldiag7RegionReadings(t *testing.T) {
	tok := bearer("ACCESS_TOKEN", "tk_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4")
	key := apiKey("API_KEY", "ak_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4", "X-Api-Key", "")
	runReadings(t, []readingCase{
		{"account belongs to the EU region, use the EU endpoint", 401, nil, `{"message":"This account belongs to the EU region; use the EU endpoint."}`, key, RegionMismatch, nil},
		{"account hosted in the US data center, use api.us", 401, nil, `{"error":"Your account is hosted in the US data center, use api.us.example.com instead."}`, tok, RegionMismatch, nil},
		{"account located in region eu-west, please use a URL", 403, nil, `{"detail":"Account is located in region eu-west, please use https://eu-west.api.example.com"}`, key, RegionMismatch, nil},
		{"key created in another datacenter, call its host", 401, nil, `{"message":"This API key was created in the AU datacenter. Call the au host instead."}`, key, RegionMismatch, nil},
		{"choose the region for your new bucket", 400, nil, `{"message":"Choose the region for your new bucket."}`, key, "", []string{RegionMismatch}},
		{"account in the EU region, use of a feature", 403, nil, `{"message":"This account is located in the EU region. Use of this feature is not allowed."}`, key, PermissionDenied, []string{RegionMismatch}},
	})
}
