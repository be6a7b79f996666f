package diagnose

import "testing"

// TestDiagleftovers8StoppedCredential: a credential said stopped is one
// family (credentialStoppedPattern: one vocabulary of the credential's
// nouns and of the states it is switched off in), read alike by the
// rejected-credential row, a 2xx's failure flag, the permission row's
// veto and the hints' rank (holderStoppedRE). Each row was written in
// one of three patterns before, which split the words between them: a
// key "supplied" said "currently suspended", a JWT said disabled, a
// session said deleted, a bare key said deleted read the 403's
// permission, no cause, or the missing scheme first. Cookies are left
// out: a cookie said blocked or disabled is a browser's setting.
func TestDiagleftovers8StoppedCredential(t *testing.T) {
	tok := bearer("API_TOKEN", "tok_7Hq2LmN9pR4sT6vX8zB1cD3f")
	key := apiKey("API_KEY", "key_9f8e7d6c5b4a3210aa", "X-API-Key", "")
	bare := headerCred("Authorization", "API_TOKEN", "tok7Hq2LmN9pR4sT6vX8zB1cD3f")
	runReadings(t, []readingCase{
		{"403 API key supplied is currently suspended", 403, nil, `{"message":"The API key supplied is currently suspended"}`, key, CredentialRejected, nil},
		{"403 JWT provided was disabled", 403, nil, `{"message":"The JWT provided was disabled."}`, tok, CredentialRejected, nil},
		{"400 session has been deleted", 400, nil, `{"message":"Your session has been deleted"}`, tok, CredentialRejected, nil},
		{"200 ok:false password is not active", 200, nil, `{"ok":false,"error":"This password is not active"}`, tok, CredentialRejected, nil},
		{"401 bare key said deleted: the server found it", 401, nil, `{"message":"Your key has been deleted"}`, bare, CredentialRejected, nil},
		// Read before, and still.
		{"403 API key currently banned", 403, nil, `{"message":"Your API key is currently banned from using this service"}`, tok, CredentialRejected, nil},
		{"403 key not active beside no permission", 403, nil, `{"message":"You do not have permission for this key. The key is not active."}`, key, CredentialRejected, nil},
		// Neighbours: a browser's cookies, and a way of authenticating.
		{"400 cookies disabled in the browser", 400, nil, `{"message":"Cookies are disabled in your browser"}`, tok, "", []string{CredentialRejected}},
		{"403 third-party cookies blocked", 403, nil, `{"message":"Third-party cookies are blocked"}`, tok, PermissionDenied, []string{CredentialRejected}},
		{"401 key authentication disabled is the method", 401, nil, `{"message":"Key authentication is disabled for this organization"}`, key, DeprecatedAuthMethod, nil},
	})
}

// TestDiagleftovers8PlanUpgrade: an upgrade names the plan when it is the
// plan's, the account's, the subscription's or an edition's
// (planUpgradePattern); a bare "upgrade" is as often a client's or a
// protocol's version ("Upgrade Required" is HTTP 426's reason phrase),
// which named no right the caller lacks and read permission_denied on a
// 401 (the plan row, and the words that judge a known caller).
func TestDiagleftovers8PlanUpgrade(t *testing.T) {
	tok := bearer("API_TOKEN", "tok_7Hq2LmN9pR4sT6vX8zB1cD3f")
	key := apiKey("API_KEY", "key_9f8e7d6c5b4a3210aa", "X-API-Key", "")
	runReadings(t, []readingCase{
		{"401 requires a subscription upgrade", 401, nil, `{"message":"This feature requires a subscription upgrade"}`, key, PermissionDenied, nil},
		{"401 upgrade your account", 401, nil, `{"message":"Upgrade your account to access this endpoint"}`, tok, PermissionDenied, nil},
		{"401 upgrade your team plan", 401, nil, `{"error":"Please upgrade your team plan to use this endpoint"}`, tok, PermissionDenied, nil},
		{"401 upgrade to Pro to continue", 401, nil, `{"error":"Upgrade to Pro to continue"}`, key, PermissionDenied, nil},
		// Neighbours: a client's or a protocol's upgrade.
		{"401 Upgrade Required", 401, nil, `{"error":"Upgrade Required"}`, tok, CredentialRejected, []string{PermissionDenied}},
		{"401 upgrade your client", 401, nil, `{"message":"Unauthorized: please upgrade your client to the latest version"}`, tok, CredentialRejected, []string{PermissionDenied}},
		{"401 protocol upgrade required", 401, nil, `{"message":"Protocol upgrade required: use HTTP/2"}`, tok, CredentialRejected, []string{PermissionDenied}},
	})
}

// TestDiagleftovers8ChallengeSchemeWords: a challenge's scheme names a
// header credential when one of its words is a credential's
// (headerCredentialScheme), not when a word only holds one: "Platform"
// (form) and "Monkey" (key) are schemes of the server's own that name no
// header credential, and ask for the Authorization header as Hawk does. A
// challenge that gives the address to authenticate at (Keystone's uri)
// names the service that issues the credential.
func TestDiagleftovers8ChallengeSchemeWords(t *testing.T) {
	key := apiKey("API_KEY", "Dove-Api-Key-2026", "X-API-Key", "")
	osToken := headerCred("X-Auth-Token", "OS_TOKEN", "gAAAAABk1x2y3z4-expired-token-value")
	chal := func(v string) map[string]string {
		return map[string]string{"WWW-Authenticate": v, "Content-Type": "application/json"}
	}
	runReadings(t, []readingCase{
		{"Platform challenge to an x-api-key header", 401, chal(`Platform realm="api"`), `{"message":"Unauthorized"}`, key, SchemeMismatch, nil},
		{"Monkey challenge to an x-api-key header", 401, chal(`Monkey`), `{"message":"Unauthorized"}`, key, SchemeMismatch, nil},
		// Neighbours: a scheme one of whose words names the credential, or
		// that names where to authenticate.
		{"APIKey challenge", 401, chal(`APIKey realm="api"`), `{"message":"Unauthorized"}`, key, CredentialRejected, []string{SchemeMismatch}},
		{"Gatekeeper-Key challenge", 401, chal(`Gatekeeper-Key realm="gw"`), `{"message":"Unauthorized"}`, key, CredentialRejected, []string{SchemeMismatch}},
		{"SessionToken challenge", 401, chal(`SessionToken`), `{"message":"Unauthorized"}`, key, CredentialRejected, []string{SchemeMismatch}},
		{"FormBased challenge", 401, chal(`FormBased`), `{"message":"Unauthorized"}`, key, CredentialRejected, []string{SchemeMismatch}},
		{"Keystone challenge to X-Auth-Token", 401, chal(`Keystone uri="http://keystone.local:5000/v3"`), `{"message":"Unauthorized"}`, osToken, CredentialRejected, []string{SchemeMismatch}},
	})
}
