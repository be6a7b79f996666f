package diagnose

import "testing"

// TestMissanalysisReadings: the general readings the miss analysis added
// (see heldout_missanalysis_test.go), each in words another server could
// send, with the neighbour it must leave alone.
func TestMissanalysisReadings(t *testing.T) {
	tok := bearer("ACCESS_TOKEN", "tk_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4")
	key := apiKey("API_KEY", "ak_Wq8ZbV3kLmN0pQrS7tUv", "X-Api-Key", "")
	plain := map[string]string{"Content-Type": "text/plain; charset=utf-8"}
	runReadings(t, []readingCase{
		// The project, team, company or app the credential belongs to
		// said stopped, and an account said so with a word of time
		// between: a 403 is the credential refused first (the 403's own
		// reading, a permission, may follow it as the fallback it is).
		{"a project suspended on a 403", 403, nil, `{"msg":"Your project has been suspended"}`, tok, CredentialRejected, nil},
		{"an app suspended for its terms", 403, nil, `{"error":"This app has been suspended for violating the terms of service."}`, key, CredentialRejected, nil},
		{"a team currently suspended, bare", 401, nil, `{"message":"Team suspended due to unpaid invoices"}`, tok, CredentialRejected, nil},
		{"an account currently suspended, on a 400", 400, nil, `"Sorry, your account is currently suspended. To enable sending messages, please contact support."`, tok, CredentialRejected, nil},
		{"an organization temporarily deactivated", 403, nil, `{"error":{"message":"Your organization has been temporarily deactivated."}}`, key, CredentialRejected, nil},
		{"a project restricted to members is who may see it", 403, nil, `{"message":"This project is restricted to its members."}`, tok, PermissionDenied, []string{CredentialRejected}},
		{"a project's pipeline suspended is its data", 409, nil, `{"message":"The project's pipeline was suspended by a maintainer."}`, tok, "", nil},
		// Authentication said to have failed in another language, a token
		// said timed out or empty in Chinese, in a 200's numeric envelope.
		{"Chinese authentication failed in a 200 envelope", 200, nil, `{"code":10401,"msg":"认证失败","data":null}`, tok, CredentialRejected, nil},
		{"German authentication failed on a 401", 401, nil, `{"fehler":"Authentifizierung fehlgeschlagen"}`, tok, CredentialRejected, nil},
		{"French authentication failed in a 200 envelope", 200, nil, `{"code":4011,"message":"Échec de l'authentification"}`, key, CredentialRejected, nil},
		{"a token timed out in Chinese", 200, nil, `{"errcode":40014,"errmsg":"令牌已超时，请重新登录"}`, tok, TokenExpired, nil},
		{"a token empty in Chinese, nothing sent", 200, nil, `{"code":40001,"msg":"token不能为空"}`, nil, NoCredentialsSent, nil},
		{"a parameter's validation failed is the request's", 200, nil, `{"code":40010,"msg":"参数验证失败"}`, tok, "", nil},
		// A 2xx whose whole body is one short line of plain text that
		// says the credential's fault.
		{"plain-text Invalid API key in a 200", 200, plain, "Invalid API key", key, CredentialRejected, nil},
		{"plain-text token is expired in a 200", 200, plain, "Token is expired.\n", tok, TokenExpired, nil},
		{"a plain-text sentence mentioning a key is data", 200, plain, "Key rotated for tenant 42", key, "", nil},
	})
}
