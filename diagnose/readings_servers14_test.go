package diagnose

import (
	"net/http"
	"testing"
)

// TestServerReadings14: the readings the fourteenth round on real servers
// (e2e/heldout14_test.go: json-server-auth's JWT guards, and h2o's Basic
// challenge to a password in a header of its own, found late) added, each in
// words another server could send for the same thing, with the neighbour
// it must leave alone.
func TestServerReadings14(t *testing.T) {
	tok := bearer("ACCESS_TOKEN", "tk_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4")
	login := basicCred("olivia@example.com", "Jsa-Olivia-Readings-2026")
	runReadings(t, []readingCase{
		// The Authorization scheme or type said wrong: another scheme is
		// wanted, not another secret.
		{"incorrect authorization scheme to basic", 401, nil, `"Incorrect authorization scheme"`, login, SchemeMismatch, nil},
		{"invalid authorization type to basic", 401, nil, `{"error":"Invalid authorization type"}`, login, SchemeMismatch, nil},
		{"authorization scheme is unknown to a token", 401, nil, `{"message":"Authorization scheme is unknown"}`, tok, SchemeMismatch, nil},
		{"an invalid authorization token is the token's", 401, nil, `{"message":"Invalid authorization token"}`, tok, CredentialRejected, []string{SchemeMismatch}},
		// A program's own fault answered with a refusal's status: no cause.
		{"cannot read properties of undefined in a 401", 401, nil, `"Cannot read properties of undefined (reading 'userId')"`, tok, "", []string{CredentialRejected}},
		{"object reference not set in a 403", 403, nil, `{"message":"Object reference not set to an instance of an object."}`, tok, "", []string{PermissionDenied}},
		{"nonetype has no attribute in a 401", 401, nil, `{"detail":"'NoneType' object has no attribute 'id'"}`, login, "", []string{CredentialRejected}},
		{"a crash to a request without a credential still asks for one", 401, nil, `"Cannot read properties of undefined (reading 'split')"`, nil, NoCredentialsSent, nil},
		{"a refusal beside a crash's trace stays a refusal", 401, nil, `{"error":"invalid token","trace":"TypeError: Cannot read properties of undefined (reading 'sub')"}`, tok, CredentialRejected, nil},
		// A password in a header named for it, under a Basic challenge
		// (a late reading: h2o's 401 to X-Password).
		{"basic challenge to an x-password header", 401, basicChallenge("staff"), "Authorization Required", apiKey("OPS_PASSWORD", "H2o-Readings-Pass-2026", "X-Password", ""), CredentialInWrongPlace, nil},
		{"basic challenge to an x-auth-passwd header", 401, basicChallenge("Restricted"), `{"message":"Unauthorized"}`, apiKey("DB_PASSWORD", "Db-Readings-Pass-2026", "X-Auth-Passwd", ""), CredentialInWrongPlace, nil},
		{"a key header under a basic challenge is not read so", 401, basicChallenge("staff"), "Authorization Required", apiKey("API_KEY", "key_9f8e7d6c5b4a3210", "X-API-Key", ""), CredentialRejected, []string{CredentialInWrongPlace}},
	})
}

// basicChallenge is a text answer's headers with a Basic challenge of
// realm.
func basicChallenge(realm string) map[string]string {
	return map[string]string{"Content-Type": "text/plain", "WWW-Authenticate": `Basic realm="` + realm + `"`}
}

// TestLoginUserUnknown14: a login (a password in the body, sent to a login
// or authentication endpoint) answered that its user is not known was
// refused; the same words to another request are its data.
func TestLoginUserUnknown14(t *testing.T) {
	for _, tc := range []struct {
		name, method, path, reqBody string
		status                      int
		answer, want                string
	}{
		{"cannot find user at /login", http.MethodPost, "/login", `{"email":"nobody@example.com","password":"Jsa-Nobody-2026"}`, 400, `"Cannot find user"`, CredentialRejected},
		{"user not found at a sign-in", http.MethodPost, "/api/auth/signin", `{"username":"nobody","password":"Jsa-Nobody-2026"}`, 404, `{"message":"User not found"}`, CredentialRejected},
		{"no such user at /sessions", http.MethodPost, "/v2/sessions", `{"login":"nobody","password":"Jsa-Nobody-2026"}`, 422, `{"error":"No such user."}`, CredentialRejected},
		{"a user record not found to a password change", http.MethodPost, "/v1/users/5/password", `{"password":"Jsa-Nobody-2026"}`, 404, `{"message":"User not found"}`, ""},
		{"a user not found in a search", http.MethodGet, "/v1/users", "", 404, `{"message":"User not found"}`, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ex := corpusCase{api: fixed{status: tc.status, header: jsonCT(), body: tc.answer}, method: tc.method, path: tc.path}.run(t, tc.reqBody)
			causes := Analyze(ex)
			if tc.want == "" {
				if len(causes) > 0 {
					t.Fatalf("no cause expected, got %v", codesOf(causes))
				}
				return
			}
			checkCauses(t, causes, nil)
			wantFirst(t, causes, tc.want, nil)
			assertNoSecret(t, causeTexts(causes), &Credential{Values: []Value{{Source: "PASSWORD", Value: "Jsa-Nobody-2026"}}})
		})
	}
}
