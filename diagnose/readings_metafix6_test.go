package diagnose

import "testing"

// TestAccountStoppedWholeWords: an account, user or organisation said
// stopped reads as the account's (credential_rejected) when the subject is
// a whole word and a bare state ends its clause or gives a reason; a field
// or a longer word that holds the subject is the request's data. Words
// that say the same stop in the family's other branches (locked, pending
// approval, access suspended) step the "deprecated method" row aside as
// the others do: one family, one reading.
func TestAccountStoppedWholeWords(t *testing.T) {
	key := apiKey("API_KEY", "key_9f8e7d6c5b4a3210", "X-API-Key", "")
	tok := bearer("API_TOKEN", "opq_7Hd92kLmQ4pXrT")
	basic := basicCred("ci-user", "Pa55-w0rd-ci-2026")
	runReadings(t, []readingCase{
		{"a field named is user restricted is the request's", 400, nil, `{"error":"The is user restricted field is required."}`, key, "", []string{CredentialRejected}},
		{"a superuser flag said restricted is the request's", 400, nil, `{"error":"Field superuser restricted must be a boolean"}`, key, "", []string{CredentialRejected}},
		{"paraphrase: an account restricted flag is a field", 422, nil, `{"message":"The account restricted flag must be true or false."}`, key, "", []string{CredentialRejected}},
		{"an account suspended with its reason", 401, nil, `{"error":"Account suspended for non-payment"}`, key, CredentialRejected, nil},
		{"paraphrase: an organization deactivated by an administrator", 403, nil, `{"error":"Organization deactivated by an administrator"}`, key, CredentialRejected, nil},
		{"paraphrase: a bare user restricted ends the sentence", 403, nil, `{"message":"User restricted."}`, tok, CredentialRejected, nil},
		{"a method off beside an account locked is the account's", 401, nil, `{"message":"Basic authentication is currently disabled. Your account has been locked."}`, basic, CredentialRejected, []string{DeprecatedAuthMethod}},
		{"paraphrase: a method off beside an account pending approval", 401, nil, `{"message":"Password authentication is currently disabled: this account is pending approval"}`, basic, CredentialRejected, []string{DeprecatedAuthMethod}},
		{"paraphrase: a method off beside access suspended", 401, nil, `{"message":"API key authentication is currently disabled: your access has been suspended by an administrator"}`, key, CredentialRejected, []string{DeprecatedAuthMethod}},
	})
}

// TestFailureFlagAuthWordsWhole: under a failure flag, a text refuses the
// caller when a word of authenticating or authorizing the caller is there
// whole; a word that only holds one (author, authority, processor,
// accessory, keyword) or a payment's authorization is the business's.
func TestFailureFlagAuthWordsWhole(t *testing.T) {
	key := apiKey("API_KEY", "key_9f8e7d6c5b4a3210", "X-API-Key", "")
	runReadings(t, []readingCase{
		{"insufficient funds for authorization is the payment's", 200, nil, `{"status":false,"message":"Insufficient funds for authorization"}`, key, "", nil},
		{"paraphrase: a card authorization declined", 200, nil, `{"success":false,"message":"Card authorization declined by issuer"}`, key, "", nil},
		{"paraphrase: a payment authorization expired", 200, nil, `{"ok":false,"error":"Payment authorization expired"}`, key, "", nil},
		{"an author not found is data", 200, nil, `{"success":false,"message":"Author not found"}`, key, "", nil},
		{"an authority field is a field", 200, nil, `{"success":false,"message":"The authority field is required"}`, key, "", nil},
		{"a payment processor down is the server's", 200, nil, `{"success":false,"message":"Payment processor unavailable"}`, key, "", nil},
		{"an accessory out of stock is the business's", 200, nil, `{"success":false,"message":"Accessory out of stock"}`, key, "", nil},
		{"a keyword too long is a field's", 200, nil, `{"success":false,"message":"Keyword too long"}`, key, "", nil},
		// The caller's authentication or authorization, said whole, still
		// refuses.
		{"authorization failed under success:false", 200, nil, `{"success":false,"message":"Authorization failed"}`, key, CredentialRejected, nil},
		{"paraphrase: authentication required under status:false", 200, nil, `{"status":false,"message":"Authentication required"}`, key, CredentialRejected, nil},
		{"paraphrase: invalid_auth as a code under ok:false", 200, nil, `{"ok":false,"error":"invalid_auth"}`, key, CredentialRejected, nil},
		{"paraphrase: an authtoken written joined under ok:false", 200, nil, `{"ok":false,"error":"Invalid authtoken"}`, key, CredentialRejected, nil},
		{"paraphrase: authorization denied for this request under success:false", 200, nil, `{"success":false,"message":"Authorization has been denied for this request."}`, key, CredentialRejected, nil},
		{"paraphrase: the authorization was not correct under ok:false", 200, nil, `{"ok":false,"error":"The authorization was not correct"}`, key, CredentialRejected, nil},
		{"paraphrase: an authorization grant invalid under status:error", 200, nil, `{"status":"error","message":"The provided authorization grant is invalid, expired, or revoked"}`, key, CredentialRejected, nil},
		{"paraphrase: a request that could not be authorized under ok:false", 200, nil, `{"ok":false,"error":"The request could not be authorized"}`, key, CredentialRejected, nil},
		// A key sent in its own header, an Authorization header asked for.
		{"paraphrase: a missing authorization header under success:false", 200, nil, `{"success":false,"message":"Missing authorization header"}`, key, CredentialInWrongPlace, nil},
	})
}

// TestCredentialCodeJudgedNamesACredential: an error code judges the
// credential sent, so that a Basic challenge beside it is no scheme
// mismatch, when it names a credential: a bare key looked up and not
// found is as often the request's data, and the challenge names the
// scheme asked for.
func TestCredentialCodeJudgedNamesACredential(t *testing.T) {
	tok := bearer("API_TOKEN", "opq_7Hd92kLmQ4pXrT")
	basicChallenge := jsonCT("WWW-Authenticate", `Basic realm="kv"`)
	runReadings(t, []readingCase{
		{"key_not_found under a Basic challenge, a Bearer token sent", 401, basicChallenge, `{"error":"key_not_found","message":"Authentication required"}`, tok, SchemeMismatch, nil},
		{"paraphrase: key-not-found beside login required", 401, basicChallenge, `{"code":"key-not-found","message":"Login required"}`, tok, SchemeMismatch, nil},
		{"paraphrase: key_unknown beside authentication required", 401, basicChallenge, `{"code":"key_unknown","message":"Authentication required"}`, tok, SchemeMismatch, nil},
		{"neighbour: api_key_not_found judged the key", 401, basicChallenge, `{"error":"api_key_not_found","message":"Authentication required"}`, tok, CredentialRejected, []string{SchemeMismatch}},
		{"neighbour: a bare key said revoked judged the key", 401, basicChallenge, `{"error":"key_revoked","message":"Authentication required"}`, tok, CredentialRejected, []string{SchemeMismatch}},
	})
}

// TestForUnauthorizedGivesAReason: "for unauthorized access" (or a
// request, a client) refuses the request when it gives the reason of a
// refusal said before it; after a thing's name it says what the thing is
// for (an alert rule, an alarm of a security API), which is data.
func TestForUnauthorizedGivesAReason(t *testing.T) {
	key := apiKey("API_KEY", "key_9f8e7d6c5b4a3210", "X-API-Key", "")
	runReadings(t, []readingCase{
		{"an alert rule for unauthorized access events is data", 200, nil, `{"code":40012,"message":"No alert rule configured for unauthorized access events"}`, key, "", nil},
		{"paraphrase: an alarm for unauthorized access acknowledged", 200, nil, `{"errcode":1,"errmsg":"Alarm for unauthorized access already acknowledged"}`, key, "", nil},
		{"a request rejected for unauthorized access is refused", 200, nil, `{"code":40012,"message":"Request rejected for unauthorized access"}`, key, CredentialRejected, nil},
		{"paraphrase: an operation denied for an unauthorized request", 200, nil, `{"code":40013,"message":"Operation denied for an unauthorized request"}`, key, CredentialRejected, nil},
	})
}

// TestClientCertRefusedReadings: a TLS client certificate said invalid,
// expired, revoked, unknown or not verified (clientCertFailedPattern), on
// a refusal's status, reads as one said required does, by whether the
// environment has one: one configured was refused (credential_rejected,
// the "TLS client cert refused" row), none configured is
// no_credentials_sent with tls.cert_file's advice. A certificate accepted
// and not authorized stays a permission; a 400 that calls a certificate
// it was given invalid is an API that stores certificates.
func TestClientCertRefusedReadings(t *testing.T) {
	key := apiKey("PARTNER_API_KEY", "pk_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Wq4", "X-Api-Key", "")
	tok := bearer("ACCESS_TOKEN", "tk_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4")
	runReadingsIn(t, readingEnv{clientCert: true}, []readingCase{
		{"a client certificate revoked, one configured", 403, nil, `{"message":"The client certificate was revoked"}`, tok, CredentialRejected, []string{NoCredentialsSent}},
		{"paraphrase: client certificate verification failed", 403, nil, `{"message":"Client certificate verification failed: unable to get local issuer certificate"}`, tok, CredentialRejected, []string{NoCredentialsSent}},
		{"paraphrase: a client certificate expired as a code", 401, nil, `{"code":"CLIENT_CERTIFICATE_EXPIRED","message":"Unauthorized"}`, key, CredentialRejected, []string{NoCredentialsSent}},
		{"paraphrase: an unknown client certificate", 403, nil, `{"error":"Unknown client certificate"}`, key, CredentialRejected, []string{NoCredentialsSent}},
		{"neighbour: a presented certificate not authorized is a permission", 403, nil, `{"error":{"code":403,"message":"The presented client certificate is not authorized for this team."}}`, key, PermissionDenied, []string{CredentialRejected}},
	})
	runReadings(t, []readingCase{
		{"an invalid client certificate, none configured", 401, nil, `{"error":"Invalid client certificate"}`, key, NoCredentialsSent, nil},
		{"paraphrase: the client certificate is not trusted, none configured", 403, nil, `{"message":"The client certificate is not trusted"}`, tok, NoCredentialsSent, nil},
		{"neighbour: a stored certificate said invalid on a 400 is validation", 400, nil, `{"message":"The uploaded client certificate is invalid: PEM expected"}`, key, "", []string{NoCredentialsSent, CredentialRejected}},
		{"neighbour: the upstream's certificate is no client certificate", 502, nil, `{"message":"upstream SSL certificate verify failed"}`, key, "", []string{NoCredentialsSent}},
	})
}

// TestClientSecretSaidInvalid: a client's, consumer's or app's secret
// said invalid right after it is named refuses the credential, in a
// refusal's status or under a 200's failure flag, as "Invalid client
// secret" does; a secret of something else (a webhook's, set as a
// setting) said invalid in a 400 is the setting's value.
func TestClientSecretSaidInvalid(t *testing.T) {
	key := apiKey("API_KEY", "key_9f8e7d6c5b4a3210", "X-API-Key", "")
	basic := basicCred("ck_4f1c8a2e9b7d", "cs_9e8d7c6b5a4f3e2d")
	runReadings(t, []readingCase{
		{"a consumer secret said invalid under ok:false", 200, nil, `{"ok":false,"error":"Consumer secret is invalid."}`, basic, CredentialRejected, nil},
		{"paraphrase: the client secret is invalid under success:false", 200, nil, `{"success":false,"message":"The client secret is invalid"}`, basic, CredentialRejected, nil},
		{"paraphrase: an app secret is incorrect under status:error", 200, nil, `{"status":"error","message":"App secret is incorrect"}`, key, CredentialRejected, nil},
		{"neighbour: a webhook secret said invalid is a setting's", 400, nil, `{"message":"Webhook secret is invalid: it must be at least 32 characters"}`, key, "", []string{CredentialRejected}},
		{"neighbour: a secret santa list is data", 200, nil, `{"success":false,"message":"Secret santa list is invalid"}`, key, "", nil},
	})
}
