package diagnose

import (
	"testing"
	"time"

	"github.com/authspec/authspec/vocab"
)

// TestRoundprotocols2Readings: the readings the roundprotocols2 round
// added, each in words another server could send for the same thing, with
// the neighbour it must leave alone.
func TestRoundprotocols2Readings(t *testing.T) {
	tok := bearer("ACCESS_TOKEN", "tk_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4")
	login := basicCred("ci-bot", "Q7wZp2Lx9Rt3Vb8N")
	jwt := bearer("JWT", makeJWT(map[string]any{"sub": "svc", "aud": "api://other", "iss": "https://idp.example.com/", "exp": time.Now().Add(time.Hour).Unix()}))
	session := headerCred("Cookie", "SESSION_COOKIE", `sid="7c1e9a4b-2f3d-4e5a-8b6c-9d0e1f2a3b4c"`)
	xml := map[string]string{"Content-Type": "text/xml"}
	grpc := func(status, msg string) map[string]string {
		return map[string]string{"Content-Type": "application/grpc-web+proto", "Grpc-Status": status, "Grpc-Message": msg}
	}
	soapFault := func(msg string) string {
		return `<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body><soapenv:Fault><faultcode>ServerFaultCode</faultcode><faultstring>` + msg + `</faultstring></soapenv:Fault></soapenv:Body></soapenv:Envelope>`
	}
	runReadings(t, []readingCase{
		// A JWT claim's name quoted as code, or called a value, said not to
		// match.
		{"`aud` value doesn't match", 200, nil, "{\"errors\":[{\"message\":\"couldn't run query because JWT `aud` value doesn't match with the audience\"}]}", jwt, JWTWrongAudience, nil},
		{"'aud' claim does not match", 401, nil, `{"error":"token rejected: 'aud' claim does not match this API"}`, jwt, JWTWrongAudience, nil},
		{"`iss` value doesn't match", 401, nil, "{\"message\":\"JWT `iss` value doesn't match the configured issuer\"}", jwt, JWTWrongIssuer, nil},
		{"an aud value of the wrong type is no other audience", 400, nil, `{"message":"the 'aud' value must be a string or a list"}`, jwt, "", []string{JWTWrongAudience}},
		// A protocol's status-class code beside permission words on a 401.
		{"Twirp unauthenticated beside permission denied", 401, nil, `{"code":"unauthenticated","msg":"permission denied for room standup"}`, tok, PermissionDenied, nil},
		{"Connect unauthenticated beside insufficient privileges", 401, nil, `{"code":"unauthenticated","message":"insufficient privileges to call this method"}`, tok, PermissionDenied, nil},
		{"a code of the class beside an invalid key stays refused", 401, nil, `{"code":"unauthenticated","msg":"invalid API key, no permissions granted"}`, tok, CredentialRejected, []string{PermissionDenied}},
		// A gRPC status in the headers of a 2xx (a trailers-only answer).
		{"grpc-status 16 to a token", 200, grpc("16", "invalid token"), "", tok, CredentialRejected, nil},
		{"grpc-status 16, nothing sent", 200, grpc("16", "missing authorization metadata"), "", nil, NoCredentialsSent, nil},
		{"grpc-status 7", 200, grpc("7", "caller lacks the role viewer"), "", tok, PermissionDenied, nil},
		{"grpc-status 8", 200, grpc("8", "quota exceeded"), "", tok, RateLimited, nil},
		{"grpc-status 5 is a record not found", 200, grpc("5", "user not found"), "", tok, "", nil},
		{"grpc-status 0 is a success", 200, grpc("0", ""), "", tok, "", nil},
		// A session or token said not authenticated.
		{"SOAP fault: the session is not authenticated, to a session cookie", 500, xml, soapFault("The session is not authenticated."), session, CredentialRejected, []string{PermissionDenied, QuotesInCredential}},
		{"token is no longer authenticated", 401, nil, `{"error":"Token is no longer authenticated, please log in again"}`, tok, CredentialRejected, nil},
		{"a SOAP fault that denies a permission stays one", 500, xml, soapFault("Permission to perform this operation was denied."), session, PermissionDenied, []string{QuotesInCredential}},
		// Who gave the value, said between a login pair and its verdict.
		{"username or password you entered is not valid", 200, xml, protoXMLRPCFault("300", "The username or password you entered is not valid."), login, CredentialRejected, nil},
		{"login or password you provided is incorrect", 200, nil, `{"ok":false,"error":"The login or password you provided is incorrect"}`, login, CredentialRejected, nil},
		{"a new password's rule is no refusal", 422, nil, `{"message":"The password you entered must be at least 12 characters long."}`, login, "", []string{CredentialRejected}},
		// A way of authenticating said unsupported, its replacement named.
		{"does not support authenticateViaEmail, use another instead", 200, xml, protoXMLRPCFault("0", "java.lang.UnsupportedOperationException: The server does not support authenticateViaEmail, please use authenticateViaEmailWithHostname instead."), login, DeprecatedAuthMethod, nil},
		{"does not support Basic authentication, use a token instead", 401, nil, `{"message":"This server does not support Basic authentication, please use a personal access token instead"}`, login, DeprecatedAuthMethod, nil},
		{"a feature not supported is no method", 400, nil, `{"message":"This endpoint does not support pagination, please use the export API instead"}`, tok, "", []string{DeprecatedAuthMethod}},
	})
}

// TestQuotedCookieIsSyntax: a Cookie header's pairs may wrap a value in
// double quotes (RFC 6265), which no quotes_in_credential finding takes
// for stray quotes; a value quoted whole, in a Cookie header or another,
// still is one.
func TestQuotedCookieIsSyntax(t *testing.T) {
	for _, tc := range []struct {
		field, value string
		quotes       bool
	}{
		{"Cookie", `vmware_soap_session="52a1e8f3-9c4b-7d20-6e15-b3a9c0d4f781"`, false},
		{"Cookie", `sid="abc123"; theme=dark`, false},
		{"cookie", `JSESSIONID=1F2E3D4C5B6A`, false},
		{"Cookie", `"52a1e8f3-9c4b-7d20-6e15-b3a9c0d4f781"`, true},
		{"X-Session", `sid="abc123def456"`, true},
	} {
		c := &Credential{Name: "session", Type: vocab.CredHeader, Values: []Value{{Source: "SESSION", Value: tc.value, Field: tc.field}}}
		got := false
		for _, is := range inspectValue(c, c.Values[0]) {
			got = got || is.code == QuotesInCredential
		}
		if got != tc.quotes {
			t.Errorf("%s: %s: quotes_in_credential %v, want %v", tc.field, tc.value, got, tc.quotes)
		}
	}
}
