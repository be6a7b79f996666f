package diagnose

import "testing"

// TestRoundhrtelReadings: the readings the roundhrtel round added or
// widened, each in words another server could send for the same thing,
// with the neighbour it must leave alone.
func TestRoundhrtelReadings(t *testing.T) {
	tok := bearer("ACCESS_TOKEN", "tk_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4")
	login := basicCred("5f3c9e1a", "Q7wZp2Lx9Rt3Vb8N")
	runReadings(t, []readingCase{
		// A status that is not 0 beside a field meant for an error's text,
		// in a 200: a failure flag, its text read as under one.
		{"status beside error_text, account suspended", 200, nil, `{"status":"3","error_text":"Your account has been suspended"}`, tok, CredentialRejected, nil},
		{"numeric status beside errorText, quota exhausted", 200, nil, `{"status":17,"errorText":"Daily request limit reached"}`, tok, RateLimited, nil},
		{"status beside error-text, key missing, nothing sent", 200, nil, `{"status":"2","error-text":"Missing api_key"}`, nil, NoCredentialsSent, nil},
		{"a number refused beside error_text is the request's data", 200, nil, `{"status":"3","error_text":"Invalid value for number"}`, tok, "", nil},
		{"a success status and a message name no error text", 200, nil, `{"status":"1","message":"OK","result":"token expired for account 4211 is listed"}`, tok, "", nil},
		// Demo mode, as trial mode is: an access level of the account.
		{"account in demo mode on a 403", 403, nil, `{"message":"This account is in demo mode: messages go only to approved numbers"}`, tok, PermissionDenied, nil},
		{"demo accounts cannot, on a 400", 400, nil, `{"error":"Demo accounts cannot send to unverified recipients"}`, tok, PermissionDenied, nil},
		{"a demo of the product is no account's mode", 404, nil, `{"message":"Demo mode not found for this dashboard"}`, tok, "", nil},
		// The account's or tenant's own header asked for beside the
		// credential, in "passed in as … header" words.
		{"account token to be passed as a header, a key sent", 401, nil, `{"detail":"Account Token must be passed in as an X-Account-Token header."}`, tok, RequiredHeaderMissing, []string{CredentialInWrongPlace}},
		{"tenant id passed as a header", 400, nil, `{"message":"Tenant ID must be passed in as an X-Tenant-Id header"}`, tok, RequiredHeaderMissing, nil},
		{"the key itself asked in its header stays its place", 401, nil, `{"detail":"The API key must be passed in as an X-Api-Key header."}`, tok, CredentialInWrongPlace, []string{RequiredHeaderMissing}},
		// Basic's value written out as Base64 of a key and a secret.
		{"base64 of apiKey:secret expected, a bearer sent", 401, nil, `{"detail":"Invalid credentials format. Expected: \"Authorization: (Base64(UTF-8(apiKey:secret)))\""}`, tok, SchemeMismatch, nil},
		{"authorization must be base64 of client_id:client_secret, a bearer sent", 401, nil, `{"error":"Authorization must be base64(client_id:client_secret)"}`, tok, SchemeMismatch, nil},
		{"the same words to a Basic login are the secret refused", 401, nil, `{"detail":"Invalid credentials format. Expected: \"Authorization: (Base64(UTF-8(apiKey:secret)))\""}`, login, CredentialRejected, []string{SchemeMismatch}},
		// The authentication said wrong or incorrect, beside a permission
		// sentence on a 403.
		{"wrong authentication beside not authorised to access", 403, nil, `{"title":"Wrong authentication - You are not authorised to access this resource"}`, tok, CredentialRejected, nil},
		{"incorrect authentication on a 403", 403, nil, `{"error":"Incorrect authentication data"}`, tok, CredentialRejected, nil},
		{"invalid authentication - beside not authorised", 403, nil, `{"title":"Invalid authentication - You are not authorised to access this resource"}`, tok, CredentialRejected, nil},
		{"an invalid authentication provider named is the request's data", 400, nil, `{"message":"Invalid authentication provider name: okta2"}`, tok, "", nil},
		// A user said not authorized to query or read the data asked for.
		{"user not authorized to query the requested data", 403, nil, `{"title":"Forbidden","detail":"User not authorized to query the requested data."}`, tok, PermissionDenied, nil},
		{"user not authorized to read the records, in a 200's flag", 200, nil, `{"success":false,"message":"User not authorized to read the requested records"}`, tok, PermissionDenied, nil},
		{"not authorised to access this resource alone stays a permission", 403, nil, `{"title":"You are not authorised to access this resource"}`, tok, PermissionDenied, nil},
		// A record too young to change: the record's rule, not a right.
		{"wait minutes before redacting", 403, nil, `{"title":"Premature Redaction","detail":"You must wait 60 minutes before redacting ID '0A000000B0C9A1234'"}`, tok, "", nil},
		{"wait hours before deleting", 403, nil, `{"message":"You need to wait 24 hours before deleting this invoice"}`, tok, "", nil},
		{"waiting before retrying is a rate", 403, nil, `{"message":"Too many requests: you must wait 60 seconds before retrying"}`, tok, RateLimited, nil},
	})
}
