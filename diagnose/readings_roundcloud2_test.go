package diagnose

import "testing"

// TestRoundcloud2Readings: the readings the roundcloud2 round's misses
// lacked, each in other servers' words (paraphrases from
// https://example.com/paraphrase) beside a neighbour that must keep its
// reading.
func TestRoundcloud2Readings(t *testing.T) {
	tok := bearer("API_TOKEN", "opq_7Hd92kLmQ4pXrT")
	html := map[string]string{"Content-Type": "text/html; charset=UTF-8"}
	authz := func(v string) *Credential { return headerCred("Authorization", "API_AUTH", v) }
	runReadings(t, []readingCase{
		// An Authorization value in the API's own label=value format has
		// its scheme: Proxmox VE's and Proxmox Backup Server's API tokens,
		// FCM's legacy server key.
		{"Proxmox VE token, 403 data null", 403, nil, `{"data":null}`, authz("PVEAPIToken=ci@pve!deploy=5f1e0c2a-9b8a-4f6e-9d4c-3b2a1f0e9d8c"), PermissionDenied, []string{PrefixMissing}},
		{"Proxmox Backup Server token, 401 empty", 401, nil, ``, authz("PBSAPIToken=backup@pbs!ci:5f1e0c2a-9b8a-4f6e-9d4c-3b2a1f0e9d8c"), CredentialRejected, []string{PrefixMissing}},
		{"FCM legacy key=, 401", 401, nil, `{"error":"Unauthorized"}`, authz("key=AAAA7Hd92kLmQ4pXrT:APA91bHq2LmN9pR4sT6vX8zB1cD3f"), CredentialRejected, []string{PrefixMissing}},
		{"neighbour: a bare base64 token with padding has no scheme", 401, nil, `{"error":"Unauthorized"}`, authz("dGhpc2lzYXRva2VuMTIzNDU2Nzg=="), PrefixMissing, nil},
		// The credential itself not authorized for this endpoint.
		{"OAuth token not authorized to use this endpoint, 401", 401, nil, `{"errors":[{"reason":"Your OAuth token is not authorized to use this endpoint."}]}`, tok, PermissionDenied, nil},
		{"API key not allowed to access this endpoint, 403", 403, nil, `{"message":"This API key is not allowed to access this endpoint."}`, tok, PermissionDenied, nil},
		{"access token isn't permitted to call this route, 401", 401, nil, `{"error":"The access token isn't permitted to call this route"}`, tok, PermissionDenied, nil},
		{"neighbour: an app not authorized to use this API key", 200, nil, `{"error_message":"This app is not authorized to use this API key.","status":"REQUEST_DENIED"}`, tok, CredentialRejected, nil},
		{"neighbour: an invalid OAuth token, 401", 401, nil, `{"errors":[{"reason":"Invalid OAuth Token"}]}`, tok, CredentialRejected, nil},
		// A credential of the wrong length.
		{"R2: credential access key has length 25, should be 32", 400, map[string]string{"Content-Type": "application/xml"}, `<?xml version="1.0" encoding="UTF-8"?><Error><Code>InvalidArgument</Code><Message>Invalid Argument: Credential access key has length 40, should be 32</Message></Error>`, tok, CredentialRejected, nil},
		{"access key ID has an invalid length", 400, nil, `{"code":"InvalidArgument","message":"The access key ID has an invalid length."}`, tok, CredentialRejected, nil},
		{"API key with wrong length, 401", 401, nil, `{"error":"api key with wrong length"}`, tok, CredentialRejected, nil},
		{"neighbour: an object key's length is the request's data", 400, map[string]string{"Content-Type": "application/xml"}, `<?xml version="1.0" encoding="UTF-8"?><Error><Code>InvalidArgument</Code><Message>Invalid Argument: Object key has length 1100, should be at most 1024</Message></Error>`, tok, "", nil},
		{"neighbour: a bucket name of the wrong length", 400, nil, `{"code":"InvalidBucketName","message":"Bucket name has length 70, should be at most 63"}`, tok, "", nil},
		// A Python web framework's default 403 page is the application's,
		// not a WAF's.
		{"WebOb 403 page, Access was denied to this resource", 403, html, "<html>\n <head>\n  <title>403 Forbidden</title>\n </head>\n <body>\n  <h1>403 Forbidden</h1>\n  Access was denied to this resource.<br/><br/>\n\n\n\n </body>\n</html>", tok, PermissionDenied, []string{BlockedByProxy}},
		{"Werkzeug 403 page, You don't have the permission", 403, html, "<!doctype html>\n<html lang=en>\n<title>403 Forbidden</title>\n<h1>Forbidden</h1>\n<p>You don't have the permission to access the requested resource. It is either read-protected or not readable by the server.</p>\n", tok, PermissionDenied, []string{BlockedByProxy}},
		{"neighbour: an Akamai Access Denied page stays a block", 403, html, "<HTML><HEAD>\n<TITLE>Access Denied</TITLE>\n</HEAD><BODY>\n<H1>Access Denied</H1>\n \nYou don't have permission to access \"http&#58;&#47;&#47;api&#46;example&#46;com&#47;v1&#47;accounts\" on this server.<P>\nReference&#32;&#35;18&#46;a1b2c3d4&#46;1700000000&#46;5e6f7a8b\n</BODY>\n</HTML>\n", tok, BlockedByProxy, nil},
		// The information authentication needs said not provided.
		{"OCI: required information to complete authentication not provided, one sent", 401, nil, `{"code":"NotAuthenticated","message":"The required information to complete authentication was not provided."}`, tok, CredentialInWrongPlace, nil},
		{"information required to authenticate the request was not supplied, one sent", 401, nil, `{"error":"The information required to authenticate the request was not supplied."}`, tok, CredentialInWrongPlace, nil},
		{"authentication information was not provided, nothing sent", 401, nil, `{"message":"Authentication information was not provided"}`, nil, NoCredentialsSent, nil},
		{"neighbour: not provided or was incorrect is a refusal", 401, nil, `{"code":"NotAuthenticated","message":"The required information to complete authentication was not provided or was incorrect."}`, tok, CredentialRejected, nil},
		{"OCI: required information to complete authentication was missing, one sent", 401, nil, `{"code":"NotAuthenticated","message":"The required information to complete authentication was missing."}`, tok, CredentialInWrongPlace, nil},
		// A signature "not matched" (Alibaba Cloud's RPC APIs).
		{"signature is not matched with our calculation, code kebab", 400, nil, `{"Code":"signature-does-not-match","Message":"Specified signature is not matched with our calculation.","RequestId":"19946532-3A41"}`, tok, CredentialRejected, nil},
		{"request signature was not matched, 403", 403, nil, `{"error":"The request signature was not matched."}`, tok, CredentialRejected, nil},
		{"SIGNATURE_DOES_NOT_MATCH code beside Access denied., 403", 403, map[string]string{"Content-Type": "application/xml"}, `<Error><Code>SIGNATURE_DOES_NOT_MATCH</Code><Message>Access denied.</Message></Error>`, tok, CredentialRejected, nil},
		{"signature-does-not-match code beside Access denied., 403", 403, nil, `{"code":"signature-does-not-match","message":"Access denied."}`, tok, CredentialRejected, nil},
		{"neighbour: a checksum not matched is the upload's", 400, nil, `{"Code":"InvalidDigest","Message":"The Content-MD5 you specified is not matched."}`, tok, "", nil},
		// A bare token the server judged in other words: its scheme is
		// not what failed.
		{"bare token, bad authorization token", 401, nil, `{"code":"bad_auth_token","message":"bad authorization token","status":401}`, authz("4_0022623512fc8f80000000001_01a5a9c6_7b5f1a_acct_Zk9y="), CredentialRejected, nil},
		{"bare token, unrecognized access token", 401, nil, `{"message":"unrecognized access token"}`, authz("4_0022623512fc8f80000000001_01a5a9c6_7b5f1a_acct_Zk9y="), CredentialRejected, nil},
		{"neighbour: a bare token and a Bad Request keep the missing scheme", 401, nil, `{"message":"Bad Request"}`, authz("dGhpc2lzYXRva2VuMTIzNDU2Nzg=="), PrefixMissing, nil},
		// A header the signature should cover left out.
		{"headers present which were not signed, 403 AccessDenied", 403, map[string]string{"Content-Type": "application/xml"}, `<Error><Code>AccessDenied</Code><Message>There were headers present in the request which were not signed</Message><HeadersNotSigned>x-amz-meta-owner</HeadersNotSigned></Error>`, tok, CredentialRejected, nil},
		{"header x-amz-date is not signed, 400", 400, nil, `{"message":"Header x-amz-date is not signed."}`, tok, CredentialRejected, nil},
		{"header x-amz-content-sha256 must be signed, 403", 403, nil, `{"error":"The header x-amz-content-sha256 must be signed"}`, tok, CredentialRejected, nil},
		{"neighbour: a document not signed is the request's data", 400, nil, `{"message":"The document was not signed by the buyer."}`, tok, "", nil},
		// A 403 that only asks for authorization.
		{"Scaleway-like 403 Authorization required, a token sent", 403, nil, `{"message":"Authorization required","type":"authorization_required"}`, tok, CredentialRejected, nil},
		{"403 Authentication is required, a token sent", 403, nil, `{"error":"Authentication is required."}`, tok, CredentialRejected, nil},
		{"403 authentication_required code, nothing sent", 403, nil, `{"code":"authentication_required","detail":"Please log in."}`, nil, NoCredentialsSent, nil},
		{"neighbour: 403 two-factor authentication required keeps its reading", 403, nil, `{"message":"Two-factor authentication required"}`, tok, PermissionDenied, []string{CredentialRejected}},
		{"neighbour: 403 admin authorization required", 403, nil, `{"message":"Admin authorization required to delete this project"}`, tok, PermissionDenied, nil},
		{"neighbour: billing information not provided is no credential's", 402, nil, `{"message":"Billing information was not provided."}`, tok, PermissionDenied, nil},
	})
}
