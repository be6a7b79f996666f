package diagnose

import (
	"slices"
	"strings"
	"testing"
)

// TestGeneralReadings: one answer per general reading (not a provider's
// row), its first cause, and the codes it must not bring up.
func TestGeneralReadings(t *testing.T) {
	tok := bearer("API_TOKEN", "opq_7Hd92kLmQ4pXrT")
	for _, tc := range []struct {
		name   string
		status int
		body   string
		cred   *Credential
		want   string
		never  []string
	}{
		// An error body that reports the caller's address in its own field
		// refuses for another reason than the address.
		{"address in a field of its own", 401, `{"title":"Not authorized","status":401,"detail":"The signature does not match","clientIp":"198.51.100.7"}`, tok, CredentialRejected, []string{IPRestricted}},
		{"address refused in one sentence", 403, `{"message":"Requests from 198.51.100.7 are not allowed"}`, tok, IPRestricted, nil},
		// RFC 6749 codes, at whatever status the server chose.
		{"invalid_grant on a 403", 403, `{"error":"invalid_grant","error_description":"Wrong email or password."}`, basicCred("ci@example.com", "Wq8ZbV3kLmN0pQrS"), CredentialRejected, nil},
		{"unauthorized_client on a 400", 400, `{"error":"unauthorized_client","error_description":"Client not allowed for direct access grants"}`, basicCred("ci", "Wq8ZbV3kLmN0pQrS"), PermissionDenied, nil},
		{"unauthorized_client saying the secret is wrong", 400, `{"error":"unauthorized_client","error_description":"Invalid client secret"}`, basicCred("ci", "Wq8ZbV3kLmN0pQrS"), CredentialRejected, []string{PermissionDenied}},
		// A header named for another purpose is required, not the
		// credential's place.
		{"quota project header", 403, `{"message":"you may need to specify 'X-Goog-User-Project' HTTP header for quota and billing purposes"}`, tok, RequiredHeaderMissing, []string{CredentialInWrongPlace}},
		// The server's words, in the spellings of the comms round.
		{"membership required on a 401", 401, `{"error":{"message":"You must be a member of an organization to use the API."}}`, tok, PermissionDenied, nil},
		{"name: header is required", 400, `{"error":{"message":"acme-version: header is required"}}`, tok, RequiredHeaderMissing, nil},
		{"Missing scopes: on a 401", 401, `{"error":"Missing scopes: api.model.read."}`, tok, ServerInsufficientScope, nil},
		{"endpoint requires the x:y scope", 403, `{"status":403,"error":true,"message":"This endpoint requires the file_variables:read scope"}`, tok, ServerInsufficientScope, nil},
		{"authentication not found in headers", 401, `{"message":"authentication not found in headers"}`, tok, CredentialInWrongPlace, nil},
		// A sign-in's password refused, in the words of its field or
		// code, on the 400 a password grant answers.
		{"login credentials refused on a 400", 400, `{"code":"invalid_credentials","message":"Invalid login credentials"}`, basicCred("ci@example.com", "Wq8ZbV3kLmN0pQrS"), CredentialRejected, nil},
		{"INVALID_PASSWORD on a 400", 400, `{"error":{"code":400,"message":"INVALID_PASSWORD","errors":[{"message":"INVALID_PASSWORD","domain":"global","reason":"invalid"}]}}`, basicCred("ci@example.com", "Wq8ZbV3kLmN0pQrS"), CredentialRejected, nil},
		// An auth-param list is structured: its quotes and the spaces
		// after its commas are syntax, with or without a scheme first.
		{"signature that cannot be verified, scheme-less auth-params", 403, `{"message":"HMAC signature cannot be verified"}`,
			headerCred("Authorization", "HMAC_AUTH", `username="ci", algorithm="hmac-sha256", headers="date host", signature="dGVzdHNpZ25hdHVyZQ=="`), CredentialRejected,
			[]string{WhitespaceInCredential, QuotesInCredential}},
		{"credential header named", 401, `{"message":"No token found. Please add a header for X-Postmark-Server-Token."}`, tok, CredentialInWrongPlace, nil},
		// An RFC 6750 code in a problem document's own code field: the
		// token was found and refused, whatever else the words say.
		{"invalid_token as error_type", 401, `{"status":401,"error_type":"invalid_token","detail":"Requires authentication"}`, tok, ServerInvalidToken, []string{CredentialInWrongPlace}},
		{"insufficient_scope as a code", 403, `{"code":"insufficient_scope","message":"Forbidden"}`, tok, ServerInsufficientScope, nil},
		{"requires authentication, no code", 401, `{"detail":"Requires authentication"}`, tok, CredentialInWrongPlace, nil},
		// A 404 that may hide a resource, in parentheses.
		{"not found (or insufficient access)", 404, `{"error_message":"build not found (or insufficient access)"}`, tok, NotFoundHidesPermission, nil},
		// A GraphQL error on one field that says nobody was authenticated.
		{"field error, not authenticated", 200, `{"data":{"viewer":null},"errors":[{"message":"You must be authenticated to view this.","path":["viewer"]}]}`, tok, CredentialRejected, []string{PermissionDenied}},
		{"field error, a permission", 200, `{"data":{"org":null},"errors":[{"message":"Access denied for org field","path":["org"]}]}`, tok, PermissionDenied, nil},
		// A GraphQL rate limit in a 200.
		{"GraphQL RATE_LIMITED in a 200", 200, `{"errors":[{"type":"RATE_LIMITED","message":"API rate limit exceeded for installation ID 42."}]}`, tok, RateLimited, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ex := corpusCase{cred: tc.cred, api: fixed{status: tc.status, header: jsonCT(), body: tc.body}}.run(t, "")
			causes := Analyze(ex)
			checkCauses(t, causes, tc.cred)
			got := codesOf(causes)
			if len(got) == 0 || got[0] != tc.want {
				t.Errorf("first cause %v, want %s", got, tc.want)
			}
			for _, c := range tc.never {
				if slices.Contains(got, c) {
					t.Errorf("%s must not appear: %v", c, got)
				}
			}
		})
	}
}

// TestInvalidTokenFaultList: an invalid_token whose description lists
// "expired" among other faults is not called an expiry.
func TestInvalidTokenFaultList(t *testing.T) {
	for desc, expired := range map[string]bool{
		"The access token provided is expired, revoked, malformed or invalid for other reasons.": false,
		"The access token expired": true,
	} {
		ex := corpusCase{cred: bearer("API_TOKEN", "opq_7Hd92kLmQ4pXrT"), api: fixed{status: 401, header: jsonCT(),
			body: `{"error":"invalid_token","error_description":"` + desc + `"}`}}.run(t, "")
		causes := Analyze(ex)
		checkCauses(t, causes, ex.Credential)
		i := slices.IndexFunc(causes, func(c Cause) bool { return c.Code == ServerInvalidToken })
		if i < 0 {
			t.Fatalf("%q: no %s in %v", desc, ServerInvalidToken, codesOf(causes))
		}
		if got := strings.Contains(causes[i].Message, "has expired"); got != expired {
			t.Errorf("%q: message says expired = %v, want %v: %s", desc, got, expired, causes[i].Message)
		}
	}
}

// TestRefusalAnsweredWith500: a 500 in a rules row's words is read as
// the refusal it is; a 502 with the same words is an upstream's trouble.
func TestRefusalAnsweredWith500(t *testing.T) {
	tok := bearer("API_TOKEN", "opq_7Hd92kLmQ4pXrT")
	body := `{"fault":{"code":900900,"message":"Unclassified Authentication Failure","description":"Error while accessing backend services for API key validation"}}`
	causes := Analyze(corpusCase{cred: tok, api: fixed{status: 500, header: jsonCT(), body: body}}.run(t, ""))
	checkCauses(t, causes, tok)
	got := codesOf(causes)
	if len(got) == 0 || got[0] != CredentialRejected {
		t.Errorf("500: first cause %v, want %s", got, CredentialRejected)
	}
	if got := codesOf(Analyze(corpusCase{cred: tok, api: fixed{status: 502, header: jsonCT(), body: body}}.run(t, ""))); len(got) != 0 {
		t.Errorf("502: %v, want no cause", got)
	}
	if got := codesOf(Analyze(corpusCase{cred: tok, api: fixed{status: 500, header: jsonCT(), body: `{"error":"database authentication failed for user app"}`}}.run(t, ""))); len(got) != 0 {
		t.Errorf("500 naming the server's own database: %v, want no cause", got)
	}
	if got := codesOf(Analyze(corpusCase{cred: tok, api: fixed{status: 500, header: jsonCT(), body: `{"error":"internal error"}`}}.run(t, ""))); len(got) != 0 {
		t.Errorf("500 without a row's words: %v, want no cause", got)
	}
}
