package diagnose

import "testing"

// TestRoundtravelinsReadings: the readings the roundtravelins round added,
// each in words another server could send for the same thing, with the
// neighbour it must leave alone.
func TestRoundtravelinsReadings(t *testing.T) {
	tok := bearer("ACCESS_TOKEN", "tk_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4")
	text := map[string]string{"Content-Type": "text/plain; charset=utf-8"}
	runReadings(t, []readingCase{
		// A header named in quotes and said to need setting.
		{"'X-Api-Version' header needs to be set", 400, nil, `{"errors":[{"message":"The 'X-Api-Version' header needs to be set to a supported version."}]}`, tok, RequiredHeaderMissing, nil},
		{"\"Account-Id\" header has to be provided", 400, nil, `{"error":"The \"Account-Id\" header has to be provided with every request"}`, tok, RequiredHeaderMissing, nil},
		{"code missing_version_header", 400, nil, `{"error":{"code":"missing_version_header","message":"Set the version."}}`, tok, RequiredHeaderMissing, nil},
		// The Authorization header quoted and said to need a token is the
		// credential's, not another header's.
		{"'Authorization' header needs to be set, nothing sent", 401, nil, `{"errors":[{"message":"The 'Authorization' header needs to be set and contain a valid API token."}]}`, nil, NoCredentialsSent, []string{RequiredHeaderMissing}},
		{"'Authorization' header needs to be set, no token word", 401, nil, `{"message":"The 'Authorization' header needs to be set."}`, nil, NoCredentialsSent, []string{RequiredHeaderMissing}},
		// An error code that says the service or route the URL names is
		// unknown, on a refusal.
		{"403 code SERVICE_UNKNOWN", 403, nil, `{"status":"NotProcessed","errorCode":"ERR.GW.CLIENT.SERVICE_UNKNOWN"}`, tok, EndpointNotFound, nil},
		{"401 code unknown_endpoint", 401, nil, `{"error":"unknown_endpoint"}`, tok, EndpointNotFound, nil},
		{"403 code ROUTE_NOT_FOUND", 403, nil, `{"code":"ROUTE_NOT_FOUND","message":"Forbidden"}`, tok, EndpointNotFound, nil},
		// A record not found is the request's data; a 403 that names no
		// route stays a permission.
		{"403 code resource_not_found stays a permission", 403, nil, `{"code":"resource_not_found","message":"You cannot see this booking"}`, tok, PermissionDenied, []string{EndpointNotFound}},
		// The method said not valid or authorized for the endpoint.
		{"405 method not valid or authorized for this endpoint", 405, nil, `{"message":"Method is not valid or authorized for this endpoint"}`, tok, EndpointNotFound, nil},
		{"403 HTTP method not authorized for this route", 403, text, "HTTP method not authorized for this route", tok, EndpointNotFound, nil},
		// A credential not authorized for a method is a permission (the
		// method is the object), and a bare 405 is no refusal.
		{"key not authorized for this method stays a permission", 403, nil, `{"message":"This API key is not authorized for this method"}`, tok, PermissionDenied, []string{EndpointNotFound}},
		{"a bare 405 Method Not Allowed gets nothing", 405, nil, `{"message":"Method not allowed for this resource"}`, tok, "", []string{EndpointNotFound}},
		// A holder without the level of access it needs (late answers).
		{"400 account does not have the correct access level", 400, nil, `{"error":"Your account does not have the correct access level for this operation"}`, tok, PermissionDenied, nil},
		{"400 insufficient access level", 400, nil, `{"message":"Insufficient access level"}`, tok, PermissionDenied, nil},
		{"200 ok:false user lacks the appropriate privilege level", 200, nil, `{"ok":false,"error":"User lacks the appropriate privilege level"}`, tok, PermissionDenied, nil},
		{"200 XML Error: account doesn't have the right access level", 200, map[string]string{"Content-Type": "text/xml"}, `<Response><Error code="12">The account doesn't have the right access level</Error></Response>`, tok, PermissionDenied, nil},
		// An access level asked for as a field's value is the request's data.
		{"400 access level must be one of is a field", 400, nil, `{"error":"access_level must be one of: read, write, admin"}`, tok, "", []string{PermissionDenied}},
		{"200 an access level granted is no refusal", 200, nil, `{"ok":true,"message":"The right access level was granted"}`, tok, "", []string{PermissionDenied}},
	})
}
