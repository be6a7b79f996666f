package diagnose

import (
	"testing"
	"time"
)

// TestRoundprotocolsReadings: the readings the roundprotocols round added,
// each in words another server could send for the same thing, with the
// neighbour it must leave alone.
func TestRoundprotocolsReadings(t *testing.T) {
	tok := bearer("ACCESS_TOKEN", "tk_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4")
	login := basicCred("svc-sync", "Q7wZp2Lx9Rt3Vb8N")
	soap11 := map[string]string{"Content-Type": "text/xml; charset=utf-8"}
	soap12 := map[string]string{"Content-Type": "application/soap+xml; charset=utf-8"}
	xmlCT := map[string]string{"Content-Type": "text/xml"}
	text := map[string]string{"Content-Type": "text/plain; charset=utf-8"}
	bare := headerCred("Authorization", "ID_TOKEN", makeJWT(map[string]any{"sub": "u-1", "exp": time.Now().Add(time.Hour).Unix()}))
	jwt := func(iat, exp time.Duration) *Credential {
		return bearer("ENGINE_JWT", makeJWT(map[string]any{"iat": time.Now().Add(iat).Unix(), "exp": time.Now().Add(exp).Unix()}))
	}
	fault11 := func(code, words string) string {
		return `<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><soap:Fault><faultcode>` + code + `</faultcode><faultstring>` + words + `</faultstring></soap:Fault></soap:Body></soap:Envelope>`
	}
	fault12 := func(subcode, words string) string {
		return `<?xml version="1.0" encoding="UTF-8"?><env:Envelope xmlns:env="http://www.w3.org/2003/05/soap-envelope"><env:Body><env:Fault><env:Code><env:Value>env:Sender</env:Value><env:Subcode><env:Value>` + subcode + `</env:Value></env:Subcode></env:Code><env:Reason><env:Text xml:lang="en">` + words + `</env:Text></env:Reason></env:Fault></env:Body></env:Envelope>`
	}
	xmlrpc := func(code, words string) string {
		return `<?xml version="1.0"?><methodResponse><fault><value><struct><member><name>faultCode</name><value><int>` + code + `</int></value></member><member><name>faultString</name><value><string>` + words + `</string></value></member></struct></value></fault></methodResponse>`
	}
	runReadings(t, []readingCase{
		// A JSON-RPC error's data says why, where its message only names
		// the failure's class.
		{"json-rpc data says the key is invalid", 200, nil, `{"jsonrpc":"2.0","error":{"code":-32600,"message":"Invalid Request","data":"API key is invalid"},"id":3}`, tok, CredentialRejected, nil},
		{"json-rpc data names a permission error", 200, nil, `{"jsonrpc":"2.0","id":1,"error":{"code":-32000,"message":"Server error","data":{"name":"PermissionError","message":"You do not have permission to read this record"}}}`, tok, PermissionDenied, nil},
		{"json-rpc data about a parameter is no refusal", 200, nil, `{"jsonrpc":"2.0","error":{"code":-32602,"message":"Invalid params.","data":"Invalid parameter \"/1/hostid\": a number is expected."},"id":1}`, tok, "", nil},
		{"a node's revert reason is the smart contract's own rule", 200, nil, `{"jsonrpc":"2.0","id":1,"error":{"code":-32603,"message":"Internal error","data":{"message":"Error: VM Exception while processing transaction: reverted with reason string 'Ownable: caller is not the owner'","data":"0x08c379a0"}}}`, tok, "", nil},
		// A SOAP fault that refuses the caller, in the status SOAP gives
		// every fault.
		{"soap 1.1 fault in a 500: invalid login attempt", 500, soap11, fault11("soapenv:Server.userException", "Invalid login attempt, check the account id and role."), login, CredentialRejected, nil},
		{"soap 1.1 fault in a 500: a login's parts said invalid", 500, soap11, fault11("INVALID_LOGIN", "INVALID_LOGIN: Invalid username, password, or security token."), login, CredentialRejected, nil},
		{"soap 1.1 fault in a 500: only its code names the refusal", 500, soap11, fault11("ns1:AUTHENTICATION_FAILED", "The request could not be completed."), tok, CredentialRejected, nil},
		{"soap 1.2 sender fault in a 400: wsse:FailedAuthentication", 400, soap12, fault12("wsse:FailedAuthentication", "Authentication of the username token failed"), login, CredentialRejected, nil},
		{"a soap fault of the server's own code is no refusal", 500, soap11, fault11("soap:Server", "Server was unable to process request. ---&gt; Object reference not set to an instance of an object."), login, "", nil},
		{"a soap fault about the server's database login is the server's", 500, soap11, fault11("soap:Server", "Login failed for user 'app'. Cannot open database \"orders\" requested by the login."), login, "", nil},
		// An XML-RPC fault's text read as a failed call's.
		{"xml-rpc fault: not allowed to delete", 200, xmlCT, xmlrpc("403", "You are not allowed to delete this item."), login, PermissionDenied, nil},
		{"xml-rpc fault: no permission to publish", 200, xmlCT, xmlrpc("401", "Sorry, you do not have the right to publish this post."), login, PermissionDenied, nil},
		{"xml-rpc fault about its arguments is no refusal", 200, xmlCT, xmlrpc("400", "Insufficient arguments passed to this XML-RPC method."), login, "", nil},
		// A GraphQL error filed under an authentication or authorization
		// category; a request said allowed only for a logged-in user.
		{"graphql category authentication, nothing sent", 200, nil, `{"errors":[{"message":"Unauthenticated.","extensions":{"category":"authentication"}}],"data":{"me":null}}`, nil, NoCredentialsSent, nil},
		{"graphql category authorization, a token sent", 200, nil, `{"errors":[{"message":"This action is unauthorized.","extensions":{"category":"authorization"},"path":["deletePost"]}],"data":{"deletePost":null}}`, tok, PermissionDenied, nil},
		{"graphql category graphql-authorization: current customer not authorized, nothing sent", 200, nil, `{"errors":[{"message":"The current customer isn't authorized.","extensions":{"category":"graphql-authorization"},"path":["customer"]}],"data":{"customer":null}}`, nil, NoCredentialsSent, nil},
		{"only allowed for logged-in users, a token sent", 200, nil, `{"errors":[{"message":"This operation is only allowed for logged-in users","extensions":{"category":"graphql-authorization"}}]}`, tok, CredentialRejected, nil},
		{"graphql category about input is no refusal", 200, nil, `{"errors":[{"message":"Specified request cannot be processed.","extensions":{"category":"graphql-input"}}]}`, tok, "", nil},
		{"graphql category graphql is no refusal", 200, nil, `{"errors":[{"message":"Variable \"$id\" got invalid value \"abc\"; Int cannot represent non-integer value","extensions":{"category":"graphql"}}]}`, tok, "", nil},
		// A GraphQL server's 400 whose first error's code says
		// authentication failed.
		{"graphql 400 AUTH_ERROR to a bare token", 400, nil, `{"errors":[{"message":"The header value has the wrong prefix","extensions":{"code":"AUTH_ERROR"}}]}`, bare, PrefixMissing, nil},
		{"graphql 400 AUTHENTICATION_ERROR, nothing sent", 400, nil, `{"errors":[{"message":"Request rejected by the gateway's JWT plugin","extensions":{"code":"AUTHENTICATION_ERROR"}}]}`, nil, NoCredentialsSent, nil},
		{"graphql 400 AUTH_ERROR to a token", 400, nil, `{"errors":[{"message":"Cannot decode JWT: InvalidSignature","extensions":{"code":"AUTH_ERROR"}}]}`, tok, CredentialRejected, nil},
		{"graphql 400 validation failure is no refusal", 400, nil, `{"errors":[{"message":"Cannot query field \"viewr\" on type \"Query\".","extensions":{"code":"GRAPHQL_VALIDATION_FAILED"}}]}`, tok, "", nil},
		// A header said expected and not found.
		{"graphql: a tenant header expected but not found", 200, nil, `{"errors":[{"message":"\"x-tenant-id\" header is expected but not found","extensions":{"code":"not-found"}}]}`, tok, RequiredHeaderMissing, nil},
		{"api version header expected but not provided", 400, nil, `{"message":"X-Api-Version header expected but not provided"}`, tok, RequiredHeaderMissing, nil},
		{"the credential's own header expected is no other header", 401, nil, `{"message":"Authorization header is expected but not found"}`, nil, NoCredentialsSent, []string{RequiredHeaderMissing}},
		// An issuer said wrong in the other words the audience row takes.
		{"bad issuer", 401, nil, `{"errors":[{"message":"Bad issuer: the token's iss was 'staging', 'prod' was expected","extensions":{"code":"AUTH_ERROR"}}]}`, tok, JWTWrongIssuer, nil},
		{"incorrect token issuer", 401, nil, `{"error":"Incorrect token issuer"}`, tok, JWTWrongIssuer, nil},
		{"bad issuer or signature names no one fault", 401, nil, `{"error":"Bad issuer or signature"}`, tok, CredentialRejected, []string{JWTWrongIssuer}},
		// A token refused for its age, or for a time not reached.
		{"token is stale", 401, nil, `{"error":"token is stale"}`, jwt(-3*time.Minute, time.Hour), TokenExpired, nil},
		{"stale jwt: issued too long ago", 401, text, "Stale JWT: issued more than 60 seconds ago\n", jwt(-3*time.Minute, time.Hour), TokenExpired, nil},
		{"a stale lease is a conflict, no token's age", 409, nil, `{"detail":"stale lease: another writer holds the partition"}`, tok, "", []string{TokenExpired}},
		{"token from the future", 401, nil, `{"message":"token from the future: iat is ahead of the server's clock"}`, jwt(3*time.Minute, time.Hour), JWTNotYetValid, nil},
		{"future jwt", 401, text, "future JWT\n", jwt(3*time.Minute, time.Hour), JWTNotYetValid, nil},
		// A session said ended, with a new login asked for.
		{"session has timed out, sign in again", 401, nil, `{"message":"Your session has timed out. Please sign in again."}`, tok, TokenExpired, nil},
		{"session closed, re-authenticate", 200, nil, `{"jsonrpc":"2.0","error":{"code":-32000,"message":"Server error","data":"Session closed, re-authenticate to continue."},"id":4}`, tok, TokenExpired, nil},
		{"usually after a token expires", 401, nil, `{"message":"Invalid token. This usually happens when the token expires or is revoked."}`, tok, TokenExpired, nil},
		{"an upload session ended asks no login", 409, nil, `{"message":"Upload session has ended; start a new upload"}`, tok, "", []string{TokenExpired}},
		// A GraphQL field refused beside the data: the caller was accepted,
		// so a bare token's missing scheme comes after the refusal.
		{"graphql field not authorized to a bare token", 200, nil, `{"data":{"order":null},"errors":[{"path":["order"],"data":null,"errorType":"Unauthorized","message":"Not Authorized to access order on type Query"}]}`, bare, PermissionDenied, nil},
		{"graphql field not permitted to a token", 200, nil, `{"data":{"invoice":null},"errors":[{"path":["invoice"],"message":"Not permitted to access invoice on type Query"}]}`, tok, PermissionDenied, nil},
		{"graphql operation not permitted by the system is no refusal", 200, nil, `{"data":{"upload":null},"errors":[{"path":["upload"],"message":"EPERM: operation not permitted, open '/data/x.csv'"}]}`, tok, "", nil},
		{"graphql field permission denied to a bare token", 200, nil, `{"data":{"viewer":{"billing":null}},"errors":[{"message":"Permission denied for field billing","path":["viewer","billing"]}]}`, bare, PermissionDenied, nil},
		{"graphql field said unauthenticated to a bare token", 200, nil, `{"data":{"viewer":null},"errors":[{"message":"You must be logged in to see this","path":["viewer"]}]}`, bare, PrefixMissing, nil},
	})
}
