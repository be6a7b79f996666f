package diagnose

import (
	"strings"
	"testing"
)

// TestMergedFamilies2: families that were two readings of one meaning,
// now one pattern or one row each: every phrase the old pieces caught,
// paraphrases, and a neighbour each must leave alone.
func TestMergedFamilies2(t *testing.T) {
	tok := bearer("API_TOKEN", "opq_7Hd92kLmQ4pXrT")
	key := apiKey("API_KEY", "key_9f8e7d6c5b4a3210", "X-API-Key", "")
	html := map[string]string{"Content-Type": "text/html"}
	t.Run("noAuthProvidedPattern", func(t *testing.T) {
		runReadings(t, []readingCase{
			{"OCI: the information to complete authentication was not provided", 401, nil, `{"code":"NotAuthenticated","message":"The required information to complete authentication was not provided."}`, nil, NoCredentialsSent, nil},
			{"required authentication information was not supplied", 401, nil, `{"message":"Required authentication information was not supplied."}`, nil, NoCredentialsSent, nil},
			{"authentication information is not provided", 401, nil, `{"code":"MISSING_CREDENTIALS","message":"Authentication information is not provided"}`, nil, NoCredentialsSent, nil},
			{"no authentication provided", 401, nil, `{"error":"No authentication provided."}`, nil, NoCredentialsSent, nil},
			{"paraphrase: auth data is missing", 401, nil, `{"error":"Auth data is missing"}`, nil, NoCredentialsSent, nil},
			{"paraphrase: details needed to authenticate the request were missing", 401, nil, `{"message":"The details needed to authenticate the request were missing."}`, nil, NoCredentialsSent, nil},
			{"neighbour: billing information was not provided", 400, nil, `{"message":"Billing information was not provided."}`, key, "", []string{NoCredentialsSent}},
		})
		// The evidence quotes the sentence from its subject on.
		ex := corpusCase{api: fixed{status: 401, header: jsonCT(), body: `{"detail":"Required authentication information was not supplied; see the docs"}`}}.run(t, "")
		causes := Analyze(ex)
		if len(causes) == 0 || !strings.Contains(strings.Join(causes[0].Evidence, "\n"), "required authentication information was not supplied") {
			t.Errorf("the whole sentence is not quoted:\n%s", dump(causes))
		}
	})
	t.Run("explicit deny", func(t *testing.T) {
		runReadings(t, []readingCase{
			{"an explicit deny to a role", 403, jsonCT("x-amzn-ErrorType", "AccessDeniedException"), `{"Message":"User: arn:aws:sts::123456789012:assumed-role/ci/session is not authorized to perform: execute-api:Invoke on resource: arn:aws:execute-api:us-east-1:123456789012:a1b2c3/prod/GET/orders with an explicit deny"}`, tok, PermissionDenied, nil},
			{"an explicit deny to anonymous", 400, jsonCT("x-amzn-ErrorType", "AccessDeniedException"), `{"__type":"AccessDeniedException","Message":"User: anonymous is not authorized to perform: cognito-identity:GetId on resource: * with an explicit deny in a resource control policy"}`, nil, PermissionDenied, nil},
			{"not authorized to perform, a role named", 403, nil, `{"Message":"User: arn:aws:iam::123456789012:user/ci is not authorized to perform: s3:ListBucket"}`, tok, PermissionDenied, nil},
			{"paraphrase: explicitly denied by an explicit deny statement", 403, nil, `{"message":"Access denied because of an explicit deny in an identity-based policy"}`, tok, PermissionDenied, nil},
			{"paraphrase: not authorized to access this resource", 403, nil, `{"Message":"User is not authorized to access this resource"}`, tok, PermissionDenied, nil},
		})
		// Anonymous, with no deny named: no policy weighed an identity; the
		// 403's own reading speaks, not the policy's.
		notSaying(t, corpusCase{cred: tok, api: fixed{status: 403, header: jsonCT(), body: `{"Message":"User: anonymous is not authorized to perform: es:ESHttpGet"}`}}, "explicitly denies")
	})
	t.Run("accessPolicyPattern", func(t *testing.T) {
		runReadings(t, []readingCase{
			{"row-level security", 403, nil, `{"message":"new row violates row-level security policy for table \"items\""}`, tok, PermissionDenied, nil},
			{"denied by a policy", 403, nil, `{"message":"Request denied by the authorization policy"}`, tok, PermissionDenied, nil},
			{"blocked by Conditional Access policies", 403, nil, `{"message":"Access has been blocked by Conditional Access policies."}`, tok, PermissionDenied, nil},
			{"paraphrase: prevented by your organization's security policy", 403, nil, `{"error":"This request was prevented by your organization's security policy"}`, tok, PermissionDenied, nil},
			{"paraphrase: the policy does not allow access", 403, nil, `{"error":"The tenant policy does not allow access from this app"}`, tok, PermissionDenied, nil},
			{"neighbour: a password policy's rule is data", 400, nil, `{"message":"The new password does not meet the password policy"}`, tok, "", []string{PermissionDenied}},
		})
		for _, s := range []string{
			"aadsts53003: access has been blocked by conditional access policies. the access policy does not allow token issuance.",
			"sign-in was blocked by your administrator's sign-in policy",
		} {
			if !policyBlockedRE.MatchString(s) {
				t.Errorf("the token endpoint's reading misses %q", s)
			}
		}
		if policyBlockedRE.MatchString("request blocked by rate limit policy") {
			t.Error("a rate limit's policy read as an access policy")
		}
	})
	t.Run("faultBeforeCredentialPattern", func(t *testing.T) {
		for _, s := range []string{"bad authorization token", "wrong api key provided", "unrecognized access token", "malformed bearer token", "invalid webhook token"} {
			if !readRE.MatchString(s) || !credFaultRE.MatchString(s) {
				t.Errorf("%q: read %v, refused %v; the two must say one thing", s, readRE.MatchString(s), credFaultRE.MatchString(s))
			}
		}
		for _, s := range []string{"bad request", "wrong content type"} {
			if readRE.MatchString(s) {
				t.Errorf("%q judges no credential", s)
			}
		}
		runReadings(t, []readingCase{
			{"bad token, on a 401", 401, nil, `{"error":"Bad authorization token"}`, tok, CredentialRejected, nil},
			{"paraphrase: unrecognised API key", 401, nil, `{"message":"Unrecognised API key"}`, key, CredentialRejected, nil},
		})
	})
	t.Run("defaultPagePattern and frameworkPageRE", func(t *testing.T) {
		page := func(p string) string {
			return "<!DOCTYPE HTML PUBLIC \"-//IETF//DTD HTML 2.0//EN\">\n<html><head>\n<title>403 Forbidden</title>\n</head><body>\n<h1>Forbidden</h1>\n<p>" + p + "</p>\n</body></html>\n"
		}
		for _, s := range []string{
			"you don't have permission to access /wc-api/v2\non this server.",
			"you don't have permission to access this resource.",
		} {
			if !defaultPageRE.MatchString(s) || frameworkPageRE.MatchString(s) {
				t.Errorf("%q is Apache's page", s)
			}
		}
		for _, s := range []string{
			"you don't have the permission to access the requested resource. it is either read-protected or not readable by the server.",
			"you don't have permission to access this.",
			"you don't have permission to access the requested resource.",
		} {
			if defaultPageRE.MatchString(s) {
				t.Errorf("%q is no web server's own page", s)
			}
		}
		runReadings(t, []readingCase{
			{"Apache's page", 403, html, page("You don't have permission to access this resource."), tok, PermissionDenied, nil},
			{"Werkzeug's page is the application's", 403, html, page("You don't have the permission to access the requested resource. It is either read-protected or not readable by the server."), tok, PermissionDenied, []string{BlockedByProxy}},
		})
		notSaying(t, corpusCase{cred: tok, api: fixed{status: 403, header: html, body: page("You don't have the permission to access the requested resource. It is either read-protected or not readable by the server.")}}, "web server in front of the API")
	})
	t.Run("credentialIDNotExistPattern", func(t *testing.T) {
		runReadings(t, []readingCase{
			{"AWS: the access key id you provided does not exist", 403, nil, `{"message":"The AWS Access Key Id you provided does not exist in our records."}`, key, CredentialRejected, nil},
			{"CoinEx: access_id not exists", 200, nil, `{"code":23,"message":"access_id not exists"}`, key, CredentialRejected, nil},
			{"OKX: API key doesn't exist", 401, nil, `{"code":"50119","msg":"API key doesn't exist"}`, key, CredentialRejected, nil},
			{"paraphrase: the client id supplied does not exist", 400, nil, `{"error":"The client_id supplied does not exist"}`, key, CredentialRejected, nil},
			{"paraphrase: app key does not exist, on a 403", 403, nil, `{"msg":"This app key does not exist"}`, key, CredentialRejected, nil},
			{"bare: key doesn't exist, on a 403", 403, nil, `{"error":"key doesn't exist"}`, key, CredentialRejected, nil},
			{"neighbour: a stored object's key", 404, nil, `{"message":"The specified key does not exist."}`, key, "", []string{CredentialRejected}},
		})
	})
}

// notSaying: no cause of cc's answer says words (a row that must not fire,
// where the status's own reading gives the same code).
func notSaying(t *testing.T, cc corpusCase, words string) {
	t.Helper()
	causes := Analyze(cc.run(t, ""))
	checkCauses(t, causes, cc.cred)
	if d := dump(causes); strings.Contains(d, words) {
		t.Errorf("a cause says %q:\n%s", words, d)
	}
}
