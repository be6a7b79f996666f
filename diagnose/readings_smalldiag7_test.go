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
