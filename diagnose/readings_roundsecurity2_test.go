package diagnose

import "testing"

// TestRoundsecurity2Readings: the readings the roundsecurity2 round added,
// each in words another server could send for the same thing, with the
// neighbour it must leave alone.
func TestRoundsecurity2Readings(t *testing.T) {
	tok := bearer("ACCESS_TOKEN", "tk_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4")
	svc := headerValues("service_token", "SVC_CLIENT_ID", "X-Client-Id", "3c5d7e9f125f3c9e.service",
		"SVC_CLIENT_SECRET", "X-Client-Secret", "82fd1c60ccf63440427bcff8d8c8c55d351930975e0b3a")
	to := func(loc string) map[string]string {
		return map[string]string{"Content-Type": "text/html", "Location": loc}
	}
	runReadings(t, []readingCase{
		// The roles, permissions or scopes required, listed beside those
		// the token holds.
		{"required permissions beside the granted ones", 403, nil, `{"error":"Forbidden: required permissions: orders.read, orders.write; granted permissions: profile.read"}`, tok, ServerInsufficientScope, nil},
		{"required roles beside the token's roles", 403, nil, `{"message":"Access denied. Required roles: Reports.Read.All. Token roles: User.Read"}`, tok, ServerInsufficientScope, nil},
		{"a required role named alone stays a permission", 403, nil, `{"error":"Forbidden","message":"Required role: admin"}`, tok, PermissionDenied, []string{ServerInsufficientScope}},
		{"required fields beside provided ones are a form's", 400, nil, `{"error":"required fields: name, email; provided fields: email"}`, tok, "", []string{ServerInsufficientScope}},
		// A login page for an application, with where to return after it.
		{"a login for an app with return_to", 302, to("https://sso.example.net/sso/login/payroll?return_to=%2Fapi%2Fv1%2Femployees"), "", svc, CredentialRejected, nil},
		{"a sign-in for a tenant with redirect_uri", 302, to("https://id.example.org/signin/acme?redirect_uri=https%3A%2F%2Fapi.example.org%2Fv2"), "", svc, CredentialRejected, nil},
		{"a route under login without a return target is a hop", 302, to("/api/login/history"), "", svc, "", nil},
		// A request's field said invalid, its valid values listed, on a
		// 403 (fieldValueInvalidPattern).
		{"a parameter not valid, valid values listed, on a 403", 403, nil, `{"message":"Parameter 'orderBy' is not valid. Valid values: name, created"}`, tok, "", []string{PermissionDenied, CredentialRejected}},
		{"a sort field unsupported, supported fields listed, on a 403", 403, nil, `{"error":"Sort field \"age\" is unsupported; supported fields: name, date"}`, tok, "", []string{PermissionDenied, CredentialRejected}},
		{"a filter said invalid with no valid ones listed stays the 403's", 403, nil, `{"message":"The filter 'ip' is invalid"}`, tok, PermissionDenied, nil},
	})
}
