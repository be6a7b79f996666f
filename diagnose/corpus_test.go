package diagnose

import (
	"net/http"
	"slices"
	"strings"
	"time"

	"github.com/authspec/authspec/vocab"
)

// corpus is the table of real exchanges TestCorpus runs (see
// corpus_run_test.go for the runner and corpus_servers_test.go for the
// classes of APIs).
func corpus() []corpusCase {
	now := time.Now()
	at := func(d time.Duration) int64 { return now.Add(d).Unix() }
	const stagingIss, prodIss = "https://auth.staging.example.com", "https://auth.example.com"
	jwt := func(extra map[string]any) string {
		c := map[string]any{"iss": stagingIss, "aud": "payments", "sub": "svc-payments",
			"iat": at(-time.Hour), "exp": at(time.Hour), "scope": "accounts.read accounts.write"}
		for k, v := range extra {
			if v == nil {
				delete(c, k)
			} else {
				c[k] = v
			}
		}
		return makeJWT(c)
	}
	good, expired := jwt(nil), jwt(map[string]any{"exp": at(-2 * time.Hour)})
	readOnly := jwt(map[string]any{"scope": "accounts.read"})
	rs := resourceServer{iss: stagingIss, aud: "payments",
		opaque:  map[string][]string{"opq_7Hd92kLmQ4pX": {"accounts.read"}},
		revoked: map[string]bool{"opq_Rv0k3dZ81mWq": true},
		need:    map[string]string{"DELETE /v1/accounts/1": "accounts.write", "POST /v1/payments": "payments.write"}}
	rsQuiet, rsBody := rs, rs
	rsQuiet.noError, rsBody.inBody = true, true
	gateway := apiGateway{keys: map[string]bool{"gwkey_5Jq8sLd02Nf7Pz": true}, allowed: map[string]bool{"GET": true}}
	stripeTest := stripeLike{keys: map[string]bool{"sk_test_51HaZ3xKq9Lm2Vb7Nc": true}}
	stripeLive := stripeLike{keys: map[string]bool{"sk_live_51HaZ3xKq9Lm2Vb7Nc": true}}
	admin := basicOnly{user: "svc-reporting", pass: "s3cret-Pa55word"}
	xKey := keyAPI{header: "X-API-Key", key: "key_9f8e7d6c5b4a"}
	qKey := keyAPI{query: "api_key", key: "key_9f8e7d6c5b4a"}
	anything := fixed{status: 200, body: `{"ok":true}`}
	withAuth := fixed{status: 401, body: `{"message":"Unauthorized"}`, onlyIf: func(r *http.Request) bool { return !hasAuth(r) }}
	expiredJWT := func(r *http.Request) bool {
		_, tok, _ := strings.Cut(r.Header.Get("Authorization"), " ")
		m, _ := serverClaims(tok)
		exp, _ := claimTime(m, "exp")
		return time.Now().After(exp)
	}
	lacks := func(scope string) func(*http.Request) bool {
		return func(r *http.Request) bool {
			_, tok, _ := strings.Cut(r.Header.Get("Authorization"), " ")
			m, _ := serverClaims(tok)
			return !slices.Contains(claimList(m["scope"], true), scope)
		}
	}
	forbidden := fixed{status: 403, body: `{"message":"Forbidden"}`}
	// go-httpbin's /status/401 answers every request with a Basic challenge.
	httpbin401 := fixed{status: 401, header: map[string]string{"WWW-Authenticate": `Basic realm="Fake Realm"`}}
	rabbitJSON := map[string]string{"Content-Type": "application/json"}
	azureKey := fixed{status: 401, header: rabbitJSON, body: `{"statusCode":401,"message":"Access denied due to invalid subscription key. Make sure to provide a valid key for an active subscription."}`}
	notAuthorized := fixed{status: 401, header: rabbitJSON, body: `{"message":"Not authorized"}`}
	rabbitLogin := fixed{status: 401, body: `{"error":"not_authorised","reason":"Login failed"}`,
		header: map[string]string{"Content-Type": "application/json", "WWW-Authenticate": `Basic realm="RabbitMQ Management"`}}
	rabbitNotAdmin := fixed{status: 401, body: `{"error":"not_authorised","reason":"Not administrator user"}`, header: rabbitJSON}
	rabbitRefused := fixed{status: 401, body: `{"error":"not_authorised","reason":"Access refused."}`, header: rabbitJSON}
	html := map[string]string{"Content-Type": "text/html; charset=UTF-8"}
	cloudflare := fixed{status: 403, body: cloudflarePage, header: map[string]string{"Content-Type": "text/html; charset=UTF-8", "Server": "cloudflare", "CF-RAY": "8a1b2c3d4e5f6789-FRA"}}

	return []corpusCase{
		// Nothing usable was sent.
		{name: "empty API_TOKEN, OAuth resource server", api: rs, cred: bearer("API_TOKEN", ""), want: CredentialMissing, also: []string{NoCredentialsSent}},
		{name: "blank key, API gateway 403", api: gateway, cred: inEnvFile(apiKey("READONLY_KEY", "   ", "X-API-Key", ""), ".env.production"), env: "production", want: CredentialMissing},
		{name: "no auth on scenario, OAuth resource server", api: rs, want: NoCredentialsSent, also: []string{}},
		{name: "no auth, API gateway missing token", api: gateway, want: NoCredentialsSent},
		{name: "credential configured but dropped", api: rs, cred: bearer("API_TOKEN", good), place: nowhere, want: NoCredentialsSent},

		// Formatting.
		{name: "Bearer Bearer JWT", api: rs, cred: bearer("API_TOKEN", "Bearer "+good), want: PrefixDoubled, also: []string{ServerInvalidToken}},
		{name: "bearer bearer live key, Stripe-like", api: stripeLive, cred: bearer("STRIPE_KEY", "bearer sk_live_51HaZ3xKq9Lm2Vb7Nc"), env: "production", want: PrefixDoubled},
		{name: "header credential without scheme", api: rs, cred: headerCred("Authorization", "AUTH_HEADER", good), want: PrefixMissing},
		{name: "bearer with prefix: \"\"", api: rs, cred: func() *Credential { c := bearer("API_TOKEN", "opq_7Hd92kLmQ4pX"); c.NoPrefix = true; return c }(), want: PrefixMissing},
		{name: "Bearer to Basic-only admin", api: admin, cred: bearer("API_TOKEN", good), want: SchemeMismatch, also: []string{CredentialRejected}},
		{name: "Bearer to Newauth+Basic challenges", api: basicOnly{user: "u", pass: "p", challenge: `Newauth realm="apps", type=1, title="Login to \"apps\"", Basic realm="simple"`}, cred: bearer("API_TOKEN", "opq_7Hd92kLmQ4pX"), want: SchemeMismatch},
		{name: "X-API-Key to Bearer resource server", api: rs, cred: apiKey("READONLY_KEY", "key_9f8e7d6c5b4a", "X-API-Key", ""), want: SchemeMismatch},
		{name: "leading space in token", api: rs, cred: bearer("API_TOKEN", " opq_7Hd92kLmQ4pX"), want: WhitespaceInCredential, also: []string{ServerInvalidToken}},
		{name: "trailing newline in query key", api: qKey, cred: apiKey("API_KEY", "key_9f8e7d6c5b4a\n", "", "api_key"), want: WhitespaceInCredential},
		{name: "trailing space in Basic password", api: admin, cred: basicCred("svc-reporting", "s3cret-Pa55word "), want: WhitespaceInCredential, also: []string{CredentialRejected}},
		{name: "token wrapped in quotes", api: rs, cred: bearer("API_TOKEN", `"opq_7Hd92kLmQ4pX"`), want: QuotesInCredential},
		{name: "API key wrapped in single quotes", api: xKey, cred: apiKey("API_KEY", `'key_9f8e7d6c5b4a'`, "X-API-Key", ""), want: QuotesInCredential},
		{name: "token in query access_token", api: rs, cred: apiKey("API_TOKEN", "opq_7Hd92kLmQ4pX", "", "access_token"), want: CredentialInWrongPlace},
		{name: "token in JSON body", api: rs, cred: bearer("API_TOKEN", "opq_7Hd92kLmQ4pX"), place: nowhere, bodyToken: true, method: "POST", want: CredentialInWrongPlace},
		{name: "Bearer where x-api-key header is asked", api: xKey, cred: bearer("API_TOKEN", "key_9f8e7d6c5b4a"), want: CredentialInWrongPlace},
		{name: "token in query param token, Bearer server", api: rsQuiet, cred: bearer("API_TOKEN", good), place: inQuery("token"), want: CredentialInWrongPlace},
		{name: "token typed into the query by hand, no auth", api: rs, cred: bearer("API_TOKEN", good), place: inQuery("access_token"), byHand: true, want: CredentialInWrongPlace},
		{name: "token typed into a JSON body by hand, no auth", api: rs, cred: bearer("API_TOKEN", good), place: nowhere, bodyToken: true, byHand: true, want: CredentialInWrongPlace},

		// JWT claims.
		{name: "expired JWT, RFC 6750 invalid_token", api: rs, cred: bearer("API_TOKEN", expired), want: JWTExpired, also: []string{ServerInvalidToken, CredentialRejected}},
		{name: "expired JWT, bare 401", api: fixed{status: 401, body: `{"message":"Unauthorized"}`, onlyIf: expiredJWT}, cred: bearer("API_TOKEN", expired), want: JWTExpired},
		{name: "JWT not yet valid", api: rs, cred: bearer("API_TOKEN", jwt(map[string]any{"nbf": at(10 * time.Minute)})), want: JWTNotYetValid},
		{name: "JWT from the production issuer", api: rs, cred: bearer("API_TOKEN", jwt(map[string]any{"iss": prodIss})), claims: map[string]string{"iss": stagingIss}, want: JWTWrongIssuer, also: []string{ServerInvalidToken}},
		{name: "JWT for another audience (list)", api: rs, cred: bearer("API_TOKEN", jwt(map[string]any{"aud": []string{"billing", "reporting"}})), claims: map[string]string{"aud": "payments"}, want: JWTWrongAudience},
		{name: "JWT lacks scope, plain 403", api: fixed{status: 403, body: `{"message":"Forbidden"}`, onlyIf: lacks("accounts.write")}, cred: bearer("API_TOKEN", readOnly), method: "DELETE", path: "/v1/accounts/1", scopes: []string{"accounts.write"}, want: JWTMissingScope, also: []string{PermissionDenied}},
		{name: "captured JWT expired, no credential", api: rs, place: func(r *http.Request, _ *Credential) { r.Header.Set("Authorization", "Bearer "+expired) }, kind: "recovery", want: JWTExpired},

		// The server's RFC 6750 words.
		{name: "revoked opaque token", api: rs, cred: bearer("API_TOKEN", "opq_Rv0k3dZ81mWq"), want: ServerInvalidToken, also: []string{CredentialRejected}},
		{name: "invalid_token in JSON body", api: rsBody, cred: bearer("API_TOKEN", "opq_Zz11Yy22Xx33"), want: ServerInvalidToken},
		{name: "insufficient_scope, opaque token", api: rs, cred: bearer("API_TOKEN", "opq_7Hd92kLmQ4pX"), method: "DELETE", path: "/v1/accounts/1", want: ServerInsufficientScope, also: []string{PermissionDenied}},
		{name: "insufficient_scope, JWT lacking it", api: rs, cred: bearer("API_TOKEN", good), method: "POST", path: "/v1/payments", scopes: []string{"payments.write"}, want: ServerInsufficientScope, also: []string{JWTMissingScope}},

		// Environment mismatch.
		{name: "production uses staging's token", api: rs, cred: withOther(inEnvFile(bearer("API_TOKEN", "opq_Sg4t8Kw2Mn6R"), ".env.production"), "staging", "opq_Sg4t8Kw2Mn6R"), env: "production", want: CredentialFromOtherEnvironment, also: []string{ServerInvalidToken}},
		{name: "production Stripe key equal to staging's", api: stripeLive, cred: withOther(bearer("STRIPE_KEY", "sk_live_51Other0Key9Xy8W"), "staging", "sk_live_51Other0Key9Xy8W"), env: "prod-eu", want: CredentialFromOtherEnvironment},
		{name: "sk_test_ key in production", api: stripeLive, cred: bearer("STRIPE_KEY", "sk_test_51HaZ3xKq9Lm2Vb7Nc"), env: "production", want: TestKeyInProduction, also: []string{CredentialRejected}},
		{name: "sk_live_ key in staging", api: stripeTest, cred: bearer("STRIPE_KEY", "sk_live_51HaZ3xKq9Lm2Vb7Nc"), want: LiveKeyOutsideProduction},

		// Valid-looking, still refused.
		{name: "revoked Stripe test key", api: stripeTest, cred: bearer("STRIPE_KEY", "sk_test_51Revoked0Key1Ab"), want: CredentialRejected},
		{name: "wrong Basic password", api: admin, cred: basicCred("svc-reporting", "wrong-Pa55word"), want: CredentialRejected},
		// RabbitMQ's management API: a failed login gets a Basic challenge;
		// a valid login without the right tag gets 401 with no challenge.
		{name: "expired JWT to a server that challenges Basic by default", api: httpbin401, cred: bearer("API_TOKEN", expired), want: JWTExpired, also: []string{SchemeMismatch}},
		{name: "401 without challenge: invalid subscription key (Azure APIM)", api: azureKey, cred: apiKey("APIM_KEY", "k3y_9f8e7d6c5b4a3", "Ocp-Apim-Subscription-Key", ""), want: CredentialRejected},
		{name: "401 without challenge: bare Not authorized", api: notAuthorized, cred: bearer("API_TOKEN", good), want: CredentialRejected},
		{name: "RabbitMQ login failed", api: rabbitLogin, cred: basicCred("guest", "not-the-password"), want: CredentialRejected},
		{name: "RabbitMQ user lacks the administrator tag", api: rabbitNotAdmin, cred: basicCred("monitor", "m0n-pass"), path: "/api/users", want: PermissionDenied},
		{name: "RabbitMQ monitoring user may not delete (permission scenario)", api: rabbitRefused, cred: basicCred("monitor", "m0n-pass"), method: "DELETE", path: "/api/queues/%2F/q1", kind: "permission", expect: "403", want: AuthenticationBeforeAuthorization, also: []string{PermissionDenied}},
		{name: "unknown opaque token, no error code", api: rsQuiet, cred: bearer("API_TOKEN", "opq_Zz11Yy22Xx33"), want: CredentialRejected},
		{name: "server echoes the bad key", api: keyAPI{header: "X-API-Key", key: "key_9f8e7d6c5b4a", echo: true}, cred: apiKey("API_KEY", "key_0ld0Rotated77", "X-API-Key", ""), want: CredentialRejected},
		{name: "gateway: key may not DELETE", api: gateway, cred: apiKey("READONLY_KEY", "gwkey_5Jq8sLd02Nf7Pz", "X-API-Key", ""), method: "DELETE", path: "/v1/accounts/1", want: PermissionDenied},
		{name: "plan does not include endpoint", api: fixed{status: 403, body: `{"error":"forbidden","message":"Your plan does not include access to this endpoint. Upgrade to Pro."}`}, cred: bearer("API_TOKEN", good), want: PermissionDenied},

		// The server stopped the request for another reason.
		{name: "IP allowlist 403", api: fixed{status: 403, body: `{"error":"forbidden","message":"IP address 127.0.0.1 is not in the allowlist for this key"}`}, cred: apiKey("API_KEY", "key_9f8e7d6c5b4a", "X-API-Key", ""), want: IPRestricted, also: []string{PermissionDenied}},
		{name: "IP denied 401", api: fixed{status: 401, body: `{"message":"Access from IP 127.0.0.1 denied"}`}, cred: bearer("API_TOKEN", good), want: IPRestricted},
		{name: "429 with Retry-After", api: fixed{status: 429, header: map[string]string{"Retry-After": "30", "X-RateLimit-Limit": "100", "X-RateLimit-Remaining": "0"}, body: `{"message":"Too Many Requests"}`}, cred: bearer("API_TOKEN", good), want: RateLimited},
		{name: "GitHub-style 403 rate limit", api: fixed{status: 403, header: map[string]string{"X-RateLimit-Limit": "60", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "4102444800"}, body: `{"message":"API rate limit exceeded for 127.0.0.1."}`}, cred: bearer("API_TOKEN", "opq_7Hd92kLmQ4pX"), want: RateLimited},
		{name: "429 with an expired token", api: fixed{status: 429, header: map[string]string{"RateLimit": `"default";r=0;t=12`}}, cred: bearer("API_TOKEN", expired), want: RateLimited, also: []string{JWTExpired}},
		{name: "Cloudflare block page", api: cloudflare, cred: bearer("API_TOKEN", good), want: BlockedByProxy},
		{name: "Akamai Access Denied", api: fixed{status: 403, body: akamaiPage, header: map[string]string{"Content-Type": "text/html", "Server": "AkamaiGHost"}}, cred: apiKey("API_KEY", "key_9f8e7d6c5b4a", "X-API-Key", ""), want: BlockedByProxy},
		{name: "nginx's default 403 page is not a WAF", api: fixed{status: 403, body: nginxPage, header: map[string]string{"Content-Type": "text/html", "Server": "nginx/1.25.3"}}, cred: bearer("API_TOKEN", good), want: PermissionDenied, also: []string{}},
		{name: "WAF block outranks an expired token", api: cloudflare, cred: bearer("API_TOKEN", expired), want: BlockedByProxy, also: []string{JWTExpired}},
		{name: "ModSecurity text page", api: fixed{status: 403, header: map[string]string{"Content-Type": "text/plain"}, body: "Request blocked by ModSecurity. Incident ID 5521"}, cred: bearer("API_TOKEN", good), want: BlockedByProxy},

		// 401 versus 403.
		{name: "permission test got 401", api: fixed{status: 401, body: `{"message":"Unauthorized"}`}, cred: bearer("API_TOKEN", "opq_7Hd92kLmQ4pX"), kind: "permission", expect: "403", method: "DELETE", path: "/v1/accounts/1", want: AuthenticationBeforeAuthorization, also: []string{CredentialRejected}},
		{name: "probe invalid got 403 from gateway", api: gateway, cred: apiKey("READONLY_KEY", "gwkey_5Jq8sLd02Nf7Qa", "X-API-Key", ""), probe: vocab.ProbeInvalid, want: AuthenticationBeforeAuthorization},
		{name: "failure scenario, expired token, 403", api: forbidden, cred: bearer("EXPIRED_TOKEN", expired), kind: "failure", expect: "401", want: AuthenticationBeforeAuthorization},
		{name: "probe no_auth got 403", api: gateway, cred: nil, probe: vocab.ProbeNoAuth, want: AuthenticationBeforeAuthorization},
		{name: "permission test got 401, token expired", api: rs, cred: bearer("API_TOKEN", expired), kind: "permission", expect: "403", want: JWTExpired, also: []string{AuthenticationBeforeAuthorization}},

		// A rejection was expected and the API said 2xx.
		{name: "probe no_auth accepted", api: anything, cred: nil, probe: vocab.ProbeNoAuth, want: CredentialNotChecked},
		{name: "probe invalid accepted", api: withAuth, cred: bearer("API_TOKEN", "opq_7Hd92kLmQ4pY"), probe: vocab.ProbeInvalid, want: CredentialNotChecked},
		{name: "probe previous accepted", api: withAuth, cred: bearer("API_TOKEN_PREVIOUS", "opq_0ldR0tated55"), probe: vocab.ProbePrevious, want: CredentialNotChecked},
		{name: "probe other_env accepted", api: withAuth, cred: withOther(bearer("API_TOKEN", "opq_Pr0dT0ken991"), "production", "opq_Pr0dT0ken991"), probe: vocab.ProbeOtherEnv, want: CredentialNotChecked},
		{name: "read-only key deleted", api: fixed{status: 204}, cred: apiKey("READONLY_KEY", "gwkey_5Jq8sLd02Nf7Pz", "X-API-Key", ""), kind: "permission", expect: "403", method: "DELETE", path: "/v1/accounts/1", want: CredentialNotChecked},
		{name: "HTML page with Server: cloudflare", api: fixed{status: 403, body: "<html><body>Forbidden</body></html>", header: map[string]string{"Content-Type": html["Content-Type"], "Server": "cloudflare"}}, cred: bearer("API_TOKEN", good), want: BlockedByProxy},
	}
}
