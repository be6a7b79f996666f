package diagnose

import (
	"testing"
	"time"
)

// servers7Cases: the refusals of the seventh real-server round
// (e2e/heldout7_test.go: Jupyter Server 1.23.3, Verdaccio 6.8.0, Node-RED
// 4.1.15's admin API) as curl showed them, byte for byte, kept here so
// that the metamorphic test varies them too. Their first causes are the
// e2e round's, decided before authspec ran on them. Node-RED's 501
// unsupported_grant_type, a miss there, is read by its RFC 6749 error
// field (TestServerReadings7): the metamorphic test's moves of its words
// into other envelopes leave no such field, so it stays in e2e. The answers no reading tells apart
// (Jupyter's 403 "Forbidden" to a stale token, Verdaccio's 409 "user
// registration disabled" to a wrong password, Node-RED's bare 401 to a
// read-only token writing), the token endpoint's refusals of a password
// sent in the form, and those that are no refusal stay in e2e.
func servers7Cases(now time.Time) []provCase {
	jupyter := map[string]string{"Server": "TornadoServer/6.2", "Content-Type": "application/json", "X-Content-Type-Options": "nosniff",
		"Content-Security-Policy": "frame-ancestors 'self'; report-uri /api/security/csp-report; default-src 'none'"}
	verdaccio := map[string]string{"X-Powered-By": "hidden", "Access-Control-Allow-Origin": "*", "WWW-Authenticate": "Basic, Bearer",
		"Content-Type": "application/json; charset=utf-8", "Vary": "Accept-Encoding"}
	verdaccio403 := map[string]string{"X-Powered-By": "hidden", "Access-Control-Allow-Origin": "*", "Content-Type": "application/json; charset=utf-8",
		"Vary": "Accept-Encoding"}
	const verdaccioRead = "{\n  \"error\": \"authorization required to access package private-lib\"\n}"
	expired := makeJWT(map[string]any{"real_groups": []string{"alice"}, "name": "alice", "groups": []string{"alice", "$all", "$authenticated"},
		"iat": now.Add(-48 * time.Hour).Unix(), "nbf": now.Add(-48 * time.Hour).Unix(), "exp": now.Add(-47 * time.Hour).Unix()})
	nodered := func(challenge string) map[string]string {
		return map[string]string{"Access-Control-Allow-Origin": "*", "WWW-Authenticate": challenge}
	}
	static := bearer("NODERED_TOKEN", "St4tic-NodeRed-Token-2025")
	const (
		ju = "https://jupyter-server.readthedocs.io/en/latest/operators/security.html"
		ve = "https://verdaccio.org/docs/packages"
		nr = "https://nodered.org/docs/user-guide/runtime/securing-node-red#editor--admin-api-security"
	)
	return []provCase{
		{src: ju, name: "Jupyter 403 Forbidden, nothing sent", status: 403, header: jupyter, body: `{"message": "Forbidden", "reason": null}`,
			path: "/api/contents", want: NoCredentialsSent},
		{src: ju, name: "Jupyter 403 _xsrf argument missing, nothing sent", status: 403, header: jupyter,
			body: `{"message": "'_xsrf' argument missing from POST", "reason": null}`, method: "PUT", path: "/api/contents/new.txt", want: NoCredentialsSent},
		{src: ve, name: "Verdaccio 401 authorization required, nothing sent", status: 401, header: verdaccio, body: verdaccioRead,
			path: "/private-lib", want: NoCredentialsSent},
		{src: ve, name: "Verdaccio 401 authorization required, a wrong password", status: 401, header: verdaccio, body: verdaccioRead,
			cred: basicCred("alice", "not-Al1ce-Verd"), path: "/private-lib", want: CredentialRejected},
		{src: ve, name: "Verdaccio 401 authorization required, an expired session token", status: 401, header: verdaccio, body: verdaccioRead,
			cred: bearer("EXPIRED_TOKEN", expired), path: "/private-lib", want: JWTExpired},
		{src: ve, name: "Verdaccio 403 not allowed to publish", status: 403, header: verdaccio403,
			body: "{\n  \"error\": \"user bob is not allowed to publish package private-lib\"\n}", cred: basicCred("bob", "B0b-Verd-2026"), method: "PUT",
			path: "/private-lib", want: PermissionDenied},
		{src: ve, name: "Verdaccio 401 no credentials provided", status: 401, header: verdaccio, body: "{\n  \"error\": \"no credentials provided\"\n}",
			path: "/-/npm/v1/tokens", want: NoCredentialsSent},
		{src: nr, name: "Node-RED 401 Bearer challenge, nothing sent", status: 401, header: nodered(`Bearer realm="Users"`), body: "Unauthorized",
			path: "/flows", want: NoCredentialsSent},
		{src: nr, name: "Node-RED 401 invalid_token, a stale token", status: 401, header: nodered(`Bearer realm="Users", error="invalid_token"`),
			body: "Unauthorized", cred: static, path: "/flows", want: ServerInvalidToken},
		{src: nr, name: "Node-RED 401 Bearer challenge, a password as Basic", status: 401, header: nodered(`Bearer realm="Users"`), body: "Unauthorized",
			cred: basicCred("alice", "Al1ce-NodeRed-2026"), path: "/flows", want: SchemeMismatch},
	}
}

func TestHeldoutServers7(t *testing.T) {
	runProviderCases(t, "seventh real-server round's answers", servers7Cases(time.Now()))
}
